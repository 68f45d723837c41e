"""After a real GUI session no client datum is readable in the data folder, logs or temp files."""

import logging
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest

from pohsd.domain.client import Address, ClientInput
from pohsd.security.kdf import WEAK_TEST_PARAMS
from tests.conftest import CANARY_FAMILY, CANARY_GIVEN
from tests.ui.test_unlock_lock import canary_shown, close_windows, unlock
from ui.app import build_main_window, setup_logging
from ui.main_window import CLIENTS
from ui.tasks import TaskRunner

MARKERS = (CANARY_GIVEN, CANARY_FAMILY, "111222333", "Kanarieweg")


@pytest.fixture
def existing(created) -> None:
    ws, _ = created
    ws.clients.create(
        ClientInput(
            CANARY_GIVEN,
            CANARY_FAMILY,
            date(1971, 5, 2),
            bsn="111222333",
            address=Address("Kanarieweg", "7", "", "3562 AB", "Utrecht"),
        )
    )
    ws.close()


def _files_with_markers(folder: Path, since: float, *, recursive: bool = True) -> list[str]:
    found = []
    for path in folder.rglob("*") if recursive else folder.iterdir():
        try:
            if not path.is_file() or path.stat().st_mtime < since:
                continue
            raw = path.read_bytes()
        except OSError:
            continue
        for marker in MARKERS:
            if marker.encode() in raw or marker.encode("utf-16-le") in raw:
                found.append(f"{path.name}: {marker}")
    return found


def test_gui_session_leaves_no_plaintext(qtbot, existing, paths) -> None:
    start = time.time() - 1
    paths.ensure()
    setup_logging(paths)
    runner = TaskRunner()
    win = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=runner)
    try:
        win.start()
        qtbot.waitUntil(lambda: win.unlock_page.view.user.count() > 0)
        unlock(qtbot, win)
        win.go_to(CLIENTS)
        qtbot.waitUntil(lambda: canary_shown(win))
        qtbot.keyClicks(win.clients.list_view.search, CANARY_FAMILY[:6])
        qtbot.waitUntil(lambda: canary_shown(win))
        logging.getLogger("pohsd.test").error("an event code for the log: client.open")
        made: list[object] = []
        runner.db(lambda ws: ws.backup.create()).success(made.append).run()  # a backup set too
        qtbot.waitUntil(lambda: bool(made), timeout=30_000)
        win.lock("manual")
        qtbot.waitUntil(lambda: not runner.has_workspace)
    finally:
        close_windows([win], runner)
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", "").startswith(str(paths.log_dir)):
                handler.close()
                logging.getLogger().removeHandler(handler)
    assert (paths.log_dir / "pohsd.log").read_text(encoding="utf-8").strip()  # the log was used
    backup_files = [p.name for p in paths.backups.rglob("*") if p.is_file()]
    assert "pohsd.db" in backup_files  # the backup set is there, and scanned below
    assert _files_with_markers(paths.data_dir, start) == []
    assert _files_with_markers(paths.log_dir, start) == []
    # the system temp folder itself (pytest's own tmp folders below it are the test's data)
    assert _files_with_markers(Path(tempfile.gettempdir()), start, recursive=False) == []
