"""ws.intakes: start, autosave drafts, confirm, close with addenda, signals, finance, audit."""

from datetime import date

import pytest

from pohsd.domain.client import ClientInput
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.store.engine import connect
from pohsd.workspace import Workspace
from tests.conftest import CANARY_GIVEN, TEST_PASSPHRASE


@pytest.fixture
def client_id(workspace):
    client, _ = workspace.clients.create(ClientInput("Ron", "Jansen", date(1980, 3, 14)))
    return client.id


@pytest.fixture
def intake_id(workspace, client_id):
    summary, _ = workspace.intakes.start(client_id)
    return summary.id


def test_start_lists_and_audits(workspace, client_id):
    summary, changes = workspace.intakes.start(client_id)
    assert changes.clients
    assert (summary.kind, summary.status, summary.question_set_version) == ("intake", "open", "1")
    assert [s.id for s in workspace.intakes.list_for_client(client_id)] == [summary.id]
    events = [e.event for e in workspace.clients.access_log(client_id)]
    assert "intake.create" in events
    record = workspace.intakes.open(summary.id)
    assert len(record.contacts) == 1  # the first contact starts with the intake


def test_unknown_client_or_kind_refused(workspace, client_id):
    with pytest.raises(PohsdError) as err:
        workspace.intakes.start("no-such-client")
    assert err.value.code == ErrorCode.NOT_FOUND
    with pytest.raises(ValidationError):
        workspace.intakes.start(client_id, "gesprek")


def test_drafts_are_saved_then_promoted(workspace, intake_id):
    workspace.intakes.save_drafts(
        intake_id,
        {
            "geld.schulden.soort": (["energie", "huur"], "beantwoord"),
            "opening.aanleiding": ("Buikpijn door stress.", "beantwoord"),
            "wonen.veiligheid.geweld": (None, "wil niet zeggen"),
            "meta.notes": ("Eerste indruk: onrustig.", "beantwoord"),
        },
    )
    record = workspace.intakes.open(intake_id)
    assert record.answers == {}
    assert record.drafts["geld.schulden.soort"] == (["energie", "huur"], "beantwoord")
    assert [d.intake_id for d in workspace.intakes.pending_drafts()] == [intake_id]

    workspace.intakes.promote(intake_id)
    record = workspace.intakes.open(intake_id)
    assert record.drafts == {}
    assert record.answers["geld.schulden.soort"] == ["energie", "huur"]
    assert record.answer_states == {"wonen.veiligheid.geweld": "wil niet zeggen"}
    assert record.notes == "Eerste indruk: onrustig."
    assert workspace.intakes.pending_drafts() == []


def test_a_bad_value_stores_nothing_of_that_call(workspace, intake_id):
    with pytest.raises(ValidationError) as err:
        workspace.intakes.save_drafts(
            intake_id,
            {
                "opening.aanleiding": ("goed", "beantwoord"),
                "geld.schulden.soort": (["niet bestaand"], "beantwoord"),
            },
        )
    assert err.value.field == "geld.schulden.soort"
    assert workspace.intakes.open(intake_id).drafts == {}
    for bad in (
        {"geen.vraag": ("x", "beantwoord")},
        {"meta.iets": ("x", "beantwoord")},
        {"opening.aanleiding": ("x", "misschien")},
    ):
        with pytest.raises(ValidationError):
            workspace.intakes.save_drafts(intake_id, bad)


def test_clearing_an_answer_removes_it(workspace, intake_id):
    workspace.intakes.save_drafts(intake_id, {"opening.aanleiding": ("tekst", "beantwoord")})
    workspace.intakes.promote(intake_id)
    workspace.intakes.save_drafts(intake_id, {"opening.aanleiding": (None, "niet gevraagd")})
    workspace.intakes.promote(intake_id)
    assert "opening.aanleiding" not in workspace.intakes.open(intake_id).answers


def test_changes_after_closing_are_addenda(workspace, intake_id, client_id):
    workspace.intakes.save_drafts(intake_id, {"opening.aanleiding": ("eerst", "beantwoord")})
    workspace.intakes.complete(intake_id, follow_up_on=date(2027, 1, 12))
    record = workspace.intakes.open(intake_id)
    assert record.summary.status == "afgerond"
    assert record.summary.follow_up_on == date(2027, 1, 12)
    assert record.answers["opening.aanleiding"] == "eerst"  # complete() confirmed the draft
    workspace.intakes.save_drafts(intake_id, {"opening.aanleiding": ("later", "beantwoord")})
    workspace.intakes.promote(intake_id)
    record = workspace.intakes.open(intake_id)
    assert record.answers["opening.aanleiding"] == "later"
    assert record.addenda == 1
    assert "intake.addendum" in [e.event for e in workspace.clients.access_log(client_id)]


def test_signal_lifecycle(workspace, intake_id):
    signal, _ = workspace.intakes.raise_signal(
        intake_id, "afsluiting", "geld.schulden.afsluiting", "Binnen 3 werkdagen"
    )
    assert signal.is_open
    signal, _ = workspace.intakes.add_signal_action(signal.id, "Leverancier gebeld.")
    assert [a.text for a in signal.actions] == ["Leverancier gebeld."]
    with pytest.raises(ValidationError):
        workspace.intakes.close_signal(signal.id, "onterecht")  # a reason is required
    signal, _ = workspace.intakes.close_signal(signal.id, "afgehandeld")
    assert not signal.is_open
    assert workspace.intakes.open(intake_id).signals[0].closure == "afgehandeld"
    with pytest.raises(ValidationError):
        workspace.intakes.raise_signal(intake_id, "geen_signaal", "handmatig", "Direct")


def test_finance_round_trip_and_validation(workspace, intake_id):
    data = {
        "income": [{"source": "uitkering van de gemeente", "amount_per_month": 1210.0}],
        "fixed_costs": [{"item": "huur", "amount_per_month": 640.0}],
        "debts": [
            {
                "creditor": "energieleverancier",
                "amount": 830.0,
                "since": "2026-03",
                "arrears": True,
                "collection_agency": False,
                "bailiff": False,
                "garnishment": False,
            }
        ],
    }
    workspace.intakes.save_finance(intake_id, data)
    stored = workspace.intakes.open(intake_id).finance
    assert stored["income"][0]["source"] == "uitkering van de gemeente"
    assert stored["debts"][0]["creditor"] == "energieleverancier"
    with pytest.raises(ValidationError):
        workspace.intakes.save_finance(intake_id, {"income": [{"bogus": 1}]})


def test_drafts_survive_reopening_and_stay_encrypted(paths, created, client_id):
    ws, _ = created
    summary, _ = ws.intakes.start(client_id)
    ws.intakes.save_drafts(summary.id, {"opening.aanleiding": (CANARY_GIVEN, "beantwoord")})
    ws.close()
    assert CANARY_GIVEN.encode() not in paths.db.read_bytes()
    again = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        pending = again.intakes.pending_drafts()
        assert [(d.intake_id, d.count) for d in pending] == [(summary.id, 1)]
        assert again.intakes.open(summary.id).drafts["opening.aanleiding"][0] == CANARY_GIVEN
    finally:
        again.close()


def test_autosave_is_not_audited_but_confirmation_is(paths, workspace, intake_id):
    before = workspace.audit.verify()[0]
    workspace.intakes.save_drafts(intake_id, {"opening.aanleiding": ("a", "beantwoord")})
    workspace.intakes.save_drafts(intake_id, {"opening.aanleiding": ("ab", "beantwoord")})
    assert workspace.audit.verify()[0] == before
    workspace.intakes.promote(intake_id)
    assert workspace.audit.verify() == (before + 1, None)
    key = Workspace.derive_keys(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True).keys[0]
    con = connect(paths.db, key)
    detail = con.execute("SELECT detail_code FROM audit_log ORDER BY seq DESC").fetchone()[0]
    con.close()
    assert detail == "answers=1"


def test_outputs_are_logged_as_export_or_print(workspace, client_id):
    workspace.clients.record_output(client_id, "png", "leefgebiedenweb")
    workspace.clients.record_output(client_id, "print", "leefgebiedenweb")
    log = [(e.action, e.event) for e in workspace.clients.access_log(client_id)]
    assert ("export", "leefgebiedenweb.png") in log
    assert ("print", "leefgebiedenweb.print") in log
    with pytest.raises(ValidationError):
        workspace.clients.record_output(client_id, "exe", "leefgebiedenweb")
    with pytest.raises(PohsdError):
        workspace.clients.record_output("unknown", "png", "leefgebiedenweb")


def test_overview_reads_all_conversations_in_one_audited_read(workspace, client_id):
    first, _ = workspace.intakes.start(client_id)
    second, _ = workspace.intakes.start(client_id, "vervolg")
    workspace.intakes.save_drafts(first.id, {"geld.cijfer": (4, "beantwoord")})
    records = workspace.intakes.records_for_client(client_id)
    assert [r.id for r in records] == [first.id, second.id]
    assert records[0].drafts["geld.cijfer"] == (4, "beantwoord")
    events = [e.event for e in workspace.clients.access_log(client_id)]
    assert events.count("intake.overview") == 1
    assert "intake.open" not in events
