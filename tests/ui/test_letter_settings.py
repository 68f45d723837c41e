"""Instellingen › Brieven: export folder, clipboard time, templates (beheerder only, checked)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest

from pohsd.domain.enums import Rol
from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.ui.intake_support import WAIT_MS, db, runner, settle
from ui.bridge import ChangeBridge
from ui.clipboard import CLEAR_SETTING
from ui.tasks import TaskRunner
from ui.viewmodels.letter_vm import EXPORT_FOLDER_SETTING
from ui.widgets.settings_letters import LetterSettings

__all__ = ["runner"]
SHOTS = Path("/tmp/shots")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DEFAULT_TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.fixture
def beheerder(qtbot: Any, paths: AppPaths, practice: Practice) -> Iterator[TaskRunner]:
    """A runner whose workspace user is a beheerder."""
    owner = TaskRunner()
    busy = {"now": False}
    owner.busy_changed.connect(lambda value: busy.update(now=value))
    owner.busy_state = busy  # type: ignore[attr-defined]
    done: list[object] = []

    def create() -> bool:
        ws, _recovery = Workspace.create(
            paths, practice, "bea", TEST_PASSPHRASE, display_name="Bea Beheer",
            rol=Rol.BEHEERDER, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True,
        )  # fmt: skip
        owner.set_workspace(ws)
        return True

    owner.db_raw(create).success(done.append).failure(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    yield owner
    qtbot.waitUntil(lambda: not busy["now"], timeout=WAIT_MS)
    owner.shutdown()


def _tab(qtbot: Any, owner: TaskRunner) -> LetterSettings:
    tab = LetterSettings(owner, ChangeBridge())
    qtbot.addWidget(tab)
    tab.resize(1000, 640)
    tab.show()
    tab.refresh()
    settle(qtbot, owner)
    qtbot.waitUntil(lambda: tab.seconds.value() == 60, timeout=WAIT_MS)
    return tab


def _bad_template(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("{{ praktijk.adress }}")
    document.add_paragraph("{{ inhoud }}")
    document.save(str(path))
    return path


def test_folder_and_clipboard_time_are_saved(qtbot: Any, runner: TaskRunner, tmp_path) -> None:
    tab = _tab(qtbot, runner)
    tab.set_folder(str(tmp_path))
    qtbot.waitUntil(lambda: tab.folder.text() == str(tmp_path), timeout=WAIT_MS)
    tab.seconds.setValue(90)
    qtbot.waitUntil(lambda: tab.status.text() == "Opgeslagen.", timeout=WAIT_MS)
    settle(qtbot, runner)
    qtbot.waitUntil(
        lambda: db(qtbot, runner, lambda ws: ws.practice.setting(CLEAR_SETTING)) == "90",
        timeout=WAIT_MS,
    )
    assert db(qtbot, runner, lambda ws: ws.practice.setting(EXPORT_FOLDER_SETTING)) == str(tmp_path)
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "letter_settings_poh.png"))
    tab.set_folder(str(tmp_path / "OneDrive" / "brieven"))
    qtbot.waitUntil(lambda: "cloud" in tab.status.text(), timeout=WAIT_MS)


def test_a_poh_cannot_install_templates(qtbot: Any, runner: TaskRunner, tmp_path) -> None:
    tab = _tab(qtbot, runner)
    assert not tab.install.isEnabled()
    assert not tab.restore.isEnabled()
    assert tab.role_hint.isVisible()
    assert tab.open_templates.isEnabled()
    tab.install_file(str(_bad_template(tmp_path / "sjabloon.docx")))
    qtbot.waitUntil(lambda: "beheerder" in tab.report.text(), timeout=WAIT_MS)


def test_beheerder_installs_checks_and_restores(
    qtbot: Any, beheerder: TaskRunner, tmp_path
) -> None:
    tab = _tab(qtbot, beheerder)
    assert tab.install.isEnabled()
    assert not tab.role_hint.isVisible()
    tab.install_file(str(_bad_template(tmp_path / "fout.docx")))
    qtbot.waitUntil(lambda: "niet geïnstalleerd" in tab.report.text(), timeout=WAIT_MS)
    assert "{{ praktijk.adress }} (bedoelt u praktijk.adres?)" in tab.report.text()
    tab.grab().save(str(SHOTS / "letter_settings_report.png"))

    good = tmp_path / "verwijsbrief.docx"
    good.write_bytes((DEFAULT_TEMPLATE / "verwijsbrief.docx").read_bytes())
    tab.install_file(str(good))
    qtbot.waitUntil(lambda: "is geïnstalleerd" in tab.report.text(), timeout=WAIT_MS)
    assert not db(qtbot, beheerder, lambda ws: ws.letters.templates.is_default("verwijsbrief"))
    tab.restore_default()
    qtbot.waitUntil(lambda: "weer in gebruik" in tab.report.text(), timeout=WAIT_MS)
    assert db(qtbot, beheerder, lambda ws: ws.letters.templates.is_default("verwijsbrief"))
    events = [e.event for e in db(qtbot, beheerder, lambda ws: ws.audit.entries())]
    assert "template.install" in events
    assert "template.restore_default" in events
