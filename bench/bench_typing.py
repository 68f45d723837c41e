"""GUI-thread stalls while typing into an intake (with autosave running), 20 000 clients."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from bench.bench_autosave import CLIENTS, PASSPHRASE, _fill
from bench.util import Result
from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace

KEYS = 240
KEY_INTERVAL_MS = 25
PAUSE_EVERY = 40  # a pause longer than the 1.5 s debounce lets autosave write mid-typing
PAUSE_MS = 1700


def run() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.bridge import ChangeBridge
    from ui.tasks import TaskRunner
    from ui.widgets.intake_page import IntakePage

    app = QApplication.instance() or QApplication([])

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    with tempfile.TemporaryDirectory(prefix="pohsd-bench-") as tmp:
        paths = AppPaths.resolve(Path(tmp) / "data")
        ws, _ = Workspace.create(
            paths, Practice("Bench"), "bench", PASSPHRASE, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True
        )
        client_id = _fill(ws, CLIENTS)
        intake_id = ws.intakes.start(client_id)[0].id
        ws.close()

        runner = TaskRunner()

        def open_ws() -> None:
            runner.set_workspace(Workspace.unlock(paths, "bench", PASSPHRASE, allow_weak_kdf=True))

        runner.db_raw(open_ws).run()
        spin(500)
        page = IntakePage(runner, ChangeBridge())
        page.resize(1366, 768)
        page.show()
        page.open_intake(intake_id)
        spin(1000)
        field = page.view.notes

        clock = QElapsedTimer()
        clock.start()
        gaps: list[float] = []
        last = [clock.nsecsElapsed()]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        probe = QTimer()
        probe.setInterval(1)
        probe.timeout.connect(tick)
        probe.start()
        key_times = []
        for i in range(KEYS):
            start = time.perf_counter()
            QTest.keyClicks(field, "a" if i % 6 else " ")
            key_times.append((time.perf_counter() - start) * 1000)
            spin(PAUSE_MS if i and i % PAUSE_EVERY == 0 else KEY_INTERVAL_MS)
        spin(1800)  # the last autosave
        probe.stop()
        page.flush()
        spin(500)
        saved: list[int] = []

        def saved_length(ws: Workspace) -> int:
            record = ws.intakes.open(intake_id)
            draft = record.drafts.get("meta.notes", (None, ""))[0]
            return len(str(draft or record.notes))

        runner.db(saved_length).success(saved.append).run()
        spin(500)
        runner.shutdown()
        page.deleteLater()
        app.processEvents()
    worst_gap = max(gaps) / 1000 if gaps else 0.0
    return [
        Result(
            "typing_stall",
            worst_gap,
            note=f"longest gap of a 1 ms timer while typing "
            f"{KEYS} keys with autosave, {CLIENTS} clients; slowest key "
            f"{max(key_times):.1f} ms; {saved[0] if saved else 0} characters autosaved",
        ),
    ]
