"""Layout of the Uitkomsten tab: charts over time, the numbers beneath, the web of the change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ui.views.form_helpers import heading


def _hint(text: str, name: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _table(name: str, accessible: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def fit_table(table: QTableView) -> None:
    """Columns to their contents and the height to all rows: the page scrolls, not the table."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count() - 1):  # the last one stretches
        header.resizeSection(column, header.sectionSize(column) + 16)
    model = table.model()
    rows = model.rowCount() if model is not None else 0
    height = header.height() + rows * table.verticalHeader().defaultSectionSize()
    scroll = table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height + 2 * table.frameWidth() + scroll)


class OutcomesTabView(QWidget):
    """Passive: a scrolling page; the controller puts the charts and the web in the slots.

    Signals:
        shown(): the tab became visible (its data is loaded only then).
    """

    shown = Signal()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("OutcomesTabView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomes_tab")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("outcomes_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table takes the focus
        outer.addWidget(self.scroll)
        page = QWidget(self.scroll)
        self.scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)

        self.error = _hint("", "outcomes_error", page)
        self.error.setProperty("role", "error")
        self.error.hide()
        layout.addWidget(self.error)
        content = QWidget(page)
        self.content = content
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(heading(content, self.tr("Cijfers over de tijd"), "outcomes_heading", 1.15))
        box.addWidget(
            _hint(
                self.tr(
                    "Het cijfer dat de cliënt zelf geeft, van 0 (heel slecht) tot 10 (heel goed), "
                    "per gesprek. Een ontbrekend antwoord is een onderbreking in de lijn."
                ),
                "outcomes_chart_hint",
                content,
            )
        )
        self.chart_slot = QVBoxLayout()
        box.addLayout(self.chart_slot)
        box.addSpacing(8)
        box.addWidget(
            heading(
                content,
                self.tr("Eenzaamheid (De Jong Gierveld, 0–6)"),
                "outcomes_loneliness_heading",
                1.15,
            )
        )
        self.loneliness_text = _hint("", "outcomes_loneliness_text", content)
        box.addWidget(self.loneliness_text)
        self.loneliness_slot = QVBoxLayout()
        box.addLayout(self.loneliness_slot)
        box.addSpacing(8)
        box.addWidget(heading(content, self.tr("Per gesprek"), "outcomes_table_heading", 1.15))
        self.table = _table("outcomes_table", self.tr("Cijfers per gesprek"), content)
        box.addWidget(self.table)
        self.change_section = QWidget(content)
        change_box = QVBoxLayout(self.change_section)
        change_box.setContentsMargins(0, 8, 0, 0)
        change_box.setSpacing(8)
        box.addWidget(self.change_section)
        content = self.change_section
        change_box.addWidget(
            heading(
                content,
                self.tr("Verandering sinds de intake"),
                "outcomes_change_heading",
                1.15,
            )
        )
        self.change_caption = _hint("", "outcomes_change_caption", content)
        change_box.addWidget(self.change_caption)
        self.change_row = QHBoxLayout()
        self.change_row.setSpacing(16)
        self.changes = _table("outcomes_changes", self.tr("Verandering sinds de intake"), content)
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        side = QVBoxLayout()
        side.addWidget(self.changes)
        side.addWidget(
            _hint(
                self.tr(
                    "Een verandering in één vraag is een aanwijzing, geen bewijs. "
                    "Zelfredzaamheid (zr) is het oordeel van de POH, 1 tot 5."
                ),
                "outcomes_change_note",
                content,
            )
        )
        side.addStretch(1)
        self.change_row.addLayout(side, 3)
        change_box.addLayout(self.change_row)
        layout.addWidget(self.content)

        self.empty = QLabel(self.tr("Na een vervolggesprek ziet u hier de verandering."), page)
        self.empty.setObjectName("outcomes_empty")
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(0, 16, 0, 0)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.show_empty(True)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent."""
        super().showEvent(event)
        self.shown.emit()

    def show_empty(self, empty: bool) -> None:
        self.content.setVisible(not empty)
        self.empty.setVisible(empty)

    def clear_values(self) -> None:
        """Empty every label that may show client data."""
        for label in (self.loneliness_text, self.change_caption, self.error):
            label.setText("")
        self.error.hide()
        self.show_empty(True)
