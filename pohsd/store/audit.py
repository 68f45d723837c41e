"""NEN 7513 audit log: append in the action's own transaction, HMAC chain, verification."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pohsd.domain.enums import AuditAction, AuditOutcome
from pohsd.store.models import AuditRow, SettingRow

HEAD_SETTING = "audit_head"

GENESIS = "0" * 64
_CHAINED = (
    "seq",
    "ts_utc",
    "user_id",
    "rol",
    "responsible_user_id",
    "workstation",
    "source",
    "action",
    "event",
    "object_type",
    "object_id",
    "client_id",
    "outcome",
    "detail_code",
    "purpose",
)


@dataclass(frozen=True)
class Actor:
    """Who acts, from where: stamped on every audit row."""

    user_id: str
    rol: str
    workstation: str
    source: str  # "app" or "cli"


def _canonical(values: dict[str, object]) -> bytes:
    return json.dumps([values[name] for name in _CHAINED], separators=(",", ":")).encode()


def compute_mac(key: bytes, values: dict[str, object], prev_mac: str) -> str:
    return hmac.new(key, _canonical(values) + prev_mac.encode(), hashlib.sha256).hexdigest()


def append(
    session: Session,
    key: bytes,
    actor: Actor,
    action: AuditAction,
    event: str,
    *,
    object_type: str = "",
    object_id: str = "",
    client_id: str = "",
    outcome: AuditOutcome = AuditOutcome.SUCCESS,
    detail_code: str = "",
    purpose: str = "zorgverlening",
    responsible_user_id: str = "",
) -> int:
    """Add one chained row inside the caller's transaction; return its sequence number."""
    last_seq, prev_mac = _predecessor(session)
    seq = last_seq + 1
    values: dict[str, object] = {
        "seq": seq,
        "ts_utc": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "user_id": actor.user_id,
        "rol": actor.rol,
        "responsible_user_id": responsible_user_id,
        "workstation": actor.workstation,
        "source": actor.source,
        "action": action.value,
        "event": event,
        "object_type": object_type,
        "object_id": object_id,
        "client_id": client_id,
        "outcome": outcome.value,
        "detail_code": detail_code,
        "purpose": purpose,
    }
    row = AuditRow(**values, prev_mac=prev_mac, mac=compute_mac(key, values, prev_mac))  # type: ignore[arg-type]
    session.add(row)
    # The head is kept apart too, so that removing the newest rows is also noticed.
    session.merge(SettingRow(key=HEAD_SETTING, value=f"{seq}:{row.mac}"))
    session.flush()
    return seq


def _predecessor(session: Session) -> tuple[int, str]:
    """Return the (seq, mac) the next row chains to: the newest row or the stored head.

    Whichever is later wins. Sequence numbers are never reused, so removing the newest rows
    leaves a gap that `verify_chain` names, even after new rows were written.
    """
    row_seq, row_mac = chain_head(session)
    head = session.get(SettingRow, HEAD_SETTING)
    if head is not None:
        head_seq_text, _, head_mac = head.value.partition(":")
        if head_seq_text.isdigit() and int(head_seq_text) > row_seq:
            return int(head_seq_text), head_mac
    return row_seq, row_mac


def first_broken(rows: Iterable[AuditRow], key: bytes) -> int | None:
    """Return the first sequence number where the chain breaks, or None when it is whole.

    A changed row breaks at itself; a deleted row breaks at the gap it leaves.
    """
    expected_seq, prev_mac = 1, GENESIS
    for row in rows:
        if row.seq != expected_seq:
            return expected_seq
        values = {name: getattr(row, name) for name in _CHAINED}
        if row.prev_mac != prev_mac or not hmac.compare_digest(
            row.mac, compute_mac(key, values, prev_mac)
        ):
            return row.seq
        expected_seq, prev_mac = row.seq + 1, row.mac
    return None


def verify_chain(session: Session, key: bytes) -> tuple[int, int | None]:
    """Return (rows checked, first broken seq or None)."""
    rows = list(session.scalars(select(AuditRow).order_by(AuditRow.seq)))
    broken = first_broken(rows, key)
    if broken is None:
        head = session.get(SettingRow, HEAD_SETTING)
        last_seq, last_mac = (rows[-1].seq, rows[-1].mac) if rows else (0, GENESIS)
        if head is not None and head.value != f"{last_seq}:{last_mac}":
            broken = last_seq + 1
    return len(rows), broken


def chain_head(session: Session) -> tuple[int, str]:
    last = session.execute(
        select(AuditRow.seq, AuditRow.mac).order_by(AuditRow.seq.desc()).limit(1)
    ).first()
    return (last[0], last[1]) if last else (0, GENESIS)
