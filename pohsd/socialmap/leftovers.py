"""At open: remove sociale-kaart files that a crash left behind (neither current nor previous)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from pathlib import Path

from pohsd.socialmap import generation as gen

log = logging.getLogger("pohsd.socialmap")
_SIDE_FILES = ("-wal", "-shm", "-journal")


def remove_leftovers(folder: Path, keep: Iterable[str]) -> int:
    """Delete generations not in `keep` and orphaned -wal/-shm/-journal files; return the count.

    A map import killed half-way leaves a half-built generation the pointer never named (the
    pointer only flips after `verify`); the next open clears it. Only safe while no import runs:
    the workspace calls this in `open`, under the data folder's instance lock.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    keep_ids = {k for k in keep if k}
    removed = len(gen.prune(folder, keep=keep_ids))
    for side in _SIDE_FILES:
        for path in folder.glob(f"*.db{side}"):
            stem = path.name[: -len(side) - len(".db")]
            if stem not in keep_ids:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed += 1
    if removed:
        log.info("socialmap.leftovers_removed count=%d", removed)
    return removed
