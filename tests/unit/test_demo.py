"""The demo workspace: three fictional clients behind the published passphrase."""

from datetime import date

from pohsd.demo import DEMO_CLIENTS, ensure_demo
from pohsd.domain.validation import bsn_valid
from pohsd.paths import AppPaths
from pohsd.workspace import DEMO_PASSPHRASE, Workspace


def test_ensure_demo_creates_three_clients_behind_the_demo_passphrase(paths: AppPaths):
    assert ensure_demo(paths) is True
    assert paths.exists()
    assert paths.is_demo
    assert paths.demo_marker.exists()

    ws = Workspace.unlock(paths, "demo", DEMO_PASSPHRASE)  # production KDF
    try:
        assert ws.is_demo
        assert ws.user.label == "Demo POH"
        practice = ws.practice.get()
        assert practice.naam == "Huisartsenpraktijk De Demo"
        assert practice.agb_code == "01999999"
        assert len(practice.huisartsen) == 2
        summaries = ws.clients.search("")
        assert len(summaries) == 3
        clients = [ws.clients.open(s.id) for s in summaries]
        ages = sorted(c.age_on(date.today()) for c in clients)
        assert ages[0] < 30 < ages[1] < 60 < ages[2]  # different stages of life
        for client in clients:
            assert bsn_valid(client.bsn)
            assert client.bsn.startswith("99999")  # test range, never issued
            assert client.address.postal_code
            assert client.network
        assert sum(len(c.household) for c in clients) >= 2
        assert ws.audit.verify()[1] is None
    finally:
        ws.close()


def test_ensure_demo_twice_returns_false_and_leaves_the_demo_alone(paths: AppPaths):
    assert ensure_demo(paths) is True
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
