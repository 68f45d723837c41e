"""Sociale kaart page end to end: import, search, filters, detail, favourite, note, empty state."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,  # noqa: TID251 — the test finds the page's error box
)

from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.socialmap.package import read_package
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.ui.intake_support import WAIT_MS, db, runner, settle
from ui.app import build_main_window
from ui.main_window import SOCIALMAP
from ui.models.service_model import ROW_ROLE, ResultRow, ServiceListModel, opening_lines
from ui.tasks import TaskRunner
from ui.widgets.socialmap_page import SocialMapPage

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DEMO = Path(__file__).resolve().parents[2] / "resources" / "socialmap" / "demo"
SCHULDHULP = "Schuldhulpverlening gemeente Demodorp"


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[SocialMapPage]:
    widget = SocialMapPage(runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    yield widget
    widget.clear()
    settle(qtbot, runner)


def import_demo(qtbot: Any, runner: TaskRunner) -> None:
    db(qtbot, runner, lambda ws: ws.socialmap.import_path(DEMO))


def show(qtbot: Any, page: SocialMapPage) -> None:
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        page.show()


def rows(page: SocialMapPage) -> list[ResultRow]:
    return [page.model.index(n, 0).data(ROW_ROLE) for n in range(page.model.rowCount())]


def search(qtbot: Any, page: SocialMapPage, text: str) -> list[ResultRow]:
    page.view.search.clear()
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        qtbot.keyClicks(page.view.search, text)
    return rows(page)


def open_detail(qtbot: Any, page: SocialMapPage, name: str) -> None:
    names = [r.name for r in rows(page)]
    page.view.list.setFocus()
    page.view.list.setCurrentIndex(page.model.index(names.index(name), 0))
    qtbot.keyClick(page.view.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.isVisible() and page.detail.title.text() == name)


def field(page: SocialMapPage, key: str) -> str:
    return page.findChild(QLabel, f"service_{key}").text()


def test_empty_state_without_a_map(qtbot: Any, page: SocialMapPage) -> None:
    with qtbot.waitSignal(page.vm.status_changed, timeout=WAIT_MS):
        page.show()
    empty = page.findChild(QLabel, "socialmap_empty")
    assert empty.isVisible()
    assert empty.text().startswith("Nog geen sociale kaart. Kies Bijwerken om de kaart op")
    assert not page.view.search.isEnabled()
    assert page.view.import_button.isEnabled()


def test_search_filter_and_detail(qtbot: Any, runner: TaskRunner, page: SocialMapPage) -> None:
    import_demo(qtbot, runner)
    show(qtbot, page)
    assert "55 voorzieningen" in page.view.status.text()
    assert "demo" in page.view.status.text()
    found = search(qtbot, page, "schulden")
    assert SCHULDHULP in [r.name for r in found]
    shown = page.model.index(0, 0).data()
    assert found[0].name in shown
    assert "Schulden en betalingsachterstanden" in "".join(
        page.model.index(n, 0).data() for n in range(page.model.rowCount())
    )
    assert "geld.schulden" not in shown

    toegang = page.view.toegang
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        toegang.setCurrentIndex(toegang.findData("vrij"))
    narrowed = rows(page)
    assert 0 < len(narrowed) < len(found)
    assert all("vrij" in r.toegang for r in narrowed)
    assert all("Vrij toegankelijk" in page.model.index(n, 0).data() for n in range(len(narrowed)))

    stale = search(qtbot, page, "rechtswinkel")
    assert stale[0].name == "Rechtswinkel: gratis juridisch spreekuur"
    assert "niet gecontroleerd sinds " in page.model.index(0, 0).data()
    search(qtbot, page, "schulden")
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        toegang.setCurrentIndex(0)
    open_detail(qtbot, page, SCHULDHULP)
    assert field(page, "phone") == "0999 24 68 42"
    assert field(page, "hours") == "ma, di, wo, do, vr 09:00–16:30"
    assert field(page, "organization") == "Gemeente Demodorp"
    assert "Raadhuisplein 1" in field(page, "address")
    assert field(page, "languages") == "Nederlands, Engels"
    assert field(page, "assured").startswith("gecontroleerd op 01-07-2026")
    assert "wachtlijst" in field(page, "wait")
    label = page.findChild(QLabel, "service_description")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert QApplication.focusWidget() is page.detail.star  # Enter opened the detail


def test_favourite_and_note_survive_a_reimport(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage
) -> None:
    import_demo(qtbot, runner)
    show(qtbot, page)
    search(qtbot, page, "schulden")
    open_detail(qtbot, page, SCHULDHULP)
    sid = page.detail.service_id
    qtbot.mouseClick(page.detail.star, Qt.MouseButton.LeftButton)
    assert page.detail.star.isChecked()
    page.detail.note.setFocus()
    qtbot.keyClicks(page.detail.note, "Bel eerst Ria")
    assert db(qtbot, runner, lambda ws: ws.socialmap.service(sid)["note"]) == ""
    qtbot.waitUntil(
        lambda: db(qtbot, runner, lambda ws: ws.socialmap.service(sid)["note"]) == "Bel eerst Ria",
        timeout=WAIT_MS,
    )  # autosaved after 1.5 s idle
    assert db(qtbot, runner, lambda ws: ws.socialmap.service(sid)["favourite"]) is True

    import_demo(qtbot, runner)
    page.clear()
    assert page.model.rowCount() == 0
    assert not page.detail.isVisible()
    assert page.view.search.text() == ""
    show_again = page.vm.results_changed
    with qtbot.waitSignal(show_again, timeout=WAIT_MS):
        page.refresh()
    search(qtbot, page, "schuldhulp")
    open_detail(qtbot, page, SCHULDHULP)
    assert page.detail.star.isChecked()
    assert page.detail.note.toPlainText() == "Bel eerst Ria"


def test_note_saved_on_focus_out(qtbot: Any, runner: TaskRunner, page: SocialMapPage) -> None:
    import_demo(qtbot, runner)
    show(qtbot, page)
    search(qtbot, page, "schulden")
    open_detail(qtbot, page, SCHULDHULP)
    sid = page.detail.service_id
    page.detail.note.setFocus()
    qtbot.keyClicks(page.detail.note, "x")
    page.view.search.setFocus()
    assert db(qtbot, runner, lambda ws: ws.socialmap.service(sid)["note"]) == "x"


def test_stale_results_are_dropped(qtbot: Any, runner: TaskRunner, page: SocialMapPage) -> None:
    import_demo(qtbot, runner)
    show(qtbot, page)
    seen: list[list[ResultRow]] = []
    page.vm.results_changed.connect(seen.append)
    page.vm.set_text("schulden")
    page.vm.search_now()
    page.vm.set_text("")
    page.vm.search_now()
    settle(qtbot, runner)
    qtbot.wait(200)  # let a (wrongly) pending debounce fire
    assert len(seen) == 1
    assert len(seen[0]) > 20  # the empty-text list, not the "schulden" hits


def test_import_button_busy_then_status_and_refused_feed(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage, tmp_path: Path, monkeypatch: Any
) -> None:
    show(qtbot, page)
    chosen = {"path": str(DEMO / "datapackage.json")}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (chosen["path"], ""))
    with qtbot.waitSignal(page.vm.status_changed, timeout=WAIT_MS):
        qtbot.mouseClick(page.view.import_button, Qt.MouseButton.LeftButton)
        assert not page.view.import_button.isEnabled()  # busy while importing
    assert page.view.import_button.isEnabled()
    assert "55 voorzieningen" in page.view.status.text()
    assert page.view.stack.currentIndex() == 1

    bad = tmp_path / "kapot.json"
    bad.write_text(json.dumps({"niet": "een lijst"}), encoding="utf-8")
    chosen["path"] = str(bad)
    qtbot.mouseClick(page.view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "socialmap_error") is not None)
    box = page.findChild(QMessageBox, "socialmap_error")
    assert box.text().startswith("De sociale kaart is niet ingelezen:")
    assert "De vorige kaart blijft in gebruik." in box.text()
    assert "Traceback" not in box.text()
    assert "kapot" not in box.text()
    box.close()
    assert "55 voorzieningen" in page.view.status.text()  # the previous map stays


def test_accessible_names(qtbot: Any, runner: TaskRunner, page: SocialMapPage) -> None:
    import_demo(qtbot, runner)
    show(qtbot, page)
    v = page.view
    for widget in (v.search, v.topic, v.toegang, v.language, v.weekday, v.free, v.postcode,
                   v.list, v.import_button, page.detail.star, page.detail.note, v.age, v.max_km,
                   v.sync_button, v.banner_sync):  # fmt: skip
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()


def test_opening_hours_in_dutch() -> None:
    lines = opening_lines(
        [{"byday": "MO,WE,FR", "opens_at": "09:00", "closes_at": "12:00"},
         {"byday": "SA", "opens_at": "10:00:00", "closes_at": "13:00:00"}]
    )  # fmt: skip
    assert lines == ["ma, wo, vr 09:00–12:00", "za 10:00–13:00"]


def test_model_is_consistent(qtmodeltester: Any) -> None:
    model = ServiceListModel()
    model.set_rows(
        [ResultRow("a", "Inloop", "Wijkteam", ("geld.schulden",), ("vrij",), ("gratis",), None)]
    )
    qtmodeltester.check(model)
    assert "Schulden en betalingsachterstanden" in model.index(0, 0).data()
    assert "niet gecontroleerd" not in model.index(0, 0).data()
    old = ResultRow("b", "Oud", "", (), ("vrij",), (), date(2020, 3, 1))
    model.set_rows([old])
    qtmodeltester.check(model)
    assert "niet gecontroleerd sinds 01-03-2020" in model.index(0, 0).data()


def test_in_the_window_ctrl_f_arrows_and_enter(
    qtbot: Any, created: tuple[Workspace, str], paths: AppPaths
) -> None:
    ws, _recovery = created
    ws.socialmap.import_path(DEMO)
    ws.close()
    own_runner = TaskRunner()
    win = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=own_runner)
    try:
        win.start()
        qtbot.waitUntil(lambda: win.unlock_page.view.user.count() > 0)
        qtbot.keyClicks(win.unlock_page.view.passphrase, TEST_PASSPHRASE)
        qtbot.keyClick(win.unlock_page.view.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.is_unlocked)
        page = win.socialmap
        win.go_to(SOCIALMAP)
        qtbot.waitUntil(lambda: page.model.rowCount() > 2, timeout=WAIT_MS)
        win.activateWindow()
        qtbot.waitActive(win)
        qtbot.keyClick(win.shell.rail, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert win.shell.pages.currentIndex() == SOCIALMAP
        assert QApplication.focusWidget() is page.view.search
        page.view.list.setFocus()
        page.view.list.setCurrentIndex(page.model.index(0, 0))
        qtbot.keyClick(page.view.list, Qt.Key.Key_Down)
        second = page.model.index(1, 0).data(ROW_ROLE).name
        qtbot.waitUntil(lambda: page.detail.title.text() == second, timeout=WAIT_MS)
        qtbot.keyClick(page.view.list, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is page.detail.star
        win.lock("test")
        qtbot.waitUntil(lambda: not win.is_unlocked)
        assert page.model.rowCount() == 0
        assert page.detail.title.text() == ""
    finally:
        win.lock("test")
        win.dispose()
        own_runner.shutdown()
        QCoreApplication.processEvents()
        win.close()
        win.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_showing_again_redraws_only_when_the_map_changed(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage
) -> None:
    import_demo(qtbot, runner)
    show(qtbot, page)
    search(qtbot, page, "schulden")
    open_detail(qtbot, page, SCHULDHULP)
    page.hide()
    with qtbot.waitSignal(page.vm.prefs_changed, timeout=WAIT_MS):
        page.show()  # nothing changed: the results and the open detail stay as they were
    settle(qtbot, runner)
    assert page.detail.isVisible()
    assert page.detail.title.text() == SCHULDHULP
    assert "55 voorzieningen" in page.view.status.text()

    def smaller(ws: Workspace) -> None:  # elsewhere: a new map, then back (as Instellingen does)
        services = [s for s in read_package(DEMO) if s["name"] != SCHULDHULP]
        ws.socialmap.import_services(services, source="kleiner", accept_drop=True)

    db(qtbot, runner, smaller)
    page.hide()
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        page.show()
    assert "54 voorzieningen" in page.view.status.text()
    assert SCHULDHULP not in [r.name for r in rows(page)]
    db(qtbot, runner, lambda ws: ws.socialmap.rollback())
    page.hide()
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        page.show()
    assert "55 voorzieningen" in page.view.status.text()
    assert SCHULDHULP in [r.name for r in rows(page)]
