"""Sociale kaart: its Instellingen tab, the banner, sync on start, leeftijd and afstand chips."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QTabBar,
)

from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.ui.intake_support import WAIT_MS, db, runner, settle
from tests.ui.test_socialmap_sync_dialog import Feed, closed_port, shot
from tests.unit.test_socialmap_service import tiny
from tests.unit.test_socialmap_sync import _fast, serve
from ui.app import build_main_window
from ui.bridge import ChangeBridge
from ui.dialogs.socialmap_sync import SocialMapSyncDialog
from ui.main_window import SETTINGS, SOCIALMAP
from ui.models.service_model import ROW_ROLE, ResultRow, distance_text
from ui.tasks import TaskRunner
from ui.viewmodels import socialmap_sync_vm
from ui.viewmodels.socialmap_sync_vm import (
    FAILED_KIND_KEY,
    SYNC_ON_START_KEY,
    URL_KEY,
    WARN_MONTHS_KEY,
    MapPrefs,
    months_before,
)
from ui.widgets.settings_socialmap import SocialMapSettings
from ui.widgets.socialmap_page import SocialMapPage

__all__ = ["_fast", "runner", "serve"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DEMO = Path(__file__).resolve().parents[2] / "resources" / "socialmap" / "demo"
SPORT = "Sportfonds Demodorp voor kinderen"


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[SocialMapPage]:
    widget = SocialMapPage(runner, sync_dialog_factory=SocialMapSyncDialog)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    yield widget
    if widget.sync_dialog is not None:
        widget.sync_dialog.force_close()
    widget.clear()
    settle(qtbot, runner)


def set_prefs(qtbot: Any, runner: TaskRunner, **values: str) -> None:
    def write(ws: Workspace) -> None:
        for key, value in values.items():
            ws.practice.set_setting(key, value)

    db(qtbot, runner, write)


def shown(qtbot: Any, page: SocialMapPage) -> None:
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        page.show()


def names(page: SocialMapPage) -> list[str]:
    rows: list[ResultRow] = [
        page.model.index(n, 0).data(ROW_ROLE) for n in range(page.model.rowCount())
    ]
    return [r.name for r in rows]


# ---- Instellingen › Sociale kaart -----------------------------------------------------------


def test_settings_tab_saves_and_shows_again(qtbot: Any, runner: TaskRunner) -> None:
    bridge = ChangeBridge()
    tab = SocialMapSettings(runner, bridge)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    settle(qtbot, runner)
    assert tab.url.text() == ""
    assert not tab.sync_on_start.isChecked()
    assert tab.warn_months.value() == 3
    for widget in (tab.url, tab.sync_on_start, tab.warn_months):
        assert widget.objectName()
        assert widget.accessibleName()

    tab.url.setFocus()
    qtbot.keyClicks(tab.url, "ftp://kaart.example.nl")
    qtbot.keyClick(tab.url, Qt.Key.Key_Return)
    assert tab.status.text() == "Het adres moet beginnen met https:// of http://."
    tab.url.clear()
    qtbot.keyClicks(tab.url, "https://kaart.example.nl/api")
    with qtbot.waitSignal(bridge.changed, timeout=WAIT_MS):
        qtbot.keyClick(tab.url, Qt.Key.Key_Return)
    assert tab.status.text() == "Opgeslagen."
    with qtbot.waitSignal(bridge.changed, timeout=WAIT_MS):
        qtbot.mouseClick(tab.sync_on_start, Qt.MouseButton.LeftButton)
    tab.warn_months.setFocus()
    tab.warn_months.selectAll()
    with qtbot.waitSignal(bridge.changed, timeout=WAIT_MS):
        qtbot.keyClicks(tab.warn_months, "6")
    stored = db(
        qtbot,
        runner,
        lambda ws: [ws.practice.setting(k) for k in (URL_KEY, SYNC_ON_START_KEY, WARN_MONTHS_KEY)],
    )
    assert stored == ["https://kaart.example.nl/api", "1", "6"]

    tab.clear()
    assert tab.url.text() == ""
    tab.refresh()
    qtbot.waitUntil(lambda: tab.url.text() == "https://kaart.example.nl/api", timeout=WAIT_MS)
    settle(qtbot, runner)  # the rest of the refresh (the "Vorige kaart" line) too
    assert tab.sync_on_start.isChecked()
    assert tab.warn_months.value() == 6
    tab.resize(900, 400)
    shot(tab, "settings_socialmap.png")


def test_settings_has_a_sociale_kaart_tab(
    qtbot: Any, created: tuple[Workspace, str], paths: AppPaths
) -> None:
    created[0].close()
    own = TaskRunner()
    win = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=own)
    try:
        win.start()
        qtbot.waitUntil(lambda: win.unlock_page.view.user.count() > 0)
        qtbot.keyClicks(win.unlock_page.view.passphrase, TEST_PASSPHRASE)
        qtbot.keyClick(win.unlock_page.view.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.is_unlocked)
        win.go_to(SETTINGS)
        bar = win.settings.tabs.findChild(QTabBar)
        tabs = [bar.tabText(i) for i in range(bar.count())]
        assert "Sociale kaart" in tabs
        win.settings.tabs.setCurrentWidget(win.settings.socialmap)
        assert win.settings.socialmap.isVisible()
    finally:
        _close(win, own)


# ---- banner -----------------------------------------------------------------------------------


def test_months_before_clamps_to_the_month() -> None:
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 1) == date(2025, 12, 15)
    assert months_before(date(2026, 12, 1), 36) == date(2023, 12, 1)


def test_banner_for_an_old_map_and_nu_bijwerken_opens_the_dialog(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage, serve: Any, monkeypatch: Any
) -> None:
    db(qtbot, runner, lambda ws: ws.socialmap.import_services(tiny(4), source="oude kaart"))
    built = db(qtbot, runner, lambda ws: ws.socialmap.status().built_at)
    server = serve(Feed(tiny(4)))
    set_prefs(qtbot, runner, **{URL_KEY: server.url, WARN_MONTHS_KEY: "2"})
    shown(qtbot, page)
    assert not page.view.banner.isVisible()  # a fresh map: nothing to say

    class Later(date):
        @classmethod
        def today(cls) -> Later:
            return cls(built.year + 1, built.month, 1)

    monkeypatch.setattr(socialmap_sync_vm, "date", Later)
    page.hide()
    with qtbot.waitSignal(page.vm.prefs_changed, timeout=WAIT_MS):
        page.show()  # showing again re-reads the settings
    assert page.view.banner.isVisible()
    when = built.strftime("%d-%m-%Y")
    assert page.view.banner_text.text() == (f"De sociale kaart is van {when}, ouder dan 2 maanden.")
    shot(page, "socialmap_banner_old.png")

    qtbot.mouseClick(page.view.banner_sync, Qt.MouseButton.LeftButton)
    # back to today before the sync ends: the page re-reads the map status when it does, and
    # a fast sync can end before the next line of this test
    monkeypatch.setattr(socialmap_sync_vm, "date", date)
    dialog = page.sync_dialog
    assert isinstance(dialog, SocialMapSyncDialog)
    assert dialog.isVisible()
    assert dialog.url.text() == server.url
    qtbot.waitUntil(lambda: not page.sync_job.running, timeout=WAIT_MS)  # started at once
    assert dialog.message.text().startswith("De sociale kaart is bijgewerkt: 4 diensten")
    qtbot.waitUntil(lambda: not page.view.banner.isVisible(), timeout=WAIT_MS)
    assert server.url in page.view.status.text()


def test_failed_start_sync_only_shows_the_banner(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage
) -> None:
    set_prefs(
        qtbot, runner, **{URL_KEY: f"http://127.0.0.1:{closed_port()}", SYNC_ON_START_KEY: "1"}
    )
    shown(qtbot, page)
    qtbot.waitUntil(lambda: page.view.banner_text.text().startswith("De sociale kaart kon op "))
    assert page.view.banner_text.text().endswith("niet worden opgehaald.")
    assert page.sync_dialog is None
    assert QApplication.activeModalWidget() is None
    assert db(qtbot, runner, lambda ws: ws.practice.setting(FAILED_KIND_KEY)) == "network"
    assert page.view.banner_sync.isEnabled()


def test_banner_texts(qapp: Any) -> None:
    from pohsd.services.socialmap import MapStatus
    from ui.viewmodels.socialmap_vm import banner_text

    built = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    status = MapStatus("bron", "g1", 12, built, 0)
    fresh = MapPrefs(warn_months=3)
    assert banner_text(status, fresh, today=date(2026, 5, 1)) == ""
    assert banner_text(status, fresh, today=date(2026, 7, 1)).startswith(
        "De sociale kaart is van 02-03-2026, ouder dan 3 maanden."
    )
    one = MapPrefs(warn_months=1)
    assert "ouder dan een maand" in banner_text(status, one, today=date(2026, 7, 1))
    failed_before = MapPrefs(failed_at=datetime(2026, 3, 1, tzinfo=UTC), failed_kind="network")
    assert banner_text(status, failed_before, today=date(2026, 3, 3)) == ""  # a newer map since
    failed = MapPrefs(failed_at=datetime(2026, 3, 5, 12, tzinfo=UTC), failed_kind="feed")
    assert "de bron gaf geen bruikbare kaart" in banner_text(status, failed, today=date(2026, 3, 6))
    assert "haalt 30 van de 40" in banner_text(status, fresh, held=(30, 40))


# ---- sync on start in the window --------------------------------------------------------------


def _close(win: Any, own: TaskRunner) -> None:
    win.lock("test")
    win.dispose()
    own.shutdown()
    QCoreApplication.processEvents()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_sync_on_start_runs_in_the_background_after_unlock(
    qtbot: Any, created: tuple[Workspace, str], paths: AppPaths, serve: Any
) -> None:
    server = serve(Feed(tiny(7)))
    ws, _recovery = created
    ws.practice.set_setting(URL_KEY, server.url)
    ws.practice.set_setting(SYNC_ON_START_KEY, "1")
    ws.close()
    own = TaskRunner()
    win = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=own)
    try:
        win.start()
        qtbot.waitUntil(lambda: win.unlock_page.view.user.count() > 0)
        qtbot.keyClicks(win.unlock_page.view.passphrase, TEST_PASSPHRASE)
        qtbot.keyClick(win.unlock_page.view.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.is_unlocked)
        page = win.socialmap
        qtbot.waitUntil(lambda: "7 voorzieningen" in page.view.status.text(), timeout=WAIT_MS)
        assert not [d for d in win.findChildren(QDialog) if d.isVisible()]
        assert any(p.startswith("/services?full=true") for p in server.seen)
        win.go_to(SOCIALMAP)
        qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=WAIT_MS)
        assert not page.view.banner.isVisible()
        win.lock("test")
        assert page.view.status.text() == ""
    finally:
        _close(win, own)


# ---- leeftijd and afstand ---------------------------------------------------------------------


def test_age_and_distance_chips_filter_the_list(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage
) -> None:
    db(qtbot, runner, lambda ws: ws.socialmap.import_path(DEMO))
    shown(qtbot, page)
    v = page.view
    assert v.age.text() == "Elke leeftijd"
    assert not v.max_km.isEnabled()  # only with a postcode
    everything = names(page)
    assert SPORT in everything

    v.age.setFocus()
    v.age.selectAll()
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        qtbot.keyClicks(v.age, "30")
    assert v.age.value() == 30
    assert SPORT not in names(page)
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        page.set_client_age(10)
    assert v.age.text() == "10 jaar"
    assert SPORT in names(page)
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        page.set_client_age(None)
    assert v.age.text() == "Elke leeftijd"

    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        qtbot.keyClicks(v.postcode, "9999")
    assert v.max_km.isEnabled()
    near = [page.model.index(n, 0).data(ROW_ROLE) for n in range(page.model.rowCount())]
    assert all(r.distance_km is not None for r in near)
    first = page.model.index(0, 0).data()
    assert first.count(distance_text(near[0].distance_km)) == 1
    v.max_km.setFocus()
    v.max_km.selectAll()
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        qtbot.keyClicks(v.max_km, "1")
    within = [page.model.index(n, 0).data(ROW_ROLE) for n in range(page.model.rowCount())]
    assert 0 < len(within) < len(near)
    assert all(r.distance_km is not None and r.distance_km <= 1.0 for r in within)
    shot(page, "socialmap_distance.png")

    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        v.postcode.clear()
        qtbot.keyClicks(v.postcode, "12")  # not a postcode yet: no distance filter
    assert not v.max_km.isEnabled()
    assert names(page) == everything


def test_distance_text_is_dutch() -> None:
    assert distance_text(1.234) == "1,2 km"
    assert distance_text(0.05) == "0,1 km"
    assert distance_text(12.6) == "13 km"
    row = ResultRow("a", "Inloop", "", (), ("vrij",), (), None, 0.53)
    from ui.models.service_model import row_text

    assert "0,5 km" in row_text(row)
