"""Demo clients with a past: Vandaag shows follow-ups due and overdue and referrals to chase."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pohsd import demo
from pohsd.demo_history import add_history_clients
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import DEMO_PASSPHRASE, Workspace


@pytest.fixture
def demo_like(paths: AppPaths):
    ws, _ = Workspace.create(
        paths, demo.DEMO_PRACTICE, "demo", DEMO_PASSPHRASE, kdf=WEAK_TEST_PARAMS,
        allow_weak_kdf=True, demo=True,
    )  # fmt: skip
    ws.socialmap.import_path(demo.DEMO_MAP)
    add_history_clients(ws)
    yield ws
    ws.close()


def test_vandaag_has_something_in_every_referral_and_follow_up_section(demo_like):
    today = date.today()
    work = demo_like.worklist.today()
    texts = {(w.client_name.split()[0], w.text) for w in work.follow_ups}
    assert ("Mirjam", "Vervolggesprek") in texts
    assert ("Gerrit", "Vervolggesprek verlopen") in texts
    assert all(w.day is not None and w.day <= today + timedelta(days=7) for w in work.follow_ups)
    actions = [(w.client_name.split()[0], w.text.split(" · ")[0]) for w in work.actions]
    assert ("Mirjam", "Geen reactie van aanbieder") in actions
    assert ("Noor", "Terugkoppeling huisarts klaarzetten") in actions
    assert actions[0] == ("Mirjam", "Geen reactie van aanbieder")  # most overdue first
    assert work.actions[0].overdue_days >= 5
    assert [w.client_name.split()[0] for w in work.recent] == ["Mirjam"]


def test_referrals_stand_in_several_states_with_steps_weeks_ago(demo_like):
    today = date.today()
    states = {}
    for summary in demo_like.clients.search(""):
        for referral in demo_like.referrals.for_client(summary.id):
            states[referral.status] = referral
    assert {"verstuurd", "wachtlijst", "afgerond", "gestart"} <= set(states)
    assert states["verstuurd"].history[-1].effectief_op <= today - timedelta(days=21)
    assert states["wachtlijst"].history[-1].expected_start > today
    assert demo_like.worklist.feedback_pending(states["afgerond"].id)


def test_history_clients_export_as_valid_exchange_files(demo_like):
    for summary in demo_like.clients.search(""):
        doc = demo_like.transfer.export_client(summary.id)
        assert doc["referrals"]
        assert doc["client"]["address"]["postal_code"][:4] in {"9996", "9997", "9998", "9999"}
