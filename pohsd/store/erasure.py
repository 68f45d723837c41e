"""Erasure of one client's rows, the erasure ledger table, and each record's last change."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from pohsd.store.models import (
    AnswerAddendumRow,
    AnswerDraftRow,
    AnswerRow,
    ClientPlanRow,
    ClientRow,
    ConsentRow,
    DocumentRow,
    ErasureLedgerRow,
    FinanceRow,
    GoalRow,
    HouseholdMemberRow,
    IntakeContactRow,
    IntakeRow,
    NetworkPersonRow,
    ReferralEventRow,
    ReferralFeedbackRow,
    ReferralNoteRow,
    ReferralRow,
    SignalActionRow,
    SignalRow,
)


def delete_client(session: Session, client_id: str) -> int:
    """Delete every row about `client_id` (children first); return how many rows went.

    The audit log stays: it holds ids and codes only and is append-only by trigger.
    """
    intakes = select(IntakeRow.id).where(IntakeRow.client_id == client_id).scalar_subquery()
    referrals = select(ReferralRow.id).where(ReferralRow.client_id == client_id).scalar_subquery()
    signals = select(SignalRow.id).where(SignalRow.intake_id.in_(intakes)).scalar_subquery()
    statements = (
        delete(ReferralFeedbackRow).where(ReferralFeedbackRow.referral_id.in_(referrals)),
        delete(ReferralNoteRow).where(ReferralNoteRow.referral_id.in_(referrals)),
        delete(ReferralEventRow).where(ReferralEventRow.referral_id.in_(referrals)),
        delete(ReferralRow).where(ReferralRow.client_id == client_id),
        delete(DocumentRow).where(DocumentRow.client_id == client_id),
        delete(SignalActionRow).where(SignalActionRow.signal_row_id.in_(signals)),
        delete(SignalRow).where(SignalRow.intake_id.in_(intakes)),
        delete(FinanceRow).where(FinanceRow.intake_id.in_(intakes)),
        delete(AnswerAddendumRow).where(AnswerAddendumRow.intake_id.in_(intakes)),
        delete(AnswerDraftRow).where(AnswerDraftRow.intake_id.in_(intakes)),
        delete(AnswerRow).where(AnswerRow.intake_id.in_(intakes)),
        delete(IntakeContactRow).where(IntakeContactRow.intake_id.in_(intakes)),
        delete(IntakeRow).where(IntakeRow.client_id == client_id),
        delete(ConsentRow).where(ConsentRow.client_id == client_id),
        delete(GoalRow).where(GoalRow.client_id == client_id),
        delete(ClientPlanRow).where(ClientPlanRow.client_id == client_id),
        delete(NetworkPersonRow).where(NetworkPersonRow.client_id == client_id),
        delete(HouseholdMemberRow).where(HouseholdMemberRow.client_id == client_id),
        delete(ClientRow).where(ClientRow.id == client_id),
    )
    removed = 0
    for statement in statements:
        result = session.execute(statement.execution_options(synchronize_session=False))
        removed += int(getattr(result, "rowcount", 0) or 0)
    session.expunge_all()
    return removed


def record_erasure(session: Session, client_ids: Iterable[str], day: date) -> None:
    """Add the ids to the ledger table (an id already there keeps its first date)."""
    for client_id in client_ids:
        if session.get(ErasureLedgerRow, client_id) is None:
            session.add(ErasureLedgerRow(client_id=client_id, erased_on=day))
    session.flush()


def ledger_ids(session: Session) -> set[str]:
    return set(session.scalars(select(ErasureLedgerRow.client_id)))


def ledger_rows(session: Session) -> dict[str, date]:
    rows = session.execute(select(ErasureLedgerRow.client_id, ErasureLedgerRow.erased_on))
    return {client_id: day for client_id, day in rows}


def existing_clients(session: Session, client_ids: Iterable[str]) -> list[str]:
    wanted = sorted(set(client_ids))
    if not wanted:
        return []
    return sorted(session.scalars(select(ClientRow.id).where(ClientRow.id.in_(wanted))))


def last_changes(session: Session) -> dict[str, datetime]:
    """The newest created/updated time of every client and anything stored under it."""
    by_intake = (
        (AnswerRow.intake_id, AnswerRow.updated_at),
        (AnswerDraftRow.intake_id, AnswerDraftRow.saved_at),
        (AnswerAddendumRow.intake_id, AnswerAddendumRow.changed_at),
        (SignalRow.intake_id, SignalRow.raised_at),
        (SignalRow.intake_id, SignalRow.closed_at),
        (FinanceRow.intake_id, FinanceRow.updated_at),
    )
    by_referral = (
        (ReferralEventRow.referral_id, ReferralEventRow.vastgelegd_op),
        (ReferralNoteRow.referral_id, ReferralNoteRow.at),
        (ReferralFeedbackRow.referral_id, ReferralFeedbackRow.at),
    )
    queries: list[Select[tuple[str, datetime | None]]] = [
        select(ClientRow.id, func.max(ClientRow.created_at)).group_by(ClientRow.id),
        select(ClientRow.id, func.max(ClientRow.updated_at)).group_by(ClientRow.id),
        select(ClientRow.id, func.max(ClientRow.archived_at)).group_by(ClientRow.id),
        select(IntakeRow.client_id, func.max(IntakeRow.updated_at)).group_by(IntakeRow.client_id),
        select(IntakeRow.client_id, func.max(IntakeRow.closed_at)).group_by(IntakeRow.client_id),
        select(ConsentRow.client_id, func.max(ConsentRow.created_at)).group_by(
            ConsentRow.client_id
        ),
        select(ReferralRow.client_id, func.max(ReferralRow.updated_at)).group_by(
            ReferralRow.client_id
        ),
        select(DocumentRow.client_id, func.max(DocumentRow.created_at)).group_by(
            DocumentRow.client_id
        ),
    ]
    for key, column in by_intake:
        queries.append(
            select(IntakeRow.client_id, func.max(column))
            .select_from(key.class_)
            .join(IntakeRow, IntakeRow.id == key)
            .group_by(IntakeRow.client_id)
        )
    signal_actions = (
        select(IntakeRow.client_id, func.max(SignalActionRow.at))
        .select_from(SignalActionRow)
        .join(SignalRow, SignalRow.id == SignalActionRow.signal_row_id)
        .join(IntakeRow, IntakeRow.id == SignalRow.intake_id)
        .group_by(IntakeRow.client_id)
    )
    queries.append(signal_actions)
    for key, column in by_referral:
        queries.append(
            select(ReferralRow.client_id, func.max(column))
            .select_from(key.class_)
            .join(ReferralRow, ReferralRow.id == key)
            .group_by(ReferralRow.client_id)
        )
    newest: dict[str, datetime] = {}
    for query in queries:
        for client_id, moment in session.execute(query):
            if moment is not None and (client_id not in newest or moment > newest[client_id]):
                newest[client_id] = moment
    return newest
