"""ws.plan and ws.consents on a real encrypted workspace: save, validate, audit, withdraw."""

from datetime import date, timedelta

import pytest

from pohsd.domain.client import ClientInput
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.intake import Goal, GoalAction, Plan

TODAY = date.today()
GERICHT = {
    "ontvanger": {"service_id": "svc-1", "organization_id": "org-1", "naam": "Schuldhulp"},
    "doel": "aanmelding schulddienstverlening",
    "leefgebieden": ["geld", "wonen.huisuitzetting"],
    "gegevens": ["naam en geboortedatum", "adres", "telefoon"],
    "vorm": "mondeling",
}


@pytest.fixture
def client_id(workspace):
    client, _ = workspace.clients.create(ClientInput("Ron", "Jansen", date(1980, 3, 14)))
    return client.id


@pytest.fixture
def other_client_id(workspace):
    client, _ = workspace.clients.create(ClientInput("Greet", "Visser", date(1942, 6, 1)))
    return client.id


def _events(workspace, client_id):
    return [e.event for e in workspace.clients.access_log(client_id)]


def _goal(**changes):
    base = {
        "topic": "geld.schulden",
        "wens": "Rust in mijn hoofd over de schulden.",
        "streefcijfer": 6,
        "target_date": date(2027, 3, 1),
        "actions": (
            GoalAction("POH", "Aanmelden bij schulddienstverlening", TODAY, "open"),
            GoalAction("cliënt", "Post samen openen", None, "gedaan"),
        ),
    }
    base.update(changes)
    return Goal(**base)


# ---- plan --------------------------------------------------------------------------------------


def test_a_new_client_has_an_empty_plan(workspace, client_id):
    assert workspace.plan.get(client_id) == Plan()


def test_save_assigns_ids_keeps_order_and_audits(workspace, client_id):
    plan, changes = workspace.plan.save(
        client_id, [_goal(), _goal(topic="gezondheid", wens="", streefcijfer=None)], "Alcohol?"
    )
    assert changes.clients
    assert [g.topic for g in plan.goals] == ["geld.schulden", "gezondheid"]
    assert all(g.id for g in plan.goals)
    assert plan.question_to_gp == "Alcohol?"
    assert plan.goals[0].actions[0].wanneer == TODAY
    assert plan.goals[0].actions[1].status == "gedaan"
    assert workspace.plan.get(client_id) == plan
    assert "plan.update" in _events(workspace, client_id)


def test_save_replaces_goals_and_keeps_given_ids(workspace, client_id):
    first, _ = workspace.plan.save(client_id, [_goal(), _goal(topic="wonen")])
    kept = first.goals[1]
    changed = Goal(kept.topic, "Een warm huis.", 7, None, "deels", (), kept.id)
    second, _ = workspace.plan.save(client_id, [changed, _goal(topic="meedoen.ontmoeting")])
    assert second.goals[0].id == kept.id
    assert second.goals[0].status == "deels"
    assert second.goals[0].wens == "Een warm huis."
    assert first.goals[0].id not in {g.id for g in second.goals}
    assert second.goals[1].id not in {g.id for g in first.goals}
    assert second.question_to_gp == ""


@pytest.mark.parametrize(
    ("goal", "field", "rule"),
    [
        (_goal(topic="geld.onbekend"), "goals[0].topic", "unknown_option"),
        (_goal(topic="opening"), "goals[0].topic", "unknown_option"),
        (_goal(streefcijfer=11), "goals[0].streefcijfer", "out_of_range"),
        (_goal(streefcijfer=-1), "goals[0].streefcijfer", "out_of_range"),
        (_goal(streefcijfer=True), "goals[0].streefcijfer", "not_an_integer"),
        (_goal(status="klaar"), "goals[0].status", "unknown_option"),
        (_goal(wens="a\x07b"), "goals[0].wens", "control_characters"),
        (_goal(wens="x" * 10_001), "goals[0].wens", "too_long"),
        (
            _goal(actions=(GoalAction("POH", "Bellen"), GoalAction("POH", "  "))),
            "goals[0].actions[1].wat",
            "required",
        ),
        (_goal(actions=(GoalAction("", "Bellen"),)), "goals[0].actions[0].wie", "required"),
        (
            _goal(actions=(GoalAction("POH", "Bellen", None, "bezig"),)),
            "goals[0].actions[0].status",
            "unknown_option",
        ),
        (
            _goal(actions=(GoalAction("POH", "Bellen", "morgen"),)),  # type: ignore[arg-type]
            "goals[0].actions[0].wanneer",
            "date_format",
        ),
    ],
)
def test_save_refuses_bad_goals_and_stores_nothing(workspace, client_id, goal, field, rule):
    before, _ = workspace.plan.save(client_id, [_goal()])
    with pytest.raises(ValidationError) as err:
        workspace.plan.save(client_id, [_goal(), goal][1:])
    assert (err.value.field, err.value.rule) == (field, rule)
    assert workspace.plan.get(client_id) == before


def test_duplicate_goal_ids_and_a_too_long_question_are_refused(workspace, client_id):
    same = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c01"
    with pytest.raises(ValidationError) as err:
        workspace.plan.save(client_id, [_goal(id=same), _goal(id=same)])
    assert (err.value.field, err.value.rule) == ("goals[1].id", "duplicate_id")
    with pytest.raises(ValidationError) as err:
        workspace.plan.save(client_id, [], "x" * 10_001)
    assert err.value.field == "question_to_gp"


def test_a_goal_id_of_another_client_is_a_conflict(workspace, client_id, other_client_id):
    plan, _ = workspace.plan.save(other_client_id, [_goal()])
    with pytest.raises(PohsdError) as err:
        workspace.plan.save(client_id, [plan.goals[0]])
    assert err.value.code == ErrorCode.DB_EXISTS
    assert workspace.plan.get(other_client_id) == plan
    assert workspace.plan.get(client_id) == Plan()


def test_plan_of_an_unknown_client_is_not_found(workspace):
    for call in (lambda: workspace.plan.get("nope"), lambda: workspace.plan.save("nope", [])):
        with pytest.raises(PohsdError) as err:
            call()
        assert err.value.code == ErrorCode.NOT_FOUND


# ---- consent voor vastleggen ---------------------------------------------------------------------


def test_vastleggen_is_recorded_and_a_change_is_a_new_record(workspace, client_id):
    assert workspace.consents.current_vastleggen(client_id) is None
    first, changes = workspace.consents.record_vastleggen(
        client_id, "ja", [], "mondeling", TODAY - timedelta(days=1), ["doel", "rechten"]
    )
    assert changes.clients
    assert first.kind == "vastleggen"
    assert first.besluit == "ja"
    assert first.data == {
        "id": first.id,
        "kind": "vastleggen",
        "besluit": "ja",
        "uitgesloten": [],
        "vorm": "mondeling",
        "datum": (TODAY - timedelta(days=1)).isoformat(),
        "uitleg_gegeven": ["doel", "rechten"],
    }
    second, _ = workspace.consents.record_vastleggen(
        client_id, "ja, behalve", ["wonen", "geld"], "schriftelijk", TODAY
    )
    assert second.id != first.id
    assert second.uitgesloten == ("wonen", "geld")
    assert "uitleg_gegeven" not in second.data
    assert [r.id for r in workspace.consents.list(client_id)] == [second.id, first.id]
    assert workspace.consents.current_vastleggen(client_id).id == second.id
    assert _events(workspace, client_id).count("consent.vastleggen") == 2


def test_same_day_records_keep_their_order(workspace, client_id):
    ids = [
        workspace.consents.record_vastleggen(client_id, besluit, [], "mondeling", TODAY)[0].id
        for besluit in ("ja", "nee", "ja")
    ]
    assert [r.id for r in workspace.consents.list(client_id)] == ids[::-1]
    assert workspace.consents.current_vastleggen(client_id).id == ids[-1]


@pytest.mark.parametrize(
    ("args", "field", "rule"),
    [
        (("misschien", [], "mondeling", TODAY), "besluit", "unknown_option"),
        (("ja, behalve", [], "mondeling", TODAY), "uitgesloten", "required"),
        (("ja", ["geld"], "mondeling", TODAY), "uitgesloten", "inconsistent"),
        (
            ("ja, behalve", ["geld.schulden"], "mondeling", TODAY),
            "uitgesloten[0]",
            "unknown_option",
        ),
        (
            ("ja, behalve", ["geld", "geld"], "mondeling", TODAY),
            "uitgesloten[1]",
            "duplicate_option",
        ),
        (("ja", [], "per mail", TODAY), "vorm", "unknown_option"),
        (("ja", [], "mondeling", TODAY + timedelta(days=1)), "datum", "date_in_future"),
        (("ja", [], "mondeling", "01-01-2026"), "datum", "date_format"),
    ],
)
def test_vastleggen_validation(workspace, client_id, args, field, rule):
    with pytest.raises(ValidationError) as err:
        workspace.consents.record_vastleggen(client_id, *args)
    assert (err.value.field, err.value.rule) == (field, rule)
    assert workspace.consents.list(client_id) == []


def test_uitleg_gegeven_only_knows_the_checklist(workspace, client_id):
    with pytest.raises(ValidationError) as err:
        workspace.consents.record_vastleggen(client_id, "ja", [], "mondeling", TODAY, ["alles"])
    assert (err.value.field, err.value.rule) == ("uitleg_gegeven[0]", "unknown_option")


def test_withdrawing_vastleggen_records_a_new_nee(workspace, client_id):
    first, _ = workspace.consents.record_vastleggen(client_id, "ja", [], "schriftelijk", TODAY)
    record, changes = workspace.consents.withdraw(first.id)
    assert changes.clients
    assert record.id != first.id
    assert (record.besluit, record.data["vorm"]) == ("nee", "schriftelijk")
    assert workspace.consents.current_vastleggen(client_id).id == record.id
    assert len(workspace.consents.list(client_id)) == 2


# ---- gerichte toestemming ------------------------------------------------------------------------


def test_add_gericht_stores_the_exchange_object(workspace, client_id):
    record, changes = workspace.consents.add_gericht(client_id, GERICHT)
    assert changes.clients
    assert record.kind == "gericht"
    assert record.datum == TODAY
    assert record.status == "actief"
    assert record.is_active_on(TODAY)
    assert record.data["ontvanger"] == GERICHT["ontvanger"]
    assert record.data["leefgebieden"] == ["geld", "wonen.huisuitzetting"]
    assert "geldig_tot" not in record.data
    assert workspace.consents.list(client_id) == [record]
    assert workspace.consents.current_vastleggen(client_id) is None
    assert "consent.gericht" in _events(workspace, client_id)


def test_geldig_tot_ends_the_consent(workspace, client_id):
    data = dict(GERICHT, datum=TODAY - timedelta(days=10), geldig_tot=TODAY - timedelta(days=1))
    record, _ = workspace.consents.add_gericht(client_id, data)
    assert record.data["geldig_tot"] == (TODAY - timedelta(days=1)).isoformat()
    assert record.is_active_on(TODAY - timedelta(days=2))
    assert not record.is_active_on(TODAY)


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"ontvanger": {"service_id": "svc-1", "naam": " "}}, "ontvanger.naam", "required"),
        ({"ontvanger": {"naam": "X"}}, "ontvanger.service_id", "required"),
        (
            {"ontvanger": {"service_id": "s", "naam": "X", "tel": "1"}},
            "ontvanger.tel",
            "unknown_key",
        ),
        ({"ontvanger": None}, "ontvanger", "required"),
        ({"doel": ""}, "doel", "required"),
        ({"leefgebieden": []}, "leefgebieden", "required"),
        ({"leefgebieden": ["geld", "schulden"]}, "leefgebieden[1]", "unknown_option"),
        ({"gegevens": ["adres"]}, "gegevens", "required"),
        ({"gegevens": ["naam en geboortedatum", "pincode"]}, "gegevens[1]", "unknown_option"),
        ({"vorm": "digitaal"}, "vorm", "unknown_option"),
        ({"datum": TODAY + timedelta(days=1)}, "datum", "date_in_future"),
        ({"geldig_tot": TODAY - timedelta(days=1)}, "geldig_tot", "time_order"),
        ({"status": "ingetrokken"}, "status", "unknown_key"),
        ({"wie": "POH"}, "wie", "unknown_key"),
    ],
)
def test_gericht_validation(workspace, client_id, change, field, rule):
    with pytest.raises(ValidationError) as err:
        workspace.consents.add_gericht(client_id, {**GERICHT, **change})
    assert (err.value.field, err.value.rule) == (field, rule)
    assert workspace.consents.list(client_id) == []


def test_withdraw_gericht_sets_status_and_date_once(workspace, client_id):
    record, _ = workspace.consents.add_gericht(client_id, GERICHT)
    withdrawn, changes = workspace.consents.withdraw(record.id)
    assert changes.clients
    assert withdrawn.id == record.id
    assert withdrawn.status == "ingetrokken"
    assert withdrawn.data["ingetrokken_op"] == TODAY.isoformat()
    assert not withdrawn.is_active_on(TODAY)
    again, changes = workspace.consents.withdraw(record.id)
    assert again == withdrawn
    assert not changes.clients
    assert workspace.consents.list(client_id) == [withdrawn]
    assert _events(workspace, client_id).count("consent.withdraw") == 1


def test_unknown_client_or_consent_is_not_found(workspace):
    calls = (
        lambda: workspace.consents.list("nope"),
        lambda: workspace.consents.record_vastleggen("nope", "ja", [], "mondeling", TODAY),
        lambda: workspace.consents.add_gericht("nope", GERICHT),
        lambda: workspace.consents.withdraw("nope"),
    )
    for call in calls:
        with pytest.raises(PohsdError) as err:
            call()
        assert err.value.code == ErrorCode.NOT_FOUND
