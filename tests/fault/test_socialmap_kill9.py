"""kill -9 during sociale-kaart imports: the pointer names a whole generation; leftovers go."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pohsd.socialmap import generation as gen
from pohsd.socialmap.leftovers import remove_leftovers
from pohsd.workspace import Workspace
from tests.fault import socialmap_kill_loop as loop
from tests.fault.kill_loop import KillLoopError, run_harness

HARNESS = Path(loop.__file__)
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")


def _run(data_dir: Path, rounds: int, timeout: float, *extra: str) -> dict:
    return run_harness(HARNESS, data_dir, rounds, timeout, *extra)


def test_socialmap_kill9_short(tmp_path: Path) -> None:
    summary = _run(tmp_path / "data", 4, 240, "--fork", "--services", "200")
    assert summary["ok"] is True
    assert summary["rounds"] == 4


@pytest.mark.slow
def test_socialmap_kill9_spawned_children(tmp_path: Path) -> None:
    """The same check with fresh interpreters (no fork), as the slow run can also be done."""
    summary = _run(tmp_path / "data", 2, 240, "--services", "200")
    assert summary["ok"] is True


@pytest.mark.slow
def test_socialmap_kill9_1000_rounds(tmp_path: Path) -> None:
    summary = _run(tmp_path / "data", 1000, 3 * 3600, "--fork")
    assert summary["ok"] is True
    assert summary["imports_acknowledged"] > 0
    assert summary["rounds_with_leftovers_cleaned"] > 0


# ---- the harness and the clean-up catch what they claim to catch --------------------------------


@pytest.fixture
def mapped(tmp_path: Path):
    """A workspace (kill-loop user) with two imports: a current and a previous generation."""
    paths = loop.create(tmp_path / "data")
    feeds = loop.write_feeds(tmp_path / "feeds", 50)
    ws = Workspace.unlock(paths, loop.USER, loop.PASSPHRASE, allow_weak_kdf=True)
    try:
        first = ws.socialmap.import_path(feeds[0]).generation_id
        second = ws.socialmap.import_path(feeds[1]).generation_id
    finally:
        ws.close()
    return paths, first, second


def test_open_removes_a_half_generation_and_keeps_current_and_previous(mapped) -> None:
    paths, first, second = mapped
    folder = paths.data_dir / "socialmap"
    half = gen.generation_path(folder, "20991231T235959Z-0badf00d")
    half.write_bytes(gen.generation_path(folder, second).read_bytes()[:8192])
    Path(f"{half}-wal").write_bytes(b"\0" * 100)
    Path(f"{folder / '20000101T000000Z-deadbeef'}.db-journal").write_bytes(b"x")
    ws = Workspace.unlock(paths, loop.USER, loop.PASSPHRASE, allow_weak_kdf=True)
    try:
        assert ws.socialmap.status().generation_id == second
    finally:
        ws.close()
    assert sorted(p.name for p in folder.iterdir()) == sorted([f"{first}.db", f"{second}.db"])
    assert remove_leftovers(folder, [first, second]) == 0  # nothing more to do


def test_harness_notices_a_half_generation_behind_the_pointer(mapped) -> None:
    paths, _first, second = mapped
    path = gen.generation_path(paths.data_dir / "socialmap", second)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(KillLoopError):
        loop.verify(paths, second, 50)


def test_harness_notices_a_lost_acknowledged_import(mapped) -> None:
    paths, first, second = mapped
    with pytest.raises(KillLoopError, match="acknowledged generation or its successor"):
        loop.verify(paths, "20991231T235959Z-0badf00d", 50)
    assert loop.verify(paths, second, 50)["current"] == second
    with pytest.raises(KillLoopError, match="of 51 services"):
        loop.verify(paths, first, 51)
