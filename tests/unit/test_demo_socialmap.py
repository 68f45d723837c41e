"""The bundled demo sociale kaart (resources/socialmap/demo) is valid, complete and our own text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pohsd.demo import DEMO_CLIENTS
from pohsd.socialmap.package import read_package
from pohsd.socialmap.validate import taxonomy_names, validate_services

DEMO_MAP = Path(__file__).resolve().parents[2] / "resources" / "socialmap" / "demo"
DOMAINS = ("gezondheid", "geld", "wonen", "meedoen")


@pytest.fixture(scope="module")
def services() -> list[dict[str, Any]]:
    return read_package(DEMO_MAP)


def _codes(service: dict[str, Any], taxonomy: str) -> list[str]:
    return [
        a["taxonomy_term"]["code"]
        for a in service["attributes"]
        if a["taxonomy_term"].get("taxonomy") == taxonomy
    ]


def test_package_is_small_and_validates_without_skips(services: list[dict[str, Any]]) -> None:
    size = sum(p.stat().st_size for p in DEMO_MAP.iterdir())
    assert size < 200 * 1024
    result = validate_services(services)
    assert result.skipped == []
    assert 45 <= len(result.services) <= 55
    present = set().union(*(taxonomy_names(s) for s in result.services))
    assert {"nl-leefgebieden", "nl-toegang"} <= present


def test_every_service_has_topics_and_one_toegang(services: list[dict[str, Any]]) -> None:
    toegang_counts: dict[str, int] = {}
    domains: set[str] = set()
    for service in services:
        topics = _codes(service, "nl-leefgebieden")
        toegang = _codes(service, "nl-toegang")
        assert topics, service["name"]
        assert len(toegang) == 1, service["name"]
        toegang_counts[toegang[0]] = toegang_counts.get(toegang[0], 0) + 1
        domains |= {code.split(".")[0] for code in topics}
    assert domains == set(DOMAINS)
    assert set(toegang_counts) == {"vrij", "aanmelding", "beschikking", "verwijzing-zorg"}
    basis = toegang_counts["vrij"] + toegang_counts["aanmelding"]
    assert basis > len(services) / 2


def test_demo_clients_live_inside_the_map(services: list[dict[str, Any]]) -> None:
    covered = {pc for s in validate_services(services).services for pc in s["_postcode4"]}
    for client in DEMO_CLIENTS:
        postcode = client.address.postal_code if client.address else ""
        assert postcode[:4] in covered


def test_map_shows_realistic_variety(services: list[dict[str, Any]]) -> None:
    statuses = {s["status"] for s in services}
    assert "temporarily closed" in statuses
    assert any(s.get("capacities") for s in services)
    assert any(s["assured_date"] < "2025-12-01" for s in services)  # stale entries
    schemes = {
        i["identifier_scheme"]
        for s in services
        for i in s["organization"]["organization_identifiers"]
    }
    assert schemes == {"NL-KVK", "NL-AGB"}
    codes = {lang["code"] for s in services for lang in s["languages"]}
    assert {"nl", "ar", "tr", "pl", "en", "ti", "uk"} <= codes
    for service in services:
        address = service["service_at_locations"][0]["location"]["addresses"][0]
        assert len(address["postal_code"]) == 7
        assert address["postal_code"][4] == " "


def test_texts_are_not_copied_from_the_shared_example(
    services: list[dict[str, Any]], shared_dir: Path
) -> None:
    example = shared_dir / "socialmap" / "utrecht-overvecht" / "services.json"
    if not example.is_file():
        pytest.skip("the Overvecht example is not present")
    text = example.read_text(encoding="utf-8")
    theirs = json.loads(text)
    their_ids = {s["id"] for s in theirs}
    for service in services:
        assert service["id"] not in their_ids
        assert service["name"] not in text
        assert service["description"] not in text
