"""The main window and intake drafts: a lock flushes first, drafts are offered after unlocking."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from pohsd.paths import AppPaths
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.ui.intake_support import RON, WAIT_MS
from tests.ui.test_unlock_lock import make_window, runner, unlock
from ui.dialogs.drafts_dialog import DraftsDialog
from ui.main_window import CLIENTS, MainWindow

__all__ = ["make_window", "runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TEXT = "opening.aanleiding:tekst"


def offered() -> DraftsDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, DraftsDialog)]
    return next((w for w in found if w.isVisible()), None)


def open_intake(qtbot: Any, win: MainWindow, intake_id: str) -> QWidget:
    win.go_to(CLIENTS)
    win.clients.open_intake(intake_id)
    page = win.clients.intakes.page
    qtbot.waitUntil(lambda: page.content is not None, timeout=WAIT_MS)
    field = page.content.findChild(QWidget, TEXT)
    field.setFocus()
    return field


@pytest.fixture
def with_intake(created: tuple[Workspace, str]) -> tuple[str, str]:
    """A closed database with one client and one open intake; (client id, intake id)."""
    ws = created[0]
    client, _changes = ws.clients.create(RON)
    summary, _changes = ws.intakes.start(client.id, "intake")
    ws.close()
    return client.id, summary.id


def reopen(paths: AppPaths) -> Workspace:
    return Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)


def test_lock_flushes_the_typing_before_the_workspace_closes(
    qtbot: Any, with_intake: tuple[str, str], make_window: Any, paths: AppPaths
) -> None:
    _client_id, intake_id = with_intake
    win = make_window()
    unlock(qtbot, win)
    field = open_intake(qtbot, win, intake_id)
    page = win.clients.intakes.page
    qtbot.keyClicks(field, "Vlak voor de vergrendeling")
    win.lock("manual")  # well within the 1.5 s pause
    assert page.content is None  # nothing of the intake is left on the screen
    assert page.vm.engine is None
    win.runner.close_workspace("test").result(timeout=10)  # tests only: wait for the DB thread
    ws = reopen(paths)
    try:
        drafts = ws.intakes.open(intake_id).drafts
    finally:
        ws.close()
    assert drafts["opening.aanleiding"] == ("Vlak voor de vergrendeling", "beantwoord")


def test_saved_time_shows_in_the_status_line(
    qtbot: Any, with_intake: tuple[str, str], make_window: Any
) -> None:
    _client_id, intake_id = with_intake
    win = make_window()
    unlock(qtbot, win)
    field = open_intake(qtbot, win, intake_id)
    page = win.clients.intakes.page
    assert not any("Opslaan" in b.text() for b in page.findChildren(QPushButton))  # autosave only
    qtbot.keyClicks(field, "x")
    qtbot.waitUntil(lambda: win.shell.saved_label.text().startswith("opgeslagen "), timeout=WAIT_MS)
    assert len(win.shell.saved_label.text()) == len("opgeslagen 10:42")


def test_drafts_left_by_a_crash_are_offered_and_restored(
    qtbot: Any, created: tuple[Workspace, str], make_window: Any
) -> None:
    ws = created[0]
    client, _changes = ws.clients.create(RON)
    summary, _changes = ws.intakes.start(client.id, "intake")
    ws.intakes.save_drafts(summary.id, {"opening.aanleiding": ("Van voor de crash", "beantwoord")})
    ws.close()
    win = make_window()
    unlock(qtbot, win)

    qtbot.waitUntil(lambda: offered() is not None, timeout=WAIT_MS)
    dialog = offered()
    assert dialog is not None
    text = dialog.findChild(QWidget, "draft_0_text").text()
    assert text.startswith("Er zijn niet-bevestigde wijzigingen van ")
    assert "bij een gesprek" in text
    assert "Ron" not in text  # no client name in the question
    named = [w for w in dialog.findChildren(QPushButton) if w.objectName() and w.accessibleName()]
    assert len(named) == len(dialog.findChildren(QPushButton))
    restore = dialog.findChild(QWidget, "draft_0_restore")
    restore.setFocus()
    qtbot.keyClick(restore, Qt.Key.Key_Space)
    page = win.clients.intakes.page
    qtbot.waitUntil(lambda: page.content is not None, timeout=WAIT_MS)
    assert win.clients.stack.currentWidget() is page
    field = page.content.findChild(QWidget, TEXT)
    assert field.toPlainText() == "Van voor de crash"


def test_drafts_can_be_thrown_away(
    qtbot: Any, created: tuple[Workspace, str], make_window: Any, paths: AppPaths
) -> None:
    ws = created[0]
    client, _changes = ws.clients.create(RON)
    summary, _changes = ws.intakes.start(client.id, "intake")
    ws.intakes.save_drafts(summary.id, {"opening.aanleiding": ("Weg ermee", "beantwoord")})
    ws.close()
    win = make_window()
    unlock(qtbot, win)
    qtbot.waitUntil(lambda: offered() is not None, timeout=WAIT_MS)
    dialog = offered()
    assert dialog is not None
    qtbot.mouseClick(dialog.findChild(QWidget, "draft_0_discard"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    win.lock("manual")
    win.runner.close_workspace("test").result(timeout=10)
    ws = reopen(paths)
    try:
        assert ws.intakes.pending_drafts() == []
    finally:
        ws.close()
