"""One pohsd per data folder: a second app or CLI command refuses; a kill -9 frees the folder."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: TID251 — reads the box

from pohsd.cli import main as cli_main
from pohsd.cli.session import EXIT_IN_USE
from pohsd.instance import LOCK_NAME, AlreadyRunning, InstanceLock
from pohsd.paths import AppPaths
from tests.conftest import TEST_PASSPHRASE
from ui.app import claim_data_dir

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

HOLDER = """
import sys, time
from pathlib import Path
from pohsd.instance import InstanceLock
lock = InstanceLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(600)
"""


@pytest.fixture
def holder(paths: AppPaths) -> Iterator[subprocess.Popen[str]]:
    """Another process (standing in for a running pohsd) holds the data folder's lock."""
    paths.ensure()
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.data_dir)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)
    proc.stdout.close()


def test_second_acquire_is_refused_and_kill9_frees_the_folder(holder, paths) -> None:
    with pytest.raises(AlreadyRunning) as refused:
        InstanceLock(paths.data_dir).acquire()
    assert refused.value.holder == f"pid={holder.pid} host={socket.gethostname()}"
    # the file holds the pid and host only — no client data, nothing else
    assert (paths.data_dir / LOCK_NAME).read_text().splitlines() == [refused.value.holder]

    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(10)
    lock = InstanceLock(paths.data_dir).acquire()  # the stale file is recovered automatically
    try:
        assert lock.held
        assert lock.holder() == f"pid={os.getpid()} host={socket.gethostname()}"
        with pytest.raises(AlreadyRunning):  # and it is really ours now
            InstanceLock(paths.data_dir).acquire()
    finally:
        lock.release()
    with InstanceLock(paths.data_dir) as again:
        assert again.held


def test_demo_and_real_folders_are_separate_locks(tmp_path: Path) -> None:
    real, demo = AppPaths.resolve(), AppPaths.resolve(demo=True)  # HOME is isolated
    assert real.data_dir != demo.data_dir
    real.ensure()
    demo.ensure()
    with InstanceLock(real.data_dir) as one, InstanceLock(demo.data_dir) as two:
        assert one.held
        assert two.held


def test_cli_refuses_while_the_app_holds_the_folder(
    created, holder, paths, capsys, monkeypatch
) -> None:
    created[0].close()
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)
    code = cli_main(["client", "list", "--data-dir", str(paths.data_dir)])
    err = capsys.readouterr().err
    assert code == EXIT_IN_USE == 3  # spec §2: 3 = locked
    assert "pohsd already has this data folder open" in err
    assert "pohsd is al geopend met deze gegevensmap" in err
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(10)
    assert cli_main(["client", "list", "--data-dir", str(paths.data_dir)]) == 0
    assert "pohsd is al geopend" not in capsys.readouterr().err


def test_cli_init_refuses_in_a_held_folder(holder, paths, capsys, monkeypatch) -> None:
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)
    args = ["init", "--practice-name", "De Linde", "--practice-agb", "01234567"]
    code = cli_main([*args, "--user", "sanne", "--data-dir", str(paths.data_dir)])
    assert code == EXIT_IN_USE
    assert "pohsd is al geopend" in capsys.readouterr().err
    assert not paths.db.exists()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_second_app_shows_the_dutch_message_and_does_not_open(qtbot, holder, paths) -> None:
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen["name"] = box.objectName()
        seen["text"] = box.text()
        seen["info"] = box.informativeText()
        if Path("/tmp/h6").is_dir():  # a look at it for the reviewer
            box.grab().save("/tmp/h6/already_running.png")
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read_and_close)
    assert claim_data_dir(paths) is None
    assert seen["name"] == "alreadyRunningBox"
    assert seen["text"] == "pohsd is al geopend met deze gegevensmap."
    assert str(paths.data_dir) in seen["info"]

    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(10)
    lock = claim_data_dir(paths)  # after the crash the app starts without a question
    assert lock is not None
    lock.release()
