"""Reading intake rows into DTOs, and encoding autosaved values (shared by the intake services)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.intake import (
    META_FIELDS,
    Contact,
    IntakeRecord,
    IntakeSummary,
    SignalAction,
    SignalRecord,
)
from pohsd.domain.validation import clean_text
from pohsd.intake.answers import AnswerState, validate_answer
from pohsd.store.models import (
    AnswerAddendumRow,
    AnswerDraftRow,
    AnswerRow,
    FinanceRow,
    IntakeContactRow,
    IntakeRow,
    SignalActionRow,
    SignalRow,
)

META_PREFIX = "meta."
_VALUELESS = {s.value for s in AnswerState if s is not AnswerState.BEANTWOORD}


def summary_of(row: IntakeRow) -> IntakeSummary:
    return IntakeSummary(
        id=row.id,
        client_id=row.client_id,
        kind=row.kind,
        status=row.status,
        question_set_version=row.question_set_version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        closed_at=row.closed_at,
        follow_up_on=row.follow_up_on,
    )


def signal_of(row: SignalRow, actions: list[SignalActionRow]) -> SignalRecord:
    return SignalRecord(
        id=row.id,
        signal_id=row.signal_id,
        raised_at=row.raised_at,
        trigger=row.trigger,
        urgency=row.urgency,
        actions=tuple(SignalAction(a.at, a.text, a.user_id) for a in actions),
        closed_at=row.closed_at,
        closure=row.closure,
        reason=row.reason,
    )


def intake_row(s: Session, intake_id: str) -> IntakeRow:
    row = s.get(IntakeRow, intake_id)
    if row is None:
        raise PohsdError(ErrorCode.NOT_FOUND, object_type="intake")
    return row


def signal_row(s: Session, signal_row_id: str) -> tuple[SignalRow, str]:
    signal = s.get(SignalRow, signal_row_id)
    if signal is None:
        raise PohsdError(ErrorCode.NOT_FOUND, object_type="signal")
    intake = s.get(IntakeRow, signal.intake_id)
    return signal, intake.client_id if intake else ""


def signal_dto(s: Session, signal: SignalRow) -> SignalRecord:
    actions = list(
        s.scalars(
            select(SignalActionRow)
            .where(SignalActionRow.signal_row_id == signal.id)
            .order_by(SignalActionRow.id)
        )
    )
    return signal_of(signal, actions)


def build_record(s: Session, row: IntakeRow) -> IntakeRecord:
    answers: dict[str, Any] = {}
    states: dict[str, str] = {}
    for a in s.scalars(select(AnswerRow).where(AnswerRow.intake_id == row.id)):
        if a.state == AnswerState.BEANTWOORD.value and a.value is not None:
            answers[a.question_id] = json.loads(a.value)
        else:
            states[a.question_id] = a.state
    drafts = {
        d.question_id: (
            json.loads(d.value)
            if d.value and not d.question_id.startswith(META_PREFIX)
            else d.value,
            d.state,
        )
        for d in s.scalars(select(AnswerDraftRow).where(AnswerDraftRow.intake_id == row.id))
    }
    contacts = tuple(
        Contact(c.day, c.minutes)
        for c in s.scalars(
            select(IntakeContactRow)
            .where(IntakeContactRow.intake_id == row.id)
            .order_by(IntakeContactRow.id)
        )
    )
    signals = tuple(
        signal_dto(s, sig)
        for sig in s.scalars(
            select(SignalRow).where(SignalRow.intake_id == row.id).order_by(SignalRow.raised_at)
        )
    )
    finance = s.get(FinanceRow, row.id)
    addenda = (
        s.scalar(
            select(func.count())
            .select_from(AnswerAddendumRow)
            .where(AnswerAddendumRow.intake_id == row.id)
        )
        or 0
    )
    return IntakeRecord(
        summary=summary_of(row),
        answers=answers,
        answer_states=states,
        drafts=drafts,
        contacts=contacts,
        signals=signals,
        finance=json.loads(finance.data) if finance else None,
        notes=row.notes,
        assessment=row.assessment,
        icpc=tuple(json.loads(row.icpc or "[]")),
        flow_state=json.loads(row.flow_state or "{}"),
        addenda=int(addenda),
    )


def encode_draft(
    questionnaire: Any, question_id: str, value: object | None, state: str
) -> tuple[str | None, str]:
    if question_id.startswith(META_PREFIX):
        name = question_id[len(META_PREFIX) :]
        if name not in META_FIELDS:
            raise ValidationError(question_id, "unknown_question")
        return clean_text(str(value or ""), question_id) or "", AnswerState.BEANTWOORD.value
    question = questionnaire.get(question_id)
    if question is None:
        raise ValidationError(question_id, "unknown_question")
    if state == AnswerState.BEANTWOORD.value:
        normalised = validate_answer(question, value)
        return json.dumps(normalised, ensure_ascii=False), state
    if state in _VALUELESS:
        return None, state
    raise ValidationError(question_id, "unknown_state")
