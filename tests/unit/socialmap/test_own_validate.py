"""Eigen aanbod: input rules (ValidationError(field, rule)) and the HSDS service it becomes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from pohsd.domain.errors import ValidationError
from pohsd.domain.own_service import OpeningTime, OwnService, OwnServiceInput
from pohsd.socialmap.own import OwnIds, to_hsds, validated
from pohsd.socialmap.validate import taxonomy_names, validate_services

WANDEL = OwnServiceInput(
    name="Wandelclub De Buurvrouw",
    organization="Buurtvrijwilligers Overvecht",
    description="Elke week samen wandelen tegen eenzaamheid; koffie na afloop.",
    topics=("meedoen.ontmoeting", "gezondheid.leefstijl"),
    toegang="vrij",
    street="Bangkokdreef 3",
    postal_code="3563cb",
    city="Utrecht",
    phone="030 123 45 67",
    email="wandel@example.nl",
    website="https://wandel.example.nl/",
    opening=(OpeningTime("TU", "10:00", "11:30"), OpeningTime("FR", "14:00", "15:00")),
    min_age=18,
    languages=("nl", "ar"),
)


def test_valid_input_is_cleaned():
    clean = validated(WANDEL)
    assert clean.postal_code == "3563 CB"
    assert clean.topics == WANDEL.topics


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"name": "  "}, "name", "required"),
        ({"organization": ""}, "organization", "required"),
        ({"topics": ()}, "topics", "required"),
        ({"topics": ("meedoen.breien",)}, "topics[0]", "unknown"),
        ({"toegang": "gratis"}, "toegang", "unknown"),
        ({"opening": (OpeningTime("XX", "10:00", "11:00"),)}, "opening[0].weekday", "unknown"),
        ({"opening": (OpeningTime("MO", "11:00", "11:00"),)}, "opening[0].closes",
         "before_opens"),
        ({"opening": (OpeningTime("MO", "9 uur", "11:00"),)}, "opening[0].opens", "invalid"),
        ({"postal_code": "123 AB"}, "postal_code", "invalid"),
        ({"email": "geen-mail"}, "email", "invalid"),
        ({"website": "wandel"}, "website", "invalid"),
        ({"min_age": 30, "max_age": 20}, "max_age", "before_min"),
        ({"name": "x" * 201}, "name", "too_long"),
        ({"description": "x" * 4001}, "description", "too_long"),
        ({"street": ""}, "street", "required"),  # half an address: HSDS would refuse it
        ({"city": ""}, "city", "required"),
    ],
)  # fmt: skip
def test_rules(change, field, rule):
    with pytest.raises(ValidationError) as err:
        validated(replace(WANDEL, **change))
    assert (err.value.field, err.value.rule) == (field, rule)


def test_no_address_at_all_is_fine():
    clean = validated(replace(WANDEL, street="", postal_code="", city=""))
    assert (clean.street, clean.postal_code, clean.city) == ("", "", "")


def _own(retired: bool = False) -> OwnService:
    stamp = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    return OwnService("2c5e2c7e-1111-4a4a-8888-000000000001", validated(WANDEL), retired, stamp)


IDS = OwnIds("2c5e2c7e-1111-4a4a-8888-000000000002", "2c5e2c7e-1111-4a4a-8888-000000000003")


def test_to_hsds_passes_the_feed_checks_with_both_taxonomies():
    service = to_hsds(_own(), IDS, centroid=(52.12, 5.11), today=date(2026, 12, 2))
    result = validate_services([service])  # both profile taxonomies required
    assert [s["id"] for s in result.services] == [service["id"]]
    assert not result.skipped
    assert taxonomy_names(service) == {"nl-leefgebieden", "nl-toegang"}
    codes = {a["taxonomy_term"]["code"] for a in service["attributes"]}
    assert codes == {"meedoen.ontmoeting", "meedoen", "gezondheid.leefstijl", "gezondheid", "vrij"}
    loc = service["service_at_locations"][0]["location"]
    assert (loc["latitude"], loc["longitude"]) == (52.12, 5.11)
    assert loc["addresses"][0]["postal_code"] == "3563 CB"
    assert loc["addresses"][0]["country"] == "NL"
    assert [s["byday"] for s in service["schedules"]] == ["TU", "FR"]
    assert service["cost_options"][0]["amount"] == 0
    assert service["assured_date"] == "2026-12-02"
    assert service["status"] == "active"


def test_retired_is_inactive_and_ids_are_stable():
    first = to_hsds(_own(), IDS)
    again = to_hsds(_own(True), IDS)
    assert again["status"] == "inactive"
    assert [a["id"] for a in first["attributes"]] == [a["id"] for a in again["attributes"]]
    assert first["organization"]["id"] == IDS.organization_id
