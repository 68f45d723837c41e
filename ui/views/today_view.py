"""Layout of Vandaag: the date, four calm sections (each a table) and the empty state."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.views.client_list_view import title_font
from ui.views.form_helpers import heading

#: The sections in reading order: key, title, what it lists (a hint under the title).
SECTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "vervolg",
        QT_TRANSLATE_NOOP("TodayView", "Vervolggesprekken"),
        QT_TRANSLATE_NOOP("TodayView", "Gepland voor deze week, en verlopen afspraken."),
    ),
    (
        "actie",
        QT_TRANSLATE_NOOP("TodayView", "Actie nodig"),
        QT_TRANSLATE_NOOP("TodayView", "Verwijzingen die om een handeling vragen."),
    ),
    (
        "recent",
        QT_TRANSLATE_NOOP("TodayView", "Recent gewijzigd"),
        QT_TRANSLATE_NOOP("TodayView", "Stappen van verwijzingen in de afgelopen 7 dagen."),
    ),
    (
        "intake",
        QT_TRANSLATE_NOOP("TodayView", "Niet afgeronde gesprekken"),
        QT_TRANSLATE_NOOP("TodayView", "Intakes en vervolggesprekken die nog open staan."),
    ),
)
ACCESSIBLE: dict[str, str] = {
    "vervolg": QT_TRANSLATE_NOOP("TodayView", "Vervolggesprekken deze week"),
    "actie": QT_TRANSLATE_NOOP("TodayView", "Verwijzingen met actie nodig"),
    "recent": QT_TRANSLATE_NOOP("TodayView", "Recent gewijzigde verwijzingen"),
    "intake": QT_TRANSLATE_NOOP("TodayView", "Niet afgeronde gesprekken"),
}
COLUMN_WIDTHS = (260, 520, 130)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


def _table(name: str, accessible: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.horizontalHeader().setObjectName(f"{name}_columns")
    view.horizontalHeader().setAccessibleName(
        QCoreApplication.translate("TodayView", "Kolomkoppen")
    )
    view.verticalHeader().setObjectName(f"{name}_rows")
    view.verticalHeader().setAccessibleName(QCoreApplication.translate("TodayView", "Rijkoppen"))
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setToolTip(
        QCoreApplication.translate(
            "TodayView", "Enter of dubbelklik opent de plek waar u verder werkt."
        )
    )
    return view


class TodaySection(QWidget):
    """A title with the number of rows, a short hint and the table (no inner scrolling)."""

    def __init__(self, key: str, title: str, hint: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"today_section_{key}")
        self.key = key
        self._title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.title = QLabel(title, self)
        self.title.setObjectName(f"today_title_{key}")
        self.title.setFont(title_font(self.font(), 1.15))
        layout.addWidget(self.title)
        self.hint = QLabel(hint, self)
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addSpacing(4)
        self.table = _table(f"today_table_{key}", _tr(ACCESSIBLE[key]), self)
        layout.addWidget(self.table)

    def set_count(self, count: int) -> None:
        """Show the count in the title and size the table to its rows; 0 collapses it."""
        self.title.setText(f"{self._title} ({count})" if count else self._title)
        self.setVisible(count > 0)
        rows = max(count, 1)
        header = self.table.horizontalHeader().sizeHint().height()
        row = self.table.verticalHeader().defaultSectionSize()
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(header + rows * row + frame + 2)


class TodayView(QWidget):
    """Passive layout; the TodayPage fills it."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("TodayView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("todayScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        content = QWidget(self.scroll)
        content.setObjectName("todayContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(8)
        layout.addWidget(heading(content, self.tr("Vandaag"), "todayTitle"))
        self.date_label = QLabel(content)
        self.date_label.setObjectName("todayDate")
        self.date_label.setProperty("role", "hint")
        layout.addWidget(self.date_label)
        self.error = QLabel(content)
        self.error.setObjectName("todayError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addSpacing(16)

        self.sections: dict[str, TodaySection] = {}
        for key, title, hint in SECTIONS:
            section = TodaySection(key, self.tr(title), self.tr(hint), content)
            section.hide()
            self.sections[key] = section
            layout.addWidget(section)
            layout.addSpacing(12)

        self.card = QFrame(content)
        self.card.setObjectName("card")
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(28, 28, 28, 28)
        card_layout.setSpacing(14)
        self.empty = QLabel(self.tr("Geen acties. Nieuwe cliënt: Ctrl+N"), self.card)
        self.empty.setObjectName("todayEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        card_layout.addWidget(self.empty)
        self.new_client = QPushButton(self.tr("Nieuwe cliënt"), self.card)
        self.new_client.setObjectName("todayNewClient")
        self.new_client.setAccessibleName(self.tr("Nieuwe cliënt"))
        self.new_client.setToolTip(self.tr("Nieuwe cliënt (Ctrl+N)"))
        self.new_client.setProperty("primary", True)
        card_layout.addWidget(self.new_client, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.card)
        self.loading = QLabel(self.tr("Bezig met laden…"), content)
        self.loading.setObjectName("todayLoading")
        self.loading.setProperty("role", "hint")
        self.loading.hide()
        layout.addWidget(self.loading)
        layout.addStretch(1)
        self.scroll.setWidget(content)

    def size_columns(self) -> None:
        for section in self.sections.values():
            header = section.table.horizontalHeader()
            for column, width in enumerate(COLUMN_WIDTHS):
                if column < header.count() - 1:
                    header.resizeSection(column, width)

    def show_empty(self, empty: bool) -> None:
        """All sections empty: the card that says what to do."""
        self.card.setVisible(empty)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
