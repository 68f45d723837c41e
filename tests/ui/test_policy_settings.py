"""Instellingen with an IT policy file: fixed values are read-only, the idle time capped."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.ui.test_unlock_lock import close_windows
from ui.app import build_main_window
from ui.main_window import SETTINGS, MainWindow
from ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

URL = "https://kaart.regio.invalid/hsds"
POLICY = {
    "socialmap.url": URL,
    "lock.idle_minutes_max": 8,
    "practice": {"naam": "Gezondheidscentrum Oost", "agb_code": "07654321"},
}


@pytest.fixture
def runner(qapp: object) -> TaskRunner:
    return TaskRunner()


@pytest.fixture
def win(qtbot, created: tuple[Workspace, str], paths: AppPaths, runner: TaskRunner, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # fmt: skip
    ws = created[0]
    ws.practice.set_setting("idle_minutes", "12")  # chosen before IT set a maximum
    ws.close()
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps(POLICY), encoding="utf-8")
    monkeypatch.setenv("POHSD_POLICY", str(policy))
    window = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=runner)
    window.start()
    qtbot.waitUntil(lambda: window.unlock_page.view.user.count() > 0)
    field = window.unlock_page.view.passphrase
    qtbot.keyClicks(field, TEST_PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_unlocked)
    window.go_to(SETTINGS)
    yield window
    close_windows([window], runner)


def test_practice_fields_fixed_by_policy_are_read_only(qtbot, win: MainWindow):
    practice = win.settings.practice
    form = practice.form
    qtbot.waitUntil(lambda: practice.policy_note.isVisible())
    assert form.naam.text() == "Gezondheidscentrum Oost"
    assert form.agb.text() == "07654321"
    assert form.naam.isReadOnly()
    assert form.agb.isReadOnly()
    assert not form.adres.isReadOnly()
    assert form.gp_input.isEnabled()  # the huisartsen stay open
    assert practice.policy_note.text() == (
        "Vastgelegd door de beheerder: naam, AGB-code. Dit kunt u hier niet wijzigen."
    )
    qtbot.keyClicks(form.naam, " en meer")  # read-only: typing changes nothing
    assert form.naam.text() == "Gezondheidscentrum Oost"
    assert win.shell.practice_label.text() == "Gezondheidscentrum Oost"


def test_idle_time_is_capped_and_cannot_be_raised(qtbot, win: MainWindow, runner: TaskRunner):
    security = win.settings.security
    win.settings.tabs.setCurrentWidget(security)
    qtbot.waitUntil(lambda: security.idle_policy.isVisible())
    qtbot.waitUntil(lambda: security.idle.value() == 8)  # the stored 12 is capped
    assert security.idle.maximum() == 8
    assert security.idle_policy.text() == "Vastgelegd door de beheerder: hoogstens 8 minuten."
    assert win.idle.interval_ms == 8 * 60_000  # the lock itself uses the capped value
    security.idle.setFocus()
    qtbot.keyClick(security.idle, Qt.Key.Key_Up)
    assert security.idle.value() == 8
    security._debounce.setInterval(1)
    qtbot.keyClick(security.idle, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: win.idle.interval_ms == 7 * 60_000)


def test_socialmap_source_fixed_by_policy(qtbot, win: MainWindow):
    socialmap = win.settings.socialmap
    win.settings.tabs.setCurrentWidget(socialmap)
    qtbot.waitUntil(lambda: socialmap.url.text() == URL)
    assert socialmap.url.isReadOnly()
    assert socialmap.url_policy.isVisible()
    assert "Vastgelegd door de beheerder" in socialmap.url_policy.text()
