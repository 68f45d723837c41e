"""GUI budgets: cold start to the painted unlock screen, and Enter to the main window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.util import Result
from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths
from pohsd.security.kdf import calibrate, derive_kek
from pohsd.workspace import Workspace

PASSPHRASE = "bench passphrase for pohsd"  # noqa: S105 — a throwaway benchmark database
ROOT = Path(__file__).resolve().parents[1]


def _child_seconds(*args: str, repeat: int = 5) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bench.probe_start", *args],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            timeout=60,
        )
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _make_database(folder: Path) -> AppPaths:
    paths = AppPaths.resolve(folder / "data")
    ws, _ = Workspace.create(paths, Practice("Bench"), "bench", PASSPHRASE)
    ws.close()
    return paths


def cold_start(folder: Path) -> Result:
    paths = _make_database(folder)
    bare = _child_seconds("bare")
    pohsd = _child_seconds("pohsd", str(paths.data_dir))
    return Result("cold_start", pohsd, bare, note="process start → painted unlock screen")


def unlock(folder: Path) -> Result:
    """Enter → main window shown, in-process, against the KDF alone."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import build_main_window, configure_application

    app = QApplication.instance() or QApplication([])
    configure_application(app)  # type: ignore[arg-type]
    paths = _make_database(folder)
    params = calibrate()
    kdf_samples, unlock_samples = [], []
    for _ in range(3):
        start = time.perf_counter()
        derive_kek(PASSPHRASE, b"s" * 16, params)
        kdf_samples.append(time.perf_counter() - start)

        window = build_main_window(paths)
        window.start()
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)  # let the user list load
        loop.exec()
        window.unlock_page.view.passphrase.setText(PASSPHRASE)
        done = QEventLoop()
        window.unlocked.connect(done.quit)
        QTimer.singleShot(20_000, done.quit)
        start = time.perf_counter()
        window.unlock_page.view.unlock.click()
        done.exec()
        app.processEvents()  # the first paint of the shell
        unlock_samples.append(time.perf_counter() - start)
        window.lock("manual")
        wait = QEventLoop()
        QTimer.singleShot(300, wait.quit)
        wait.exec()
        window.dispose()
    return Result(
        "unlock",
        statistics.median(unlock_samples),
        statistics.median(kdf_samples),
        note="Enter → main window (KDF included)",
    )


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="pohsd-bench-") as tmp:
        results = [cold_start(Path(tmp) / "a"), unlock(Path(tmp) / "b")]
    return results
