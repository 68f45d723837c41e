"""Table of the Uitkomsten tab: the numbers of every conversation, one row each."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from typing_extensions import override

from pohsd.intake.outcomes import OutcomePoint, OutcomeTimeline
from ui.i18n import arg
from ui.models.client_list_model import ID_ROLE, AnyIndex, format_date
from ui.models.intake_models import kind_text

_CTX = "OutcomesModel"
GAP = "—"
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 3
"""Role with the plain number of a cell (None for a gap)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def djg_band_text(band: str | None) -> str:
    texts = {
        "niet eenzaam": QT_TRANSLATE_NOOP("OutcomesModel", "niet eenzaam"),
        "enigszins eenzaam": QT_TRANSLATE_NOOP("OutcomesModel", "enigszins eenzaam"),
        "sterk eenzaam": QT_TRANSLATE_NOOP("OutcomesModel", "sterk eenzaam"),
    }
    return _tr(texts[band]) if band in texts else ""


def djg_text(point: OutcomePoint) -> str:
    """The total and band ("3 · enigszins eenzaam"); a dash when not (fully) answered."""
    if point.djg_total is None:
        return GAP
    return f"{point.djg_total} · {djg_band_text(point.djg_band)}"


def contacts_text(point: OutcomePoint) -> str:
    """Count, minutes and days: "2 contacten, 105 min: 01-09-2026, 03-09-2026"."""
    days = ", ".join(format_date(c.day) for c in point.contacts)
    if len(point.contacts) == 1:
        head = arg(_tr(QT_TRANSLATE_NOOP("OutcomesModel", "1 contact, %1 min")), point.minutes)
    else:
        head = arg(
            _tr(QT_TRANSLATE_NOOP("OutcomesModel", "%1 contacten, %2 min")),
            len(point.contacts),
            point.minutes,
        )
    return f"{head}: {days}" if days else head


def domain_text(cijfer: int | None, zr: int | None) -> str:
    """The client's cijfer and the POH's lowest zelfredzaamheid: "6 · zr 3"."""
    parts = [GAP if cijfer is None else str(cijfer)]
    if zr is not None:
        parts.append(arg(_tr(QT_TRANSLATE_NOOP("OutcomesModel", "zr %1")), zr))
    return " · ".join(parts)


class OutcomeTableModel(QAbstractTableModel):
    """Gesprek, datum, contacten, rapportcijfer, a column per domain, eenzaamheid (, MHI-5)."""

    FIXED = (
        QT_TRANSLATE_NOOP("OutcomesModel", "Gesprek"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Datum"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Contacten"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Rapportcijfer"),
    )
    DJG = QT_TRANSLATE_NOOP("OutcomesModel", "Eenzaamheid (0–6)")
    MHI = QT_TRANSLATE_NOOP("OutcomesModel", "MHI-5 (0–100)")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeline: OutcomeTimeline | None = None

    def set_timeline(self, timeline: OutcomeTimeline | None) -> None:
        self.beginResetModel()
        self._timeline = timeline
        self.endResetModel()

    def clear(self) -> None:
        self.set_timeline(None)

    @property
    def points(self) -> tuple[OutcomePoint, ...]:
        return self._timeline.points if self._timeline is not None else ()

    def _headers(self) -> list[str]:
        t = self._timeline
        if t is None:
            return []
        headers = [_tr(h) for h in self.FIXED]
        headers += list(t.labels)
        headers.append(_tr(self.DJG))
        if t.has_mhi5:
            headers.append(_tr(self.MHI))
        return headers

    def _cell(self, point: OutcomePoint, column: int) -> tuple[str, int | None]:
        n = len(self._timeline.domains) if self._timeline is not None else 0
        if column == 0:
            return kind_text(point.kind), None
        if column == 1:
            return format_date(point.day), None
        if column == 2:
            return contacts_text(point), point.minutes
        if column == 3:
            value = point.rapportcijfer
            return (GAP if value is None else str(value)), value
        if 4 <= column < 4 + n:
            i = column - 4
            return domain_text(point.cijfers[i], point.zr[i]), point.cijfers[i]
        if column == 4 + n:
            return djg_text(point), point.djg_total
        return (GAP if point.mhi5 is None else str(point.mhi5)), point.mhi5

    # -- Qt overrides -----------------------------------------------------------------------

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self.points)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(self._headers())

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel.data."""
        if not index.isValid() or index.parent().isValid():
            return None
        points = self.points
        if not 0 <= index.row() < len(points) or not 0 <= index.column() < self.columnCount():
            return None
        point = points[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(point, index.column())[0]
        if role == NUMBER_ROLE:
            return self._cell(point, index.column())[1]
        if role == ID_ROLE:
            return point.intake_id
        return None

    @override
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Override QAbstractItemModel.headerData."""
        headers = self._headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)
        ):
            return headers[section]
        return None
