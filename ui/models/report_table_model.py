"""Item model over one report table: its rows, a "Totaal" column and row; "<5" stays "<5"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from typing_extensions import override

from pohsd.reports.model import Cell, Table

Index = QModelIndex | QPersistentModelIndex
SUPPRESSED_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportTableModel(QAbstractTableModel):
    """Read-only: the row label, one column per table column, then the totals."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ReportTableModel", text)

    def __init__(self, table: Table | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._table = table

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> Table | None:
        return self._table

    def _has_total_row(self) -> bool:
        return self._table is not None and self._table.col_totals is not None

    def _has_total_col(self) -> bool:
        return self._table is not None and self._table.row_totals is not None

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.rowCount."""
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.row_keys) + int(self._has_total_row())

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.columnCount."""
        if parent.isValid() or self._table is None:
            return 0
        return 1 + len(self._table.col_keys) + int(self._has_total_col())

    def cell(self, row: int, column: int) -> Cell | None:
        """The cell behind a view position (None for the label column)."""
        t = self._table
        if t is None or column == 0:
            return None
        c = column - 1
        total_row = row == len(t.row_keys)
        total_col = c == len(t.col_keys)
        if total_row and total_col:
            return t.grand_total
        if total_row:
            return t.col_totals[c] if t.col_totals is not None else None
        if total_col:
            return t.row_totals[row] if t.row_totals is not None else None
        return t.cells[row][c]

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.data."""
        t = self._table
        if t is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        total_row = row == len(t.row_keys)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr("Totaal") if total_row else t.row_labels[row]
            cell = self.cell(row, column)
            return cell.text if cell is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (
            total_row or (self._has_total_col() and column == self.columnCount() - 1)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column > 0:
            cell = self.cell(row, column)
            if cell is not None and cell.state == "small":
                return self.tr("Minder dan 5: niet getoond om personen te beschermen.")
            if cell is not None and cell.state == "hidden":
                return self.tr("Verborgen, zodat een aantal onder 5 niet terug te rekenen is.")
        if role == SUPPRESSED_ROLE and column > 0:
            cell = self.cell(row, column)
            return cell is not None and cell.suppressed
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Override QAbstractTableModel.headerData."""
        t = self._table
        if t is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if section == 0:
            return ""
        if section - 1 < len(t.col_labels):
            return t.col_labels[section - 1]
        return self.tr("Totaal")
