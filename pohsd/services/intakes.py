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
    Draft,
    IntakeRecord,
    IntakeSummary,
)
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.intake.answers import AnswerState
from pohsd.intake.finance import FinancieelOverzicht
from pohsd.services.base import Context, utcnow
from pohsd.services.intake_records import (
    META_PREFIX,
    build_record,
    encode_draft,
    intake_row,
    summary_of,
)
from pohsd.services.intake_signals import IntakeSignalsMixin
from pohsd.store.models import (
    AnswerAddendumRow,
    AnswerDraftRow,
    AnswerRow,
    ClientRow,
    FinanceRow,
    IntakeContactRow,
    IntakeRow,
)

CURRENT_VERSION = "1"
KINDS = ("intake", "vervolg")


class IntakeService(IntakeSignalsMixin):
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
            return summary_of(row), Changes(clients=True, audit=True)

    def list_for_client(self, client_id: str) -> list[IntakeSummary]:
        with self._ctx.transaction() as s:
            rows = s.scalars(
                select(IntakeRow)
                .where(IntakeRow.client_id == client_id)
                .order_by(IntakeRow.created_at)
            )
            return [summary_of(r) for r in rows]

    def records_for_client(self, client_id: str) -> list[IntakeRecord]:
        """Every intake and vervolg of a client for the dossier overview: one audited read."""
        with self._ctx.transaction() as s:
            rows = s.scalars(
                select(IntakeRow)
                .where(IntakeRow.client_id == client_id)
                .order_by(IntakeRow.created_at)
            )
            records = [build_record(s, row) for row in rows]
            if not records:
                return records  # nothing was read beyond the dossier itself
            self._ctx.log(
                s,
                AuditAction.READ,
                "intake.overview",
                object_type="client",
                object_id=client_id,
                client_id=client_id,
                detail_code=f"intakes={len(records)}",
            )
            return records

    def open(self, intake_id: str) -> IntakeRecord:
        """Everything of one intake, drafts included; audited as a read."""
        with self._ctx.transaction() as s:
            row = intake_row(s, intake_id)
            record = build_record(s, row)
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
            row = intake_row(s, intake_id)
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
            row = intake_row(s, intake_id)
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
            row = intake_row(s, intake_id)
            questionnaire = load_questionnaire(row.question_set_version)
            for question_id, (value, state) in changes.items():
                encoded, state = encode_draft(questionnaire, question_id, value, state)
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
            intake_row(s, intake_id).flow_state = json.dumps(dict(state), ensure_ascii=False)

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
            row = intake_row(s, intake_id)
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
            row = intake_row(s, intake_id)
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

    # ---- finance -------------------------------------------------------------------------------

    def save_finance(self, intake_id: str, data: Mapping[str, Any]) -> Changes:
        overview = FinancieelOverzicht.from_json(dict(data))  # validates, names the path
        with self._ctx.transaction() as s:
            row = intake_row(s, intake_id)
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
