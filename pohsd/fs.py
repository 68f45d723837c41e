"""Atomic file writes: temp file beside the target, fsync, replace, directory fsync."""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import time
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, *, keep_previous: bool = False) -> None:
    """Write `data` to `path` so readers see the old or the new file, never a half one.

    With `keep_previous` the file that was there is first kept as `<name>.prev`.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_previous and path.exists():
            prev = path.with_name(path.name + ".prev")
            _replace_with_retry(path, prev, copy=True)
        _replace_with_retry(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _replace_with_retry(src: Path, dst: Path, *, copy: bool = False) -> None:
    # Virus scanners and indexers on Windows briefly hold files open (sharing violation).
    for attempt in range(5):
        try:
            if copy:
                data = src.read_bytes()
                write_atomic(dst, data)
            else:
                os.replace(src, dst)
            return
        except PermissionError:
            if attempt == 4:
                raise
            time.sleep(0.05 * (attempt + 1))
