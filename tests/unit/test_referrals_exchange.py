"""Referrals in pohsd-client/1: export what the service made, import it elsewhere, same again."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.intake import Goal
from pohsd.domain.practice import Practice
from pohsd.exchange.export import export_client
from pohsd.exchange.importer import import_client
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.unit.referral_support import BUURTKAMER, SCHULDHULP, gericht, load_demo_map, new_client
from tests.unit.test_exchange import DATA, canon, load

TODAY = date.today()


@pytest.fixture
def second(tmp_path: Path) -> Iterator[Workspace]:
    """Another practice: the receiving side of an export (no sociale kaart needed)."""
    paths = AppPaths.resolve(tmp_path / "other")
    ws, _ = Workspace.create(
        paths, Practice(naam="Andere praktijk", agb_code="07654321"), "piet", TEST_PASSPHRASE,
        kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True,
    )  # fmt: skip
    yield ws
    ws.close()


def _busy_client(ws: Workspace) -> str:
    """A client with referrals in many states, reasons, results, a goal and a re-referral."""
    services = load_demo_map(ws)
    client_id = new_client(ws)
    plan, _ = ws.plan.save(client_id, [Goal(topic="geld.schulden", wens="Rust")])
    sid, buurt = services[SCHULDHULP], services[BUURTKAMER]

    def step(r, to, **kw):
        return ws.referrals.transition(r.id, to, effective=TODAY, source="telefoon", **kw)

    a = ws.referrals.create(client_id, sid, consent=gericht(), goal_id=plan.goals[0].id,
                            question="Wilt u helpen met een overzicht?")  # fmt: skip
    a = step(step(a, "verstuurd"), "wachtlijst", note="Regel 1\nRegel 2")
    a = step(step(a, "gestart"), "afgerond", result="deels")
    again = ws.referrals.again(a.id)
    step(again, "verstuurd")
    b = ws.referrals.create(client_id, buurt, consent=gericht(leefgebieden=["meedoen"]))
    step(step(b, "verstuurd"), "wachtlijst", expected_start=TODAY + timedelta(days=14))
    c = ws.referrals.create(client_id, buurt, consent_id=b.consent_id)
    step(c, "geannuleerd", reason_code="anders", reason_text="Cliënt gaat zelf")
    d = ws.referrals.create(client_id, sid, consent_id=a.consent_id)
    step(d, "foutief", reason_text="Verkeerde cliënt gekozen")
    ws.referrals.create(client_id, sid, consent_id=a.consent_id)  # a bare concept
    return client_id


def test_round_trip_between_two_practices_is_exact(workspace, second):
    client_id = _busy_client(workspace)
    doc = export_client(workspace, client_id)
    assert [r["history"][-1]["to"] for r in doc["referrals"]] == [
        "afgerond", "verstuurd", "wachtlijst", "geannuleerd", "foutief", "concept",
    ]  # fmt: skip
    first, again = doc["referrals"][0], doc["referrals"][1]
    assert again["based_on"] == first["id"]
    assert first["goal_id"] == doc["plan"]["goals"][0]["id"]
    assert first["history"][2]["expected_start"] == "onbekend"
    assert first["history"][-1]["result"] == "deels"
    assert (
        doc["referrals"][2]["history"][-1]["expected_start"]
        == (TODAY + timedelta(days=14)).isoformat()
    )
    assert doc["referrals"][3]["history"][-1]["reason"] == {
        "code": "anders", "text": "Cliënt gaat zelf",
    }  # fmt: skip
    assert doc["referrals"][4]["history"][-1]["reason"] == {"text": "Verkeerde cliënt gekozen"}
    assert "question" not in doc["referrals"][5]
    assert all(r["history"][0]["user"] == "sanne" for r in doc["referrals"])
    moved = import_client(second, json.loads(json.dumps(doc)))
    assert moved == client_id
    back = export_client(second, moved)
    assert canon(back) == canon(doc)
    statuses = [r.status for r in second.referrals.for_client(moved)]
    assert statuses == ["afgerond", "verstuurd", "wachtlijst", "geannuleerd", "foutief", "concept"]
    # the receiving practice carries on with the lifecycle
    open_one = second.referrals.for_client(moved)[1]
    done = second.referrals.transition(open_one.id, "gestart", effective=TODAY, source="brief")
    assert done.history[-1].user == "piet"


def test_merge_replaces_referrals_in_place(workspace):
    client_id = _busy_client(workspace)
    doc = export_client(workspace, client_id)
    doc["referrals"][1]["history"].append(
        {"to": "gestart", "effectief_op": TODAY.isoformat(),
         "vastgelegd_op": doc["referrals"][1]["history"][-1]["vastgelegd_op"],
         "user": "sanne", "source": "portaal"}
    )  # fmt: skip
    with pytest.raises(PohsdError) as err:
        import_client(workspace, copy.deepcopy(doc))
    assert err.value.code == ErrorCode.DB_EXISTS
    assert import_client(workspace, copy.deepcopy(doc), merge=True) == client_id
    referrals = workspace.referrals.for_client(client_id)
    assert len(referrals) == 6
    assert referrals[1].status == "gestart"
    assert [e.seq for e in referrals[1].history] == [1, 2, 3]
    assert canon(export_client(workspace, client_id)) == canon(doc)


def test_a_referral_id_of_another_client_is_a_conflict(workspace):
    client_id = _busy_client(workspace)
    doc = export_client(workspace, client_id)
    doc["client"]["id"] = str(uuid.uuid4())
    renamed = {c["id"]: str(uuid.uuid4()) for c in doc["consents"]}
    for consent in doc["consents"]:
        consent["id"] = renamed[consent["id"]]
    for referral in doc["referrals"]:
        referral["consent_id"] = renamed[referral["consent_id"]]
    del doc["plan"]
    for referral in doc["referrals"]:
        referral["goal_id"] = None
    before = len(workspace.transfer.list_clients())
    with pytest.raises(PohsdError) as err:
        import_client(workspace, doc, merge=True)
    assert err.value.params["field"] == "referrals[0].id"
    assert err.value.params["object_type"] == "referral"
    assert len(workspace.transfer.list_clients()) == before


def _fixture(**changes: Any) -> dict[str, Any]:
    doc = load()
    referral = json.loads((DATA / "referral.json").read_text(encoding="utf-8"))
    referral.update(changes)
    doc["referrals"] = [referral]
    return doc


def test_a_re_referral_listed_before_its_origin_is_imported(workspace):
    doc = _fixture()
    origin = doc["referrals"][0]
    origin["history"].append({"to": "afgerond", "effectief_op": "2025-12-01",
                              "vastgelegd_op": "2025-12-01T10:00:00+01:00", "user": "poh1",
                              "source": "brief", "result": "doel bereikt"})  # fmt: skip
    follow = copy.deepcopy(origin)
    follow["id"] = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e60"
    follow["based_on"] = origin["id"]
    follow["history"] = follow["history"][:1]
    doc["referrals"] = [follow, origin]
    client_id = import_client(workspace, copy.deepcopy(doc))
    stored = {r.id: r for r in workspace.referrals.for_client(client_id)}
    assert stored[follow["id"]].based_on == origin["id"]
    assert stored[origin["id"]].status == "afgerond"
    consent = next(c for c in doc["consents"] if c["id"] == origin["consent_id"])
    assert stored[origin["id"]].organization_id == consent["ontvanger"].get("organization_id", "")
    exported = export_client(workspace, client_id)
    assert {r["id"] for r in exported["referrals"]} == {follow["id"], origin["id"]}


BAD = [
    ({"based_on": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"}, "referrals[0].based_on",
     "unknown_referral"),
    ({"history": [{"to": "concept", "effectief_op": "2025-11-02",
                   "vastgelegd_op": "2025-11-02T11:02:00+01:00", "user": "poh1",
                   "source": "anders"},
                  {"to": "foutief", "effectief_op": "2025-11-02",
                   "vastgelegd_op": "2025-11-02T11:03:00+01:00", "user": "poh1",
                   "source": "anders", "reason": {"code": "dubbel", "text": "x"}}]},
     "referrals[0].history[1].reason.code", "inconsistent"),
    ({"toegang": "op afspraak"}, "referrals[0].toegang", "unknown_option"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "field", "rule"), BAD)
def test_bad_referrals_are_refused_and_nothing_is_stored(workspace, change, field, rule):
    with pytest.raises(ValidationError) as err:
        import_client(workspace, _fixture(**change))
    assert (err.value.field, err.value.rule) == (field, rule)
    assert workspace.transfer.list_clients() == []


def test_based_on_cycles_are_refused(workspace):
    doc = _fixture()
    one = doc["referrals"][0]
    two = copy.deepcopy(one)
    two["id"] = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e60"
    one["based_on"], two["based_on"] = two["id"], one["id"]
    doc["referrals"].append(two)
    with pytest.raises(ValidationError) as err:
        import_client(workspace, doc)
    assert (err.value.field, err.value.rule) == ("referrals[0].based_on", "inconsistent")
    assert workspace.transfer.list_clients() == []
