"""A hot WAL (kill -9 before a checkpoint) is replayed at the next open; no loss, checks clean."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pohsd.store.engine import connect
from pohsd.workspace import Workspace
from tests.fault.kill_loop import PASSPHRASE, USER, create, verify

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

WANTED = 30  # acknowledged clients before the plug is pulled
CHILD = Path(__file__).with_name("hot_wal_child.py")


def _wal(data_dir: Path) -> Path:
    return data_dir / "pohsd.db-wal"


def test_kill9_with_a_hot_wal_loses_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    paths = create(data_dir)
    assert not _wal(data_dir).exists() or _wal(data_dir).stat().st_size == 0
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
    )
    acknowledged: list[str] = []
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 60
        while len(acknowledged) < WANTED and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            if line.strip() != "ready":
                acknowledged.append(line.strip())
        wal_size = _wal(data_dir).stat().st_size  # the commits are (partly) only in the WAL
        wal_bytes = _wal(data_dir).read_bytes()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert len(acknowledged) == WANTED
    assert wal_size > 0
    for marker in ("Killtest", "Teststraat", "Demodorp", acknowledged[0]):  # no plaintext in it
        assert marker.encode() not in wal_bytes
        assert marker.encode("utf-16-le") not in wal_bytes
    # SQLite's default auto-checkpoint is 1000 pages: far more than these 30 clients wrote
    assert wal_size < 1000 * 4096 + 1_000_000

    state = verify(paths, set(acknowledged))  # replays the WAL: ids there, both checks clean
    assert state["clients"] >= WANTED
    keys = Workspace.derive_keys(paths, USER, PASSPHRASE, allow_weak_kdf=True)
    con = connect(paths.db, keys.keys[0])
    try:
        busy, log_frames, checkpointed = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
        assert log_frames == checkpointed
        assert con.execute("SELECT count(*) FROM client").fetchone()[0] == state["clients"]
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()
