"""Table model of a referral's follow-up notes: datum, door, notitie, herinnering."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from typing_extensions import override

from ui.models.client_list_model import BatchTableModel, format_date
from ui.models.intake_models import local_datetime

if TYPE_CHECKING:
    from pohsd.services.worklist import ReferralNote


class ReferralNotesModel(BatchTableModel["ReferralNote"]):
    """Notes such as "gebeld, geen reactie", newest first, with the reminder date if one was set."""

    CONTEXT = "ReferralNotesModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ReferralNotesModel", "Datum"),
        QT_TRANSLATE_NOOP("ReferralNotesModel", "Door"),
        QT_TRANSLATE_NOOP("ReferralNotesModel", "Notitie"),
        QT_TRANSLATE_NOOP("ReferralNotesModel", "Herinnering"),
    )

    @override
    def cell(self, obj: ReferralNote, column: int) -> str:
        if column == 0:
            return local_datetime(obj.at)
        if column == 1:
            return obj.user
        if column == 2:
            return " ".join(obj.text.split())
        return format_date(obj.remind_on) or "—"

    @override
    def object_id(self, obj: ReferralNote) -> object:
        return obj.at.isoformat()
