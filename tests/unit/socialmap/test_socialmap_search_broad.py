"""The broad-query path and the search helper tables: same answers as bm25, bounded work."""

from __future__ import annotations

from datetime import date

import pytest

import pohsd.socialmap.search_broad as broad
import pohsd.socialmap.suggest as suggest_module
from pohsd.security.secret import SecretKey
from pohsd.socialmap.generation import build_generation, open_generation, write_services
from pohsd.socialmap.geo import Centroids
from pohsd.socialmap.search import search
from pohsd.socialmap.search_index import has_search_extras, name_key, refresh_search_extras
from pohsd.socialmap.suggest import ClientPlace, Need, suggest
from tests.unit.socialmap.test_socialmap_search import _svc, services
from tests.unit.socialmap.test_socialmap_suggest import services as suggest_services


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    key = SecretKey.generate()
    info = build_generation(tmp_path_factory.mktemp("map"), key, services())
    c = open_generation(info.path, key)
    yield c
    c.close()


@pytest.fixture
def always_broad(monkeypatch):
    monkeypatch.setattr(broad, "BROAD_POSTINGS", -1)


def ids(hits):
    return [h.service_id for h in hits]


def test_small_queries_stay_on_bm25_and_broad_ones_switch(con, monkeypatch):
    assert has_search_extras(con)
    assert not broad.is_broad(con, ["schulden"])
    monkeypatch.setattr(broad, "BROAD_POSTINGS", 1)
    assert broad.is_broad(con, ["schulden"])
    assert not broad.is_broad(con, ["zzzz"])  # no postings at all


@pytest.mark.usefixtures("always_broad")
def test_dutch_relevance_on_the_broad_path(con):
    found = ids(search(con, "schulden"))
    assert {"s1", "s11"} <= set(found)
    assert "s10" not in found  # inactive
    assert ids(search(con, "huurachterstand"))[0] == "s2"
    assert {"s3", "s15"} <= set(ids(search(con, "eenzaam")))
    assert ids(search(con, "taal"))[0] == "s4"
    assert ids(search(con, "cafe")) == ["s5"]
    assert ids(search(con, "CAFÉ")) == ["s5"]
    assert ids(search(con, "taalcafe")) == ["s4"]
    assert ids(search(con, "Taalcafé De"))[0] == "s4"
    assert ids(search(con, "koffie"))[0] == "s3"  # name match before description match


@pytest.mark.usefixtures("always_broad")
def test_broad_hit_fields(con):
    hit = next(h for h in search(con, "schuldhulpverlening") if h.service_id == "s11")
    assert hit.organization_name == "Gemeente Voorbeeldstad"
    assert hit.topics == ("geld.schulden",)
    assert hit.toegang == ("beschikking",)
    assert "Schuldregeling" in hit.snippet
    assert hit.score > 0


FILTERS = [
    {},
    {"topic": "geld"},
    {"topic": "geld.schulden"},
    {"topic": "gel"},
    {"toegang": "beschikking"},
    {"toegang": "vrij"},
    {"postcode4": "3581"},
    {"postcode4": "1011"},
    {"age": 15},
    {"age": 70},
    {"language": "ar"},
    {"language": "AR"},
    {"free": True},
    {"free": False},
    {"weekday": "WE"},
    {"weekday": 1},
]


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("text", ["wijkwerk", "een", "s", "koffie", "schuld", "hulp bij"])
def test_broad_path_keeps_the_same_set_as_bm25(con, monkeypatch, text, filters):
    narrow = set(ids(search(con, text, limit=200, **filters)))
    monkeypatch.setattr(broad, "BROAD_POSTINGS", -1)
    assert set(ids(search(con, text, limit=200, **filters))) == narrow


def test_quality_cut_never_drops_an_exact_name_match(tmp_path, monkeypatch):
    fresh = [
        _svc(f"k{n}", f"Koffie en praat {n}", "Koffie in de wijk.", ["meedoen.ontmoeting"],
             assured_date="2026-11-01")
        for n in range(40)
    ]  # fmt: skip
    exact = _svc("exact", "Koffie", "Koffie.", ["meedoen.ontmoeting"], assured_date="2019-01-01")
    starts = _svc("starts", "Koffieochtend", "Ook koffie.", ["meedoen.ontmoeting"],
                  assured_date="2018-01-01")  # fmt: skip
    key = SecretKey.generate()
    info = build_generation(tmp_path, key, [*fresh, starts, exact])
    con = open_generation(info.path, key)
    try:
        monkeypatch.setattr(broad, "BROAD_POSTINGS", -1)
        monkeypatch.setattr(broad, "NAME_POOL", 5)  # far fewer than the 42 name matches
        order = con.execute("SELECT service_id FROM service_rank ORDER BY qrank").fetchall()
        assert {r[0] for r in order[-2:]} == {"exact", "starts"}  # checked longest ago: last
        top = ids(search(con, "koffie", limit=10))
        assert top[0] == "exact"
        assert len(top) == 10  # the cut pool is filled from the other matches
        monkeypatch.setattr(broad, "NAME_POOL", 300)
        assert ids(search(con, "koffie", limit=10))[:2] == ["exact", "starts"]  # short name
        assert ids(search(con, "Koffie", limit=1)) == ["exact"]
    finally:
        con.close()


def test_name_key_folds_like_the_index():
    assert name_key("Taalcafé De Brug!") == "taalcafe de brug"
    assert name_key(None) == ""


def test_refresh_covers_services_appended_by_a_sync(tmp_path, monkeypatch):
    key = SecretKey.generate()
    info = build_generation(tmp_path, key, services())
    con = open_generation(info.path, key)
    try:
        late = _svc("late", "Schuldenwinkel laat", "Nieuw.", ["geld.schulden"])
        con.execute("BEGIN IMMEDIATE")
        top = con.execute("SELECT max(rid) FROM services").fetchone()[0]
        write_services(con, [{**late, "_postcode4": []}], top + 1)
        con.execute("COMMIT")
        assert not has_search_extras(con)  # stale: the bm25 path answers, still correct
        monkeypatch.setattr(broad, "BROAD_POSTINGS", -1)
        assert "late" in ids(search(con, "schuldenwinkel"))
        con.execute("BEGIN IMMEDIATE")
        assert refresh_search_extras(con) == 1
        con.execute("COMMIT")
        assert has_search_extras(con)
        assert broad.is_broad(con, ["schuldenwinkel"])
        assert ids(search(con, "schuldenwinkel"))[0] == "late"
    finally:
        con.close()


def test_suggestions_from_the_summary_equal_the_joined_path(tmp_path, monkeypatch):
    key = SecretKey.generate()
    info = build_generation(tmp_path, key, suggest_services())
    con = open_generation(info.path, key)
    try:
        centroids = Centroids.from_connection(con)
        place = ClientPlace(postcode="9997 XY", city="Demodorp", age=45, language="ar")
        needs = [
            Need("geld.schulden", "Schulden", priority=1),
            Need("meedoen.ontmoeting", "Ontmoeting en eenzaamheid", zr=2),
        ]
        origin = centroids.origin(place.postcode, place.city)

        def run():
            return suggest(con, needs, place, origin=origin, today=date(2026, 12, 1), limit=20)

        assert centroids == Centroids.from_connection(con, stored=False)  # stored at build
        assert centroids.points
        fast = run()
        assert fast
        monkeypatch.setattr(suggest_module, "has_search_extras", lambda c: False)
        assert run() == fast
        assert any("spreekt Arabisch" in s.reasons for s in fast)  # names, not codes
    finally:
        con.close()
