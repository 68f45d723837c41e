"""A full disk during a backup: a clear Dutch message; the data and earlier backups intact."""

from __future__ import annotations

import errno
import shutil
from datetime import date
from pathlib import Path

import pytest

from pohsd.domain.client import ClientInput
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.fault.test_disk_full_import import tiny_disk  # noqa: F401 — the 3 MB tmpfs fixture
from ui.messages import error_text

CLEAR_CODES = {ErrorCode.DISK_FULL, ErrorCode.STORAGE_ERROR}


def _fill(ws: Workspace, n: int) -> None:
    for i in range(n):
        ws.clients.create(ClientInput(f"Vol{i}", "Schijf" * 10, date(1980, 1, 1 + i % 28)))


def _sets(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _data_intact(ws: Workspace, clients: int) -> None:
    assert ws.clients.count() == clients
    assert ws.audit.verify()[1] is None


def test_no_space_while_copying_the_keyslots(workspace: Workspace, tmp_path, monkeypatch) -> None:
    """ENOSPC injected into the copy step (any machine, no mount needed)."""
    _fill(workspace, 5)
    folder = tmp_path / "backups"
    first = workspace.backup.create(folder)
    real_copy = shutil.copyfile

    def no_space(src, dst, *args, **kwargs):
        if Path(dst).name == "keyslots.json":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copy(src, dst, *args, **kwargs)

    monkeypatch.setattr(shutil, "copyfile", no_space)
    with pytest.raises((PohsdError, OSError)) as err:
        workspace.backup.create(folder)
    exc = err.value
    assert isinstance(exc, PohsdError), f"unmapped {type(exc).__name__}: {exc}"
    assert exc.code in CLEAR_CODES
    assert error_text(exc) != exc.code.value  # a Dutch sentence
    assert _sets(folder) == [first.name]  # no half set left; the earlier backup untouched
    workspace.backup.verify(folder / first.name)
    _data_intact(workspace, 5)


def test_real_full_disk_during_backup(workspace: Workspace, tiny_disk: Path) -> None:  # noqa: F811
    _fill(workspace, 50)
    ballast = tiny_disk / "ballast"  # the disk is nearly full already: 64 KiB left
    ballast.write_bytes(b"\0" * (shutil.disk_usage(tiny_disk).free - 64 * 1024))
    assert workspace.paths.db.stat().st_size > shutil.disk_usage(tiny_disk).free
    with pytest.raises(PohsdError) as err:
        workspace.backup.create(tiny_disk / "backups")
    assert err.value.code in CLEAR_CODES, err.value.code
    assert error_text(err.value) != err.value.code.value
    assert _sets(tiny_disk / "backups") == []  # the partial set was removed
    _data_intact(workspace, 50)
    workspace.close()
    again = Workspace.unlock(workspace.paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        _data_intact(again, 50)
    finally:
        again.close()
