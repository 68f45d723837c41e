"""Item model over the letter outputs of one client (export, print, copy) from the audit log."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from typing_extensions import override

from pohsd.domain.practice import AuditEntry
from ui.models.audit_model import local_time_text
from ui.models.client_list_model import BatchTableModel

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
