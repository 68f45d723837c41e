"""Table model of one Vandaag section: cliënt, wat, datum (and, for Actie nodig, how late)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from typing_extensions import override

from ui.i18n import arg
from ui.models.client_list_model import AnyIndex, BatchTableModel, format_date

if TYPE_CHECKING:  # the DTOs come from the DB thread; the service module stays unimported
    from pohsd.services.worklist import WorkItem

_CTX = "WorklistModel"
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role that returns the row's kind: vervolg | actie | recent | intake."""
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 3
"""Role that returns the client id of the row."""

#: Texts the core gives (spec/intake.md §8); listed so translators see them.
CORE_TEXTS = (
    QT_TRANSLATE_NOOP("WorklistModel", "Vervolggesprek"),
    QT_TRANSLATE_NOOP("WorklistModel", "Vervolggesprek verlopen"),
    QT_TRANSLATE_NOOP("WorklistModel", "Intake niet afgerond"),
    QT_TRANSLATE_NOOP("WorklistModel", "Vervolggesprek niet afgerond"),
    QT_TRANSLATE_NOOP("WorklistModel", "Concept nog niet verstuurd"),
    QT_TRANSLATE_NOOP("WorklistModel", "Geen reactie van aanbieder"),
    QT_TRANSLATE_NOOP("WorklistModel", "Nog niet gestart"),
    QT_TRANSLATE_NOOP("WorklistModel", "Wachtlijst: navragen"),
    QT_TRANSLATE_NOOP("WorklistModel", "Hoe loopt het?"),
    QT_TRANSLATE_NOOP("WorklistModel", "Terugkoppeling huisarts klaarzetten"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def late_text(workdays: int) -> str:
    """'vandaag' for 0, '1 werkdag over tijd', 'n werkdagen over tijd'."""
    if workdays <= 0:
        return QCoreApplication.translate("WorklistModel", "vandaag")
    if workdays == 1:
        return QCoreApplication.translate("WorklistModel", "1 werkdag over tijd")
    return arg(QCoreApplication.translate("WorklistModel", "%1 werkdagen over tijd"), workdays)


class WorklistModel(BatchTableModel["WorkItem"]):
    """The rows of one section; `with_late` adds the column "Over tijd" (Actie nodig)."""

    CONTEXT = _CTX
    BASE_COLUMNS = (
        QT_TRANSLATE_NOOP("WorklistModel", "Cliënt"),
        QT_TRANSLATE_NOOP("WorklistModel", "Wat"),
        QT_TRANSLATE_NOOP("WorklistModel", "Datum"),
    )
    LATE_COLUMN = QT_TRANSLATE_NOOP("WorklistModel", "Over tijd")

    def __init__(self, with_late: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.COLUMNS = (*self.BASE_COLUMNS, self.LATE_COLUMN) if with_late else self.BASE_COLUMNS

    @override
    def cell(self, obj: WorkItem, column: int) -> str:
        if column == 0:
            return obj.client_name
        if column == 1:
            head, sep, rest = obj.text.partition(" · ")  # "Geen reactie van aanbieder · <dienst>"
            return _tr(head) + sep + rest
        if column == 2:
            return format_date(obj.day) or "—"
        return late_text(obj.overdue_days)

    @override
    def object_id(self, obj: WorkItem) -> object:
        return obj.target_id

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel.data: also the kind and the client id of a row."""
        if role in (KIND_ROLE, CLIENT_ROLE) and index.isValid() and not index.parent().isValid():
            obj = self.row_object(index.row())
            if obj is None or not 0 <= index.column() < len(self.COLUMNS):
                return None
            return obj.kind if role == KIND_ROLE else obj.client_id
        return super().data(index, role)

    def row_of(self, target_id: str) -> int:
        return next((i for i, w in enumerate(self.all_rows()) if w.target_id == target_id), -1)
