"""ws.worklist (Vandaag): due follow-ups, referrals needing action, recent changes, open intakes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pohsd.domain.errors import ValidationError
from tests.unit.referral_support import BUURTKAMER, SCHULDHULP, gericht, load_demo_map, new_client

TODAY = date.today()


@pytest.fixture
def services(workspace):
    return load_demo_map(workspace)


def _refer(ws, client_id, service_id):
    return ws.referrals.create(client_id, service_id, consent=gericht()).id


def test_follow_ups_and_unfinished_intakes(workspace, services):
    ron = new_client(workspace, "Ron")
    ans = new_client(workspace, "Ans")
    done, _ = workspace.intakes.start(ron)
    workspace.intakes.complete(done.id, follow_up_on=TODAY + timedelta(days=3))
    workspace.intakes.start(ans)
    far, _ = workspace.intakes.start(new_client(workspace, "Piet"))
    workspace.intakes.complete(far.id, follow_up_on=TODAY + timedelta(days=40))

    work = workspace.worklist.today()
    assert [(w.client_name, w.day) for w in work.follow_ups] == [
        ("Ron Jansen", TODAY + timedelta(days=3))
    ]
    assert work.follow_ups[0].target_id == done.id
    assert [(w.client_name, w.text) for w in work.unfinished] == [
        ("Ans Jansen", "Intake niet afgerond")
    ]
    later = workspace.worklist.today(TODAY + timedelta(days=45))
    assert {w.client_name for w in later.follow_ups} == {"Ron Jansen", "Piet Jansen"}
    assert all(w.text == "Vervolggesprek verlopen" for w in later.follow_ups)
    events = [e.event for e in workspace.audit.entries(limit=20)]
    assert "worklist.today" in events


def test_an_unsent_concept_asks_for_action_until_a_note_sets_a_date(workspace, services):
    client = new_client(workspace)
    rid = _refer(workspace, client, services[BUURTKAMER])
    assert workspace.worklist.today().actions == []  # two working days not yet passed
    soon = workspace.worklist.today(TODAY + timedelta(days=10))
    assert [w.target_id for w in soon.actions] == [rid]
    assert soon.actions[0].text.startswith("Concept nog niet verstuurd")
    assert soon.actions[0].overdue_days > 0

    workspace.worklist.add_note(rid, "Cliënt wil eerst nadenken.", TODAY + timedelta(days=20))
    assert workspace.worklist.today(TODAY + timedelta(days=10)).actions == []
    assert [w.target_id for w in workspace.worklist.today(TODAY + timedelta(days=20)).actions] == [
        rid
    ]
    notes = workspace.worklist.notes(rid)
    assert notes[-1].text == "Cliënt wil eerst nadenken."
    with pytest.raises(ValidationError):
        workspace.worklist.add_note(rid, "   ")
    with pytest.raises(ValidationError):
        workspace.worklist.add_note(rid, "te laat", TODAY - timedelta(days=1))


def test_sent_referral_is_recent_and_formal_route_waits_longer(workspace, services):
    client = new_client(workspace)
    basis = _refer(workspace, client, services[BUURTKAMER])
    formal = _refer(workspace, client, services[SCHULDHULP])
    for rid in (basis, formal):
        workspace.referrals.transition(rid, "verstuurd", effective=TODAY, source="telefoon")
    work = workspace.worklist.today()
    assert {w.target_id for w in work.recent} == {basis, formal}
    assert all(w.text.endswith("Verstuurd") for w in work.recent)
    # 8 calendar days later (≥ 5 working days, < 10): only the sociale basis one is overdue
    later = workspace.worklist.today(TODAY + timedelta(days=8))
    assert [w.target_id for w in later.actions] == [basis]
    assert {w.target_id for w in workspace.worklist.today(TODAY + timedelta(days=20)).actions} == {
        basis,
        formal,
    }


def test_terminal_step_waits_for_the_gp_feedback(workspace, services):
    client = new_client(workspace)
    rid = _refer(workspace, client, services[BUURTKAMER])
    workspace.referrals.transition(rid, "verstuurd", effective=TODAY, source="telefoon")
    workspace.referrals.transition(rid, "gestart", effective=TODAY, source="telefoon")
    workspace.referrals.transition(
        rid, "afgerond", effective=TODAY, source="cliënt", result="doel bereikt"
    )
    assert workspace.worklist.feedback_pending(rid)
    due = workspace.worklist.today(TODAY + timedelta(days=7)).actions
    assert [w.text.split(" · ")[0] for w in due] == ["Terugkoppeling huisarts klaarzetten"]
    with pytest.raises(ValidationError) as err:
        workspace.worklist.record_feedback(rid, "overgeslagen")
    assert err.value.field == "reason"
    workspace.worklist.record_feedback(rid, "overgeslagen", "huisarts mondeling geïnformeerd")
    assert not workspace.worklist.feedback_pending(rid)
    assert workspace.worklist.today(TODAY + timedelta(days=7)).actions == []
    events = [e.event for e in workspace.audit.entries(limit=10)]
    assert "referral.gp_feedback" in events


def test_no_feedback_is_pending_for_foutief_or_for_geannuleerd_by_default(workspace, services):
    client = new_client(workspace)
    cancelled = _refer(workspace, client, services[BUURTKAMER])
    workspace.referrals.transition(
        cancelled, "geannuleerd", effective=TODAY, source="cliënt", reason_code="dubbel"
    )
    assert not workspace.worklist.feedback_pending(cancelled)
    workspace.practice.set_setting("terugkoppeling.geannuleerd", "1")
    assert workspace.worklist.feedback_pending(cancelled)
    wrong = _refer(workspace, client, services[SCHULDHULP])
    workspace.referrals.transition(
        wrong, "foutief", effective=TODAY, source="anders", reason_text="verkeerde cliënt"
    )
    assert not workspace.worklist.feedback_pending(wrong)


def test_a_statusupdate_output_counts_as_the_gp_feedback(workspace, services):
    client = new_client(workspace)
    rid = _refer(workspace, client, services[BUURTKAMER])
    workspace.referrals.transition(rid, "verstuurd", effective=TODAY, source="telefoon")
    workspace.referrals.transition(
        rid, "afgewezen", effective=TODAY, source="telefoon", reason_code="geen plek"
    )
    assert workspace.worklist.feedback_pending(rid)
    model = workspace.letters.status_update(rid)
    workspace.letters.record_output(model, "clipboard", "0" * 64)
    assert not workspace.worklist.feedback_pending(rid)
    assert workspace.worklist.today(TODAY + timedelta(days=7)).actions == []


def test_client_search_carries_the_traject(workspace, services):
    client = new_client(workspace)
    intake, _ = workspace.intakes.start(client)
    _refer(workspace, client, services[BUURTKAMER])
    done = _refer(workspace, client, services[SCHULDHULP])
    workspace.referrals.transition(
        done, "geannuleerd", effective=TODAY, source="cliënt", reason_code="dubbel"
    )
    [row] = workspace.clients.search("Jansen")
    assert (row.open_conversation, row.open_referrals, row.next_contact) == (True, 1, None)
    workspace.intakes.complete(intake.id, follow_up_on=TODAY + timedelta(days=42))
    [row] = workspace.clients.search("Jansen")
    assert (row.open_conversation, row.next_contact) == (False, TODAY + timedelta(days=42))
