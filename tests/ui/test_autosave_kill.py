"""SIGKILL while typing in the intake: the autosaved text is offered back, ≤ 1.5 s is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pohsd.paths import AppPaths
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.ui.autosave_kill_child import ALPHABET
from tests.ui.intake_support import RON

CHILD = Path(__file__).with_name("autosave_kill_child.py")
REPO = Path(__file__).resolve().parents[2]
LOSS_S = 1.5  # the autosave pause
SLACK_S = 0.6  # writing to the database and scheduling on a busy 2-core machine

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def typed_text(n: int) -> str:
    return "".join(ALPHABET[i % len(ALPHABET)] for i in range(n))


def test_sigkill_while_typing_loses_at_most_the_last_pause(
    created: tuple[Workspace, str], paths: AppPaths
) -> None:
    ws = created[0]
    client, _changes = ws.clients.create(RON)
    summary, _changes = ws.intakes.start(client.id, "intake")
    ws.close()
    env = {**os.environ, "POHSD_PASSPHRASE": TEST_PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "--dir", str(paths.data_dir), "--intake", summary.id],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env,
    )  # fmt: skip
    typed: list[tuple[int, float]] = []
    events: list[str] = []

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            parts = line.split()
            if parts and parts[0] == "typed":
                typed.append((int(parts[1]), float(parts[2])))
            elif parts:
                events.append(parts[0])

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + 90
    try:
        while "saved" not in events:
            assert child.poll() is None, "the child stopped before it autosaved"
            assert time.monotonic() < deadline, "the child never autosaved"
            time.sleep(0.02)
        time.sleep(0.9)  # keep typing past the autosave, then pull the plug
        child.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        reader.join(timeout=5)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    assert typed, "nothing was typed"

    ws = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        pending = ws.intakes.pending_drafts()
        drafts = ws.intakes.open(summary.id).drafts
    finally:
        ws.close()
    assert [d.intake_id for d in pending] == [summary.id]  # offered back after unlocking
    text, state = drafts["opening.aanleiding"]
    assert state == "beantwoord"
    total = typed[-1][0]
    assert text == typed_text(len(text))  # what was saved is exactly what was typed
    must_have = max((n for n, at in typed if at <= killed_at - LOSS_S - SLACK_S), default=0)
    assert must_have > 0
    assert must_have <= len(text) <= total
