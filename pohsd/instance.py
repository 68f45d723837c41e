"""One pohsd per data folder: an OS file lock in the folder that dies with its process."""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

LOCK_NAME = "pohsd.lock"
_WIN_LOCK_OFFSET = 4096  # Windows locks a byte range: lock one byte past the pid/host text


class AlreadyRunning(Exception):  # noqa: N818 — reads as a sentence at the call site
    """Another process holds the lock of this data folder (pid/host as it wrote them)."""

    def __init__(self, folder: Path, holder: str) -> None:
        super().__init__("instance.already_running")
        self.folder = folder
        self.holder = holder  # "pid=123 host=name" or "" — never client data


def _try_lock(handle: IO[bytes]) -> bool:
    """Take the OS lock without waiting; False when another process holds it."""
    if sys.platform == "win32":
        import msvcrt  # Windows only

        handle.seek(_WIN_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl  # POSIX only

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt  # Windows only

        handle.seek(_WIN_LOCK_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl  # POSIX only

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class InstanceLock:
    """`pohsd.lock` in the data folder, holding only "pid=… host=…".

    The lock is the operating system's (flock / msvcrt.locking) on the open file, not the file's
    existence: when the holder dies, even by kill -9, the OS drops it and the next `acquire`
    succeeds. A leftover file from a crash is therefore harmless and simply rewritten.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def holder(self) -> str:
        """What the holder wrote (pid and host), for a log line; "" if unreadable."""
        try:
            text = self.path.read_bytes()[:200].decode("ascii", "replace")
        except OSError:
            return ""
        return text.split("\n", 1)[0].strip()

    def acquire(self) -> InstanceLock:
        """Take the lock or raise AlreadyRunning; the folder must exist."""
        if self._handle is not None:
            return self
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+b", buffering=0)
        try:
            if not _try_lock(handle):
                raise AlreadyRunning(self.path.parent, self.holder())
            handle.seek(0)
            handle.truncate(0)
            handle.write(
                f"pid={os.getpid()} host={socket.gethostname()}\n".encode("ascii", "replace")
            )
        except BaseException:
            handle.close()
            raise
        self._handle = handle
        return self

    def release(self) -> None:
        """Drop the lock (the file stays; it holds no client data)."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            _unlock(handle)
        finally:
            handle.close()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
