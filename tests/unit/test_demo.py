"""The demo workspace: three fictional clients in three stages behind the published passphrase."""

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from pohsd import demo
from pohsd.demo import DEMO_CLIENTS, ensure_demo
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.domain.validation import bsn_valid
from pohsd.exchange.importer import parse_document
from pohsd.intake.answers import AnswerSheet
from pohsd.intake.vervolg import DJG6, compare
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import DEMO_PASSPHRASE, Workspace


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AppPaths, bool, Workspace]]:
    """One demo, made and unlocked with the production KDF, shared by the tests that read it."""
    paths = AppPaths.resolve(tmp_path_factory.mktemp("demo") / "data")
    created = ensure_demo(paths)
    ws = Workspace.unlock(paths, "demo", DEMO_PASSPHRASE)
    yield paths, created, ws
    ws.close()


def _client(ws: Workspace, given_name: str) -> str:
    return next(s.id for s in ws.clients.search("") if s.given_name == given_name)


def test_ensure_demo_creates_three_clients_behind_the_demo_passphrase(demo_ws):
    paths, created, ws = demo_ws
    assert created is True
    assert paths.exists()
    assert paths.is_demo
    assert paths.demo_marker.exists()
    assert ws.is_demo
    assert ws.user.label == "Demo POH"
    practice = ws.practice.get()
    assert practice.naam == "Huisartsenpraktijk De Demo"
    assert practice.agb_code == "01999999"
    assert len(practice.huisartsen) == 2
    summaries = ws.clients.search("")
    assert len(summaries) == 3 + 3  # the three stages, and three with a past (demo_history)
    clients = [ws.clients.open(s.id) for s in summaries]
    stages = {c.bsn for c in DEMO_CLIENTS}
    ages = sorted(c.age_on(date.today()) for c in clients if c.bsn in stages)
    assert ages[0] < 30 < ages[1] < 60 < ages[2]  # different stages of life
    for client in clients:
        assert bsn_valid(client.bsn)
        assert client.bsn.startswith("99999")  # test range, never issued
        assert client.address.postal_code
        assert client.network
    assert sum(len(c.household) for c in clients) >= 2
    assert ws.audit.verify()[1] is None


def test_fatima_has_an_intake_running_with_an_open_signal(demo_ws):
    _, _, ws = demo_ws
    client_id = _client(ws, "Fatima")
    [summary] = ws.intakes.list_for_client(client_id)
    assert (summary.kind, summary.status) == ("intake", "open")
    record = ws.intakes.open(summary.id)
    assert record.drafts == {}
    assert record.answers["geld.schulden.afsluiting"] == "ja, een brief"
    domains = {qid.split(".")[0] for qid in record.answers}
    assert {"geld", "gezondheid"} <= domains
    assert "meedoen.cijfer" not in record.answers  # part of the domains only
    assert [(s.signal_id, s.is_open) for s in record.signals] == [("afsluiting", True)]
    assert ws.consents.current_vastleggen(client_id).besluit == "ja"
    assert ws.plan.get(client_id).goals == ()


def test_daan_has_a_finished_intake_with_plan_and_finance(demo_ws):
    _, _, ws = demo_ws
    client_id = _client(ws, "Daan")
    [summary] = ws.intakes.list_for_client(client_id)
    assert (summary.kind, summary.status) == ("intake", "afgerond")
    assert summary.follow_up_on == date.today() + timedelta(weeks=6)
    record = ws.intakes.open(summary.id)
    assert record.finance["income"] == [{"source": "WW", "amount_per_month": 1480}]
    assert len(record.finance["debts"]) == 2
    assert record.assessment
    plan = ws.plan.get(client_id)
    assert [g.topic for g in plan.goals] == ["geld.schulden", "meedoen.werk"]
    assert all(g.actions for g in plan.goals)
    assert plan.question_to_gp
    kinds = sorted(c.kind for c in ws.consents.list(client_id))
    assert kinds == ["gericht", "vastleggen"]


def test_henk_has_intake_and_vervolg_done_so_the_change_view_shows_a_change(demo_ws):
    _, _, ws = demo_ws
    client_id = _client(ws, "Henk")
    summaries = ws.intakes.list_for_client(client_id)
    assert [(s.kind, s.status) for s in summaries] == [
        ("intake", "afgerond"),
        ("vervolg", "afgerond"),
    ]
    q = load_questionnaire("1")
    baseline, current = (ws.intakes.open(s.id) for s in summaries)
    changes = compare(
        q,
        AnswerSheet.from_json(q, baseline.answers, baseline.answer_states),
        AnswerSheet.from_json(q, current.answers, current.answer_states),
        plan_topics=[g.topic for g in ws.plan.get(client_id).goals],
    )
    by_measure = {c.measure: c for c in changes}
    assert by_measure["meting.rapportcijfer"].difference == 1
    assert by_measure[DJG6].baseline == 6
    assert by_measure[DJG6].difference < 0  # less lonely
    assert by_measure["meedoen.ontmoeting.zr"].difference == 1
    assert all(by_measure[f"{d}.cijfer"].current is not None for d in ("geld", "meedoen"))
    assert [g.status for g in ws.plan.get(client_id).goals] == ["deels", "open"]


def test_every_demo_client_exports_as_a_valid_exchange_file(demo_ws):
    _, _, ws = demo_ws
    for summary in ws.clients.search(""):
        doc = ws.transfer.export_client(summary.id)
        assert parse_document(doc).client_id == summary.id


def test_the_stages_build_on_a_fresh_database(paths: AppPaths):
    ws, _ = Workspace.create(
        paths, demo.DEMO_PRACTICE, "demo", DEMO_PASSPHRASE, kdf=WEAK_TEST_PARAMS,
        allow_weak_kdf=True, demo=True,
    )  # fmt: skip
    try:
        ids = [ws.clients.create(c)[0].id for c in DEMO_CLIENTS]
        demo._intake_running(ws, ids[0], date.today())
        demo._intake_done_with_plan(ws, ids[2], date.today())
        demo._intake_and_vervolg_done(ws, ids[1], date.today())
        kinds = sorted(s.kind for i in ids for s in ws.intakes.list_for_client(i))
        assert kinds == ["intake", "intake", "intake", "vervolg"]
    finally:
        ws.close()


def test_the_demo_holds_the_bundled_sociale_kaart(demo_ws):
    _, _, ws = demo_ws
    status = ws.socialmap.status()
    assert status.count == 55
    assert status.source
    hits = ws.socialmap.search("schulden", postcode4="9999")
    assert hits
    assert any("schuld" in h.hit.name.lower() for h in hits)


def test_ensure_demo_twice_returns_false_and_leaves_the_demo_alone(demo_ws):
    paths, _, _ = demo_ws
    before = paths.keyslots.read_bytes()
    assert ensure_demo(paths) is False
    assert paths.keyslots.read_bytes() == before


def test_ensure_demo_never_touches_a_real_database(created, paths: AppPaths):
    assert ensure_demo(paths) is False
    assert not paths.is_demo


def test_demo_clients_pass_validation():
    assert len(DEMO_CLIENTS) == 3
    for client in DEMO_CLIENTS:
        assert client.validated(date.today()).bsn == client.bsn
