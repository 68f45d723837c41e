"""Instellingen › Gebruikers: list, add and remove users; change one's own passphrase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,  # noqa: TID251 — a controller may ask for confirmation
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.changes import Changes
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.unlock import SlotUser
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.session import AppConfig
from ui.widgets.user_dialogs import AddUserDialog, ChangePassphraseDialog, rol_label


class UsersSettings(QWidget):
    """Controller of the Gebruikers tab."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("UsersSettings", text)

    def __init__(
        self,
        config: AppConfig,
        runner: TaskRunner,
        bridge: ChangeBridge,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usersSettings")
        self._config = config
        self._runner = runner
        self._bridge = bridge
        self._me = ""
        self.dialog: AddUserDialog | ChangePassphraseDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        intro = QLabel(
            self.tr(
                "Iedere gebruiker heeft een eigen wachtwoordzin. Wie is verwijderd, kan de "
                "gegevens niet meer openen."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.users = QListWidget(self)
        self.users.setObjectName("usersList")
        self.users.setAccessibleName(self.tr("Gebruikers"))
        self.users.setMinimumWidth(420)
        self.users.setMaximumWidth(560)
        self.users.setMaximumHeight(260)
        row.addWidget(self.users, 1, Qt.AlignmentFlag.AlignTop)
        buttons = QVBoxLayout()
        self.add_button = self._button("usersAdd", self.tr("Gebruiker toevoegen…"))
        self.remove_button = self._button("usersRemove", self.tr("Verwijderen…"))
        self.passphrase_button = self._button(
            "usersPassphrase", self.tr("Mijn wachtwoordzin wijzigen…")
        )
        for button in (self.add_button, self.remove_button, self.passphrase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setObjectName("usersStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._confirm_remove)
        self.passphrase_button.clicked.connect(self._change_passphrase)
        self.users.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        return button

    # ---- loading ---------------------------------------------------------------------------------

    def clear(self) -> None:
        self.users.clear()
        self.status.clear()
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def refresh(self) -> None:
        self._runner.db(lambda ws: (ws.list_slot_users(), ws.user.name)).success(
            self._show
        ).failure(self._failed).run()

    def _show(self, result: tuple[list[SlotUser], str]) -> None:
        users, me = result
        self._me = me
        self.users.clear()
        for user in users:
            text = f"{user.label} ({user.name}) · {rol_label(user.rol)}"
            if user.name == me:
                text = arg(self.tr("%1 — dat bent u"), text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, user.name)
            self.users.addItem(item)
        self._update_buttons()

    def _selected(self) -> str:
        item = self.users.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _update_buttons(self, *_: object) -> None:
        selected = self._selected()
        self.remove_button.setEnabled(bool(selected) and selected != self._me)

    # ---- adding ----------------------------------------------------------------------------------

    def _add(self) -> None:
        dialog = AddUserDialog(self, demo=self._config.demo)
        dialog.submitted.connect(lambda: self._do_add(dialog))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _do_add(self, dialog: AddUserDialog) -> None:
        name, display, rol, passphrase = dialog.values()
        kdf = self._config.kdf
        weak = self._config.allow_weak_kdf
        dialog.set_busy(True)
        self._runner.db(
            lambda ws: ws.add_user(
                name, passphrase, display_name=display, rol=rol, kdf=kdf, allow_weak_kdf=weak
            )
        ).success(lambda result: self._added(dialog, result[1])).failure(dialog.show_failure).run()

    def _added(self, dialog: AddUserDialog, changes: Changes) -> None:
        dialog.accept()
        self.status.setText(self.tr("De gebruiker is toegevoegd."))
        self._bridge.publish(changes, self)
        self.refresh()

    # ---- removing --------------------------------------------------------------------------------

    def _confirm_remove(self) -> None:
        name = self._selected()
        if not name or name == self._me:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmRemoveUser")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Gebruiker verwijderen"))
        box.setText(arg(self.tr("Gebruiker %1 verwijderen?"), name))
        box.setInformativeText(
            self.tr(
                "Deze gebruiker kan daarna niet meer ontgrendelen. De sleutel van de database "
                "wordt daarvoor vernieuwd; dat duurt even. Wat deze gebruiker heeft vastgelegd, "
                "blijft bewaard."
            )
        )
        remove = box.addButton(self.tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemoveUserYes")
        cancel = box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.finished.connect(
            lambda _r: self._remove(name) if box.clickedButton() is remove else None
        )
        box.open()

    def _remove(self, name: str) -> None:
        self.remove_button.setEnabled(False)
        self.status.setText(self.tr("De gebruiker wordt verwijderd en de sleutel vernieuwd…"))
        self._runner.db(lambda ws: ws.remove_user(name)).success(self._removed).failure(
            self._failed
        ).run()

    def _removed(self, changes: Changes) -> None:
        self.status.setText(self.tr("De gebruiker is verwijderd en de sleutel is vernieuwd."))
        self._bridge.publish(changes, self)
        self.refresh()

    # ---- own passphrase --------------------------------------------------------------------------

    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self, demo=self._config.demo)
        dialog.submitted.connect(lambda: self._do_change(dialog))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _do_change(self, dialog: ChangePassphraseDialog) -> None:
        old, new = dialog.values()
        kdf = self._config.kdf
        weak = self._config.allow_weak_kdf
        dialog.set_busy(True)
        self._runner.db(
            lambda ws: ws.change_passphrase(old, new, kdf=kdf, allow_weak_kdf=weak)
        ).success(lambda changes: self._changed(dialog, changes)).failure(dialog.show_failure).run()

    def _changed(self, dialog: ChangePassphraseDialog, changes: Changes) -> None:
        dialog.accept()
        self.status.setText(self.tr("Uw wachtwoordzin is gewijzigd."))
        self._bridge.publish(changes, self)

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        self.status.setText(error_text(exc))
