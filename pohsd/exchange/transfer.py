"""`ws.transfer`: a client's whole record out of and into the database, each audited."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select

from pohsd.domain.enums import AuditAction
from pohsd.exchange.export import client_document
from pohsd.exchange.importer import parse_document, write_bundle
from pohsd.services.base import Context
from pohsd.store.models import ClientRow, IntakeRow

LISTING_STATUSES = ("nieuw", "open", "afgerond", "gearchiveerd")


@dataclass(frozen=True)
class ClientListing:
    """One line of `pohsd-cli client list`; status is that of the newest intake or vervolg."""

    id: str
    given_name: str = field(repr=False)
    family_name: str = field(repr=False)
    birth_date: date = field(repr=False)
    postal_code: str = field(repr=False)
    intakes: int = 0
    status: str = "nieuw"  # nieuw | open | afgerond | gearchiveerd


class TransferService:
    """Export and import in the `pohsd-client/1` format (spec/exchange.md §1)."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def export_client(self, client_id: str) -> dict[str, Any]:
        """The client's whole record; audited (action export, event client.export).

        Raises:
            PohsdError(NOT_FOUND): no such client.
        """
        with self._ctx.transaction() as s:
            doc = client_document(s, client_id, now=datetime.now(UTC))
            self._ctx.log(
                s,
                AuditAction.EXPORT,
                "client.export",
                object_type="client",
                object_id=client_id,
                client_id=client_id,
                detail_code=f"intakes={len(doc['intakes'])}",
            )
            return doc

    def import_client(self, data: object, *, merge: bool = False, today: date | None = None) -> str:
        """Validate everything, then store it in one transaction; return the client id.

        Raises:
            ValidationError: field = the JSON path (`client.address.postal_code`); nothing stored.
            PohsdError(DB_EXISTS): an id already in the database (params: field, object_type);
                with `merge` only when the id belongs to another client. Nothing stored.
        """
        now = datetime.now(UTC)
        bundle = parse_document(data, today=today or date.today(), now=now)
        with self._ctx.transaction() as s:
            client_id = write_bundle(
                s, bundle, merge=merge, user_id=self._ctx.actor.user_id, now=now
            )
            self._ctx.log(
                s,
                AuditAction.CREATE,
                "client.import",
                object_type="client",
                object_id=client_id,
                client_id=client_id,
                detail_code=f"intakes={len(bundle.intakes)}" + (";merge" if merge else ""),
            )
        return client_id

    def list_clients(self) -> list[ClientListing]:
        """Every client with the number of intakes and a status; audited as a search (hits)."""
        with self._ctx.transaction() as s:
            counts = dict(
                s.execute(
                    select(IntakeRow.client_id, func.count()).group_by(IntakeRow.client_id)
                ).all()
            )
            latest: dict[str, str] = {}
            for client_id, status in s.execute(
                select(IntakeRow.client_id, IntakeRow.status).order_by(IntakeRow.created_at)
            ):
                latest[client_id] = status
            rows = s.scalars(
                select(ClientRow).order_by(
                    func.lower(ClientRow.family_name), func.lower(ClientRow.given_name)
                )
            )
            out = [
                ClientListing(
                    id=r.id,
                    given_name=r.given_name,
                    family_name=r.family_name,
                    birth_date=r.birth_date,
                    postal_code=r.postal_code,
                    intakes=int(counts.get(r.id, 0)),
                    status="gearchiveerd"
                    if r.archived_at is not None
                    else latest.get(r.id, "nieuw"),
                )
                for r in rows
            ]
            self._ctx.log(
                s, AuditAction.SEARCH, "client.list", object_type="client",
                detail_code=f"hits={len(out)}",
            )  # fmt: skip
            return out
