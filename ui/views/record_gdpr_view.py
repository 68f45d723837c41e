"""The Privacy (AVG) row of the client record: export for inzage, erase with a typed word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui.views.typed_confirm_view import TypedConfirmView


class RecordGdprView(QWidget):
    """Buttons AVG-inzage exporteren… and Dossier wissen…, the confirmation and a status line."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RecordGdprView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_gdpr")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        title = QLabel(self.tr("Privacy (AVG)"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.export_button = QPushButton(self.tr("AVG-inzage exporteren…"), self)
        self.export_button.setObjectName("record_avg_export")
        self.export_button.setAccessibleName(self.tr("AVG-inzage exporteren"))
        self.export_button.setToolTip(
            self.tr("Alle gegevens van deze cliënt in één zip-bestand, met een leesbaar overzicht.")
        )
        row.addWidget(self.export_button)
        self.erase_button = QPushButton(self.tr("Dossier wissen…"), self)
        self.erase_button.setObjectName("record_erase")
        self.erase_button.setAccessibleName(self.tr("Dossier definitief wissen"))
        row.addWidget(self.erase_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.confirm = TypedConfirmView("record_erase", self)
        layout.addWidget(self.confirm)
        self.status = QLabel(self)
        self.status.setObjectName("record_gdpr_status")
        self.status.setAccessibleName(self.tr("Melding over AVG-inzage of wissen"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        layout.addWidget(self.status)

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setProperty("role", "error" if error else "hint")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def reveal(self, widget: QWidget) -> None:
        """Scroll the Overzicht tab so `widget` (the question, the status) is in view."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            area = parent
            QTimer.singleShot(0, area, lambda: area.ensureWidgetVisible(widget, 16, 16))

    def reset(self) -> None:
        self.confirm.dismiss()
        self.show_status("")
