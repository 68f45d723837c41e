"""Verwijzen dialog: from a plan suggestion, BSN only to zorgaanbieders, Dutch errors, Annuleren."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pohsd.domain.client import Client
from pohsd.services.consents import GEGEVENS, VORMEN
from pohsd.workspace import Workspace
from tests.ui.intake_support import RON, WAIT_MS, db, new_client_and_intake, runner, settle
from ui.bridge import ChangeBridge
from ui.dialogs.referral_dialog import ReferralDialog
from ui.dialogs.signal_dialog import SignalDialog
from ui.tasks import TaskRunner
from ui.viewmodels.referral_vm import is_zorgaanbieder
from ui.widgets.intake_page import IntakePage
from ui.widgets.referral_form import GEGEVENS_LABELS
from ui.widgets.referral_form import VORMEN as FORM_VORMEN

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DEMO_MAP = Path(__file__).resolve().parents[2] / "resources" / "socialmap" / "demo"
SHOTS = Path("/tmp/shots")
GELDMAATJE = "Geldmaatje"  # aanmelding, no AGB code
DIETIST = "Diëtist"  # verwijzing-zorg, AGB code


def _service_id(ws: Workspace, name: str) -> str:
    for hit in ws.socialmap.search(""):
        service = ws.socialmap.service(hit.hit.service_id)
        if str(service["name"]).startswith(name):
            return str(service["id"])
    raise AssertionError(name)


@pytest.fixture
def setup(qtbot: Any, runner: TaskRunner) -> tuple[Client, dict[str, str]]:
    def prepare(ws: Workspace) -> tuple[Client, dict[str, str]]:
        ws.socialmap.import_path(DEMO_MAP)
        client, _changes = ws.clients.create(RON)
        return client, {name: _service_id(ws, name) for name in (GELDMAATJE, DIETIST)}

    return db(qtbot, runner, prepare)


def _open(
    qtbot: Any, runner: TaskRunner, client_id: str, service_id: str, topic: str | None = None
) -> ReferralDialog:
    dialog = ReferralDialog.open_for(runner, None, client_id, service_id, topic)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    return dialog


def _stored(qtbot: Any, runner: TaskRunner, client_id: str) -> tuple[list[Any], list[Any]]:
    return db(
        qtbot,
        runner,
        lambda ws: (ws.referrals.for_client(client_id), ws.consents.list(client_id)),
    )


def test_the_form_knows_every_gegeven_and_vorm_of_the_core() -> None:
    assert tuple(GEGEVENS_LABELS) == GEGEVENS
    assert tuple(FORM_VORMEN) == VORMEN


def test_zorgaanbieder_by_agb_code_or_by_verwijzing_zorg() -> None:
    agb = {"organization": {"organization_identifiers": [
        {"identifier_scheme": "NL-AGB", "identifier": "22990101"}]}}  # fmt: skip
    zorg = {"attributes": [{"taxonomy_term": {"taxonomy": "nl-toegang",
                                              "code": "verwijzing-zorg"}}]}  # fmt: skip
    kvk = {
        "organization": {
            "organization_identifiers": [{"identifier_scheme": "NL-KVK", "identifier": "9901"}]
        },
        "attributes": [{"taxonomy_term": {"taxonomy": "nl-toegang", "code": "aanmelding"}}],
    }
    assert is_zorgaanbieder(agb)
    assert is_zorgaanbieder(zorg)
    assert not is_zorgaanbieder(kvk)
    assert not is_zorgaanbieder({})


# -- from the plan of an intake ------------------------------------------------------------


@pytest.fixture
def intake_page(qtbot: Any, runner: TaskRunner) -> Iterator[IntakePage]:
    page = IntakePage(runner, ChangeBridge(), signal_dialog_factory=SignalDialog)
    page.referral_launcher.opener = ReferralDialog
    qtbot.addWidget(page)
    page.resize(1176, 760)
    page.show()
    yield page
    page.flush()
    page.clear()
    settle(qtbot, runner)


def test_verwijzen_from_a_suggestion_stores_consent_and_concept(
    qtbot: Any, runner: TaskRunner, intake_page: IntakePage
) -> None:
    db(qtbot, runner, lambda ws: ws.socialmap.import_path(DEMO_MAP))
    client, intake_id = new_client_and_intake(qtbot, runner)
    intake_page.open_intake(intake_id)
    qtbot.waitUntil(lambda: intake_page.content is not None, timeout=WAIT_MS)
    intake_page.vm.goto("plan")
    qtbot.waitUntil(lambda: intake_page.extras.plan_editor is not None, timeout=WAIT_MS)
    panel = intake_page.extras.plan_editor.suggestions  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: panel.refresh.isEnabled(), timeout=WAIT_MS)
    intake_page.vm.answer("geld.schulden.zr", 2)
    qtbot.mouseClick(panel.refresh, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(panel.rows), timeout=WAIT_MS)
    row = panel.rows[0]
    assert row.suggestion.need == "geld.schulden"

    qtbot.mouseClick(row.refer, Qt.MouseButton.LeftButton)
    dialog = intake_page.referral_launcher.dialog
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    form = dialog.form
    assert form.service_name.text() == row.suggestion.service_name
    assert form.toegang.text().startswith("Toegang: ")
    assert form.leefgebieden() == ["geld.schulden"]  # the suggestion's topic, preselected
    assert QApplication.focusWidget() is form.question
    qtbot.keyClicks(form.question, "Wilt u Ron helpen met een overzicht van zijn schulden?")
    assert form.doel.text() == "Wilt u Ron helpen met een overzicht van zijn schulden?"
    form.gegevens["telefoon"].setFocus()
    qtbot.keyClick(form.gegevens["telefoon"], Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.keyClick(form.question, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    referrals, consents = _stored(qtbot, runner, client.id)
    assert [(r.status, r.service_id) for r in referrals] == [("concept", row.suggestion.service_id)]
    assert referrals[0].question.startswith("Wilt u Ron helpen")
    gericht = [c for c in consents if c.kind == "gericht"]
    assert len(gericht) == 1
    assert referrals[0].consent_id == gericht[0].id
    assert gericht[0].data["leefgebieden"] == ["geld.schulden"]
    assert gericht[0].data["gegevens"] == ["naam en geboortedatum", "telefoon"]
    assert gericht[0].data["vorm"] == "mondeling"
    expected = f"Verwijzing naar {row.suggestion.service_name} staat klaar als concept."
    assert panel.status.text() == expected


# -- BSN, errors, Annuleren ------------------------------------------------------------------


def test_bsn_only_for_a_zorgaanbieder_and_the_hint_says_why(
    qtbot: Any, runner: TaskRunner, setup: tuple[Client, dict[str, str]]
) -> None:
    client, ids = setup
    dialog = _open(qtbot, runner, client.id, ids[GELDMAATJE])
    bsn = dialog.form.gegevens["BSN"]
    assert not bsn.isEnabled()
    assert not bsn.isChecked()
    assert "alleen naar een zorgaanbieder" in dialog.form.bsn_hint.text()
    always = dialog.form.gegevens["naam en geboortedatum"]
    assert always.isChecked()
    assert not always.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "referral_dialog_small.png"))
    dialog.form.columns.setDirection(dialog.form.columns.Direction.LeftToRight)
    dialog.resize(1100, 720)  # as on a 1366×768 laptop
    qtbot.wait(100)  # let the layouts settle before the picture
    dialog.grab().save(str(SHOTS / "referral_dialog.png"))
    dialog.reject()

    dialog = _open(qtbot, runner, client.id, ids[DIETIST], "gezondheid.leefstijl")
    assert dialog.form.gegevens["BSN"].isEnabled()
    assert "zorgaanbieder" in dialog.form.bsn_hint.text()
    assert "Verwijzing zorg" in dialog.form.toegang.text()
    dialog.reject()
    settle(qtbot, runner)


def test_required_fields_are_named_in_dutch_and_focused(
    qtbot: Any, runner: TaskRunner, setup: tuple[Client, dict[str, str]]
) -> None:
    client, ids = setup
    dialog = _open(qtbot, runner, client.id, ids[GELDMAATJE])
    form = dialog.form
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.question_error.text() == "Schrijf op wat u de ontvanger vraagt."
    assert form.question_error.isVisible()
    assert QApplication.focusWidget() is form.question

    qtbot.keyClicks(form.question, "Graag een geldmaatje.")
    form.urgency.setCurrentIndex(form.urgency.findData("spoed"))
    assert form.urgency_reason.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.urgency_error.text() == "Schrijf in één regel waarom dit voorrang of spoed heeft."
    assert QApplication.focusWidget() is form.urgency_reason
    assert not form.question_error.isVisible()

    qtbot.keyClicks(form.urgency_reason, "Deurwaarder staat volgende week op de stoep")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no leefgebied: the core
    qtbot.waitUntil(form.tree_error.isVisible, timeout=WAIT_MS)
    assert form.tree_error.text() == "Kies minstens één leefgebied of onderwerp."
    assert QApplication.focusWidget() is form.tree
    assert "Er is niets vastgelegd" in dialog.status.text()

    form.until.setText("31-02-2026")
    form.check_codes(["geld"])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.until_error.text() == "Schrijf de datum als dd-mm-jjjj."
    assert _stored(qtbot, runner, client.id) == ([], [])

    form.until.setText("")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    referrals, consents = _stored(qtbot, runner, client.id)
    assert [(r.urgency, r.urgency_reason) for r in referrals] == [
        ("spoed", "Deurwaarder staat volgende week op de stoep")
    ]
    assert consents[0].data["leefgebieden"] == ["geld"]
    assert consents[0].data["doel"] == "Graag een geldmaatje."


def test_annuleren_stores_nothing(
    qtbot: Any, runner: TaskRunner, setup: tuple[Client, dict[str, str]]
) -> None:
    client, ids = setup
    dialog = _open(qtbot, runner, client.id, ids[DIETIST], "gezondheid")
    qtbot.keyClicks(dialog.form.question, "Leefstijladvies graag.")
    assert dialog.form.leefgebieden() == ["gezondheid"]
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert _stored(qtbot, runner, client.id) == ([], [])


def test_every_field_of_the_dialog_is_named(
    qtbot: Any, runner: TaskRunner, setup: tuple[Client, dict[str, str]]
) -> None:
    client, ids = setup
    dialog = _open(qtbot, runner, client.id, ids[DIETIST])
    missing = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in dialog.findChildren(QWidget)
        if w.window() is dialog
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.focusProxy() is None
        and (not w.objectName() or not w.accessibleName())
    ]
    assert missing == []
    dialog.reject()
    settle(qtbot, runner)
