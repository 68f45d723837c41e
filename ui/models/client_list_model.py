"""Item models for lists of DTOs that load in batches, and the client list model."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from pohsd.domain.client import ClientSummary
from ui.i18n import arg

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role that returns the id of the row's object (client id, audit seq …)."""


def format_date(day: date | None) -> str:
    """Dutch date notation dd-mm-jjjj (empty for no date)."""
    return day.strftime("%d-%m-%Y") if day is not None else ""


class BatchTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of DTOs, shown in batches of 200 through fetchMore.

    Subclasses set `COLUMNS` (context, QT_TRANSLATE_NOOP texts) and implement `cell()`.
    """

    BATCH = 200
    CONTEXT = "ClientListModel"
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._shown = 0

    # -- own API ----------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[T]) -> None:
        """Replace all rows; the first batch becomes visible at once."""
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(self.BATCH, len(self._rows))
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (the DTOs are dropped, not only hidden)."""
        self.set_rows(())

    def row_object(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < self._shown else None

    def all_rows(self) -> Sequence[T]:
        return tuple(self._rows)

    @property
    def total(self) -> int:
        """Rows held, including those not fetched into the view yet."""
        return len(self._rows)

    def cell(self, obj: T, column: int) -> str:
        raise NotImplementedError

    def object_id(self, obj: T) -> object:
        return getattr(obj, "id", None)

    # -- Qt overrides -----------------------------------------------------------------------

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else self._shown

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel.data."""
        if not index.isValid() or index.parent().isValid():
            return None
        obj = self.row_object(index.row())
        if obj is None or not 0 <= index.column() < len(self.COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(obj, index.column())
        if role == ID_ROLE:
            return self.object_id(obj)
        return None

    @override
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Override QAbstractItemModel.headerData."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None

    @override
    def canFetchMore(self, parent: AnyIndex) -> bool:
        """Override QAbstractItemModel.canFetchMore."""
        return not parent.isValid() and self._shown < len(self._rows)

    @override
    def fetchMore(self, parent: AnyIndex) -> None:
        """Override QAbstractItemModel.fetchMore: make the next batch of 200 visible."""
        if parent.isValid():
            return
        count = min(self.BATCH, len(self._rows) - self._shown)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + count - 1)
        self._shown += count
        self.endInsertRows()


class ClientListModel(BatchTableModel[ClientSummary]):
    """Search results: naam, geboortedatum, postcode, status traject, volgende afspraak."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ClientListModel", text)

    CONTEXT = "ClientListModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ClientListModel", "Naam"),
        QT_TRANSLATE_NOOP("ClientListModel", "Geboortedatum"),
        QT_TRANSLATE_NOOP("ClientListModel", "Postcode"),
        QT_TRANSLATE_NOOP("ClientListModel", "Status traject"),
        QT_TRANSLATE_NOOP("ClientListModel", "Volgende afspraak"),
    )

    @override
    def cell(self, obj: ClientSummary, column: int) -> str:
        if column == 0:
            return obj.full_name
        if column == 1:
            return format_date(obj.birth_date)
        if column == 2:
            return obj.postal_code or "—"
        if column == 3:
            return self._traject(obj)
        return format_date(obj.next_contact) if obj.next_contact else "—"

    def _traject(self, obj: ClientSummary) -> str:
        if obj.archived:
            return self.tr("Gearchiveerd")
        parts = []
        if obj.open_conversation:
            parts.append(self.tr("gesprek loopt"))
        if obj.open_referrals == 1:
            parts.append(self.tr("1 verwijzing loopt"))
        elif obj.open_referrals > 1:
            parts.append(arg(self.tr("%1 verwijzingen lopen"), obj.open_referrals))
        text = ", ".join(parts)
        return text[:1].upper() + text[1:] if text else "—"

    def row_of(self, client_id: str) -> int:
        """Row of a client among the visible rows, or -1."""
        for i in range(self._shown):
            if self._rows[i].id == client_id:
                return i
        return -1
