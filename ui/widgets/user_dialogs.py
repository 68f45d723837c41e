"""Small dialogs of the Gebruikers settings: add a user, change one's own passphrase."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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

from pohsd.domain.enums import Rol
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.security.lockpolicy import MIN_PASSPHRASE_LENGTH
from ui.messages import error_text, rule_text
from ui.views.form_helpers import error_label, field_box, show_error
from ui.widgets.passphrase_fields import PassphraseFields

ROL_LABELS = {
    Rol.POH: QT_TRANSLATE_NOOP("UserDialogs", "POH sociaal domein"),
    Rol.HUISARTS: QT_TRANSLATE_NOOP("UserDialogs", "Huisarts"),
    Rol.BEHEERDER: QT_TRANSLATE_NOOP("UserDialogs", "Beheerder"),
}


def rol_label(rol: str) -> str:
    try:
        text = ROL_LABELS[Rol(rol)]
    except ValueError:
        return rol
    return QCoreApplication.translate("UserDialogs", text)


class _FormDialog(QDialog):
    """A form with a general message line and OK/Annuleren; Ctrl+Enter confirms.

    Signals:
        submitted(): OK was pressed and the fields passed their local checks.
    """

    submitted = Signal()

    def __init__(self, title: str, ok_text: str, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.message = error_label(self, f"{name}Message")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(ok_text, self)
        self.ok_button.setObjectName(f"{name}Ok")
        self.ok_button.setAccessibleName(ok_text)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel_text = QCoreApplication.translate("UserDialogs", "Annuleren")
        cancel = self.buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName(f"{name}Cancel")
        cancel.setAccessibleName(cancel_text)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._submit)
        self._busy = False

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        show_error(
            self.message, QCoreApplication.translate("UserDialogs", "Bezig…") if busy else ""
        )

    def show_failure(self, exc: BaseException) -> None:
        self.set_busy(False)
        show_error(self.message, error_text(exc))

    def _check(self) -> bool:
        return True

    def _submit(self) -> None:
        if not self._busy and self._check():
            self.submitted.emit()


class AddUserDialog(_FormDialog):
    """Name, display name, role and a passphrase typed twice."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("AddUserDialog", text)

    def __init__(self, parent: QWidget | None = None, *, demo: bool = False) -> None:
        super().__init__(
            QCoreApplication.translate("UserDialogs", "Gebruiker toevoegen"),
            QCoreApplication.translate("UserDialogs", "Toevoegen"),
            "addUserDialog",
            parent,
        )
        self.user_name = QLineEdit(self)
        self.user_name.setObjectName("newUserName")
        self.user_name.setAccessibleName(self.tr("Gebruikersnaam"))
        self.user_name.setPlaceholderText(self.tr("één woord, bijvoorbeeld piet"))
        self.user_name_error = error_label(self, "newUserNameError")
        self.form.addRow(
            self.tr("Gebruikersnaam"), field_box(self, self.user_name, self.user_name_error)
        )
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("newUserDisplayName")
        self.display_name.setAccessibleName(self.tr("Weergavenaam"))
        self.display_name.setPlaceholderText(self.tr("bijvoorbeeld Piet Jansen"))
        self.form.addRow(self.tr("Weergavenaam"), self.display_name)
        self.rol = QComboBox(self)
        self.rol.setObjectName("newUserRol")
        self.rol.setAccessibleName(self.tr("Rol"))
        for rol in Rol:
            self.rol.addItem(rol_label(rol.value), rol.value)
        self.form.addRow(self.tr("Rol"), self.rol)
        self.passphrase = PassphraseFields(
            self.form, self, min_length=1 if demo else MIN_PASSPHRASE_LENGTH
        )
        hint = QLabel(
            self.tr(
                "Geef de wachtwoordzin persoonlijk door; de nieuwe gebruiker kan hem later "
                "zelf wijzigen."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.form.addRow("", hint)

    def values(self) -> tuple[str, str, Rol, str]:
        return (
            self.user_name.text().strip(),
            self.display_name.text().strip(),
            Rol(self.rol.currentData()),
            self.passphrase.passphrase.text(),
        )

    def show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field == "user_name":
            self.set_busy(False)
            show_error(self.user_name_error, rule_text(exc.rule))
            self.user_name.setFocus()
        elif isinstance(exc, PohsdError) and exc.code == ErrorCode.USER_EXISTS:
            self.set_busy(False)
            show_error(self.user_name_error, error_text(exc))
            self.user_name.setFocus()
        else:
            super().show_failure(exc)

    def _check(self) -> bool:
        name = self.user_name.text().strip()
        ok = bool(name) and not any(c.isspace() for c in name) and len(name) <= 64
        show_error(self.user_name_error, "" if ok else rule_text("user_name_format"))
        if not ok:
            self.user_name.setFocus()
            return False
        return self.passphrase.validated() is not None


class ChangePassphraseDialog(_FormDialog):
    """The current passphrase, then the new one twice."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ChangePassphraseDialog", text)

    def __init__(self, parent: QWidget | None = None, *, demo: bool = False) -> None:
        super().__init__(
            QCoreApplication.translate("UserDialogs", "Wachtwoordzin wijzigen"),
            QCoreApplication.translate("UserDialogs", "Wijzigen"),
            "changePassphraseDialog",
            parent,
        )
        self.old = QLineEdit(self)
        self.old.setObjectName("oldPassphrase")
        self.old.setAccessibleName(self.tr("Huidige wachtwoordzin"))
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_error = error_label(self, "oldPassphraseError")
        self.form.addRow(
            self.tr("Huidige wachtwoordzin"), field_box(self, self.old, self.old_error)
        )
        self.passphrase = PassphraseFields(
            self.form,
            self,
            label=self.tr("Nieuwe wachtwoordzin"),
            min_length=1 if demo else MIN_PASSPHRASE_LENGTH,
        )
        self.old.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> tuple[str, str]:
        return self.old.text(), self.passphrase.passphrase.text()

    def show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.WRONG_PASSPHRASE:
            self.set_busy(False)
            show_error(self.old_error, error_text(exc))
            self.old.clear()
            self.old.setFocus()
        else:
            super().show_failure(exc)

    def _check(self) -> bool:
        if not self.old.text():
            show_error(self.old_error, rule_text("required"))
            self.old.setFocus()
            return False
        show_error(self.old_error, "")
        return self.passphrase.validated() is not None
