"""Export of one client as `pohsd-client/1`: everything stored, in the exchange format.

Optional keys are left out when empty; times are written in local time with their offset.
Unconfirmed drafts are not part of the record and are not exported.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pohsd.domain.client import Client, NetworkPerson
from pohsd.domain.intake import Plan
from pohsd.domain.referral import EXPECTED_START_UNKNOWN, WACHTLIJST, Referral, ReferralEvent
from pohsd.exchange.schema import FORMAT
from pohsd.intake.answers import AnswerState
from pohsd.services.consents import load_consents
from pohsd.services.plan import load_plan
from pohsd.services.referral_store import load_referrals
from pohsd.store.models import (
    AnswerRow,
    FinanceRow,
    IntakeContactRow,
    IntakeRow,
    SignalActionRow,
    SignalRow,
)
from pohsd.store.repo import clients as clients_repo

if TYPE_CHECKING:
    from pohsd.exchange.importer import HasTransfer


def export_client(ws: HasTransfer, client_id: str) -> dict[str, Any]:
    """The whole record of one client as a `pohsd-client/1` object (audited as an export)."""
    return ws.transfer.export_client(client_id)


def moment(value: datetime) -> str:
    """A stored time (UTC, naive or aware) as ISO 8601 in local time with its offset."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone().isoformat()


def client_document(s: Session, client_id: str, *, now: datetime) -> dict[str, Any]:
    """Build the document inside an open transaction; NOT_FOUND for an unknown client."""
    client = clients_repo.get(s, client_id)
    doc: dict[str, Any] = {"format": FORMAT, "exported_at": moment(now.replace(microsecond=0))}
    doc["client"] = _client(client)
    consents = load_consents(s, client_id)
    if consents:
        doc["consents"] = [dict(c.data) for c in consents]
    rows = s.scalars(
        select(IntakeRow).where(IntakeRow.client_id == client_id).order_by(IntakeRow.created_at)
    )
    doc["intakes"] = [_intake(s, row) for row in rows]
    plan = load_plan(s, client_id)
    if plan.goals or plan.question_to_gp:
        doc["plan"] = _plan(plan)
    referrals = load_referrals(s, client_id)
    if referrals:
        doc["referrals"] = [_referral(r) for r in referrals]
    return _unix_newlines(doc)


def _referral(r: Referral) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": r.id,
        "service_id": r.service_id,
        "service_name": r.service_name,
        "organization_name": r.organization_name,
        "toegang": r.toegang,
        "consent_id": r.consent_id,
        "goal_id": r.goal_id,
        "based_on": r.based_on,
    }
    if r.question:
        out["question"] = r.question
    out["history"] = [_referral_event(e) for e in r.history]
    return out


def _referral_event(e: ReferralEvent) -> dict[str, Any]:
    out: dict[str, Any] = {
        "to": e.to,
        "effectief_op": e.effectief_op.isoformat(),
        "vastgelegd_op": moment(e.vastgelegd_op),
        "user": e.user,
        "source": e.source,
    }
    if e.reason_code or e.reason_text:
        reason = {"code": e.reason_code} if e.reason_code else {}
        out["reason"] = {**reason, **({"text": e.reason_text} if e.reason_text else {})}
    if e.to == WACHTLIJST:
        start = e.expected_start
        out["expected_start"] = start.isoformat() if start else EXPECTED_START_UNKNOWN
    if e.result:
        out["result"] = e.result
    if e.note:
        out["note"] = e.note
    return out


def _client(c: Client) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": c.id,
        "given_name": c.given_name,
        "family_name": c.family_name,
        "birth_date": c.birth_date.isoformat(),
        "gender": c.gender.value,
    }
    if c.bsn:
        out["bsn"] = c.bsn
    a = c.address
    if not a.is_empty:
        out["address"] = {"street": a.street, "house_number": a.house_number}
        if a.addition:
            out["address"]["addition"] = a.addition
        out["address"].update(postal_code=a.postal_code, city=a.city)
    for key, value in (
        ("phone", c.phone),
        ("email", c.email),
        ("responsible_gp", c.responsible_gp),
    ):
        if value:
            out[key] = value
    if c.household:
        out["household"] = [
            {
                "relation": m.relation,
                "given_name": m.given_name,
                **({"birth_date": m.birth_date.isoformat()} if m.birth_date else {}),
            }
            for m in c.household
        ]
    if c.network:
        out["network"] = [_network_person(p) for p in c.network]
    return out


def _network_person(p: NetworkPerson) -> dict[str, Any]:
    out: dict[str, Any] = {"naam": p.naam, "relatie": p.relatie, "rol": list(p.rol)}
    if p.telefoon:
        out["telefoon"] = p.telefoon
    if p.mag_benaderd is not None:
        out["mag_benaderd"] = "ja" if p.mag_benaderd else "nee"
    return out


def _intake(s: Session, row: IntakeRow) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": row.id,
        "kind": row.kind,
        "question_set_version": row.question_set_version,
        "status": row.status,
    }
    out["contacts"] = [
        {"date": c.day.isoformat(), "minutes": c.minutes}
        for c in s.scalars(
            select(IntakeContactRow)
            .where(IntakeContactRow.intake_id == row.id)
            .order_by(IntakeContactRow.id)
        )
    ]
    answers: dict[str, Any] = {}
    states: dict[str, str] = {}
    for a in s.scalars(
        select(AnswerRow).where(AnswerRow.intake_id == row.id).order_by(AnswerRow.question_id)
    ):
        if a.state == AnswerState.BEANTWOORD.value and a.value is not None:
            answers[a.question_id] = json.loads(a.value)
        elif a.state != AnswerState.NIET_GEVRAAGD.value:
            states[a.question_id] = a.state
    out["answers"] = answers
    if states:
        out["answer_states"] = states
    signals = [
        _signal(s, sig)
        for sig in s.scalars(
            select(SignalRow).where(SignalRow.intake_id == row.id).order_by(SignalRow.raised_at)
        )
    ]
    if signals:
        out["signals"] = signals
    finance = s.get(FinanceRow, row.id)
    if finance is not None:
        out["financial_overview"] = json.loads(finance.data)
    if row.assessment:
        out["assessment"] = row.assessment
    if row.notes:
        out["notes"] = row.notes
    icpc = json.loads(row.icpc or "[]")
    if icpc:
        out["icpc"] = icpc
    if row.follow_up_on is not None:
        out["follow_up_on"] = row.follow_up_on.isoformat()
    return out


def _signal(s: Session, row: SignalRow) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": row.signal_id,
        "raised_at": moment(row.raised_at),
        "trigger": row.trigger,
        "urgency": row.urgency,
    }
    out["actions"] = [
        {"at": moment(a.at), "text": a.text}
        for a in s.scalars(
            select(SignalActionRow)
            .where(SignalActionRow.signal_row_id == row.id)
            .order_by(SignalActionRow.id)
        )
    ]
    if row.closed_at is not None:
        out["closed_at"] = moment(row.closed_at)
        out["closure"] = row.closure
    if row.reason:
        out["reason"] = row.reason
    return out


def _plan(plan: Plan) -> dict[str, Any]:
    goals = []
    for g in plan.goals:
        goal: dict[str, Any] = {"id": g.id, "topic": g.topic}
        if g.wens:
            goal["wens"] = g.wens
        if g.streefcijfer is not None:
            goal["streefcijfer"] = g.streefcijfer
        if g.target_date is not None:
            goal["target_date"] = g.target_date.isoformat()
        goal["status"] = g.status
        goal["actions"] = [
            {
                "wie": a.wie,
                "wat": a.wat,
                **({"wanneer": a.wanneer.isoformat()} if a.wanneer else {}),
                "status": a.status,
            }
            for a in g.actions
        ]
        goals.append(goal)
    out: dict[str, Any] = {"goals": goals}
    if plan.question_to_gp:
        out["question_to_gp"] = plan.question_to_gp
    return out


def _unix_newlines(node: Any) -> Any:
    """Stored text may hold CR LF; the format allows only newline and tab as control characters."""
    if isinstance(node, str):
        return node.replace("\r\n", "\n").replace("\r", "\n") if "\r" in node else node
    if isinstance(node, dict):
        return {k: _unix_newlines(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_unix_newlines(v) for v in node]
    return node
