"""Tables of the practice database: settings, practice, users, clients, audit log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pohsd.store.models.base import Base, UTCDateTime


class SettingRow(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PracticeRow(Base):
    __tablename__ = "practice"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    naam: Mapped[str] = mapped_column(String(200))
    agb_code: Mapped[str] = mapped_column(String(8), default="")
    adres: Mapped[str] = mapped_column(Text, default="")
    telefoon: Mapped[str] = mapped_column(String(30), default="")


class PractitionerRow(Base):
    """A huisarts of the practice."""

    __tablename__ = "practitioner"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    naam: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class UserRow(Base):
    __tablename__ = "app_user"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    rol: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ClientRow(Base):
    __tablename__ = "client"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date, index=True)
    gender: Mapped[str] = mapped_column(String(10), default="onbekend")
    bsn: Mapped[str | None] = mapped_column(String(9), nullable=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    house_number: Mapped[str] = mapped_column(String(20), default="")
    addition: Mapped[str] = mapped_column(String(20), default="")
    postal_code: Mapped[str] = mapped_column(String(7), default="", index=True)
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    responsible_gp: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    household: Mapped[list[HouseholdMemberRow]] = relationship(
        cascade="all, delete-orphan", order_by="HouseholdMemberRow.position"
    )
    network: Mapped[list[NetworkPersonRow]] = relationship(
        cascade="all, delete-orphan", order_by="NetworkPersonRow.position"
    )


class HouseholdMemberRow(Base):
    __tablename__ = "household_member"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    relation: Mapped[str] = mapped_column(String(40))
    given_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class NetworkPersonRow(Base):
    __tablename__ = "network_person"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    naam: Mapped[str] = mapped_column(String(100))
    relatie: Mapped[str] = mapped_column(String(40))
    rol: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of role labels
    telefoon: Mapped[str] = mapped_column(String(30), default="")
    mag_benaderd: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class AuditRow(Base):
    """NEN 7513 log line: ids and codes only, chained by HMAC, append-only by trigger."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    ts_utc: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(36), default="")
    rol: Mapped[str] = mapped_column(String(20), default="")
    responsible_user_id: Mapped[str] = mapped_column(String(36), default="")
    workstation: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(20), default="")
    action: Mapped[str] = mapped_column(String(20))
    event: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(40), default="")
    object_id: Mapped[str] = mapped_column(String(36), default="")
    client_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    outcome: Mapped[str] = mapped_column(String(10))
    detail_code: Mapped[str] = mapped_column(String(60), default="")
    purpose: Mapped[str] = mapped_column(String(40), default="")
    prev_mac: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))
