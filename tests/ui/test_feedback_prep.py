"""Closing the loop: after a step the statusupdate is prepared (when chosen); copying it counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from pohsd.domain.client import Client
from pohsd.workspace import Workspace
from tests.ui.intake_support import WAIT_MS, db, runner, settle
from tests.ui.test_referral_tabs import _open, _refer, _status_dialog, client
from ui.bridge import ChangeBridge
from ui.clipboard import SensitiveClipboard
from ui.dialogs.letter_dialog import LetterDialog
from ui.dialogs.referral_dialog import ReferralDialog
from ui.tasks import TaskRunner
from ui.widgets.clients_page import ClientsPage

__all__ = ["client", "runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[ClientsPage]:
    widget = ClientsPage(
        runner,
        ChangeBridge(),
        referral_dialog_factory=ReferralDialog,
        letter_dialog_factory=LetterDialog,
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    yield widget
    widget.clear()
    settle(qtbot, runner)


def _sent(ws: Workspace, client_id: str) -> str:
    referral = _refer(ws, client_id, "Geldmaatje", "Overzicht van schulden")
    ws.referrals.transition(referral.id, "verstuurd", effective=date.today(), source="telefoon")
    return referral.id


def _step_to_afgewezen(qtbot: Any, page: ClientsPage) -> None:
    dialog = _status_dialog(qtbot, page)
    dialog.target_buttons["afgewezen"].setChecked(True)
    dialog.reason.setCurrentIndex(dialog.reason.findData("geen plek"))
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_prepared_at_once_when_chosen_and_copying_closes_the_loop(
    qtbot: Any, runner: TaskRunner, page: ClientsPage, client: Client
) -> None:
    referral_id = db(qtbot, runner, lambda ws: _sent(ws, client.id))
    db(qtbot, runner, lambda ws: ws.practice.set_setting("terugkoppeling.automatisch", "1"))
    _open(qtbot, page, client, "verwijzingen")
    qtbot.waitUntil(lambda: page.referrals.model.rowCount() == 1, timeout=WAIT_MS)
    _step_to_afgewezen(qtbot, page)
    qtbot.waitUntil(lambda: page.feedback.dialog is not None, timeout=WAIT_MS)
    letter = page.feedback.dialog
    assert isinstance(letter, LetterDialog)
    assert letter.vm.request.kind == "status-update"
    letter.clipboard = SensitiveClipboard()
    qtbot.waitUntil(letter.view.final_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(letter.view.final_button, Qt.MouseButton.LeftButton)  # Definitief first
    qtbot.waitUntil(letter.view.copy_button.isEnabled, timeout=WAIT_MS)
    assert db(qtbot, runner, lambda ws: ws.worklist.feedback_pending(referral_id))
    qtbot.mouseClick(letter.view.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not db(qtbot, runner, lambda ws: ws.worklist.feedback_pending(referral_id)),
        timeout=WAIT_MS,
    )
    letter.clipboard.clear_now()
    letter.force_close()


def test_not_prepared_without_the_setting_but_by_hand(
    qtbot: Any, runner: TaskRunner, page: ClientsPage, client: Client
) -> None:
    db(qtbot, runner, lambda ws: _sent(ws, client.id))
    _open(qtbot, page, client, "verwijzingen")
    qtbot.waitUntil(lambda: page.referrals.model.rowCount() == 1, timeout=WAIT_MS)
    _step_to_afgewezen(qtbot, page)
    tab = page.record_view.referrals
    qtbot.waitUntil(tab.feedback_prepare.isVisible, timeout=WAIT_MS)
    qtbot.wait(200)  # a wrongly queued automatic dialog would have opened by now
    assert page.feedback.dialog is None
    qtbot.mouseClick(tab.feedback_prepare, Qt.MouseButton.LeftButton)
    assert isinstance(page.feedback.dialog, LetterDialog)
    page.clear()  # a lock closes the letter with what was typed
    assert page.feedback.dialog is None
