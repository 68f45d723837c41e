"""Rapportage screen: presets, building on the DB thread, "<5" in tables, charts, export, errors."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from tests.ui.intake_support import WAIT_MS, db, runner, settle
from tests.unit import report_fixture
from ui.models.report_table_model import SUPPRESSED_ROLE
from ui.tasks import TaskRunner
from ui.viewmodels.report_vm import preset_period
from ui.widgets.report_charts import BarChart
from ui.widgets.report_page import ReportPage

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots")


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[ReportPage]:
    fixture = db(qtbot, runner, report_fixture.build)
    widget = ReportPage(runner, today=fixture.today)
    qtbot.addWidget(widget)
    widget.resize(1366, 900)
    widget.show()
    yield widget
    widget.clear()
    settle(qtbot, runner)


def build(qtbot: Any, page: ReportPage) -> None:
    with qtbot.waitSignal(page.vm.report_changed, timeout=WAIT_MS):
        qtbot.mouseClick(page.view.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(chart.isVisible() for chart in page.charts.values()))
    qtbot.wait(100)  # the scroll area lays out the new cards


def cell_texts(page: ReportPage, key: str) -> list[list[str]]:
    model = page.models[key]
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_presets_fill_the_period():
    today = date(2026, 5, 17)
    assert preset_period("dit_kwartaal", today) == (date(2026, 4, 1), date(2026, 6, 30))
    assert preset_period("vorig_kwartaal", today) == (date(2026, 1, 1), date(2026, 3, 31))
    assert preset_period("vorig_kwartaal", date(2026, 2, 1)) == (date(2025, 10, 1),
                                                                 date(2025, 12, 31))  # fmt: skip
    assert preset_period("dit_kwartaal", date(2026, 12, 31)) == (date(2026, 10, 1),
                                                                 date(2026, 12, 31))  # fmt: skip
    assert preset_period("dit_jaar", today) == (date(2026, 1, 1), date(2026, 12, 31))


def test_build_shows_cards_with_charts_and_small_cells(qtbot, page: ReportPage):
    qtbot.mouseClick(page.view.this_year, Qt.MouseButton.LeftButton)
    assert page.date_from.text() == f"01-01-{date.today().year}"
    page.date_from.setText((date.today() - timedelta(days=30)).strftime("%d-%m-%Y"))
    page.date_to.setText(date.today().strftime("%d-%m-%Y"))
    assert not page.view.export_button.isEnabled()
    build(qtbot, page)
    assert page.view.empty.isHidden()
    assert page.view.export_button.isEnabled()
    signalen = cell_texts(page, "signalen")
    assert signalen[0] == ["Afsluiting energie of water", "<5", "<5", "<5", "x"]
    assert signalen[-1] == ["Totaal", "<5", "<5", "<5", "7"]
    model = page.models["signalen"]
    assert model.index(0, 1).data(SUPPRESSED_ROLE) is True
    assert "Minder dan 5" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert cell_texts(page, "verwijzingen_route")[0] == ["Sociale basis (vrij of aanmelding)", "6"]
    figure = page.findChild(QLabel, "reportFigure_aandeel_sociale_basis")
    assert figure is not None
    assert figure.text() == "54,5 %"
    toegang = page.findChild(BarChart, "reportChart_verwijzingen_toegang")
    assert toegang is not None
    assert len(toegang.rows) == 1  # one stacked bar: vrij, aanmelding, beschikking, zorg
    assert [c.text for c in toegang.rows[0].segments] == ["<5", "<5", "<5", "<5"]
    domains = page.charts["leefgebieden"]
    assert [r.label for r in domains.rows] == ["Gezondheid", "Geld", "Wonen", "Meedoen"]
    assert domains.rows[1].total is not None
    assert domains.rows[1].total.text == "6"
    assert page.charts["verwijzingen_onderwerp"].rows[0].segments[0].text == "6"
    assert "7" in page.view.status.text() or "t/m" in page.view.status.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SHOTS / "report_page.png"))
    bar = page.view.scroll.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert page.grab().save(str(SHOTS / "report_page_middle.png"))
    bar.setValue(bar.maximum())
    assert page.grab().save(str(SHOTS / "report_page_bottom.png"))
    card = page.findChild(QLabel, "reportFigure_dagen_tot_start")
    assert card is not None
    assert card.text() == "7 dagen"


def test_per_pc4_and_export(qtbot, page: ReportPage, tmp_path, monkeypatch):
    page.date_from.setText((date.today() - timedelta(days=30)).strftime("%d-%m-%Y"))
    page.date_to.setText(date.today().strftime("%d-%m-%Y"))
    page.view.per_pc4.setChecked(True)
    build(qtbot, page)
    kern = page.models["kerngetallen"]
    headers = [kern.headerData(c, Qt.Orientation.Horizontal) for c in range(kern.columnCount())]
    assert headers == ["", "1234", "5678", "Totaal"]
    assert cell_texts(page, "kerngetallen")[0] == ["Cliënten met een gesprek", "<5", "<5", "7"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SHOTS / "report_page_pc4.png"))
    target = tmp_path / "export"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "CSV voor Excel (*.csv)"))  # fmt: skip
    with qtbot.waitSignal(page.vm.exported, timeout=WAIT_MS):
        qtbot.mouseClick(page.view.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "export.csv"
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "export.csv" in page.view.status.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "r.pdf"), "PDF (*.pdf)"))  # fmt: skip
    with qtbot.waitSignal(page.vm.exported, timeout=WAIT_MS):
        qtbot.mouseClick(page.view.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_bad_period_is_named_and_nothing_built(qtbot, page: ReportPage):
    page.date_from.setText("31-02-2026")
    qtbot.mouseClick(page.view.build_button, Qt.MouseButton.LeftButton)
    assert page.view.error.isVisible()
    assert "dd-mm-jjjj" in page.view.error.text()
    assert page.vm.report is None
    page.date_from.setText("01-04-2026")
    page.date_to.setText("01-03-2026")
    with qtbot.waitSignal(page.vm.failed, timeout=WAIT_MS):
        qtbot.mouseClick(page.view.build_button, Qt.MouseButton.LeftButton)
    assert "vóór" in page.view.error.text()
    assert page.view.build_button.isEnabled()
    page.clear()
    assert page.view.empty.isVisible()


def test_tab_order_follows_reading_order(page: ReportPage):
    v = page.view
    chain = [page.date_from, page.date_to, v.this_quarter, v.last_quarter, v.this_year,
             v.per_pc4, v.build_button, v.export_button]  # fmt: skip
    for first, second in itertools.pairwise(chain):
        assert first.nextInFocusChain() is second, first.objectName()
    for widget in chain:
        assert widget.objectName()
        assert widget.accessibleName()
