"""Item models of the Documenten tab: frozen letter versions, and outputs from the audit log."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from typing_extensions import override

from pohsd.documents.frozen import FrozenLetter
from pohsd.domain.practice import AuditEntry
from ui.i18n import arg
from ui.models.audit_model import local_time_text
from ui.models.client_list_model import AnyIndex, BatchTableModel

_CTX = "DocumentsModel"
OUTPUT_EVENTS = ("document.export", "document.print", "document.clipboard")
_OUTPUTS = {
    "document.export": QT_TRANSLATE_NOOP("DocumentsModel", "Opgeslagen als bestand"),
    "document.print": QT_TRANSLATE_NOOP("DocumentsModel", "Afgedrukt"),
    "document.clipboard": QT_TRANSLATE_NOOP("DocumentsModel", "Gekopieerd voor het HIS"),
}
#: The audit row holds the purpose of use, not the type: the purpose says enough here.
_PURPOSES = {
    "verwijzing": QT_TRANSLATE_NOOP("DocumentsModel", "Verwijsbrief"),
    "terugkoppeling huisarts": QT_TRANSLATE_NOOP(
        "DocumentsModel", "Terugkoppeling of statusupdate voor de huisarts"
    ),
    "informatie cliënt": QT_TRANSLATE_NOOP("DocumentsModel", "Samenvatting voor de cliënt"),
}
_FAILED = QT_TRANSLATE_NOOP("DocumentsModel", "mislukt")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def document_outputs(entries: list[AuditEntry]) -> list[AuditEntry]:
    """The export, print and copy rows among a client's audit rows (newest first)."""
    return [e for e in entries if e.event in OUTPUT_EVENTS]


class DocumentsModel(BatchTableModel[AuditEntry]):
    """Datum en tijd, document, uitvoer, door."""

    CONTEXT = _CTX
    COLUMNS = (
        QT_TRANSLATE_NOOP("DocumentsModel", "Datum en tijd"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Document"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Uitvoer"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Door"),
    )

    @override
    def cell(self, obj: AuditEntry, column: int) -> str:
        if column == 0:
            return local_time_text(obj.ts_utc)
        if column == 1:
            return _tr(_PURPOSES[obj.purpose]) if obj.purpose in _PURPOSES else obj.purpose
        if column == 2:
            text = _tr(_OUTPUTS.get(obj.event, obj.event))
            return f"{text} ({_tr(_FAILED)})" if obj.outcome == "failure" else text
        return obj.user_name

    @override
    def object_id(self, obj: AuditEntry) -> object:
        return obj.seq


_KINDS = {
    "verwijsbrief": QT_TRANSLATE_NOOP("DocumentsModel", "Verwijsbrief"),
    "terugkoppeling": QT_TRANSLATE_NOOP("DocumentsModel", "Terugkoppeling huisarts"),
    "statusupdate": QT_TRANSLATE_NOOP("DocumentsModel", "Statusupdate verwijzing"),
    "samenvatting": QT_TRANSLATE_NOOP("DocumentsModel", "Samenvatting voor de cliënt"),
}
_CORRECTION = QT_TRANSLATE_NOOP("DocumentsModel", "correctie")
_REASON = QT_TRANSLATE_NOOP("DocumentsModel", "Reden van de correctie: %1")


def local_moment_text(moment: datetime) -> str:
    """An aware moment as local dd-mm-jjjj HH:MM."""
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


class VersionsModel(BatchTableModel[FrozenLetter]):
    """Definitieve documenten: soort, versie, kenmerk, datum, door (newest first)."""

    CONTEXT = _CTX
    COLUMNS = (
        QT_TRANSLATE_NOOP("DocumentsModel", "Soort"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Versie"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Kenmerk"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Datum"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Door"),
    )

    @override
    def cell(self, obj: FrozenLetter, column: int) -> str:
        if column == 0:
            return _tr(_KINDS[obj.kind]) if obj.kind in _KINDS else obj.kind
        if column == 1:
            return f"{obj.version} ({_tr(_CORRECTION)})" if obj.version > 1 else str(obj.version)
        if column == 2:
            return obj.kenmerk
        if column == 3:
            return local_moment_text(obj.created_at)
        return obj.author

    @override
    def object_id(self, obj: FrozenLetter) -> object:
        return (obj.document_id, obj.version)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override BatchTableModel.data: a correction's reason is the tooltip of its row."""
        obj = self.row_object(index.row()) if index.isValid() else None
        if role == Qt.ItemDataRole.ToolTipRole and obj is not None and obj.reason:
            return arg(_tr(_REASON), obj.reason)
        return super().data(index, role)
