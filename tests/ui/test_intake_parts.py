"""Pieces of the intake screen on their own: web data, worksheet totals, scores, models, names."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from pohsd.domain.intake import IntakeSummary, SignalRecord
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.intake.answers import AnswerSheet
from pohsd.intake.scoring import all_scores
from pohsd.intake.vervolg import compare
from ui.models.intake_models import (
    ChangeTableModel,
    IntakeListModel,
    SignalListModel,
    local_datetime,
    score_text,
    signal_line,
)
from ui.models.intake_radar_model import radar_data, zr_on_scale
from ui.widgets.finance_editor import FinanceEditor, euro
from ui.widgets.question_widgets import QuestionCard
from ui.widgets.radar import RadarPanel

Q = load_questionnaire("1")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def sheet(**answers: object) -> AnswerSheet:
    s = AnswerSheet(Q)
    for qid, value in answers.items():
        s.set(qid.replace("__", "."), value)
    return s


# -- the domain web -----------------------------------------------------------------------------


def test_zr_levels_map_onto_the_cijfer_scale() -> None:
    assert [zr_on_scale(level) for level in (1, 2, 3, 4, 5)] == [0.0, 2.5, 5.0, 7.5, 10.0]
    with pytest.raises(ValueError):
        zr_on_scale(0)


def test_radar_data_takes_cijfers_and_the_lowest_zr_per_domain() -> None:
    intake = sheet(
        gezondheid__cijfer=5, geld__cijfer=2, wonen__cijfer=6,
        **{"geld.schulden.zr": 2, "geld.administratie.zr": 4, "gezondheid.psychisch.zr": 3},
    )  # fmt: skip
    later = sheet(geld__cijfer=4, **{"geld.schulden.zr": 3})
    data = radar_data(
        Q, intake, later, intake_date=date(2026, 12, 1), vervolg_date=date(2027, 1, 12)
    )
    assert data.domains == ("gezondheid", "geld", "wonen", "meedoen")
    cijfer = data.series_for("intake", "cijfer")
    zr = data.series_for("intake", "zr")
    assert cijfer is not None and zr is not None  # noqa: PT018
    assert cijfer.raw == (5, 2, 6, None)
    assert cijfer.values == (5.0, 2.0, 6.0, None)
    assert zr.raw == (3, 2, None, None)  # the lowest topic rating, never an average
    assert zr.values == (5.0, 2.5, None, None)
    follow = data.series_for("vervolg", "cijfer")
    assert follow is not None
    assert follow.raw == (None, 4, None, None)
    assert not data.is_empty


def test_radar_panel_shows_numbers_legend_and_saves_a_png(qtbot: Any, tmp_path: Path) -> None:
    panel = RadarPanel()
    qtbot.addWidget(panel)
    assert not panel.save_button.isEnabled()  # nothing to draw yet
    data = radar_data(Q, sheet(gezondheid__cijfer=5, **{"gezondheid.psychisch.zr": 3}),
                      intake_date=date(2026, 12, 1))  # fmt: skip
    panel.set_data(data)
    panel.show()
    assert panel.save_button.isEnabled()
    numbers = panel.findChild(QWidget, "radar_numbers_gezondheid")
    assert numbers.text() == "cijfer 5 · zr 3"
    assert "1 = 0 · 2 = 2,5 · 3 = 5 · 4 = 7,5 · 5 = 10" in panel.legend.text()
    assert "Intake 01-12-2026 — cijfer van de cliënt (0–10)" in panel.legend.text()
    assert panel.default_file_name(date(2026, 12, 1)) == "leefgebiedenweb_2026-12-01.png"
    target = tmp_path / panel.default_file_name(date(2026, 12, 1))
    assert panel.save_png(str(target))
    image = QImage(str(target))
    assert image.width() == 1200
    assert not image.isNull()
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


# -- the financial worksheet --------------------------------------------------------------------


def test_worksheet_totals_follow_dutch_amounts(qtbot: Any) -> None:
    editor = FinanceEditor()
    qtbot.addWidget(editor)
    editor.show()
    emitted: list[dict] = []
    editor.changed.connect(emitted.append)
    income = editor.add_row("income")
    qtbot.keyClicks(income.amount, "1.210,50")
    cost = editor.add_row("fixed_costs")
    cost.choice.setCurrentText("energie")
    qtbot.keyClicks(cost.amount, "1.300")
    assert editor.totals["income"].text() == "€ 1.210,50"
    assert editor.totals["free"].text() == "− € 89,50"  # shown, never judged
    debt = editor.add_row("debts")
    qtbot.keyClicks(debt.creditor, "Energie Direct")
    qtbot.keyClicks(debt.amount, "2.300")
    qtbot.keyClicks(debt.since, "3-2025")
    debt.flags["bailiff"].setChecked(True)
    assert "€ 2.300,00 bij 1 schuldeisers" in editor.totals["debts"].text()
    assert emitted[-1]["debts"] == [{
        "creditor": "Energie Direct", "amount": 2300, "since": "2025-03", "arrears": False,
        "collection_agency": False, "bailiff": True, "garnishment": False,
    }]  # fmt: skip
    count = len(emitted)
    qtbot.keyClicks(income.amount, "x")  # "1.210,50x" is no amount: not passed on
    assert len(emitted) == count
    assert income.error.text() == "Dit is geen getal."
    editor.set_data(emitted[-1])
    assert editor.totals["free"].text() == "− € 89,50"


def test_euro_notation() -> None:
    from decimal import Decimal

    assert euro(Decimal("23000")) == "€ 23.000,00"
    assert euro(Decimal("-0.5")) == "− € 0,50"


# -- scores, signals, models ----------------------------------------------------------------------


def test_score_texts_show_band_or_what_is_missing() -> None:
    answers = {f"meedoen.ontmoeting.djg6_{i}": "ja" for i in range(1, 4)}
    scores = all_scores(answers)
    assert score_text("djg6", scores["djg6"]) == "Eenzaamheid (De Jong Gierveld): nog 3 vragen"
    answers |= {f"meedoen.ontmoeting.djg6_{i}": "nee" for i in range(4, 7)}
    scores = all_scores(answers)
    assert score_text("djg6", scores["djg6"]) == (
        "Eenzaamheid (De Jong Gierveld): 2 van 6 — enigszins eenzaam (emotioneel 1, sociaal 1)"
    )
    mhi = {f"gezondheid.psychisch.mhi5_{i}": "vaak" for i in range(1, 6)}
    assert score_text("mhi5", all_scores(mhi)["mhi5"]).startswith("MHI-5: ")
    assert (
        score_text("rapportcijfer", all_scores({})["rapportcijfer"]) == "Rapportcijfer: nog 1 vraag"
    )


def test_signal_lines_never_rely_on_colour() -> None:
    record = SignalRecord("r1", "suicide", NOW, "gezondheid.psychisch.suicidegedachten", "Direct")
    assert signal_line(record, "Suïcidale gedachten") == "⚠ Suïcidale gedachten · Direct · open"
    closed = SignalRecord(
        "r2", "geen_eten", NOW, "x", "Vandaag", closed_at=NOW, closure="afgehandeld"
    )
    assert signal_line(closed, "Geen eten in huis") == "✓ Geen eten in huis · afgehandeld"


def test_item_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    intakes = IntakeListModel()
    intakes.set_rows([IntakeSummary("i1", "c1", "intake", "open", "1", NOW, NOW)])
    qtmodeltester.check(intakes)
    signals = SignalListModel()
    signals.set_signals(
        [SignalRecord("r1", "suicide", NOW, "x", "Direct")], {"suicide": "Suïcidale gedachten"}
    )
    qtmodeltester.check(signals)
    changes = ChangeTableModel()
    base = sheet(meting__rapportcijfer=4, geld__cijfer=2)
    now = sheet(meting__rapportcijfer=6, geld__cijfer=5)
    changes.set_changes(Q, compare(Q, base, now))
    qtmodeltester.check(changes)
    assert changes.index(0, 0).data() == "Rapportcijfer voor het leven"
    assert changes.index(0, 4).data() == "+2"
    assert changes.index(0, 5).data() == "ontevreden → niet tevreden, niet ontevreden"
    geld = next(r for r in range(changes.rowCount()) if changes.index(r, 0).data() == "Cijfer Geld")
    assert changes.index(geld, 1).data() == "2"
    assert changes.index(geld, 4).data() == "+3"


# -- cards -------------------------------------------------------------------------------------


@pytest.mark.parametrize("question_id", [q.id for q in Q.questions])
def test_every_card_widget_is_named(qtbot: Any, question_id: str) -> None:
    card = QuestionCard(Q.question(question_id), Q)
    qtbot.addWidget(card)
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in card.findChildren(QWidget)
        if w.window() is card.window()  # combo popups live in their own windows
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.focusProxy() is None
        and (not w.objectName() or not w.accessibleName())
    ]
    assert unnamed == []


def test_zr_rubric_is_in_the_tooltip_and_beside_on_focus(qtbot: Any) -> None:
    card = QuestionCard(Q.question("geld.schulden.zr"), Q)
    qtbot.addWidget(card)
    card.show()
    level2 = card.findChild(QWidget, "geld.schulden.zr:2")
    rubric = Q.domain_rubric("geld")[1]
    assert level2.toolTip() == rubric
    side = card.findChild(QWidget, "geld.schulden.zr:rubriek")
    assert "begin bij 5" in side.text()
    level2.setFocus()
    qtbot.waitUntil(lambda: side.text() == f"2: {rubric}")


def test_stored_moments_are_shown_in_local_time() -> None:
    naive_utc = datetime(2026, 12, 1, 9, 30)  # how the store hands moments back
    expected = NOW.astimezone().strftime("%d-%m-%Y %H:%M")
    assert local_datetime(naive_utc) == expected
    assert local_datetime(NOW) == expected
