"""ws.socialmap.suggest and `pohsd-cli suggest`: the hulpvraag of a stored intake → ranked help."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pohsd.cli import main as cli_main
from pohsd.domain.client import Address, ClientInput
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from tests.conftest import TEST_PASSPHRASE

DEMO_MAP = Path(__file__).resolve().parents[2] / "resources" / "socialmap" / "demo"
TODAY = date(2026, 12, 1)


@pytest.fixture
def mapped(workspace):
    workspace.socialmap.import_path(DEMO_MAP)
    return workspace


@pytest.fixture
def client_id(mapped):
    data = ClientInput(
        "Ron",
        "Jansen",
        date(1980, 3, 14),
        address=Address("Lindenlaan", "3", postal_code="9997 AB", city="Demodorp"),
    )
    return mapped.clients.create(data)[0].id


def _intake(ws, client_id, answers, promote=True):
    summary, _ = ws.intakes.start(client_id)
    ws.intakes.save_drafts(summary.id, {k: (v, "beantwoord") for k, v in answers.items()})
    if promote:
        ws.intakes.promote(summary.id)
    return summary.id


def test_priorities_and_ratings_become_ranked_suggestions(mapped, client_id):
    intake = _intake(
        mapped,
        client_id,
        {"prioriteit.belangrijkste": ["meedoen.werk", "geld.schulden"], "wonen.woning.zr": 2},
    )
    found = mapped.socialmap.suggest(client_id, today=TODAY)
    assert found
    needs = list(dict.fromkeys(s.need for s in found))
    assert needs[:2] == ["meedoen.werk", "geld.schulden"]
    assert "wonen.woning" in needs  # zr 2 ≤ 3
    first = found[0]
    assert first.reasons[1] == "prioriteit 1"
    assert any(r.endswith(" km") for r in first.reasons)  # client PC4 9997 lies on the map
    assert first.distance_km is not None
    log = mapped.audit.entries(client_id=client_id)
    assert any(e.event == "socialmap.suggest" and e.object_id == intake for e in log)


def test_drafts_count_and_excluded_domains_never_feed_suggestions(mapped, client_id):
    _intake(mapped, client_id, {"geld.schulden.zr": 1, "meedoen.ontmoeting.zr": 2}, promote=False)
    needs = {s.need for s in mapped.socialmap.suggest(client_id, today=TODAY)}
    assert {"geld.schulden", "meedoen.ontmoeting"} <= needs
    mapped.consents.record_vastleggen(
        client_id, "ja, behalve", ["geld"], "mondeling", TODAY, today=TODAY
    )
    needs = {s.need for s in mapped.socialmap.suggest(client_id, today=TODAY)}
    assert "meedoen.ontmoeting" in needs
    assert not any(n.startswith("geld") for n in needs)


def test_no_intake_or_no_need(mapped, client_id):
    with pytest.raises(ValidationError) as err:
        mapped.socialmap.suggest(client_id)
    assert err.value.rule == "no_intake"
    _intake(mapped, client_id, {"geld.schulden.zr": 5})
    assert mapped.socialmap.suggest(client_id, today=TODAY) == []
    with pytest.raises(PohsdError) as missing:
        mapped.socialmap.suggest(client_id, "not-an-intake")
    assert missing.value.code == ErrorCode.NOT_FOUND
    with pytest.raises(ValidationError):
        mapped.socialmap.suggest(client_id, limit=0)


def test_search_with_postcode_and_max_km(mapped):
    near = mapped.socialmap.search("", postcode4="9997", max_km=1.0, limit=200)
    wide = mapped.socialmap.search("", postcode4="9997", max_km=50, limit=200)
    assert 0 < len(near) < len(wide)
    assert all(h.distance_km is not None and h.distance_km <= 1.0 for h in near)
    assert all(any(r.endswith(" km") for r in h.reasons) for h in near)
    with pytest.raises(ValidationError) as err:
        mapped.socialmap.search("", postcode4="1000", max_km=5)
    assert err.value.rule == "no_location"
    with pytest.raises(ValidationError):
        mapped.socialmap.search("", postcode4="9997", max_km=0)


def test_cli_suggest_json_and_text(mapped, client_id, paths, monkeypatch, capsys):
    _intake(mapped, client_id, {"prioriteit.belangrijkste": ["geld.schulden"]})
    mapped.close()
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")
    base = ["--data-dir", str(paths.data_dir)]
    assert cli_main([*base, "suggest", client_id, "--limit", "3", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3
    keys = {"service_id", "service_name", "organization_name", "topics", "toegang"}
    assert keys | {"distance_km", "score", "reasons"} <= set(rows[0])
    assert rows[0]["need"] == "geld.schulden"
    assert "prioriteit 1" in rows[0]["reasons"]
    assert cli_main([*base, "suggest", client_id]) == 0
    assert "past bij: schulden" in capsys.readouterr().out
    assert cli_main([*base, "socialmap", "search", "", "--max-km", "2"]) == 2
    assert "--postcode" in capsys.readouterr().err
    code = cli_main([*base, "socialmap", "search", "", "--postcode", "1000 AA", "--max-km", "2"])
    assert code == 4
    assert "geen locatie" in capsys.readouterr().err


def test_an_own_entry_is_suggested_through_a_real_intake_and_says_eigen_aanbod(mapped, client_id):
    from dataclasses import replace

    from tests.unit.socialmap.test_own_validate import WANDEL

    own_id = mapped.socialmap.own.save(replace(WANDEL, postal_code="9997 AB", city="Demodorp"))
    _intake(mapped, client_id, {"meedoen.ontmoeting.zr": 1})
    found = mapped.socialmap.suggest(client_id, limit=200, today=TODAY)
    own = [s for s in found if s.service_id == own_id]
    assert own, "the POH's own walking club is not suggested for loneliness"
    assert own[0].reasons[-1] == "eigen aanbod"
    assert all("eigen aanbod" not in s.reasons for s in found if s.service_id != own_id)
