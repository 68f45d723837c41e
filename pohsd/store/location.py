"""Refuse data folders on network shares and cloud-synced folders (WAL needs one host)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pohsd.domain.errors import ErrorCode, PohsdError

_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "sshfs", "9p", "afs", "davfs"}
_CLOUD_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "my drive", "icloud")
_DRIVE_REMOTE = 4


def _mount_fstype(path: Path) -> str | None:
    """The file system type of the mount holding `path` (Linux), or None."""
    try:
        lines = Path("/proc/self/mounts").read_text().splitlines()
    except OSError:
        return None
    best, fstype = "", None
    target = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        is_parent = target == mount or target.startswith(mount.rstrip("/") + "/")
        if is_parent and len(mount) > len(best):
            best, fstype = mount, parts[2]
    return fstype


def _windows_drive_type(path: Path) -> int | None:
    if sys.platform != "win32":
        return None
    import ctypes  # deferred: Windows only

    root = os.path.splitdrive(str(path))[0] + "\\"
    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def check_location(folder: Path) -> None:
    """Raise NETWORK_LOCATION or CLOUD_LOCATION when `folder` is unsafe for the database."""
    text = str(folder)
    if text.startswith(("\\\\", "//")):
        raise PohsdError(ErrorCode.NETWORK_LOCATION)
    lowered = text.replace("\\", "/").casefold()
    if any(f"/{marker}" in lowered for marker in _CLOUD_MARKERS):
        raise PohsdError(ErrorCode.CLOUD_LOCATION)
    if _windows_drive_type(folder) == _DRIVE_REMOTE:
        raise PohsdError(ErrorCode.NETWORK_LOCATION)
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    fstype = _mount_fstype(existing.resolve())
    if fstype and fstype.casefold() in _NETWORK_FS:
        raise PohsdError(ErrorCode.NETWORK_LOCATION)
