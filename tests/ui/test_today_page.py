"""Vandaag: sections from the worklist, Enter opens the right place, empty state, lock, notes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableView

from pohsd import demo
from pohsd.demo_history import add_history_clients
from pohsd.domain.changes import Changes
from pohsd.paths import AppPaths
from pohsd.services.worklist import WorkItem
from pohsd.workspace import Workspace
from tests.ui.intake_support import db
from tests.ui.test_unlock_lock import close_windows, unlock, visible_texts
from ui.i18n import default_locale
from ui.main_window import CLIENTS, TODAY, MainWindow
from ui.models.worklist_model import WorklistModel, late_text
from ui.tasks import TaskRunner
from ui.viewmodels.today_vm import ms_until_midnight
from ui.widgets.referral_note_dialog import NoteDialog, SkipFeedbackDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots")
WAIT_MS = 15_000
DUTCH_DAYS = ("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag")
DATE = re.compile(r"^\d{2}-\d{2}-\d{4}$")


@pytest.fixture
def with_history(created: tuple[Workspace, str]) -> dict[str, str]:
    """The demo map, the three demo clients with a past, and an open intake; closed again."""
    ws, _recovery = created
    ws.socialmap.import_path(demo.DEMO_MAP)
    add_history_clients(ws)
    ids = {s.given_name: s.id for s in ws.clients.search("")}
    summary, _ = ws.intakes.start(ids["Noor"], "vervolg")
    ids["open_intake"] = summary.id
    ws.close()
    return ids


@pytest.fixture
def empty_db(created: tuple[Workspace, str]) -> None:
    created[0].close()


@pytest.fixture
def runner(qapp: object) -> TaskRunner:
    return TaskRunner()


@pytest.fixture
def window(qtbot: Any, paths: AppPaths, runner: TaskRunner) -> Iterator[Callable[[], MainWindow]]:
    from pohsd.security.kdf import WEAK_TEST_PARAMS
    from ui.app import build_main_window

    made: list[MainWindow] = []

    def make() -> MainWindow:
        win = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=runner)
        made.append(win)
        win.resize(1366, 768)
        win.start()
        qtbot.waitUntil(lambda: win.unlock_page.view.user.count() > 0, timeout=WAIT_MS)
        unlock(qtbot, win)
        return win

    yield make
    close_windows(made, runner)


def _rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _loaded(qtbot: Any, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: win.today.table("actie").model().rowCount() > 0, timeout=WAIT_MS)


def _press_enter_on(qtbot: Any, table: QTableView, row: int) -> None:
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Return)


def test_vandaag_lists_due_follow_ups_and_overdue_referrals(qtbot, with_history, window):
    win = window()
    _loaded(qtbot, win)
    today = win.today
    follow = _rows(today.table("vervolg"))
    assert ["Mirjam Testerink", "Vervolggesprek"] in [r[:2] for r in follow]
    assert ["Gerrit Verzonnen", "Vervolggesprek verlopen"] in [r[:2] for r in follow]
    assert all(DATE.match(r[2]) for r in follow)
    actions = _rows(today.table("actie"))
    first = actions[0]
    assert first[0] == "Mirjam Testerink"
    assert first[1] == "Geen reactie van aanbieder · Schuldhulpverlening gemeente Demodorp"
    assert re.fullmatch(r"\d+ werkdagen over tijd", first[3])
    assert any(r[0] == "Noor Demostra" and "Terugkoppeling" in r[1] for r in actions)
    assert _rows(today.table("recent"))[0][0] == "Mirjam Testerink"
    assert _rows(today.table("intake")) == [
        ["Noor Demostra", "Vervolggesprek niet afgerond", date.today().strftime("%d-%m-%Y")]
    ]
    assert today.view.sections["actie"].title.text() == f"Actie nodig ({len(actions)})"
    assert not today.empty.isVisible()
    assert all(section.isVisible() for section in today.view.sections.values())
    assert win.shell.rail.item(TODAY).text() == f"Vandaag ({len(follow) + len(actions)})"


def test_enter_on_an_action_opens_the_referral_in_the_verwijzingen_tab(qtbot, with_history, window):
    win = window()
    _loaded(qtbot, win)
    item = win.today.models["actie"].row_object(0)
    assert isinstance(item, WorkItem)
    _press_enter_on(qtbot, win.today.table("actie"), 0)
    clients = win.clients
    assert win.shell.rail.currentRow() == CLIENTS
    qtbot.waitUntil(lambda: clients.referrals.current() is not None, timeout=WAIT_MS)
    rv = clients.record_view
    assert clients.stack.currentWidget() is rv
    assert rv.tabs.currentWidget() is rv.tab_pages["verwijzingen"]
    assert rv.name_label.text() == "Mirjam Testerink"
    referral = clients.referrals.current()
    assert referral is not None
    assert referral.id == item.target_id
    assert referral.service_name == "Schuldhulpverlening gemeente Demodorp"
    assert QApplication.focusWidget() is rv.referrals.table


def test_follow_up_opens_gesprekken_and_an_open_intake_the_intake_screen(
    qtbot, with_history, window
):
    win = window()
    _loaded(qtbot, win)
    table = win.today.table("vervolg")
    row = next(i for i, r in enumerate(_rows(table)) if r[0] == "Gerrit Verzonnen")
    pos = table.visualRect(table.model().index(row, 0)).center()
    # a real double-click: QTest's mouseDClick alone skips the first press and release
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    rv = win.clients.record_view
    qtbot.waitUntil(lambda: rv.name_label.text() == "Gerrit Verzonnen", timeout=WAIT_MS)
    assert rv.tabs.currentWidget() is rv.tab_pages["gesprekken"]

    win.go_to(TODAY)
    qtbot.waitUntil(lambda: win.today.table("intake").model().rowCount() == 1, timeout=WAIT_MS)
    _press_enter_on(qtbot, win.today.table("intake"), 0)
    page = win.clients.intakes.page
    assert win.shell.rail.currentRow() == CLIENTS
    assert win.clients.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.vm.is_open, timeout=WAIT_MS)
    assert page.vm.intake_id == with_history["open_intake"]


def test_nothing_to_do_shows_the_empty_state(qtbot, empty_db, window):
    win = window()
    today = win.today
    qtbot.waitUntil(lambda: not today.vm.loading, timeout=WAIT_MS)
    assert today.empty.isVisible()
    assert today.empty.text() == "Geen acties. Nieuwe cliënt: Ctrl+N"
    assert not any(section.isVisible() for section in today.view.sections.values())
    assert today.date_label.text()


def test_lock_drops_every_name(qtbot, with_history, window):
    win = window()
    _loaded(qtbot, win)
    assert any("Mirjam" in t for t in visible_texts(win.today))
    win.lock("test")
    assert all(m.total == 0 for m in win.today.models.values())
    assert win.shell.rail.item(TODAY).text() == "Vandaag"
    assert not any(name in t for t in visible_texts(win) for name in ("Mirjam", "Gerrit", "Noor"))


def _open_referral(qtbot: Any, win: MainWindow, client: str, text: str) -> None:
    _loaded(qtbot, win)
    rows = _rows(win.today.table("actie"))
    row = next(i for i, r in enumerate(rows) if r[0] == client and text in r[1])
    _press_enter_on(qtbot, win.today.table("actie"), row)
    qtbot.waitUntil(lambda: win.clients.referrals.current() is not None, timeout=WAIT_MS)


def test_a_note_is_stored_and_the_reminder_leaves_vandaag(qtbot, with_history, window, runner):
    win = window()
    _open_referral(qtbot, win, "Mirjam Testerink", "Geen reactie")
    rv = win.clients.record_view.referrals
    assert rv.notes_stack.currentIndex() == 1  # no notes yet: the hint
    qtbot.mouseClick(rv.note_button, Qt.MouseButton.LeftButton)
    dialog = win.clients.referrals.notes.dialog
    assert isinstance(dialog, NoteDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text_error.isVisible()  # text is required
    qtbot.keyClicks(dialog.text, "Gebeld, geen reactie; volgende week opnieuw.")
    yesterday = date.today() - timedelta(days=1)
    qtbot.keyClicks(dialog.remind, yesterday.strftime("%d-%m-%Y"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.remind_error.text() == "Kies vandaag of een latere datum."
    dialog.remind.clear()
    with qtbot.waitSignal(win.clients.referrals.vm.noted, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rv.notes.model().rowCount() == 1, timeout=WAIT_MS)
    note = _rows(rv.notes)[0]
    assert note[1] == "sanne"
    assert note[2] == "Gebeld, geen reactie; volgende week opnieuw."
    assert note[3] == "—"
    assert win.clients.referrals.notes.dialog is None
    assert rv.detail_tabs.tabText(1) == "Notities (1)"
    assert rv.detail_tabs.currentWidget() is rv.notes_stack
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert win.grab().save(str(SHOTS / "verwijzingen_notities.png"))

    win.go_to(TODAY)
    qtbot.waitUntil(
        lambda: not any("Geen reactie" in r[1] for r in _rows(win.today.table("actie"))),
        timeout=WAIT_MS,
    )
    assert any(r[0] == "Noor Demostra" for r in _rows(win.today.table("actie")))
    events = db(qtbot, runner, lambda ws: [e.event for e in ws.audit.entries()])
    assert "referral.note" in events


def test_skipping_the_gp_feedback_needs_a_reason(qtbot, with_history, window, runner):
    win = window()
    _open_referral(qtbot, win, "Noor Demostra", "Terugkoppeling")
    rv = win.clients.record_view.referrals
    assert rv.feedback.isVisible()
    assert rv.feedback_text.text().endswith("Terugkoppeling aan de huisarts nog niet klaargezet")
    assert rv.feedback_prepare.isVisible()  # the statusupdate letter can be prepared here
    qtbot.mouseClick(rv.feedback_skip, Qt.MouseButton.LeftButton)
    dialog = win.clients.referrals.notes.dialog
    assert isinstance(dialog, SkipFeedbackDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.reason_error.isVisible()
    assert "huisarts mondeling geïnformeerd" in dialog.reason_error.text()
    referral_id = win.clients.referrals.current().id
    assert db(qtbot, runner, lambda ws: ws.worklist.feedback_pending(referral_id))

    qtbot.keyClicks(dialog.reason, "huisarts mondeling ge")
    dialog.reason.insert("ïnformeerd")  # QTest cannot type the diaeresis
    with qtbot.waitSignal(win.clients.referrals.vm.feedback_recorded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not rv.feedback.isVisible(), timeout=WAIT_MS)
    assert "overgeslagen" in rv.message.text()
    win.go_to(TODAY)
    qtbot.waitUntil(
        lambda: not any(r[0] == "Noor Demostra" for r in _rows(win.today.table("actie"))),
        timeout=WAIT_MS,
    )


def test_worklist_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = WorklistModel(with_late=True)
    model.set_rows([
        WorkItem("actie", "c1", "Ans Jansen", "r1", "Nog niet gestart · Buurtkamer",
                 date(2026, 11, 2), 3),
        WorkItem("actie", "c2", "Piet Jansen", "r2", "Hoe loopt het? · Taalcafé", None, 0),
    ])  # fmt: skip
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "02-11-2026"
    assert model.index(1, 3).data() == "vandaag"
    assert late_text(1) == "1 werkdag over tijd"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Over tijd"


def test_midnight_and_changes_reload_only_when_shown(qtbot, with_history, window):
    assert 0 < ms_until_midnight(datetime(2026, 12, 1, 23, 59, 0)) <= 65_000
    win = window()
    _loaded(qtbot, win)
    assert win.today.vm.midnight.isActive()
    with qtbot.waitSignal(win.today.vm.loaded, timeout=WAIT_MS):
        win.today.vm.midnight.timeout.emit()
    with qtbot.waitSignal(win.today.vm.loaded, timeout=WAIT_MS):  # shown: a change reloads
        win.bridge.publish(Changes(clients=True))
    win.go_to(CLIENTS)
    loads: list[object] = []
    win.today.vm.loaded.connect(loads.append)
    win.bridge.publish(Changes(clients=True))  # hidden: only marked stale (each load is audited)
    qtbot.wait(200)
    assert loads == []
    with qtbot.waitSignal(win.today.vm.loaded, timeout=WAIT_MS):
        win.go_to(TODAY)


def test_vandaag_with_the_demo_data_renders(qtbot, with_history, window):
    before = QLocale()
    QLocale.setDefault(default_locale("nl"))
    try:
        win = window()
        _loaded(qtbot, win)
        qtbot.waitUntil(lambda: win.today.table("intake").model().rowCount() == 1, timeout=WAIT_MS)
        assert win.today.date_label.text().split()[0] in DUTCH_DAYS
        sections = win.today.view.sections.values()
        qtbot.waitUntil(  # the layout settles on the next turns of the event loop
            lambda: all(s.table.geometry().bottom() < s.height() for s in sections),
            timeout=WAIT_MS,
        )
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert win.grab().save(str(SHOTS / "vandaag.png"))
        _open_referral(qtbot, win, "Noor Demostra", "Terugkoppeling")
        rv = win.clients.record_view.referrals
        qtbot.waitUntil(rv.feedback.isVisible, timeout=WAIT_MS)
        assert win.grab().save(str(SHOTS / "verwijzingen_terugkoppeling.png"))
    finally:
        QLocale.setDefault(before)
