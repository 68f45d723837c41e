"""Verwijzen from the Sociale kaart when a client is open: button, prefilled filters, concept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from pohsd.domain.client import Address, ClientInput
from tests.ui.intake_support import WAIT_MS, db, runner, settle
from ui.bridge import ChangeBridge
from ui.dialogs.referral_dialog import ReferralDialog
from ui.tasks import TaskRunner
from ui.widgets.socialmap_page import SocialMapPage

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DEMO_MAP = Path(__file__).resolve().parents[2] / "resources" / "socialmap" / "demo"


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[SocialMapPage]:
    widget = SocialMapPage(runner, referral_dialog_factory=ReferralDialog, bridge=ChangeBridge())
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    yield widget
    widget.clear()
    settle(qtbot, runner)


def test_refer_from_the_detail_for_the_open_client(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage
) -> None:
    def prepare(ws: Any) -> str:
        ws.socialmap.import_path(DEMO_MAP)
        data = ClientInput("Ans", "de Boer", date(1958, 2, 1),
                           address=Address(postal_code="9997 AB", city="Demodorp"))  # fmt: skip
        return ws.clients.create(data)[0].id

    client_id = db(qtbot, runner, prepare)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    page.set_client(client_id, "Ans de Boer", 68, "9997 AB")
    assert page.view.postcode.text() == "9997"
    assert page.view.age.value() == 68
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    topic = page.view.topic.findData("geld.schulden")
    assert topic >= 0
    page.view.topic.setCurrentIndex(topic)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    page.view.list.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(
        lambda: page.detail.isVisible() and bool(page.detail.service_id), timeout=WAIT_MS
    )
    assert page.detail.refer.isVisible()
    assert page.detail.for_client.text() == "Verwijzen voor Ans de Boer"
    service_id = page.detail.service_id
    if Path("/tmp/shots").is_dir():  # for a human look on a developer's machine
        page.grab().save("/tmp/shots/socialmap_refer.png")

    qtbot.mouseClick(page.detail.refer, Qt.MouseButton.LeftButton)
    dialog = page.referral_launcher.dialog
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    assert dialog.form.leefgebieden() == ["geld.schulden"]  # the topic filter in use
    qtbot.keyClicks(dialog.form.question, "Kunt u Ans helpen met haar post?")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.keyClick(dialog.form.question, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = db(qtbot, runner, lambda ws: ws.referrals.for_client(client_id))
    assert [(r.status, r.service_id) for r in stored] == [("concept", service_id)]
    qtbot.waitUntil(lambda: page.detail.message.isVisible(), timeout=WAIT_MS)
    assert page.detail.message.text().endswith("staat klaar als concept.")

    page.set_client(None)
    assert not page.detail.refer.isVisible()
