"""Frozen letter versions ("Definitief", letters §0.1 step 8): the model as JSON, hash, who."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pohsd.store.models.base import Base, UTCDateTime


class DocumentRow(Base):
    """One frozen version of one document; a correction is a new row with a reason.

    `content` is the canonical JSON of the letter model (`pohsd.documents.frozen`), enough to
    render the same letter again; `sha256` is the hash of exactly those bytes. The database
    file is encrypted as a whole (SQLCipher), so no file outside it holds the letter.
    `referral_id` and `consent_id` are no foreign keys on purpose: the version is a record of
    what was sent, and stays when a referral or consent row changes.
    """

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("document_id", "version"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    document_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    referral_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    kenmerk: Mapped[str] = mapped_column(String(8))
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    author: Mapped[str] = mapped_column(String(64))
    consent_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text)
