"""Back-up: the settings, one running backup with progress, and restore-then-close."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pohsd.domain.progress import Progress
from PySide6.QtCore import QObject, Signal

from ui.bridge import ProgressBridge
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.services.backup_sets import BackupInfo
    from pohsd.workspace import Workspace

# the keys ws.backup reads (pohsd.services.backup; a test checks they agree)
FOLDER_KEY = "backup.folder"
DAILY_KEY = "backup.daily"
ON_EXIT_KEY = "backup.on_exit"
KEEP_DAILY_KEY = "backup.keep_daily"
KEEP_WEEKLY_KEY = "backup.keep_weekly"


@dataclass(frozen=True)
class BackupPrefs:
    folder: str = ""  # "" = the default folder (shown as `default_folder`)
    default_folder: str = ""
    daily: bool = True
    on_exit: bool = True
    keep_daily: int = 7
    keep_weekly: int = 4


@dataclass(frozen=True)
class BackupOverview:
    prefs: BackupPrefs
    sets: tuple[BackupInfo, ...]


def read_overview(ws: Workspace) -> BackupOverview:
    """On the DB thread: the settings and the sets in the chosen folder."""
    setting = ws.practice.setting
    keep_daily, keep_weekly = ws.backup.keep_counts()
    prefs = BackupPrefs(
        folder=setting(FOLDER_KEY, ""),
        default_folder=str(ws.paths.backups),
        daily=ws.backup.enabled("daily"),
        on_exit=ws.backup.enabled("on_exit"),
        keep_daily=keep_daily,
        keep_weekly=keep_weekly,
    )
    return BackupOverview(prefs, tuple(ws.backup.list()))


def save_prefs(ws: Workspace, prefs: BackupPrefs) -> None:
    """On the DB thread: write only what changed (every write is audited)."""
    wanted = {
        FOLDER_KEY: prefs.folder.strip(),
        DAILY_KEY: "1" if prefs.daily else "0",
        ON_EXIT_KEY: "1" if prefs.on_exit else "0",
        KEEP_DAILY_KEY: str(prefs.keep_daily),
        KEEP_WEEKLY_KEY: str(prefs.keep_weekly),
    }
    for key, value in wanted.items():
        if ws.practice.setting(key, "") != value:
            ws.practice.set_setting(key, value)


def restore_and_close(
    ws: Workspace, set_path: Path, passphrase: str, allow_weak_kdf: bool = False
) -> str:
    """On the DB thread: restore, then close the reopened workspace (the user unlocks again)."""
    restored = ws.backup.restore(set_path, passphrase=passphrase, allow_weak_kdf=allow_weak_kdf)
    restored.close(event="session.lock")
    return set_path.name


class BackupJob(QObject):
    """At most one backup at a time, run on the DB thread with progress to the GUI thread.

    Signals:
        progress(object): a core `Progress` (pages done / total), at most 10 per second.
        succeeded(object): the `BackupInfo`, or None when an automatic backup was not due.
        failed(object): the exception.
    """

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.running = False
        self._bridge = ProgressBridge()
        self._bridge.progress.connect(self._progress)

    def start(self, kind: str = "manual") -> bool:
        """Queue a backup; `kind` daily / on_exit only runs when due. False if one runs."""
        if self.running:
            return False
        self.running = True
        report = self._bridge.report

        def run(ws: Workspace) -> BackupInfo | None:
            if kind == "manual":
                return ws.backup.create(progress=report)
            return ws.backup.run_if_due(kind, progress=report)

        self.runner.db(run).success(self._done).failure(self._failed).run()
        return True

    def _progress(self, value: Progress) -> None:
        if self.running:
            self.progress.emit(value)

    def _done(self, info: BackupInfo | None) -> None:
        self.running = False
        self.succeeded.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(exc)
