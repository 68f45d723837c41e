"""The plan part shows sociale-kaart suggestions with reasons; answers given now count too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.intake_support import WAIT_MS, db, new_client_and_intake, runner, settle
from ui.bridge import ChangeBridge
from ui.dialogs.signal_dialog import SignalDialog
from ui.tasks import TaskRunner
from ui.widgets.intake_page import IntakePage

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DEMO_MAP = Path(__file__).resolve().parents[2] / "resources" / "socialmap" / "demo"


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[IntakePage]:
    page = IntakePage(runner, ChangeBridge(), signal_dialog_factory=SignalDialog)
    qtbot.addWidget(page)
    page.resize(1176, 760)
    page.show()
    yield page
    page.flush()
    page.clear()
    settle(qtbot, runner)


def _open_plan(qtbot: Any, page: IntakePage, runner: TaskRunner) -> str:
    _client, intake_id = new_client_and_intake(qtbot, runner)
    page.open_intake(intake_id)
    qtbot.waitUntil(lambda: page.content is not None, timeout=WAIT_MS)
    return intake_id


def _panel(page: IntakePage):
    editor = page.extras.plan_editor
    assert editor is not None
    return editor.suggestions


def test_without_a_map_the_panel_says_where_to_get_one(
    qtbot: Any, runner: TaskRunner, page: IntakePage
) -> None:
    _open_plan(qtbot, page, runner)
    page.vm.goto("plan")
    qtbot.waitUntil(lambda: page.extras.plan_editor is not None, timeout=WAIT_MS)
    panel = _panel(page)
    qtbot.waitUntil(lambda: "sociale kaart" in panel.status.text(), timeout=WAIT_MS)
    assert "Er is nog geen sociale kaart" in panel.status.text()
    assert panel.rows == []


def test_unsaved_answers_count_and_verwijzen_names_the_service(
    qtbot: Any, runner: TaskRunner, page: IntakePage, tmp_path: Path
) -> None:
    db(qtbot, runner, lambda ws: ws.socialmap.import_path(DEMO_MAP))
    _open_plan(qtbot, page, runner)
    page.vm.goto("plan")
    qtbot.waitUntil(lambda: page.extras.plan_editor is not None, timeout=WAIT_MS)
    panel = _panel(page)
    qtbot.waitUntil(lambda: panel.refresh.isEnabled(), timeout=WAIT_MS)
    assert panel.rows == []
    assert "kies prioriteiten" in panel.status.text()

    # the answer is only in the view-model (autosave not yet run): Vernieuwen stores it first
    page.vm.answer("geld.schulden.zr", 2)
    qtbot.mouseClick(panel.refresh, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(panel.rows), timeout=WAIT_MS)
    first = panel.rows[0]
    assert first.suggestion.need == "geld.schulden"
    assert first.reasons.text().startswith("past bij: schulden")
    assert "·" in first.reasons.text()
    assert first.refer.accessibleName() == f"Verwijzen naar {first.suggestion.service_name}"
    assert all(row.refer.objectName() and row.refer.accessibleName() for row in panel.rows)
    page.grab().save(str(tmp_path / "plan-suggestions.png"))

    asked: list[object] = []
    page.extras.refer_requested.connect(asked.append)
    qtbot.mouseClick(first.refer, Qt.MouseButton.LeftButton)
    assert asked == [first.suggestion]
