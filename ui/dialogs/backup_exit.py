"""Automatic backups: daily after unlocking, and on closing the window with a short progress."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,  # noqa: TID251 — a controller
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.progress import Progress
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.backup_vm import BackupJob

log = logging.getLogger(__name__)


class BackupProgressDialog(QDialog):
    """Back-up maken… while the window closes; shows a failure with an Afsluiten button."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("BackupProgressDialog", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupExitDialog")
        self.setWindowTitle(self.tr("Back-up maken"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.text = QLabel(self.tr("Een back-up maken voor het afsluiten…"), self)
        self.text.setObjectName("backupExitText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("backupExitProgress")
        self.bar.setAccessibleName(self.tr("Voortgang van de back-up"))
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        self.close_button = QPushButton(self.tr("Afsluiten"), self)
        self.close_button.setObjectName("backupExitClose")
        self.close_button.setAccessibleName(self.tr("Afsluiten"))
        self.close_button.setVisible(False)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_progress(self, value: Progress) -> None:
        if value.total > 0:
            self.bar.setRange(0, value.total)
            self.bar.setValue(value.done)

    def show_failure(self, exc: BaseException) -> None:
        self.bar.setVisible(False)
        self.text.setText(
            self.tr("De back-up bij het afsluiten is mislukt.") + "\n" + error_text(exc)
        )
        self.close_button.setVisible(True)
        self.close_button.setFocus()

    @override
    def reject(self) -> None:
        """Override QDialog.reject: Escape does not stop a running backup."""
        if self.close_button.isVisible():
            super().reject()


class BackupHooks(QObject):
    """Installed on the main window by the app: the daily and the on-exit backup.

    Daily: after each unlock, when switched on and the newest set is older than 24 hours,
    quietly on the DB thread (a failure is shown). On exit: the first close of an unlocked
    window is held back, the backup runs with a progress dialog, then the window closes.
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("BackupHooks", text)

    def __init__(
        self, window: QMainWindow, runner: TaskRunner, is_unlocked: Callable[[], bool]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.is_unlocked = is_unlocked
        self.daily_job = BackupJob(runner, self)
        self.exit_job = BackupJob(runner, self)
        self.dialog: BackupProgressDialog | None = None
        self._exit_done = False
        self._exiting = False
        self.daily_job.succeeded.connect(self._daily_done)
        self.daily_job.failed.connect(self._daily_failed)
        self.exit_job.succeeded.connect(self._exit_finished)
        self.exit_job.failed.connect(self._exit_failed)
        self.exit_job.progress.connect(self._exit_progress)
        window.installEventFilter(self)

    # ---- daily ---------------------------------------------------------------------------

    def after_unlock(self) -> None:
        self.daily_job.start("daily")

    def _daily_done(self, info: object) -> None:
        if info is not None:
            log.info("backup.daily done")

    def _daily_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        log.warning("backup.daily failed code=%s", getattr(exc, "code", type(exc).__name__))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Back-up"),
            self.tr("De dagelijkse back-up is mislukt.") + "\n" + error_text(exc),
            parent=self.window,
        )
        box.setObjectName("backupDailyFailed")
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()

    # ---- on exit -------------------------------------------------------------------------

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: hold the window's first close for the backup."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            if self._exiting:
                event.ignore()
                return True
            if not self._exit_done and self.is_unlocked():
                event.ignore()
                self._exiting = True
                self.dialog = BackupProgressDialog(self.window)
                self.dialog.open()
                self.exit_job.start("on_exit")  # queued after anything still on the DB thread
                return True
        return super().eventFilter(watched, event)

    def _exit_progress(self, value: Progress) -> None:
        if self.dialog is not None:
            self.dialog.show_progress(value)

    def _exit_finished(self, _info: object) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self._close_now()

    def _exit_failed(self, exc: BaseException) -> None:
        log.warning("backup.on_exit failed code=%s", getattr(exc, "code", type(exc).__name__))
        locked = isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED
        if self.dialog is None or locked:
            self._close_now()
            return
        self.dialog.show_failure(exc)
        self.dialog.finished.connect(lambda _r: self._close_now())

    def _close_now(self) -> None:
        if self._exit_done:
            return
        self._exit_done = True
        self._exiting = False
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.window.close()


def install_backup_hooks(window: QMainWindow, runner: TaskRunner) -> BackupHooks:
    """Wire the automatic backups to a main window that has `is_unlocked` and `unlocked`."""
    hooks = BackupHooks(window, runner, lambda: bool(getattr(window, "is_unlocked", False)))
    unlocked = getattr(window, "unlocked", None)
    if unlocked is not None:
        unlocked.connect(hooks.after_unlock)
    return hooks
