"""Verwijzingen and Toestemmingen tabs: status steps with their fields, history, withdraw."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pohsd.domain.client import Client
from pohsd.domain.referral import Referral, allowed_next
from pohsd.workspace import Workspace
from tests.ui.intake_support import RON, WAIT_MS, db, runner, settle
from ui.bridge import ChangeBridge
from ui.dialogs.referral_dialog import ReferralDialog
from ui.models.referral_models import ConsentTableModel, HistoryModel, ReferralTableModel
from ui.tasks import TaskRunner
from ui.widgets.clients_page import ClientsPage
from ui.widgets.referral_status_dialog import StatusChangeDialog

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DEMO_MAP = Path(__file__).resolve().parents[2] / "resources" / "socialmap" / "demo"
SHOTS = Path("/tmp/shots")
CONSENT = {"leefgebieden": ["geld.schulden"], "gegevens": ["naam en geboortedatum", "telefoon"],
           "vorm": "mondeling"}  # fmt: skip


def _refer(ws: Workspace, client_id: str, prefix: str, question: str) -> Referral:
    for hit in ws.socialmap.search(""):
        if hit.hit.name.startswith(prefix):
            return ws.referrals.create(
                client_id, hit.hit.service_id, consent=dict(CONSENT), question=question
            )
    raise AssertionError(prefix)


@pytest.fixture
def client(qtbot: Any, runner: TaskRunner) -> Client:
    def prepare(ws: Workspace) -> Client:
        ws.socialmap.import_path(DEMO_MAP)
        made, _changes = ws.clients.create(RON)
        ws.consents.record_vastleggen(made.id, "ja", [], "mondeling", date.today())
        return made

    return db(qtbot, runner, prepare)


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[ClientsPage]:
    widget = ClientsPage(runner, ChangeBridge(), referral_dialog_factory=ReferralDialog)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    yield widget
    widget.clear()
    settle(qtbot, runner)


def _open(qtbot: Any, page: ClientsPage, client: Client, tab: str) -> None:
    with qtbot.waitSignal(page.referrals.consents_vm.loaded, timeout=WAIT_MS):
        page.open_client(client.id)
    page.record_view.show_tab(tab)
    qtbot.waitUntil(lambda: page.referrals.vm.client_id == client.id, timeout=WAIT_MS)


def _status_dialog(qtbot: Any, page: ClientsPage) -> StatusChangeDialog:
    qtbot.mouseClick(page.record_view.referrals.status_button, Qt.MouseButton.LeftButton)
    dialog = page.referrals.status_dialog
    assert isinstance(dialog, StatusChangeDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    return dialog


def _history(page: ClientsPage) -> list[list[str]]:
    model = page.referrals.history_model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_models_pass_the_model_tester(
    qtbot: Any, qtmodeltester: Any, runner: TaskRunner, client: Client
) -> None:
    referral = db(qtbot, runner, lambda ws: _refer(ws, client.id, "Geldmaatje", "Hulp"))
    consents = db(qtbot, runner, lambda ws: ws.consents.list(client.id))
    table = ReferralTableModel()
    table.set_rows([referral])
    qtmodeltester.check(table)
    assert table.index(0, 1).data() == "Concept"
    history = HistoryModel()
    history.set_rows(referral.history)
    qtmodeltester.check(history)
    assert history.index(0, 0).data() == "— → Concept"
    model = ConsentTableModel()
    model.set_consents(consents)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["Gericht", "Vastleggen"]
    assert model.index(0, 2).data() == "Schulden en betalingsachterstanden"
    assert model.index(1, 6).data() == "geldt nu"


def test_status_dialog_offers_only_the_allowed_states_and_needs_reasons(
    qtbot: Any, runner: TaskRunner, page: ClientsPage, client: Client
) -> None:
    db(qtbot, runner, lambda ws: _refer(ws, client.id, "Geldmaatje", "Overzicht van schulden"))
    _open(qtbot, page, client, "verwijzingen")
    tab = page.record_view.referrals
    qtbot.waitUntil(lambda: page.referrals.model.rowCount() == 1, timeout=WAIT_MS)
    assert tab.table.model().index(0, 1).data() == "Concept"
    assert tab.detail_question.text() == "Overzicht van schulden"
    assert "Leefgebieden: Schulden en betalingsachterstanden" in tab.detail_consent.text()
    assert tab.delete_button.isEnabled()
    assert not tab.again_button.isEnabled()

    dialog = _status_dialog(qtbot, page)
    assert dialog.offered() == allowed_next("concept") == ("verstuurd", "geannuleerd", "foutief")
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in dialog.findChildren(QWidget)
        if w.window() is dialog  # combo pop-ups live in their own windows
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.focusProxy() is None
        and (not w.objectName() or not w.accessibleName())
    ]
    assert unnamed == []
    assert [b.text() for b in dialog.target_buttons.values()] == [
        "Verstuurd", "Geannuleerd", "Foutief ingevoerd"]  # fmt: skip
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.target_error.text() == "Kies de nieuwe status."
    dialog.target_buttons["geannuleerd"].setChecked(True)
    assert dialog.reason.isVisible()
    assert not dialog.result.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.reason_error.text() == "Kies een reden."
    assert QApplication.focusWidget() is dialog.reason
    dialog.target_buttons["foutief"].setChecked(True)
    assert dialog.reason_text.isVisible()
    assert not dialog.reason.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the core refuses
    qtbot.waitUntil(dialog.reason_text_error.isVisible, timeout=WAIT_MS)
    assert dialog.reason_text_error.text() == "Schrijf op wat er fout was."
    dialog.target_buttons["verstuurd"].setChecked(True)
    dialog.effective.setText((date.today() + timedelta(days=1)).strftime("%d-%m-%Y"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.effective_error.text() == "Deze datum ligt in de toekomst."
    stored = db(qtbot, runner, lambda ws: ws.referrals.for_client(client.id))
    assert [r.status for r in stored] == ["concept"]

    dialog.effective.set_date(date.today())
    dialog.source.setCurrentIndex(dialog.source.findData("e-mail"))
    qtbot.keyClicks(dialog.note, "Mail met de vraag gestuurd")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_history(page)) == 2, timeout=WAIT_MS)
    assert tab.table.model().index(0, 1).data() == "Verstuurd"
    assert "staat nu op Verstuurd" in tab.message.text()
    assert not tab.delete_button.isEnabled()

    dialog = _status_dialog(qtbot, page)
    assert dialog.offered() == allowed_next("verstuurd")
    dialog.target_buttons["wachtlijst"].setChecked(True)
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "status_dialog_wachtlijst.png"))
    assert dialog.expected_unknown.isChecked()
    assert not dialog.expected.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_history(page)) == 3, timeout=WAIT_MS)

    dialog = _status_dialog(qtbot, page)
    dialog.target_buttons["niet_gestart"].setChecked(True)
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "status_dialog_reden.png"))
    dialog.reason.setCurrentIndex(dialog.reason.findData("cliënt wil niet meer"))
    dialog.reason_text.setText("Heeft zelf een maatje gevonden")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_history(page)) == 4, timeout=WAIT_MS)
    today = date.today().strftime("%d-%m-%Y")
    rows = _history(page)
    assert [r[0] for r in rows] == [
        "— → Concept", "Concept → Verstuurd", "Verstuurd → Wachtlijst",
        "Wachtlijst → Niet gestart / gestopt"]  # fmt: skip
    assert rows[1][1] == today
    assert rows[1][3] == "sanne"
    assert rows[1][4] == "e-mail"
    assert rows[1][6] == "Mail met de vraag gestuurd"
    assert rows[2][5] == "verwachte start: onbekend"
    assert rows[3][5] == "cliënt wil niet meer: Heeft zelf een maatje gevonden"
    assert rows[3][2].startswith(today)
    assert tab.again_button.isEnabled()
    assert tab.status_button.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "tab_verwijzingen.png"))
    dialog = _status_dialog(qtbot, page)
    assert dialog.offered() == ("foutief",)
    dialog.reject()


def test_concept_delete_needs_confirmation_and_opnieuw_verwijzen_links(
    qtbot: Any, runner: TaskRunner, page: ClientsPage, client: Client
) -> None:
    def two(ws: Workspace) -> None:
        done = _refer(ws, client.id, "Geldmaatje", "Eerste keer")
        ws.referrals.transition(
            done.id, "geannuleerd", effective=date.today(), source="telefoon",
            reason_code="situatie opgelost",
        )  # fmt: skip
        _refer(ws, client.id, "Voedselbank", "Pakket graag")

    db(qtbot, runner, two)
    _open(qtbot, page, client, "verwijzingen")
    tab = page.record_view.referrals
    qtbot.waitUntil(lambda: page.referrals.model.rowCount() == 2, timeout=WAIT_MS)
    assert page.referrals.current().status == "concept"  # newest first, selected
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.confirm.isVisible()
    assert "nooit verstuurd" in tab.confirm.text.text()
    qtbot.mouseClick(tab.confirm.no, Qt.MouseButton.LeftButton)
    assert len(db(qtbot, runner, lambda ws: ws.referrals.for_client(client.id))) == 2
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.confirm.yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.referrals.model.rowCount() == 1, timeout=WAIT_MS)
    assert tab.message.text() == "Het concept is verwijderd."

    assert page.referrals.current().status == "geannuleerd"
    assert tab.again_button.isEnabled()
    qtbot.mouseClick(tab.again_button, Qt.MouseButton.LeftButton)
    dialog = page.referrals.launcher.dialog
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    assert dialog.form.question.toPlainText() == "Eerste keer"
    assert dialog.form.reuse.isVisible()
    assert dialog.form.reuse.isChecked()
    assert not dialog.form.consent_fields.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.referrals.model.rowCount() == 2, timeout=WAIT_MS)
    new = page.referrals.current()
    assert new is not None
    assert new.status == "concept"
    assert new.based_on is not None
    assert tab.detail_based_on.text().startswith("vervolg op de verwijzing van")
    assert "staat klaar als concept" in tab.message.text()


def test_withdraw_proposes_and_performs_the_cancellation(
    qtbot: Any, runner: TaskRunner, page: ClientsPage, client: Client
) -> None:
    referral = db(qtbot, runner, lambda ws: _refer(ws, client.id, "Geldmaatje", "Hulp"))
    _open(qtbot, page, client, "toestemmingen")
    tab = page.record_view.consents
    model = page.referrals.consent_model
    assert model.rowCount() == 2
    tab.table.selectRow(1)  # vastleggen: withdrawn elsewhere (the intake)
    assert not tab.withdraw_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.withdraw_button.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "tab_toestemmingen.png"))
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    assert tab.confirm.isVisible()
    assert "intrekken" in tab.confirm.text.text()
    with qtbot.waitSignal(page.referrals.consents_vm.withdrawn, timeout=WAIT_MS):
        qtbot.mouseClick(tab.confirm.yes, Qt.MouseButton.LeftButton)
    assert tab.proposal.isVisible()
    assert "Geldmaatje" in tab.proposal.text.text()
    assert "toestemming ingetrokken" in tab.proposal.text.text()
    qtbot.waitUntil(lambda: model.index(0, 6).data().startswith("ingetrokken"), timeout=WAIT_MS)
    page.grab().save(str(SHOTS / "tab_toestemmingen_voorstel.png"))
    with qtbot.waitSignal(page.referrals.consents_vm.cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(tab.proposal.yes, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "1 verwijzing staat nu op Geannuleerd."
    stored = db(qtbot, runner, lambda ws: ws.referrals.get(referral.id))
    assert stored.status == "geannuleerd"
    assert stored.history[-1].reason_code == "toestemming ingetrokken"
    qtbot.waitUntil(
        lambda: page.referrals.model.index(0, 1).data() == "Geannuleerd", timeout=WAIT_MS
    )
    assert not tab.withdraw_button.isEnabled()

    # opnieuw verwijzen now needs a new consent: the old one pre-fills it
    page.record_view.show_tab("verwijzingen")
    qtbot.mouseClick(page.record_view.referrals.again_button, Qt.MouseButton.LeftButton)
    dialog = page.referrals.launcher.dialog
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    assert not dialog.form.reuse.isVisible()
    assert dialog.form.consent_fields.isEnabled()
    assert dialog.form.leefgebieden() == ["geld.schulden"]
    assert dialog.form.gegevens["telefoon"].isChecked()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    again = db(qtbot, runner, lambda ws: ws.referrals.for_client(client.id))[-1]
    assert again.based_on == referral.id
    assert again.consent_id != referral.consent_id


def test_lock_clears_both_tabs(
    qtbot: Any, runner: TaskRunner, page: ClientsPage, client: Client
) -> None:
    db(qtbot, runner, lambda ws: _refer(ws, client.id, "Geldmaatje", "Hulp"))
    _open(qtbot, page, client, "verwijzingen")
    qtbot.waitUntil(lambda: page.referrals.model.rowCount() == 1, timeout=WAIT_MS)
    page.clear()
    assert page.referrals.model.total == 0
    assert page.referrals.consent_model.total == 0
    assert page.referrals.history_model.total == 0
    assert page.record_view.referrals.detail_question.text() == ""


def test_without_referrals_the_tab_says_where_to_start(
    qtbot: Any, runner: TaskRunner, page: ClientsPage, client: Client
) -> None:
    _open(qtbot, page, client, "verwijzingen")
    tab = page.record_view.referrals
    qtbot.waitUntil(lambda: tab.stack.currentIndex() == 1, timeout=WAIT_MS)
    empty = tab.stack.currentWidget()
    assert "Nog geen verwijzingen" in empty.text()
    assert not tab.detail.isVisible()
    assert not tab.status_button.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "tab_verwijzingen_leeg.png"))
