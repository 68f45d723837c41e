"""The Back-up tab inside the main window: a restore locks the window; unlocking works again."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import TEST_PASSPHRASE
from tests.ui.intake_support import WAIT_MS
from tests.ui.test_settings import runner, unlock, win
from ui.main_window import MainWindow

__all__ = ["runner", "win"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_restore_in_the_window_locks_and_unlocks_again(qtbot: Any, win: MainWindow) -> None:
    tab = win.settings.backup
    win.settings.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.job.succeeded, timeout=WAIT_MS):
        qtbot.mouseClick(tab.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=WAIT_MS)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.restore, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, TEST_PASSPHRASE)
    with qtbot.waitSignal(win.locked, timeout=WAIT_MS) as locked:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert locked.args == ["restore"]
    assert not win.is_unlocked
    assert win.root.currentWidget() is win.unlock_page
    assert tab.table.rowCount() == 0  # cleared behind the lock
    qtbot.waitUntil(lambda: not win.runner.has_workspace, timeout=WAIT_MS)
    unlock(qtbot, win)
    assert win.is_unlocked
