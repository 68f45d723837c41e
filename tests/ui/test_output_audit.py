"""NEN 7513: saving the domain web as a PNG from the client record is logged as an export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.intake_support import RON, WAIT_MS, db, runner, settle
from ui.bridge import ChangeBridge
from ui.dialogs.client_edit_dialog import ClientEditDialog
from ui.dialogs.signal_dialog import SignalDialog
from ui.tasks import TaskRunner
from ui.widgets.clients_page import ClientsPage

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[ClientsPage]:
    page = ClientsPage(
        runner, ChangeBridge(), editor_factory=ClientEditDialog, signal_dialog_factory=SignalDialog
    )
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    yield page
    page.flush_autosave()
    page.clear()
    settle(qtbot, runner)


def test_png_of_the_domain_web_is_audited(
    qtbot: Any, runner: TaskRunner, page: ClientsPage, tmp_path: Path
) -> None:
    def prepare(ws: Any) -> str:
        client, _ = ws.clients.create(RON)
        intake, _ = ws.intakes.start(client.id)
        ws.intakes.save_drafts(intake.id, {"geld.cijfer": (3, "beantwoord")})
        ws.intakes.complete(intake.id)
        return client.id

    client_id = db(qtbot, runner, prepare)
    page.refresh()
    qtbot.waitUntil(lambda: page.list_vm.model.rowCount() == 1, timeout=WAIT_MS)
    page.open_client(client_id)
    radar = page.intakes.radar
    qtbot.waitUntil(lambda: radar.save_button.isEnabled(), timeout=WAIT_MS)
    assert radar.save_png(str(tmp_path / radar.default_file_name()))

    def exported() -> bool:
        log = db(qtbot, runner, lambda ws: ws.clients.access_log(client_id))
        return any(e.action == "export" and e.event == "leefgebiedenweb.png" for e in log)

    qtbot.waitUntil(exported, timeout=WAIT_MS)
