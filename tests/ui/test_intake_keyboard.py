"""A whole intake with the keyboard only: record → Gesprekken → intake → signal → plan → web."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from tests.ui.intake_support import (
    RON,
    WAIT_MS,
    choose,
    db,
    focused,
    press,
    runner,
    settle,
    tab_to,
    type_text,
)
from ui.bridge import ChangeBridge
from ui.dialogs.client_edit_dialog import ClientEditDialog
from ui.dialogs.signal_dialog import SignalDialog
from ui.tasks import TaskRunner
from ui.widgets.clients_page import ClientsPage

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[ClientsPage]:
    page = ClientsPage(
        runner, ChangeBridge(), editor_factory=ClientEditDialog, signal_dialog_factory=SignalDialog
    )
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    yield page
    page.flush_autosave()
    page.clear()
    settle(qtbot, runner)


def next_view(qtbot: Any, page: ClientsPage, title: str) -> None:
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    view = page.intakes.page.view
    qtbot.waitUntil(lambda: view.view_title.text() == title, timeout=WAIT_MS)


def signal_dialog() -> SignalDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, SignalDialog)]
    return next((d for d in found if d.isVisible()), None)


def test_whole_intake_with_the_keyboard_only(
    qtbot: Any, runner: TaskRunner, page: ClientsPage
) -> None:
    client, _ = db(qtbot, runner, lambda ws: ws.clients.create(RON))
    page.refresh()
    qtbot.waitUntil(lambda: page.list_vm.model.rowCount() == 1, timeout=WAIT_MS)

    # Cliënten list → record → Gesprekken tab → Nieuwe intake (Alt+I)
    page.focus_search()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.record_view, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert page.record_view.tabs.currentWidget() is page.record_view.tab_pages["gesprekken"]
    press(qtbot, Qt.Key.Key_I, ALT)
    intake = page.intakes.page
    qtbot.waitUntil(lambda: page.stack.currentWidget() is intake, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: intake.content is not None, timeout=WAIT_MS)
    assert intake.view.view_title.text() == "Opening"

    # Opening: the first question has the focus
    assert focused().objectName() == "opening.aanleiding:tekst"
    type_text(qtbot, "Schulden en somber")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "opening.aanleiding:weet niet"  # the state buttons follow
    tab_to(qtbot, "opening.verwijzer:opt0")
    press(qtbot, Qt.Key.Key_Space)
    choose(qtbot, "opening.toestemming_vastleggen:opt0", "opening.toestemming_vastleggen:opt0")
    choose(qtbot, "meting.rapportcijfer:0", "meting.rapportcijfer:4")
    score = intake.content.cards["meting.rapportcijfer"].score
    assert score.isVisible()
    assert score.text() == "Rapportcijfer: 4 — ontevreden"
    assert intake.vm.value("opening.verwijzer") == "huisarts"

    # Gezondheid: domain view, then topics with Ctrl+PgDn
    next_view(qtbot, page, "Gezondheid")
    type_text(qtbot, "Slaapt slecht")
    next_view(qtbot, page, "Gezondheid · Lichamelijke gezondheid")
    next_view(qtbot, page, "Gezondheid · Psychische gezondheid en stress")
    choose(qtbot, "gezondheid.psychisch.levensmoe:opt0", "gezondheid.psychisch.levensmoe:opt1")
    # the follow-up moved out of "Meer vragen" into the main questions: ja, soms
    first, target = (
        "gezondheid.psychisch.suicidegedachten:opt0",
        "gezondheid.psychisch.suicidegedachten:opt2",
    )
    choose(qtbot, first, target)

    # the signal interrupts: dialog with the exact advice, and a banner that stays
    qtbot.waitUntil(lambda: signal_dialog() is not None, timeout=WAIT_MS)
    dialog = signal_dialog()
    assert dialog is not None
    assert dialog.advice.text().startswith("Neem dit serieus en blijf in gesprek.")
    assert "0800-0113" in dialog.advice.text()
    assert intake.view.banner.isVisible()
    assert "Suïcidale gedachten" in intake.view.banner_text.text()
    press(qtbot, Qt.Key.Key_Escape)  # Esc does not close a signal
    assert dialog.isVisible()
    assert focused() is dialog.action_text
    type_text(qtbot, "Huisarts gebeld, afspraak vandaag 14:00")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: signal_dialog() is None, timeout=WAIT_MS)
    intake_id = intake.vm.intake_id
    records = db(qtbot, runner, lambda ws: ws.intakes.open(intake_id).signals)
    assert [r.signal_id for r in records] == ["suicide"]
    assert records[0].actions[0].text == "Huisarts gebeld, afspraak vandaag 14:00"
    assert intake.view.banner.isVisible()  # still open: not yet afgehandeld

    choose(qtbot, "gezondheid.psychisch.zr:1", "gezondheid.psychisch.zr:3")
    assert intake.vm.value("gezondheid.psychisch.zr") == 3
    for title in ("Alcohol", "Leefstijl", "Zelfzorg", "Geheugen", "Steun voor"):
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
        qtbot.waitUntil(lambda t=title: t in intake.view.view_title.text(), timeout=WAIT_MS)

    # leaving Gezondheid offers its cijfer; the Geld domain view opens
    next_view(qtbot, page, "Geld")
    assert intake.view.prompt.isVisible()
    choose(qtbot, "gezondheid.cijfer:0", "gezondheid.cijfer:5")
    assert intake.vm.value("gezondheid.cijfer") == 5

    # Geld · Rondkomen: the financial worksheet, amounts typed the Dutch way
    next_view(qtbot, page, "Geld · Rondkomen en inkomen")
    tab_to(qtbot, "finance_income_add")
    press(qtbot, Qt.Key.Key_Space)
    assert focused().objectName() == "finance_income_0_choice"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1.210,50")
    tab_to(qtbot, "finance_fixed_costs_add")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "900")
    finance = intake.extras.finance
    assert finance is not None
    assert finance.totals["free"].text() == "€ 310,50"

    # on through Geld, Wonen and Meedoen to the Prioriteiten
    while intake.view.view_title.text() != "Prioriteiten":
        before = intake.view.view_title.text()
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
        qtbot.waitUntil(lambda b=before: intake.view.view_title.text() != b, timeout=WAIT_MS)
    assert focused().objectName() == "prioriteit.belangrijkste:1"
    type_text(qtbot, "Meedoen")
    assert intake.vm.value("prioriteit.belangrijkste") == ["meedoen"]
    tab_to(qtbot, "prioriteit.wens:tekst")
    type_text(qtbot, "Weer iets zinnigs doen overdag")
    network = intake.extras.network
    assert network is not None
    assert "Marja" in network.list.text()

    # Plan: a goal prefilled from the priority, with the wish; add an action
    next_view(qtbot, page, "Plan")
    editor = intake.extras.plan_editor
    assert editor is not None
    qtbot.waitUntil(lambda: len(editor.boxes) == 1, timeout=WAIT_MS)
    assert editor.boxes[0].wens.text() == "Weer iets zinnigs doen overdag"
    tab_to(qtbot, "plan_goal_0_add_action")
    press(qtbot, Qt.Key.Key_Space)
    assert focused().objectName() == "plan_goal_0_action_0_wat"
    type_text(qtbot, "Koffieochtend in het buurthuis")
    client_id = client.id

    def plan_stored() -> bool:
        goals = db(qtbot, runner, lambda ws: ws.plan.get(client_id).goals)
        return len(goals) == 1 and len(goals[0].actions) == 1

    qtbot.waitUntil(plan_stored, timeout=WAIT_MS)
    goal = db(qtbot, runner, lambda ws: ws.plan.get(client_id).goals[0])
    assert (goal.topic, goal.wens) == ("meedoen", "Weer iets zinnigs doen overdag")
    assert goal.actions[0].wat == "Koffieochtend in het buurthuis"

    # Afsluiting: the web, then "Intake afronden" (Alt+F, confirm Alt+J)
    next_view(qtbot, page, "Afsluiting")
    closing = intake.extras.closing
    assert closing is not None
    assert closing.radar.web.isVisible()
    data = closing.radar.data
    assert data is not None
    assert data.series_for("intake", "cijfer").raw[0] == 5  # gezondheid cijfer
    assert data.series_for("intake", "zr").raw[0] == 3  # lowest zr of gezondheid
    press(qtbot, Qt.Key.Key_F, ALT)  # a mnemonic "animates" the click: wait for it
    qtbot.waitUntil(closing.confirm.isVisible, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_J, ALT)
    qtbot.waitUntil(lambda: closing.done.isVisible(), timeout=WAIT_MS)
    summary = db(qtbot, runner, lambda ws: ws.intakes.list_for_client(client_id)[0])
    assert summary.status == "afgerond"
    assert summary.follow_up_on is not None
    stored = db(qtbot, runner, lambda ws: ws.intakes.open(intake_id))
    assert stored.answers["opening.aanleiding"] == "Schulden en somber"
    assert stored.answers["gezondheid.psychisch.suicidegedachten"] == "ja, soms"
    assert stored.drafts == {}
    assert stored.finance["income"][0]["amount_per_month"] == 1210.5

    # back to the record (Alt+D): the conversation is listed and the overview shows the web
    press(qtbot, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.record_view, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.intakes.list_model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.intakes.radar.data is not None, timeout=WAIT_MS)
    overview = page.record_view.overview_intake
    assert "Meedoen" in overview.priorities.text()
    assert isinstance(overview.wish, QLabel)
    assert "Weer iets zinnigs" in overview.wish.text()
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
