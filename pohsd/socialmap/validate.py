"""Check HSDS 3.0 services against the bundled schema and the nl-socialmap profile rules."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pohsd.paths import resources_dir

PROFILE_TAXONOMIES = ("nl-leefgebieden", "nl-toegang")
MAX_ID_CHARS = 250
MAX_STRING_CHARS = 20_000
MAX_LIST_ITEMS = 1_000
# integers must fit in 64 bits, as SQLite and the JSON codec (orjson) store them
_INT_MIN, _INT_MAX = -(2**63), 2**64 - 1
MAX_REASON_CHARS = 300
_POSTCODE4 = re.compile(r"[1-9][0-9]{3}")
_SPLIT = re.compile(r"[,;\s]+")
_BASE_URI = "https://schemas.pohsd.invalid/hsds/3.0/"  # a name only: nothing is fetched


class FeedError(Exception):
    """A structurally broken feed: a stable `code` ("missing_taxonomy") and a `detail` text."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail

    def __reduce__(self) -> tuple[type[FeedError], tuple[str, str]]:
        return (FeedError, (self.code, self.detail))  # raised in a worker process (prepare.py)


@dataclass(frozen=True)
class Validated:
    """The services that passed (copies, with `_postcode4`) and the skipped ones as (id, reason)."""

    services: list[dict[str, Any]]
    skipped: list[tuple[str, str]] = field(default_factory=list)


def schema_dir() -> Path:
    """resources/hsds/3.0 (see pohsd.paths.resources_dir)."""
    return resources_dir() / "hsds" / "3.0"


def _email(value: str) -> bool:
    return "@" in value


def _unchecked(value: str) -> bool:
    return True


# The formats the Python `jsonschema` FormatChecker checked before (uuid natively; email as
# "contains @"). uri and date-time were never checked (no rfc3987/rfc3339 libraries): a feed
# with "www.example.nl" as url keeps loading as it did.
_FORMATS = {"email": _email, "uri": _unchecked, "date-time": _unchecked}


@cache
def _validator() -> Any:
    import jsonschema_rs  # deferred: startup budget

    def no_network(uri: str) -> Any:
        raise ValueError(f"{uri} is not bundled; schemas are never fetched")

    folder = schema_dir()
    resources = [
        (_BASE_URI + path.name, json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(folder.glob("*.json"))
    ]
    registry = jsonschema_rs.Registry(
        resources, draft=jsonschema_rs.Draft202012, retriever=no_network
    )
    schema = json.loads((folder / "service.json").read_text(encoding="utf-8"))
    return jsonschema_rs.Draft202012Validator(
        schema,
        formats=_FORMATS,
        validate_formats=True,
        registry=registry,
        retriever=no_network,
        base_uri=_BASE_URI + "service.json",
    )


def _short(text: str) -> str:
    return text if len(text) <= MAX_REASON_CHARS else text[: MAX_REASON_CHARS - 1] + "…"


def _where(path: Iterable[Any]) -> str:
    return "/" + "/".join(str(p) for p in path)


def _limits(service: dict[str, Any]) -> str | None:
    """First string-length or list-count violation anywhere in the service, or None.

    One walk over the values without building paths; the path is only traced on a violation.
    """
    stack: list[Any] = [service]
    push = stack.append
    while stack:
        container = stack.pop()
        for value in container.values() if type(container) is dict else container:
            kind = type(value)
            if kind is str:
                if len(value) > MAX_STRING_CHARS:
                    return _limits_where(service)
            elif kind is dict:
                push(value)
            elif kind is list:
                if len(value) > MAX_LIST_ITEMS:
                    return _limits_where(service)
                push(value)
            elif kind is int:
                if not _INT_MIN <= value <= _INT_MAX:
                    return _limits_where(service)
            elif kind is not bool and isinstance(value, (str, dict, list, int)):
                # subclasses: the careful walk decides
                return _limits_where(service)
    return None


def _limits_where(service: dict[str, Any]) -> str | None:
    stack: list[tuple[str, Any]] = [("", service)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_STRING_CHARS:
                return f"text too long at {where or '/'}"
        elif isinstance(value, int) and not _INT_MIN <= value <= _INT_MAX:
            return f"number out of range at {where or '/'}"
        elif isinstance(value, list):
            if len(value) > MAX_LIST_ITEMS:
                return f"too many items at {where or '/'}"
            stack.extend((f"{where}/{i}", item) for i, item in enumerate(value))
        elif isinstance(value, dict):
            stack.extend((f"{where}/{key}", item) for key, item in value.items())
    return None


def _value(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _message(error: Any) -> str:
    """A short reason in the words of the Python jsonschema messages (path added by caller)."""
    kind = error.kind
    name = type(kind).__name__
    if name == "Required":
        return f"{kind.property!r} is a required property"
    if name == "Format":
        return f"{_value(error.instance)} is not a {kind.format!r}"
    if name == "Type":
        types = " or ".join(repr(t) for t in kind.types)
        return f"{_value(error.instance)} is not of type {types}"
    if name == "Enum":
        return f"{_value(error.instance)} is not one of {_value(kind.options)}"
    return _short(str(error.message))


def _schema_error(service: dict[str, Any]) -> str | None:
    validator = _validator()
    if validator.is_valid(service):
        return None
    errors = list(validator.iter_errors(service))
    if not errors:  # pragma: no cover - is_valid and iter_errors agree
        return "schema: invalid"
    error = min(errors, key=lambda e: len(e.instance_path))  # the shallowest, as best_match
    return f"schema at {_where(error.instance_path)}: {_message(error)}"


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


class FeedCheck:
    """Validate a feed chunk by chunk; `finish()` applies the whole-feed rules.

    Per service: limits, schema, references and postcodes (a failing service is skipped with
    a reason). Across the feed: unique ids, at least one valid service, both profile
    taxonomies present. A streaming import calls `add` per chunk and `finish` before the flip.
    """

    def __init__(self, *, require_taxonomies: bool = True, first: int = 0) -> None:
        self.require_taxonomies = require_taxonomies
        self.seen: set[str] = set()
        self.present: set[str] = set()
        self.skipped: list[tuple[str, str]] = []
        self.first = first  # position in the feed of the first service this check sees
        self.total = first
        self.ok = 0

    def add(self, services: list[Any]) -> list[dict[str, Any]]:
        """The valid services of this chunk (copies with `_postcode4`); FeedError when broken."""
        offset = self.total
        for index, service in enumerate(services, start=offset):
            if not isinstance(service, dict):
                raise FeedError("not_services", f"item {index} is not an object")
            sid = service.get("id")
            if isinstance(sid, str) and sid:
                if sid in self.seen:
                    raise FeedError("duplicate_id", f"service id {sid} appears more than once")
                self.seen.add(sid)
        self.total += len(services)
        ok: list[dict[str, Any]] = []
        for index, service in enumerate(services, start=offset):
            sid = service.get("id")
            if not isinstance(sid, str) or not sid or len(sid) > MAX_ID_CHARS:
                self.skipped.append((f"#{index}", "service has no usable id"))
                continue
            reason = _check_one(service)
            postcodes = _postcodes(service) if reason is None else []
            if isinstance(postcodes, str):
                reason = postcodes
            if reason is not None:
                name = service.get("name")
                label = f"{name}: " if isinstance(name, str) and name else ""
                self.skipped.append((sid, _short(label + reason)))
                continue
            if self.require_taxonomies:
                self.present |= taxonomy_names(service)
            ok.append({**service, "_postcode4": postcodes})
        self.ok += len(ok)
        return ok

    def merge(self, part: FeedCheck) -> None:
        """Take in the check of the next chunk, made on its own (prepare.py's workers).

        FeedError when the chunk repeats a service id seen before, as `add` would have said.
        """
        if part.first != self.total:
            raise ValueError("chunk checks must be merged in feed order")
        repeated = part.seen & self.seen
        if repeated:
            raise FeedError("duplicate_id", f"service id {min(repeated)} appears more than once")
        self.seen |= part.seen
        self.present |= part.present
        self.skipped.extend(part.skipped)
        self.total += part.total - part.first
        self.ok += part.ok

    def finish(self) -> None:
        """The whole-feed rules that need every service seen: FeedError when broken."""
        if self.total and not self.ok:
            first = self.skipped[0][1] if self.skipped else ""
            detail = f"all {self.total} services failed their checks; first: {first}"
            raise FeedError("no_valid_services", detail)
        if self.require_taxonomies:
            missing = [name for name in PROFILE_TAXONOMIES if name not in self.present]
            if missing:
                raise FeedError("missing_taxonomy", ", ".join(missing))


def validate_services(services: Any, *, require_taxonomies: bool = True) -> Validated:
    """Validate a complete feed: skip services failing their own checks; FeedError when broken.

    `require_taxonomies=False` is for publishers outside the Dutch profile (and partial batches).
    """
    if not isinstance(services, list):
        raise FeedError("not_services", "expected a list of service objects")
    check = FeedCheck(require_taxonomies=require_taxonomies)
    ok = check.add(services)
    check.finish()
    return Validated(ok, check.skipped)
