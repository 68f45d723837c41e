"""Rewrite changed services, touching only the child tables whose rows differ (incremental sync)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import sqlcipher3

from pohsd.socialmap import generation as gen
from pohsd.socialmap import storage

BATCH = 500

Row = tuple[Any, ...]


def replace_services(
    con: sqlcipher3.Connection, services: Iterable[dict[str, Any]], first_rid: int
) -> int:
    """Write these validated services with rids from `first_rid`, replacing stored ones.

    A stored service always gets a new services row, search text, FTS entry and service_rank
    row; its rows in a child table (locations, phones, terms, …) are rewritten only when
    they differ from the rows its stored version gives. At 100 000 services nearly every
    deleted row sits on a page of its own, so leaving equal rows alone keeps a small edit
    from dirtying pages all over the file. Rows a table keeps are the ones the previous
    write made (a full import rewrites all). In the caller's transaction; returns how many
    were written.
    """
    services = list(services)
    rows = storage.empty_rows()
    memo: storage.Memo = {}
    for rid, svc in enumerate(services, start=first_rid):
        storage.collect(rows, rid, svc, None, memo)
    stored = _stored_ids(con, [str(s["id"]) for s in services])
    # the rows the stored versions have, made again from their stored form: reading them from
    # nine tables would touch about nine times as many pages
    before = storage.empty_rows()
    for svc in gen.load_services(con, stored):
        storage.collect(before, 0, svc, stored_form=False)
    keep: dict[str, set[str]] = {}
    for table in gen.child_tables(con):
        if table not in rows:  # service_rank: rewritten with the service's own rows
            continue
        at = gen.table_columns(con, table).index("service_id")
        new, old = _grouped(rows[table], at), _grouped(before[table], at)
        same = {sid for sid in stored if _sorted(old.get(sid, [])) == _sorted(new.get(sid, []))}
        keep[table] = same
        rows[table] = [r for r in rows[table] if r[at] not in same]
    gen.delete_services(con, stored, keep=keep)
    end = first_rid + len(services)
    gen.insert_rows(con, rows, first_rid, end)
    return len(services)


def _stored_ids(con: sqlcipher3.Connection, ids: list[str]) -> list[str]:
    found: list[str] = []
    for start in range(0, len(ids), BATCH):
        part = ids[start : start + BATCH]
        marks = ",".join("?" * len(part))
        found += [r[0] for r in con.execute(f"SELECT id FROM services WHERE id IN ({marks})", part)]
    return found


def _grouped(rows: list[Row], at: int) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        out[row[at]].append(row)
    return out


def _sorted(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=repr)  # rows mix None, numbers and text
