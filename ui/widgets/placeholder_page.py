"""A calm placeholder for screens that come in a later version."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.views.form_helpers import heading


class PlaceholderPage(QWidget):
    """Shows the screen's title and "Komt in een volgende versie"."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("PlaceholderPage", text)

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(heading(self, title, f"{object_name}Title"))
        layout.addStretch(1)
        text = QLabel(self.tr("Komt in een volgende versie"), self)
        text.setObjectName(f"{object_name}Text")
        text.setProperty("role", "empty")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        layout.addStretch(2)

    def clear(self) -> None:
        """Nothing personal is shown here."""

    def refresh(self) -> None:
        """Nothing to load."""
