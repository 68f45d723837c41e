"""Layout of Rapportage: the period bar, big numbers, and a grid of cards (chart over table)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.views.form_helpers import heading

STYLE = """
QFrame[role="card"] { background: #ffffff; border: 1px solid #d5dde3; border-radius: 8px; }
QLabel[role="big"] { color: #12303f; }
"""


def _button(parent: QWidget, text: str, name: str, accessible: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


class ReportView(QWidget):
    """Passive layout; the controller (ReportPage) puts the date fields and cards in."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ReportView", text)

    def __init__(
        self, date_field: Callable[[QWidget], QWidget], parent: QWidget | None = None
    ) -> None:
        """`date_field(parent)` makes a date entry (the controller's widget), twice."""
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 8)
        outer.setSpacing(8)
        outer.addWidget(heading(self, self.tr("Rapportage"), "reportTitle"))
        hint = QLabel(
            self.tr(
                "Alleen totalen, nooit personen. Aantallen onder 5 staan er als <5; een x is "
                "verborgen zodat een aantal onder 5 niet terug te rekenen is."
            ),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        outer.addWidget(hint)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.from_label = QLabel(self.tr("Van"), self)
        self.to_label = QLabel(self.tr("t/m"), self)
        self.period_bar = bar
        self.from_field = date_field(self)
        self.to_field = date_field(self)
        self.from_label.setBuddy(self.from_field)
        self.to_label.setBuddy(self.to_field)
        width = self.fontMetrics().horizontalAdvance("00-00-00000") + 16
        for widget in (self.from_label, self.from_field, self.to_label, self.to_field):
            bar.addWidget(widget)
        self.from_field.setMinimumWidth(width)
        self.to_field.setMinimumWidth(width)
        self.this_quarter = _button(self, self.tr("Dit kwartaal"), "reportThisQuarter",
                                    self.tr("Periode: dit kwartaal"))  # fmt: skip
        self.last_quarter = _button(self, self.tr("Vorig kwartaal"), "reportLastQuarter",
                                    self.tr("Periode: vorig kwartaal"))  # fmt: skip
        self.this_year = _button(
            self, self.tr("Dit jaar"), "reportThisYear", self.tr("Periode: dit jaar")
        )
        for button in (self.this_quarter, self.last_quarter, self.this_year):
            bar.addWidget(button)
        self.per_pc4 = QCheckBox(self.tr("Per postcodegebied (PC4)"), self)
        self.per_pc4.setObjectName("reportPerPc4")
        self.per_pc4.setAccessibleName(self.tr("Uitsplitsen per postcodegebied"))
        bar.addStretch(1)
        actions = QHBoxLayout()  # a second row: the bar stays whole on a narrow window
        actions.setSpacing(8)
        actions.addWidget(self.per_pc4)
        actions.addStretch(1)
        self.build_button = _button(
            self, self.tr("Rapport maken"), "reportBuild", self.tr("Rapport maken")
        )
        self.build_button.setProperty("primary", True)
        self.build_button.setDefault(True)
        self.export_button = _button(
            self, self.tr("Exporteren (CSV/PDF)…"), "reportExport", self.tr("Rapport exporteren")
        )
        self.export_button.setEnabled(False)
        actions.addWidget(self.build_button)
        actions.addWidget(self.export_button)
        outer.addLayout(bar)
        outer.addLayout(actions)

        self.error = QLabel(self)
        self.error.setObjectName("reportError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setProperty("role", "hint")
        outer.addWidget(self.status)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("reportScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget(self.scroll)
        self.content.setObjectName("reportContent")
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 4, 8, 8)
        content.setSpacing(12)
        self.empty = QLabel(self.tr("Kies een periode en klik op ‘Rapport maken’."), self.content)
        self.empty.setObjectName("reportEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        content.addWidget(self.empty)
        self.figures = QHBoxLayout()
        self.figures.setSpacing(12)
        content.addLayout(self.figures)
        self.cards = QGridLayout()
        self.cards.setHorizontalSpacing(12)
        self.cards.setVerticalSpacing(12)
        self.cards.setColumnStretch(0, 1)
        self.cards.setColumnStretch(1, 1)
        content.addLayout(self.cards)
        content.addStretch(1)
        self.scroll.setWidget(self.content)
        outer.addWidget(self.scroll, 1)

    def card(self, key: str, title: str, note: str = "") -> tuple[QFrame, QVBoxLayout]:
        """A titled card (chart and table go in its layout)."""
        frame = QFrame(self.content)
        frame.setObjectName(f"reportCard_{key}")
        frame.setProperty("role", "card")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        label = QLabel(title, frame)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setWordWrap(True)
        layout.addWidget(label)
        if note:
            hint = QLabel(note, frame)
            hint.setProperty("role", "hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        return frame, layout

    def big_number(self, key: str, value: str, caption: str) -> QFrame:
        frame, layout = self.card(key, caption)
        number = QLabel(value, frame)
        number.setObjectName(f"reportFigure_{key}")
        number.setProperty("role", "big")
        font = QFont(number.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        number.setFont(font)
        layout.insertWidget(0, number)
        return frame

    def table(
        self, key: str, parent: QWidget, accessible: str, model: QAbstractItemModel
    ) -> QTableView:
        """A read-only table that shows all its rows (the page scrolls, not the table)."""
        view = QTableView(parent)
        view.setObjectName(f"reportTable_{key}")
        view.setAccessibleName(accessible)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setTabKeyNavigation(False)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setModel(model)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.setFixedHeight(
            header.sizeHint().height()
            + model.rowCount() * view.verticalHeader().defaultSectionSize()
            + 2 * view.frameWidth()
        )
        return view
