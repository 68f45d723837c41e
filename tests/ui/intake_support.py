"""Shared pieces of the intake screen tests: a runner owning a workspace, keyboard helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pohsd.domain.client import Client, ClientInput, NetworkPerson
from pohsd.domain.enums import Gender
from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from ui.tasks import TaskRunner

T = TypeVar("T")
WAIT_MS = 15_000
RON = ClientInput(
    given_name="Ron",
    family_name="Jansen",
    birth_date=date(1980, 4, 2),
    gender=Gender.MAN,
    network=(
        NetworkPerson(
            naam="Marja", relatie="broer of zus", rol=("steun, luisterend oor",), mag_benaderd=True
        ),
    ),
)


@pytest.fixture
def runner(qtbot: Any, paths: AppPaths, practice: Practice) -> Iterator[TaskRunner]:
    """A TaskRunner whose DB thread owns a fresh workspace (as after unlocking)."""
    runner = TaskRunner()
    busy = {"now": False}
    runner.busy_changed.connect(lambda value: busy.update(now=value))
    runner.busy_state = busy  # type: ignore[attr-defined]
    done: list[object] = []

    def create() -> bool:
        ws, _recovery = Workspace.create(
            paths, practice, "sanne", TEST_PASSPHRASE, display_name="Sanne de Vries",
            kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True,
        )  # fmt: skip
        runner.set_workspace(ws)
        return True

    runner.db_raw(create).success(done.append).failure(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    assert done == [True]
    yield runner
    qtbot.waitUntil(lambda: not busy["now"], timeout=WAIT_MS)
    runner.shutdown()


def db(qtbot: Any, runner: TaskRunner, fn: Callable[[Workspace], T]) -> T:
    """Run `fn` on the DB thread and wait for the result (tests only; the app never waits)."""
    box: list[tuple[bool, Any]] = []
    runner.db(fn).success(lambda r: box.append((True, r))).failure(
        lambda e: box.append((False, e))
    ).run()
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT_MS)
    ok, value = box[0]
    if not ok:
        raise value
    return value


def new_client_and_intake(
    qtbot: Any, runner: TaskRunner, kind: str = "intake"
) -> tuple[Client, str]:
    def make(ws: Workspace) -> tuple[Client, str]:
        client, _changes = ws.clients.create(RON)
        summary, _changes = ws.intakes.start(client.id, kind)
        return client, summary.id

    return db(qtbot, runner, make)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot: Any, name: str, limit: int = 150) -> QWidget:
    """Press Tab until the widget called `name` has the focus (keyboard only)."""
    for _ in range(limit):
        widget = focused()
        if widget.objectName() == name:
            return widget
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; stuck at {focused().objectName()}")


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def choose(qtbot: Any, first: str, target: str) -> QWidget:
    """Tab to a button group (one tab stop), arrow to `target`, press Space."""
    tab_to(qtbot, first)
    for _ in range(20):
        widget = focused()
        if widget.objectName() == target:
            qtbot.keyClick(widget, Qt.Key.Key_Space)
            return widget
        qtbot.keyClick(widget, Qt.Key.Key_Down)
        if focused() is widget:
            qtbot.keyClick(widget, Qt.Key.Key_Right)
        assert focused() is not widget, f"arrows do not move from {widget.objectName()}"
    raise AssertionError(f"arrows never reached {target}")


def settle(qtbot: Any, runner: TaskRunner) -> None:
    """Wait until the DB thread has nothing queued (before widgets are deleted)."""
    state = runner.busy_state  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not state["now"], timeout=WAIT_MS)
