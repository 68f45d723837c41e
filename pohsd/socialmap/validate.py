"""Check HSDS 3.0 services against the bundled schema and the nl-socialmap profile rules."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pohsd.paths import resources_dir

PROFILE_TAXONOMIES = ("nl-leefgebieden", "nl-toegang")
MAX_ID_CHARS = 250
MAX_STRING_CHARS = 20_000
MAX_LIST_ITEMS = 1_000
MAX_REASON_CHARS = 300
_POSTCODE4 = re.compile(r"[1-9][0-9]{3}")
_SPLIT = re.compile(r"[,;\s]+")


class FeedError(Exception):
    """A structurally broken feed: a stable `code` ("missing_taxonomy") and a `detail` text."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Validated:
    """The services that passed (copies, with `_postcode4`) and the skipped ones as (id, reason)."""

    services: list[dict[str, Any]]
    skipped: list[tuple[str, str]] = field(default_factory=list)


def schema_dir() -> Path:
    """resources/hsds/3.0 (see pohsd.paths.resources_dir)."""
    return resources_dir() / "hsds" / "3.0"


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator, FormatChecker  # deferred: startup budget
    from referencing import Registry, Resource  # deferred: startup budget
    from referencing.jsonschema import DRAFT202012  # deferred: startup budget

    folder = schema_dir()
    resources = []
    for path in sorted(folder.glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, Resource.from_contents(contents, DRAFT202012)))
    registry: Registry = Registry().with_resources(resources)  # no retrieve: never the network
    schema = registry.contents("service.json")
    return Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())


def _short(text: str) -> str:
    return text if len(text) <= MAX_REASON_CHARS else text[: MAX_REASON_CHARS - 1] + "…"


def _limits(service: dict[str, Any]) -> str | None:
    """First string-length or list-count violation anywhere in the service, or None."""
    stack: list[tuple[str, Any]] = [("", service)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_STRING_CHARS:
                return f"text too long at {where or '/'}"
        elif isinstance(value, list):
            if len(value) > MAX_LIST_ITEMS:
                return f"too many items at {where or '/'}"
            stack.extend((f"{where}/{i}", item) for i, item in enumerate(value))
        elif isinstance(value, dict):
            stack.extend((f"{where}/{key}", item) for key, item in value.items())
    return None


def _schema_error(service: dict[str, Any]) -> str | None:
    from jsonschema.exceptions import best_match  # deferred: startup budget

    error = best_match(_validator().iter_errors(service))
    if error is None:
        return None
    where = "/" + "/".join(str(p) for p in error.absolute_path)
    return f"schema at {where}: {error.message}"


def _references(service: dict[str, Any]) -> str | None:
    """Embedded objects must agree with the *_id keys that point at them."""
    org = service.get("organization")
    if isinstance(org, dict) and service.get("organization_id") not in (None, org.get("id")):
        return "organization does not match organization_id"
    for sal in service.get("service_at_locations") or []:
        loc = sal.get("location") if isinstance(sal, dict) else None
        if isinstance(loc, dict) and sal.get("location_id") not in (None, loc.get("id")):
            return "location does not match location_id"
    for attr in service.get("attributes") or []:
        term = attr.get("taxonomy_term") if isinstance(attr, dict) else None
        if isinstance(term, dict) and attr.get("taxonomy_term_id") not in (None, term.get("id")):
            return "taxonomy_term does not match taxonomy_term_id"
    for key, items in service.items():
        if isinstance(items, list):
            ids = [i.get("id") for i in items if isinstance(i, dict) and i.get("id") is not None]
            if len(ids) != len(set(ids)):
                return f"duplicate id in {key}"
    return None


def parse_postcode4(extent: str) -> list[str] | None:
    """'3563, 3564' → ['3563', '3564']; None when any part is not a four-digit postcode."""
    parts = [p for p in _SPLIT.split(extent.strip()) if p]
    if not parts or not all(_POSTCODE4.fullmatch(p) for p in parts):
        return None
    return sorted(set(parts))


def _postcodes(service: dict[str, Any]) -> list[str] | str:
    """The service's postcode4 list, or a reason string when an extent cannot be parsed."""
    found: set[str] = set()
    for area in service.get("service_areas") or []:
        if not isinstance(area, dict) or str(area.get("extent_type", "")).lower() != "postcode4":
            continue
        parsed = parse_postcode4(str(area.get("extent") or ""))
        if parsed is None:
            return "service_area extent is not a list of four-digit postcodes"
        found.update(parsed)
    return sorted(found)


def taxonomy_names(service: dict[str, Any]) -> set[str]:
    """Names of the taxonomies the service's attributes point into."""
    names: set[str] = set()
    for attr in service.get("attributes") or []:
        term = attr.get("taxonomy_term") if isinstance(attr, dict) else None
        if not isinstance(term, dict):
            continue
        detail = term.get("taxonomy_detail")
        name = term.get("taxonomy") or (detail.get("name") if isinstance(detail, dict) else None)
        if isinstance(name, str):
            names.add(name)
    return names


def _check_one(service: dict[str, Any]) -> str | None:
    return _limits(service) or _schema_error(service) or _references(service)


def validate_services(services: Any, *, require_taxonomies: bool = True) -> Validated:
    """Validate a complete feed: skip services failing their own checks; FeedError when broken.

    `require_taxonomies=False` is for publishers outside the Dutch profile (and partial batches).
    """
    if not isinstance(services, list):
        raise FeedError("not_services", "expected a list of service objects")
    seen: set[str] = set()
    for index, service in enumerate(services):
        sid = service.get("id") if isinstance(service, dict) else None
        if isinstance(sid, str) and sid:
            if sid in seen:
                raise FeedError("duplicate_id", f"service id {sid} appears more than once")
            seen.add(sid)
        elif not isinstance(service, dict):
            raise FeedError("not_services", f"item {index} is not an object")
    ok: list[dict[str, Any]] = []
    skipped: list[tuple[str, str]] = []
    for index, service in enumerate(services):
        sid = service.get("id")
        if not isinstance(sid, str) or not sid or len(sid) > MAX_ID_CHARS:
            skipped.append((f"#{index}", "service has no usable id"))
            continue
        reason = _check_one(service)
        postcodes = _postcodes(service) if reason is None else []
        if isinstance(postcodes, str):
            reason = postcodes
        if reason is not None:
            name = service.get("name")
            label = f"{name}: " if isinstance(name, str) and name else ""
            skipped.append((sid, _short(label + reason)))
            continue
        ok.append({**service, "_postcode4": postcodes})
    if services and not ok:
        first = skipped[0][1] if skipped else ""
        raise FeedError(
            "no_valid_services", f"all {len(services)} services failed their checks; first: {first}"
        )
    if require_taxonomies:
        present: set[str] = set()
        for service in ok:
            present |= taxonomy_names(service)
        missing = [name for name in PROFILE_TAXONOMIES if name not in present]
        if missing:
            raise FeedError("missing_taxonomy", ", ".join(missing))
    return Validated(ok, skipped)
