"""The suggestions box of the plan part: services with their reasons and "Verwijzen…"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pohsd.socialmap.suggest import Suggestion
from ui.i18n import arg


class SuggestionRow(QFrame):
    """One suggested service: name, organisation, reasons, and the referral button."""

    def __init__(self, index: int, suggestion: Suggestion, parent: QWidget) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.setObjectName(f"suggestion_row_{index}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.name = QLabel(suggestion.service_name, self)
        self.name.setObjectName(f"suggestion_name_{index}")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        text.addWidget(self.name)
        if suggestion.organization_name:
            org = QLabel(suggestion.organization_name, self)
            org.setTextFormat(Qt.TextFormat.PlainText)
            org.setProperty("role", "hint")
            org.setWordWrap(True)
            text.addWidget(org)
        self.reasons = QLabel(" · ".join(suggestion.reasons), self)
        self.reasons.setObjectName(f"suggestion_reasons_{index}")
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setWordWrap(True)
        text.addWidget(self.reasons)
        layout.addLayout(text, 1)
        self.refer = QPushButton(QCoreApplication.translate("SuggestionsPanel", "Verwijzen…"), self)
        self.refer.setObjectName(f"suggestion_refer_{index}")
        self.refer.setAccessibleName(
            arg(
                QCoreApplication.translate("SuggestionsPanel", "Verwijzen naar %1"),
                suggestion.service_name,
            )
        )
        self.refer.setAutoDefault(False)
        layout.addWidget(self.refer, 0, Qt.AlignmentFlag.AlignTop)


class SuggestionsPanel(QGroupBox):
    """Passive: shows what the view-model found; asks for a refresh or a referral.

    Signals:
        refresh_requested(): the POH wants new suggestions (answers changed).
        refer_requested(object): "Verwijzen…" on a Suggestion.
    """

    refresh_requested = Signal()
    refer_requested = Signal(object)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SuggestionsPanel", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Voorstellen uit de sociale kaart"))
        self.setObjectName("plan_suggestions")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("suggestions_status")
        self.status.setWordWrap(True)
        self.status.setProperty("role", "hint")
        top.addWidget(self.status, 1)
        self.refresh = QPushButton(self.tr("&Vernieuwen"), self)
        self.refresh.setObjectName("suggestions_refresh")
        self.refresh.setAccessibleName(self.tr("Voorstellen vernieuwen"))
        self.refresh.setAutoDefault(False)
        self.refresh.clicked.connect(self.refresh_requested)
        top.addWidget(self.refresh, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
        layout.addLayout(self.rows_box)
        self.rows: list[SuggestionRow] = []
        self.show_busy(True)

    def show_busy(self, busy: bool) -> None:
        self.refresh.setEnabled(not busy)
        if busy:
            self.status.setText(self.tr("Voorstellen zoeken…"))

    def show_suggestions(self, found: Sequence[Suggestion]) -> None:
        self._clear()
        for i, suggestion in enumerate(found):
            row = SuggestionRow(i, suggestion, self)
            row.refer.clicked.connect(lambda _c=False, s=suggestion: self.refer_requested.emit(s))
            self.rows.append(row)
            self.rows_box.addWidget(row)
        if found:
            self.status.setText(
                self.tr("Passend bij de prioriteiten, signalen en lage zelfredzaamheid. "
                        "U stelt voor, de cliënt beslist.")
            )  # fmt: skip
        else:
            self.status.setText(
                self.tr("Nog geen voorstellen: kies prioriteiten, of geef bij een onderwerp "
                        "een zelfredzaamheid van 3 of lager.")
            )  # fmt: skip

    def show_no_map(self) -> None:
        self._clear()
        self.status.setText(
            self.tr("Er is nog geen sociale kaart. Lees een kaart in of werk hem bij onder "
                    "Sociale kaart.")
        )  # fmt: skip

    def show_error(self, text: str) -> None:
        self._clear()
        self.status.setText(text)

    def _clear(self) -> None:
        for row in self.rows:
            self.rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []

    def focus_chain(self) -> list[QWidget]:
        return [self.refresh, *(row.refer for row in self.rows)]
