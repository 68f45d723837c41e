"""The list of backup sets on the Back-up tab: date, kind, size, checked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

if TYPE_CHECKING:
    from pohsd.services.backup_sets import BackupInfo

KIND_LABELS = {
    "manual": QT_TRANSLATE_NOOP("BackupTable", "Handmatig"),
    "daily": QT_TRANSLATE_NOOP("BackupTable", "Dagelijks"),
    "on_exit": QT_TRANSLATE_NOOP("BackupTable", "Bij afsluiten"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("BackupTable", "Datum"),
    QT_TRANSLATE_NOOP("BackupTable", "Soort"),
    QT_TRANSLATE_NOOP("BackupTable", "Grootte"),
    QT_TRANSLATE_NOOP("BackupTable", "Gecontroleerd"),
)


def when_text(info: BackupInfo) -> str:
    """dd-mm-jjjj uu:mm in local time."""
    return info.created_at.astimezone().strftime("%d-%m-%Y %H:%M")


def size_text(size: int) -> str:
    if size >= 1_048_576:
        return f"{size / 1_048_576:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} kB"


class BackupTable(QTableWidget):
    """Read-only, one row per set, newest first; `selected()` is the chosen set."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("BackupTable", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("backupList")
        self.setAccessibleName(self.tr("Back-ups"))
        self.sets: list[BackupInfo] = []
        self.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setObjectName("backupListRows")
        rows.setAccessibleName(self.tr("Regelnummers"))
        header = self.horizontalHeader()
        header.setObjectName("backupListHeader")
        header.setAccessibleName(self.tr("Kolomkoppen"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(120)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        self.setMaximumWidth(640)

    def show_sets(self, sets: list[BackupInfo]) -> None:
        self.sets = sets
        self.setRowCount(len(sets))
        for row, info in enumerate(sets):
            label = KIND_LABELS.get(info.kind)
            cells = (
                when_text(info),
                self.tr(label) if label else info.kind,
                size_text(info.size),
                "✓" if info.verified else self.tr("nee"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(
                        self.tr("Gecontroleerd na het maken")
                        if info.verified
                        else self.tr("Niet (meer) in orde; deze back-up wordt niet teruggezet")
                    )
                self.setItem(row, column, item)

    def selected(self) -> BackupInfo | None:
        rows = self.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.sets):
            return None
        return self.sets[rows[0].row()]
