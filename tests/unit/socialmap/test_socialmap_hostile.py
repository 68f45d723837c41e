"""Hostile JSON feeds are each rejected with a clear FeedError code; a BOM is accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from pohsd.socialmap.package import MAX_JSON_DEPTH, load_json, read_services_json
from pohsd.socialmap.validate import FeedError, validate_services

HOSTILE = Path(__file__).resolve().parents[2] / "data" / "hostile"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("empty.json", "empty"),
        ("truncated.json", "invalid_json"),
        ("invalid_utf8.json", "invalid_utf8"),
        ("nan.json", "nan_not_allowed"),
        ("html_200.json", "html_response"),
    ],
)
def test_hostile_body_is_rejected_with_code(name: str, code: str) -> None:
    with pytest.raises(FeedError) as info:
        read_services_json((HOSTILE / name).read_bytes())
    assert info.value.code == code
    assert info.value.detail


@pytest.mark.parametrize("body", [b"[Infinity]", b"[-Infinity]", b'{"a": NaN}'])
def test_non_finite_numbers_are_rejected(body: bytes) -> None:
    with pytest.raises(FeedError) as info:
        load_json(body)
    assert info.value.code == "nan_not_allowed"


def test_hundred_thousand_deep_nesting_is_rejected() -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(FeedError) as info:
        read_services_json(body)
    assert info.value.code == "too_deep"


def test_moderate_nesting_above_the_limit_is_rejected() -> None:
    depth = MAX_JSON_DEPTH + 5
    body = b'{"contents": [' + b"[" * depth + b"]" * depth + b"]}"
    with pytest.raises(FeedError) as info:
        load_json(body)
    assert info.value.code == "too_deep"


def test_oversize_body_is_rejected_before_parsing() -> None:
    with pytest.raises(FeedError) as info:
        load_json(b"[" + b" " * 2_000 + b"]", limit=1_000)
    assert info.value.code == "too_large"


def test_bom_before_valid_json_is_accepted() -> None:
    services = read_services_json((HOSTILE / "bom.json").read_bytes())
    assert [s["name"] for s in services] == ["Met BOM"]


def test_envelopes_array_page_and_legacy_are_read() -> None:
    one = b'{"id": "a1", "name": "Een", "status": "active"}'
    assert read_services_json(b"[" + one + b"]")[0]["id"] == "a1"
    assert read_services_json(b'{"total_items": 1, "contents": [' + one + b"]}")[0]["id"] == "a1"
    assert read_services_json(b'{"totalElements": 1, "content": [' + one + b"]}")[0]["id"] == "a1"
    assert read_services_json(one)[0]["name"] == "Een"


def test_wrong_shape_is_rejected() -> None:
    with pytest.raises(FeedError) as info:
        read_services_json(b'{"message": "not found"}')
    assert info.value.code == "not_services"
    with pytest.raises(FeedError) as info:
        read_services_json(b"[1, 2]")
    assert info.value.code == "not_services"


def test_duplicate_ids_break_the_feed() -> None:
    services = read_services_json((HOSTILE / "duplicate_ids.json").read_bytes())
    with pytest.raises(FeedError) as info:
        validate_services(services, require_taxonomies=False)
    assert info.value.code == "duplicate_id"
    assert "a1" in info.value.detail


def test_missing_profile_taxonomy_breaks_the_feed() -> None:
    services = read_services_json((HOSTILE / "missing_taxonomy.json").read_bytes())
    with pytest.raises(FeedError) as info:
        validate_services(services)
    assert info.value.code == "missing_taxonomy"
    assert info.value.detail == "nl-toegang"


def test_one_invalid_service_is_skipped_and_the_rest_load() -> None:
    services = read_services_json((HOSTILE / "one_invalid.json").read_bytes())
    result = validate_services(services)
    assert [s["name"] for s in result.services] == ["Schuldhulp", "Inloop"]
    assert len(result.skipped) == 1
    sid, reason = result.skipped[0]
    assert sid == "00000000-0000-4000-8000-000000000003"
    assert reason.startswith("Kapot adres: schema at /email")
