"""Search the sociale kaart: user text → safe FTS5 MATCH with Dutch stems, plus filters (§8)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlcipher3

from pohsd.socialmap.geo import KM_FUNCTION, Origin, bounding_box, register_km
from pohsd.socialmap.schema import BM25_WEIGHTS
from pohsd.socialmap.search_broad import broad_search, is_broad, snippet
from pohsd.socialmap.search_index import LEEFGEBIEDEN_TAXONOMY, TOEGANG_TAXONOMY, words
from pohsd.socialmap.search_index import stem as _stem

MAX_TOKENS = 12
MAX_LIMIT = 200
POOL = 500  # best FTS matches that are joined and filtered first
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Hit:
    service_id: str
    name: str
    organization_name: str | None
    topics: tuple[str, ...]
    toegang: tuple[str, ...]
    score: float
    snippet: str


def stem_text(text: str) -> str:
    """The Dutch snowball stems of a text, space separated (the `*_stem` FTS columns)."""
    return " ".join(_stem(w) for w in words(text))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match_expression(text: str) -> str | None:
    """A safe FTS5 MATCH for user text, or None when the text has no words.

    Every token is a quoted string (no FTS syntax from the user). A token matches its exact
    (diacritic-folded) form in the text columns, the last one as a prefix, or its Dutch stem as
    a prefix in the stem columns ("schulden" → schul* finds "schuld").
    """
    tokens = words(text)[:MAX_TOKENS]
    if not tokens:
        return None
    parts = []
    for n, token in enumerate(tokens):
        star = "*" if n == len(tokens) - 1 else ""
        stem = _stem(token)
        stem_star = "*" if len(stem) >= 3 else ""
        parts.append(
            f"({{name organization topics description}} : {_quote(token)}{star}"
            f" OR {{name_stem body_stem}} : {_quote(stem)}{stem_star})"
        )
    return " AND ".join(parts)


def _weekday_code(weekday: int | str | date) -> str:
    if isinstance(weekday, date):
        return _DAYS[weekday.weekday()]
    if isinstance(weekday, int):
        return _DAYS[weekday % 7]  # Python weekday(): 0 = Monday
    code = weekday.strip().upper()[:2]
    if code not in _DAYS:
        raise ValueError("weekday")
    return code


def search(
    con: sqlcipher3.Connection,
    text: str,
    *,
    topic: str | None = None,
    toegang: str | None = None,
    postcode4: str | None = None,
    age: int | None = None,
    language: str | None = None,
    free: bool | None = None,
    weekday: int | str | date | None = None,
    origin: Origin | None = None,
    max_km: float | None = None,
    limit: int = 50,
) -> list[Hit]:
    """Active services matching text and filters; best bm25 first, or by name for empty text.

    `max_km` keeps services with a geocoded location within that distance of `origin` (a
    service without a known position is left out then).
    """
    limit = max(1, min(int(limit), MAX_LIMIT))
    match = match_expression(text)
    tokens = words(text)[:MAX_TOKENS]
    broad = match is not None and is_broad(con, tokens)
    where, params = _filters(
        con, "s.service_id" if broad else "s.id", compact=broad, topic=topic, toegang=toegang,
        postcode4=postcode4, age=age, language=language, free=free, weekday=weekday,
        origin=origin, max_km=max_km,
    )  # fmt: skip
    if match is None:
        sql = (
            "SELECT s.id, s.name, s.organization_name, 0.0,"
            " substr(coalesce(s.description, ''), 1, 160)"
            f" FROM services s WHERE {' AND '.join(where)}"
            " ORDER BY s.name COLLATE NOCASE, s.id LIMIT ?"
        )
        rows = con.execute(sql, [*params, limit]).fetchall()
    elif broad:  # a prefix matching thousands: bounded candidates instead of bm25 over all
        rows = broad_search(con, tokens, match, " AND ".join(where), params, limit)
    else:
        rows = _ranked(con, text, match, " AND ".join(where), params, limit)
    terms = _terms(con, [r[0] for r in rows if len(r) < 7])
    terms.update({r[0]: {"topics": list(r[5]), "toegang": list(r[6])} for r in rows if len(r) >= 7})
    return [
        Hit(
            service_id=r[0],
            name=r[1],
            organization_name=r[2],
            topics=tuple(terms.get(r[0], {}).get("topics", ())),
            toegang=tuple(terms.get(r[0], {}).get("toegang", ())),
            score=-float(r[3]) or 0.0,
            snippet=r[4] or "",
        )
        for r in rows
    ]


def _filters(
    con: sqlcipher3.Connection,
    sid: str,
    *,
    compact: bool = False,
    topic: str | None,
    toegang: str | None,
    postcode4: str | None,
    age: int | None,
    language: str | None,
    free: bool | None,
    weekday: int | str | date | None,
    origin: Origin | None,
    max_km: float | None,
) -> tuple[list[str], list[object]]:
    """SQL conditions on a service row `s` (status, ages, free) whose id column is `sid`.

    `compact`: `s` is a service_rank row, whose code/language/day lists answer those filters.
    """
    where = ["s.status NOT IN ('inactive', 'defunct')"]
    params: list[object] = []
    # Correlated EXISTS per candidate row: an `id IN (SELECT …)` lets the planner drive the
    # query from a filter table (60 000 Monday services) instead of from the few candidates.
    if max_km is not None and origin is not None:
        register_km(con, origin)
        where.append(
            f"EXISTS (SELECT 1 FROM locations l WHERE l.service_id = {sid}"
            " AND l.latitude BETWEEN ? AND ? AND l.longitude BETWEEN ? AND ?"
            f" AND {KM_FUNCTION}(l.latitude, l.longitude) <= ?)"
        )
        params += [*bounding_box(origin, float(max_km)), float(max_km)]
    if compact:
        for column, values in (
            ("toegang", [toegang]),
            ("languages", [language.strip().lower() if language else None]),
            ("days", [_weekday_code(weekday) if weekday is not None else None]),
            ("codes", [topic, f"{topic}." if topic else None]),
        ):
            if values[0]:
                where.append("(" + " OR ".join([f"instr(s.{column}, ?) > 0"] * len(values)) + ")")
                params += [f" {values[0]} "] + ([f" {v}" for v in values[1:]])
        topic = toegang = language = weekday = None
    if topic:
        where.append(
            f"EXISTS (SELECT 1 FROM service_term t WHERE t.service_id = {sid} AND (t.term_code = ?"
            " OR (t.term_code >= ? AND t.term_code < ?)) AND coalesce(t.taxonomy, '') <> ?)"
        )
        params += [topic, topic + ".", topic + "/", TOEGANG_TAXONOMY]  # "/" sorts right after "."
    if toegang:
        where.append(
            "EXISTS (SELECT 1 FROM service_term t WHERE t.term_code = ?"
            f" AND t.service_id = {sid} AND t.taxonomy = ?)"
        )
        params += [toegang, TOEGANG_TAXONOMY]
    if postcode4:
        where.append(
            f"(NOT EXISTS (SELECT 1 FROM service_postcode4 p WHERE p.service_id = {sid})"
            " OR EXISTS (SELECT 1 FROM service_postcode4 p WHERE p.postcode4 = ?"
            f" AND p.service_id = {sid}))"
        )
        params.append(str(postcode4).strip()[:4])
    if age is not None:
        where.append(
            "(s.min_age IS NULL OR s.min_age <= ?) AND (s.max_age IS NULL OR s.max_age >= ?)"
        )
        params += [age, age]
    if language:
        where.append(
            f"EXISTS (SELECT 1 FROM languages g WHERE g.code = ? AND g.service_id = {sid})"
        )
        params.append(language.strip().lower())
    if free is not None:
        where.append("s.free = ?")
        params.append(1 if free else 0)
    if weekday is not None:
        where.append(
            f"EXISTS (SELECT 1 FROM service_weekday w WHERE w.day = ? AND w.service_id = {sid})"
        )
        params.append(_weekday_code(weekday))
    return where, params


def _ranked(
    con: sqlcipher3.Connection,
    text: str,
    match: str,
    where: str,
    params: list[object],
    limit: int,
) -> list[tuple[Any, ...]]:
    """Best bm25 first, each row with its snippet.

    The join and filters first run on the best POOL matches only (a broad prefix can match most
    of the map); when that leaves too few rows, on all of them.
    """
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    ranked = (
        f"SELECT rowid AS rid, bm25(services_fts, {weights}) AS rank FROM services_fts"
        " WHERE services_fts MATCH ? ORDER BY rank"
    )
    outer = (
        "SELECT s.id, s.name, s.organization_name, top.rank, s.description"
        f" FROM top JOIN services s ON s.rid = top.rid WHERE {where}"
        " ORDER BY top.rank, s.name COLLATE NOCASE LIMIT ?"
    )
    pool = max(POOL, limit * 10)
    rows = con.execute(
        f"WITH top AS ({ranked} LIMIT ?) {outer}", [match, pool, *params, limit]
    ).fetchall()
    if len(rows) < limit and _more_than(con, match, pool):  # the filters ate the pool
        rows = con.execute(f"WITH top AS ({ranked}) {outer}", [match, *params, limit]).fetchall()
    # The snippet is cut in Python: FTS5 snippet() with `rowid IN (…)` re-runs the MATCH for
    # every row (40 ms for 50 rows at 20 000 services).
    tokens = words(text)[:MAX_TOKENS]
    stems = [_stem(t) for t in tokens]
    return [(r[0], r[1], r[2], r[3], snippet(r[4] or "", tokens, stems)) for r in rows]


def _more_than(con: sqlcipher3.Connection, match: str, n: int) -> bool:
    """Whether more than n services match (unranked, so cheap)."""
    sql = "SELECT count(*) FROM (SELECT rowid FROM services_fts WHERE services_fts MATCH ? LIMIT ?)"
    return int(con.execute(sql, [match, n + 1]).fetchone()[0]) > n


def _terms(con: sqlcipher3.Connection, ids: list[str]) -> dict[str, dict[str, list[str]]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    out: dict[str, dict[str, list[str]]] = {}
    for sid, code, taxonomy in con.execute(
        f"SELECT service_id, term_code, taxonomy FROM service_term WHERE service_id IN ({marks})"
        " ORDER BY term_code",
        ids,
    ):
        kind = "toegang" if taxonomy == TOEGANG_TAXONOMY else "topics"
        if kind == "topics" and taxonomy != LEEFGEBIEDEN_TAXONOMY:
            continue
        out.setdefault(sid, {}).setdefault(kind, []).append(code)
    return out
