"""Eigen aanbod as HSDS 3.0: validate the POH's input and build a full service object (pure)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime
from typing import Any

from pohsd.domain.errors import ValidationError
from pohsd.domain.own_service import TOEGANG, WEEKDAYS, OpeningTime, OwnService, OwnServiceInput

LEEFGEBIEDEN: dict[str, str] = {
    "gezondheid": "Gezondheid",
    "gezondheid.lichamelijk": "Lichamelijke gezondheid",
    "gezondheid.psychisch": "Psychische gezondheid en stress",
    "gezondheid.middelen": "Alcohol, drugs en gokken",
    "gezondheid.leefstijl": "Leefstijl: bewegen, voeding, slapen, roken",
    "gezondheid.zelfzorg": "Zelfzorg en dagelijkse activiteiten",
    "gezondheid.geheugen": "Geheugen en dementie",
    "gezondheid.mantelzorg": "Steun voor mantelzorgers",
    "geld": "Geld",
    "geld.rondkomen": "Rondkomen en inkomen",
    "geld.schulden": "Schulden en betalingsachterstanden",
    "geld.administratie": "Administratie en formulieren",
    "geld.regelingen": "Toeslagen en regelingen",
    "geld.voedsel": "Voedsel en eerste levensbehoeften",
    "geld.juridisch": "Juridische vragen",
    "wonen": "Wonen",
    "wonen.woningzoeken": "Woningzoeken en huisvesting",
    "wonen.huisuitzetting": "Dreigende huisuitzetting",
    "wonen.woning": "Woningkwaliteit en energie",
    "wonen.aanpassing": "Woningaanpassing en hulpmiddelen",
    "wonen.thuis": "Relaties thuis en opvoeding",
    "wonen.veiligheid": "Veiligheid en huiselijk geweld",
    "wonen.buurt": "Buurt en overlast",
    "meedoen": "Meedoen",
    "meedoen.ontmoeting": "Ontmoeting en eenzaamheid",
    "meedoen.dagbesteding": "Dagbesteding en activiteiten",
    "meedoen.werk": "Werk en opleiding",
    "meedoen.vrijwilligerswerk": "Vrijwilligerswerk",
    "meedoen.taal": "Taal, lezen en schrijven",
    "meedoen.digitaal": "Digitale vaardigheden",
    "meedoen.sport": "Sport en bewegen in de wijk",
    "meedoen.zingeving": "Zingeving en levensvragen",
}
TOEGANG_NAMES = {
    "vrij": "Vrij toegankelijk",
    "aanmelding": "Aanmelding nodig",
    "beschikking": "Beschikking nodig",
    "verwijzing-zorg": "Verwijzing zorg",
}
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "Engels", "ar": "Arabisch", "tr": "Turks",
                  "pl": "Pools", "ti": "Tigrinya", "uk": "Oekraïens", "de": "Duits",
                  "fr": "Frans", "es": "Spaans", "so": "Somalisch", "fa": "Perzisch"}  # fmt: skip
# the Dutch weekday names a schedule's description uses
DAY_NAMES = dict(zip(WEEKDAYS, ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
                                "zaterdag", "zondag"), strict=True))  # fmt: skip
LIMITS = {"name": 200, "organization": 200, "description": 4000, "location_name": 200,
          "street": 200, "city": 100, "province": 100, "phone": 40, "email": 254,
          "website": 500}  # fmt: skip
OWN_DESCRIPTION = "Eigen aanbod: ingevoerd door de praktijkondersteuner."
MAX_TOPICS = 20
MAX_OPENING = 28
MAX_LANGUAGES = 20
OWN_NAMESPACE = uuid.UUID("6f0c1b8e-4d0a-4c4e-9a51-3b7c2f0e8d11")  # stable ids of own objects

_POSTCODE = re.compile(r"^\s*([1-9]\d{3})\s*([A-Za-z]{2})\s*$")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)
_PHONE = re.compile(r"^[0-9+() \-]{6,40}$")
_LANG = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True)
class OwnIds:
    """The stable ids of an own entry's organization and location (kept across edits)."""

    organization_id: str
    location_id: str


def _clean(text: Any, field: str) -> str:
    value = str(text or "").strip()
    if len(value) > LIMITS.get(field, 200):
        raise ValidationError(field, "too_long")
    if any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise ValidationError(field, "control_characters")
    return value


def format_postcode(text: str) -> str:
    """'1234ab' → '1234 AB'; ValidationError('postal_code', 'invalid') otherwise."""
    match = _POSTCODE.match(text)
    if not match:
        raise ValidationError("postal_code", "invalid")
    return f"{match.group(1)} {match.group(2).upper()}"


def validated(data: OwnServiceInput) -> OwnServiceInput:
    """The input cleaned (trimmed, postcode '1234 AB', topics deduplicated); ValidationError."""
    clean = {f.name: getattr(data, f.name) for f in fields(data)}
    for name in LIMITS:
        clean[name] = _clean(clean[name], name)
    for name in ("name", "organization"):
        if not clean[name]:
            raise ValidationError(name, "required")
    topics = tuple(dict.fromkeys(str(t).strip() for t in data.topics if str(t).strip()))
    if not topics:
        raise ValidationError("topics", "required")
    if len(topics) > MAX_TOPICS:
        raise ValidationError("topics", "too_many")
    for n, code in enumerate(topics):
        if code not in LEEFGEBIEDEN:
            raise ValidationError(f"topics[{n}]", "unknown")
    clean["topics"] = topics
    if data.toegang not in TOEGANG:
        raise ValidationError("toegang", "unknown")
    if clean["postal_code"]:
        clean["postal_code"] = format_postcode(clean["postal_code"])
    address = ("street", "postal_code", "city")
    if any(clean[name] for name in address):  # HSDS needs all three in an address
        for name in address:
            if not clean[name]:
                raise ValidationError(name, "required")
    if clean["phone"] and not _PHONE.match(clean["phone"]):
        raise ValidationError("phone", "invalid")
    if clean["email"] and not _EMAIL.match(clean["email"]):
        raise ValidationError("email", "invalid")
    if clean["website"] and not _URL.match(clean["website"]):
        raise ValidationError("website", "invalid")
    clean["opening"] = _opening(data.opening)
    for name in ("min_age", "max_age"):
        age = clean[name]
        if age is not None and (isinstance(age, bool) or not isinstance(age, int)
                                or not 0 <= age <= 120):  # fmt: skip
            raise ValidationError(name, "out_of_range")
    if data.min_age is not None and data.max_age is not None and data.min_age > data.max_age:
        raise ValidationError("max_age", "before_min")
    languages = tuple(dict.fromkeys(str(c).strip().lower() for c in data.languages if c))
    if len(languages) > MAX_LANGUAGES:
        raise ValidationError("languages", "too_many")
    for n, code in enumerate(languages):
        if not _LANG.match(code):
            raise ValidationError(f"languages[{n}]", "invalid")
    clean["languages"] = languages
    clean["free"] = bool(data.free)
    return replace(data, **clean)


def _opening(slots: tuple[OpeningTime, ...]) -> tuple[OpeningTime, ...]:
    if len(slots) > MAX_OPENING:
        raise ValidationError("opening", "too_many")
    out = []
    for n, slot in enumerate(slots):
        if slot.weekday not in WEEKDAYS:
            raise ValidationError(f"opening[{n}].weekday", "unknown")
        opens, closes = str(slot.opens).strip(), str(slot.closes).strip()
        if not _TIME.match(opens):
            raise ValidationError(f"opening[{n}].opens", "invalid")
        if not _TIME.match(closes):
            raise ValidationError(f"opening[{n}].closes", "invalid")
        if closes <= opens:
            raise ValidationError(f"opening[{n}].closes", "before_opens")
        out.append(OpeningTime(slot.weekday, opens, closes))
    return tuple(out)


def new_ids() -> OwnIds:
    return OwnIds(str(uuid.uuid4()), str(uuid.uuid4()))


def _id(*parts: str) -> str:
    return str(uuid.uuid5(OWN_NAMESPACE, "/".join(parts)))


def _taxonomy(name: str, description: str) -> dict[str, Any]:
    return {"id": _id("taxonomy", name), "name": name, "description": description}


def _term(taxonomy: str, code: str, name: str, parent: str | None) -> dict[str, Any]:
    term: dict[str, Any] = {
        "id": _id("term", taxonomy, code),
        "code": code,
        "name": name,
        "description": name,
    }
    if parent:
        term["parent_id"] = _id("term", taxonomy, parent)
    term["taxonomy"] = taxonomy
    term["language"] = "nl"
    term["taxonomy_id"] = _id("taxonomy", taxonomy)
    descr = "Leefgebieden" if taxonomy == "nl-leefgebieden" else "Toegang"
    term["taxonomy_detail"] = _taxonomy(taxonomy, descr)
    return term


def _attribute(sid: str, taxonomy: str, code: str, name: str, parent: str | None) -> dict:
    term = _term(taxonomy, code, name, parent)
    return {
        "id": _id(sid, "attribute", taxonomy, code),
        "link_id": sid,
        "taxonomy_term_id": term["id"],
        "link_type": "leefgebied" if taxonomy == "nl-leefgebieden" else "toegang",
        "link_entity": "service",
        "taxonomy_term": term,
    }


def _attributes(sid: str, data: OwnServiceInput) -> list[dict[str, Any]]:
    """nl-leefgebieden terms plus each one's parent domain, then the nl-toegang term."""
    codes: list[str] = []
    for code in data.topics:
        parent = code.split(".", 1)[0]
        for c in (code, parent):
            if c not in codes:
                codes.append(c)
    out = []
    for code in codes:
        parent = code.split(".", 1)[0] if "." in code else None
        out.append(_attribute(sid, "nl-leefgebieden", code, LEEFGEBIEDEN[code], parent))
    out.append(_attribute(sid, "nl-toegang", data.toegang, TOEGANG_NAMES[data.toegang], None))
    return out


def _schedules(sid: str, data: OwnServiceInput) -> list[dict[str, Any]]:
    out = []
    for n, slot in enumerate(data.opening):
        day = DAY_NAMES[slot.weekday].capitalize()
        out.append({
            "id": _id(sid, "schedule", str(n)), "service_id": sid, "wkst": "MO",
            "freq": "WEEKLY", "interval": 1, "byday": slot.weekday,
            "description": f"{day} van {slot.opens} tot {slot.closes} uur.",
            "opens_at": slot.opens, "closes_at": slot.closes,
        })  # fmt: skip
    return out


def _location(sid: str, ids: OwnIds, data: OwnServiceInput, centroid: Any) -> dict[str, Any]:
    lid = ids.location_id
    loc: dict[str, Any] = {"id": lid, "location_type": "physical",
                           "organization_id": ids.organization_id,
                           "name": data.location_name or data.organization}  # fmt: skip
    if centroid is not None:
        lat, lon = (centroid.latitude, centroid.longitude) if hasattr(centroid, "latitude") \
            else centroid  # fmt: skip
        loc["latitude"], loc["longitude"] = round(float(lat), 6), round(float(lon), 6)
    addresses = []
    if data.street or data.postal_code or data.city:
        address: dict[str, Any] = {"id": _id(lid, "address"), "location_id": lid}
        for key, value in (("address_1", data.street), ("city", data.city),
                           ("postal_code", data.postal_code)):  # fmt: skip
            if value:
                address[key] = value
        address["state_province"] = data.province or "onbekend"
        address["country"] = "NL"
        address["address_type"] = "physical"
        addresses.append(address)
    return {**loc, "addresses": addresses, "phones": [], "schedules": [], "languages": []}


def to_hsds(
    own: OwnService,
    ids: OwnIds,
    *,
    centroid: Any = None,
    today: date | None = None,
    modified: datetime | None = None,
) -> dict[str, Any]:
    """A full HSDS 3.0 service in exactly the shape the package reader assembles.

    `centroid`: (latitude, longitude) or a geo.Origin of the entry's PC4, so distance works.
    Status `inactive` when retired. Empty values are left out (a CSV round trip drops them).
    """
    data, sid = own.data, own.id
    stamp = (modified or own.updated_at or datetime.now(UTC)).astimezone(UTC)
    org: dict[str, Any] = {"id": ids.organization_id, "name": data.organization,
                           "description": OWN_DESCRIPTION,
                           "organization_identifiers": []}  # fmt: skip
    service: dict[str, Any] = {"id": sid, "organization_id": ids.organization_id,
                               "name": data.name}  # fmt: skip
    optional = (("description", data.description), ("url", data.website),
                ("email", data.email))  # fmt: skip
    service.update({k: v for k, v in optional if v})
    service["status"] = "inactive" if own.retired else "active"
    if data.free:
        service["fees_description"] = "Gratis"
    if data.min_age is not None:
        service["minimum_age"] = data.min_age
    if data.max_age is not None:
        service["maximum_age"] = data.max_age
    service["assured_date"] = (today or datetime.now(UTC).date()).isoformat()
    service["last_modified"] = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    service["organization"] = org
    service["service_at_locations"] = [{
        "id": _id(sid, "service_at_location"), "service_id": sid,
        "location_id": ids.location_id, "schedules": [], "phones": [],
        "location": _location(sid, ids, data, centroid),
    }]  # fmt: skip
    service["phones"] = (
        [{"id": _id(sid, "phone"), "service_id": sid, "number": data.phone, "type": "voice"}]
        if data.phone
        else []
    )
    service["schedules"] = _schedules(sid, data)
    service["languages"] = [
        {"id": _id(sid, "language", code), "service_id": sid,
         "name": LANGUAGE_NAMES.get(code, code), "code": code}
        for code in data.languages
    ]  # fmt: skip
    service["attributes"] = _attributes(sid, data)
    service["cost_options"] = (
        [{"id": _id(sid, "cost"), "service_id": sid, "option": "Iedereen", "currency": "EUR",
          "amount": 0, "amount_description": "Gratis"}]
        if data.free
        else []
    )  # fmt: skip
    service["service_areas"] = []
    service["contacts"] = (
        [{"id": _id(sid, "contact"), "service_id": sid, "name": data.organization,
          **({"email": data.email} if data.email else {})}]
        if data.email or data.phone
        else []
    )  # fmt: skip
    service["required_documents"] = []
    service["funding"] = []
    return service
