"""ws.referrals on a real encrypted workspace with the demo map: consent, create, steps, audit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import delete, func, select

from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.intake import Goal
from pohsd.domain.referral import REASON_CONSENT_WITHDRAWN
from pohsd.store.models import ClientRow, ConsentRow, ReferralEventRow, ReferralRow
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.unit.referral_support import (
    BUURTKAMER,
    GGZ,
    SCHULDHULP,
    gericht,
    load_demo_map,
    new_client,
)

TODAY = date.today()


@pytest.fixture
def services(workspace: Workspace) -> dict[str, str]:
    return load_demo_map(workspace)


@pytest.fixture
def client_id(workspace: Workspace) -> str:
    return new_client(workspace)


def _events(ws: Workspace, client_id: str) -> list[str]:
    return [e.event for e in ws.clients.access_log(client_id)]


def _count(ws: Workspace, row_type: type) -> int:
    with ws._ctx.transaction() as s:  # test-only peek at the store
        return int(s.scalar(select(func.count()).select_from(row_type)) or 0)


def _sent(ws: Workspace, client_id: str, service_id: str, **kwargs):
    referral = ws.referrals.create(client_id, service_id, consent=gericht(), **kwargs)
    return ws.referrals.transition(referral.id, "verstuurd", effective=TODAY, source="e-mail")


# ---- create ------------------------------------------------------------------------------------


def test_create_with_a_new_consent_stores_both_with_the_map_snapshot(workspace, services,
                                                                     client_id):  # fmt: skip
    referral = workspace.referrals.create(
        client_id, services[SCHULDHULP], consent=gericht(doel=""), question="Kunt u helpen?"
    )
    assert referral.status == "concept"
    assert referral.label == "Concept"
    assert referral.fhir_status == "draft"
    assert referral.service_name == SCHULDHULP
    assert referral.organization_name == "Gemeente Demodorp"
    assert referral.organization_id
    assert referral.toegang == "beschikking"
    assert referral.urgency == "normaal"
    assert [(e.from_state, e.to, e.source, e.user) for e in referral.history] == [
        (None, "concept", "anders", "sanne")
    ]
    assert referral.history[0].effectief_op == TODAY
    consents = workspace.consents.list(client_id)
    assert [c.id for c in consents] == [referral.consent_id]
    data = consents[0].data
    assert data["ontvanger"]["service_id"] == services[SCHULDHULP]
    assert data["ontvanger"]["naam"] == f"{SCHULDHULP} (Gemeente Demodorp)"
    assert data["doel"] == "Kunt u helpen?"  # defaults to the referral question
    assert data["status"] == "actief"
    events = _events(workspace, client_id)
    assert events[:2] == ["referral.create", "consent.gericht"]  # newest first


def test_create_with_an_existing_active_consent(workspace, services, client_id):
    first = workspace.referrals.create(client_id, services[SCHULDHULP], consent=gericht())
    second = workspace.referrals.create(
        client_id, services[SCHULDHULP], consent_id=first.consent_id, urgency="spoed",
        urgency_reason="Afsluiting energie dreigt",
    )  # fmt: skip
    assert second.consent_id == first.consent_id
    assert second.urgency == "spoed"
    assert len(workspace.consents.list(client_id)) == 1
    assert [r.id for r in workspace.referrals.for_client(client_id)] == [first.id, second.id]


def test_create_refuses_without_a_valid_consent(workspace, services, client_id):
    other = new_client(workspace, "Greet")
    theirs = workspace.referrals.create(other, services[SCHULDHULP], consent=gericht())
    buurt = workspace.referrals.create(client_id, services[BUURTKAMER], consent=gericht())
    withdrawn = workspace.referrals.create(client_id, services[SCHULDHULP], consent=gericht())
    workspace.consents.withdraw(withdrawn.consent_id)
    vastleggen, _ = workspace.consents.record_vastleggen(client_id, "ja", [], "mondeling", TODAY)
    cases = [
        ({}, ("consent_id", "consent_required")),
        ({"consent_id": theirs.consent_id}, ("consent_id", "unknown_consent")),
        ({"consent_id": vastleggen.id}, ("consent_id", "unknown_consent")),
        ({"consent_id": buurt.consent_id}, ("consent_id", "consent_other_recipient")),
        ({"consent_id": withdrawn.consent_id}, ("consent_id", "consent_not_active")),
        ({"consent_id": buurt.consent_id, "consent": gericht()}, ("consent_id", "inconsistent")),
        ({"consent": gericht(vorm="per sms")}, ("consent.vorm", "unknown_option")),
        ({"consent": gericht(gegevens=["adres"])}, ("consent.gegevens", "required")),
        (
            {"consent": gericht(ontvanger={"service_id": "x", "naam": "Ander"})},
            ("consent.ontvanger.service_id", "consent_other_recipient"),
        ),
    ]
    before = len(workspace.referrals.for_client(client_id))
    for kwargs, expected in cases:
        with pytest.raises(ValidationError) as err:
            workspace.referrals.create(client_id, services[SCHULDHULP], **kwargs)
        assert (err.value.field, err.value.rule) == expected
    assert len(workspace.referrals.for_client(client_id)) == before


def test_create_checks_goal_question_urgency_client_and_service(workspace, services, client_id):
    plan, _ = workspace.plan.save(client_id, [Goal(topic="geld.schulden", wens="Rust")])
    goal_id = plan.goals[0].id
    made = workspace.referrals.create(
        client_id, services[SCHULDHULP], consent=gericht(), goal_id=goal_id
    )
    assert made.goal_id == goal_id
    sid = services[SCHULDHULP]
    bad = [
        ({"goal_id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c09"}, ("goal_id", "unknown_goal")),
        ({"question": "x" * 10_001}, ("question", "too_long")),
        ({"question": "a\x00b"}, ("question", "control_characters")),
        ({"urgency": "heel snel"}, ("urgency", "unknown_option")),
        ({"urgency": "spoed"}, ("urgency_reason", "required")),
        ({"urgency": "spoed", "urgency_reason": "a\nb"}, ("urgency_reason", "one_line")),
        ({"urgency_reason": "waarom"}, ("urgency_reason", "inconsistent")),
    ]
    for kwargs, expected in bad:
        with pytest.raises(ValidationError) as err:
            workspace.referrals.create(client_id, sid, consent=gericht(), **kwargs)
        assert (err.value.field, err.value.rule) == expected
    with pytest.raises(PohsdError) as err:
        workspace.referrals.create("no-such-client", sid, consent=gericht())
    assert err.value.code == ErrorCode.NOT_FOUND
    with pytest.raises(PohsdError) as err:
        workspace.referrals.create(client_id, "no-such-service", consent=gericht())
    assert err.value.code == ErrorCode.NOT_FOUND
    assert len(workspace.referrals.for_client(client_id)) == 1
    assert len(workspace.consents.list(client_id)) == 1


def test_bsn_only_goes_to_a_zorgaanbieder(workspace, services, client_id):
    with_bsn = gericht(gegevens=["naam en geboortedatum", "BSN"])
    with pytest.raises(ValidationError) as err:
        workspace.referrals.create(client_id, services[SCHULDHULP], consent=with_bsn)
    assert (err.value.field, err.value.rule) == ("consent.gegevens", "bsn_not_allowed")
    assert workspace.consents.list(client_id) == []
    ggz = workspace.referrals.create(client_id, services[GGZ], consent=with_bsn)
    by_hand = workspace.referrals.create(
        client_id, services[SCHULDHULP], consent=with_bsn, zorgaanbieder=True
    )
    shared = {c.id: c.data["gegevens"] for c in workspace.consents.list(client_id)}
    assert shared[ggz.consent_id] == shared[by_hand.consent_id] == with_bsn["gegevens"]


# ---- atomicity ---------------------------------------------------------------------------------


def test_a_failing_consent_leaves_no_referral(workspace, services, client_id):
    with pytest.raises(ValidationError):
        workspace.referrals.create(
            client_id, services[SCHULDHULP], consent=gericht(leefgebieden=[])
        )
    assert _count(workspace, ReferralRow) == 0
    assert _count(workspace, ConsentRow) == 0
    assert "consent.gericht" not in _events(workspace, client_id)


def test_a_failing_referral_write_leaves_no_consent(workspace, services, client_id, monkeypatch):
    from pohsd.services import referrals as module

    def broken(*args, **kwargs):
        raise RuntimeError("disk trouble after the consent was written")

    monkeypatch.setattr(module, "event_row", broken)
    with pytest.raises(RuntimeError):
        workspace.referrals.create(client_id, services[SCHULDHULP], consent=gericht())
    assert _count(workspace, ConsentRow) == 0
    assert _count(workspace, ReferralRow) == 0
    events = _events(workspace, client_id)
    assert "consent.gericht" not in events
    assert "referral.create" not in events
    assert workspace.audit.verify()[1] is None


# ---- steps -------------------------------------------------------------------------------------


def test_a_full_lifecycle_is_stored_as_events_and_audited(workspace, services, client_id):
    r = _sent(workspace, client_id, services[SCHULDHULP])
    r = workspace.referrals.transition(
        r.id, "wachtlijst", effective=TODAY, source="telefoon", note="Ongeveer 6 weken"
    )
    assert r.history[-1].expected_start is None  # onbekend
    r = workspace.referrals.transition(r.id, "gestart", effective=TODAY, source="cliënt")
    r = workspace.referrals.transition(
        r.id, "afgerond", effective=TODAY, source="brief", result="deels"
    )
    assert r.status == "afgerond"
    assert r.is_terminal
    assert r.next_states() == ("foutief",)
    assert [(e.seq, e.from_state, e.to) for e in r.history] == [
        (1, None, "concept"),
        (2, "concept", "verstuurd"),
        (3, "verstuurd", "wachtlijst"),
        (4, "wachtlijst", "gestart"),
        (5, "gestart", "afgerond"),
    ]
    assert r.history[2].note == "Ongeveer 6 weken"
    assert r.history[-1].result == "deels"
    moments = [e.vastgelegd_op for e in r.history]
    assert moments == sorted(moments)
    assert len(set(moments)) == len(moments)
    assert workspace.referrals.get(r.id) == r
    assert _events(workspace, client_id).count("referral.status") == 4
    assert "referral.open" in _events(workspace, client_id)
    assert workspace.audit.verify()[1] is None


def test_a_forbidden_step_names_both_states_and_changes_nothing(workspace, services, client_id):
    r = workspace.referrals.create(client_id, services[SCHULDHULP], consent=gericht())
    with pytest.raises(ValidationError) as err:
        workspace.referrals.transition(r.id, "gestart", effective=TODAY, source="telefoon")
    assert (err.value.field, err.value.rule) == ("to", "transition_not_allowed")
    assert err.value.params["from_state"] == "concept"
    assert err.value.params["to_state"] == "gestart"
    assert workspace.referrals.get(r.id).history == r.history
    with pytest.raises(ValidationError) as err:
        workspace.referrals.transition(r.id, "bezig", effective=TODAY, source="telefoon")
    assert (err.value.field, err.value.rule) == ("to", "unknown_option")


REASON_CASES = [
    ("afgewezen", {}, ("reason_code", "required")),
    ("afgewezen", {"reason_code": "te duur"}, ("reason_code", "unknown_option")),
    ("niet_gestart", {}, ("reason_code", "required")),
    ("geannuleerd", {}, ("reason_code", "required")),
    ("geannuleerd", {"reason_code": "geen plek"}, ("reason_code", "unknown_option")),
    ("foutief", {}, ("reason_text", "required")),
    ("foutief", {"reason_code": "dubbel", "reason_text": "x"}, ("reason_code", "inconsistent")),
    ("afgerond", {}, ("transition_check", "")),  # from verstuurd: not allowed at all
    ("ontvangen", {"reason_code": "dubbel"}, ("reason_code", "inconsistent")),
    ("ontvangen", {"reason_text": "omdat"}, ("reason_text", "inconsistent")),
    ("ontvangen", {"result": "deels"}, ("result", "inconsistent")),
    ("ontvangen", {"expected_start": TODAY}, ("expected_start", "inconsistent")),
    ("ontvangen", {"source": "fax"}, ("source", "unknown_option")),
    ("ontvangen", {"effective": TODAY + timedelta(days=1)}, ("effective", "date_in_future")),
    ("ontvangen", {"effective": TODAY - timedelta(days=1)}, ("effective", "before_creation")),
    ("ontvangen", {"note": "x" * 10_001}, ("note", "too_long")),
]


@pytest.mark.parametrize(("to", "kwargs", "expected"), REASON_CASES)
def test_what_each_step_requires(workspace, services, client_id, to, kwargs, expected):
    r = _sent(workspace, client_id, services[SCHULDHULP])
    call = {"effective": TODAY, "source": "telefoon", **kwargs}
    with pytest.raises(ValidationError) as err:
        workspace.referrals.transition(r.id, to, **call)
    if expected[0] == "transition_check":
        assert err.value.rule == "transition_not_allowed"
    else:
        assert (err.value.field, err.value.rule) == expected
    assert workspace.referrals.get(r.id).status == "verstuurd"


def test_reasons_results_and_expected_start_are_kept(workspace, services, client_id):
    sid = services[SCHULDHULP]
    r = _sent(workspace, client_id, sid)
    r = workspace.referrals.transition(
        r.id, "afgewezen", effective=TODAY, source="brief", reason_code="anders",
        reason_text="Eerst budgetcursus",
    )  # fmt: skip
    assert (r.history[-1].reason_code, r.history[-1].reason_text) == (
        "anders",
        "Eerst budgetcursus",
    )
    w = _sent(workspace, client_id, sid)
    start = TODAY + timedelta(days=30)
    w = workspace.referrals.transition(
        w.id, "wachtlijst", effective=TODAY, source="telefoon", expected_start=start
    )
    assert w.history[-1].expected_start == start
    f = workspace.referrals.transition(
        w.id, "foutief", effective=TODAY, source="anders", reason_text="Verkeerde cliënt"
    )
    assert f.status == "foutief"
    assert f.fhir_status == "entered-in-error"
    assert f.next_states() == ()


def test_effective_date_never_goes_back_in_time(workspace, services, client_id):
    real = date.today()
    r = workspace.referrals.create(
        client_id, services[SCHULDHULP], consent=gericht(), today=real - timedelta(days=10)
    )
    assert r.history[0].effectief_op == real - timedelta(days=10)
    r = workspace.referrals.transition(
        r.id, "verstuurd", effective=real - timedelta(days=5), source="e-mail"
    )
    with pytest.raises(ValidationError) as err:
        workspace.referrals.transition(
            r.id, "ontvangen", effective=real - timedelta(days=6), source="e-mail"
        )
    assert (err.value.field, err.value.rule) == ("effective", "time_order")
    with pytest.raises(ValidationError) as err:
        workspace.referrals.transition(
            r.id, "ontvangen", effective=real - timedelta(days=11), source="e-mail"
        )
    assert (err.value.field, err.value.rule) == ("effective", "before_creation")


def test_only_the_creator_or_a_beheerder_may_mark_foutief(paths, workspace, services, client_id):
    from pohsd.domain.enums import Rol
    from pohsd.security.kdf import WEAK_TEST_PARAMS

    mine = workspace.referrals.create(client_id, services[SCHULDHULP], consent=gericht())
    theirs = workspace.referrals.create(client_id, services[BUURTKAMER], consent=gericht())
    for name, rol in (("joost", Rol.POH), ("bea", Rol.BEHEERDER)):
        workspace.add_user(name, TEST_PASSPHRASE, rol=rol, kdf=WEAK_TEST_PARAMS,
                           allow_weak_kdf=True)  # fmt: skip
    workspace.close()
    other = Workspace.unlock(paths, "joost", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        with pytest.raises(ValidationError) as err:
            other.referrals.transition(
                mine.id, "foutief", effective=TODAY, source="anders", reason_text="x"
            )
        assert err.value.rule == "foutief_not_permitted"
        done = other.referrals.transition(mine.id, "verstuurd", effective=TODAY, source="brief")
        assert done.history[-1].user == "joost"
    finally:
        other.close()
    admin = Workspace.unlock(paths, "bea", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        r = admin.referrals.transition(
            theirs.id, "foutief", effective=TODAY, source="anders", reason_text="Dubbel ingevoerd"
        )
        assert r.status == "foutief"
    finally:
        admin.close()


# ---- delete, again, reading --------------------------------------------------------------------


def test_delete_concept_only_when_never_sent(workspace, services, client_id):
    concept = workspace.referrals.create(client_id, services[SCHULDHULP], consent=gericht())
    workspace.referrals.delete_concept(concept.id)
    with pytest.raises(PohsdError) as err:
        workspace.referrals.get(concept.id)
    assert err.value.code == ErrorCode.NOT_FOUND
    assert _count(workspace, ReferralEventRow) == 0
    assert len(workspace.consents.list(client_id)) == 1  # the consent stays
    sent = _sent(workspace, client_id, services[SCHULDHULP])
    cancelled = workspace.referrals.transition(
        sent.id, "geannuleerd", effective=TODAY, source="cliënt", reason_code="dubbel"
    )
    for referral in (sent, cancelled):
        with pytest.raises(ValidationError) as err:
            workspace.referrals.delete_concept(referral.id)
        assert (err.value.field, err.value.rule) == ("referral", "already_sent")
    assert workspace.referrals.get(sent.id).status == "geannuleerd"
    entries = [e for e in workspace.audit.entries(client_id=client_id)
               if e.event == "referral.delete"]  # fmt: skip
    assert [(e.action, e.object_id) for e in entries] == [("delete", concept.id)]


def test_again_makes_a_linked_concept_only_from_terminal_states(workspace, services, client_id):
    r = _sent(workspace, client_id, services[SCHULDHULP])
    with pytest.raises(ValidationError) as err:
        workspace.referrals.again(r.id)
    assert (err.value.field, err.value.rule) == ("referral", "not_terminal")
    r = workspace.referrals.transition(
        r.id, "afgewezen", effective=TODAY, source="brief", reason_code="geen plek"
    )
    new = workspace.referrals.again(r.id)
    assert new.based_on == r.id
    assert new.status == "concept"
    assert new.id != r.id
    assert (new.service_id, new.consent_id, new.question) == (r.service_id, r.consent_id,
                                                              r.question)  # fmt: skip
    assert "referral.again" in _events(workspace, client_id)
    # a withdrawn consent needs a new one
    workspace.consents.withdraw(r.consent_id)
    with pytest.raises(ValidationError) as err:
        workspace.referrals.again(r.id)
    assert (err.value.field, err.value.rule) == ("consent_id", "consent_not_active")
    third = workspace.referrals.again(r.id, consent=gericht(), question="Nieuwe vraag")
    assert third.consent_id != r.consent_id
    assert third.question == "Nieuwe vraag"
    foutief = workspace.referrals.transition(
        third.id, "foutief", effective=TODAY, source="anders", reason_text="x"
    )
    with pytest.raises(ValidationError):
        workspace.referrals.again(foutief.id)


def test_reads_are_audited(workspace, services, client_id):
    assert workspace.referrals.for_client(client_id) == []
    assert "referral.overview" not in _events(workspace, client_id)
    r = workspace.referrals.create(client_id, services[SCHULDHULP], consent=gericht())
    assert workspace.referrals.for_client(client_id) == [r]
    assert workspace.referrals.get(r.id) == r
    events = _events(workspace, client_id)
    assert "referral.overview" in events
    assert "referral.open" in events
    with pytest.raises(PohsdError) as err:
        workspace.referrals.for_client("nobody")
    assert err.value.code == ErrorCode.NOT_FOUND


def test_withdrawal_offers_the_open_referrals_to_that_recipient(workspace, services, client_id):
    sid = services[SCHULDHULP]
    open_one = _sent(workspace, client_id, sid)
    concept = workspace.referrals.create(client_id, sid, consent_id=open_one.consent_id)
    closed = workspace.referrals.create(client_id, sid, consent_id=open_one.consent_id)
    workspace.referrals.transition(
        closed.id, "geannuleerd", effective=TODAY, source="cliënt", reason_code="dubbel"
    )
    elsewhere = workspace.referrals.create(client_id, services[BUURTKAMER], consent=gericht())
    covered = workspace.referrals.create(client_id, sid, consent=gericht())  # its own consent
    workspace.consents.withdraw(open_one.consent_id)
    proposed = workspace.referrals.open_for_consent(open_one.consent_id)
    assert [r.id for r in proposed] == [open_one.id, concept.id]
    assert elsewhere.id not in [r.id for r in proposed]
    assert covered.id not in [r.id for r in proposed]
    for r in proposed:
        done = workspace.referrals.transition(
            r.id, "geannuleerd", effective=TODAY, source="cliënt",
            reason_code=REASON_CONSENT_WITHDRAWN,
        )  # fmt: skip
        assert done.status == "geannuleerd"
    assert workspace.referrals.open_for_consent(open_one.consent_id) == []
    with pytest.raises(PohsdError) as err:
        workspace.referrals.open_for_consent("nope")
    assert err.value.code == ErrorCode.NOT_FOUND


def test_erasing_a_client_takes_its_referrals_and_consents_along(workspace, services, client_id):
    """The foreign keys let a whole client go in one statement (AVG erase), history included."""
    first = _sent(workspace, client_id, services[SCHULDHULP])
    workspace.referrals.transition(
        first.id, "afgewezen", effective=TODAY, source="brief", reason_code="geen plek"
    )
    workspace.referrals.again(first.id)
    keep = new_client(workspace, "Greet")
    kept = workspace.referrals.create(keep, services[BUURTKAMER], consent=gericht())
    with workspace._ctx.transaction() as s:  # test-only: what an erase does at the bottom
        s.execute(delete(ClientRow).where(ClientRow.id == client_id))
    assert _count(workspace, ReferralRow) == 1
    assert _count(workspace, ConsentRow) == 1
    assert _count(workspace, ReferralEventRow) == 1
    assert workspace.referrals.for_client(keep) == [kept]
