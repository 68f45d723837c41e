"""Suggestions: services for a client's hulpvraag, ranked, each with its reasons (intake.md §6)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import sqlcipher3

from pohsd.paths import resources_dir
from pohsd.socialmap.facts import (
    TOEGANG_REASONS,
    ServiceFacts,
    freshness_reason,
    lower_first,
    service_facts,
)
from pohsd.socialmap.geo import Origin, bounding_box, distances, format_km, haversine_km
from pohsd.socialmap.search import LEEFGEBIEDEN_TAXONOMY
from pohsd.socialmap.search_index import has_search_extras

MAX_CANDIDATES = 2000
STALE_DAYS = 365
NEAR_KM = 10.0  # candidates with a location this close come before the rest
FAR_CANDIDATES = 200  # per need, of the candidates without a location within NEAR_KM
NEED_STEP = 1000.0  # need order dominates: every service of need n outranks those of n + 1


@dataclass(frozen=True)
class Need:
    """A topic or domain of the hulpvraag, in ranking order (priority, signal, zr, A)."""

    code: str
    label: str
    priority: int | None = None
    signal: bool = False
    zr: int | None = None
    aandacht: bool = False


@dataclass(frozen=True)
class ClientPlace:
    postcode: str | None = None
    city: str | None = None
    age: int | None = None
    language: str | None = None  # ISO 639-1 of the home language, when not Dutch


@dataclass(frozen=True)
class Suggestion:
    service_id: str
    service_name: str
    organization_name: str | None
    topics: tuple[str, ...]
    toegang: tuple[str, ...]
    distance_km: float | None
    score: float
    reasons: tuple[str, ...]
    need: str
    assured_date: str | None


@dataclass(frozen=True)
class Weights:
    match_exact: float
    match_child: float
    match_parent: float
    area_postcode: float
    area_place: float
    distance: float
    distance_horizon_km: float
    sociale_basis: float
    fresh: float
    stale: float
    language: float
    free: float
    waitlist: float
    temporarily_closed: float
    favourite: float
    per_need: int


@lru_cache(maxsize=4)
def load_weights(path: Path | None = None) -> Weights:
    """The ranking weights kept in resources/socialmap/suggest-weights.json."""
    file = path or resources_dir() / "socialmap" / "suggest-weights.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    data.pop("$comment", None)
    return Weights(**data)


def _candidates(
    con: sqlcipher3.Connection, need: Need, place: ClientPlace, origin: Origin | None, cap: int
) -> list[str]:
    """Active services tagged with the need (its sub-codes, or its domain), in its area.

    Exact tags first, then those with a location within NEAR_KM, so the cap drops the least
    likely ones.
    """
    domain = need.code.split(".")[0]
    where = [
        "s.status NOT IN ('inactive', 'defunct')",
        "t.taxonomy = ?",
        "(t.term_code = ? OR (t.term_code > ? AND t.term_code < ?) OR t.term_code = ?)",
    ]
    params: list[object] = [LEEFGEBIEDEN_TAXONOMY, need.code, need.code + ".", need.code + "/"]
    params.append(domain)
    if place.age is not None:
        where.append(
            "(s.min_age IS NULL OR s.min_age <= ?) AND (s.max_age IS NULL OR s.max_age >= ?)"
        )
        params += [place.age, place.age]
    pc4 = (place.postcode or "")[:4]
    if pc4.isdigit():
        where.append(
            "(NOT EXISTS (SELECT 1 FROM service_postcode4 p WHERE p.service_id = s.id)"
            " OR EXISTS (SELECT 1 FROM service_postcode4 p WHERE p.service_id = s.id"
            " AND p.postcode4 = ?))"
        )
        params.append(pc4)
    near, box = "0", []
    if origin is not None:  # an indexed test per candidate; exact km only for the chosen ones
        near = (
            "EXISTS (SELECT 1 FROM locations l WHERE l.service_id = s.id"
            " AND l.latitude BETWEEN ? AND ? AND l.longitude BETWEEN ? AND ?)"
        )
        box = list(bounding_box(origin, NEAR_KM))
    sql = (
        f"SELECT s.id, max(t.term_code = ?) AS exact, {near} AS near"
        " FROM service_term t JOIN services s ON s.id = t.service_id"
        f" WHERE {' AND '.join(where)} GROUP BY s.id"
        " ORDER BY exact DESC, near DESC, s.rid LIMIT ?"
    )
    return [r[0] for r in con.execute(sql, [need.code, *box, *params, cap])]


def summary_candidates(
    con: sqlcipher3.Connection,
    needs: list[Need],
    place: ClientPlace,
    origin: Origin | None,
    cap: int,
) -> tuple[dict[str, list[str]], dict[str, ServiceFacts], dict[str, float]]:
    """Per need its candidates, their facts and distances, without joining every tagged row.

    Tagged ids come from the (term_code, service_id) index alone and near ids from one box
    query on locations. Every near candidate is kept; of the others at most FAR_CANDIDATES per
    need (exact tags first), then the cap. Only those rows are read, from the compact
    service_rank (codes where the full facts hold names; the scores are the same).
    """
    near: set[str] = set()
    if origin is not None:
        box = bounding_box(origin, NEAR_KM)
        near = {
            r[0]
            for r in con.execute(
                "SELECT DISTINCT service_id FROM locations WHERE latitude BETWEEN ? AND ?"
                " AND longitude BETWEEN ? AND ?",
                box,
            )
        }
    tagged: dict[str, dict[str, bool]] = {}  # need → service → exact
    sql = "SELECT service_id FROM service_term WHERE term_code = ?"
    for need in needs:
        domain = need.code.split(".")[0]
        exact = [r[0] for r in con.execute(sql, [need.code])]
        others = [
            r[0]
            for r in con.execute(
                "SELECT service_id FROM service_term WHERE (term_code > ? AND term_code < ?)"
                " OR term_code = ?",
                [need.code + ".", need.code + "/", domain],
            )
        ]
        keep = dict.fromkeys(exact, True)
        for sid in others:
            keep.setdefault(sid, False)
        far = [sid for sid in keep if sid not in near][:FAR_CANDIDATES]  # exact ones first
        tagged[need.code] = {sid: keep[sid] for sid in keep if sid in near} | {
            sid: keep[sid] for sid in far
        }
    rows = _rank_rows(con, {sid for found in tagged.values() for sid in found})
    pc4 = (place.postcode or "")[:4]
    pc4 = f" {pc4} " if pc4.isdigit() else ""
    per_need: dict[str, list[str]] = {}
    for need in needs:
        domain = need.code.split(".")[0]
        order = []
        for sid, exact in tagged[need.code].items():
            r = rows.get(sid)
            if (
                r is None
                or r[2] in ("inactive", "defunct")
                or (pc4 and r[10].strip() and pc4 not in r[10])
            ):
                continue  # withdrawn, or limited to other PC4s
            topics = r[7]
            if not (
                f" {need.code} " in topics or f" {need.code}." in topics or f" {domain} " in topics
            ):
                continue  # the code came from another taxonomy
            order.append((not exact, sid not in near, r[1], sid))
        order.sort()
        per_need[need.code] = [c[3] for c in order[:cap]]  # fmt: skip
    facts: dict[str, ServiceFacts] = {}
    km: dict[str, float] = {}
    for sid in {sid for ids in per_need.values() for sid in ids}:
        r = rows[sid]
        facts[sid] = ServiceFacts(
            sid, r[14], None, r[2], r[3], r[4] == 1, r[5], r[6],
            topics={c: c for c in r[7].split()}, toegang=r[8].split(),
            languages={c: c for c in r[9].split()}, areas=set(r[10].split()),
            places={c for c in r[11].split("|") if c}, waitlist=bool(r[13]),
        )  # fmt: skip
        if origin is not None:
            lat0, lon0 = origin.latitude, origin.longitude
            dists = [haversine_km(lat0, lon0, a, b) for a, b in _points(r[12])]
            if dists:
                km[sid] = min(dists)
    return per_need, facts, km


def _rank_rows(con: sqlcipher3.Connection, ids: set[str]) -> dict[str, tuple]:  # type: ignore[type-arg]
    out = {}
    wanted = sorted(ids)
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        marks = ",".join("?" * len(part))
        for row in con.execute(
            "SELECT service_id, rid, status, assured_date, free, min_age, max_age, topics,"
            " toegang, languages, areas, cities, geo, waitlist, name_key FROM service_rank"
            f" WHERE service_id IN ({marks})",
            part,
        ):
            out[row[0]] = row
    return out


def _points(geo: str) -> list[tuple[float, float]]:
    out = []
    for part in geo.split(";"):
        lat, _, lon = part.partition(" ")
        if lat and lon:
            out.append((float(lat), float(lon)))
    return out


def _match(need: Need, facts: ServiceFacts, w: Weights) -> float:
    codes = facts.topics
    if need.code in codes:
        return w.match_exact
    if any(c.startswith(need.code + ".") for c in codes):
        return w.match_child
    return w.match_parent  # only the domain, for a topic need


def _score(
    need: Need,
    facts: ServiceFacts,
    km: float | None,
    place: ClientPlace,
    favourite: bool,
    today: date,
    w: Weights,
) -> tuple[float, list[str]]:
    score = _match(need, facts, w)
    reasons = [f"past bij: {lower_first(need.label)}"]
    if need.priority:
        reasons.append(f"prioriteit {need.priority}")
    if need.signal:
        reasons.append("open signaal")
    pc4 = (place.postcode or "")[:4]
    if pc4 and pc4 in facts.areas:
        score += w.area_postcode
        reasons.append("in uw wijk")
    elif place.city and place.city.strip().casefold() in {p.casefold() for p in facts.places}:
        score += w.area_place
    if km is not None:
        score += w.distance * max(0.0, 1.0 - km / w.distance_horizon_km)
        reasons.append(format_km(km))
    basis = facts.sociale_basis
    if basis and not need.signal:
        score += w.sociale_basis  # sociale basis first, unless an open signal asks for more
    for code in facts.toegang[:1]:
        reasons.append(TOEGANG_REASONS.get(code, code))
    if facts.free:
        score += w.free
        reasons.append("gratis")
    if place.language and place.language in facts.languages:
        score += w.language
        reasons.append(f"spreekt {facts.languages[place.language]}")
    if facts.waitlist:
        score += w.waitlist
        reasons.append("wachtlijst")
    if facts.status == "temporarily closed":
        score += w.temporarily_closed
        reasons.append("tijdelijk gesloten")
    cutoff = (today - timedelta(days=STALE_DAYS)).isoformat()
    stale = freshness_reason(facts.assured_date, cutoff)
    if stale:
        score += w.stale
        reasons.append(stale)
    elif facts.assured_date:
        score += w.fresh
    if favourite:
        score += w.favourite
        reasons.append("favoriet")
    return score, reasons


def suggest(
    con: sqlcipher3.Connection,
    needs: list[Need],
    place: ClientPlace,
    *,
    origin: Origin | None = None,
    favourites: frozenset[str] = frozenset(),
    today: date | None = None,
    limit: int = 20,
    weights: Weights | None = None,
) -> list[Suggestion]:
    """Ranked services for the needs: need order first, then the service's own score."""
    if not needs or limit <= 0:
        return []
    w = weights or load_weights()
    today = today or date.today()
    cap = max(1, MAX_CANDIDATES // len(needs))
    if has_search_extras(con):  # one scan of the compact service_rank rows, no lookups
        per_need, facts, km = summary_candidates(con, needs, place, origin, cap)
    else:
        per_need = {n.code: _candidates(con, n, place, origin, cap) for n in needs}
        ids = [sid for found in per_need.values() for sid in found]
        facts = service_facts(con, ids)
        km = distances(con, list(facts), origin) if origin is not None else {}
    matched: dict[str, list[str]] = {}  # service → labels of every need it fits
    for need in needs:
        for sid in per_need[need.code]:
            matched.setdefault(sid, []).append(lower_first(need.label))
    taken: set[str] = set()
    shown = max(w.per_need, math.ceil(limit / len(needs)))
    picked: list[tuple[int, Need, str]] = []
    for rank, need in enumerate(needs):
        scored = []
        for sid in per_need[need.code]:
            f = facts.get(sid)
            if f is None or sid in taken or not f.age_fits(place.age):
                continue
            score, _ = _score(need, f, km.get(sid), place, sid in favourites, today, w)
            scored.append((score, f))
        scored.sort(key=lambda x: (-x[0], x[1].name.casefold(), x[1].service_id))
        for _, f in scored[:shown]:
            taken.add(f.service_id)
            picked.append((rank, need, f.service_id))
    picked = picked[:limit]
    if has_search_extras(con):  # names, organizations and language names of the shown ones
        facts = service_facts(con, [sid for _, _, sid in picked])
    result: list[Suggestion] = []
    for rank, need, sid in picked:
        f = facts[sid]
        score, reasons = _score(need, f, km.get(sid), place, sid in favourites, today, w)
        if len(matched[sid]) > 1:
            reasons[0] = "past bij: " + ", ".join(dict.fromkeys(matched[sid]))
        result.append(
            Suggestion(
                service_id=sid,
                service_name=f.name,
                organization_name=f.organization_name,
                topics=tuple(f.topics),
                toegang=tuple(f.toegang),
                distance_km=round(km[sid], 2) if sid in km else None,
                score=round(NEED_STEP * (len(needs) - rank) + score, 2),
                reasons=tuple(reasons),
                need=need.code,
                assured_date=f.assured_date,
            )
        )
    return result
