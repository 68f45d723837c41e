"""Instellingen › Sociale kaart › Vorige kaart: what going back does, confirm, back and forward."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,  # noqa: TID251 — the test answers the tab's question
    QPushButton,
)

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.services.socialmap import SocialMapService
from pohsd.services.socialmap_generations import RollbackTarget
from tests.ui.intake_support import WAIT_MS, db, runner, settle
from tests.ui.test_socialmap_sync_dialog import shot
from tests.unit.test_socialmap_service import tiny
from ui.bridge import ChangeBridge
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.settings_map_rollback import RollbackInfo, SocialMapRollback
from ui.widgets.settings_socialmap import SocialMapSettings

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


# ---- Vorige kaart terugzetten -----------------------------------------------------------------


@pytest.fixture
def tab(qtbot: Any, runner: TaskRunner) -> Iterator[SocialMapSettings]:
    """The Sociale kaart tab, shown but not yet refreshed; the bridge is `tab.test_bridge`."""
    bridge = ChangeBridge()
    widget = SocialMapSettings(runner, bridge)
    widget.test_bridge = bridge  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    widget.show()
    yield widget
    widget.clear()
    settle(qtbot, runner)


def loaded(qtbot: Any, runner: TaskRunner, tab: SocialMapSettings) -> str:
    """Refresh the tab and wait for its Vorige kaart line; returns that line."""
    tab.refresh()
    qtbot.waitUntil(lambda: tab.rollback.info.text() != "", timeout=WAIT_MS)
    settle(qtbot, runner)
    return tab.rollback.info.text()


def confirm_box(qtbot: Any, tab: SocialMapSettings) -> QMessageBox:
    qtbot.waitUntil(lambda: tab.rollback.confirm_box is not None, timeout=WAIT_MS)
    box = tab.rollback.confirm_box
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "confirmSocialmapRollback"
    assert box.isVisible()
    return box


def map_now(qtbot: Any, runner: TaskRunner) -> tuple[int, str | None]:
    status = db(qtbot, runner, lambda ws: ws.socialmap.status())
    return status.count, status.generation_id


def test_rollback_without_an_earlier_map(
    qtbot: Any, runner: TaskRunner, tab: SocialMapSettings
) -> None:
    button = tab.findChild(QPushButton, "socialmapRollback")
    assert button is tab.rollback.button
    assert button.text() == "Vorige kaart terugzetten…"
    assert button.accessibleName() == "Vorige kaart terugzetten"
    assert loaded(qtbot, runner, tab) == "Er is geen eerdere kaart om naar terug te gaan."
    assert tab.findChild(QLabel, "socialmapRollbackInfo").isVisible()
    assert not button.isEnabled()

    db(qtbot, runner, lambda ws: ws.socialmap.import_services(tiny(10), source="eerste"))
    tab.rollback.info.clear()
    assert loaded(qtbot, runner, tab) == "Er is geen eerdere kaart om naar terug te gaan."
    assert not button.isEnabled()  # one map: nothing before it
    shot(tab, "settings_rollback_none.png")
    tab.clear()
    assert tab.rollback.info.text() == ""


def test_rollback_goes_back_after_confirming_and_offers_the_way_forward(
    qtbot: Any, runner: TaskRunner, tab: SocialMapSettings
) -> None:
    first = db(qtbot, runner, lambda ws: ws.socialmap.import_services(tiny(10), source="eerste"))
    second = db(qtbot, runner, lambda ws: ws.socialmap.import_services(tiny(9), source="tweede"))
    built = db(qtbot, runner, lambda ws: ws.socialmap.rollback_target()).built_at
    when = built.astimezone().strftime("%d-%m-%Y")
    assert (
        loaded(qtbot, runner, tab) == f"Terug naar de vorige kaart van {when} (10 voorzieningen)."
    )
    button = tab.rollback.button
    assert button.isEnabled()
    shot(tab, "settings_rollback.png")

    # keyboard: Tab from the last field reaches the button; Escape in the question changes nothing
    tab.warn_months.setFocus()
    qtbot.keyClick(tab.warn_months, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    box = confirm_box(qtbot, tab)
    assert box.defaultButton() is box.findChild(QPushButton, "confirmSocialmapRollbackNo")
    assert box.defaultButton().text() == "Annuleren"
    assert "Nog een keer terugzetten zet daarna de nieuwere kaart terug." in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.rollback.confirm_box is None, timeout=WAIT_MS)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        confirm_box(qtbot, tab).findChild(QPushButton, "confirmSocialmapRollbackNo"),
        Qt.MouseButton.LeftButton,
    )
    settle(qtbot, runner)
    assert map_now(qtbot, runner) == (9, second.generation_id)
    assert tab.status.text() == ""

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = confirm_box(qtbot, tab)
    shot(box, "settings_rollback_confirm.png")
    yes = box.findChild(QPushButton, "confirmSocialmapRollbackYes")
    with qtbot.waitSignal(tab.test_bridge.changed, timeout=WAIT_MS) as published:  # type: ignore[attr-defined]
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert published.args[0].audit
    assert tab.status.text() == (
        "De kaart is teruggezet. Nog een keer terugzetten zet de nieuwere kaart terug."
    )
    assert map_now(qtbot, runner) == (10, first.generation_id)
    qtbot.waitUntil(lambda: "9 voorzieningen" in tab.rollback.info.text(), timeout=WAIT_MS)
    assert tab.rollback.info.text().startswith("Terug naar de ")  # the newer map, dated
    assert button.isEnabled()
    shot(tab, "settings_rollback_forward.png")
    events = db(qtbot, runner, lambda ws: [e.event for e in ws.audit.entries()])
    assert "socialmap.rollback" in events


def test_a_failed_rollback_says_so_and_keeps_the_map(
    qtbot: Any, runner: TaskRunner, tab: SocialMapSettings, monkeypatch: Any
) -> None:
    db(qtbot, runner, lambda ws: ws.socialmap.import_services(tiny(10), source="eerste"))
    second = db(qtbot, runner, lambda ws: ws.socialmap.import_services(tiny(9), source="tweede"))
    assert "(10 voorzieningen)" in loaded(qtbot, runner, tab)

    def gone(_self: object) -> str:
        raise PohsdError(ErrorCode.NOT_FOUND, what="socialmap.previous")

    monkeypatch.setattr(SocialMapService, "rollback", gone)
    qtbot.mouseClick(tab.rollback.button, Qt.MouseButton.LeftButton)
    yes = confirm_box(qtbot, tab).findChild(QPushButton, "confirmSocialmapRollbackYes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    expected = error_text(PohsdError(ErrorCode.NOT_FOUND, what="socialmap.previous"))
    qtbot.waitUntil(lambda: tab.status.text() == expected, timeout=WAIT_MS)
    assert expected == "Dit gegeven bestaat niet (meer)."
    settle(qtbot, runner)
    assert map_now(qtbot, runner) == (9, second.generation_id)
    assert "(10 voorzieningen)" in tab.rollback.info.text()
    assert tab.rollback.button.isEnabled()  # try again later


def test_rollback_info_texts(qtbot: Any) -> None:
    noon = datetime(2026, 11, 12, 12, 0, tzinfo=UTC)  # the same date in every Dutch-ish zone
    section = SocialMapRollback(cast(TaskRunner, None), ChangeBridge())  # describe only
    qtbot.addWidget(section)
    cases = {
        RollbackInfo(RollbackTarget("sync", 11, noon)): (
            "De laatste keer bijwerken terugdraaien: 11 voorzieningen komen terug zoals ze waren "
            "(kaart van 12-11-2026)."
        ),
        RollbackInfo(RollbackTarget("sync", 1, None)): (
            "De laatste keer bijwerken terugdraaien: 1 voorziening komt terug zoals die was."
        ),
        RollbackInfo(RollbackTarget("sync", 11, noon), forward=True): (
            "Het bijwerken opnieuw doen: 11 voorzieningen worden weer zoals na het bijwerken "
            "(kaart van 12-11-2026)."
        ),
        RollbackInfo(RollbackTarget("import", 131, noon)): (
            "Terug naar de vorige kaart van 12-11-2026 (131 voorzieningen)."
        ),
        RollbackInfo(RollbackTarget("import", 1, None), forward=True): (
            "Terug naar de nieuwere kaart (1 voorziening)."
        ),
        RollbackInfo(None): "Er is geen eerdere kaart om naar terug te gaan.",
    }
    for info, text in cases.items():
        assert section.describe(info) == text
