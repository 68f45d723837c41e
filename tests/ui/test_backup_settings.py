"""Instellingen › Back-up: make a backup with progress, the list, settings, restore, on exit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from pohsd.domain.client import ClientInput
from pohsd.paths import AppPaths
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.ui.intake_support import WAIT_MS, db, runner, settle
from ui.bridge import ChangeBridge
from ui.dialogs.backup_exit import BackupHooks, BackupProgressDialog
from ui.tasks import TaskRunner
from ui.viewmodels.session import AppConfig
from ui.widgets.backup_restore_dialog import RestoreDialog
from ui.widgets.settings_backup import BackupSettings
from ui.widgets.settings_page import SettingsPage

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/h5")


@pytest.fixture
def tab(qtbot: Any, runner: TaskRunner) -> Iterator[BackupSettings]:
    widget = BackupSettings(runner, ChangeBridge(), allow_weak_kdf=True)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.refresh()
    settle(qtbot, runner)
    yield widget
    if widget.dialog is not None:
        widget.dialog.force_close()
    settle(qtbot, runner)


def _client(qtbot: Any, runner: TaskRunner, family: str) -> None:
    db(qtbot, runner, lambda ws: ws.clients.create(ClientInput("Jan", family, date(1980, 1, 1))))


def _families(ws: Workspace) -> set[str]:
    return {c.family_name for c in ws.clients.search("")}


def _make(qtbot: Any, tab: BackupSettings) -> None:
    with qtbot.waitSignal(tab.job.succeeded, timeout=WAIT_MS):
        qtbot.mouseClick(tab.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=WAIT_MS)


def test_the_settings_page_has_a_backup_tab(qtbot: Any, runner: TaskRunner, paths: AppPaths):
    page = SettingsPage(AppConfig(paths=paths, allow_weak_kdf=True), runner, ChangeBridge())
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Back-up" in titles
    assert page.tabs.widget(titles.index("Back-up")) is page.backup
    with qtbot.waitSignal(page.lock_requested, timeout=1000) as caught:
        page.backup.lock_requested.emit("restore")
    assert caught.args == ["restore"]
    settle(qtbot, runner)


def test_make_a_backup_shows_progress_and_lists_the_set(
    qtbot: Any, runner: TaskRunner, tab: BackupSettings, paths: AppPaths
) -> None:
    assert tab.table.rowCount() == 0
    assert tab.folder.placeholderText() == str(paths.backups)
    assert not tab.restore.isEnabled()
    progress: list[object] = []
    tab.job.progress.connect(progress.append)
    with qtbot.waitSignal(tab.job.succeeded, timeout=WAIT_MS) as done:
        qtbot.mouseClick(tab.make, Qt.MouseButton.LeftButton)
        assert tab.bar.isVisibleTo(tab)
        assert not tab.make.isEnabled()
    info = done.args[0]
    assert progress
    assert progress[-1].done == progress[-1].total
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=WAIT_MS)
    assert not tab.bar.isVisibleTo(tab)
    assert tab.make.isEnabled()
    assert "Back-up gemaakt en gecontroleerd" in tab.status.text()
    assert tab.table.item(0, 0).text() == info.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
    assert tab.table.item(0, 1).text() == "Handmatig"
    assert tab.table.item(0, 3).text() == "✓"
    assert (info.path / "manifest.json").exists()
    tab.table.selectRow(0)
    assert tab.restore.isEnabled()
    if SHOTS.is_dir():
        tab.grab().save(str(SHOTS / "backup_tab.png"))


def test_settings_are_saved(qtbot: Any, runner: TaskRunner, tab: BackupSettings, tmp_path: Path):
    qtbot.mouseClick(tab.daily, Qt.MouseButton.LeftButton)
    tab.keep_weekly.setValue(2)
    qtbot.waitUntil(lambda: tab.status.text() == "Opgeslagen.", timeout=WAIT_MS)
    settle(qtbot, runner)
    assert db(qtbot, runner, lambda ws: ws.practice.setting("backup.daily", "")) == "0"
    assert db(qtbot, runner, lambda ws: ws.backup.keep_counts()) == (7, 2)
    share = tmp_path / "share"
    tab.set_folder(str(share))
    settle(qtbot, runner)
    assert db(qtbot, runner, lambda ws: ws.backup.folder()) == share
    _make(qtbot, tab)
    assert [p.parent for p in share.iterdir()] == [share]


def test_restore_with_confirmation_locks_and_brings_the_data_back(
    qtbot: Any, runner: TaskRunner, tab: BackupSettings, paths: AppPaths
) -> None:
    _client(qtbot, runner, "Voor")
    _make(qtbot, tab)
    _client(qtbot, runner, "Na")
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.restore, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, RestoreDialog)
    assert dialog.isVisible()
    text = dialog.explanation.text()
    assert "vergrendeld" in text
    assert "blijven gewist" in text
    assert "opnieuw" in text
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "restore_dialog.png"))
    # without a passphrase nothing happens
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "wachtwoordzin" in dialog.message.text()
    # a wrong one: refused, still unlocked, the dialog stays
    qtbot.keyClicks(dialog.passphrase, "niet de goede zin")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=WAIT_MS)
    assert "klopt niet" in dialog.message.text()
    assert runner.has_workspace
    assert dialog.isVisible()
    # the right one: restored, the window is asked to lock, a message says unlock again
    qtbot.keyClicks(dialog.passphrase, TEST_PASSPHRASE)
    with qtbot.waitSignal(tab.lock_requested, timeout=WAIT_MS) as caught:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert caught.args == ["restore"]
    assert not runner.has_workspace
    assert tab.dialog is None or not tab.dialog.isVisible()
    boxes = [b for b in tab.window().findChildren(QDialog) if b.objectName() == "restoreResult"]
    assert boxes
    assert "Ontgrendel opnieuw" in boxes[-1].property("text")
    settle(qtbot, runner)

    def reopen() -> set[str]:
        ws = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
        runner.set_workspace(ws)
        return _families(ws)

    box: list[object] = []
    runner.db_raw(reopen).success(box.append).failure(box.append).run()
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT_MS)
    assert box == [{"Voor"}]


class _Window(QMainWindow):
    is_unlocked = True


def test_closing_the_window_makes_a_backup_first(qtbot: Any, runner: TaskRunner) -> None:
    window = _Window()
    window.setCentralWidget(QLabel("venster"))
    qtbot.addWidget(window)
    window.show()
    hooks = BackupHooks(window, runner, lambda: window.is_unlocked)
    with qtbot.waitSignal(hooks.exit_job.succeeded, timeout=WAIT_MS) as done:
        assert not window.close()  # held back for the backup
        assert window.isVisible()
        assert isinstance(hooks.dialog, BackupProgressDialog)
        assert hooks.dialog.isVisible()
    assert done.args[0] is not None
    assert done.args[0].kind == "on_exit"
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    sets = db(qtbot, runner, lambda ws: ws.backup.list())
    assert [s.kind for s in sets] == ["on_exit"]


def test_daily_backup_after_unlock_only_when_due(qtbot: Any, runner: TaskRunner) -> None:
    window = _Window()
    qtbot.addWidget(window)
    hooks = BackupHooks(window, runner, lambda: True)
    with qtbot.waitSignal(hooks.daily_job.succeeded, timeout=WAIT_MS) as first:
        hooks.after_unlock()
    assert first.args[0] is not None
    assert first.args[0].kind == "daily"
    with qtbot.waitSignal(hooks.daily_job.succeeded, timeout=WAIT_MS) as second:
        hooks.after_unlock()
    assert second.args[0] is None  # the newest set is less than 24 h old
    assert len(db(qtbot, runner, lambda ws: ws.backup.list())) == 1
    hooks.is_unlocked = lambda: False  # closing a locked window: no backup, no delay
    assert window.close()
