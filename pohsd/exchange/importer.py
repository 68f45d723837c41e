"""Import of `pohsd-client/1`: read the bytes, validate everything, then write in one go.

`parse_document` checks the whole file (format, text, JSON Schema, cross-field rules) and
touches no database; `write_bundle` stores the checked result inside the caller's transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from pohsd.domain.client import ClientInput
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.intake import ConsentRecord, Plan
from pohsd.domain.referral import Referral
from pohsd.exchange import referral_rules, rules
from pohsd.exchange.rules import ImportedIntake
from pohsd.exchange.schema import FORMAT, MAX_BYTES, check_text, validate_schema
from pohsd.intake.answers import AnswerState
from pohsd.services.consents import consent_row
from pohsd.services.plan import store_plan
from pohsd.services.referral_store import write_referral
from pohsd.store.models import (
    AnswerRow,
    ClientRow,
    ConsentRow,
    FinanceRow,
    IntakeContactRow,
    IntakeRow,
    ReferralRow,
    SignalActionRow,
    SignalRow,
)
from pohsd.store.repo import clients as clients_repo

if TYPE_CHECKING:
    from pohsd.exchange.transfer import TransferService


class HasTransfer(Protocol):
    """What the exchange needs of a Workspace (this layer may not import it)."""

    transfer: TransferService


@dataclass(frozen=True)
class ClientBundle:
    """A checked `pohsd-client/1` document, ready to be stored."""

    client_id: str | None
    client: ClientInput = field(repr=False)
    consents: tuple[ConsentRecord, ...] = ()
    intakes: tuple[ImportedIntake, ...] = ()
    plan: Plan | None = None
    referrals: tuple[Referral, ...] = field(default=(), repr=False)


def _reject_constant(name: str) -> None:
    raise ValueError(name)  # NaN / Infinity are not JSON


def read_document(raw: bytes) -> object:
    """Decode UTF-8 JSON (a byte order mark is accepted); ValidationError("$", …) otherwise."""
    if len(raw) > MAX_BYTES:
        raise ValidationError("$", "file_too_large")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("$", "not_utf8") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError; so are huge ints
        raise ValidationError("$", "invalid_json") from None


def parse_document(
    data: object, *, today: date | None = None, now: datetime | None = None
) -> ClientBundle:
    """Check a whole document; raise ValidationError naming the JSON path of the first fault."""
    today = today or date.today()
    now = now or datetime.now(UTC)
    if not isinstance(data, Mapping):
        raise ValidationError("$", "wrong_type")
    if "format" not in data:
        raise ValidationError("format", "required")
    if data["format"] != FORMAT:
        raise ValidationError("format", "unknown_format")
    check_text(data)
    validate_schema(data)
    if "exported_at" in data:
        rules.parse_datetime(data["exported_at"], "exported_at")
    client = rules.client_input(data["client"], today)
    consents = rules.consents(data.get("consents", ()), today)
    intakes = rules.intakes(data["intakes"], today, now)
    plan = rules.plan(data["plan"]) if "plan" in data else None
    referrals = referral_rules.referrals(data.get("referrals", ()), consents, plan, today, now)
    raw_id = data["client"].get("id")
    return ClientBundle(
        client_id=str(raw_id).lower() if raw_id else None,
        client=client,
        consents=consents,
        intakes=intakes,
        plan=plan,
        referrals=referrals,
    )


def import_client(ws: HasTransfer, data: object, *, merge: bool = False) -> str:
    """Validate `data` (decoded JSON) and store it as one client; return the client id.

    Raises:
        ValidationError: the JSON path and rule of the first fault; nothing was stored.
        PohsdError(DB_EXISTS): an id already in the database (without `merge`).
    """
    return ws.transfer.import_client(data, merge=merge)


# ---- writing -----------------------------------------------------------------------------------


def _conflict(path: str, object_type: str) -> PohsdError:
    return PohsdError(ErrorCode.DB_EXISTS, field=path, object_type=object_type)


def write_bundle(
    s: Session, bundle: ClientBundle, *, merge: bool, user_id: str, now: datetime
) -> str:
    """Store a checked bundle in the open transaction `s`; return the client id.

    Without `merge` every id in the file must be new. With `merge` a record with a known id of
    the same client is replaced by the file's version; others of the client stay.
    """
    client_id = bundle.client_id
    if client_id is not None and s.get(ClientRow, client_id) is not None:
        if not merge:
            raise _conflict("client.id", "client")
        clients_repo.update(s, client_id, bundle.client, now)
    else:
        client_id = clients_repo.create(s, bundle.client, now, client_id).id
    for i, consent in enumerate(bundle.consents):
        owner = s.scalar(select(ConsentRow.client_id).where(ConsentRow.id == consent.id))
        if owner is not None:
            if not merge or owner != client_id:
                raise _conflict(f"consents[{i}].id", "consent")
            fresh = consent_row(consent.id, client_id, consent.data, now, user_id)
            s.execute(
                update(ConsentRow)
                .where(ConsentRow.id == consent.id)
                .values(kind=fresh.kind, data=fresh.data, datum=fresh.datum)
            )
        else:
            when = now + timedelta(microseconds=i)  # keeps the file's order
            s.add(consent_row(consent.id, client_id, consent.data, when, user_id))
    for i, intake in enumerate(bundle.intakes):
        found = s.execute(
            select(IntakeRow.client_id, IntakeRow.created_at).where(IntakeRow.id == intake.id)
        ).first()
        created = _started(intake, now) + timedelta(microseconds=i)
        if found is not None:
            if not merge or found[0] != client_id:
                raise _conflict(f"intakes[{i}].id", "intake")
            created = found[1].replace(tzinfo=UTC)
            s.execute(delete(IntakeRow).where(IntakeRow.id == intake.id))  # children cascade
            s.flush()
        _write_intake(s, client_id, intake, created, now, user_id)
    if bundle.plan is not None:
        store_plan(s, client_id, bundle.plan.goals, bundle.plan.question_to_gp, "plan.goals")
    s.flush()
    _write_referrals(s, bundle.referrals, client_id, merge=merge, user_id=user_id)
    return client_id


def _write_referrals(
    s: Session, referrals: tuple[Referral, ...], client_id: str, *, merge: bool, user_id: str
) -> None:
    """Store the referrals, each `based_on` before the one pointing at it.

    The rules checked that the links form no cycle. Ids must be new unless merging into the
    same client.
    """
    pending = list(enumerate(referrals))
    written: set[str] = set()
    while pending:
        ready = [(i, r) for i, r in pending if r.based_on is None or r.based_on in written]
        for i, referral in ready:
            owner = s.scalar(select(ReferralRow.client_id).where(ReferralRow.id == referral.id))
            if owner is not None and (not merge or owner != client_id):
                raise _conflict(f"referrals[{i}].id", "referral")
            dto = replace(referral, client_id=client_id, created_by=user_id)
            write_referral(s, dto, replace=owner is not None)
            written.add(referral.id)
        pending = [(i, r) for i, r in pending if r.id not in written]


def _started(intake: ImportedIntake, now: datetime) -> datetime:
    """When an imported conversation began: its first contact day (noon UTC), at the latest now."""
    days = [c.day for c in intake.contacts]
    if not days:
        return now
    return min(now, datetime.combine(min(days), time(12), tzinfo=UTC))


def _write_intake(
    s: Session, client_id: str, intake: ImportedIntake, created: datetime, now: datetime, user: str
) -> None:
    s.add(
        IntakeRow(
            id=intake.id,
            client_id=client_id,
            kind=intake.kind,
            question_set_version=intake.version,
            status=intake.status,
            created_at=created,
            updated_at=now,
            closed_at=now if intake.status == "afgerond" else None,
            follow_up_on=intake.follow_up_on,
            notes=intake.notes,
            assessment=intake.assessment,
            icpc=json.dumps(list(intake.icpc)),
            flow_state="{}",
        )
    )
    s.flush()
    for contact in intake.contacts:
        s.add(IntakeContactRow(intake_id=intake.id, day=contact.day, minutes=contact.minutes))
    for question_id, value in intake.answers.items():
        s.add(
            AnswerRow(
                intake_id=intake.id,
                question_id=question_id,
                value=json.dumps(value, ensure_ascii=False),
                state=AnswerState.BEANTWOORD.value,
                updated_at=now,
                updated_by=user,
            )
        )
    for question_id, state in intake.states.items():
        s.add(
            AnswerRow(
                intake_id=intake.id,
                question_id=question_id,
                value=None,
                state=state,
                updated_at=now,
                updated_by=user,
            )
        )
    for sig in intake.signals:
        row = SignalRow(
            id=str(uuid.uuid4()),
            intake_id=intake.id,
            signal_id=sig.signal_id,
            raised_at=sig.raised_at,
            trigger=sig.trigger,
            urgency=sig.urgency,
            closed_at=sig.closed_at,
            closure=sig.closure,
            reason=sig.reason,
        )
        s.add(row)
        s.flush()
        for action in sig.actions:
            s.add(SignalActionRow(signal_row_id=row.id, at=action.at, text=action.text))
    if intake.finance is not None:
        s.add(
            FinanceRow(
                intake_id=intake.id,
                data=json.dumps(intake.finance, ensure_ascii=False),
                updated_at=now,
            )
        )
