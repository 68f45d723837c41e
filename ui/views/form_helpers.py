"""Small layout helpers for forms: a field with its error text right beneath it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget, QWizard
from typing_extensions import override


def error_label(parent: QWidget, object_name: str) -> QLabel:
    """A hidden, word-wrapped label for a validation message (plain text only)."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    if text:
        grow_to_fit(label.window())


def show_status(label: QLabel, text: str, *, error: bool) -> None:
    """A status line as an error or a calm hint (the app style sheet keys on the role)."""
    label.setProperty("role", "error" if error else "hint")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)


def grow_to_fit(window: QWidget) -> None:
    """Let a dialog grow taller when a wrapped message appears; never shrink or move it."""
    if not isinstance(window, QDialog) or isinstance(window, QWizard) or not window.isVisible():
        return
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)


def field_box(parent: QWidget, *widgets: QWidget) -> QWidget:
    """Stack a field and its error label so the message sits next to the field."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def heading(parent: QWidget, text: str, object_name: str, scale: float = 1.4) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(object_name)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class ViewModelDialog(QDialog):
    """A form dialog whose view-model (`self.vm`, with close()) must drop late results once shut."""

    vm: Any

    @override
    def done(self, result: int) -> None:
        """Override QDialog.done: results still on the way are ignored after closing."""
        if result != QDialog.DialogCode.Accepted:
            self.vm.close()
        super().done(result)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget.closeEvent."""
        self.vm.close()
        super().closeEvent(event)
