"""A full disk during a sociale-kaart import: DISK_FULL in Dutch, the old map intact, no debris."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.socialmap import generation as gen
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.fault.socialmap_kill_loop import write_feeds
from ui.messages import error_text

DUTCH_FULL = "De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer opnieuw."


def _map_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _full_import_keeps_the_old_map(
    ws: Workspace, small: Path, large: Path, squeeze: Callable[[], object] = lambda: None
) -> PohsdError:
    before = ws.socialmap.import_path(small)
    squeeze()  # from here on the disk is full
    folder = ws.paths.data_dir / "socialmap"
    ws.socialmap.close_map()
    files = _map_files(folder)
    with pytest.raises(PohsdError) as err:
        ws.socialmap.import_path(large, accept_drop=True)
    ws.socialmap.close_map()
    assert _map_files(folder) == files  # byte-identical: no half generation, old one untouched
    status = ws.socialmap.status()
    assert status.generation_id == before.generation_id
    assert status.count == before.count
    assert ws.socialmap.search("Buurtpost")  # and still usable
    assert gen.verify(gen.generation_path(folder, before.generation_id), ws._socialmap_key())
    assert ws.audit.verify()[1] is None
    return err.value


def test_generation_that_cannot_grow(workspace: Workspace, tmp_path: Path, monkeypatch) -> None:
    """`PRAGMA max_page_count` on the new generation stands in for a full disk."""
    small, large = write_feeds(tmp_path / "small", 20)[0], write_feeds(tmp_path / "large", 400)[1]
    real_connect = gen.connect

    def capped(path, key, *, create=False, **kw):
        con = real_connect(path, key, create=create, **kw)
        if create:  # only the generation being built
            con.execute("PRAGMA max_page_count = 40")
        return con

    exc = _full_import_keeps_the_old_map(
        workspace, small, large, lambda: monkeypatch.setattr(gen, "connect", capped)
    )
    assert exc.code == ErrorCode.DISK_FULL, repr(exc.__cause__)
    assert error_text(exc) == DUTCH_FULL
    monkeypatch.setattr(gen, "connect", real_connect)  # room again: the same import now works
    assert workspace.socialmap.import_path(large, accept_drop=True).count == 400


# ---- a real full file system (a 3 MB tmpfs; needs root, else skipped) --------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("no permission to mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False, capture_output=True)


def test_real_full_disk_during_import(tiny_disk: Path, tmp_path: Path, practice) -> None:
    paths = AppPaths.resolve(tiny_disk / "data")
    ws, _ = Workspace.create(
        paths, practice, "sanne", TEST_PASSPHRASE, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True
    )
    try:
        small, large = write_feeds(tmp_path / "s", 20)[0], write_feeds(tmp_path / "l", 3000)[1]
        free = shutil.disk_usage(tiny_disk).free
        assert large.stat().st_size > free  # the large map cannot fit
        exc = _full_import_keeps_the_old_map(ws, small, large)
        assert exc.code in {ErrorCode.DISK_FULL, ErrorCode.STORAGE_ERROR}
        assert error_text(exc) != exc.code.value  # a Dutch sentence, not a code
    finally:
        with contextlib.suppress(PohsdError):
            ws.close()
    again = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        assert again.socialmap.status().count == 20
        assert again.audit.verify()[1] is None
    finally:
        again.close()
