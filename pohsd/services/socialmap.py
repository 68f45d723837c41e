"""The sociale kaart of this practice: import into generations, flip the pointer, search, marks."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import select

from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.progress import CancelToken, Progress
from pohsd.security.secret import SecretKey
from pohsd.services.base import Context, utcnow
from pohsd.socialmap import client as hsds
from pohsd.socialmap import generation as gen
from pohsd.socialmap.package import read_package, read_services_json
from pohsd.socialmap.search import LEEFGEBIEDEN_TAXONOMY, Hit
from pohsd.socialmap.search import search as map_search
from pohsd.socialmap.validate import FeedError, validate_services
from pohsd.store.engine import connect
from pohsd.store.models import SocialmapFavouriteRow, SocialmapNoteRow
from pohsd.store.repo import practice as repo

CURRENT = "socialmap.current"
PREVIOUS = "socialmap.previous"
SOURCE = "socialmap.source"
SYNCED_AT = "socialmap.synced_at"
URL = "socialmap.url"
MAX_DROP = 0.20  # a feed withdrawing more than this share of the active services is held
STALE_DAYS = 365
MAX_NOTE_CHARS = 10_000
MAX_JSON_FILE = 200 * 1024 * 1024
MAX_ASSURED_IDS = 500


@dataclass(frozen=True)
class ImportResult:
    generation_id: str
    count: int
    skipped: list[tuple[str, str]] = field(default_factory=list)
    withdrawn: int = 0


@dataclass(frozen=True)
class MapStatus:
    source: str
    generation_id: str | None
    count: int
    built_at: datetime | None
    stale_count: int


@dataclass(frozen=True)
class MapHit:
    """A search hit plus short Dutch reasons ("past bij: schulden", "gratis", …)."""

    hit: Hit
    reasons: tuple[str, ...]
    distance_km: float | None = None


def feed_error(exc: FeedError) -> ValidationError:
    """A broken feed as a ValidationError: field "socialmap", rule = the feed's code."""
    err = ValidationError("socialmap", exc.code)
    err.params["detail"] = exc.detail
    return err


class SocialMapService:
    def __init__(self, ctx: Context, folder: Path, key: Callable[[], SecretKey]) -> None:
        self._ctx = ctx
        self._folder = Path(folder)
        self._key = key

    # ---- pointer ---------------------------------------------------------------------

    def _setting(self, key: str) -> str:
        with self._ctx.transaction() as s:
            return repo.get_setting(s, key) or ""

    @contextlib.contextmanager
    def _open(self, generation_id: str | None = None) -> Iterator[sqlcipher3.Connection]:
        gen_id = generation_id or self._setting(CURRENT)
        if not gen_id:
            raise PohsdError(ErrorCode.NOT_FOUND, what="socialmap")
        con = gen.open_generation(gen.generation_path(self._folder, gen_id), self._key())
        try:
            yield con
        finally:
            con.close()

    # ---- import ----------------------------------------------------------------------

    def import_path(
        self,
        path: str | Path,
        *,
        accept_drop: bool = False,
        progress: Callable[[Progress], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportResult:
        """A data package (folder or .zip) or a JSON file of full services."""
        p = Path(path)
        try:
            if p.is_file() and p.suffix.lower() == ".json":
                if p.stat().st_size > MAX_JSON_FILE:
                    raise FeedError("too_large", f"more than {MAX_JSON_FILE} bytes")
                services = read_services_json(p.read_bytes())
            else:
                services = read_package(p)
        except FeedError as exc:
            raise feed_error(exc) from None
        return self.import_services(
            services, source=p.name, accept_drop=accept_drop, progress=progress, cancel=cancel
        )

    def import_services(
        self,
        services: list[dict[str, Any]],
        *,
        source: str,
        accept_drop: bool = False,
        progress: Callable[[Progress], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportResult:
        """Validate, hold a large drop, build a new generation and flip the pointer (audited)."""
        try:
            valid = validate_services(services)
        except FeedError as exc:
            raise feed_error(exc) from None
        old = self._setting(CURRENT)
        withdrawn = self._withdrawn(old, valid.services)
        if withdrawn is not None and not accept_drop:
            active, lost = withdrawn
            if active and lost > MAX_DROP * active:
                err = ValidationError("socialmap", "drop_too_large")
                err.params.update(withdrawn=lost, active=active)
                raise err
        info = gen.build_generation(
            self._folder, self._key(), valid.services, progress=progress, cancel=cancel
        )
        lost = withdrawn[1] if withdrawn else 0
        try:
            with self._ctx.transaction() as s:
                if (repo.get_setting(s, CURRENT) or "") != old:
                    raise PohsdError(ErrorCode.DB_BUSY)  # another import flipped meanwhile
                repo.set_setting(s, CURRENT, info.id)
                repo.set_setting(s, PREVIOUS, old)
                repo.set_setting(s, SOURCE, source[:500])
                repo.set_setting(s, SYNCED_AT, info.built_at.isoformat())
                self._ctx.log(
                    s,
                    AuditAction.UPDATE,
                    "socialmap.import",
                    object_type="socialmap",
                    object_id=info.id,
                    detail_code=f"count={info.count};skipped={len(valid.skipped)};withdrawn={lost}",
                )
        except BaseException:
            others = set(gen.list_generations(self._folder)) - {info.id}
            gen.prune(self._folder, keep=others)  # only the half-flipped new one goes
            raise
        gen.prune(self._folder, keep=[g for g in (info.id, old) if g])
        return ImportResult(info.id, info.count, list(valid.skipped), lost)

    def sync(
        self,
        url: str | None = None,
        *,
        accept_drop: bool = False,
        progress: Callable[[Progress], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportResult:
        """Fetch the map from an HSDS API (default: the remembered URL) and import it.

        Incremental when the publisher allows it and the map came from this URL, else a full
        page-through. ValidationError("socialmap", code) on a broken feed; client.NetworkError.
        """
        target = (url or self._setting(URL)).strip()
        if not target:
            raise ValidationError("socialmap_url", "required")
        try:
            publisher = hsds.discover(target)
            services, date = None, None
            previous = self._previous_sync(target)
            if publisher.incremental and previous is not None:
                try:
                    changed, ids, date = hsds.fetch_changes(
                        target, previous, progress=progress, cancel=cancel
                    )
                    if ids is not None:  # without a complete id list, page through everything
                        services = hsds.apply_changes(self._current_services(), changed, ids)
                except FeedError as exc:
                    if exc.code != "incremental_unsupported":
                        raise
            if services is None or date is None:
                full = hsds.fetch_all(target, progress=progress, cancel=cancel)
                if not full.complete:
                    raise FeedError("incomplete", "the service list did not end")
                services, date = full.services, full.server_date
        except FeedError as exc:
            raise feed_error(exc) from None
        result = self.import_services(
            services, source=target, accept_drop=accept_drop, progress=progress, cancel=cancel
        )
        with self._ctx.transaction() as s:
            repo.set_setting(s, URL, target[:2000])
            repo.set_setting(s, SYNCED_AT, date.isoformat())
        return result

    def _previous_sync(self, url: str) -> datetime | None:
        """The server Date of the last sync from this URL, if the current map came from it."""
        with self._ctx.transaction() as s:
            same = (repo.get_setting(s, URL) or "") == url[:2000]
            source = repo.get_setting(s, SOURCE) or ""
            current = repo.get_setting(s, CURRENT) or ""
            stamp = repo.get_setting(s, SYNCED_AT) or ""
        if not (same and current and source == url[:500] and stamp):
            return None
        try:
            when = datetime.fromisoformat(stamp)
        except ValueError:
            return None
        return when if when.tzinfo else when.replace(tzinfo=UTC)

    def _current_services(self) -> list[dict[str, Any]]:
        """The raw services of the current generation, as the feed gave them."""
        with self._open() as con:
            rows = [
                json.loads(raw) for (raw,) in con.execute("SELECT raw FROM services ORDER BY rid")
            ]
        for service in rows:
            service.pop("_postcode4", None)
        return rows

    def _withdrawn(self, current: str, services: list[dict[str, Any]]) -> tuple[int, int] | None:
        """(active services now, how many of them the new feed drops or withdraws)."""
        if not current:
            return None
        try:
            with self._open(current) as con:
                active = {
                    r[0]
                    for r in con.execute(
                        "SELECT id FROM services WHERE status NOT IN ('inactive', 'defunct')"
                    )
                }
        except PohsdError:
            return None  # the current map cannot be read: nothing to protect
        still = {
            str(s.get("id"))
            for s in services
            if str(s.get("status") or "active").lower() not in gen.WITHDRAWN
        }
        return len(active), len(active - still)

    def rollback(self) -> str:
        """Make the previous generation current again (the newer one becomes previous)."""
        with self._ctx.transaction() as s:
            current = repo.get_setting(s, CURRENT) or ""
            previous = repo.get_setting(s, PREVIOUS) or ""
            if not previous or not gen.generation_path(self._folder, previous).is_file():
                raise PohsdError(ErrorCode.NOT_FOUND, what="socialmap.previous")
            repo.set_setting(s, CURRENT, previous)
            repo.set_setting(s, PREVIOUS, current)
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "socialmap.rollback",
                object_type="socialmap",
                object_id=previous,
            )
        return previous

    def rekey(self, old: SecretKey, new: SecretKey) -> None:
        """Re-encrypt every generation after a data-key rotation (Workspace.rotate_dek)."""
        for gen_id in gen.list_generations(self._folder):
            try:
                con = connect(gen.generation_path(self._folder, gen_id), old, foreign_keys=False)
            except PohsdError:
                continue  # unreadable already: a re-import replaces it
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                con.execute("PRAGMA journal_mode = DELETE")  # rekey is not allowed under WAL
                con.execute(f"PRAGMA rekey = \"x'{new.pragma_hex()}'\"")
                con.execute("PRAGMA journal_mode = WAL")
            except (sqlcipher3.DatabaseError, OSError):
                continue  # the practice database is already re-keyed; a re-import repairs this
            finally:
                con.close()

    # ---- reading ---------------------------------------------------------------------

    def status(self, today: date | None = None) -> MapStatus:
        with self._ctx.transaction() as s:
            current = repo.get_setting(s, CURRENT) or ""
            source = repo.get_setting(s, SOURCE) or ""
        if not current:
            return MapStatus(source, None, 0, None, 0)
        cutoff = (today or datetime.now(UTC).date()) - timedelta(days=STALE_DAYS)
        with self._open(current) as con:
            count = con.execute(
                "SELECT count(*) FROM services WHERE status NOT IN ('inactive', 'defunct')"
            ).fetchone()[0]
            stale = con.execute(
                "SELECT count(*) FROM services WHERE status NOT IN ('inactive', 'defunct')"
                " AND assured_date IS NOT NULL AND substr(assured_date, 1, 10) < ?",
                [cutoff.isoformat()],
            ).fetchone()[0]
            built = con.execute("SELECT value FROM meta WHERE key = 'built_at'").fetchone()
        built_at = datetime.fromisoformat(built[0]) if built else None
        return MapStatus(source, current, int(count), built_at, int(stale))

    def search(self, text: str, **filters: Any) -> list[MapHit]:
        """Active services for the text and filters, each with the reasons the data gives."""
        with self._open() as con:
            hits = map_search(con, text, **filters)
            return [MapHit(h, _reasons(con, h, filters)) for h in hits]

    def service(self, service_id: str) -> dict[str, Any]:
        """The raw HSDS service plus this practice's `favourite` and `note`."""
        with self._open() as con:
            row = con.execute("SELECT raw FROM services WHERE id = ?", [service_id]).fetchone()
        if row is None:
            raise PohsdError(ErrorCode.NOT_FOUND, what="service")
        data: dict[str, Any] = json.loads(row[0])
        data.pop("_postcode4", None)
        with self._ctx.transaction() as s:
            data["favourite"] = s.get(SocialmapFavouriteRow, service_id) is not None
            note = s.get(SocialmapNoteRow, service_id)
            data["note"] = note.text if note else ""
        return data

    def assured_dates(self, service_ids: list[str]) -> dict[str, str]:
        """The assured_date of these services (for freshness marks in a result list)."""
        ids = [str(i) for i in service_ids][:MAX_ASSURED_IDS]
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with self._open() as con:
            rows = con.execute(
                f"SELECT id, assured_date FROM services WHERE id IN ({marks})"
                " AND assured_date IS NOT NULL",
                ids,
            ).fetchall()
        return {str(r[0]): str(r[1]) for r in rows}

    def favourites(self) -> list[str]:
        with self._ctx.transaction() as s:
            return list(s.scalars(select(SocialmapFavouriteRow.service_id)))

    # ---- the POH's own marks -----------------------------------------------------------

    def set_favourite(self, service_id: str, on: bool) -> None:
        sid = _service_id(service_id)
        with self._ctx.transaction() as s:
            row = s.get(SocialmapFavouriteRow, sid)
            if on and row is None:
                s.add(SocialmapFavouriteRow(service_id=sid, created_at=utcnow()))
            elif not on and row is not None:
                s.delete(row)
            else:
                return
            self._ctx.log(
                s, AuditAction.UPDATE, "socialmap.favourite", object_type="service", object_id=sid
            )

    def set_note(self, service_id: str, text: str) -> None:
        sid = _service_id(service_id)
        clean = text.strip()
        if len(clean) > MAX_NOTE_CHARS:
            raise ValidationError("note", "too_long")
        if any(ord(c) < 32 and c not in "\n\t" for c in clean):
            raise ValidationError("note", "control_characters")
        with self._ctx.transaction() as s:
            row = s.get(SocialmapNoteRow, sid)
            if clean and row is None:
                s.add(SocialmapNoteRow(service_id=sid, text=clean, updated_at=utcnow()))
            elif clean and row is not None:
                row.text, row.updated_at = clean, utcnow()
            elif row is not None:
                s.delete(row)
            self._ctx.log(
                s, AuditAction.UPDATE, "socialmap.note", object_type="service", object_id=sid
            )


def _service_id(service_id: str) -> str:
    sid = str(service_id).strip()
    if not sid or len(sid) > 250:
        raise ValidationError("service_id", "required")
    return sid


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _reasons(con: sqlcipher3.Connection, hit: Hit, filters: dict[str, Any]) -> tuple[str, ...]:
    """Short Dutch reasons, only as far as the map's data tells them."""
    reasons: list[str] = []
    topic = filters.get("topic")
    if topic:
        for code, name in con.execute(
            "SELECT term_code, term_name FROM service_term WHERE service_id = ? AND taxonomy = ?"
            " ORDER BY term_code",
            [hit.service_id, LEEFGEBIEDEN_TAXONOMY],
        ):
            if code == topic or code.startswith(topic + "."):
                reasons.append(f"past bij: {_lower_first(name or code)}")
                break
    free = con.execute("SELECT free FROM services WHERE id = ?", [hit.service_id]).fetchone()
    if free is not None and free[0] == 1:
        reasons.append("gratis")
    language = filters.get("language")
    if language:
        row = con.execute(
            "SELECT name FROM languages WHERE service_id = ? AND code = ?",
            [hit.service_id, str(language).strip().lower()],
        ).fetchone()
        if row is not None:
            reasons.append(f"spreekt {row[0] or language}")
    cap = con.execute(
        "SELECT available FROM capacity WHERE service_id = ? AND available IS NOT NULL",
        [hit.service_id],
    ).fetchone()
    if cap is not None and cap[0] <= 0:
        reasons.append("wachtlijst")
    return tuple(reasons)
