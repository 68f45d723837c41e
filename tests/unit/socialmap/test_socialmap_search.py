"""Search over a built sociale-kaart generation: Dutch relevance, filters and safe MATCH."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pohsd.security.secret import SecretKey
from pohsd.socialmap.generation import build_generation, open_generation
from pohsd.socialmap.search import match_expression, search


def _svc(sid, name, description, topics, toegang="vrij", org="Wijkwerk Noord", **extra):
    attrs = [
        {"taxonomy_term": {"code": code, "name": code, "taxonomy": "nl-leefgebieden"}}
        for code in topics
    ]
    attrs.append({"taxonomy_term": {"code": toegang, "name": toegang, "taxonomy": "nl-toegang"}})
    svc = {
        "id": sid,
        "name": name,
        "description": description,
        "status": "active",
        "organization": {"id": "org-" + org, "name": org},
        "attributes": attrs,
    }
    svc.update(extra)
    return svc


def services() -> list[dict]:
    week = [{"byday": "MO,WE"}]
    return [
        _svc("s1", "Schuldhulpmaatje", "Een vrijwilliger helpt u met uw schuld en post.",
             ["geld.schulden"], cost_options=[{"amount": 0, "currency": "EUR"}]),
        _svc("s2", "Huurachterstanden aanpakken", "Samen met de verhuurder een regeling treffen.",
             ["wonen.huisuitzetting"], toegang="aanmelding"),
        _svc("s3", "Koffieochtend tegen eenzaamheid", "Elke week koffie in het buurthuis.",
             ["meedoen.ontmoeting"], schedules=week, fees_description="Gratis"),
        _svc("s4", "Taalcafé De Brug", "Oefen Nederlandse taal in een ontspannen sfeer.",
             ["meedoen.taal"], languages=[{"code": "nl"}, {"code": "AR"}]),
        _svc("s5", "Buurtcafé Zuid: het café voor iedereen", "Een kop koffie en een praatje.",
             ["meedoen.ontmoeting"],
             service_areas=[{"extent_type": "postcode4", "extent": "3581, 3582"}]),
        _svc("s6", "Budgetcursus", "Leer rondkomen met een klein inkomen.", ["geld.rondkomen"],
             cost_options=[{"amount": 25, "currency": "EUR"}]),
        _svc("s7", "Jongerenwerk", "Activiteiten voor jongeren.", ["meedoen.dagbesteding"],
             minimum_age=12, maximum_age=23),
        _svc("s8", "Seniorenbeweegclub", "Samen bewegen voor ouderen.", ["meedoen.sport"],
             minimum_age=65),
        _svc("s9", "GGZ-behandeling", "Behandeling van psychische klachten.",
             ["gezondheid.psychisch"], toegang="verwijzing-zorg"),
        _svc("s10", "Oude schuldwinkel", "Opgeheven schuldhulp.", ["geld.schulden"],
             status="inactive"),
        _svc("s11", "Schuldhulpverlening gemeente", "Schuldregeling via de gemeente.",
             ["geld.schulden"], toegang="beschikking", org="Gemeente Voorbeeldstad"),
        _svc("s12", "Mantelzorgsteunpunt", "Ondersteuning en respijt voor mantelzorgers.",
             ["gezondheid.mantelzorg"], schedules=[{"byday": "TU"}]),
        _svc("s13", "Formulierenbrigade", "Hulp bij formulieren en toeslagen.",
             ["geld.administratie", "geld.regelingen"]),
        _svc("s14", "Voedselbank", "Voedselpakketten voor huishoudens met weinig geld.",
             ["geld.voedsel"], status="defunct"),
        _svc("s15", "Eenzaam? Bel de Luisterlijn", "Een luisterend oor, dag en nacht.",
             ["gezondheid.psychisch"], phones=[{"number": "0900 0767"}]),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    folder = tmp_path_factory.mktemp("map")
    key = SecretKey.generate()
    info = build_generation(folder, key, services())
    c = open_generation(info.path, key)
    yield c
    c.close()


def ids(hits):
    return [h.service_id for h in hits]


def test_schulden_finds_schuld_via_stem(con):
    hits = search(con, "schulden")
    assert "s1" in ids(hits)
    assert "s11" in ids(hits)
    assert "s10" not in ids(hits)  # inactive excluded


def test_huurachterstand_matches_plural(con):
    assert ids(search(con, "huurachterstand"))[0] == "s2"


def test_eenzaam_matches_eenzaamheid_and_name_ranks_first(con):
    found = ids(search(con, "eenzaam"))
    assert set(found) >= {"s3", "s15"}


def test_taal_and_diacritics(con):
    assert ids(search(con, "taal"))[0] == "s4"
    assert ids(search(con, "cafe")) == ["s5"]
    assert ids(search(con, "CAFÉ")) == ["s5"]
    assert ids(search(con, "taalcafe")) == ["s4"]
    assert ids(search(con, "Taalcafé De")) == ["s4"]


def test_name_outweighs_description(con):
    hits = search(con, "koffie")
    assert ids(hits)[0] == "s3"  # "Koffieochtend" in the name (prefix) beats description only
    assert hits[0].score > 0


def test_hit_fields(con):
    hit = next(h for h in search(con, "schuldhulpverlening") if h.service_id == "s11")
    assert hit.organization_name == "Gemeente Voorbeeldstad"
    assert hit.topics == ("geld.schulden",)
    assert hit.toegang == ("beschikking",)
    assert "Schuldregeling" in hit.snippet


def test_topic_filter_matches_sub_codes(con):
    assert set(ids(search(con, "", topic="geld"))) == {"s1", "s6", "s11", "s13"}
    assert set(ids(search(con, "", topic="geld.schulden"))) == {"s1", "s11"}
    assert search(con, "", topic="gel") == []  # no partial code match


def test_toegang_filter(con):
    assert ids(search(con, "schuld", toegang="beschikking")) == ["s11"]
    assert set(ids(search(con, "", toegang="verwijzing-zorg"))) == {"s9"}


def test_postcode_filter_keeps_unlimited_services(con):
    near = ids(search(con, "koffie", postcode4="3581"))
    assert "s5" in near
    far = ids(search(con, "koffie", postcode4="1011"))
    assert "s5" not in far
    assert "s3" in far  # no area limit


def test_age_language_free_weekday_filters(con):
    assert "s7" in ids(search(con, "", age=15))
    assert "s7" not in ids(search(con, "", age=30))
    assert "s8" not in ids(search(con, "", age=30))
    assert "s8" in ids(search(con, "", age=70))
    assert ids(search(con, "", language="ar")) == ["s4"]
    assert set(ids(search(con, "", free=True))) == {"s1", "s3"}
    assert ids(search(con, "", free=False)) == ["s6"]
    assert ids(search(con, "", weekday="WE")) == ["s3"]
    assert ids(search(con, "", weekday=1)) == ["s12"]  # Tuesday


def test_empty_text_lists_active_by_name(con):
    names = [h.name for h in search(con, "   ")]
    assert names == sorted(names, key=str.casefold)
    assert len(names) == 13
    assert len(search(con, "", limit=3)) == 3


@pytest.mark.parametrize(
    "text", ['"', "a OR b", "NEAR(a b)", "name:schuld", "*", "-x", "^a", "a AND", "(", "{x}:y"]
)
def test_fts_syntax_is_quoted(con, text):
    assert isinstance(search(con, text), list)


def test_match_expression_quotes_every_token():
    expr = match_expression("schuld OR huur")
    assert expr is not None
    assert ' "or"' in expr
    assert match_expression("!!! ...") is None


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_random_text_never_raises(con, text):
    hits = search(con, text)
    assert all(h.service_id for h in hits)


def test_real_feed_searches(shared_dir: Path, tmp_path):
    data = json.loads((shared_dir / "socialmap/utrecht-overvecht/services.json").read_text("utf-8"))
    key = SecretKey.generate()
    info = build_generation(tmp_path, key, data)
    c = open_generation(info.path, key)
    try:
        active = sum(1 for s in data if s["status"] not in ("inactive", "defunct"))
        assert len(search(c, "", limit=200)) == active
        hits = search(c, "schulden")
        assert hits
        assert all(h.service_id for h in hits)
        assert any("geld.schulden" in h.topics for h in hits[:5])
        for hit in search(c, "", topic="geld", limit=200):
            assert any(t == "geld" or t.startswith("geld.") for t in hit.topics)
        first = data[0]
        assert first["id"] in ids(search(c, first["name"]))
    finally:
        c.close()


def test_filters_that_eat_the_ranked_pool_fall_back_to_all_matches(tmp_path, monkeypatch):
    import pohsd.socialmap.search as search_module

    many = [
        _svc(f"k{i}", f"Koffie en koffie {i}", "Koffie in de wijk.", ["meedoen.ontmoeting"])
        for i in range(30)
    ]
    rare = _svc("late", "Wijkspreekuur", "Ook koffie.", ["meedoen.ontmoeting"],
                toegang="beschikking")  # fmt: skip
    key = SecretKey.generate()
    info = build_generation(tmp_path, key, [*many, rare])
    con = open_generation(info.path, key)
    try:
        monkeypatch.setattr(search_module, "POOL", 2)  # ranked pool: max(2, 10 × limit)
        top = search(con, "koffie", limit=1)
        assert top[0].service_id.startswith("k")  # the name matches rank first
        hits = search(con, "koffie", toegang="beschikking", limit=1)
        assert [h.service_id for h in hits] == ["late"]  # outside the first 10 ranked matches
    finally:
        con.close()
