"""The record's Privacy (AVG) row driven like a person: export a zip, erase with WISSEN."""

from __future__ import annotations

import os
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from pohsd.domain.client import ClientInput
from pohsd.domain.enums import Rol
from pohsd.security.kdf import WEAK_TEST_PARAMS
from tests.conftest import TEST_PASSPHRASE
from tests.ui.intake_support import WAIT_MS, db, runner
from tests.ui.test_clients import add_client, names, open_record, page, reload
from ui.tasks import TaskRunner
from ui.widgets.clients_page import ClientsPage

__all__ = ["page", "runner"]
SHOTS = Path(os.environ["POHSD_SHOTS"]) if os.environ.get("POHSD_SHOTS") else None
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _two_clients(qtbot: Any, runner: TaskRunner, page: ClientsPage) -> str:
    add_client(qtbot, runner, ClientInput("Ineke", "Visser", date(1962, 1, 9)))
    client_id = add_client(qtbot, runner, ClientInput("Anna", "Achterberg", date(1990, 5, 5)))
    reload(qtbot, page)
    assert names(page)[0] == "Anna Achterberg"
    return client_id


def test_export_writes_a_zip_with_the_three_members(qtbot, runner, page, tmp_path: Path):
    client_id = _two_clients(qtbot, runner, page)
    open_record(qtbot, page, 0)
    gdpr = page.record_view.gdpr
    assert gdpr.export_button.isVisibleTo(page.record_view)
    qtbot.mouseClick(gdpr.export_button, Qt.MouseButton.LeftButton)
    dialog = page.gdpr.file_dialog
    assert dialog is not None
    assert dialog.objectName() == "avgExportDialog"
    dialog.fileSelected.emit(str(tmp_path))  # as if the folder was chosen
    dialog.reject()
    qtbot.waitUntil(lambda: gdpr.status.text() != "", timeout=WAIT_MS)
    [path] = list(tmp_path.glob("avg-inzage_*.zip"))
    assert client_id.replace("-", "")[:8] in path.name
    assert "Achterberg" not in path.name
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["audit.json", "client.json", "overzicht.pdf"]
    assert path.name in gdpr.status.text()
    assert gdpr.status.property("role") == "hint"
    events = db(qtbot, runner, lambda ws: [e.event for e in ws.audit.entries(client_id=client_id)])
    assert "client.avg_export" in events
    if SHOTS:
        page.record_view.grab().save(str(SHOTS / "record_export.png"))


def test_erase_needs_the_typed_word_then_closes_the_record(qtbot, runner, page):
    client_id = _two_clients(qtbot, runner, page)
    open_record(qtbot, page, 0)
    gdpr = page.record_view.gdpr
    qtbot.waitUntil(gdpr.erase_button.isEnabled, timeout=WAIT_MS)  # a poh, no beheerder
    qtbot.mouseClick(gdpr.erase_button, Qt.MouseButton.LeftButton)
    confirm = gdpr.confirm
    assert confirm.isVisibleTo(page.record_view)
    assert "niet ongedaan" in confirm.text.text()
    qtbot.keyClicks(confirm.word, "wissen")
    assert not confirm.yes.isEnabled()  # the exact word, in capitals
    confirm.word.clear()
    qtbot.keyClicks(confirm.word, "WISSEN")
    assert confirm.yes.isEnabled()
    if SHOTS:
        page.record_view.grab().save(str(SHOTS / "record_erase.png"))
    with qtbot.waitSignal(page.list_vm.results_changed, timeout=WAIT_MS):
        qtbot.mouseClick(confirm.yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.list_view, timeout=WAIT_MS)
    assert names(page) == ["Ineke Visser"]
    assert page.record_vm.client is None
    assert db(qtbot, runner, lambda ws: ws.clients.count()) == 1
    assert client_id in db(qtbot, runner, lambda ws: ws.gdpr.ledger())


def test_cancel_keeps_the_record(qtbot, runner, page):
    _two_clients(qtbot, runner, page)
    open_record(qtbot, page, 0)
    gdpr = page.record_view.gdpr
    qtbot.waitUntil(gdpr.erase_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(gdpr.erase_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(gdpr.confirm.word, "WISSEN")
    qtbot.mouseClick(gdpr.confirm.no, Qt.MouseButton.LeftButton)
    assert gdpr.confirm.isHidden()
    assert gdpr.confirm.word.text() == ""
    assert page.stack.currentWidget() is page.record_view
    assert db(qtbot, runner, lambda ws: ws.clients.count()) == 2


def test_a_poh_cannot_erase_when_the_practice_has_a_beheerder(qtbot, runner, page):
    db(qtbot, runner, lambda ws: ws.add_user(
        "beheer", TEST_PASSPHRASE, rol=Rol.BEHEERDER, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True
    ))  # fmt: skip
    _two_clients(qtbot, runner, page)
    open_record(qtbot, page, 0)
    gdpr = page.record_view.gdpr
    qtbot.waitUntil(lambda: "beheerder" in gdpr.erase_button.toolTip(), timeout=WAIT_MS)
    assert not gdpr.erase_button.isEnabled()
    assert gdpr.export_button.isEnabled()  # inzage stays possible for everyone


def test_locking_closes_the_folder_dialog_and_the_question(qtbot, runner, page, tmp_path: Path):
    _two_clients(qtbot, runner, page)
    open_record(qtbot, page, 0)
    gdpr = page.record_view.gdpr
    qtbot.mouseClick(gdpr.export_button, Qt.MouseButton.LeftButton)
    dialog = page.gdpr.file_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    page.clear()  # what the window does on lock
    assert not dialog.isVisible()
    assert page.gdpr.file_dialog is None
    dialog.fileSelected.emit(str(tmp_path / "out"))  # a late choice writes nothing
    assert not (tmp_path / "out").exists()


def test_a_refused_erase_reads_as_dutch(qapp):
    from pohsd.domain.errors import ErrorCode, PohsdError
    from ui.messages import error_text

    text = error_text(PohsdError(ErrorCode.INVALID_INPUT, field="user", rule="erase_not_allowed"))
    assert text.startswith("Alleen de beheerder mag dossiers wissen")
