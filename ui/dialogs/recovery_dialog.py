"""Wachtwoordzin vergeten: unlock with the recovery key and choose a new passphrase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.security.lockpolicy import MIN_PASSPHRASE_LENGTH
from pohsd.unlock import SlotUser
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.session import AppConfig
from ui.viewmodels.unlock_vm import RecoveryViewModel
from ui.views.form_helpers import error_label, field_box, show_error
from ui.widgets.passphrase_fields import PassphraseFields


class RecoveryDialog(QDialog):
    """Recovery key plus a new passphrase, typed twice.

    Signals:
        recovered(SessionInfo): unlocked; the user's new passphrase is in place.
    """

    recovered = Signal(object)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RecoveryDialog", text)

    def __init__(
        self,
        config: AppConfig,
        runner: TaskRunner,
        user_name: str,
        users: list[SlotUser],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Wachtwoordzin vergeten"))
        self.setMinimumWidth(600)
        self.vm = RecoveryViewModel(config, runner, self)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Pak het blad met de herstelsleutel uit de kluis van de praktijk. Typ de sleutel "
                "over en kies een nieuwe wachtwoordzin."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.user = QComboBox(self)
        self.user.setObjectName("recoveryUser")
        self.user.setAccessibleName(self.tr("Gebruiker"))
        for user in users:
            self.user.addItem(user.label, user.name)
        index = self.user.findData(user_name)
        if index >= 0:
            self.user.setCurrentIndex(index)
        form.addRow(self.tr("Gebruiker"), self.user)
        self.key = QLineEdit(self)
        self.key.setObjectName("recoveryKeyInput")
        self.key.setAccessibleName(self.tr("Herstelsleutel"))
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        key_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        key_font.setPointSizeF(max(12.0, self.font().pointSizeF() * 1.2))
        key_font.setCapitalization(QFont.Capitalization.AllUppercase)
        self.key.setFont(key_font)
        self.key_error = error_label(self, "recoveryKeyError")
        form.addRow(self.tr("Herstelsleutel"), field_box(self, self.key, self.key_error))
        self.passphrase = PassphraseFields(
            form,
            self,
            label=self.tr("Nieuwe wachtwoordzin"),
            min_length=MIN_PASSPHRASE_LENGTH,
        )
        layout.addLayout(form)
        self.message = error_label(self, "recoveryMessage")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Ontgrendelen"), self)
        self.ok_button.setObjectName("recoveryOk")
        self.ok_button.setAccessibleName(self.tr("Ontgrendelen met de herstelsleutel"))
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setObjectName("recoveryCancel")
        cancel.setAccessibleName(self.tr("Annuleren"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._submit)
        self.key.textEdited.connect(lambda _t: show_error(self.key_error, ""))
        self.vm.busy_changed.connect(self._busy)
        self.vm.failed.connect(self._failed)
        self.vm.recovered.connect(self._recovered)
        self.key.setFocus()

    def _submit(self) -> None:
        if self.vm.busy:
            return
        if not self.key.text().strip():
            show_error(self.key_error, error_text(PohsdError(ErrorCode.BAD_RECOVERY_KEY)))
            self.key.setFocus()
            return
        passphrase = self.passphrase.validated()
        if passphrase is None:
            return
        self.vm.recover(str(self.user.currentData() or ""), self.key.text(), passphrase)

    def _busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        show_error(self.message, self.tr("Bezig met ontgrendelen…") if busy else "")

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.BAD_RECOVERY_KEY:
            show_error(self.key_error, error_text(exc))
            self.key.setFocus()
        else:
            show_error(self.message, error_text(exc))

    def _recovered(self, info: object) -> None:
        self.key.clear()
        self.passphrase.clear()
        self.recovered.emit(info)
        super().accept()

    @override
    def reject(self) -> None:
        """Override QDialog.reject: wait for a running unlock to finish."""
        if not self.vm.busy:
            self.key.clear()
            self.passphrase.clear()
            super().reject()
