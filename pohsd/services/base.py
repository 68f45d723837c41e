"""The unit of work shared by the services: a session in one BEGIN IMMEDIATE transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from pohsd.domain.enums import AuditAction, AuditOutcome
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.store import audit
from pohsd.store.audit import Actor


@dataclass
class Context:
    """What every service needs: the engine, the audit key and who is acting."""

    engine: Engine
    audit_key: bytes
    actor: Actor

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One service call: commit on success, roll back on any exception."""
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except OperationalError as exc:
            text = str(exc.orig).lower() if exc.orig else ""
            if "full" in text:
                raise PohsdError(ErrorCode.DISK_FULL) from exc
            if "i/o error" in text:
                raise PohsdError(ErrorCode.STORAGE_ERROR) from exc
            if "locked" in text or "busy" in text:
                raise PohsdError(ErrorCode.DB_BUSY) from exc
            raise

    def log(
        self,
        session: Session,
        action: AuditAction,
        event: str,
        *,
        object_type: str = "",
        object_id: str = "",
        client_id: str = "",
        outcome: AuditOutcome = AuditOutcome.SUCCESS,
        detail_code: str = "",
        purpose: str = "zorgverlening",
    ) -> int:
        return audit.append(
            session,
            self.audit_key,
            self.actor,
            action,
            event,
            object_type=object_type,
            object_id=object_id,
            client_id=client_id,
            outcome=outcome,
            detail_code=detail_code,
            purpose=purpose,
        )


def utcnow() -> datetime:
    return datetime.now(UTC)
