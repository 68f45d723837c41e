"""Broad searches (a prefix matching thousands of services) without bm25 over every match.

bm25 costs about 20 µs per matching row plus a scan of every phrase's whole doclist, so a
prefix such as "hui" on 100 000 services takes a second. A broad query is therefore answered
from bounded candidate sets, best first:

1. services whose name is exactly the query, and those whose name starts with it;
2. the first NAME_POOL (at least 3 × limit) services, in the static quality order of
   `service_rank`, whose name holds every word: `names_fts` has that order as its rowid, so a
   LIMIT cuts the set;
3. only when the filters leave too few: all name matches, then matches in the topics and
   organization columns, then in the description.

The candidates are ordered in Python: exact name, name starts with the query, then a name
score that mirrors bm25 on the name (whole word over prefix over stem, short names first),
then the static order. Matches outside the name come after every name match.
"""

from __future__ import annotations

from typing import Any

import sqlcipher3

from pohsd.socialmap.search_index import has_search_extras, name_key, stem, words

BROAD_POSTINGS = 800  # estimated index entries above which bm25 over every match is slow
NAME_POOL = 150  # name matches (static order) ranked per broad query
FILL_FACTOR = 4  # body-only matches fetched per missing hit when name matches are too few
AVG_NAME_WORDS = 4.0
TOPIC_SCORE = 0.5  # a match in topics or organization, below a match in the name
SNIPPET_WORDS = 24
_TOP = "\U0010ffff"


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _docs(con: sqlcipher3.Connection, term: str, prefix: bool) -> int:
    if prefix:
        sql = "SELECT coalesce(sum(docs), 0) FROM search_vocab WHERE term >= ? AND term < ?"
        return int(con.execute(sql, [term, term + _TOP]).fetchone()[0])
    row = con.execute("SELECT docs FROM search_vocab WHERE term = ?", [term]).fetchone()
    return int(row[0]) if row else 0


def is_broad(con: sqlcipher3.Connection, tokens: list[str]) -> bool:
    """Whether ranking every match with bm25 would be slow (from the stored term counts)."""
    if not tokens or not has_search_extras(con):
        return False
    total = 0
    for n, token in enumerate(tokens):
        root = stem(token)
        total += _docs(con, token, n == len(tokens) - 1) + _docs(con, root, len(root) >= 3)
        if total > BROAD_POSTINGS:
            return True
    return False


def name_match(tokens: list[str]) -> str:
    """The MATCH for names_fts: every word in the name, as a word/prefix or by its stem."""
    parts = []
    for n, token in enumerate(tokens):
        star = "*" if n == len(tokens) - 1 else ""
        root = stem(token)
        root_star = "*" if len(root) >= 3 else ""
        parts.append(
            f"({{name}} : {_quote(token)}{star} OR {{name_stem}} : {_quote(root)}{root_star})"
        )
    return " AND ".join(parts)


def topic_match(tokens: list[str]) -> str:
    """The MATCH for the organization and topics columns of services_fts (no stems)."""
    parts = [
        f"{{organization topics}} : {_quote(t)}{'*' if n == len(tokens) - 1 else ''}"
        for n, t in enumerate(tokens)
    ]
    return " AND ".join(parts)


def _candidates(
    con: sqlcipher3.Connection, sql: str, params: list[Any], found: dict[int, tuple[Any, ...]]
) -> None:
    for row in con.execute(sql, params):
        found.setdefault(int(row[0]), tuple(row))


def broad_search(
    con: sqlcipher3.Connection,
    tokens: list[str],
    match: str,
    where: str,
    params: list[object],
    limit: int,
) -> list[tuple[Any, ...]]:
    """Rows (id, name, organization_name, rank, snippet, topics, toegang), best first.

    `where` holds the filters on `service_rank s` (its id column is `s.service_id`).
    """
    key = " ".join(tokens)
    cols = "s.qrank, s.rid, s.service_id, s.name_key, s.topics, s.toegang"
    named = name_match(tokens)
    size = max(NAME_POOL, 3 * limit)
    pool: list[int] = [
        r[0] for r in con.execute("SELECT qrank FROM service_rank WHERE name_key = ?", [key])
    ]
    pool += [
        r[0]
        for r in con.execute(
            "SELECT qrank FROM service_rank WHERE name_key > ? AND name_key < ?"
            " ORDER BY qrank LIMIT ?",
            [key, key + _TOP, size],
        )
    ]
    in_names = [
        r[0]
        for r in con.execute(
            "SELECT rowid FROM names_fts WHERE names_fts MATCH ? LIMIT ?", [named, size]
        )
    ]
    found: dict[int, tuple[Any, ...]] = {}
    first = list(dict.fromkeys(pool + in_names))
    for start in range(0, len(first), 500):
        part = first[start : start + 500]
        if part:
            marks = ",".join("?" * len(part))
            _candidates(
                con,
                f"SELECT {cols} FROM service_rank s WHERE s.qrank IN ({marks}) AND {where}",
                [*part, *params],
                found,
            )
    if len(found) < limit and len(in_names) >= size:  # the filters ate the name pool
        _candidates(
            con,
            f"SELECT {cols} FROM service_rank s WHERE s.qrank IN"
            f" (SELECT rowid FROM names_fts WHERE names_fts MATCH ?) AND {where}"
            " ORDER BY s.qrank LIMIT ?",
            [named, *params, limit * FILL_FACTOR],
            found,
        )
    fill = f"SELECT {cols} FROM services_fts f CROSS JOIN service_rank s ON s.rid = f.rowid"
    fill += f" WHERE services_fts MATCH ? AND {where} LIMIT ?"
    in_topics: set[int] = set()
    if len(found) < limit:  # too few names: topics and organization first, as bm25 weighs them
        before = set(found)
        _candidates(
            con, fill, [topic_match(tokens), *params, len(found) + limit * FILL_FACTOR], found
        )
        in_topics = set(found) - before
    if len(found) < limit:  # then the description
        _candidates(con, fill, [match, *params, len(found) + limit * FILL_FACTOR], found)
    stems = [stem(t) for t in tokens]
    scored = [
        (
            -_tier(key, row[3]),
            -_name_score(tokens, stems, row[3].split()) - TOPIC_SCORE * (qrank in in_topics),
            qrank,
            row,
        )
        for qrank, row in found.items()
    ]
    scored.sort(key=lambda x: x[:3])
    top = scored[:limit]
    return _page(con, tokens, stems, [(r, 10.0 * -t - s) for t, s, _, r in top])


def _tier(key: str, name: str) -> int:
    if name == key:
        return 2
    return 1 if name.startswith(key) else 0


def _name_score(tokens: list[str], stems: list[str], name_words: list[str]) -> float:
    """bm25-like score of the name alone: whole word 3, prefix 2, stem 1.5; short names first."""
    if not name_words:
        return 0.0
    total = 0.0
    for n, token in enumerate(tokens):
        last, root, best = n == len(tokens) - 1, stems[n], 0.0
        for word in name_words:
            if word == token:
                best = 3.0
                break
            if last and word.startswith(token):
                best = max(best, 2.0)
            else:
                wroot = stem(word)
                if wroot == root or (len(root) >= 3 and wroot.startswith(root)):
                    best = max(best, 1.5)
        total += best
    return total / (0.25 + 0.75 * len(name_words) / AVG_NAME_WORDS)


def _page(
    con: sqlcipher3.Connection,
    tokens: list[str],
    stems: list[str],
    ranked: list[tuple[tuple[Any, ...], float]],
) -> list[tuple[Any, ...]]:
    """Display columns for the final page only."""
    rids = [row[1] for row, _ in ranked]
    if not rids:
        return []
    marks = ",".join("?" * len(rids))
    shown = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT rid, id, name, organization_name, description FROM services"
            f" WHERE rid IN ({marks})",
            rids,
        )
    }
    out = []
    for row, score in ranked:
        if row[1] in shown:
            sid, name, org, description = shown[row[1]]
            text = snippet(description or "", tokens, stems)
            out.append((sid, name, org, -score, text, tuple(row[4].split()), tuple(row[5].split())))
    return out


def snippet(text: str, tokens: list[str], stems: list[str]) -> str:
    """About SNIPPET_WORDS words of the text around the first word that matches the query."""
    parts = text.split()
    if not parts:
        return ""
    keys = [*tokens, *(s for s in stems if len(s) >= 3)]
    hit = 0
    for n, part in enumerate(parts):
        folded = words(part)
        if folded and any(folded[0].startswith(k) for k in keys):
            hit = n
            break
    start = max(0, min(hit - 4, len(parts) - SNIPPET_WORDS))
    end = start + SNIPPET_WORDS
    return ("…" if start else "") + " ".join(parts[start:end]) + ("…" if end < len(parts) else "")


__all__ = ["broad_search", "is_broad", "name_key", "name_match", "snippet"]
