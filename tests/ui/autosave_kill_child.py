"""Child of test_autosave_kill: the intake screen offscreen, typing on and on, reporting saves.

    python tests/ui/autosave_kill_child.py --dir D --intake ID   (passphrase in POHSD_PASSPHRASE)

Prints "ready" once the screen is open, "typed <n> <monotonic>" after every keystroke and
"saved" once the first autosave reached the database. It types until it is killed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from pohsd.paths import AppPaths
from pohsd.workspace import Workspace
from ui.app import configure_application
from ui.bridge import ChangeBridge
from ui.tasks import TaskRunner
from ui.widgets.intake_page import IntakePage

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
FIELD = "opening.aanleiding:tekst"
INTERVAL_MS = 40


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--intake", required=True)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    configure_application(app)
    paths = AppPaths.resolve(args.dir)
    runner = TaskRunner()
    passphrase = os.environ["POHSD_PASSPHRASE"]
    runner.db_raw(
        lambda: runner.set_workspace(
            Workspace.unlock(paths, "sanne", passphrase, allow_weak_kdf=True)
        )
    ).run()
    page = IntakePage(runner, ChangeBridge())
    page.resize(1176, 700)
    page.show()
    page.open_intake(args.intake)
    state = {"n": 0, "saved": False}

    def saved(_at: object) -> None:
        if not state["saved"]:
            state["saved"] = True
            say("saved")

    def type_one() -> None:
        field = page.content.findChild(QWidget, FIELD) if page.content else None
        if field is None:
            return
        if state["n"] == 0:
            field.setFocus()
            say("ready")
        QTest.keyClicks(field, ALPHABET[state["n"] % len(ALPHABET)])
        state["n"] += 1
        say(f"typed {state['n']} {time.monotonic():.3f}")

    page.vm.saved.connect(saved)
    timer = QTimer()
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(type_one)
    timer.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
