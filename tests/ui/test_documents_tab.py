"""Documenten tab: letters from the latest conversation and per referral, versions, outputs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.intake_support import WAIT_MS, db, runner, settle
from tests.unit.documents.personas import Persona, make_ron
from ui.bridge import ChangeBridge
from ui.dialogs.letter_dialog import LetterDialog
from ui.tasks import TaskRunner
from ui.viewmodels.letter_vm import EXPORT_FOLDER_SETTING
from ui.widgets.clients_page import ClientsPage

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots")


@pytest.fixture
def ron(qtbot: Any, runner: TaskRunner, tmp_path: Path) -> Persona:
    (tmp_path / "brieven").mkdir()

    def prepare(ws: Any) -> Persona:
        persona = make_ron(ws)
        ws.practice.set_setting(EXPORT_FOLDER_SETTING, str(tmp_path / "brieven"))
        return persona

    return db(qtbot, runner, prepare)


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[ClientsPage]:
    widget = ClientsPage(runner, ChangeBridge(), letter_dialog_factory=LetterDialog)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    yield widget
    widget.clear()
    settle(qtbot, runner)


def _open_documents(qtbot: Any, page: ClientsPage, client_id: str) -> None:
    page.open_client(client_id)
    qtbot.waitUntil(lambda: page.documents.intake_id is not None, timeout=WAIT_MS)
    page.record_view.show_tab("documenten")


def _dialog(qtbot: Any, page: ClientsPage) -> LetterDialog:
    def shown() -> list[LetterDialog]:
        return [d for d in page.findChildren(LetterDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=WAIT_MS)
    [dialog] = shown()
    qtbot.waitUntil(lambda: dialog.vm.model is not None, timeout=WAIT_MS)
    return dialog


def _finalise(qtbot: Any, dialog: LetterDialog) -> None:
    qtbot.waitUntil(dialog.view.final_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.view.final_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.view.pdf_button.isEnabled, timeout=WAIT_MS)


def test_letters_open_from_the_documents_tab_and_outputs_are_listed(
    qtbot: Any, page: ClientsPage, ron: Persona, tmp_path: Path
) -> None:
    _open_documents(qtbot, page, ron.client_id)
    view = page.record_view.documents
    assert view.gp_feedback_button.isEnabled()
    assert "intake" in view.intake_hint.text()
    assert view.referrals.count() == 1
    assert "Schuldhulpverlening" in view.referrals.item(0).text()
    assert view.outputs_empty.isVisible()
    assert view.versions_empty.isVisible()
    assert not view.open_version_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "letter_documents_tab_empty.png"))

    qtbot.mouseClick(view.gp_feedback_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    assert dialog.windowTitle() == "Terugkoppeling aan de huisarts"
    _finalise(qtbot, dialog)
    qtbot.mouseClick(dialog.view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.documents.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.documents.model.index(0, 2).data() == "Opgeslagen als bestand"
    assert "huisarts" in page.documents.model.index(0, 1).data()
    assert [p.name.split("_")[0] for p in (tmp_path / "brieven").iterdir()] == ["terugkoppeling"]
    dialog.reject()

    qtbot.mouseClick(view.status_update_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    assert dialog.windowTitle() == "Statusupdate verwijzing"
    assert "Schuldhulpverlening" in dialog.view.preview.toPlainText()
    dialog.reject()
    page.grab().save(str(SHOTS / "letter_documents_tab.png"))


def test_a_lock_closes_the_letter_and_clears_the_tab(
    qtbot: Any, page: ClientsPage, ron: Persona
) -> None:
    _open_documents(qtbot, page, ron.client_id)
    qtbot.mouseClick(page.record_view.documents.referral_letter_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    assert "Verwijsbrief" in dialog.view.preview.toPlainText()
    dialog.force_close()
    assert dialog.view.preview.toPlainText() == ""
    assert not dialog.isVisible()
    page.clear()
    assert page.record_view.documents.referrals.count() == 0
    assert page.documents.model.rowCount() == 0
    assert not page.record_view.documents.gp_feedback_button.isEnabled()


def test_the_documents_list_shows_versions_and_opens_one_read_only(
    qtbot: Any, page: ClientsPage, ron: Persona
) -> None:
    _open_documents(qtbot, page, ron.client_id)
    view = page.record_view.documents
    qtbot.mouseClick(view.referral_letter_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    _finalise(qtbot, dialog)
    kenmerk = dialog.vm.model.kenmerk
    editor = dialog.view.fields["vraag"]
    editor.setPlainText("Wilt u hem deze week bellen?")
    qtbot.waitUntil(dialog.view.reason.isVisible, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.view.reason, "Termijn aangepast")
    qtbot.mouseClick(dialog.view.final_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.documents.versions.rowCount() == 2, timeout=WAIT_MS)
    dialog.reject()

    model = page.documents.versions
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(2)]
    assert [r[0] for r in rows] == ["Verwijsbrief", "Verwijsbrief"]
    assert [r[1] for r in rows] == ["2 (correctie)", "1"]
    assert {r[2] for r in rows} == {kenmerk}
    assert all(re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", r[3]) for r in rows)
    assert all(r[4] for r in rows)
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "Reden van de correctie: Termijn aangepast"
    )
    assert not view.versions_empty.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "letter_documents_versions.png"))

    view.versions.selectRow(1)
    assert view.open_version_button.isEnabled()
    qtbot.mouseClick(view.open_version_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    qtbot.waitUntil(dialog.view.pdf_button.isEnabled, timeout=WAIT_MS)
    assert dialog.vm.model.version == 1
    assert "binnen twee weken" in dialog.view.preview.toPlainText()
    assert "deze week bellen" not in dialog.view.preview.toPlainText()
    assert dialog.view.fields["vraag"].isReadOnly()
    assert dialog.view.correct_button.isVisible()
    dialog.reject()
