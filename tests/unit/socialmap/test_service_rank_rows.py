"""Oracle: every service_rank row equals values recomputed by SQL from the filter tables."""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from pohsd.demo import DEMO_MAP
from pohsd.security.secret import SecretKey
from pohsd.socialmap.fullimport import build_checked
from pohsd.socialmap.generation import (
    delete_services,
    open_generation,
    write_services,
)
from pohsd.socialmap.package import read_package, stage_package
from pohsd.socialmap.search_index import has_search_extras, name_key, refresh_search_extras
from pohsd.socialmap.storage import load_service

OVERVECHT = Path(__file__).resolve().parents[4] / "shared" / "socialmap" / "utrecht-overvecht"
COLUMNS = (
    "rid", "service_id", "name_key", "status", "min_age", "max_age", "free", "codes", "topics",
    "toegang", "languages", "days", "areas", "assured_date", "cities", "geo", "waitlist",
)  # fmt: skip
Row = tuple[Any, ...]


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-9000-{n:012d}"


# ---------------------------------------------------------------- the oracle


def _spaced(values: list[Any]) -> str:
    """Values as " a b ": sorted, distinct, non-empty, a space around each; " " when none."""
    distinct = sorted({str(v) for v in values if v})
    return " " + " ".join(distinct) + " " if distinct else " "


def _grouped(con: sqlcipher3.Connection, sql: str) -> dict[str, list[Any]]:
    """service_id → values (the rest of each row), in the order the query gives them."""
    out: dict[str, list[Any]] = defaultdict(list)
    for sid, *rest in con.execute(sql):
        out[sid].append(rest[0] if len(rest) == 1 else tuple(rest))
    return out


def oracle(con: sqlcipher3.Connection) -> dict[str, Row]:
    """The service_rank row of every service (without qrank), recomputed from the other tables."""
    term = "SELECT service_id, term_code FROM service_term WHERE "
    codes = _grouped(con, term + "taxonomy IS NOT 'nl-toegang'")
    topics = _grouped(con, term + "taxonomy = 'nl-leefgebieden'")
    toegang = _grouped(con, term + "taxonomy = 'nl-toegang'")
    languages = _grouped(con, "SELECT service_id, code FROM languages")
    days = _grouped(con, "SELECT service_id, day FROM service_weekday")
    areas = _grouped(con, "SELECT service_id, postcode4 FROM service_postcode4")
    cities = _grouped(con, "SELECT service_id, city FROM locations")
    geo = _grouped(
        con,
        "SELECT service_id, latitude, longitude FROM locations"
        " WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY rowid",
    )
    waiting = {
        sid for (sid,) in con.execute("SELECT service_id FROM capacity WHERE available <= 0")
    }
    names = dict(con.execute("SELECT rid, name FROM search_text"))
    out = {}
    services = con.execute(
        "SELECT rid, id, status, min_age, max_age, free, assured_date FROM services"
    )
    for rid, sid, status, min_age, max_age, free, assured in services:
        folded = sorted({c.strip().casefold() for c in cities[sid] if c and c.strip()})
        out[sid] = (
            rid, sid, name_key(names[rid]), status, min_age, max_age, free,
            _spaced(codes[sid]), _spaced(topics[sid]), _spaced(toegang[sid]),
            _spaced(languages[sid]), _spaced(days[sid]), _spaced(areas[sid]), assured,
            "|" + "|".join(folded) + "|" if folded else "|",
            ";".join(f"{lat!r} {lon!r}" for lat, lon in geo[sid]), int(sid in waiting),
        )  # fmt: skip
    return out


def rank_rows(con: sqlcipher3.Connection) -> dict[str, Row]:
    rows = con.execute(f"SELECT {', '.join(COLUMNS)} FROM service_rank").fetchall()
    out = {row[1]: tuple(row) for row in rows}
    assert len(out) == len(rows)  # one row per service
    return out


def assert_rows_match(con: sqlcipher3.Connection) -> dict[str, Row]:
    expected, got = oracle(con), rank_rows(con)
    assert set(got) == set(expected)
    for sid, row in expected.items():
        assert dict(zip(COLUMNS, got[sid], strict=True)) == dict(zip(COLUMNS, row, strict=True))
    return got


def _class(status: str) -> int:
    return 2 if status in ("inactive", "defunct") else 1 if status == "temporarily closed" else 0


def quality_order(rows: list[tuple[int, str, str | None]]) -> list[int]:
    """rids of (rid, status, assured_date) in the static quality order, by stable sorts."""
    ordered = sorted(rows)  # ties: feed order (rid)
    ordered.sort(key=lambda r: r[2] or "", reverse=True)  # newest check first (stable)
    ordered.sort(key=lambda r: (_class(r[1]), not r[2]))  # status class; undated after dated
    return [r[0] for r in ordered]


def assert_quality_order(con: sqlcipher3.Connection) -> None:
    rows = con.execute("SELECT qrank, rid, status, assured_date FROM service_rank ORDER BY qrank")
    ranked = rows.fetchall()
    assert [r[0] for r in ranked] == list(range(1, len(ranked) + 1))
    assert [r[1] for r in ranked] == quality_order([r[1:] for r in ranked])
    classes = [_class(r[2]) for r in ranked]
    assert classes == sorted(classes)  # open, then temporarily closed, then withdrawn


# ---------------------------------------------------------------- maps


def _location(base: dict[str, Any], n: int, city: Any, lat: Any, lon: Any) -> dict[str, Any]:
    sal = copy.deepcopy(base)
    loc = sal["location"]
    sal["id"], loc["id"], sal["location_id"] = _uuid(900 + n), _uuid(800 + n), _uuid(800 + n)
    loc["name"] = f"Locatie {n}"
    for key, value in (("latitude", lat), ("longitude", lon)):
        if value is None:
            loc.pop(key, None)
        else:
            loc[key] = value
    for addr in loc["addresses"]:
        addr.update(id=_uuid(700 + n), location_id=loc["id"], city=city)
    if city is None:
        loc["addresses"] = []  # no address, so no city
    return sal


def variants(demo: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Demo services changed to cover what the demo map itself lacks."""
    base = next(s for s in demo if s.get("capacities"))
    sal = base["service_at_locations"][0]
    out = []

    def make(n: int, **changes: Any) -> dict[str, Any]:
        svc = copy.deepcopy(base)
        svc.update(id=_uuid(n), name=f"Variant {n} {svc['name']}")
        for key, value in changes.items():
            if value is None:
                svc.pop(key, None)
            else:
                svc[key] = value
        for item in svc.get("capacities") or []:
            item["service_id"] = svc["id"]
        out.append(svc)
        return svc

    make(1, status="inactive", assured_date=None)
    make(2, status="defunct", assured_date="2020-01-01")
    make(3, status="temporarily closed", assured_date=None)
    make(4, assured_date=None)
    make(5, assured_date=None)  # undated tie: rid order
    make(6, assured_date=base["assured_date"])  # dated tie with the demo service
    make(7, status="temporarily closed", assured_date="2030-01-01")
    make(8, alternate_name="Eten  Uitdelen!", service_at_locations=[
        _location(sal, 1, "  LINDENHOF-Noord ", 52, 6.5),
        _location(sal, 2, None, None, 6.1),  # no latitude: no position
        _location(sal, 3, "demodorp", 52.123456789, -0.1),
        _location(sal, 4, "Demodorp", 52.9, 6.2),
        _location(sal, 5, "   ", 51.0, 5.0),  # blank city: no city
    ])  # fmt: skip
    make(9, service_at_locations=[], languages=[
        {**base["languages"][0], "id": _uuid(500 + i), "service_id": _uuid(9), "code": code}
        for i, code in enumerate(["AR", "ar", "Nl"])
    ])  # fmt: skip
    make(10, capacities=[
        {**base["capacities"][0], "available": 0},
        {**base["capacities"][0], "available": 4},
    ])  # fmt: skip
    make(11, capacities=[{**base["capacities"][0], "available": -2}])
    make(12, schedules=[{**base["schedules"][0], "byday": "MO,-1FR,TU"}], attributes=[
        a for a in base["attributes"] if a["taxonomy_term"].get("taxonomy") != "nl-toegang"
    ])  # fmt: skip
    make(13, minimum_age=18, maximum_age=67, fees_description="Gratis", cost_options=[],
         capacities=[{**base["capacities"][0], "available": 5}])  # fmt: skip
    loose = copy.deepcopy(base["attributes"][0])  # a term outside any taxonomy: a code
    loose["taxonomy_term"] = {
        k: v for k, v in loose["taxonomy_term"].items() if k not in ("taxonomy", "taxonomy_detail")
    }
    loose["taxonomy_term"].update(id=_uuid(300), code="eigen.los")
    loose.update(id=_uuid(301), taxonomy_term_id=_uuid(300))
    make(14, attributes=[*base["attributes"], loose])
    for i, svc in enumerate(out):
        for j, cap in enumerate(svc.get("capacities") or []):
            cap["id"] = _uuid(400 + 10 * i + j)
    return out


def _build(folder: Path, which: str) -> tuple[Path, SecretKey]:
    key = SecretKey.generate()
    if which == "varied":
        demo = read_package(DEMO_MAP)
        built = build_checked(folder, key, services=demo + variants(demo))
        assert built.skipped == []
        assert built.info.count == len(demo) + 14
    else:
        source = DEMO_MAP if which == "demo" else OVERVECHT / "datapackage"
        if not source.is_dir():
            pytest.skip("../shared is not present")
        built = build_checked(folder, key, stage=lambda con: stage_package(source, con))
    return built.info.path, key


@pytest.fixture(scope="module")
def maps(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, sqlcipher3.Connection]]:
    """Generations built once per module, opened on first use."""
    opened: dict[str, sqlcipher3.Connection] = {}
    yield opened
    for con in opened.values():
        con.close()


def _open(maps: dict[str, sqlcipher3.Connection], which: str, tmp: Path) -> sqlcipher3.Connection:
    if which not in maps:
        path, key = _build(tmp / which, which)
        maps[which] = open_generation(path, key)
    return maps[which]


@pytest.fixture(params=["demo", "varied", "overvecht"])
def generation(
    request: pytest.FixtureRequest,
    maps: dict[str, sqlcipher3.Connection],
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[str, sqlcipher3.Connection]:
    return request.param, _open(maps, request.param, tmp_path_factory.getbasetemp())


@pytest.fixture
def varied(
    maps: dict[str, sqlcipher3.Connection], tmp_path_factory: pytest.TempPathFactory
) -> sqlcipher3.Connection:
    return _open(maps, "varied", tmp_path_factory.getbasetemp())


# ---------------------------------------------------------------- tests


def test_every_rank_row_equals_the_oracle(generation: tuple[str, sqlcipher3.Connection]) -> None:
    which, con = generation
    assert has_search_extras(con)
    rows = assert_rows_match(con)
    assert len(rows) == con.execute("SELECT count(*) FROM services").fetchone()[0] > 10
    # the maps exercise the columns: not every value is the empty default
    for column in ("codes", "topics", "toegang", "languages", "days", "geo", "cities"):
        at = COLUMNS.index(column)
        assert any(r[at] not in (" ", "|", "") for r in rows.values()), column
    if which != "overvecht":
        assert any(r[COLUMNS.index("waitlist")] == 0 for r in rows.values())


def test_the_varied_rows_say_what_the_feed_says(varied: sqlcipher3.Connection) -> None:
    rows = {sid: dict(zip(COLUMNS, r, strict=True)) for sid, r in rank_rows(varied).items()}
    cities = rows[_uuid(8)]
    assert cities["cities"] == "|demodorp|lindenhof-noord|"
    assert cities["geo"] == "52.0 6.5;52.123456789 -0.1;52.9 6.2;51.0 5.0"
    assert cities["name_key"].endswith("eten uitdelen")  # the alternate name is searched too
    assert rows[_uuid(9)]["languages"] == " ar nl "
    assert (rows[_uuid(9)]["cities"], rows[_uuid(9)]["geo"]) == ("|", "")
    assert [rows[_uuid(n)]["waitlist"] for n in (10, 11, 13)] == [1, 1, 0]
    assert rows[_uuid(12)]["days"] == " FR MO TU "
    assert rows[_uuid(12)]["toegang"] == " "
    assert rows[_uuid(12)]["codes"] == rows[_uuid(12)]["topics"] != " "
    assert (rows[_uuid(13)]["min_age"], rows[_uuid(13)]["max_age"]) == (18, 67)
    assert " eigen.los " in rows[_uuid(14)]["codes"]
    assert " eigen.los " not in rows[_uuid(14)]["topics"] + rows[_uuid(14)]["toegang"]
    assert rows[_uuid(13)]["free"] == 1


def test_qrank_is_the_static_quality_order(generation: tuple[str, sqlcipher3.Connection]) -> None:
    which, con = generation
    assert_quality_order(con)
    statuses = {r[0] for r in con.execute("SELECT DISTINCT status FROM service_rank")}
    if which == "varied":
        assert {"active", "temporarily closed", "inactive", "defunct"} <= statuses
        order = [r[0] for r in con.execute("SELECT service_id FROM service_rank ORDER BY qrank")]
        assert order.index(_uuid(7)) < order.index(_uuid(3))  # dated before undated (closed)
        assert order.index(_uuid(4)) < order.index(_uuid(5))  # undated tie: feed order
        assert order.index(_uuid(3)) < order.index(_uuid(2)) < order.index(_uuid(1))


def _write(con: sqlcipher3.Connection, services: list[dict[str, Any]]) -> None:
    con.execute("BEGIN IMMEDIATE")
    top = con.execute("SELECT max(rid) FROM services").fetchone()[0]
    write_services(con, services, top + 1)
    con.execute("COMMIT")


def test_an_incremental_write_appends_rows_above_all_others(tmp_path: Path) -> None:
    path, key = _build(tmp_path, "demo")
    con = open_generation(path, key)
    try:
        before = rank_rows(con)
        top = con.execute("SELECT max(qrank) FROM service_rank").fetchone()[0]
        base = load_service(con, next(iter(before)))
        assert base is not None
        withdrawn = {**copy.deepcopy(base), "id": _uuid(21), "name": "Oud aanbod",
                     "status": "inactive"}  # fmt: skip
        withdrawn.pop("assured_date", None)
        fresh = {**copy.deepcopy(base), "id": _uuid(22), "name": "Nieuw Aanbod",
                 "assured_date": "2031-01-01", "languages": []}  # fmt: skip
        _write(con, [withdrawn, fresh])
        assert not has_search_extras(con)
        assert rank_rows(con) == before  # pending until the refresh
        con.execute("BEGIN IMMEDIATE")
        assert refresh_search_extras(con) == 2
        con.execute("COMMIT")
        assert has_search_extras(con)
        rows = assert_rows_match(con)
        assert {sid: rows[sid] for sid in before} == before  # old rows unchanged
        ranks = dict(con.execute("SELECT service_id, qrank FROM service_rank"))
        # appended above every existing row, the new ones in quality order among themselves
        assert (ranks[_uuid(22)], ranks[_uuid(21)]) == (top + 1, top + 2)
        assert rows[_uuid(22)][COLUMNS.index("languages")] == " "
        assert rows[_uuid(22)][COLUMNS.index("name_key")] == "nieuw aanbod"

        # a sync's update: delete and write again; the row moves to the end with new values
        changed = {**copy.deepcopy(base), "status": "temporarily closed"}
        con.execute("BEGIN IMMEDIATE")
        delete_services(con, [base["id"]])
        con.execute("COMMIT")
        assert base["id"] not in rank_rows(con)
        _write(con, [changed])
        con.execute("BEGIN IMMEDIATE")
        assert refresh_search_extras(con) == 1
        con.execute("COMMIT")
        rows = assert_rows_match(con)
        assert rows[base["id"]][COLUMNS.index("status")] == "temporarily closed"
        assert (
            ranks[_uuid(21)]
            < con.execute(
                "SELECT qrank FROM service_rank WHERE service_id = ?", [base["id"]]
            ).fetchone()[0]
        )
    finally:
        con.close()
