"""Vandaag: the home screen; for now the date and an empty state that says what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.views.form_helpers import heading


class TodayPage(QWidget):
    """The Vandaag page.

    Signals:
        new_client_requested(): the "Nieuwe cliënt" button was pressed.
    """

    new_client_requested = Signal()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("TodayPage", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(8)
        layout.addWidget(heading(self, self.tr("Vandaag"), "todayTitle"))
        self.date_label = QLabel(self)
        self.date_label.setObjectName("todayDate")
        self.date_label.setProperty("role", "hint")
        layout.addWidget(self.date_label)
        layout.addSpacing(24)

        card = QFrame(self)
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 28, 28, 28)
        card_layout.setSpacing(14)
        self.empty = QLabel(self.tr("Geen acties. Nieuwe cliënt: Ctrl+N"), card)
        self.empty.setObjectName("todayEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        card_layout.addWidget(self.empty)
        self.new_client = QPushButton(self.tr("Nieuwe cliënt"), card)
        self.new_client.setObjectName("todayNewClient")
        self.new_client.setAccessibleName(self.tr("Nieuwe cliënt"))
        self.new_client.setToolTip(self.tr("Nieuwe cliënt (Ctrl+N)"))
        self.new_client.setProperty("primary", True)
        card_layout.addWidget(self.new_client, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(card)
        layout.addStretch(1)
        self.new_client.clicked.connect(self.new_client_requested.emit)
        self.refresh()

    def clear(self) -> None:
        """Nothing personal is shown here yet."""

    def refresh(self) -> None:
        today = QDate.currentDate()
        text = QLocale().toString(today, "dddd d MMMM yyyy")
        self.date_label.setText(text[:1].upper() + text[1:])
