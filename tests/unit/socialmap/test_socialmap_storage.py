"""Stored form of a generation (format 2): round trip, shared objects, format 1, row writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pohsd.demo import DEMO_MAP
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.security.secret import SecretKey
from pohsd.socialmap import generation, schema
from pohsd.socialmap.generation import (
    build_generation,
    delete_services,
    open_generation,
    verify,
    write_services,
)
from pohsd.socialmap.package import read_package, read_services_json
from pohsd.socialmap.storage import load_service, load_services
from pohsd.socialmap.validate import validate_services


def _old_raw(service: dict[str, Any]) -> dict[str, Any]:
    """What format 1 gave back: json.loads of json.dumps of the validated service."""
    return json.loads(json.dumps(service, ensure_ascii=False))  # type: ignore[no-any-return]


def _feeds(shared_dir: Path) -> dict[str, list[dict[str, Any]]]:
    overvecht = shared_dir / "socialmap" / "utrecht-overvecht"
    return {
        "overvecht-json": read_services_json((overvecht / "services.json").read_bytes()),
        "overvecht-package": read_package(overvecht / "datapackage"),
        "demo": read_package(DEMO_MAP),
    }


@pytest.mark.parametrize("feed", ["overvecht-json", "overvecht-package", "demo"])
def test_round_trip_equals_the_old_format(shared_dir: Path, tmp_path: Path, feed: str) -> None:
    valid = validate_services(_feeds(shared_dir)[feed]).services
    assert len(valid) > 10
    key = SecretKey.generate()
    info = build_generation(tmp_path, key, valid)
    con = open_generation(info.path, key)
    try:
        loaded = list(load_services(con))
        assert loaded == [_old_raw(s) for s in valid]
        assert [list(s) for s in loaded] == [list(s) for s in valid]  # key order kept
        some = [valid[3]["id"], valid[0]["id"], "no-such-id"]
        assert {s["id"] for s in load_services(con, some)} == set(some[:2])
        assert load_service(con, valid[-1]["id"]) == _old_raw(valid[-1])
        # embedded organizations, locations and terms are stored once, not per service
        embedded = sum(
            (1 if isinstance(s.get("organization"), dict) else 0)
            + len(s.get("service_at_locations") or [])
            + len(s.get("attributes") or [])
            for s in valid
        )
        objects = con.execute("SELECT count(*) FROM hsds_objects").fetchone()[0]
        assert 0 < objects < embedded
        stored = con.execute("SELECT sum(length(raw)) FROM services").fetchone()[0]
        assert stored < 0.6 * sum(len(json.dumps(s, ensure_ascii=False)) for s in valid)
    finally:
        con.close()


def test_loaded_services_are_independent_copies(shared_dir: Path, tmp_path: Path) -> None:
    valid = validate_services(_feeds(shared_dir)["demo"]).services
    key = SecretKey.generate()
    info = build_generation(tmp_path, key, valid)
    con = open_generation(info.path, key)
    try:
        first, second = list(load_services(con))[:2]
        if first.get("organization_id") == second.get("organization_id"):
            first["organization"]["name"] = "veranderd"
            assert second["organization"]["name"] != "veranderd"
        again = load_service(con, first["id"])
        assert again is not None
        assert again["organization"]["name"] != "veranderd"
    finally:
        con.close()


def _as_format_1(path: Path, key: SecretKey, services: list[dict[str, Any]]) -> None:
    """Rewrite a generation the way format 1 stored it: the whole service in raw."""
    con = generation.connect(path, key, foreign_keys=False)
    try:
        con.execute("BEGIN")
        for svc in services:
            con.execute(
                "UPDATE services SET raw = ? WHERE id = ?",
                [json.dumps(svc, ensure_ascii=False), svc["id"]],
            )
        con.execute("DROP TABLE hsds_objects")
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
        con.execute("COMMIT")
    finally:
        con.close()


def test_format_1_generation_is_still_read(shared_dir: Path, tmp_path: Path) -> None:
    valid = validate_services(_feeds(shared_dir)["demo"]).services
    key = SecretKey.generate()
    info = build_generation(tmp_path, key, valid)
    _as_format_1(info.path, key, valid)
    assert verify(info.path, key) == len(valid)
    con = open_generation(info.path, key)
    try:
        assert (
            con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "1"
        )
        assert list(load_services(con)) == [_old_raw(s) for s in valid]
        # an incremental write into a format-1 file: old and new rows read side by side
        con.execute("BEGIN IMMEDIATE")
        con.execute(
            schema.TABLES[next(i for i, t in enumerate(schema.TABLES) if "hsds_objects" in t)]
        )
        delete_services(con, [valid[0]["id"]])
        top = con.execute("SELECT max(rid) FROM services").fetchone()[0]
        write_services(con, [valid[0]], top + 1)
        con.execute("COMMIT")
        loaded = {s["id"]: s for s in load_services(con)}
        assert loaded == {s["id"]: _old_raw(s) for s in valid}
    finally:
        con.close()


def test_unknown_future_format_is_refused(tmp_path: Path) -> None:
    key = SecretKey.generate()
    info = build_generation(tmp_path, key, [_service("a")])
    con = generation.connect(info.path, key, foreign_keys=False)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(PohsdError) as err:
        open_generation(info.path, key)
    assert err.value.code == ErrorCode.DB_CORRUPT


def _service(sid: str, word: str = "fietsenmaker", pc: str = "3563") -> dict[str, Any]:
    return {
        "id": sid,
        "name": f"Hulp {word} {sid}",
        "description": "Een dienst.",
        "status": "active",
        "organization": {"id": "org-1", "name": "Stichting Gedeeld"},
        "languages": [{"code": "nl"}],
        "service_areas": [{"extent_type": "postcode4", "extent": pc}],
        "service_at_locations": [{"location": {"id": "loc-1", "latitude": 52.1}}],
        "attributes": [{"taxonomy_term": {"code": "geld", "taxonomy": "nl-leefgebieden"}}],
    }


def _match(con: Any, word: str) -> list[str]:
    rows = con.execute(
        "SELECT s.id FROM services_fts f JOIN services s ON s.rid = f.rowid"
        " WHERE services_fts MATCH ? ORDER BY s.id",
        [word],
    )
    return [r[0] for r in rows]


def test_write_and_delete_services_keep_rows_and_fts_consistent(tmp_path: Path) -> None:
    key = SecretKey.generate()
    info = build_generation(tmp_path, key, [_service(f"s{i}") for i in range(4)])
    con = open_generation(info.path, key)
    try:
        assert _match(con, "fietsenmaker") == ["s0", "s1", "s2", "s3"]
        con.execute("BEGIN IMMEDIATE")
        delete_services(con, ["s1", "s3", "not-there"])
        written = write_services(con, [_service("s9", "schoenmaker", "3584")], 5)
        con.execute("COMMIT")
        assert written == 1
        assert _match(con, "fietsenmaker") == ["s0", "s2"]
        assert _match(con, "schoenmaker") == ["s9"]
        con.execute("INSERT INTO services_fts (services_fts, rank) VALUES ('integrity-check', 1)")
        for table in ("locations", "languages", "service_term", "service_postcode4"):
            ids = {r[0] for r in con.execute(f"SELECT service_id FROM {table}")}
            assert ids == {"s0", "s2", "s9"}, table
        assert con.execute("SELECT count(*) FROM search_text").fetchone()[0] == 3
        # the organization and location are shared: still one object each
        assert con.execute("SELECT count(*) FROM hsds_objects").fetchone()[0] == 3
        assert load_service(con, "s9") == _service("s9", "schoenmaker", "3584")
        assert load_service(con, "s1") is None
    finally:
        con.close()
