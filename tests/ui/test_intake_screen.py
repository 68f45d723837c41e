"""The intake screen: signal dialog ways out, kijkmodus, consent locks, time guide, vervolg."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from pohsd.workspace import Workspace
from tests.ui.intake_support import (
    RON,
    WAIT_MS,
    db,
    new_client_and_intake,
    runner,
    settle,
)
from ui.bridge import ChangeBridge
from ui.dialogs.client_edit_dialog import ClientEditDialog
from ui.dialogs.signal_dialog import SignalDialog
from ui.tasks import TaskRunner
from ui.views.glyphs import displayable
from ui.widgets.intake_page import IntakePage

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner, clock: FakeClock) -> Iterator[IntakePage]:
    page = IntakePage(
        runner, ChangeBridge(), signal_dialog_factory=SignalDialog, clock=clock, later_ms=300
    )
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    page.activateWindow()
    yield page
    page.flush()
    page.clear()
    settle(qtbot, runner)


def opened(qtbot: Any, runner: TaskRunner, page: IntakePage, kind: str = "intake") -> str:
    _client, intake_id = new_client_and_intake(qtbot, runner, kind)
    page.open_intake(intake_id)
    qtbot.waitUntil(lambda: page.content is not None, timeout=WAIT_MS)
    return intake_id


def dialog_shown() -> SignalDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, SignalDialog)]
    return next((d for d in found if d.isVisible()), None)


def raise_suicide(qtbot: Any, page: IntakePage) -> SignalDialog:
    page.vm.goto("gezondheid.psychisch")
    qtbot.waitUntil(lambda: "Psychische" in page.view.view_title.text(), timeout=WAIT_MS)
    page.vm.answer("gezondheid.psychisch.suicidegedachten", "ja, vaak of nu")
    qtbot.waitUntil(lambda: dialog_shown() is not None, timeout=WAIT_MS)
    dialog = dialog_shown()
    assert dialog is not None
    return dialog


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__}:{w.objectName()}"
        for w in root.findChildren(QWidget)
        if w.window() is root.window()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.focusProxy() is None
        and (not w.objectName() or not w.accessibleName())
    ]


# -- signals -------------------------------------------------------------------------------------


def test_later_brings_the_signal_back(qtbot: Any, runner: TaskRunner, page: IntakePage) -> None:
    opened(qtbot, runner, page)
    dialog = raise_suicide(qtbot, page)
    assert dialog.windowTitle() == "Signaal"  # never a client name
    assert dialog.findChild(QWidget, "signal_question") is not None  # "…iets voorbereid?" ja/nee
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog_shown() is None, timeout=WAIT_MS)
    assert page.view.banner.isVisible()
    qtbot.waitUntil(lambda: dialog_shown() is not None, timeout=WAIT_MS)  # after `later_ms`


def test_onterecht_needs_a_reason(qtbot: Any, runner: TaskRunner, page: IntakePage) -> None:
    intake_id = opened(qtbot, runner, page)
    dialog = raise_suicide(qtbot, page)
    dialog.close()  # the close button does nothing
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert dialog.reason.isVisible()
    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Een reden is verplicht als het signaal onterecht is."
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Misverstand: ging over een film")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog_shown() is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.view.banner.isVisible(), timeout=WAIT_MS)
    record = db(qtbot, runner, lambda ws: ws.intakes.open(intake_id).signals[0])
    assert (record.closure, record.reason) == ("onterecht", "Misverstand: ging over een film")
    assert "✕ Suïcidale gedachten · onterecht" in page.signals.model.index(0, 0).data()


def test_action_and_afgehandeld_close_the_signal(
    qtbot: Any, runner: TaskRunner, page: IntakePage
) -> None:
    intake_id = opened(qtbot, runner, page)
    dialog = raise_suicide(qtbot, page)
    assert unnamed(dialog) == []
    qtbot.mouseClick(dialog.findChild(QWidget, "signal_suggestion_0"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.action_text, "dr. De Wit, 10:40")
    qtbot.mouseClick(dialog.findChild(QWidget, "signal_question_nee"), Qt.MouseButton.LeftButton)
    dialog.handled.setChecked(True)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog_shown() is None, timeout=WAIT_MS)
    record = db(qtbot, runner, lambda ws: ws.intakes.open(intake_id).signals[0])
    assert record.closure == "afgehandeld"
    assert record.actions[0].text == (
        "Heeft u er al over nagedacht hoe u het zou doen, of iets voorbereid? Nee\n"
        "huisarts nu gesproken (naam, tijd): dr. De Wit, 10:40"
    )
    assert not page.view.banner.isVisible()


def test_onveilig_shows_the_meldcode_steps(
    qtbot: Any, runner: TaskRunner, page: IntakePage
) -> None:
    opened(qtbot, runner, page)
    page.vm.answer("wonen.veiligheid.geweld", "ja, nu")
    qtbot.waitUntil(lambda: dialog_shown() is not None, timeout=WAIT_MS)
    dialog = dialog_shown()
    assert dialog is not None
    assert dialog.advice.text().startswith("Volg de meldcode huiselijk geweld")
    assert "Veilig Thuis: 0800-2000" in dialog.advice.text()
    steps = [dialog.findChild(QWidget, f"signal_step_{n}").text() for n in range(1, 6)]
    assert steps[0] == "1. Signalen in kaart brengen"
    assert steps[4] == "5. Beslissen: hulp organiseren en/of melden"
    assert unnamed(dialog) == []
    dialog.findChild(QWidget, "signal_step_1").setChecked(True)
    assert dialog.composed_action() == "Meldcode stap 1. Signalen in kaart brengen"


def test_a_signal_can_be_added_by_hand(qtbot: Any, runner: TaskRunner, page: IntakePage) -> None:
    opened(qtbot, runner, page)
    page.vm.signals.raise_manual(page.vm.questionnaire, "verwaarlozing")
    qtbot.waitUntil(lambda: dialog_shown() is not None, timeout=WAIT_MS)
    assert dialog_shown().definition.label == "Ernstige verwaarlozing"  # type: ignore[union-attr]
    assert page.vm.signals.records[0].trigger == "handmatig"


# -- kijkmodus, consent, time ------------------------------------------------------------------


def test_kijkmodus_hides_notes_scores_signals_and_enlarges(
    qtbot: Any, runner: TaskRunner, page: IntakePage
) -> None:
    opened(qtbot, runner, page)
    page.vm.answer("meting.rapportcijfer", 7)
    card = page.content.cards["meting.rapportcijfer"]  # type: ignore[union-attr]
    assert card.score.isVisible()
    size = QFont(card.text.font()).pointSizeF()
    qtbot.keyClick(page.view.tree, Qt.Key.Key_F11)
    assert page.kijkmodus
    assert not page.view.side.isVisible()  # notes and signals
    assert not card.score.isVisible()
    assert card.text.font().pointSizeF() > size * 1.3
    page.vm.goto("geld.schulden")
    qtbot.waitUntil(lambda: "Schulden" in page.view.view_title.text(), timeout=WAIT_MS)
    assert not page.content.cards["geld.schulden.zr"].isVisible()  # type: ignore[union-attr]
    assert not page.content.cards["geld.schulden.notitie"].isVisible()  # type: ignore[union-attr]
    qtbot.keyClick(page.view.tree, Qt.Key.Key_F11)
    assert page.view.side.isVisible()
    assert page.content.cards["geld.schulden.zr"].isVisible()  # type: ignore[union-attr]


def test_consent_nee_locks_the_domains(qtbot: Any, runner: TaskRunner, page: IntakePage) -> None:
    opened(qtbot, runner, page)
    page.vm.answer("opening.toestemming_vastleggen", "Nee")
    item = page.nav.items["geld"]
    # the lock emoji, or its fallback where the font has no emoji (never a tofu box)
    assert item.text(0).startswith(displayable("🔒 Geld", item.font(0)))
    assert "niet vastleggen" in item.text(0)
    page.vm.goto("geld.schulden")
    qtbot.waitUntil(lambda: "Schulden" in page.view.view_title.text(), timeout=WAIT_MS)
    card = page.content.cards["geld.schulden.achterstanden"]  # type: ignore[union-attr]
    assert card.lock_label.isVisible()
    assert not card.focus_chain()[0].isEnabled()
    assert not page.vm.answer("geld.schulden.achterstanden", "ja")


def test_consent_behalve_excludes_chosen_domains(
    qtbot: Any, runner: TaskRunner, page: IntakePage
) -> None:
    intake_id = opened(qtbot, runner, page)
    domains = page.extras.consent
    assert domains is not None
    assert not domains.isVisible()
    card = page.content.cards["opening.toestemming_vastleggen"]  # type: ignore[union-attr]
    qtbot.mouseClick(
        card.findChild(QWidget, "opening.toestemming_vastleggen:opt1"), Qt.MouseButton.LeftButton
    )
    assert domains.isVisible()
    qtbot.mouseClick(domains.boxes["geld"], Qt.MouseButton.LeftButton)
    geld = page.nav.items["geld"]
    assert geld.text(0).startswith(displayable("🔒", geld.font(0)))
    assert page.nav.items["wonen"].text(0).startswith("○")
    page.vm.next_view()  # leaving the opening records the consent
    settle(qtbot, runner)
    client_id = page.vm.client.id  # type: ignore[union-attr]
    consent = db(qtbot, runner, lambda ws: ws.consents.current_vastleggen(client_id))
    assert consent is not None
    assert (consent.besluit, consent.uitgesloten) == ("ja, behalve", ("geld",))
    state = db(qtbot, runner, lambda ws: ws.intakes.open(intake_id).flow_state)
    assert state["uitgesloten"] == ["geld"]


def test_time_guide_turns_amber_but_blocks_nothing(
    qtbot: Any, runner: TaskRunner, page: IntakePage, clock: FakeClock
) -> None:
    opened(qtbot, runner, page)
    clock.now += 8 * 60  # past the 7 minutes of the opening
    page.refresh_times()
    item = page.nav.items["opening"]
    assert item.text(1) == "8/7 m ▲"
    assert "langer dan de richttijd" in item.toolTip(1)
    assert page.view.total_time.text() == "0:08 / 1:00"
    assert page.view.next_button.isEnabled()
    qtbot.mouseClick(page.view.pause_button, Qt.MouseButton.LeftButton)
    clock.now += 30 * 60
    page.refresh_times()
    assert page.view.total_time.text() == "0:08 / 1:00 (pauze)"


def test_leaving_a_domain_offers_its_cijfer_and_ctrl_pgup_goes_back(
    qtbot: Any, runner: TaskRunner, page: IntakePage
) -> None:
    opened(qtbot, runner, page)
    page.vm.goto("wonen.buurt")
    qtbot.waitUntil(lambda: "Buurt" in page.view.view_title.text(), timeout=WAIT_MS)
    assert not page.view.prompt.isVisible()
    page.vm.next_view()
    qtbot.waitUntil(lambda: page.view.view_title.text() == "Meedoen", timeout=WAIT_MS)
    assert page.view.prompt.isVisible()
    assert "U verliet Wonen" in page.view.prompt_text.text()
    qtbot.mouseClick(page.view.prompt_skip, Qt.MouseButton.LeftButton)  # never forced
    assert not page.view.prompt.isVisible()
    qtbot.keyClick(page.view.tree, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Buurt" in page.view.view_title.text(), timeout=WAIT_MS)


def test_window_deactivation_saves_at_once(
    qtbot: Any, runner: TaskRunner, page: IntakePage
) -> None:
    intake_id = opened(qtbot, runner, page)
    page.vm.answer("opening.aanleiding", "Net getypt")
    with qtbot.waitSignal(page.vm.saved, timeout=1000):
        QApplication.sendEvent(page, QEvent(QEvent.Type.WindowDeactivate))
    drafts = db(qtbot, runner, lambda ws: ws.intakes.open(intake_id).drafts)
    assert drafts["opening.aanleiding"] == ("Net getypt", "beantwoord")


def test_every_view_has_named_widgets(qtbot: Any, runner: TaskRunner, page: IntakePage) -> None:
    opened(qtbot, runner, page)
    engine = page.vm.engine
    assert engine is not None
    missing: set[str] = set()
    for view_id in engine.navmap.linear(engine.domain_order):
        page.vm.goto(view_id)
        missing.update(unnamed(page))
    assert missing == set()


# -- vervolg -----------------------------------------------------------------------------------


def test_vervolg_measures_again_and_shows_the_change(
    qtbot: Any, runner: TaskRunner, page: IntakePage
) -> None:
    def baseline(ws: Workspace) -> tuple[str, str]:
        client, _changes = ws.clients.create(RON)
        intake, _changes = ws.intakes.start(client.id, "intake")
        answers = {"meting.rapportcijfer": (4, "beantwoord"), "geld.cijfer": (2, "beantwoord")}
        answers |= {f"meedoen.ontmoeting.djg6_{i}": ("ja", "beantwoord") for i in range(1, 7)}
        ws.intakes.save_drafts(intake.id, answers)
        ws.intakes.complete(intake.id)
        vervolg, _changes = ws.intakes.start(client.id, "vervolg")
        return client.id, vervolg.id

    _client_id, vervolg_id = db(qtbot, runner, baseline)
    page.open_intake(vervolg_id)
    qtbot.waitUntil(lambda: page.content is not None, timeout=WAIT_MS)
    assert page.view.view_title.text() == "Vervolggesprek"
    cards = page.content.cards  # type: ignore[union-attr]
    assert "meting.rapportcijfer" in cards
    assert {"gezondheid.cijfer", "geld.cijfer", "wonen.cijfer", "meedoen.cijfer"} <= set(cards)
    assert "meedoen.ontmoeting.djg6_1" in cards  # DJG-6 was done at baseline
    assert "gezondheid.psychisch.mhi5_1" not in cards  # MHI-5 was not
    page.vm.answer("meting.rapportcijfer", 6)
    changes = page.extras.changes
    assert changes is not None
    model = changes.model
    assert model.index(0, 0).data() == "Rapportcijfer voor het leven"
    assert (model.index(0, 1).data(), model.index(0, 3).data(), model.index(0, 4).data()) == (
        "4", "6", "+2",
    )  # fmt: skip
    note = changes.findChild(QWidget, "vervolg_note")
    assert note.text().startswith("Een verandering bij één vraag is een aanwijzing, geen bewijs.")
    page.vm.answer("geld.cijfer", 5)
    radar = page.extras.closing.radar.data  # type: ignore[union-attr]
    assert radar.series_for("intake", "cijfer").raw[1] == 2
    assert radar.series_for("vervolg", "cijfer").raw[1] == 5


def test_network_is_shown_and_edited_in_its_home(
    qtbot: Any, runner: TaskRunner, clock: FakeClock
) -> None:
    page = IntakePage(runner, ChangeBridge(), editor_factory=ClientEditDialog, clock=clock)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    try:
        opened(qtbot, runner, page)
        page.vm.goto("prioriteiten")
        qtbot.waitUntil(lambda: page.view.view_title.text() == "Prioriteiten", timeout=WAIT_MS)
        network = page.extras.network
        assert network is not None
        assert "Marja — broer of zus — steun, luisterend oor" in network.list.text()
        qtbot.mouseClick(network.edit, Qt.MouseButton.LeftButton)
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClientEditDialog)]
        dialog = next(d for d in dialogs if d.isVisible())
        qtbot.mouseClick(dialog.findChild(QWidget, "network_add"), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.findChild(QWidget, "network_1_naam"), "Buurman Piet")
        dialog.save()
        qtbot.waitUntil(lambda: "Buurman Piet" in network.list.text(), timeout=WAIT_MS)
        client_id = page.vm.client.id  # type: ignore[union-attr]
        stored = db(qtbot, runner, lambda ws: ws.clients.open(client_id).network)
        assert [p.naam for p in stored] == ["Marja", "Buurman Piet"]  # one home: the client
    finally:
        page.flush()
        page.clear()
        settle(qtbot, runner)
