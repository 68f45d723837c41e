"""Referral tables: the referral (FHIR Task) with its recipient snapshot, and its history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pohsd.store.models.base import Base, UTCDateTime


class ReferralRow(Base):
    """One referral; `status` is the `to` of its newest event (kept here for the worklists).

    `goal_id` is no foreign key on purpose: saving the plan replaces the goal rows.
    """

    __tablename__ = "referrals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[str] = mapped_column(String(100))
    organization_id: Mapped[str] = mapped_column(String(100), default="")
    service_name: Mapped[str] = mapped_column(String(200))
    organization_name: Mapped[str] = mapped_column(String(200), default="")
    toegang: Mapped[str] = mapped_column(String(20))  # nl-toegang code at creation
    consent_id: Mapped[str] = mapped_column(ForeignKey("consent.id"), index=True)
    goal_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    question: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[str] = mapped_column(String(20), default="normaal")
    urgency_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), index=True)
    based_on: Mapped[str | None] = mapped_column(ForeignKey("referrals.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(36), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ReferralEventRow(Base):
    """One status step; `seq` counts from 1 (the creation as concept)."""

    __tablename__ = "referral_events"
    referral_id: Mapped[str] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    from_state: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_state: Mapped[str] = mapped_column(String(20))
    effectief_op: Mapped[date] = mapped_column(Date)
    vastgelegd_op: Mapped[datetime] = mapped_column(UTCDateTime())
    user: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(20))
    reason_code: Mapped[str] = mapped_column(String(200), default="")
    reason_text: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(String(20), default="")
    expected_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ReferralNoteRow(Base):
    """A follow-up note ("gebeld, geen reactie"), optionally with a new reminder date."""

    __tablename__ = "referral_notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    referral_id: Mapped[str] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    remind_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class ReferralFeedbackRow(Base):
    """The GP terugkoppeling of one status step: given (copied/exported) or skipped, why."""

    __tablename__ = "referral_feedback"
    referral_id: Mapped[str] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    outcome: Mapped[str] = mapped_column(String(20))  # gegeven | overgeslagen
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user: Mapped[str] = mapped_column(String(64))
