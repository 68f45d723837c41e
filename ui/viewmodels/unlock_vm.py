"""Unlocking and recovery: slow key derivation on a work thread, opening on the DB thread."""

from __future__ import annotations

from pohsd import unlock
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.security.lockpolicy import unlock_delay_seconds
from pohsd.unlock import KeyCandidates, SlotUser
from PySide6.QtCore import QObject, QTimer, Signal

from ui.tasks import TaskRunner
from ui.viewmodels.session import AppConfig, SessionInfo, install_workspace


class UnlockViewModel(QObject):
    """State of the unlock screen: users, busy, failed tries and the wait before a retry.

    Signals:
        users_loaded(list[SlotUser]): the users that can unlock, sorted by label.
        busy_changed(bool): True while deriving keys or opening.
        failed(object): the exception of a failed load or unlock; the controller words it.
        delay_changed(int): seconds to wait before the next try (0: try now).
        unlocked(SessionInfo): the workspace is open on the DB thread.
        keyslots_restored(bool): keyslots.json was damaged and its copy is in use.
    """

    users_loaded = Signal(list)
    keyslots_restored = Signal(bool)
    busy_changed = Signal(bool)
    failed = Signal(object)
    delay_changed = Signal(int)
    unlocked = Signal(object)

    def __init__(self, config: AppConfig, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._config = config
        self._runner = runner
        self._busy = False
        self._failed_tries = 0
        self._delay_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def failed_tries(self) -> int:
        return self._failed_tries

    @property
    def delay_left(self) -> int:
        return self._delay_left

    @property
    def can_try(self) -> bool:
        return not self._busy and self._delay_left == 0

    def load_users(self) -> None:
        paths = self._config.paths
        self._runner.work(lambda: unlock.list_users(paths)).success(self._users_ready).failure(
            self.failed.emit
        ).run()
        self._runner.work(lambda: unlock.keyslots_restored(paths)).success(
            self.keyslots_restored.emit
        ).failure(lambda _exc: None).run()  # a missing file: list_users reports it

    def unlock(self, user_name: str, passphrase: str) -> None:
        """Derive keys (work thread), then open and install the workspace (DB thread)."""
        if not self.can_try:
            return
        paths = self._config.paths
        weak = self._config.allow_weak_kdf
        self._set_busy(True)
        self._runner.work(
            lambda: unlock.derive_keys(paths, user_name, passphrase, allow_weak_kdf=weak)
        ).success(lambda keys: self._open(user_name, keys)).failure(self._unlock_failed).run()

    def _open(self, user_name: str, keys: KeyCandidates) -> None:
        paths = self._config.paths
        runner = self._runner

        def open_on_db() -> SessionInfo:
            try:
                from pohsd.workspace import Workspace  # deferred: startup budget (DB thread)

                ws = Workspace.open(paths, user_name, keys)
            except BaseException:
                keys.zero()
                raise
            return install_workspace(runner, ws)

        runner.db_raw(open_on_db).success(self._opened).failure(self._unlock_failed).run()

    def _opened(self, info: SessionInfo) -> None:
        self._failed_tries = 0
        self._set_busy(False)
        self.unlocked.emit(info)

    def _unlock_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.WRONG_PASSPHRASE:
            self._failed_tries += 1
            self._start_delay(unlock_delay_seconds(self._failed_tries))
        self.failed.emit(exc)

    def _start_delay(self, seconds: int) -> None:
        self._delay_left = seconds
        self.delay_changed.emit(seconds)
        if seconds > 0:
            self._countdown.start()

    def _tick(self) -> None:
        self._delay_left = max(0, self._delay_left - 1)
        if self._delay_left == 0:
            self._countdown.stop()
        self.delay_changed.emit(self._delay_left)

    def _users_ready(self, users: list[SlotUser]) -> None:
        self.users_loaded.emit(users)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)


class RecoveryViewModel(QObject):
    """Unlock with the recovery key and give the user a new passphrase.

    Signals:
        busy_changed(bool): True while working.
        failed(object): the exception; the controller words it.
        recovered(SessionInfo): unlocked with the new passphrase in place.
    """

    busy_changed = Signal(bool)
    failed = Signal(object)
    recovered = Signal(object)

    def __init__(self, config: AppConfig, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._config = config
        self._runner = runner
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def recover(self, user_name: str, recovery_text: str, new_passphrase: str) -> None:
        if self._busy:
            return
        config = self._config
        runner = self._runner
        self._set_busy(True)

        def open_and_reset(keys: KeyCandidates) -> SessionInfo:
            from pohsd.workspace import Workspace  # deferred: startup budget (DB thread)

            try:
                ws = Workspace.open(config.paths, user_name, keys)
            except BaseException:
                keys.zero()
                raise
            try:
                ws.reset_passphrase(
                    user_name,
                    new_passphrase,
                    kdf=config.kdf,
                    allow_weak_kdf=config.allow_weak_kdf,
                )
            except BaseException:
                ws.close(event="session.logout")
                raise
            return install_workspace(runner, ws)

        def derived(keys: KeyCandidates) -> None:
            runner.db_raw(lambda: open_and_reset(keys)).success(self._done).failure(
                self._failed
            ).run()

        runner.work(lambda: unlock.derive_recovery_keys(config.paths, recovery_text)).success(
            derived
        ).failure(self._failed).run()

    def _done(self, info: SessionInfo) -> None:
        self._set_busy(False)
        self.recovered.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.failed.emit(exc)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
