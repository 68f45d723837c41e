"""Resident memory of a bench process and of its child processes (Linux /proc, MB)."""

from __future__ import annotations

import contextlib
import os
import resource
import threading
from pathlib import Path


def rss_mb() -> dict[str, float]:
    """Current (VmRSS) and peak resident memory of this process, in MB.

    The peak is VmHWM where Linux gives it: `ru_maxrss` survives the exec of a forked child,
    so in the import child it would report the bench parent's size at the fork (the generated
    package), not the child's own peak.
    """
    out = {"peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
    out["peak"] = out.get("VmHWM", out["peak"])
    return out


class ChildPeaks:
    """Peak resident memory (VmHWM, MB) of this process's children, sampled on a thread.

    The import's worker processes (pohsd/socialmap/prepare.py) are not in its own peak.
    """

    def __init__(self) -> None:
        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        me = str(os.getpid())
        while not self._stop.wait(0.1):
            for stat in Path("/proc").glob("[0-9]*/stat"):
                with contextlib.suppress(OSError, IndexError, ValueError):
                    if stat.read_text().rsplit(")", 1)[1].split()[1] != me:
                        continue
                    if b"spawn_main" not in (stat.parent / "cmdline").read_bytes():
                        continue  # not a worker (multiprocessing's resource tracker)
                    for line in (stat.parent / "status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            pid = int(stat.parent.name)
                            self.peaks[pid] = max(
                                self.peaks.get(pid, 0), int(line.split()[1]) / 1024
                            )

    def stop(self) -> dict[str, float]:
        self._stop.set()
        self._thread.join()
        return {"workers": len(self.peaks), "max": max(self.peaks.values(), default=0.0),
                "sum": sum(self.peaks.values())}  # fmt: skip
