"""Rows of one sociale-kaart generation: the filter/search rows and the stored service form."""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

import sqlcipher3

from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.socialmap import jsontext
from pohsd.socialmap.search import TOEGANG_TAXONOMY, stem_text
from pohsd.socialmap.search_index import LEEFGEBIEDEN_TAXONOMY, name_key

WITHDRAWN = ("inactive", "defunct")
Memo = dict[int, tuple[Any, str]]
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_WORDS = {
    "monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
    "saturday": "SA", "sunday": "SU", "maandag": "MO", "dinsdag": "TU", "woensdag": "WE",
    "donderdag": "TH", "vrijdag": "FR", "zaterdag": "SA", "zondag": "SU",
}  # fmt: skip

INSERTS = {
    "services": "INSERT INTO services VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "locations": "INSERT INTO locations VALUES (?,?,?,?,?,?,?,?)",
    "phones": "INSERT INTO phones VALUES (?,?,?,?)",
    "schedules": "INSERT INTO schedules VALUES (?,?,?,?)",
    "service_weekday": "INSERT INTO service_weekday VALUES (?,?)",
    "languages": "INSERT INTO languages VALUES (?,?,?)",
    "cost_options": "INSERT INTO cost_options VALUES (?,?,?,?)",
    "service_term": "INSERT INTO service_term VALUES (?,?,?,?)",
    "service_postcode4": "INSERT INTO service_postcode4 VALUES (?,?)",
    "capacity": "INSERT INTO capacity VALUES (?,?,?,?,?)",
    "search_text": "INSERT INTO search_text VALUES (?,?,?,?,?,?,?)",
    "hsds_objects": "INSERT OR IGNORE INTO hsds_objects VALUES (?,?)",
}
RANK = "rank"  # rows for service_rank (without qrank), see search_index.append_rank


RID_TABLES = ("services", "search_text", RANK)  # the row lists whose first value is the rid


def shift_rids(rows: dict[str, list[tuple[Any, ...]]], by: int) -> None:
    """Renumber the rows `collect` made: every rid goes up by `by`."""
    if by:
        for name in RID_TABLES:
            rows[name] = [(row[0] + by, *row[1:]) for row in rows[name]]


def empty_rows() -> dict[str, list[tuple[Any, ...]]]:
    """The row lists `collect` fills: one per table of INSERTS, plus RANK."""
    return {name: [] for name in (*INSERTS, RANK)}


def status_of(svc: dict[str, Any]) -> str:
    """The service's status in lower case; a feed that leaves it out means "active"."""
    return str(svc.get("status") or "active").lower()


def is_active(svc: dict[str, Any]) -> bool:
    """Not withdrawn (inactive or defunct): the services the 20 % drop rule counts."""
    return status_of(svc) not in WITHDRAWN


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    try:
        return None if value is None or value == "" else int(value)
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


def _list(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def collect(
    rows: dict[str, list[tuple[Any, ...]]],
    rid: int,
    svc: dict[str, Any],
    known: set[str] | None = None,
    memo: Memo | None = None,
    *,
    stored_form: bool = True,
) -> None:
    """Append the rows of one service to `rows` (keys of INSERTS).

    `known`: keys of the shared objects already written; `memo`: keys of objects seen (see pack).
    Without `stored_form` the services row gets an empty `raw` and no shared objects are
    packed: for rows that are only compared, never written (replace.py).
    """
    sid = _str(svc.get("id"))
    if not sid:
        raise ValidationError("services.id", "required")
    org = svc.get("organization") if isinstance(svc.get("organization"), dict) else {}
    name = str(svc.get("name") or "")
    org_name = _str(org.get("name"))
    costs = _list(svc.get("cost_options"))
    for c in costs:
        desc = c.get("amount_description") or c.get("option")
        rows["cost_options"].append((sid, _float(c.get("amount")), c.get("currency"), desc))
    term_names = []
    kinds: dict[str, set[str]] = {"codes": set(), "topics": set(), "toegang": set()}
    for attr in _list(svc.get("attributes")):
        term = attr.get("taxonomy_term") if isinstance(attr.get("taxonomy_term"), dict) else {}
        code = _str(term.get("code"))
        if not code:
            continue
        detail = (
            term.get("taxonomy_detail") if isinstance(term.get("taxonomy_detail"), dict) else {}
        )
        taxonomy = _str(term.get("taxonomy") or detail.get("name"))
        rows["service_term"].append((code, taxonomy, sid, _str(term.get("name"))))
        if taxonomy == TOEGANG_TAXONOMY:
            kinds["toegang"].add(code)
        else:
            kinds["codes"].add(code)
            if taxonomy == LEEFGEBIEDEN_TAXONOMY:
                kinds["topics"].add(code)
        if taxonomy != TOEGANG_TAXONOMY and term.get("name"):
            term_names.append(str(term["name"]))
    cities: set[str] = set()
    geo: list[str] = []
    for sal in _list(svc.get("service_at_locations")):
        loc = sal.get("location") if isinstance(sal.get("location"), dict) else {}
        addr = next(iter(_list(loc.get("addresses"))), {})
        lat, lon, city = _float(loc.get("latitude")), _float(loc.get("longitude")), addr.get("city")
        rows["locations"].append((
            _str(loc.get("id") or sal.get("location_id")), sid, _str(loc.get("name")),
            lat, lon, _str(addr.get("address_1")), _str(addr.get("postal_code")), _str(city),
        ))  # fmt: skip
        if city is not None and str(city).strip():
            cities.add(str(city).strip().casefold())
        if lat is not None and lon is not None:
            geo.append(f"{lat!r} {lon!r}")
    for p in _list(svc.get("phones")):
        rows["phones"].append((_str(p.get("id")), sid, _str(p.get("number")), _str(p.get("type"))))
    days: set[str] = set()
    for sch in _list(svc.get("schedules")):
        days |= _weekdays(sch)
        raw_sch = jsontext.dumps(sch)
        rows["schedules"].append((_str(sch.get("id")), sid, _str(sch.get("byday")), raw_sch))
    rows["service_weekday"].extend((day, sid) for day in sorted(days))
    languages = set()
    for lang in _list(svc.get("languages")):
        code = _str(lang.get("code"))
        rows["languages"].append((sid, code.lower() if code else None, _str(lang.get("name"))))
        languages.add(code.lower() if code else None)
    areas: set[str] = set()
    for area in _list(svc.get("service_areas")):
        if str(area.get("extent_type") or "").lower() == "postcode4":
            codes = {c.strip() for c in str(area.get("extent") or "").split(",")}
            pcs = sorted(c for c in codes if re.fullmatch(r"\d{4}", c))
            rows["service_postcode4"].extend((pc, sid) for pc in pcs)
            areas.update(pcs)
    waitlist = 0
    for cap in _list(svc.get("capacities") or svc.get("service_capacity")):
        available = _float(cap.get("available"))
        rows["capacity"].append((
            sid, available, _float(cap.get("maximum")),
            _str(cap.get("unit", {}).get("name") if isinstance(cap.get("unit"), dict) else None),
            _str(cap.get("updated")),
        ))  # fmt: skip
        waitlist |= available is not None and available <= 0
    status = status_of(svc)
    min_age, max_age = _int(svc.get("minimum_age")), _int(svc.get("maximum_age"))
    free = _free(svc, costs)
    assured = _str(svc.get("assured_date"))
    rows["services"].append((
        rid, sid, name, _str(svc.get("alternate_name")), _str(svc.get("description")), status,
        _str(svc.get("organization_id") or org.get("id")),
        org_name, _str(svc.get("url")), _str(svc.get("email")), assured,
        _str(svc.get("last_modified")), min_age, max_age, free,
        pack(svc, rows["hsds_objects"], known, memo) if stored_form else "",
    ))  # fmt: skip
    full_name = " ".join(x for x in (name, svc.get("alternate_name")) if x)
    topics = " ".join(term_names)
    description = str(svc.get("description") or "")
    rows["search_text"].append((
        rid, full_name, org_name or "", topics, description, stem_text(full_name),
        stem_text(" ".join((org_name or "", topics, description))),
    ))  # fmt: skip
    rows[RANK].append((
        rid, sid, name_key(full_name), status, min_age, max_age, free,
        *(_joined(kinds[kind]) for kind in ("codes", "topics", "toegang")),
        _joined(languages), _joined(days), _joined(areas), assured,
        "|" + "|".join(sorted(cities)) + "|" if cities else "|", ";".join(geo), int(waitlist),
    ))  # fmt: skip


def collect_rows(
    services: Iterable[dict[str, Any]], first_rid: int, known: set[str] | None = None
) -> tuple[dict[str, list[tuple[Any, ...]]], int]:
    """The rows of these services (storage.collect) with rids from `first_rid`; the next rid."""
    rows = empty_rows()
    rid = first_rid
    memo: Memo = {}
    for svc in services:
        collect(rows, rid, svc, known, memo)
        rid += 1
    return rows, rid


def _joined(items: set[Any]) -> str:
    """Values as " a b " (sorted, a space around each): `instr(col, ' a ')` tests membership."""
    values = sorted({str(v) for v in items if v})
    return " " + " ".join(values) + " " if values else " "


def _free(svc: dict[str, Any], costs: list[dict[str, Any]]) -> int | None:
    """1 when free of charge, 0 when a price is known, None when the feed does not say."""
    if str(svc.get("fees_description") or "").strip().lower() == "gratis":
        return 1
    if not costs:
        return None
    for c in costs:
        if _float(c.get("amount")) == 0 or "gratis" in str(c.get("amount_description")).lower():
            return 1
    return 0


def _weekdays(schedule: dict[str, Any]) -> set[str]:
    """Weekday codes (MO..SU) from an RRULE `byday` ("MO,WE,-1FR") or a `weekday` field."""
    days = set()
    for part in str(schedule.get("byday") or "").upper().split(","):
        code = part.strip()[-2:]
        if code in _DAYS:
            days.add(code)
    weekday = schedule.get("weekday")
    if isinstance(weekday, int) and 1 <= weekday <= 7:
        days.add(_DAYS[weekday - 1])  # ISO weekday: 1 = Monday
    elif isinstance(weekday, str):
        word = weekday.strip().lower()
        if word.upper()[:2] in _DAYS and len(word) == 2:
            days.add(word.upper())
        elif word in _DAY_WORDS:
            days.add(_DAY_WORDS[word])
    return days


# ---------------------------------------------------------------- stored form of a service
#
# Format 2 (schema.SCHEMA_VERSION): `services.raw` holds the JSON array `[refs, service]`, where
# the embedded organization, each service_at_location's location and each attribute's
# taxonomy_term are replaced by the key of a row in `hsds_objects` (content-addressed: the same
# object is stored once however many services embed it), and `refs` lists the paths replaced.
# Format 1 stored the whole service object (`{...}`); `load_services` reads both.

_EMBEDDED = (("service_at_locations", "location"), ("attributes", "taxonomy_term"))


def _object_key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def pack(
    svc: dict[str, Any],
    objects: list[tuple[str, bytes]],
    known: set[str] | None,
    memo: Memo | None = None,
) -> str:
    """The stored `raw` of one service; new shared objects are appended to `objects`.

    `known` (keys already written in this file) saves compressing an object twice; `memo`
    maps id(object) → (object, key) so an object shared by several services of one batch is
    encoded once (the object is kept in the memo, so its id cannot be reused meanwhile).
    """
    refs: list[list[Any]] = []
    stored = dict(svc)

    def share(value: dict[str, Any]) -> str:
        if memo is not None:
            hit = memo.get(id(value))
            if hit is not None and hit[0] is value:
                return hit[1]
        text = jsontext.dumps(value)
        key = _object_key(text)
        if known is None or key not in known:
            objects.append((key, zlib.compress(text.encode("utf-8"))))
            if known is not None:
                known.add(key)
        if memo is not None:
            memo[id(value)] = (value, key)
        return key

    if isinstance(svc.get("organization"), dict):
        stored["organization"] = share(svc["organization"])
        refs.append(["organization"])
    for outer, inner in _EMBEDDED:
        items = svc.get(outer)
        if not isinstance(items, list):
            continue
        copied = list(items)
        for i, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get(inner), dict):
                copied[i] = {**item, inner: share(item[inner])}
                refs.append([outer, i, inner])
        stored[outer] = copied
    return jsontext.dumps([refs, stored])


class Objects:
    """Decompressed shared objects by key, read on demand (bounded cache of JSON texts)."""

    LIMIT = 20_000

    def __init__(self, con: sqlcipher3.Connection) -> None:
        self.con = con
        self.texts: dict[str, str] = {}

    def get(self, key: str) -> Any:
        text = self.texts.get(key)
        if text is None:
            row = self.con.execute("SELECT raw FROM hsds_objects WHERE key = ?", [key]).fetchone()
            if row is None:
                raise PohsdError(ErrorCode.DB_CORRUPT)
            text = zlib.decompress(row[0]).decode("utf-8")
            if len(self.texts) >= self.LIMIT:
                self.texts.clear()
            self.texts[key] = text
        return jsontext.loads(text)  # a fresh copy per service, as format 1 gave


def unpack(raw: str | bytes, objects: Objects) -> dict[str, Any]:
    """The service as written, from its stored `raw` (format 1 or 2)."""
    value = jsontext.loads(raw)
    if isinstance(value, dict):  # format 1: the whole service
        return value
    refs, svc = value
    for path in refs:
        parent: Any = svc
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = objects.get(parent[path[-1]])
    return svc  # type: ignore[no-any-return]


READ_CHUNK = 2000  # stored services read per query by load_services


def load_services(
    con: sqlcipher3.Connection, ids: Iterable[str] | None = None
) -> Iterator[dict[str, Any]]:
    """The stored services (all, in rid order, or those with these ids), as the feed gave them.

    Each is the full nested HSDS service that was written (with `_postcode4`), rebuilt from the
    service row and the shared organization/location/term objects. Streams: rows are read in
    chunks, nothing holds the whole map.
    """
    objects = Objects(con)
    if ids is None:
        last = 0
        while True:
            rows = con.execute(
                "SELECT rid, raw FROM services WHERE rid > ? ORDER BY rid LIMIT ?",
                [last, READ_CHUNK],
            ).fetchall()
            if not rows:
                return
            for _, raw in rows:
                yield unpack(raw, objects)
            last = rows[-1][0]
    wanted = list(dict.fromkeys(str(i) for i in ids))
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        marks = ",".join("?" * len(part))
        rows = con.execute(
            f"SELECT raw FROM services WHERE id IN ({marks}) ORDER BY rid", part
        ).fetchall()
        for (raw,) in rows:
            yield unpack(raw, objects)


def load_service(con: sqlcipher3.Connection, service_id: str) -> dict[str, Any] | None:
    """One stored service as the feed gave it (with `_postcode4`), or None."""
    return next(load_services(con, [service_id]), None)
