"""After a lock: no open database or map file handle, the data key zeroed, our clipboard cleared."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from pohsd.paths import AppPaths
from tests.conftest import CANARY_FAMILY
from tests.fault.socialmap_kill_loop import write_feeds
from tests.ui import test_unlock_lock as unlock_tests
from tests.ui.test_unlock_lock import canary_shown, current_workspace, unlock
from ui.clipboard import shared_clipboard
from ui.main_window import CLIENTS

# the fixtures of the unlock tests: a closed database with the canary client, windows, runner
existing, make_window, runner = unlock_tests.existing, unlock_tests.make_window, unlock_tests.runner

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")


def open_files(folder: Path) -> list[str]:
    """Files below `folder` that this process has open (its /proc/self/fd links)."""
    found = []
    root = str(folder.resolve())
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # closed meanwhile
        if target.startswith(root):
            found.append(Path(target).name)
    return sorted(found)


@pytest.fixture
def with_map(existing, paths: AppPaths, tmp_path: Path) -> AppPaths:
    """The canary client (from `existing`) plus an imported sociale kaart."""
    from pohsd.workspace import Workspace
    from tests.conftest import TEST_PASSPHRASE

    feed = write_feeds(tmp_path / "feeds", 20)[0]
    ws = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        ws.socialmap.import_path(feed)
    finally:
        ws.close()
    return paths


@pytest.mark.skipif(sys.platform != "linux", reason="/proc/self/fd")
def test_lock_closes_every_handle_zeroes_the_key_and_clears_the_clipboard(
    qtbot, with_map, make_window, runner
) -> None:
    paths = with_map
    win = make_window()
    unlock(qtbot, win)
    win.go_to(CLIENTS)
    qtbot.waitUntil(lambda: canary_shown(win))
    ws = current_workspace(qtbot, runner)
    hits: list[object] = []
    runner.db(lambda w: w.socialmap.search("Buurtpost")).success(hits.append).run()
    qtbot.waitUntil(lambda: bool(hits))
    assert hits[0]  # the map answered: its generation file is open now
    assert [n for n in open_files(paths.data_dir) if n.endswith(".db")]  # the check can see it
    shared_clipboard().copy(f"S: gesprek met {CANARY_FAMILY}.", seconds=60)
    assert QGuiApplication.clipboard().text().endswith(f"{CANARY_FAMILY}.")

    win.lock("manual")
    qtbot.waitUntil(lambda: ws.key_is_zeroed)
    assert ws.closed
    qtbot.waitUntil(lambda: not open_files(paths.data_dir))  # pohsd.db*, socialmap/*.db*
    assert QGuiApplication.clipboard().text() == ""
    assert not canary_shown(win)
