"""Client records: search, open, create, edit, archive; every step audited."""

from __future__ import annotations

from datetime import date

from pohsd.domain.changes import Changes
from pohsd.domain.client import Client, ClientInput, ClientSummary
from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ValidationError
from pohsd.domain.practice import AuditEntry
from pohsd.services.audit_view import entries_for
from pohsd.services.base import Context, utcnow
from pohsd.store.repo import clients as repo


class ClientService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def search(self, text: str, *, include_archived: bool = False) -> list[ClientSummary]:
        """Find clients by name, birth date or postcode; the hit count is audited, not the text."""
        with self._ctx.transaction() as s:
            hits = repo.search(s, text, include_archived=include_archived)
            self._ctx.log(
                s,
                AuditAction.SEARCH,
                "client.search",
                object_type="client",
                detail_code=f"hits={len(hits)}",
            )
            return hits

    def open(self, client_id: str) -> Client:
        """Open a dossier: one read event per opening."""
        with self._ctx.transaction() as s:
            client = repo.get(s, client_id)
            self._ctx.log(
                s,
                AuditAction.READ,
                "client.open",
                object_type="client",
                object_id=client_id,
                client_id=client_id,
            )
            return client

    def reveal_bsn(self, client_id: str) -> str:
        with self._ctx.transaction() as s:
            client = repo.get(s, client_id)
            self._ctx.log(
                s,
                AuditAction.READ,
                "client.bsn_shown",
                object_type="client",
                object_id=client_id,
                client_id=client_id,
            )
            return client.bsn

    def create(
        self, data: ClientInput, *, today: date | None = None, client_id: str | None = None
    ) -> tuple[Client, Changes]:
        valid = data.validated(today or date.today())
        with self._ctx.transaction() as s:
            client = repo.create(s, valid, utcnow(), client_id)
            self._ctx.log(
                s,
                AuditAction.CREATE,
                "client.create",
                object_type="client",
                object_id=client.id,
                client_id=client.id,
            )
            return client, Changes(clients=True, audit=True)

    def update(
        self, client_id: str, data: ClientInput, *, today: date | None = None
    ) -> tuple[Client, Changes]:
        valid = data.validated(today or date.today())
        with self._ctx.transaction() as s:
            client = repo.update(s, client_id, valid, utcnow())
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "client.update",
                object_type="client",
                object_id=client_id,
                client_id=client_id,
            )
            return client, Changes(clients=True, audit=True)

    def archive(self, client_id: str) -> tuple[Client, Changes]:
        """Archive instead of delete: the dossier stays (WGBO), it leaves the working lists."""
        with self._ctx.transaction() as s:
            client = repo.set_archived(s, client_id, utcnow())
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "client.archive",
                object_type="client",
                object_id=client_id,
                client_id=client_id,
            )
            return client, Changes(clients=True, audit=True)

    def unarchive(self, client_id: str) -> tuple[Client, Changes]:
        with self._ctx.transaction() as s:
            client = repo.set_archived(s, client_id, None)
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "client.unarchive",
                object_type="client",
                object_id=client_id,
                client_id=client_id,
            )
            return client, Changes(clients=True, audit=True)

    def record_output(self, client_id: str, kind: str, what: str) -> Changes:
        """Log that client data left the program outside a letter: a PNG export or a print.

        `kind` is "png"/"pdf"/"docx"/"csv" (export) or "print"; `what` names the product, e.g.
        "leefgebiedenweb". NEN 7513 asks for every export and print to be logged.
        """
        action = AuditAction.PRINT if kind == "print" else AuditAction.EXPORT
        if kind not in ("png", "pdf", "docx", "csv", "print") or not what.isidentifier():
            raise ValidationError("kind", "unknown_option")
        with self._ctx.transaction() as s:
            repo.get(s, client_id)  # NOT_FOUND for an unknown client
            self._ctx.log(
                s,
                action,
                f"{what}.{kind}",
                object_type="client",
                object_id=client_id,
                client_id=client_id,
            )
        return Changes(audit=True)

    def access_log(self, client_id: str) -> list[AuditEntry]:
        """List every audit row about this client, newest first (Wie heeft dit ingezien)."""
        with self._ctx.transaction() as s:
            return entries_for(s, client_id=client_id)

    def count(self) -> int:
        with self._ctx.transaction() as s:
            return repo.count(s)
