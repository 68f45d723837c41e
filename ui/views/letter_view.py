"""Layout of the letter preview: the letter left; free text, omissions and checks right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ui.views.form_helpers import heading


def file_mime(path: Path) -> QMimeData:
    """What a drag of an exported file carries: its file URL (the HIS takes it as a file)."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    return data


class DragHandle(QLabel):
    """The "Sleep naar het HIS" handle: dragging it starts a file drag of the exported file."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.path: Path | None = None
        self._press: QPoint | None = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(6)

    def mime_data(self) -> QMimeData | None:
        return file_mime(self.path) if self.path is not None else None

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Override QWidget.mousePressEvent: remember where a drag may start."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Override QWidget.mouseMoveEvent: start the file drag after a short move."""
        start, mime = self._press, self.mime_data()
        if start is None or mime is None:
            return
        if (event.position().toPoint() - start).manhattanLength() < (
            QApplication.startDragDistance()
        ):
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.CopyAction)


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


def _text(name: str, accessible: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # item texts may hold typed data
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    return label


class LetterView(QWidget):
    """Passive: widgets only; the dialog fills them and reacts to their signals."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("LetterView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_view")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.title = heading(self, "", "letter_title", 1.25)
        layout.addWidget(self.title)
        self.error = QLabel(self)
        self.error.setObjectName("letter_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout.addWidget(self.error)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("letter_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.preview = QTextBrowser(self.splitter)
        self.preview.setObjectName("letter_preview")
        self.preview.setAccessibleName(self.tr("Voorbeeld van de brief"))
        self.preview.setOpenLinks(False)
        self.preview.setMinimumWidth(380)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(self._side())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        self.status = QLabel(self)
        self.status.setObjectName("letter_status")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        layout.addWidget(self._final_bar())
        layout.addLayout(self._buttons())

    def _side(self) -> QWidget:
        scroll = QScrollArea(self.splitter)
        scroll.setObjectName("letter_side")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(340)
        side = QWidget(scroll)
        scroll.setWidget(side)
        box = QVBoxLayout(side)
        box.setContentsMargins(12, 0, 4, 0)
        box.setSpacing(6)
        box.addWidget(heading(side, self.tr("Controle"), "letter_checks_heading", 1.1))
        self.checks = _text("letter_checks", self.tr("Uitkomst van de controle"), side)
        box.addWidget(self.checks)
        self.confirm = QCheckBox(
            self.tr("Alles in deze samenvatting is in het gesprek besproken."), side
        )
        self.confirm.setObjectName("letter_confirm")
        self.confirm.setAccessibleName(self.tr("Bevestig: alles is in het gesprek besproken"))
        self.confirm.hide()
        box.addWidget(self.confirm)
        box.addSpacing(8)
        box.addWidget(heading(side, self.tr("Vrije tekst"), "letter_edit_heading", 1.1))
        hint = QLabel(
            self.tr(
                "Pas hier de vrije tekst aan. Gegevens uit het dossier wijzigt u in het dossier "
                "zelf; de controle loopt na elke wijziging opnieuw."
            ),
            side,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        box.addWidget(hint)
        self.fields_box = QVBoxLayout()
        self.fields_box.setSpacing(4)
        box.addLayout(self.fields_box)
        box.addSpacing(8)
        box.addWidget(heading(side, self.tr("Niet opgenomen"), "letter_omitted_heading", 1.1))
        self.omitted = _text(
            "letter_omitted", self.tr("Wat niet in de brief staat, en waarom"), side
        )
        box.addWidget(self.omitted)
        box.addStretch(1)
        self.fields: dict[str, QPlainTextEdit] = {}
        self._side_widget = side
        return scroll

    def _final_bar(self) -> QWidget:
        """Whether the letter is a concept or a frozen version; the reason of a correction."""
        bar = QFrame(self)
        bar.setObjectName("letter_final_bar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 6, 8, 6)
        row.setSpacing(8)
        self.state = QLabel(bar)
        self.state.setObjectName("letter_state")
        self.state.setAccessibleName(self.tr("Status van de brief"))
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.state, 1)
        self.reason_label = QLabel(self.tr("Reden van de correctie:"), bar)
        self.reason_label.setObjectName("letter_reason_label")
        self.reason = QLineEdit(bar)
        self.reason.setObjectName("letter_reason")
        self.reason.setAccessibleName(self.tr("Reden van de correctie"))
        self.reason.setPlaceholderText(self.tr("bijvoorbeeld: datum van het gesprek aangepast"))
        self.reason.setMaxLength(200)
        self.reason.setMinimumWidth(320)
        self.reason_label.setBuddy(self.reason)
        row.addWidget(self.reason_label)
        row.addWidget(self.reason, 1)
        self.show_reason(False)
        return bar

    def show_reason(self, shown: bool) -> None:
        self.reason_label.setVisible(shown)
        self.reason.setVisible(shown)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.final_button = _button(
            self.tr("Definitief maken"), "letter_finalise", self.tr("Brief definitief maken"), self
        )
        self.final_button.setDefault(True)
        self.correct_button = _button(
            self.tr("Corrigeren…"), "letter_correct", self.tr("Een nieuwe versie maken"), self
        )
        self.correct_button.hide()
        self.pdf_button = _button(
            self.tr("Exporteren als PDF"), "letter_export_pdf", self.tr("Exporteren als PDF"), self
        )
        self.docx_button = _button(
            self.tr("Exporteren als DOCX"),
            "letter_export_docx",
            self.tr("Exporteren als Word-bestand (DOCX)"),
            self,
        )
        self.print_button = _button(
            self.tr("Afdrukken…"), "letter_print", self.tr("Brief afdrukken"), self
        )
        self.copy_button = _button(
            self.tr("Kopieer voor HIS"),
            "letter_copy_his",
            self.tr("SOEP-tekst kopiëren voor het HIS"),
            self,
        )
        self.drag_handle = DragHandle(self.tr("⠿ Sleep naar het HIS"), self)
        self.drag_handle.setObjectName("letter_drag_handle")
        self.drag_handle.setAccessibleName(self.tr("Sleep het bestand naar het HIS"))
        self.drag_handle.setToolTip(
            self.tr("Sleep dit naar het venster van het HIS om het bestand toe te voegen.")
        )
        self.drag_handle.hide()
        self.folder_button = _button(
            self.tr("Map openen"), "letter_open_folder", self.tr("Map met het bestand openen"), self
        )
        self.folder_button.hide()
        self.close_button = _button(self.tr("Sluiten"), "letter_close", self.tr("Sluiten"), self)
        row.addWidget(self.final_button)
        row.addWidget(self.correct_button)
        row.addSpacing(12)
        for widget in (self.pdf_button, self.docx_button, self.print_button, self.copy_button):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.drag_handle)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def set_fields_editable(self, editable: bool) -> None:
        for editor in self.fields.values():
            editor.setReadOnly(not editable)

    def add_field(self, key: str, label: str, text: str) -> QPlainTextEdit:
        """One free-text editor under its label (plain text only: never markup)."""
        caption = QLabel(label, self._side_widget)
        caption.setObjectName(f"letter_field_{key}_label")
        editor = QPlainTextEdit(self._side_widget)
        editor.setObjectName(f"letter_field_{key}")
        editor.setAccessibleName(label)
        editor.setTabChangesFocus(True)
        editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor.setPlainText(text)
        editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * 4 + 16)
        editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * 8 + 16)
        caption.setBuddy(editor)
        self.fields_box.addWidget(caption)
        self.fields_box.addWidget(editor)
        self.fields[key] = editor
        return editor

    def clear_values(self) -> None:
        """Drop every client datum on screen."""
        self.preview.clear()
        self.omitted.clear()
        self.checks.clear()
        self.status.clear()
        self.error.clear()
        self.state.clear()
        self.reason.clear()
        for editor in self.fields.values():
            editor.clear()
        self.drag_handle.path = None
