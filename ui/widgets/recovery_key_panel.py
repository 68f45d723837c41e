"""Shows a new recovery key once, big, with print and PDF, until the user confirms it is kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QRect, QSaveFile, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ui.i18n import arg

try:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    HAVE_PRINTING = True
except ImportError:  # some PySide6-Essentials builds ship without QtPrintSupport
    HAVE_PRINTING = False


def display_key(key: str) -> str:
    """`ABCD-EFGH-…` as two lines of space-separated groups (typing either form works)."""
    groups = [g for g in key.replace(" ", "-").split("-") if g]
    return "  ".join(groups[:4]) + "\n" + "  ".join(groups[4:])


def paint_sheet(painter: QPainter, page: QRect, key: str, practice_name: str) -> None:
    """Draw the recovery sheet (title, practice, date, key, instructions) into `page`."""
    margin = page.width() // 12
    area = page.adjusted(margin, margin, -margin, -margin)
    y = area.top()
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap

    def block(text: str, font: QFont, gap: float = 0.6) -> None:
        nonlocal y
        painter.setFont(font)
        rect = painter.boundingRect(QRect(area.left(), y, area.width(), area.height()), flags, text)
        painter.drawText(rect, flags, text)
        y = rect.bottom() + int(painter.fontMetrics().height() * gap)

    title = QFont()
    title.setPointSizeF(20)
    title.setBold(True)
    body = QFont()
    body.setPointSizeF(12)
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setPointSizeF(24)
    mono.setBold(True)
    block(
        QCoreApplication.translate("RecoveryKeyPanel", "Herstelsleutel — POH Sociaal Domein"), title
    )
    block(
        arg(QCoreApplication.translate("RecoveryKeyPanel", "Praktijk: %1"), practice_name),
        body,
        0.2,
    )
    block(
        arg(
            QCoreApplication.translate("RecoveryKeyPanel", "Gemaakt op: %1"),
            QDate.currentDate().toString("dd-MM-yyyy"),
        ),
        body,
        1.5,
    )
    block(display_key(key), mono, 1.5)
    block(
        QCoreApplication.translate(
            "RecoveryKeyPanel",
            "Met deze sleutel kan de database worden geopend als niemand zijn wachtwoordzin meer "
            "weet. Wie deze sleutel heeft, kan alle gegevens lezen. Bewaar dit blad in de kluis "
            "van de praktijk en maak er geen kopieën van.",
        ),
        body,
    )


def save_pdf(path: str, key: str, practice_name: str) -> None:
    """Write the sheet as an A4 PDF through QSaveFile; raise OSError when it fails."""
    target = QSaveFile(path)
    if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise OSError(target.errorString())
    writer = QPdfWriter(target)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("RecoveryKeyPanel", "Herstelsleutel"))
    painter = QPainter(writer)
    paint_sheet(painter, QRect(0, 0, writer.width(), writer.height()), key, practice_name)
    painter.end()
    del writer
    if not target.commit():
        raise OSError(target.errorString())


class RecoveryKeyPanel(QWidget):
    """The key in big groups, print and PDF buttons, and the confirmation box.

    Signals:
        confirmed_changed(bool): the "veilig bewaard" box was ticked or cleared.
    """

    confirmed_changed = Signal(bool)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RecoveryKeyPanel", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyPanel")
        self._key = ""
        self._practice_name = ""
        self._printer: object | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr(
                "Dit is de herstelsleutel. Hij wordt maar één keer getoond. Met deze sleutel "
                "komt u weer bij de gegevens als iedereen de wachtwoordzin kwijt is. Print hem "
                "en leg het blad in de kluis van de praktijk."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAccessibleName(self.tr("Herstelsleutel"))
        self.key_label.setProperty("role", "key")
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        key_font.setPointSizeF(max(18.0, self.font().pointSizeF() * 2))
        key_font.setBold(True)
        self.key_label.setFont(key_font)
        layout.addWidget(self.key_label)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Afdrukken…"), self)
        self.print_button.setObjectName("recoveryPrint")
        self.print_button.setAccessibleName(self.tr("Herstelsleutel afdrukken"))
        self.print_button.setAutoDefault(False)
        self.print_button.setVisible(HAVE_PRINTING)
        buttons.addWidget(self.print_button)
        self.pdf_button = QPushButton(self.tr("Opslaan als PDF…"), self)
        self.pdf_button.setObjectName("recoveryPdf")
        self.pdf_button.setAccessibleName(self.tr("Herstelsleutel opslaan als PDF"))
        self.pdf_button.setAutoDefault(False)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setObjectName("recoveryStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.confirm = QCheckBox(self.tr("Ik heb de herstelsleutel veilig bewaard"), self)
        self.confirm.setObjectName("recoveryConfirmed")
        self.confirm.setAccessibleName(self.tr("Ik heb de herstelsleutel veilig bewaard"))
        layout.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.confirm.toggled.connect(self.confirmed_changed.emit)

    @property
    def key(self) -> str:
        return self._key

    def set_key(self, key: str, practice_name: str) -> None:
        self._key = key
        self._practice_name = practice_name
        self.key_label.setText(display_key(key))
        self.confirm.setChecked(False)
        self.status.clear()

    def clear(self) -> None:
        self._key = ""
        self.key_label.clear()
        self.status.clear()
        self.confirm.setChecked(False)

    def _print(self) -> None:
        if not HAVE_PRINTING or not self._key:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("recoveryPrintDialog")
        self._printer = printer

        def do_print() -> None:
            painter = QPainter(printer)
            paint_sheet(
                painter,
                printer.pageLayout().paintRectPixels(printer.resolution()),
                self._key,
                self._practice_name,
            )
            painter.end()
            self.status.setText(self.tr("Naar de printer gestuurd."))

        dialog.accepted.connect(do_print)
        dialog.open()

    def _save_pdf(self) -> None:
        if not self._key:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"herstelsleutel_{QDate.currentDate().toString('yyyy-MM-dd')}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Herstelsleutel opslaan als PDF"), f"{folder}/{name}", "PDF (*.pdf)"
        )
        if not path:
            return
        try:
            save_pdf(path, self._key, self._practice_name)
        except OSError:
            self.status.setText(
                self.tr("Het bestand kon niet worden opgeslagen. Kies een andere map.")
            )
            return
        self.status.setText(
            arg(
                self.tr(
                    "Opgeslagen als %1. Print het bestand en verwijder het daarna, of bewaar "
                    "het op een USB-stick in de kluis."
                ),
                path,
            )
        )


class RecoveryKeyDialog(QDialog):
    """Shows a freshly made recovery key; closes only after the user confirms it is kept."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RecoveryKeyDialog", text)

    def __init__(self, key: str, practice_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Nieuwe herstelsleutel"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Deze sleutel gaat werken zodra u bevestigt dat hij veilig bewaard is. "
                "Daarna werkt de vorige herstelsleutel niet meer."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.panel = RecoveryKeyPanel(self)
        self.panel.set_key(key, practice_name)
        layout.addWidget(self.panel)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setObjectName("recoveryKeyClose")
        self.close_button.setAccessibleName(self.tr("Sluiten"))
        self.close_button.setEnabled(False)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.panel.confirmed_changed.connect(self.close_button.setEnabled)
        self.close_button.clicked.connect(self.accept)

    @override
    def reject(self) -> None:
        """Override QDialog.reject: Esc closes only once the key is confirmed (or on lock)."""
        if self.panel.confirm.isChecked() or not self.panel.key:
            super().reject()

    def force_close(self) -> None:
        self.panel.clear()
        super().reject()

    @override
    def done(self, result: int) -> None:
        """Override QDialog.done: wipe the key from the widgets."""
        self.panel.clear()
        super().done(result)
