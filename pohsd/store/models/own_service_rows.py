"""Eigen aanbod: the POH's own services (issue 4 §9), kept in pohsd.db across every map import."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pohsd.store.models.base import Base, UTCDateTime


class OwnServiceRow(Base):
    __tablename__ = "own_services"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the HSDS service id
    organization_id: Mapped[str] = mapped_column(String(36))
    location_id: Mapped[str] = mapped_column(String(36))
    data: Mapped[str] = mapped_column(Text)  # JSON of the OwnServiceInput
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    author: Mapped[str] = mapped_column(String(100), default="")
