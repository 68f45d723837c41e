"""Layout of the Documenten tab: make a letter, referrals, definitive versions, outputs made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.views.form_helpers import heading


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


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
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class DocumentsTabView(QWidget):
    """Passive: buttons per letter, a referral list and the table of documents made."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("DocumentsTabView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents_tab")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)

        layout.addWidget(heading(self, self.tr("Brief maken"), "documents_make_heading", 1.15))
        self.intake_hint = _hint("", "documents_intake_hint", self)
        layout.addWidget(self.intake_hint)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.gp_feedback_button = _button(
            self.tr("Terugkoppeling huisarts…"),
            "documents_gp_feedback",
            self.tr("Terugkoppeling aan de huisarts maken"),
            self,
        )
        self.summary_button = _button(
            self.tr("Samenvatting voor de cliënt…"),
            "documents_client_summary",
            self.tr("Samenvatting voor de cliënt maken"),
            self,
        )
        row.addWidget(self.gp_feedback_button)
        row.addWidget(self.summary_button)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addSpacing(8)
        layout.addWidget(
            heading(self, self.tr("Brief bij een verwijzing"), "documents_referral_heading", 1.15)
        )
        self.referral_stack = QStackedWidget(self)
        self.referrals = QListWidget(self.referral_stack)
        self.referrals.setObjectName("documents_referrals")
        self.referrals.setAccessibleName(self.tr("Verwijzingen van deze cliënt"))
        self.referrals.setAlternatingRowColors(True)
        self.referral_stack.addWidget(self.referrals)
        self.referrals_empty = _hint(
            self.tr(
                "Nog geen verwijzingen. Een verwijzing maakt u vanuit het plan of de sociale kaart."
            ),
            "documents_referrals_empty",
            self.referral_stack,
        )
        self.referrals_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.referral_stack.addWidget(self.referrals_empty)
        self.referral_stack.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 12)
        layout.addWidget(self.referral_stack)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.referral_letter_button = _button(
            self.tr("Verwijsbrief…"),
            "documents_referral_letter",
            self.tr("Verwijsbrief maken voor de gekozen verwijzing"),
            self,
        )
        self.status_update_button = _button(
            self.tr("Statusupdate…"),
            "documents_status_update",
            self.tr("Statusupdate voor de huisarts over de gekozen verwijzing"),
            self,
        )
        buttons.addWidget(self.referral_letter_button)
        buttons.addWidget(self.status_update_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        layout.addSpacing(8)
        layout.addWidget(
            heading(self, self.tr("Definitieve documenten"), "documents_versions_heading", 1.15)
        )
        self.versions_stack = QStackedWidget(self)
        self.versions = _table(
            "documents_versions", self.tr("Definitieve documenten"), self.versions_stack
        )
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_stack.addWidget(self.versions)
        self.versions_empty = _hint(
            self.tr(
                "Nog geen definitieve documenten. Maak een brief en kies daarin 'Definitief maken'."
            ),
            "documents_versions_empty",
            self.versions_stack,
        )
        self.versions_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.versions_stack.addWidget(self.versions_empty)
        layout.addWidget(self.versions_stack, 1)
        open_row = QHBoxLayout()
        self.open_version_button = _button(
            self.tr("Openen…"),
            "documents_open_version",
            self.tr("Gekozen definitieve versie openen"),
            self,
        )
        open_row.addWidget(self.open_version_button)
        open_row.addStretch(1)
        layout.addLayout(open_row)

        layout.addSpacing(8)
        layout.addWidget(
            heading(self, self.tr("Gemaakte documenten"), "documents_made_heading", 1.15)
        )
        layout.addWidget(
            _hint(
                self.tr(
                    "Elke keer dat een brief is opgeslagen, afgedrukt of gekopieerd. "
                    "Nieuwste bovenaan."
                ),
                "documents_made_hint",
                self,
            )
        )
        self.outputs_stack = QStackedWidget(self)
        self.outputs = _table(
            "documents_outputs", self.tr("Gemaakte documenten"), self.outputs_stack
        )
        self.outputs_stack.addWidget(self.outputs)
        self.outputs_empty = _hint(
            self.tr("Nog geen documenten gemaakt."), "documents_outputs_empty", self.outputs_stack
        )
        self.outputs_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.outputs_stack.addWidget(self.outputs_empty)
        layout.addWidget(self.outputs_stack, 1)
        self.error = QLabel(self)
        self.error.setObjectName("documents_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

    def size_columns(self) -> None:
        header = self.outputs.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 360, 200)):
            if column < header.count():
                header.resizeSection(column, width)
        header = self.versions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((230, 110, 110, 150)):
            if column < header.count():
                header.resizeSection(column, width)

    def show_versions(self, has_rows: bool) -> None:
        self.versions_stack.setCurrentIndex(0 if has_rows else 1)

    def show_referrals(self, has_rows: bool) -> None:
        self.referral_stack.setCurrentIndex(0 if has_rows else 1)

    def show_outputs(self, has_rows: bool) -> None:
        self.outputs_stack.setCurrentIndex(0 if has_rows else 1)

    def clear_values(self) -> None:
        self.referrals.clear()
        self.intake_hint.clear()
        self.error.clear()
        self.error.hide()
