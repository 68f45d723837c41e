"""Layout of the record's Gesprekken tab and of the conversation part of the Overzicht tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


class ConversationsTabView(QWidget):
    """Intake and follow-ups as a list; opening one goes to the intake screen."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ConversationsTabView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        buttons = QHBoxLayout()
        self.new_intake = _button(
            self.tr("Nieuwe &intake"), "conversations_new_intake", self.tr("Nieuwe intake"), self
        )
        self.new_vervolg = _button(
            self.tr("&Vervolggesprek"), "conversations_new_vervolg",
            self.tr("Nieuw vervolggesprek"), self,
        )  # fmt: skip
        self.new_vervolg.setToolTip(self.tr("Cijfers en vragenlijsten opnieuw, naast de intake"))
        self.open_button = _button(
            self.tr("&Openen"), "conversations_open", self.tr("Gekozen gesprek openen"), self
        )
        self.open_button.setToolTip(self.tr("Gekozen gesprek openen (Enter)"))
        for button in (self.new_intake, self.new_vervolg, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.stack = QStackedWidget(self)
        self.table = QTableView(self.stack)
        self.table.setObjectName("conversations_table")
        self.table.setAccessibleName(self.tr("Gesprekken met deze cliënt"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.stack.addWidget(self.table)
        self.empty = QLabel(
            self.tr("Nog geen gesprekken. Begin met 'Nieuwe intake' (Alt+I)."), self.stack
        )
        self.empty.setObjectName("conversations_empty")
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.error = QLabel(self)
        self.error.setObjectName("conversations_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

    def show_rows(self, has_rows: bool) -> None:
        self.stack.setCurrentIndex(0 if has_rows else 1)


class OverviewIntakeView(QWidget):
    """Domain web (latest vs intake), open signals, priorities and wish, goals, next contact."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("OverviewIntakeView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_intake")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        web = QGroupBox(self.tr("Leefgebiedenweb"), self)
        web.setObjectName("overview_web_box")
        self.web_layout = QVBoxLayout(web)
        layout.addWidget(web)
        row = QHBoxLayout()
        row.setSpacing(12)
        signals = QGroupBox(self.tr("Signalen"), self)
        s_layout = QVBoxLayout(signals)
        self.signals = QListView(signals)
        self.signals.setObjectName("overview_signals")
        self.signals.setAccessibleName(self.tr("Signalen van deze cliënt"))
        self.signals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signals.setMaximumHeight(120)
        s_layout.addWidget(self.signals)
        self.signals_empty = QLabel(self.tr("Geen signalen."), signals)
        self.signals_empty.setProperty("role", "hint")
        s_layout.addWidget(self.signals_empty)
        row.addWidget(signals, 1)
        wishes = QGroupBox(self.tr("Prioriteiten en wens"), self)
        w_layout = QVBoxLayout(wishes)
        self.priorities = QLabel(wishes)
        self.priorities.setObjectName("overview_priorities")
        self.priorities.setWordWrap(True)
        self.priorities.setTextFormat(Qt.TextFormat.PlainText)
        w_layout.addWidget(self.priorities)
        self.wish = QLabel(wishes)
        self.wish.setObjectName("overview_wish")
        self.wish.setWordWrap(True)
        self.wish.setTextFormat(Qt.TextFormat.PlainText)
        w_layout.addWidget(self.wish)
        w_layout.addStretch(1)
        row.addWidget(wishes, 1)
        layout.addLayout(row)
        goals = QGroupBox(self.tr("Doelen en vervolg"), self)
        g_layout = QVBoxLayout(goals)
        self.goals = QLabel(goals)
        self.goals.setObjectName("overview_goals")
        self.goals.setWordWrap(True)
        self.goals.setTextFormat(Qt.TextFormat.PlainText)
        g_layout.addWidget(self.goals)
        self.next_contact = QLabel(goals)
        self.next_contact.setObjectName("overview_next_contact")
        g_layout.addWidget(self.next_contact)
        layout.addWidget(goals)
        heading = QLabel(self.tr("Verwijzingen komen in een volgende versie."), self)
        heading.setProperty("role", "hint")
        layout.addWidget(heading)

    def clear_values(self) -> None:
        for label in (self.priorities, self.wish, self.goals, self.next_contact):
            label.setText("")
