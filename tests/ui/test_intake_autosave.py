"""Autosave of the intake: 1.5 s after typing, at once on a lock, drafts offered after a crash."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from pohsd.workspace import Workspace
from tests.ui.intake_support import (
    WAIT_MS,
    db,
    new_client_and_intake,
    runner,
    settle,
)
from ui.bridge import ChangeBridge
from ui.tasks import TaskRunner
from ui.widgets.intake_page import IntakePage

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TEXT = "opening.aanleiding:tekst"


@pytest.fixture
def intake_page(qtbot: Any, runner: TaskRunner) -> Iterator[IntakePage]:
    page = IntakePage(runner, ChangeBridge())
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    yield page
    page.flush()
    page.clear()
    settle(qtbot, runner)


def open_page(qtbot: Any, page: IntakePage, intake_id: str) -> None:
    page.open_intake(intake_id)
    qtbot.waitUntil(lambda: page.content is not None, timeout=WAIT_MS)


def drafts_of(ws: Workspace, intake_id: str) -> dict[str, Any]:
    return ws.intakes.open(intake_id).drafts


def test_typing_is_saved_as_a_draft_after_a_pause(
    qtbot: Any, runner: TaskRunner, intake_page: IntakePage
) -> None:
    _client, intake_id = new_client_and_intake(qtbot, runner)
    open_page(qtbot, intake_page, intake_id)
    field = intake_page.content.findChild(QWidget, TEXT)  # type: ignore[union-attr]
    field.setFocus()
    started = time.monotonic()
    qtbot.keyClicks(field, "Hij wil rust in zijn hoofd")
    assert intake_page.vm.value("opening.aanleiding") == "Hij wil rust in zijn hoofd"  # at once
    qtbot.wait(500)
    assert db(qtbot, runner, lambda ws: drafts_of(ws, intake_id)) == {}  # not yet: debounce
    with qtbot.waitSignal(intake_page.vm.saved, timeout=WAIT_MS):
        pass
    assert time.monotonic() - started >= 1.4
    drafts = db(qtbot, runner, lambda ws: drafts_of(ws, intake_id))
    assert drafts["opening.aanleiding"] == ("Hij wil rust in zijn hoofd", "beantwoord")
    pending = db(qtbot, runner, lambda ws: ws.intakes.pending_drafts())
    assert [d.intake_id for d in pending] == [intake_id]


def test_focus_out_saves_at_once_and_navigation_confirms(
    qtbot: Any, runner: TaskRunner, intake_page: IntakePage
) -> None:
    _client, intake_id = new_client_and_intake(qtbot, runner)
    open_page(qtbot, intake_page, intake_id)
    field = intake_page.content.findChild(QWidget, TEXT)  # type: ignore[union-attr]
    field.setFocus()
    qtbot.keyClicks(field, "Post stapelt zich op")
    with qtbot.waitSignal(intake_page.vm.saved, timeout=1000):
        qtbot.keyClick(field, Qt.Key.Key_Tab)  # focus-out: no 1.5 s wait
    intake_page.vm.next_view()  # leaving the part confirms (promote)
    settle(qtbot, runner)
    stored = db(qtbot, runner, lambda ws: ws.intakes.open(intake_id))
    assert stored.answers["opening.aanleiding"] == "Post stapelt zich op"
    assert stored.drafts == {}


def test_notes_and_states_are_autosaved(
    qtbot: Any, runner: TaskRunner, intake_page: IntakePage
) -> None:
    _client, intake_id = new_client_and_intake(qtbot, runner)
    open_page(qtbot, intake_page, intake_id)
    card = intake_page.content.cards["opening.verwijzer"]  # type: ignore[union-attr]
    qtbot.mouseClick(card.state_buttons["wil niet zeggen"], Qt.MouseButton.LeftButton)
    notes = intake_page.view.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Zus Marja helpt met de post")
    intake_page.flush()
    settle(qtbot, runner)
    drafts = db(qtbot, runner, lambda ws: drafts_of(ws, intake_id))
    assert drafts["opening.verwijzer"] == (None, "wil niet zeggen")
    assert drafts["meta.notes"] == ("Zus Marja helpt met de post", "beantwoord")
