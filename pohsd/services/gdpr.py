"""`ws.gdpr`: AVG rights (inzage, wissen) and the WGBO retention term, with an erasure ledger.

Who may erase: a user with rol beheerder; a poh only when the practice has no (active)
beheerder, so that a one-person practice can still honour a request. A huisarts may not.
Exporting (inzage) is open to every user and audited. The ledger holds ids and dates only and
lives twice: the `erasure_ledger` table and `<data_dir>/erasure-ledger.json` (a restore
replaces the database but not that file); `replay_ledger` erases again whatever came back.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from pohsd.documents.export import write_new
from pohsd.domain.changes import Changes
from pohsd.domain.enums import AuditAction, Rol
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.fs import write_atomic
from pohsd.paths import AppPaths
from pohsd.services.base import Context, utcnow
from pohsd.services.gdpr_overview import LetterLine, build_overview
from pohsd.store import erasure
from pohsd.store.models import AuditRow, ClientRow, DocumentRow
from pohsd.store.repo import practice as practice_repo

RETENTION_YEARS = 20
LEDGER_FORMAT = "pohsd-erasure-ledger/1"
ERASE_EVENT = "gdpr.erase"

#: Builds the `pohsd-client/1` document inside an open transaction (pohsd.exchange.export's
#: `client_document`; passed in by the Workspace because exchange sits above the services).
DocumentBuilder = Callable[..., dict[str, Any]]


@dataclass(frozen=True)
class RetentionItem:
    """A record past its WGBO term. `name` is for the screen only, never for exported lists."""

    client_id: str
    number: str  # the first 8 characters of the id: how admins recognise a record
    birth_year: int
    last_change: date
    term_end: date
    archived: bool
    name: str = field(default="", repr=False)

    def to_json(self) -> dict[str, Any]:
        """The listing without the name (for `pohsd-cli gdpr retention --json`)."""
        return {
            "client_id": self.client_id,
            "number": self.number,
            "birth_year": self.birth_year,
            "last_change": self.last_change.isoformat(),
            "term_end": self.term_end.isoformat(),
            "archived": self.archived,
        }


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def short_id(client_id: str) -> str:
    return client_id.replace("-", "")[:8]


def export_name(client_id: str, today: date) -> str:
    """avg-inzage_<jjjj-mm-dd>_<shortid>.zip: never a name."""
    return f"avg-inzage_{today.isoformat()}_{short_id(client_id)}.zip"


# ---- the sidecar file -------------------------------------------------------------------------


def _export_target(out: Path, client_id: str, today: date) -> Path:
    """`out` names the .zip itself (spec: `--out FILE`) or a folder that gets the standard name."""
    if out.suffix.lower() == ".zip" and not out.is_dir():
        out.parent.mkdir(parents=True, exist_ok=True)
        return out
    out.mkdir(parents=True, exist_ok=True)
    return out / export_name(client_id, today)


def read_ledger(paths: AppPaths) -> dict[str, date]:
    """The sidecar ledger as {client id: erase date}; empty when there is none yet.

    Raises:
        PohsdError(STORAGE_ERROR): the file exists but cannot be read or is damaged.
    """
    path = paths.erasure_ledger
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != LEDGER_FORMAT:
            raise ValueError("format")
        return {
            str(e["client_id"]): date.fromisoformat(str(e["erased_on"])) for e in data["erased"]
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PohsdError(ErrorCode.STORAGE_ERROR) from exc


def read_ledger_file(paths: AppPaths) -> set[str]:
    """The client ids in `<data_dir>/erasure-ledger.json` (for a restore, before unlocking)."""
    return set(read_ledger(paths))


def write_ledger_file(paths: AppPaths, entries: dict[str, date]) -> None:
    rows = [{"client_id": k, "erased_on": v.isoformat()} for k, v in sorted(entries.items())]
    data = json.dumps({"format": LEDGER_FORMAT, "erased": rows}, indent=1).encode()
    write_atomic(paths.erasure_ledger, data)


# ---- the service ------------------------------------------------------------------------------


class GdprService:
    """Inzage export, erasure (single, bulk, replay) and the retention list."""

    def __init__(self, ctx: Context, paths: AppPaths, document: DocumentBuilder) -> None:
        self._ctx = ctx
        self._paths = paths
        self._document = document

    # -- inzage ---------------------------------------------------------------------------------

    def export(self, client_id: str, out_dir: Path, *, today: date | None = None) -> Path:
        """Write `avg-inzage_<date>_<shortid>.zip` (client.json, audit.json, overzicht.pdf).

        `out_dir` is a folder, or the path of the .zip itself; an existing file is never
        overwritten (a `-2` suffix is added).

        The file is written inside the audited transaction: no file, no audit row.

        Raises:
            PohsdError(NOT_FOUND): no such client. OSError: the folder cannot be written.
        """
        today = today or date.today()
        now = datetime.now(UTC)
        with self._ctx.transaction() as s:
            doc = self._document(s, client_id, now=now)
            audit_rows = _audit_rows(s, client_id)
            letters = [
                LetterLine(r.kind, r.version, r.kenmerk, r.created_at, r.author)
                for r in s.scalars(
                    select(DocumentRow)
                    .where(DocumentRow.client_id == client_id)
                    .order_by(DocumentRow.created_at)
                )
            ]
            practice = practice_repo.get_practice(s).naam
            pdf = build_overview(doc, letters, audit_rows, practice=practice, today=today)
            payload = _zip(
                {
                    "client.json": _json(doc),
                    "audit.json": _json({"client_id": client_id, "entries": audit_rows}),
                    "overzicht.pdf": pdf,
                }
            )
            path = write_new(_export_target(Path(out_dir), client_id, today), payload)
            self._ctx.log(
                s,
                AuditAction.EXPORT,
                "client.avg_export",
                object_type="client",
                object_id=client_id,
                client_id=client_id,
                detail_code=f"audit={len(audit_rows)};intakes={len(doc['intakes'])}",
            )
        return path

    # -- erasure --------------------------------------------------------------------------------

    def may_erase(self) -> bool:
        with self._ctx.transaction() as s:
            return self._may_erase(s)

    def erase(self, client_id: str, *, today: date | None = None) -> Changes:
        """Delete every row about the client in one transaction, record it in both ledgers.

        Raises:
            PohsdError(INVALID_INPUT, rule="erase_not_allowed"): the user may not erase.
            PohsdError(NOT_FOUND): no such client.
        """
        count = self._erase({client_id}, today=today, reason="request", strict=True)
        return Changes(clients=True, audit=True) if count else Changes(audit=True)

    def erase_many(self, client_ids: Iterable[str], *, today: date | None = None) -> int:
        """Erase the chosen records (end of term); one audit row each; returns how many."""
        return self._erase(set(client_ids), today=today, reason="retention", strict=False)

    def replay_ledger(self, extra_ids: Iterable[str] = ()) -> int:
        """After a restore: erase every ledger client that is back; return how many.

        The ids come from the table, the sidecar file and `extra_ids`; all end up in both.
        No role check: this repeats erasures that were already decided.
        """
        today = date.today()
        file_entries = read_ledger(self._paths)
        with self._ctx.transaction() as s:
            entries = {**file_entries, **erasure.ledger_rows(s)}
            for client_id in extra_ids:
                entries.setdefault(client_id, today)
            present = erasure.existing_clients(s, entries)
            self._delete(s, present, reason="replay")
            for client_id, day in entries.items():
                erasure.record_erasure(s, [client_id], day)
            entries = erasure.ledger_rows(s)
        write_ledger_file(self._paths, entries)
        if present:
            self._checkpoint()
        return len(present)

    def ledger(self) -> dict[str, date]:
        """The ledger table as {client id: erase date}."""
        with self._ctx.transaction() as s:
            return erasure.ledger_rows(s)

    # -- retention ------------------------------------------------------------------------------

    def past_retention(self, today: date | None = None) -> list[RetentionItem]:
        """Records whose term (20 years after the last change) has ended, oldest first."""
        today = today or date.today()
        with self._ctx.transaction() as s:
            changes = erasure.last_changes(s)
            items = []
            for row in s.scalars(select(ClientRow)):
                last = changes.get(row.id, row.updated_at).astimezone().date()
                term_end = add_years(last, RETENTION_YEARS)
                if term_end <= today:
                    items.append(
                        RetentionItem(
                            client_id=row.id,
                            number=short_id(row.id),
                            birth_year=row.birth_date.year,
                            last_change=last,
                            term_end=term_end,
                            archived=row.archived_at is not None,
                            name=f"{row.given_name} {row.family_name}".strip(),
                        )
                    )
            items.sort(key=lambda i: (i.last_change, i.number))
            self._ctx.log(
                s,
                AuditAction.SEARCH,
                "gdpr.retention",
                object_type="client",
                detail_code=f"hits={len(items)}",
            )
            return items

    # -- internals ------------------------------------------------------------------------------

    def _may_erase(self, s: Session) -> bool:
        rol = self._ctx.actor.rol
        if rol == Rol.BEHEERDER.value:
            return True
        if rol != Rol.POH.value:
            return False
        return not any(u.rol == Rol.BEHEERDER for u in practice_repo.active_users(s))

    def _erase(self, ids: set[str], *, today: date | None, reason: str, strict: bool) -> int:
        day = today or date.today()
        with self._ctx.transaction() as s:
            if not self._may_erase(s):
                raise PohsdError(ErrorCode.INVALID_INPUT, field="user", rule="erase_not_allowed")
            present = erasure.existing_clients(s, ids)
            if strict and len(present) != len(ids):
                raise PohsdError(ErrorCode.NOT_FOUND)
            self._delete(s, present, reason=reason)
            erasure.record_erasure(s, present, day)
            entries = erasure.ledger_rows(s)
        if present:
            write_ledger_file(self._paths, {**read_ledger(self._paths), **entries})
            self._checkpoint()
        return len(present)

    def _delete(self, s: Session, client_ids: Iterable[str], *, reason: str) -> None:
        s.execute(text("PRAGMA secure_delete = ON"))
        for client_id in client_ids:
            rows = erasure.delete_client(s, client_id)
            self._ctx.log(
                s,
                AuditAction.DELETE,
                ERASE_EVENT,
                object_type="client",
                object_id=client_id,
                client_id=client_id,
                detail_code=f"{reason};rows={rows}",
            )

    def _checkpoint(self) -> None:
        """Fold the WAL into the database and truncate it: no erased page stays in the -wal."""
        raw = self._ctx.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.fetchall()
            cursor.close()
        finally:
            raw.close()


def _audit_rows(s: Session, client_id: str) -> list[dict[str, Any]]:
    names = practice_repo.all_user_names(s)
    query = (
        select(AuditRow)
        .where(or_(AuditRow.client_id == client_id, AuditRow.object_id == client_id))
        .order_by(AuditRow.seq)
    )
    return [
        {
            "seq": r.seq,
            "ts_utc": r.ts_utc,
            "user_id": r.user_id,
            "user_name": names.get(r.user_id, r.user_id),
            "rol": r.rol,
            "source": r.source,
            "action": r.action,
            "event": r.event,
            "object_type": r.object_type,
            "object_id": r.object_id,
            "client_id": r.client_id,
            "outcome": r.outcome,
            "detail_code": r.detail_code,
            "purpose": r.purpose,
        }
        for r in s.scalars(query)
    ]


def _json(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    stamp = utcnow().astimezone().timetuple()[:6]
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()
