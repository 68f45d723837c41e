"""ORM rows of pohsd.db; they never leave the store (repositories return DTOs)."""

from pohsd.store.models.base import Base
from pohsd.store.models.document_rows import DocumentRow
from pohsd.store.models.erasure_rows import ErasureLedgerRow
from pohsd.store.models.intake_rows import (
    AnswerAddendumRow,
    AnswerDraftRow,
    AnswerRow,
    ClientPlanRow,
    ConsentRow,
    FinanceRow,
    GoalRow,
    IntakeContactRow,
    IntakeRow,
    SignalActionRow,
    SignalRow,
)
from pohsd.store.models.own_service_rows import OwnServiceRow
from pohsd.store.models.referral_rows import (
    ReferralEventRow,
    ReferralFeedbackRow,
    ReferralNoteRow,
    ReferralRow,
)
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
from pohsd.store.models.socialmap_rows import SocialmapFavouriteRow, SocialmapNoteRow

__all__ = [
    "AnswerAddendumRow",
    "AnswerDraftRow",
    "AnswerRow",
    "AuditRow",
    "Base",
    "ClientPlanRow",
    "ClientRow",
    "ConsentRow",
    "DocumentRow",
    "ErasureLedgerRow",
    "FinanceRow",
    "GoalRow",
    "HouseholdMemberRow",
    "IntakeContactRow",
    "IntakeRow",
    "NetworkPersonRow",
    "OwnServiceRow",
    "PracticeRow",
    "PractitionerRow",
    "ReferralEventRow",
    "ReferralFeedbackRow",
    "ReferralNoteRow",
    "ReferralRow",
    "SettingRow",
    "SignalActionRow",
    "SignalRow",
    "SocialmapFavouriteRow",
    "SocialmapNoteRow",
    "UserRow",
]
