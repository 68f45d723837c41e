"""ORM rows of pohsd.db; they never leave the store (repositories return DTOs)."""

from pohsd.store.models.base import Base
from pohsd.store.models.rows import (
    AuditRow,
    ClientRow,
    HouseholdMemberRow,
    NetworkPersonRow,
    PracticeRow,
    PractitionerRow,
    SettingRow,
    UserRow,
)

__all__ = [
    "AuditRow",
    "Base",
    "ClientRow",
    "HouseholdMemberRow",
    "NetworkPersonRow",
    "PracticeRow",
    "PractitionerRow",
    "SettingRow",
    "UserRow",
]
