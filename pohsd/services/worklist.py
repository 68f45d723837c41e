"""`ws.worklist`: Vandaag (due follow-ups, referrals needing action, recent changes, open intakes).

Also the two actions that clear an "Actie nodig" without a status step: a follow-up note with an
optional new reminder date, and the GP terugkoppeling of a step given or skipped with a reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ValidationError
from pohsd.domain.referral import check_text, label
from pohsd.domain.reminders import TERMINAL_FEEDBACK, Reminder, ReminderInput, ReminderRules
from pohsd.services.base import Context, utcnow
from pohsd.services.referral_store import referral_row, user_label
from pohsd.store.models import (
    ClientRow,
    IntakeRow,
    ReferralEventRow,
    ReferralFeedbackRow,
    ReferralNoteRow,
    ReferralRow,
    SettingRow,
)

RECENT_DAYS = 7
FOLLOW_UP_AHEAD_DAYS = 7
MAX_NOTE = 2000
FEEDBACK_OUTCOMES = ("gegeven", "overgeslagen")


@dataclass(frozen=True)
class WorkItem:
    """One row of Vandaag; `target_id` is the referral or intake to open."""

    kind: str  # vervolg | actie | recent | intake
    client_id: str
    client_name: str = field(repr=False)
    target_id: str
    text: str = field(repr=False)
    day: date | None = None  # due date, follow-up date, or the day of the change
    overdue_days: int = 0  # working days past the due date (actie)


@dataclass(frozen=True)
class Worklist:
    today: date
    follow_ups: list[WorkItem]
    actions: list[WorkItem]
    recent: list[WorkItem]
    unfinished: list[WorkItem]

    @property
    def is_empty(self) -> bool:
        return not (self.follow_ups or self.actions or self.recent or self.unfinished)


@dataclass(frozen=True)
class ReferralNote:
    at: datetime
    user: str
    text: str = field(repr=False)
    remind_on: date | None = None


def _name(row: Row[Any]) -> str:
    return f"{row.given_name} {row.family_name}"


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date() if moment.tzinfo else moment.date()


class WorklistService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # ---- Vandaag ------------------------------------------------------------------------

    def rules(self, s: Session) -> ReminderRules:
        rows = s.scalars(
            select(SettingRow).where(
                SettingRow.key.like("herinnering.%")
                | SettingRow.key.like("werkdagen.%")
                | SettingRow.key.like("terugkoppeling.%")
            )
        )
        return ReminderRules.from_settings({r.key: r.value for r in rows})

    def today(self, today: date | None = None) -> Worklist:
        """Everything that asks for the POH today; one audited read (names are shown)."""
        today = today or date.today()
        with self._ctx.transaction() as s:
            rules = self.rules(s)
            # only the columns the lists need: no BSN, notes or answers are read for Vandaag
            clients = {
                r.id: r
                for r in s.execute(
                    select(ClientRow.id, ClientRow.given_name, ClientRow.family_name).where(
                        ClientRow.archived_at.is_(None)
                    )
                )
            }
            intakes = s.execute(
                select(
                    IntakeRow.id, IntakeRow.client_id, IntakeRow.kind, IntakeRow.status,
                    IntakeRow.updated_at, IntakeRow.follow_up_on,
                ).order_by(IntakeRow.created_at)
            ).all()  # fmt: skip
            follow_ups, unfinished, next_follow_up = self._intakes(intakes, clients, today)
            actions, recent = self._referrals(s, rules, clients, next_follow_up, today)
            result = Worklist(today, follow_ups, actions, recent, unfinished)
            rows = len(follow_ups) + len(actions) + len(recent) + len(unfinished)
            self._ctx.log(s, AuditAction.READ, "worklist.today", detail_code=f"rows={rows}")
        return result

    def _intakes(
        self, intakes: Sequence[Row[Any]], clients: dict[str, Row[Any]], today: date
    ) -> tuple[list[WorkItem], list[WorkItem], dict[str, date]]:
        latest: dict[str, Row[Any]] = {}
        unfinished = []
        for row in intakes:  # oldest first: the last one per client wins
            latest[row.client_id] = row
            client = clients.get(row.client_id)
            if row.status == "open" and client is not None:
                label = "Vervolggesprek niet afgerond" if row.kind == "vervolg" else (
                    "Intake niet afgerond"
                )  # fmt: skip
                unfinished.append(WorkItem(
                    "intake", client.id, _name(client), row.id, label, _local_day(row.updated_at)
                ))  # fmt: skip
        follow_ups, next_follow_up = [], {}
        horizon = today + timedelta(days=FOLLOW_UP_AHEAD_DAYS)
        for client_id, row in latest.items():
            client = clients.get(client_id)
            if client is None or row.status != "afgerond" or row.follow_up_on is None:
                continue
            next_follow_up[client_id] = row.follow_up_on
            if row.follow_up_on <= horizon:
                text = "Vervolggesprek" if row.follow_up_on >= today else "Vervolggesprek verlopen"
                follow_ups.append(
                    WorkItem("vervolg", client_id, _name(client), row.id, text, row.follow_up_on)
                )
        follow_ups.sort(key=lambda w: (w.day or today, w.client_name))
        unfinished.sort(key=lambda w: (w.day or today, w.client_name))
        return follow_ups, unfinished, next_follow_up

    def _referrals(
        self,
        s: Session,
        rules: ReminderRules,
        clients: dict[str, Row[Any]],
        next_follow_up: dict[str, date],
        today: date,
    ) -> tuple[list[WorkItem], list[WorkItem]]:
        rows = s.scalars(select(ReferralRow).where(ReferralRow.status != "foutief")).all()
        if not rows:
            return [], []
        ids = [r.id for r in rows]
        last_event = {
            e.referral_id: e
            for e in s.scalars(
                select(ReferralEventRow)
                .where(ReferralEventRow.referral_id.in_(ids))
                .order_by(ReferralEventRow.referral_id, ReferralEventRow.seq)
            )
        }
        last_note: dict[str, ReferralNoteRow] = {}
        for note in s.scalars(
            select(ReferralNoteRow)
            .where(ReferralNoteRow.referral_id.in_(ids))
            .order_by(ReferralNoteRow.referral_id, ReferralNoteRow.id)
        ):
            last_note[note.referral_id] = note
        feedback = set(
            s.execute(
                select(ReferralFeedbackRow.referral_id, ReferralFeedbackRow.seq).where(
                    ReferralFeedbackRow.referral_id.in_(ids)
                )
            ).all()
        )
        since = datetime.now(UTC) - timedelta(days=RECENT_DAYS)
        actions, recent = [], []
        for row in rows:
            client, event = clients.get(row.client_id), last_event.get(row.id)
            if client is None or event is None:
                continue
            note = last_note.get(row.id)
            reminder = rules.reminder(
                ReminderInput(
                    status=row.status,
                    toegang=row.toegang,
                    last_step_on=event.effectief_op,
                    last_note_on=_local_day(note.at) if note else None,
                    remind_on=note.remind_on if note else None,
                    expected_start=event.expected_start,
                    next_follow_up=next_follow_up.get(row.client_id),
                    feedback_done=(row.id, event.seq) in feedback,
                )
            )
            if reminder is not None and reminder.due_on <= today:
                actions.append(self._action(row, client, reminder, rules, today))
            if event.vastgelegd_op >= since and event.seq > 1:
                text = f"{row.service_name}: {label(row.status)}"
                recent.append(WorkItem(
                    "recent", client.id, _name(client), row.id, text, event.effectief_op
                ))  # fmt: skip
        actions.sort(key=lambda w: (-w.overdue_days, w.client_name))
        recent.sort(key=lambda w: w.day or today, reverse=True)
        return actions, recent

    @staticmethod
    def _action(
        row: ReferralRow, client: Row[Any], reminder: Reminder, rules: ReminderRules, today: date
    ) -> WorkItem:
        late = rules.calendar.between(reminder.due_on, today)
        return WorkItem(
            "actie", client.id, _name(client), row.id,
            f"{reminder.text} · {row.service_name}", reminder.due_on, late,
        )  # fmt: skip

    # ---- actions that clear a reminder ------------------------------------------------

    def add_note(self, referral_id: str, text: str, remind_on: date | None = None) -> None:
        """A follow-up note ("gebeld, geen reactie"), optionally with a new reminder date."""
        clean = check_text(text, "note", max_len=MAX_NOTE)
        if not clean:
            raise ValidationError("note", "required")
        if remind_on is not None and remind_on < date.today():
            raise ValidationError("remind_on", "date_in_past")
        with self._ctx.transaction() as s:
            row = referral_row(s, referral_id)
            s.add(ReferralNoteRow(
                referral_id=row.id, at=utcnow(), user=user_label(s, self._ctx.actor.user_id),
                text=clean, remind_on=remind_on,
            ))  # fmt: skip
            row.updated_at = utcnow()
            self._ctx.log(
                s, AuditAction.UPDATE, "referral.note", object_type="referral",
                object_id=row.id, client_id=row.client_id,
            )  # fmt: skip

    def notes(self, referral_id: str) -> list[ReferralNote]:
        with self._ctx.transaction() as s:
            row = referral_row(s, referral_id)
            return [
                ReferralNote(n.at, n.user, n.text, n.remind_on)
                for n in s.scalars(
                    select(ReferralNoteRow)
                    .where(ReferralNoteRow.referral_id == row.id)
                    .order_by(ReferralNoteRow.id)
                )
            ]

    def record_feedback(self, referral_id: str, outcome: str, reason: str = "") -> None:
        """The GP terugkoppeling of the newest step: "gegeven", or "overgeslagen" with a reason."""
        if outcome not in FEEDBACK_OUTCOMES:
            raise ValidationError("outcome", "unknown_option")
        why = check_text(reason, "reason", max_len=MAX_NOTE)
        if outcome == "overgeslagen" and not why:
            raise ValidationError("reason", "required")
        with self._ctx.transaction() as s:
            mark_feedback(s, self._ctx, referral_id, outcome, why)

    def feedback_pending(self, referral_id: str) -> bool:
        """True when the newest step of a terminal referral still waits for its terugkoppeling.

        Foutief never does; geannuleerd only when the practice switched its feedback on.
        """
        with self._ctx.transaction() as s:
            row = referral_row(s, referral_id)
            if (
                row.status not in TERMINAL_FEEDBACK
                or row.status not in self.rules(s).feedback_states
            ):
                return False
            seq = s.scalar(
                select(func.max(ReferralEventRow.seq)).where(ReferralEventRow.referral_id == row.id)
            )
            return s.get(ReferralFeedbackRow, (row.id, seq)) is None


def mark_feedback(s: Session, ctx: Context, referral_id: str, outcome: str, reason: str) -> None:
    """Store (or replace) the terugkoppeling of the referral's newest step, audited.

    Also called by ws.letters when a statusupdate is exported, printed or copied.
    """
    row = referral_row(s, referral_id)
    seq = s.scalar(
        select(func.max(ReferralEventRow.seq)).where(ReferralEventRow.referral_id == row.id)
    )
    existing = s.get(ReferralFeedbackRow, (row.id, seq))
    if existing is not None:
        existing.outcome, existing.reason, existing.at = outcome, reason, utcnow()
    else:
        s.add(ReferralFeedbackRow(
            referral_id=row.id, seq=seq, outcome=outcome, reason=reason, at=utcnow(),
            user=user_label(s, ctx.actor.user_id),
        ))  # fmt: skip
    ctx.log(
        s, AuditAction.UPDATE, "referral.gp_feedback", object_type="referral",
        object_id=row.id, client_id=row.client_id, detail_code=outcome,
    )  # fmt: skip
