"""Schema and profile checks: valid feeds pass, UK fixtures pass or fail, bad services skip."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from pohsd.socialmap import validate
from pohsd.socialmap.package import read_package, read_services_json
from pohsd.socialmap.validate import FeedError, parse_postcode4, validate_services

HOSTILE = Path(__file__).resolve().parents[2] / "data" / "hostile"


@pytest.fixture
def overvecht(shared_dir: Path) -> list[dict[str, Any]]:
    path = shared_dir / "socialmap" / "utrecht-overvecht" / "services.json"
    return read_services_json(path.read_bytes())


def _small_feed() -> list[dict[str, Any]]:
    return read_services_json((HOSTILE / "one_invalid.json").read_bytes())[:2]


def test_overvecht_feed_is_valid_with_postcodes(overvecht: list[dict[str, Any]]) -> None:
    result = validate_services(overvecht)
    assert result.skipped == []
    assert len(result.services) == 131
    limited = [s for s in result.services if s["_postcode4"]]
    assert len(limited) == 11
    noord = next(
        s for s in result.services if s["name"] == "Buurtteam Overvecht-Noord: inloopspreekuur"
    )
    assert noord["_postcode4"] == ["3563", "3564"]
    assert "_postcode4" not in overvecht[0]  # the input is not changed


def test_package_feed_is_valid(shared_dir: Path) -> None:
    services = read_package(shared_dir / "socialmap" / "utrecht-overvecht" / "datapackage")
    assert len(validate_services(services).services) == 131


@pytest.mark.parametrize(
    ("extent", "expected"),
    [
        ("3563,3564", ["3563", "3564"]),
        (" 3564 ; 3563, 3563 ", ["3563", "3564"]),
        ("3563 AB", None),
        ("", None),
        ("0123", None),
    ],
)
def test_parse_postcode4(extent: str, expected: list[str] | None) -> None:
    assert parse_postcode4(extent) == expected


def test_bad_postcode_extent_skips_only_that_service() -> None:
    feed = _small_feed()
    feed[1]["service_areas"] = [
        {
            "id": "00000000-0000-4000-8000-0000000000d1",
            "name": "Noord",
            "extent": "Noord",
            "extent_type": "postcode4",
        }
    ]
    result = validate_services(feed)
    assert [s["name"] for s in result.services] == ["Schuldhulp"]
    assert result.skipped == [
        (feed[1]["id"], "Inloop: service_area extent is not a list of four-digit postcodes")
    ]


def test_limits_skip_oversized_services(monkeypatch: pytest.MonkeyPatch) -> None:
    feed = _small_feed()
    feed[0]["description"] = "x" * (validate.MAX_STRING_CHARS + 1)
    feed[1]["languages"] = [
        {"id": f"l{i}", "code": "nl"} for i in range(validate.MAX_LIST_ITEMS + 1)
    ]
    extra = copy.deepcopy(feed[1])
    extra["id"] = "00000000-0000-4000-8000-000000000009"
    extra["languages"] = []
    result = validate_services([*feed, extra])
    assert [s["id"] for s in result.services] == [extra["id"]]
    reasons = dict(result.skipped)
    assert reasons[feed[0]["id"]] == "Schuldhulp: text too long at /description"
    assert reasons[feed[1]["id"]] == "Inloop: too many items at /languages"


def test_mismatched_embedded_object_is_skipped() -> None:
    feed = _small_feed()
    feed[1]["attributes"][0]["taxonomy_term_id"] = "00000000-0000-4000-8000-00000000dead"
    result = validate_services(feed)
    assert result.skipped == [
        (feed[1]["id"], "Inloop: taxonomy_term does not match taxonomy_term_id")
    ]


def test_all_invalid_feed_is_broken() -> None:
    with pytest.raises(FeedError) as info:
        validate_services([{"id": "a1", "name": "Zonder status"}], require_taxonomies=False)
    assert info.value.code == "no_valid_services"
    assert "'status' is a required property" in info.value.detail


def test_not_a_list_is_broken() -> None:
    with pytest.raises(FeedError) as info:
        validate_services({"contents": []})
    assert info.value.code == "not_services"


def test_other_taxonomies_are_kept(overvecht: list[dict[str, Any]]) -> None:
    feed = copy.deepcopy(overvecht[:3])
    term = {
        "id": "00000000-0000-4000-8000-0000000000c1",
        "name": "Extra",
        "description": "Extra",
        "taxonomy": "eigen",
    }
    feed[0]["attributes"].append(
        {
            "id": "00000000-0000-4000-8000-0000000000c2",
            "taxonomy_term_id": term["id"],
            "taxonomy_term": term,
        }
    )
    result = validate_services(feed)
    assert "eigen" in validate.taxonomy_names(result.services[0])


@pytest.mark.parametrize("folder", ["uk-profile-test", "uk-profile-warn"])
def test_uk_profile_fixtures_are_read_and_valid(shared_dir: Path, folder: str) -> None:
    base = shared_dir / "hsds" / folder
    full = read_services_json((base / "service_full.json").read_bytes())
    result = validate_services(full, require_taxonomies=False)
    assert result.skipped == []
    assert result.services[0]["name"] == "Community Counselling"
    listing = read_services_json((base / "service_list.json").read_bytes())
    for service in listing:  # the fixture repeats one id; each object is itself valid
        assert validate_services([service], require_taxonomies=False).skipped == []


def test_uk_profile_listing_with_repeated_ids_is_rejected(shared_dir: Path) -> None:
    listing = read_services_json(
        (shared_dir / "hsds" / "uk-profile-test" / "service_list.json").read_bytes()
    )
    with pytest.raises(FeedError) as info:
        validate_services(listing, require_taxonomies=False)
    assert info.value.code == "duplicate_id"


def test_uk_profile_fail_gives_a_clear_failure(shared_dir: Path) -> None:
    full = read_services_json(
        (shared_dir / "hsds" / "uk-profile-fail" / "service_full.json").read_bytes()
    )
    with pytest.raises(FeedError) as info:
        validate_services(full, require_taxonomies=False)
    assert info.value.code == "no_valid_services"
    assert "schema at /email" in info.value.detail
    listing = read_services_json(
        (shared_dir / "hsds" / "uk-profile-fail" / "service_list.json").read_bytes()
    )
    with pytest.raises(FeedError) as info:
        validate_services(listing[:1], require_taxonomies=False)
    assert "'name' is a required property" in info.value.detail
