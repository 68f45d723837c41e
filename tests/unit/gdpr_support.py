"""Shared pieces of the AVG tests: a rich record with the canary name in every corner."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import inspect, text

from pohsd.domain.client import ClientInput
from pohsd.store.models import ClientRow
from pohsd.workspace import Workspace
from tests.conftest import CANARY_FAMILY, CANARY_GIVEN

EXCHANGE = Path(__file__).resolve().parents[1] / "data" / "exchange"


@dataclass(frozen=True)
class Canary:
    client_id: str
    intake_id: str
    referral_id: str


# Tables that keep the id of an erased client on purpose: ids and codes only.
ID_ONLY_TABLES = {"audit_log", "erasure_ledger"}


def make_canary(ws: Workspace) -> Canary:
    """Ron of the exchange fixture renamed to the canary, plus a referral with a note, GP
    feedback, an unsaved draft and a Definitief letter: every kind of row a client can have.

    The record is imported (no sociale kaart needed), so it does not depend on the map.
    """
    doc = json.loads((EXCHANGE / "full_client.json").read_text(encoding="utf-8"))
    doc["referrals"] = [json.loads((EXCHANGE / "referral.json").read_text(encoding="utf-8"))]
    raw = json.dumps(doc).replace("Ron", CANARY_GIVEN).replace("Jansen", CANARY_FAMILY)
    client_id = ws.transfer.import_client(json.loads(raw), today=date(2025, 11, 22))
    referral_id = doc["referrals"][0]["id"]
    intake_id = doc["intakes"][0]["id"]
    ws.worklist.add_note(referral_id, f"Gebeld met {CANARY_FAMILY}, geen reactie")
    ws.worklist.record_feedback(referral_id, "overgeslagen", f"{CANARY_GIVEN} wil dit niet")
    ws.intakes.save_drafts(
        intake_id, {"opening.aanleiding": (f"Concept over {CANARY_GIVEN}", "beantwoord")}
    )
    ws.letters.finalise(ws.letters.client_summary(client_id, intake_id))
    return Canary(client_id, intake_id, referral_id)


def other_client(ws: Workspace) -> str:
    client, _ = ws.clients.create(ClientInput("Ineke", "Visser", date(1962, 1, 9)))
    return client.id


def rows_holding(ws: Workspace, needle: str) -> list[str]:
    """`table.column` of every stored value in pohsd.db that contains `needle`."""
    found = []
    with ws._ctx.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            columns = [c["name"] for c in inspect(conn).get_columns(table)]
            for column in columns:
                hits = conn.execute(
                    text(f'SELECT count(*) FROM "{table}" WHERE CAST("{column}" AS TEXT) LIKE :n'),
                    {"n": f"%{needle}%"},
                ).scalar()
                if hits:
                    found.append(f"{table}.{column}")
    return found


def backdate(ws: Workspace, client_id: str, years: int) -> None:
    """Move every time of this client `years` back (as if the record were that old)."""
    then = datetime.now(UTC) - timedelta(days=365 * years + years // 4 + 2)
    with ws._ctx.transaction() as s:
        row = s.get(ClientRow, client_id)
        row.created_at = row.updated_at = then
        for table, key, columns in (
            ("intake", "client_id", ("created_at", "updated_at", "closed_at")),
            ("consent", "client_id", ("created_at",)),
            ("referrals", "client_id", ("created_at", "updated_at")),
            ("documents", "client_id", ("created_at",)),
        ):
            for column in columns:
                s.execute(
                    text(f"UPDATE {table} SET {column} = :t WHERE {key} = :c"),
                    {"t": then.replace(tzinfo=None).isoformat(" "), "c": client_id},
                )
        for table, column in (
            ("answer", "updated_at"),
            ("answer_draft", "saved_at"),
            ("answer_addendum", "changed_at"),
            ("signal", "raised_at"),
            ("signal", "closed_at"),
            ("financial_overview", "updated_at"),
        ):
            s.execute(
                text(
                    f"UPDATE {table} SET {column} = :t WHERE {column} IS NOT NULL AND intake_id IN "
                    "(SELECT id FROM intake WHERE client_id = :c)"
                ),
                {"t": then.replace(tzinfo=None).isoformat(" "), "c": client_id},
            )
