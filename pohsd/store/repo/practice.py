"""Practice details, users and settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pohsd.domain.enums import Rol
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.practice import Practice, User
from pohsd.store.models import PracticeRow, PractitionerRow, SettingRow, UserRow


def get_practice(session: Session) -> Practice:
    row = session.get(PracticeRow, 1)
    if row is None:
        raise PohsdError(ErrorCode.NOT_FOUND, object_type="practice")
    gps = session.scalars(select(PractitionerRow.naam).order_by(PractitionerRow.position))
    return Practice(row.naam, row.agb_code, row.adres, row.telefoon, tuple(gps))


def save_practice(session: Session, practice: Practice) -> None:
    row = session.get(PracticeRow, 1) or PracticeRow(id=1)
    row.naam, row.agb_code = practice.naam, practice.agb_code
    row.adres, row.telefoon = practice.adres, practice.telefoon
    session.add(row)
    for old in session.scalars(select(PractitionerRow)):
        session.delete(old)
    session.flush()
    for i, naam in enumerate(practice.huisartsen):
        session.add(PractitionerRow(naam=naam, position=i))
    session.flush()


def _user(row: UserRow) -> User:
    return User(id=row.id, name=row.name, display_name=row.display_name, rol=Rol(row.rol))


def add_user(session: Session, user: User, now: datetime) -> User:
    existing = session.scalar(select(UserRow).where(UserRow.name == user.name))
    if existing is not None and existing.removed_at is None:
        raise PohsdError(ErrorCode.USER_EXISTS)
    if existing is not None:
        session.delete(existing)  # a former user's name may be given out again
        session.flush()
    row = UserRow(
        id=user.id,
        name=user.name,
        display_name=user.display_name,
        rol=user.rol.value,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return _user(row)


def active_users(session: Session) -> list[User]:
    rows = session.scalars(
        select(UserRow).where(UserRow.removed_at.is_(None)).order_by(UserRow.name)
    )
    return [_user(r) for r in rows]


def user_by_id(session: Session, user_id: str) -> User | None:
    row = session.get(UserRow, user_id)
    return _user(row) if row is not None else None


def all_user_names(session: Session) -> dict[str, str]:
    """Every user id ever known with a label, for the audit view."""
    return {r.id: (r.display_name or r.name) for r in session.scalars(select(UserRow))}


def mark_removed(session: Session, user_id: str, now: datetime) -> None:
    row = session.get(UserRow, user_id)
    if row is None:
        raise PohsdError(ErrorCode.UNKNOWN_USER)
    row.removed_at = now
    session.flush()


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(SettingRow, key)
    return row.value if row is not None else None


def set_setting(session: Session, key: str, value: str) -> None:
    session.merge(SettingRow(key=key, value=value))
    session.flush()
