"""§8 transitions: every pair of states, through the service and the exchange rules, vs the spec."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from pohsd.domain import referral as lifecycle
from pohsd.domain.errors import ValidationError
from pohsd.domain.intake import ConsentRecord
from pohsd.domain.practice import Practice
from pohsd.exchange import referral_rules
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.unit.referral_support import SCHULDHULP, gericht, load_demo_map, new_client

TODAY = date.today()

# spec/intake.md §8, copied by hand (not from the code): from → every allowed target.
SPEC = """
concept: verstuurd geannuleerd foutief
verstuurd: ontvangen aangenomen wachtlijst gestart afgewezen niet_gestart geannuleerd foutief
ontvangen: aangenomen wachtlijst gestart afgewezen niet_gestart geannuleerd foutief
aangenomen: wachtlijst gestart niet_gestart geannuleerd foutief
wachtlijst: gestart afgewezen niet_gestart geannuleerd foutief
gestart: afgerond niet_gestart foutief
afgerond: foutief
afgewezen: foutief
niet_gestart: foutief
geannuleerd: foutief
foutief:
"""
SPEC_ALLOWED = {
    (src.strip(), to)
    for line in SPEC.strip().splitlines()
    for src, _, targets in [line.partition(":")]
    for to in targets.split()
}
KNOWN_ALLOWED = [
    ("concept", "verstuurd"),
    ("verstuurd", "gestart"),  # a forward skip: the POH often hears late
    ("ontvangen", "afgewezen"),
    ("wachtlijst", "gestart"),
    ("gestart", "afgerond"),
    ("afgerond", "foutief"),
]
KNOWN_FORBIDDEN = [
    ("concept", "gestart"),
    ("concept", "concept"),
    ("aangenomen", "afgewezen"),  # accepted, so no longer rejected
    ("gestart", "geannuleerd"),
    ("afgerond", "gestart"),
    ("geannuleerd", "verstuurd"),
    ("foutief", "foutief"),
    ("verstuurd", "concept"),
]
# How to reach each state from a new concept (hand-written).
ROUTE = {
    "concept": [],
    "verstuurd": ["verstuurd"],
    "ontvangen": ["verstuurd", "ontvangen"],
    "aangenomen": ["verstuurd", "aangenomen"],
    "wachtlijst": ["verstuurd", "wachtlijst"],
    "gestart": ["verstuurd", "gestart"],
    "afgerond": ["verstuurd", "gestart", "afgerond"],
    "afgewezen": ["verstuurd", "afgewezen"],
    "niet_gestart": ["verstuurd", "niet_gestart"],
    "geannuleerd": ["geannuleerd"],
    "foutief": ["foutief"],
}
PAIRS = list(itertools.product(lifecycle.STATE_CODES, lifecycle.STATE_CODES))


def step_kwargs(to: str) -> dict[str, Any]:
    """What a valid step to `to` carries (reason, text, result)."""
    extra: dict[str, Any] = {}
    if to in lifecycle.REASONS:
        extra["reason_code"] = lifecycle.REASONS[to][0]
    if to == "foutief":
        extra["reason_text"] = "Bij de verkeerde cliënt ingevoerd"
    if to == "afgerond":
        extra["result"] = "doel bereikt"
    return {"effective": TODAY, "source": "telefoon", **extra}


def test_the_table_is_the_spec():
    table = {(src, to) for src, to in PAIRS if lifecycle.is_allowed(src, to)}
    assert table == SPEC_ALLOWED
    assert lifecycle.allowed_next(None) == ("concept",)
    assert set(lifecycle.TERMINAL) == {"afgerond", "afgewezen", "niet_gestart", "geannuleerd",
                                       "foutief"}  # fmt: skip
    for src, to in KNOWN_ALLOWED:
        assert lifecycle.is_allowed(src, to), (src, to)
    for src, to in KNOWN_FORBIDDEN:
        assert not lifecycle.is_allowed(src, to), (src, to)


def test_states_labels_and_fhir_codes():
    assert lifecycle.label("niet_gestart") == "Niet gestart / gestopt"
    assert lifecycle.STATE_BY_CODE["wachtlijst"].fhir_status == "accepted"
    assert lifecycle.STATE_BY_CODE["wachtlijst"].business_status == "wachtlijst"
    assert lifecycle.STATE_BY_CODE["foutief"].fhir_status == "entered-in-error"
    assert len(set(lifecycle.STATE_CODES)) == 11
    assert lifecycle.REASONS["geannuleerd"][1] == lifecycle.REASON_CONSENT_WITHDRAWN
    assert lifecycle.SOURCES == ("telefoon", "e-mail", "brief", "cliënt", "portaal", "anders")
    assert lifecycle.RESULTS == ("doel bereikt", "deels", "niet bereikt", "onbekend")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, str, str]]:
    """One workspace for the 121 pairs: (workspace, client id, service id)."""
    paths = AppPaths.resolve(tmp_path_factory.mktemp("lifecycle") / "data")
    ws, _ = Workspace.create(
        paths, Practice(naam="Praktijk", agb_code="01234567"), "sanne", TEST_PASSPHRASE,
        kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True,
    )  # fmt: skip
    try:
        services = load_demo_map(ws)
        yield ws, new_client(ws), services[SCHULDHULP]
    finally:
        ws.close()


@pytest.mark.parametrize(("src", "to"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_every_pair_through_the_service(world, src, to):
    ws, client_id, service_id = world
    referral = ws.referrals.create(client_id, service_id, consent=gericht())
    for step in ROUTE[src]:
        referral = ws.referrals.transition(referral.id, step, **step_kwargs(step))
    assert referral.status == src
    if (src, to) in SPEC_ALLOWED:
        done = ws.referrals.transition(referral.id, to, **step_kwargs(to))
        assert (done.status, done.history[-1].from_state) == (to, src)
    else:
        with pytest.raises(ValidationError) as err:
            ws.referrals.transition(referral.id, to, **step_kwargs(to))
        assert err.value.rule == "transition_not_allowed"
        assert (err.value.params["from_state"], err.value.params["to_state"]) == (src, to)
        assert ws.referrals.get(referral.id).status == src


def _consent() -> ConsentRecord:
    data = {"id": "c", "kind": "gericht", "ontvanger": {"service_id": "svc", "naam": "X"}}
    return ConsentRecord(id="c", kind="gericht", datum=TODAY, data=data)


def _step(to: str, minute: int) -> dict[str, Any]:
    at = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=minute)
    step: dict[str, Any] = {
        "to": to,
        "effectief_op": "2025-01-01",
        "vastgelegd_op": at.isoformat(),
        "user": "poh1",
        "source": "anders",
    }
    kwargs = step_kwargs(to)
    if "reason_code" in kwargs or "reason_text" in kwargs:
        reason = {"code": kwargs.get("reason_code"), "text": kwargs.get("reason_text")}
        step["reason"] = {k: v for k, v in reason.items() if v}
    if to == "afgerond":
        step["result"] = kwargs["result"]
    if to == "wachtlijst":
        step["expected_start"] = "onbekend"
    return step


@pytest.mark.parametrize(("src", "to"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_every_pair_in_the_exchange_rules(src, to):
    steps = ["concept", *ROUTE[src], to]
    item = {"id": "r", "service_id": "svc", "consent_id": "c", "service_name": "S",
            "organization_name": "O", "toegang": "vrij",
            "history": [_step(s, i) for i, s in enumerate(steps)]}  # fmt: skip
    now = datetime.now(UTC)
    if (src, to) in SPEC_ALLOWED:
        (checked,) = referral_rules.referrals([item], [_consent()], None, TODAY, now)
        assert checked.status == to
    else:
        with pytest.raises(ValidationError) as err:
            referral_rules.referrals([item], [_consent()], None, TODAY, now)
        assert (err.value.field, err.value.rule) == (
            f"referrals[0].history[{len(steps) - 1}].to",
            "transition_not_allowed",
        )


def test_the_exchange_rules_use_the_domain_tables():
    source = Path(referral_rules.__file__).read_text(encoding="utf-8")
    assert "TRANSITIONS" not in source
    assert "REASONS: dict" not in source
    assert referral_rules.allowed_next is lifecycle.allowed_next
