"""Suggestions and distances over a built generation: order, hard filters and Dutch reasons."""

from __future__ import annotations

from datetime import date

import pytest

from pohsd.security.secret import SecretKey
from pohsd.socialmap.generation import build_generation, open_generation
from pohsd.socialmap.geo import Centroids, format_km, haversine_km, postcode4
from pohsd.socialmap.search import search
from pohsd.socialmap.suggest import ClientPlace, Need, suggest

TODAY = date(2026, 12, 1)
# Two points in the invented town "Demodorp": PC4 9997 in the centre, 9998 two km north-east.
CENTRE = (53.0000, 6.0000)
NORTH = (53.0150, 6.0150)


def _loc(lat: float, lon: float, postcode: str, city: str = "Demodorp") -> dict:
    return {
        "location": {
            "id": f"loc-{postcode}-{lat}",
            "latitude": lat,
            "longitude": lon,
            "addresses": [{"address_1": "Plein 1", "postal_code": postcode, "city": city}],
        }
    }


def _svc(sid, topics, toegang="vrij", where=(CENTRE, "9997 AA"), **extra) -> dict:
    attrs = [
        {"taxonomy_term": {"code": c, "name": c, "taxonomy": "nl-leefgebieden"}} for c in topics
    ]
    attrs.append({"taxonomy_term": {"code": toegang, "name": toegang, "taxonomy": "nl-toegang"}})
    svc = {
        "id": sid,
        "name": f"Dienst {sid}",
        "description": "Hulp in de wijk.",
        "status": "active",
        "assured_date": "2026-06-01",
        "organization": {"id": "org-1", "name": "Wijkwerk"},
        "attributes": attrs,
    }
    if where:
        (lat, lon), pc = where
        svc["service_at_locations"] = [_loc(lat, lon, pc)]
    svc.update(extra)
    return svc


def services() -> list[dict]:
    return [
        _svc("basis", ["geld.schulden"], "aanmelding"),
        _svc("formeel", ["geld.schulden"], "beschikking"),
        _svc("domein", ["geld"], "vrij"),
        _svc("ver", ["geld.schulden"], "aanmelding", where=(NORTH, "9998 BB")),
        _svc("elders", ["geld.schulden"], service_areas=[
            {"extent_type": "postcode4", "extent": "1234"}]),
        _svc("wijk", ["geld.schulden"], service_areas=[
            {"extent_type": "postcode4", "extent": "9997,9998"}]),
        _svc("weg", ["geld.schulden"], status="inactive"),
        _svc("dicht", ["geld.schulden"], status="temporarily closed"),
        _svc("oud", ["geld.schulden"], assured_date="2024-03-01"),
        _svc("jeugd", ["geld.schulden"], minimum_age=12, maximum_age=23),
        _svc("vol", ["geld.schulden"], service_capacity=[{"available": 0, "maximum": 10}]),
        _svc("arabisch", ["meedoen.ontmoeting"], languages=[{"code": "ar", "name": "Arabisch"}]),
        _svc("koffie", ["meedoen.ontmoeting"], fees_description="Gratis"),
        _svc("online", ["meedoen.ontmoeting"], where=None),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    key = SecretKey.generate()
    info = build_generation(tmp_path_factory.mktemp("map"), key, services())
    c = open_generation(info.path, key)
    yield c
    c.close()


@pytest.fixture(scope="module")
def centroids(con):
    return Centroids.from_connection(con)


PLACE = ClientPlace(postcode="9997 XY", city="Demodorp", age=45, language="ar")
SCHULDEN = Need("geld.schulden", "Schulden", priority=1)
ONTMOETING = Need("meedoen.ontmoeting", "Ontmoeting en eenzaamheid", zr=2)


def _run(con, centroids, needs, place=PLACE, **kw):
    origin = centroids.origin(place.postcode, place.city)
    return suggest(con, needs, place, origin=origin, today=TODAY, **kw)


def test_haversine_and_dutch_km_text():
    # Utrecht Dom → Amsterdam Dam is about 35 km as the crow flies
    assert 34 < haversine_km(52.0908, 5.1222, 52.3731, 4.8926) < 37
    assert haversine_km(*CENTRE, *CENTRE) == 0
    assert format_km(1.234) == "1,2 km"
    assert format_km(0.04) == "0,0 km"
    assert format_km(12.6) == "13 km"
    assert postcode4("3563 CB") == "3563"
    assert postcode4("CB 3563") is None


def test_centroids_come_from_the_maps_locations(centroids):
    origin = centroids.origin("9998 ZZ")
    assert origin is not None
    assert origin.postcode4 == "9998"
    assert (round(origin.latitude, 4), round(origin.longitude, 4)) == NORTH
    # an unknown PC4 in a known place falls back to the nearest known PC4 of that place
    fallback = centroids.origin("9999 AA", "demodorp")
    assert fallback is not None
    assert fallback.postcode4 == "9998"
    assert centroids.origin("1000 AA", "Elders") is None
    assert centroids.origin("", "Demodorp") is None


def test_search_distance_filter_and_reason(con, centroids):
    origin = centroids.origin("9997")
    near = search(con, "", origin=origin, max_km=1.0)
    ids = {h.service_id for h in near}
    assert "basis" in ids
    assert "ver" not in ids
    assert "online" not in ids  # without a known position, never "within 1 km"
    wide = {h.service_id for h in search(con, "", origin=origin, max_km=3.0)}
    assert "ver" in wide


def test_need_order_first_then_sociale_basis_before_formal(con, centroids):
    found = _run(con, centroids, [SCHULDEN, ONTMOETING], limit=50)
    needs = [s.need for s in found]
    assert needs == sorted(needs, key=["geld.schulden", "meedoen.ontmoeting"].index)
    order = [s.service_id for s in found if s.need == "geld.schulden"]
    assert order.index("basis") < order.index("formeel")
    assert order.index("basis") < order.index("domein")  # the exact topic over its domain
    assert order.index("basis") < order.index("ver")  # nearer first
    scores = [s.score for s in found]
    assert scores == sorted(scores, reverse=True)


def test_an_open_signal_makes_the_route_neutral(con, centroids):
    calm = [s.service_id for s in _run(con, centroids, [SCHULDEN], limit=50)]
    urgent_need = Need("geld.schulden", "Schulden", signal=True)
    urgent = _run(con, centroids, [urgent_need], limit=50)
    assert urgent[0].reasons[1] == "open signaal"
    gap_calm = calm.index("formeel") - calm.index("basis")
    ranked = [s.service_id for s in urgent]
    assert ranked.index("formeel") - ranked.index("basis") < gap_calm


def test_hard_filters_withdrawn_age_and_area(con, centroids):
    ids = {s.service_id for s in _run(con, centroids, [SCHULDEN], limit=50)}
    assert "weg" not in ids  # withdrawn
    assert "jeugd" not in ids  # 45 is outside 12–23
    assert "elders" not in ids  # limited to PC4 1234
    assert {"wijk", "basis", "dicht"} <= ids
    young = ClientPlace(postcode="9997 XY", city="Demodorp", age=19)
    assert "jeugd" in {s.service_id for s in _run(con, centroids, [SCHULDEN], young, limit=50)}


def test_reasons_tell_what_the_map_knows(con, centroids):
    found = {s.service_id: s for s in _run(con, centroids, [SCHULDEN, ONTMOETING], limit=50)}
    basis = found["basis"]
    assert basis.reasons[:2] == ("past bij: schulden", "prioriteit 1")
    assert "0,0 km" in basis.reasons
    assert "aanmelding nodig" in basis.reasons
    assert basis.distance_km is not None
    assert basis.distance_km < 0.1
    assert "in uw wijk" in found["wijk"].reasons
    assert "wachtlijst" in found["vol"].reasons
    assert "tijdelijk gesloten" in found["dicht"].reasons
    assert "niet gecontroleerd sinds 2024" in found["oud"].reasons
    assert "beschikking nodig" in found["formeel"].reasons
    assert "spreekt Arabisch" in found["arabisch"].reasons
    assert "gratis" in found["koffie"].reasons
    assert found["online"].distance_km is None
    assert not any(r.endswith("km") for r in found["online"].reasons)
    closed = [s.service_id for s in found.values() if s.need == "geld.schulden"]
    assert closed.index("dicht") > closed.index("basis")


def test_home_language_lifts_a_service_that_speaks_it(con, centroids):
    found = [s.service_id for s in _run(con, centroids, [ONTMOETING], limit=10)]
    assert found[0] == "arabisch"
    dutch = ClientPlace(postcode="9997 XY", city="Demodorp", age=45)
    plain = [s.service_id for s in _run(con, centroids, [ONTMOETING], dutch, limit=10)]
    assert plain.index("arabisch") > plain.index("koffie")


def test_each_need_gets_room_and_limit_holds(con, centroids):
    found = _run(con, centroids, [SCHULDEN, ONTMOETING], limit=6)
    assert len(found) == 6
    assert {s.need for s in found} == {"geld.schulden", "meedoen.ontmoeting"}
    assert _run(con, centroids, [], limit=6) == []
    favourite = _run(con, centroids, [ONTMOETING], limit=10, favourites=frozenset({"koffie"}))
    assert "favoriet" in next(s for s in favourite if s.service_id == "koffie").reasons
