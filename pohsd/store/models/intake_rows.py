"""Intake tables: intakes, answers, drafts, addenda, signals, finance, plan and consent."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pohsd.store.models.base import Base, UTCDateTime


class IntakeRow(Base):
    """One intake or vervolg conversation of a client (it may span several contacts)."""

    __tablename__ = "intake"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # intake | vervolg
    question_set_version: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10))  # open | afgerond
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    follow_up_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    icpc: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of confirmed codes
    flow_state: Mapped[str] = mapped_column(Text, default="{}")  # JSON: order, skipped, times


class IntakeContactRow(Base):
    __tablename__ = "intake_contact"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    intake_id: Mapped[str] = mapped_column(ForeignKey("intake.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer, default=0)


class AnswerRow(Base):
    """The saved answer to one question: a JSON value (state beantwoord) or a valueless state."""

    __tablename__ = "answer"
    intake_id: Mapped[str] = mapped_column(
        ForeignKey("intake.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text, nullable=True)
    state: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str] = mapped_column(String(36), default="")


class AnswerDraftRow(Base):
    """Autosaved, not yet confirmed change (question id, or `meta.<field>` for intake texts)."""

    __tablename__ = "answer_draft"
    intake_id: Mapped[str] = mapped_column(
        ForeignKey("intake.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text, nullable=True)
    state: Mapped[str] = mapped_column(String(20))
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AnswerAddendumRow(Base):
    """A change made after the intake was closed: kept beside the answer, never overwritten."""

    __tablename__ = "answer_addendum"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    intake_id: Mapped[str] = mapped_column(ForeignKey("intake.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(120))
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    old_state: Mapped[str] = mapped_column(String(20))
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_state: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[str] = mapped_column(String(36), default="")


class SignalRow(Base):
    __tablename__ = "signal"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    intake_id: Mapped[str] = mapped_column(ForeignKey("intake.id", ondelete="CASCADE"), index=True)
    signal_id: Mapped[str] = mapped_column(String(40))
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime())
    raised_by: Mapped[str] = mapped_column(String(36), default="")
    trigger: Mapped[str] = mapped_column(String(120))  # question id or "handmatig"
    urgency: Mapped[str] = mapped_column(String(40))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    closure: Mapped[str] = mapped_column(String(20), default="")  # afgehandeld | onterecht
    reason: Mapped[str] = mapped_column(Text, default="")


class SignalActionRow(Base):
    __tablename__ = "signal_action"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signal_row_id: Mapped[str] = mapped_column(
        ForeignKey("signal.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    text: Mapped[str] = mapped_column(Text)
    user_id: Mapped[str] = mapped_column(String(36), default="")


class FinanceRow(Base):
    """The financieel overzicht of one intake, as the exchange JSON object."""

    __tablename__ = "financial_overview"
    intake_id: Mapped[str] = mapped_column(
        ForeignKey("intake.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class GoalRow(Base):
    __tablename__ = "goal"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    topic: Mapped[str] = mapped_column(String(60))
    wens: Mapped[str] = mapped_column(Text, default="")
    streefcijfer: Mapped[int | None] = mapped_column(Integer, nullable=True)
    target_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="open")
    actions: Mapped[str] = mapped_column(
        Text, default="[]"
    )  # JSON list of {wie, wat, wanneer, status}


class ClientPlanRow(Base):
    __tablename__ = "client_plan"
    client_id: Mapped[str] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    question_to_gp: Mapped[str] = mapped_column(Text, default="")


class ConsentRow(Base):
    """Toestemming: vastleggen (opening) or gericht (per recipient); a change is a new row."""

    __tablename__ = "consent"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # vastleggen | gericht
    data: Mapped[str] = mapped_column(Text)  # the exchange JSON object of spec/exchange.md §1
    datum: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(36), default="")
