"""The POH's own marks on the sociale kaart (favourites, notes); kept across every map import."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pohsd.store.models.base import Base, UTCDateTime


class SocialmapFavouriteRow(Base):
    __tablename__ = "socialmap_favourite"
    service_id: Mapped[str] = mapped_column(String(250), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SocialmapNoteRow(Base):
    __tablename__ = "socialmap_note"
    service_id: Mapped[str] = mapped_column(String(250), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
