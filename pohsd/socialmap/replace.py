"""Rewrite changed services in place, touching only the child tables whose rows differ (sync)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import sqlcipher3

from pohsd.socialmap import generation as gen
from pohsd.socialmap import storage

BATCH = 500

Row = tuple[Any, ...]
_RANK_SET = (
    "name_key = ?, status = ?, min_age = ?, max_age = ?, free = ?, codes = ?, topics = ?,"
    " toegang = ?, languages = ?, days = ?, areas = ?, assured_date = ?, cities = ?, geo = ?,"
    " waitlist = ?"
)


def replace_services(
    con: sqlcipher3.Connection, services: Iterable[dict[str, Any]], first_rid: int
) -> int:
    """Write these validated services; a stored one is rewritten under its own rid.

    New services get rids from `first_rid` (returns how many). A stored service keeps its rid
    and its place in the search order: its services row, search text, FTS entries and
    service_rank row are rewritten where they are, and its rows in a child table (locations,
    phones, terms, …) only when they differ from the rows its stored version gives. At
    100 000 services nearly every deleted row sits on a page of its own, so leaving equal rows
    alone keeps a small edit from dirtying pages all over the file. Rows a table keeps are the
    ones the previous write made (a full import rewrites all). In the caller's transaction.
    """
    services = list(services)
    stored = _stored_rids(con, [str(s["id"]) for s in services])
    rows = storage.empty_rows()
    memo: storage.Memo = {}
    rid = first_rid
    for svc in services:
        own = stored.get(str(svc["id"]))
        storage.collect(rows, own if own is not None else rid, svc, None, memo)
        rid += own is None
    # the rows the stored versions have, made again from their stored form: reading them from
    # nine tables would touch about nine times as many pages
    before = storage.empty_rows()
    for svc in storage.load_services(con, stored):
        storage.collect(before, 0, svc, stored_form=False)
    differ: dict[str, list[str]] = {}
    for table in gen.child_tables(con):
        if table not in rows:  # service_rank: updated with the service's own rows below
            continue
        at = gen.table_columns(con, table).index("service_id")
        new, old = _grouped(rows[table], at), _grouped(before[table], at)
        same = {sid for sid in stored if _sorted(old.get(sid, [])) == _sorted(new.get(sid, []))}
        differ[table] = [sid for sid in stored if sid not in same]
        rows[table] = [r for r in rows[table] if r[at] not in same]
    for table, ids in differ.items():
        gen.delete_child_rows(con, table, ids)
    updated = {name: [r for r in rows[name] if r[0] < first_rid]
               for name in ("services", "search_text", storage.RANK)}  # fmt: skip
    for name in updated:
        rows[name] = [r for r in rows[name] if r[0] >= first_rid]
    _rewrite_own_rows(con, updated)
    gen.insert_rows(con, rows, first_rid, rid)
    return rid - first_rid


def _rewrite_own_rows(con: sqlcipher3.Connection, updated: dict[str, list[Row]]) -> None:
    """Services row, search text, FTS entries and rank of stored services, under their rids."""
    rids = [r[0] for r in updated["services"]]
    if not rids:
        return
    fts = gen.has_table(con, "services_fts")
    cols = ", ".join(gen.table_columns(con, "search_text")[1:])
    for start in range(0, len(rids), BATCH):  # the old terms leave the index first
        part = rids[start : start + BATCH]
        if fts:
            con.execute(
                f"INSERT INTO services_fts (services_fts, rowid, {cols})"
                f" SELECT 'delete', rid, {cols} FROM search_text"
                f" WHERE rid IN ({','.join('?' * len(part))})",
                part,
            )
    con.executemany(storage.INSERTS["services"].replace("INSERT", "INSERT OR REPLACE"),
                    updated["services"])  # fmt: skip
    con.executemany(storage.INSERTS["search_text"].replace("INSERT", "INSERT OR REPLACE"),
                    updated["search_text"])  # fmt: skip
    for start in range(0, len(rids), BATCH):
        part = rids[start : start + BATCH]
        marks = ",".join("?" * len(part))
        if fts:
            con.execute(
                f"INSERT INTO services_fts (rowid, {cols}) SELECT rid, {cols} FROM search_text"
                f" WHERE rid IN ({marks})",
                part,
            )
    if not gen.has_table(con, "service_rank"):
        return
    con.executemany(
        f"UPDATE service_rank SET {_RANK_SET} WHERE rid = ?",
        [(*r[2:], r[0]) for r in updated[storage.RANK]],
    )
    if not gen.has_table(con, "names_fts"):
        return
    for start in range(0, len(rids), BATCH):  # names_fts: keyed by the unchanged qrank
        part = rids[start : start + BATCH]
        marks = ",".join("?" * len(part))
        con.execute(
            f"DELETE FROM names_fts WHERE rowid IN"
            f" (SELECT qrank FROM service_rank WHERE rid IN ({marks}))",
            part,
        )
        con.execute(
            "INSERT INTO names_fts (rowid, name, name_stem) SELECT r.qrank, t.name, t.name_stem"
            f" FROM service_rank r JOIN search_text t ON t.rid = r.rid WHERE r.rid IN ({marks})"
            " ORDER BY r.qrank",
            part,
        )


def _stored_rids(con: sqlcipher3.Connection, ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(ids), BATCH):
        part = ids[start : start + BATCH]
        marks = ",".join("?" * len(part))
        found.update(con.execute(f"SELECT id, rid FROM services WHERE id IN ({marks})", part))
    return found


def _grouped(rows: list[Row], at: int) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        out[row[at]].append(row)
    return out


def _sorted(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=repr)  # rows mix None, numbers and text
