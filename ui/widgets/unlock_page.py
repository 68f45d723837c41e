"""The unlock page controller: wires UnlockView to UnlockViewModel; never shows client data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pohsd.unlock import SlotUser
from ui.i18n import arg
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.session import AppConfig
from ui.viewmodels.unlock_vm import UnlockViewModel
from ui.views.unlock_view import UnlockView

DEMO_USER = "demo"


class UnlockPage(QWidget):
    """Controller of the unlock screen.

    Signals:
        unlocked(SessionInfo): the workspace is open.
        recovery_requested(str, list): "Wachtwoordzin vergeten?" for the chosen user (name, users).
    """

    unlocked = Signal(object)
    recovery_requested = Signal(str, list)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("UnlockPage", text)

    def __init__(self, config: AppConfig, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self._config = config
        self._users: list[SlotUser] = []
        self._preparing = False
        self.view = UnlockView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.vm = UnlockViewModel(config, runner, self)
        self.vm.users_loaded.connect(self._show_users)
        self.vm.keyslots_restored.connect(self.view.keyslots_note.setVisible)
        self.vm.busy_changed.connect(self._update_state)
        self.vm.failed.connect(self._show_error)
        self.vm.delay_changed.connect(self._show_delay)
        self.vm.unlocked.connect(self._on_unlocked)
        self.view.unlock.clicked.connect(self._unlock)
        self.view.passphrase.returnPressed.connect(self._unlock)
        self.view.forgot.clicked.connect(self._forgot)
        self.view.demo_hint.setVisible(config.demo)

    # ---- called by the main window -----------------------------------------------------------

    def reset(self) -> None:
        """Empty the passphrase and message and reload the users (after start or a lock)."""
        self.view.passphrase.clear()
        self.view.message.clear()
        self.view.message.setVisible(False)
        self._update_state()
        self.vm.load_users()

    def set_preparing(self, preparing: bool) -> None:
        """Show that the demo is being set up; unlock waits until it is ready."""
        self._preparing = preparing
        self.view.status.setText(self.tr("Demo wordt klaargezet…") if preparing else "")
        self._update_state()

    def focus_passphrase(self) -> None:
        self.view.passphrase.setFocus()

    def show_error(self, exc: BaseException) -> None:
        self._show_error(exc)

    # ---- internals -----------------------------------------------------------------------------

    def _selected_user(self) -> str:
        return str(self.view.user.currentData() or "")

    def _unlock(self) -> None:
        if not self.vm.can_try or self._preparing or not self._users:
            return
        user = self._selected_user()
        passphrase = self.view.passphrase.text()
        if not passphrase:
            self._set_message(self.tr("Typ uw wachtwoordzin."))
            self.view.passphrase.setFocus()
            return
        self.view.message.setVisible(False)
        self.vm.unlock(user, passphrase)

    def _forgot(self) -> None:
        if self._users:
            self.recovery_requested.emit(self._selected_user(), list(self._users))

    def _show_users(self, users: list[SlotUser]) -> None:
        previous = self._selected_user()
        self._users = users
        self.view.user.clear()
        for user in users:
            self.view.user.addItem(user.label, user.name)
        preferred = DEMO_USER if self._config.demo and not previous else previous
        index = self.view.user.findData(preferred)
        if index >= 0:
            self.view.user.setCurrentIndex(index)
        self._update_state()
        self.view.passphrase.setFocus()

    def _show_error(self, exc: BaseException) -> None:
        self._set_message(error_text(exc))
        self.view.passphrase.clear()
        self.view.passphrase.setFocus()

    def _set_message(self, text: str) -> None:
        self.view.message.setText(text)
        self.view.message.setVisible(bool(text))

    def _show_delay(self, seconds: int) -> None:
        if seconds > 0:
            self.view.status.setText(
                arg(self.tr("Even wachten: over %1 seconden kunt u het opnieuw proberen."), seconds)
            )
        else:
            self.view.status.setText("")
            self.view.passphrase.setFocus()
        self._update_state()

    def _update_state(self, *_: object) -> None:
        busy = self.vm.busy
        if busy:
            self.view.status.setText(self.tr("Bezig met ontgrendelen…"))
        elif not self._preparing and self.vm.delay_left == 0:
            self.view.status.setText("")
        ready = self.vm.can_try and not self._preparing and bool(self._users)
        self.view.unlock.setEnabled(ready)
        self.view.forgot.setEnabled(not busy and not self._preparing and bool(self._users))
        self.view.user.setEnabled(not busy and not self._preparing)
        self.view.passphrase.setEnabled(not busy and not self._preparing)
        self.view.status.setVisible(bool(self.view.status.text()))

    def _on_unlocked(self, info: object) -> None:
        self.view.passphrase.clear()
        self.view.message.setVisible(False)
        self.unlocked.emit(info)
