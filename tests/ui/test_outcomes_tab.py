"""Uitkomsten tab end to end: an intake and two vervolggesprekken drawn, tabled, and cleared."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from pohsd.domain.changes import Changes
from pohsd.domain.intake import Contact, IntakeRecord, IntakeSummary
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.intake.outcomes import outcome_timeline
from pohsd.intake.scoring import DJG6_ITEMS
from pohsd.workspace import Workspace
from tests.ui.intake_support import RON, WAIT_MS, db, runner, settle
from ui.bridge import ChangeBridge
from ui.models.outcomes_model import NUMBER_ROLE, OutcomeTableModel
from ui.tasks import TaskRunner
from ui.widgets.clients_page import ClientsPage

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DJG_6 = dict(zip(DJG6_ITEMS, ["ja", "nee", "nee", "ja", "nee", "ja"], strict=True))
DJG_3 = dict(zip(DJG6_ITEMS, ["ja", "ja", "nee", "nee", "min of meer", "nee"], strict=True))
DJG_1 = dict(zip(DJG6_ITEMS, ["ja", "ja", "ja", "nee", "ja", "nee"], strict=True))
INTAKE = {
    "meting.rapportcijfer": 4,
    "gezondheid.cijfer": 5,
    "geld.cijfer": 3,
    "meedoen.cijfer": 2,
    "geld.schulden.zr": 2,
    "geld.rondkomen.zr": 4,
    **DJG_6,
}
FIRST = {"meting.rapportcijfer": 5, "geld.cijfer": 5, **DJG_3}
LATEST = {"meting.rapportcijfer": 7, "geld.cijfer": 6, "wonen.cijfer": 6, "geld.schulden.zr": 3,
          **DJG_1}  # fmt: skip
DAYS = (date(2026, 9, 1), date(2026, 10, 13), date(2026, 11, 24))


def conversation(ws: Workspace, client_id: str, kind: str, answers: dict, day: date) -> str:
    summary, _ = ws.intakes.start(client_id, kind)
    ws.intakes.save_drafts(summary.id, {k: (v, "beantwoord") for k, v in answers.items()})
    ws.intakes.add_contact(summary.id, day, 45)
    ws.intakes.complete(summary.id)
    return summary.id


def make_client(qtbot: Any, runner: TaskRunner, *, vervolgen: bool = True) -> str:
    def make(ws: Workspace) -> str:
        client, _ = ws.clients.create(RON)
        conversation(ws, client.id, "intake", INTAKE, DAYS[0])
        if vervolgen:
            conversation(ws, client.id, "vervolg", FIRST, DAYS[1])
            conversation(ws, client.id, "vervolg", LATEST, DAYS[2])
        return client.id

    return db(qtbot, runner, make)


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[ClientsPage]:
    widget = ClientsPage(runner, ChangeBridge())
    qtbot.addWidget(widget)
    widget.resize(1366, 900)
    widget.show()
    yield widget
    widget.clear()
    settle(qtbot, runner)


def open_outcomes(qtbot: Any, page: ClientsPage, client_id: str) -> None:
    with qtbot.waitSignal(page.record_vm.log_loaded, timeout=WAIT_MS):
        page.open_client(client_id)
    assert page.outcomes.vm.outcomes is None  # nothing read before the tab is shown
    bar = page.record_view.tabs.tabBar()
    index = page.record_view.tabs.indexOf(page.record_view.tab_pages["uitkomsten"])
    assert bar.tabText(index) == "Uitkomsten"
    assert bar.tabText(index - 1) == "Plan"
    with qtbot.waitSignal(page.outcomes.vm.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def column(table: QTableView, title: str) -> list[str]:
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    c = titles.index(title)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_three_conversations_are_drawn_tabled_and_cleared_on_lock(
    qtbot: Any, runner: TaskRunner, page: ClientsPage
) -> None:
    client_id = make_client(qtbot, runner)
    open_outcomes(qtbot, page, client_id)
    view = page.record_view.outcomes
    assert view.findChild(QLabel, "outcomes_empty").isHidden()
    chart = view.findChild(type(page.outcomes.chart), "outcomes_line_chart")
    assert chart is not None
    assert chart.isVisible()
    assert [p.day for p in chart.timeline.points] == list(DAYS)
    rapport = next(line for line in chart.lines() if line.label == "Rapportcijfer voor het leven")
    assert rapport.values == (4, 5, 7)
    assert "01-09-2026 · 13-10-2026 · 24-11-2026" in chart.accessibleDescription()

    table = view.findChild(QTableView, "outcomes_table")
    assert table.model().rowCount() == 3
    assert column(table, "Gesprek") == ["Intake", "Vervolggesprek", "Vervolggesprek"]
    assert column(table, "Datum") == ["01-09-2026", "13-10-2026", "24-11-2026"]
    assert column(table, "Rapportcijfer") == ["4", "5", "7"]
    assert column(table, "Geld") == ["3 · zr 2", "5", "6 · zr 3"]  # lowest zr, not the mean
    assert column(table, "Wonen") == ["—", "—", "6"]  # a gap, never a zero
    assert column(table, "Eenzaamheid (0–6)") == [
        "6 · sterk eenzaam", "3 · enigszins eenzaam", "1 · niet eenzaam",
    ]  # fmt: skip
    assert table.model().index(1, 3).data(NUMBER_ROLE) == 5
    assert "45 min" in column(table, "Contacten")[0]

    lonely = view.findChild(QLabel, "outcomes_loneliness_text")
    assert lonely.text() == (
        "Laatste meting: 1 · niet eenzaam (24-11-2026). "
        "Bij de intake: 6 · sterk eenzaam (01-09-2026)."
    )
    assert view.findChild(QLabel, "outcomes_change_caption").text() == (
        "De intake van 01-09-2026 tegenover het laatste vervolggesprek van 24-11-2026."
    )
    changes = view.findChild(QTableView, "outcomes_changes").model()
    rows = {changes.index(r, 0).data(): r for r in range(changes.rowCount())}
    row = rows["Rapportcijfer voor het leven"]
    assert [changes.index(row, c).data() for c in range(1, 5)] == ["4", "5", "7", "+3"]
    radar = page.outcomes.radar
    assert radar.data is not None
    assert (radar.data.intake_date, radar.data.vervolg_date) == (DAYS[0], DAYS[2])

    Path("/tmp/shots").mkdir(exist_ok=True)
    qtbot.wait(50)
    assert page.record_view.grab().save("/tmp/shots/uitkomsten.png")
    view.scroll.verticalScrollBar().setValue(view.scroll.verticalScrollBar().maximum())
    assert page.record_view.grab().save("/tmp/shots/uitkomsten_onder.png")

    page.clear()  # lock
    assert table.model().rowCount() == 0
    assert chart.timeline is None
    assert page.outcomes.loneliness.timeline is None
    assert radar.data is None
    assert lonely.text() == ""
    assert chart.accessibleDescription() == ""
    assert page.outcomes.vm.outcomes is None


def test_one_conversation_shows_the_empty_state(
    qtbot: Any, runner: TaskRunner, page: ClientsPage
) -> None:
    client_id = make_client(qtbot, runner, vervolgen=False)
    open_outcomes(qtbot, page, client_id)
    view = page.record_view.outcomes
    empty = view.findChild(QLabel, "outcomes_empty")
    assert empty.isVisible()
    assert empty.text() == "Na een vervolggesprek ziet u hier de verandering."
    assert not view.content.isVisible()


def test_a_later_vervolg_reloads_the_shown_tab(
    qtbot: Any, runner: TaskRunner, page: ClientsPage
) -> None:
    client_id = make_client(qtbot, runner, vervolgen=False)
    open_outcomes(qtbot, page, client_id)
    bridge = page._bridge
    db(qtbot, runner, lambda ws: conversation(ws, client_id, "vervolg", FIRST, DAYS[1]))
    with qtbot.waitSignal(page.outcomes.vm.loaded, timeout=WAIT_MS):
        bridge.publish(Changes(clients=True))  # as closing the vervolg screen does
    view = page.record_view.outcomes
    assert view.content.isVisible()
    assert page.outcomes.model.rowCount() == 2


def _record(rid: str, kind: str, month: int, answers: dict) -> IntakeRecord:
    moment = datetime(2026, month, 1, 9, tzinfo=UTC)
    summary = IntakeSummary(rid, "c", kind, "afgerond", "1", moment, moment)
    return IntakeRecord(summary, answers=answers, contacts=(Contact(moment.date(), 30),))


def test_outcome_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    q = load_questionnaire("1")
    timeline = outcome_timeline(
        q,
        [_record("a", "intake", 9, INTAKE), _record("b", "vervolg", 10, FIRST),
         _record("c", "vervolg", 11, {**LATEST, "gezondheid.psychisch.mhi5_1": "soms"})],
    )  # fmt: skip
    model = OutcomeTableModel()
    model.set_timeline(timeline)
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Gesprek", "Datum", "Contacten", "Rapportcijfer", "Gezondheid", "Geld",
                       "Wonen", "Meedoen", "Eenzaamheid (0–6)"]  # fmt: skip
    assert model.index(0, 2).data() == "1 contact, 30 min: 01-09-2026"
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
