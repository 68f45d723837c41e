"""Building, verifying, opening and pruning encrypted sociale-kaart generations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.progress import CancelledError, CancelToken
from pohsd.security.secret import SecretKey
from pohsd.socialmap import generation
from pohsd.socialmap.generation import (
    build_generation,
    list_generations,
    open_generation,
    prune,
    verify,
)
from pohsd.socialmap.storage import load_service

NAME = "Buurtpost Zonnebloemwijk"


def _services(n: int = 5) -> list[dict]:
    out = []
    for i in range(n):
        out.append({
            "id": f"svc-{i}",
            "name": f"{NAME} {i}",
            "description": "Hulp bij post en formulieren.",
            "status": "active",
            "organization": {"id": "org-1", "name": "Stichting Buurtpost"},
            "phones": [{"id": f"ph-{i}", "number": "030 123 45 67"}],
            "schedules": [{"id": f"sch-{i}", "byday": "MO,TH"}],
            "languages": [{"code": "nl"}],
            "service_areas": [{"extent_type": "postcode4", "extent": "3563,3564,abcd"}],
            "service_at_locations": [{"location": {
                "id": "loc-1", "latitude": 52.1, "longitude": 5.1,
                "addresses": [{"address_1": "Dorpsstraat 1", "postal_code": "3563 CB",
                               "city": "Utrecht"}],
            }}],
            "attributes": [
                {"taxonomy_term": {"code": "geld.administratie", "taxonomy": "nl-leefgebieden"}},
                {"taxonomy_term": {"code": "vrij", "taxonomy": "nl-toegang"}},
            ],
            "capacities": [{"available": 3, "maximum": 10, "updated": "2026-11-01"}],
        })  # fmt: skip
    return out


def test_build_writes_encrypted_file_with_all_tables(tmp_path):
    key = SecretKey.generate()
    seen = []
    info = build_generation(tmp_path, key, _services(), progress=seen.append)
    assert info.path == tmp_path / f"{info.id}.db"
    assert info.count == 5
    assert seen[-1].done == 5
    assert list_generations(tmp_path) == [info.id]
    raw = info.path.read_bytes()
    assert b"Zonnebloemwijk" not in raw
    assert not raw.startswith(b"SQLite format 3")
    con = open_generation(info.path, key)
    try:
        counts = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("services", "locations", "phones", "schedules", "languages",
                      "service_term", "service_postcode4", "capacity", "service_weekday")
        }  # fmt: skip
        assert counts == {
            "services": 5, "locations": 5, "phones": 5, "schedules": 5, "languages": 5,
            "service_term": 10, "service_postcode4": 10, "capacity": 5, "service_weekday": 10,
        }  # fmt: skip
        row = con.execute("SELECT postal_code, city FROM locations LIMIT 1").fetchone()
        assert row == ("3563 CB", "Utrecht")
        stored = load_service(con, "svc-0")
        assert stored is not None
        assert stored["name"] == f"{NAME} 0"
        assert load_service(con, "svc-missing") is None
    finally:
        con.close()
    assert verify(info.path, key) == 5


def test_chunks_span_several_transactions(tmp_path, monkeypatch):
    monkeypatch.setattr(generation, "CHUNK", 2)
    key = SecretKey.generate()
    seen = []
    info = build_generation(tmp_path, key, iter(_services(5)), progress=seen.append)
    assert [p.done for p in seen] == [2, 4, 5]
    assert verify(info.path, key) == 5


def test_wrong_key_refused(tmp_path):
    info = build_generation(tmp_path, SecretKey.generate(), _services(1))
    with pytest.raises(PohsdError) as err:
        open_generation(info.path, SecretKey.generate())
    assert err.value.code == ErrorCode.DB_WRONG_KEY


def test_cancel_removes_half_built_file(tmp_path, monkeypatch):
    monkeypatch.setattr(generation, "CHUNK", 2)
    token = CancelToken()

    def on_progress(p):
        if p.done >= 2:
            token.cancel()

    with pytest.raises(CancelledError):
        build_generation(tmp_path, SecretKey.generate(), _services(5), progress=on_progress,
                         cancel=token)  # fmt: skip
    assert list(tmp_path.iterdir()) == []


def test_duplicate_id_fails_and_leaves_no_file(tmp_path):
    items = _services(2)
    items[1]["id"] = items[0]["id"]
    with pytest.raises(ValidationError):
        build_generation(tmp_path, SecretKey.generate(), items)
    assert list(tmp_path.iterdir()) == []


def test_second_build_keeps_first_for_rollback_and_prune(tmp_path):
    key = SecretKey.generate()
    first = build_generation(tmp_path, key, _services(2))
    second = build_generation(tmp_path, key, _services(4))
    assert first.path != second.path
    assert list_generations(tmp_path) == sorted([first.id, second.id])
    assert verify(first.path, key) == 2
    assert verify(second.path, key) == 4
    removed = prune(tmp_path, keep={second.id})
    assert removed == [first.id]
    assert not first.path.exists()
    assert list_generations(tmp_path) == [second.id]


def test_generation_path_refuses_foreign_ids(tmp_path):
    with pytest.raises(PohsdError):
        generation.generation_path(tmp_path, "../pohsd")
    (tmp_path / "notes.db").write_bytes(b"x")
    assert list_generations(tmp_path) == []
    assert prune(tmp_path, keep=set()) == []
    assert (tmp_path / "notes.db").exists()


def test_tampered_page_is_detected(tmp_path):
    key = SecretKey.generate()
    info = build_generation(tmp_path, key, _services(40))
    data = bytearray(info.path.read_bytes())
    assert len(data) > 3 * 4096
    data[2 * 4096 + 100] ^= 0xFF  # a byte inside the third page
    info.path.write_bytes(bytes(data))
    with pytest.raises(PohsdError) as err:
        verify(info.path, key)
    assert err.value.code in (ErrorCode.DB_CORRUPT, ErrorCode.DB_WRONG_KEY)


def test_missing_file(tmp_path):
    with pytest.raises(PohsdError) as err:
        open_generation(tmp_path / "x.db", SecretKey.generate())
    assert err.value.code == ErrorCode.DB_MISSING


def test_real_feed_counts(shared_dir: Path, tmp_path):
    data = json.loads((shared_dir / "socialmap/utrecht-overvecht/services.json").read_text("utf-8"))
    key = SecretKey.generate()
    info = build_generation(tmp_path, key, data)
    assert info.count == len(data)
    con = open_generation(info.path, key)
    try:
        phones = sum(len(s.get("phones") or []) for s in data)
        assert con.execute("SELECT count(*) FROM phones").fetchone()[0] == phones
        terms = sum(len(s.get("attributes") or []) for s in data)
        assert con.execute("SELECT count(*) FROM service_term").fetchone()[0] == terms
        pc = con.execute("SELECT count(DISTINCT service_id) FROM service_postcode4").fetchone()[0]
        assert pc == sum(
            1
            for s in data
            if any(a.get("extent_type") == "postcode4" for a in s.get("service_areas") or [])
        )
    finally:
        con.close()
    assert data[0]["name"].encode() not in info.path.read_bytes()
