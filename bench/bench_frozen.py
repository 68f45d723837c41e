"""Startup of the PyInstaller build against the source install: process start → unlock screen.

Both runs use the app's own `main()` with POHSD_EXIT_AFTER_UNLOCK_SHOWN=1 (ui/app.py), which
quits as soon as the unlock screen is shown with its users, on a real (non-demo) database.
The build is taken from POHSD_FROZEN_DIST or build/dist/pohsd (packaging/build-linux.sh).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_gui import _make_database
from bench.util import Result

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""


def dist_dir() -> Path:
    return Path(os.environ.get("POHSD_FROZEN_DIST") or ROOT / "build" / "dist" / "pohsd")


def _seconds(command: list[str], data_dir: Path, repeat: int) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", POHSD_EXIT_AFTER_UNLOCK_SHOWN="1")
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(
            [*command, "--data-dir", str(data_dir)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        samples.append(time.perf_counter() - start)
        if done.returncode != 0 or "unlock-shown" not in done.stdout:
            raise RuntimeError(
                f"{command[0]} did not reach the unlock screen: {done.stderr[-500:]}"
            )
    return statistics.median(samples)


def run(repeat: int = 5) -> list[Result]:
    program = dist_dir() / f"pohsd{EXE}"
    if not program.is_file():
        return [Result("startup_frozen", 0.0, note=f"no build at {program.parent}; skipped")]
    with tempfile.TemporaryDirectory(prefix="pohsd-bench-") as tmp:
        paths = _make_database(Path(tmp))
        _seconds([str(program)], paths.data_dir, 1)  # warm the file cache for both
        source = _seconds([sys.executable, "-m", "ui.app"], paths.data_dir, repeat)
        frozen = _seconds([str(program)], paths.data_dir, repeat)
    return [
        Result("startup_source", source, note="source install: start → unlock screen"),
        Result(
            "startup_frozen",
            frozen,
            source,
            note="PyInstaller onedir: start → unlock screen; floor = source install",
        ),
    ]
