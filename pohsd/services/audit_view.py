"""Reading and verifying the audit log (the reading itself is not a client-data access)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pohsd.domain.practice import AuditEntry
from pohsd.services.base import Context
from pohsd.store import audit
from pohsd.store.models import AuditRow
from pohsd.store.repo.practice import all_user_names


def entries_for(
    session: Session, *, client_id: str | None = None, limit: int = 1000
) -> list[AuditEntry]:
    names = all_user_names(session)
    query = select(AuditRow).order_by(AuditRow.seq.desc()).limit(limit)
    if client_id is not None:
        query = query.where(AuditRow.client_id == client_id)
    return [
        AuditEntry(
            seq=r.seq,
            ts_utc=r.ts_utc,
            user_name=names.get(r.user_id, r.user_id),
            rol=r.rol,
            workstation=r.workstation,
            source=r.source,
            action=r.action,
            event=r.event,
            object_type=r.object_type,
            object_id=r.object_id,
            client_id=r.client_id,
            outcome=r.outcome,
            purpose=r.purpose,
        )
        for r in session.scalars(query)
    ]


class AuditService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def verify(self) -> tuple[int, int | None]:
        """Return (rows checked, first broken sequence number or None)."""
        with self._ctx.transaction() as s:
            return audit.verify_chain(s, self._ctx.audit_key)

    def entries(self, *, client_id: str | None = None, limit: int = 1000) -> list[AuditEntry]:
        with self._ctx.transaction() as s:
            return entries_for(s, client_id=client_id, limit=limit)

    def head(self) -> tuple[int, str]:
        with self._ctx.transaction() as s:
            return audit.chain_head(s)
