"""kill -9 in the middle of writes loses no acknowledged commit and leaves the DB clean."""

import importlib.util
from pathlib import Path

import pytest

from pohsd.store.engine import connect
from pohsd.workspace import Workspace
from tests.fault.kill_loop import run_harness

KILL_LOOP = Path(__file__).with_name("kill_loop.py")


def _harness():
    spec = importlib.util.spec_from_file_location("kill_loop", KILL_LOOP)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _kill_loop(data_dir: Path, rounds: int, timeout: float, *extra: str) -> dict:
    return run_harness(KILL_LOOP, data_dir, rounds, timeout, *extra)


def test_kill9_25_rounds(tmp_path: Path):  # DESIGN §7: 25 in the default run, 1 000 nightly
    summary = _kill_loop(tmp_path / "data", 25, timeout=180)
    assert summary["ok"] is True
    assert summary["rounds"] == 25
    assert summary["acknowledged"] > 0  # the kills really landed among commits
    assert summary["clients"] >= summary["acknowledged"]
    assert "intakes" in summary  # autosaves are checked (a busy machine may ack none in 25)


@pytest.mark.slow
def test_kill9_1000_rounds(tmp_path: Path):
    summary = _kill_loop(tmp_path / "data", 1000, 3 * 3600, "--fork")  # forked: ~20 min
    assert summary["ok"] is True
    assert summary["rounds"] == 1000
    assert summary["clients"] >= summary["acknowledged"] > 0


# ---- the harness itself catches what it claims to catch ("verified harness") ---------------


def test_harness_notices_a_lost_acknowledged_commit(tmp_path: Path):
    kl = _harness()
    paths = kl.create(tmp_path / "data")
    assert kl.verify(paths, set())["audit_rows"] > 0
    with pytest.raises(kl.KillLoopError, match="lost"):
        kl.verify(paths, {"00000000-0000-4000-8000-000000000000"})


def test_harness_notices_a_broken_audit_chain(tmp_path: Path):
    kl = _harness()
    paths = kl.create(tmp_path / "data")
    keys = Workspace.derive_keys(paths, kl.USER, kl.PASSPHRASE, allow_weak_kdf=True)
    con = connect(paths.db, keys.keys[0])
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET event = 'x' WHERE seq = 1")
    con.close()
    with pytest.raises(kl.KillLoopError, match="audit chain broken at seq 1"):
        kl.verify(paths, set())


def test_harness_notices_a_damaged_page(tmp_path: Path):
    kl = _harness()
    paths = kl.create(tmp_path / "data")
    raw = bytearray(paths.db.read_bytes())
    assert len(raw) > 3 * 4096
    raw[2 * 4096 + 100] ^= 0xFF  # inside the third page, past the header
    paths.db.write_bytes(bytes(raw))
    with pytest.raises(kl.KillLoopError):
        kl.verify(paths, set())


def test_harness_notices_a_lost_autosave(tmp_path: Path):
    kl = _harness()
    paths = kl.create(tmp_path / "data")
    ws = Workspace.unlock(paths, kl.USER, kl.PASSPHRASE, allow_weak_kdf=True)
    try:
        client, _ = ws.clients.create(kl._client(1))
        intake, _ = ws.intakes.start(client.id, "intake")
        ws.intakes.save_drafts(intake.id, {kl.DRAFT_QUESTION: (kl._draft_text(2), "beantwoord")})
    finally:
        ws.close()
    assert kl.verify(paths, {client.id}, {intake.id: 2})["intakes"] == 1
    with pytest.raises(kl.KillLoopError, match="autosave 3 of an intake lost"):
        kl.verify(paths, {client.id}, {intake.id: 3})
