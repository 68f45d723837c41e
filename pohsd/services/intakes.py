"""Intakes and vervolg contacts: start, autosave drafts, confirm, close, signals, finance."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pohsd.domain.changes import Changes
from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.intake import (
    CLOSURES,
    META_FIELDS,
    Contact,
    Draft,
    IntakeRecord,
    IntakeSummary,
    SignalAction,
    SignalRecord,
)
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.domain.validation import clean_text
from pohsd.intake.answers import AnswerState, validate_answer
from pohsd.intake.finance import FinancieelOverzicht
from pohsd.services.base import Context, utcnow
from pohsd.store.models import (
    AnswerAddendumRow,
    AnswerDraftRow,
    AnswerRow,
    ClientRow,
    FinanceRow,
    IntakeContactRow,
    IntakeRow,
    SignalActionRow,
    SignalRow,
)

CURRENT_VERSION = "1"
KINDS = ("intake", "vervolg")
META_PREFIX = "meta."
_VALUELESS = {s.value for s in AnswerState if s is not AnswerState.BEANTWOORD}


def _summary(row: IntakeRow) -> IntakeSummary:
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


def _signal(row: SignalRow, actions: list[SignalActionRow]) -> SignalRecord:
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


class IntakeService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # ---- lifecycle -------------------------------------------------------------------------

    def start(
        self, client_id: str, kind: str = "intake", *, version: str = CURRENT_VERSION
    ) -> tuple[IntakeSummary, Changes]:
        if kind not in KINDS:
            raise ValidationError("kind", "unknown_option")
        load_questionnaire(version)  # refuses an unknown question-set version
        now = utcnow()
        with self._ctx.transaction() as s:
            if s.get(ClientRow, client_id) is None:
                raise PohsdError(ErrorCode.NOT_FOUND, object_type="client")
            row = IntakeRow(
                id=str(uuid.uuid4()),
                client_id=client_id,
                kind=kind,
                question_set_version=version,
                status="open",
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            s.flush()  # the contact row refers to it (no ORM relationship orders the inserts)
            s.add(IntakeContactRow(intake_id=row.id, day=now.date(), minutes=0))
            s.flush()
            self._ctx.log(
                s,
                AuditAction.CREATE,
                f"{kind}.create",
                object_type="intake",
                object_id=row.id,
                client_id=client_id,
            )
            return _summary(row), Changes(clients=True, audit=True)

    def list_for_client(self, client_id: str) -> list[IntakeSummary]:
        with self._ctx.transaction() as s:
            rows = s.scalars(
                select(IntakeRow)
                .where(IntakeRow.client_id == client_id)
                .order_by(IntakeRow.created_at)
            )
            return [_summary(r) for r in rows]

    def open(self, intake_id: str) -> IntakeRecord:
        """Everything of one intake, drafts included; audited as a read."""
        with self._ctx.transaction() as s:
            row = self._row(s, intake_id)
            record = self._record(s, row)
            self._ctx.log(
                s,
                AuditAction.READ,
                f"{row.kind}.open",
                object_type="intake",
                object_id=row.id,
                client_id=row.client_id,
            )
            return record

    def complete(self, intake_id: str, *, follow_up_on: date | None = None) -> Changes:
        """Intake afronden: confirm pending drafts, then close. Later changes are addenda."""
        self.promote(intake_id)
        with self._ctx.transaction() as s:
            row = self._row(s, intake_id)
            if row.status == "afgerond":
                return Changes()
            row.status = "afgerond"
            row.closed_at = row.updated_at = utcnow()
            if follow_up_on is not None:
                row.follow_up_on = follow_up_on
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                f"{row.kind}.complete",
                object_type="intake",
                object_id=row.id,
                client_id=row.client_id,
            )
        return Changes(clients=True, audit=True)

    def add_contact(self, intake_id: str, day: date, minutes: int = 0) -> Changes:
        """Gesprek voortzetten: a new contact of the same intake."""
        if not 0 <= minutes <= 600:
            raise ValidationError("minutes", "out_of_range")
        with self._ctx.transaction() as s:
            row = self._row(s, intake_id)
            s.add(IntakeContactRow(intake_id=row.id, day=day, minutes=minutes))
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "intake.contact",
                object_type="intake",
                object_id=row.id,
                client_id=row.client_id,
            )
        return Changes(clients=True, audit=True)

    def set_contact_minutes(self, intake_id: str, minutes: int) -> None:
        """The running contact's duration (timer); not audited, it is no client datum."""
        with self._ctx.transaction() as s:
            contact = s.scalars(
                select(IntakeContactRow)
                .where(IntakeContactRow.intake_id == intake_id)
                .order_by(IntakeContactRow.id.desc())
                .limit(1)
            ).first()
            if contact is not None:
                contact.minutes = max(0, min(600, int(minutes)))

    # ---- autosave ----------------------------------------------------------------------------

    def save_drafts(
        self, intake_id: str, changes: Mapping[str, tuple[object | None, str]]
    ) -> datetime:
        """Autosave: upsert draft rows (question id → (value, state)); fast, not audited.

        Values are validated first; a bad one raises ValidationError(field=question id) and
        nothing of this call is stored.
        """
        now = utcnow()
        with self._ctx.transaction() as s:
            row = self._row(s, intake_id)
            questionnaire = load_questionnaire(row.question_set_version)
            for question_id, (value, state) in changes.items():
                encoded, state = self._encode(questionnaire, question_id, value, state)
                s.merge(
                    AnswerDraftRow(
                        intake_id=intake_id,
                        question_id=question_id,
                        value=encoded,
                        state=state,
                        saved_at=now,
                    )
                )
        return now

    def save_flow_state(self, intake_id: str, state: Mapping[str, Any]) -> None:
        """Order of domains, skipped parts, pins and part times (the POH's own aid)."""
        with self._ctx.transaction() as s:
            self._row(s, intake_id).flow_state = json.dumps(dict(state), ensure_ascii=False)

    def pending_drafts(self) -> list[Draft]:
        """Intakes with autosaved changes not yet confirmed (left by a crash or a lock)."""
        with self._ctx.transaction() as s:
            rows = s.execute(
                select(
                    AnswerDraftRow.intake_id,
                    IntakeRow.client_id,
                    func.max(AnswerDraftRow.saved_at),
                    func.count(),
                )
                .join(IntakeRow, IntakeRow.id == AnswerDraftRow.intake_id)
                .group_by(AnswerDraftRow.intake_id, IntakeRow.client_id)
            ).all()
            return [Draft(r[0], r[1], r[2], r[3]) for r in rows]

    def discard_drafts(self, intake_id: str) -> Changes:
        with self._ctx.transaction() as s:
            row = self._row(s, intake_id)
            s.execute(delete(AnswerDraftRow).where(AnswerDraftRow.intake_id == intake_id))
            self._ctx.log(
                s,
                AuditAction.DELETE,
                "intake.drafts_discarded",
                object_type="intake",
                object_id=row.id,
                client_id=row.client_id,
            )
        return Changes(clients=True, audit=True)

    def promote(self, intake_id: str) -> Changes:
        """Confirm the drafts: they become answers (addenda once the intake is closed)."""
        now = utcnow()
        with self._ctx.transaction() as s:
            row = self._row(s, intake_id)
            drafts = list(
                s.scalars(select(AnswerDraftRow).where(AnswerDraftRow.intake_id == intake_id))
            )
            if not drafts:
                return Changes()
            closed = row.status == "afgerond"
            for draft in drafts:
                if draft.question_id.startswith(META_PREFIX):
                    setattr(row, draft.question_id[len(META_PREFIX) :], draft.value or "")
                else:
                    self._apply_answer(s, row, draft, now, closed)
                s.delete(draft)
            row.updated_at = now
            event = f"{row.kind}.addendum" if closed else f"{row.kind}.update"
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                event,
                object_type="intake",
                object_id=row.id,
                client_id=row.client_id,
                detail_code=f"answers={len(drafts)}",
            )
        return Changes(clients=True, audit=True)

    def _apply_answer(
        self, s: Session, intake: IntakeRow, draft: AnswerDraftRow, now: datetime, closed: bool
    ) -> None:
        current = s.get(AnswerRow, (intake.id, draft.question_id))
        old_value = current.value if current else None
        old_state = current.state if current else AnswerState.NIET_GEVRAAGD.value
        if (old_value, old_state) == (draft.value, draft.state):
            return
        if closed:
            s.add(
                AnswerAddendumRow(
                    intake_id=intake.id,
                    question_id=draft.question_id,
                    old_value=old_value,
                    old_state=old_state,
                    new_value=draft.value,
                    new_state=draft.state,
                    changed_at=now,
                    changed_by=self._ctx.actor.user_id,
                )
            )
        if draft.state == AnswerState.NIET_GEVRAAGD.value:
            if current is not None:
                s.delete(current)
            return
        if current is None:
            current = AnswerRow(intake_id=intake.id, question_id=draft.question_id)
            s.add(current)
        current.value, current.state = draft.value, draft.state
        current.updated_at, current.updated_by = now, self._ctx.actor.user_id

    @staticmethod
    def _encode(
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

    # ---- signals -----------------------------------------------------------------------------

    def raise_signal(
        self, intake_id: str, signal_id: str, trigger: str, urgency: str
    ) -> tuple[SignalRecord, Changes]:
        """Record a raised signal (always, whatever the consent for vastleggen says)."""
        with self._ctx.transaction() as s:
            row = self._row(s, intake_id)
            known = {sig.id for sig in load_questionnaire(row.question_set_version).signals}
            if signal_id not in known:
                raise ValidationError("signal", "unknown_option")
            signal = SignalRow(
                id=str(uuid.uuid4()),
                intake_id=intake_id,
                signal_id=signal_id,
                raised_at=utcnow(),
                raised_by=self._ctx.actor.user_id,
                trigger=clean_text(trigger, "trigger", required=True, max_len=120) or "",
                urgency=clean_text(urgency, "urgency", required=True, max_len=40) or "",
            )
            s.add(signal)
            s.flush()
            self._ctx.log(
                s,
                AuditAction.CREATE,
                "signal.raise",
                object_type="signal",
                object_id=signal.id,
                client_id=row.client_id,
                detail_code=signal_id,
            )
            return _signal(signal, []), Changes(clients=True, audit=True)

    def add_signal_action(self, signal_row_id: str, text: str) -> tuple[SignalRecord, Changes]:
        clean = clean_text(text, "text", required=True) or ""
        with self._ctx.transaction() as s:
            signal, client_id = self._signal_row(s, signal_row_id)
            s.add(
                SignalActionRow(
                    signal_row_id=signal.id,
                    at=utcnow(),
                    text=clean,
                    user_id=self._ctx.actor.user_id,
                )
            )
            s.flush()
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "signal.action",
                object_type="signal",
                object_id=signal.id,
                client_id=client_id,
            )
            return self._signal_dto(s, signal), Changes(clients=True, audit=True)

    def close_signal(
        self, signal_row_id: str, closure: str, reason: str = ""
    ) -> tuple[SignalRecord, Changes]:
        """Afgehandeld, or onterecht with a required reason."""
        if closure not in CLOSURES:
            raise ValidationError("closure", "unknown_option")
        clean = clean_text(reason, "reason", required=closure == "onterecht") or ""
        with self._ctx.transaction() as s:
            signal, client_id = self._signal_row(s, signal_row_id)
            signal.closed_at, signal.closure, signal.reason = utcnow(), closure, clean
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "signal.close",
                object_type="signal",
                object_id=signal.id,
                client_id=client_id,
                detail_code=closure,
            )
            return self._signal_dto(s, signal), Changes(clients=True, audit=True)

    # ---- finance -------------------------------------------------------------------------------

    def save_finance(self, intake_id: str, data: Mapping[str, Any]) -> Changes:
        overview = FinancieelOverzicht.from_json(dict(data))  # validates, names the path
        with self._ctx.transaction() as s:
            row = self._row(s, intake_id)
            s.merge(
                FinanceRow(
                    intake_id=intake_id, data=json.dumps(overview.to_json()), updated_at=utcnow()
                )
            )
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "finance.update",
                object_type="intake",
                object_id=row.id,
                client_id=row.client_id,
            )
        return Changes(clients=True, audit=True)

    # ---- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _row(s: Session, intake_id: str) -> IntakeRow:
        row = s.get(IntakeRow, intake_id)
        if row is None:
            raise PohsdError(ErrorCode.NOT_FOUND, object_type="intake")
        return row

    @staticmethod
    def _signal_row(s: Session, signal_row_id: str) -> tuple[SignalRow, str]:
        signal = s.get(SignalRow, signal_row_id)
        if signal is None:
            raise PohsdError(ErrorCode.NOT_FOUND, object_type="signal")
        intake = s.get(IntakeRow, signal.intake_id)
        return signal, intake.client_id if intake else ""

    @staticmethod
    def _signal_dto(s: Session, signal: SignalRow) -> SignalRecord:
        actions = list(
            s.scalars(
                select(SignalActionRow)
                .where(SignalActionRow.signal_row_id == signal.id)
                .order_by(SignalActionRow.id)
            )
        )
        return _signal(signal, actions)

    def _record(self, s: Session, row: IntakeRow) -> IntakeRecord:
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
            self._signal_dto(s, sig)
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
            summary=_summary(row),
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
