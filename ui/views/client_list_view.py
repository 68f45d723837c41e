"""Layout of the client list: search field, archive filter, table and empty state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def title_font(base: QFont, scale: float = 1.5) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 10.0) * scale)
    font.setWeight(QFont.Weight.DemiBold)
    return font


class ClientListView(QWidget):
    """Search row, table of clients and an empty state that says what to do."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ClientListView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_list_view")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)

        title = QLabel(self.tr("Cliënten"), self)
        title.setObjectName("client_list_title")
        title.setFont(title_font(self.font()))
        layout.addWidget(title)

        row = QHBoxLayout()
        row.setSpacing(12)
        self.search = QLineEdit(self)
        self.search.setObjectName("client_search")
        self.search.setAccessibleName(self.tr("Zoek cliënt"))
        self.search.setPlaceholderText(
            self.tr("Zoek op naam, geboortedatum (dd-mm-jjjj) of postcode…  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(360)
        row.addWidget(self.search, 3)
        self.show_archived = QCheckBox(self.tr("Toon gearchiveerd"), self)
        self.show_archived.setObjectName("client_show_archived")
        self.show_archived.setAccessibleName(self.tr("Toon gearchiveerde cliënten"))
        row.addWidget(self.show_archived)
        row.addStretch(1)
        self.new_button = QPushButton(self.tr("Nieuwe cliënt"), self)
        self.new_button.setObjectName("client_new")
        self.new_button.setAccessibleName(self.tr("Nieuwe cliënt"))
        self.new_button.setToolTip(self.tr("Nieuwe cliënt (Ctrl+N)"))
        self.new_button.setProperty("primary", True)
        row.addWidget(self.new_button)
        layout.addLayout(row)

        self.error = QLabel(self)
        self.error.setObjectName("client_list_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        self.stack = QStackedWidget(self)
        self.table = QTableView(self.stack)
        self.table.setObjectName("client_table")
        self.table.setAccessibleName(self.tr("Lijst van cliënten"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.stack.addWidget(self.table)
        self.empty = QLabel(self.tr("Geen cliënten gevonden. Nieuwe cliënt: Ctrl+N"), self.stack)
        self.empty.setObjectName("client_list_empty")
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(0, 64, 0, 0)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self.count = QLabel(self)
        self.count.setObjectName("client_list_count")
        self.count.setProperty("role", "hint")
        layout.addWidget(self.count)

    def size_columns(self) -> None:
        """Name takes the spare room; the other columns fit their content."""
        header = self.table.horizontalHeader()
        if header.count() == 0:
            return
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        widths = (150, 130, 170, 190)
        for column, width in enumerate(widths, start=1):
            if column < header.count():
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)

    def show_empty(self, empty: bool) -> None:
        self.stack.setCurrentWidget(self.empty if empty else self.table)
