"""Instellingen › Privacy in the real window: records past their term, erase with WISSEN."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from pohsd.domain.client import ClientInput
from pohsd.workspace import Workspace
from tests.ui.test_settings import runner, settle, unnamed_controls, win
from tests.unit.gdpr_support import backdate
from ui.main_window import MainWindow
from ui.widgets.settings_privacy import PrivacySettings

__all__ = ["runner", "win"]
SHOTS = Path(os.environ["POHSD_SHOTS"]) if os.environ.get("POHSD_SHOTS") else None
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def aged(created: tuple[Workspace, str]) -> dict[str, str]:
    """Two records last changed 21 and 25 years ago, one of today."""
    ws = created[0]
    ids = {}
    for given, family, born, years in (("Oud", "Eerste", date(1931, 2, 3), 21),
                                       ("Ouder", "Tweede", date(1929, 7, 8), 25),
                                       ("Nieuw", "Derde", date(1990, 1, 1), 0)):  # fmt: skip
        client, _ = ws.clients.create(ClientInput(given, family, born))
        if years:
            backdate(ws, client.id, years)
        ids[family] = client.id
    return ids


def privacy_tab(qtbot, window: MainWindow) -> PrivacySettings:
    tabs = window.findChild(QTabWidget, "settingsTabs")
    assert tabs is not None
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Privacy" in titles
    tabs.setCurrentIndex(titles.index("Privacy"))
    page = window.findChild(PrivacySettings, "privacySettings")
    assert page is not None
    return page


def rows(page: PrivacySettings) -> list[tuple[str, ...]]:
    table = page.table
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def test_privacy_tab_lists_backdated_records_and_erases_the_chosen(qtbot, aged, win, runner):
    page = privacy_tab(qtbot, win)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    listed = rows(page)
    assert [r[0] for r in listed] == ["Ouder Tweede", "Oud Eerste"]  # oldest change first
    assert listed[0][1] == aged["Tweede"].replace("-", "")[:8]
    assert listed[0][2] == "1929"
    assert not page.erase_button.isEnabled()  # nothing ticked yet
    page.table.item(1, 0).setCheckState(Qt.CheckState.Checked)
    assert page.erase_button.isEnabled()
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert not page.confirm.isHidden()
    assert page.confirm.text.text().startswith("1 dossier definitief wissen?")
    qtbot.keyClicks(page.confirm.word, "WISSEN")
    if SHOTS:
        page.grab().save(str(SHOTS / "privacy_confirm.png"))
    qtbot.mouseClick(page.confirm.yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() == "1 dossier is gewist.")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert rows(page)[0][0] == "Ouder Tweede"
    assert page.confirm.isHidden()
    if SHOTS:
        page.grab().save(str(SHOTS / "privacy_after.png"))
    settle(qtbot, runner)


def test_the_rule_is_shown_and_an_empty_list_says_so(qtbot, win, runner):
    page = privacy_tab(qtbot, win)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: not page.empty.isHidden())
    rule = page.findChild(type(page.intro), "privacyRule")
    assert "20 jaar na de laatste wijziging" in rule.text()
    assert page.table.isHidden()
    assert not page.erase_button.isEnabled()
    # calm layout: the rule, the empty note and the button stay together at the top
    assert page.erase_button.geometry().bottom() - rule.geometry().top() < 200
    page.grab().save(
        str(Path(os.environ.get("POHSD_SCREENSHOT_DIR", "/tmp")) / "privacy_empty.png")
    )


def test_every_control_of_the_tab_is_named(qtbot, aged, win, runner):
    page = privacy_tab(qtbot, win)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    page.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert unnamed_controls(page) == []
    assert page.confirm.word.accessibleName() == "Typ WISSEN om te bevestigen"
    settle(qtbot, runner)
