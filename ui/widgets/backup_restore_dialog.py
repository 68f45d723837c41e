"""Terugzetten: says what a restore does, asks the passphrase, shows progress and failures."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import arg
from ui.messages import error_text
from ui.views.client_list_view import title_font


class RestoreDialog(QDialog):
    """Confirmation of a restore; the owner runs it and reports back.

    Signals:
        confirmed(str): Terugzetten was pressed with this passphrase.
    """

    confirmed = Signal(str)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RestoreDialog", text)

    def __init__(self, when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Back-up terugzetten"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Back-up terugzetten"), self)
        title.setObjectName("restoreTitle")
        title.setFont(title_font(self.font()))
        layout.addWidget(title)
        self.which = QLabel(arg(self.tr("U zet de back-up van %1 terug."), when), self)
        self.which.setObjectName("restoreWhich")
        self.which.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.which.font()
        bold.setBold(True)
        self.which.setFont(bold)
        layout.addWidget(self.which)
        self.explanation = QLabel(
            self.tr(
                "Wat er gebeurt:\n"
                "•  De back-up wordt eerst gecontroleerd.\n"
                "•  Het programma wordt vergrendeld en de huidige gegevens worden vervangen "
                "door die van de back-up. Wat u na het maken van deze back-up hebt "
                "vastgelegd, staat daarna niet meer in het programma; het huidige bestand "
                "blijft apart bewaard in de gegevensmap.\n"
                "•  Cliënten die sinds de back-up zijn gewist, blijven gewist.\n"
                "•  Daarna ontgrendelt u opnieuw met uw wachtwoordzin."
            ),
            self,
        )
        self.explanation.setObjectName("restoreExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.explanation)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("restorePassphrase")
        self.passphrase.setAccessibleName(self.tr("Uw wachtwoordzin ter bevestiging"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(320)
        form.addRow(self.tr("Uw wachtwoordzin"), self.passphrase)
        layout.addLayout(form)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("restoreProgress")
        self.bar.setAccessibleName(self.tr("Bezig met terugzetten"))
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setVisible(False)
        layout.addWidget(self.bar)
        self.message = QLabel(self)
        self.message.setObjectName("restoreMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setProperty("role", "error")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.ok = QPushButton(self.tr("Terugzetten"), self)
        self.ok.setObjectName("restoreOk")
        self.ok.setAccessibleName(self.tr("Terugzetten"))
        self.cancel = QPushButton(self.tr("Annuleren"), self)
        self.cancel.setObjectName("restoreCancel")
        self.cancel.setAccessibleName(self.tr("Annuleren"))
        self.cancel.setDefault(True)  # Enter alone never replaces the data
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.ok.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._submit)
        self._busy = False
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if self._busy:
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("Vul uw wachtwoordzin in om te bevestigen."))
            self.passphrase.setFocus()
            return
        self.set_busy(True)
        self.confirmed.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok.setEnabled(not busy)
        self.cancel.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.bar.setVisible(busy)
        self.message.setText(self.tr("Bezig met controleren en terugzetten…") if busy else "")

    def show_failure(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.message.setText(error_text(exc))
        self.passphrase.setFocus()

    def reject(self) -> None:
        """Override QDialog.reject: not while the restore runs (a lock uses force_close)."""
        if not self._busy:
            super().reject()

    def force_close(self) -> None:
        """The window locks: close whatever happens (the DB thread finishes on its own)."""
        self._busy = False
        self.passphrase.clear()
        super().reject()
