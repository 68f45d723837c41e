"""Stage a data package's CSV tables in SQLite, then assemble HSDS services chunk by chunk.

The rows live in the `stage` schema of a connection: an attached encrypted file next to a
new generation (the importer) or memory (`package.read_package`). Only one chunk of
services is ever assembled in Python, so memory does not grow with the map.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import sqlcipher3

from pohsd.socialmap import jsontext
from pohsd.socialmap.validate import FeedError

Row = dict[str, Any]
BATCH = 5000
# key columns of the staged rows: (column, the CSV field it holds, the tables that need it as a
# lookup key). Other tables leave the column NULL, which keeps the partial indexes small.
_CHILD_TABLES = ("cost_option", "service_area", "contact", "required_document", "funding",
                 "service_capacity")  # fmt: skip
_KEYS = (
    ("id", "id", ("organization", "taxonomy", "taxonomy_term", "location", "service")),
    ("sid", "service_id", ("phone", "schedule", "language", "service_at_location",
                           *_CHILD_TABLES)),
    ("lid", "location_id", ("address", "phone", "schedule", "language")),
    ("oid", "organization_id", ("organization_identifier",)),
    ("salid", "service_at_location_id", ("phone", "schedule")),
    ("link", "link_id", ("attribute",)),
)  # fmt: skip
_CHILDREN = (
    ("cost_options", "cost_option"),
    ("service_areas", "service_area"),
    ("contacts", "contact"),
    ("required_documents", "required_document"),
    ("funding", "funding"),
    ("capacities", "service_capacity"),
)
_UNIQUE = _KEYS[0][2]
# per staged table: its key columns and the CSV field each holds
_TABLE_KEYS: dict[str, tuple[tuple[str, str], ...]] = {}
for _column, _field, _tables in _KEYS:
    for _table in _tables:
        _TABLE_KEYS[_table] = (*_TABLE_KEYS.get(_table, ()), (_column, _field))


def create(con: sqlcipher3.Connection) -> None:
    """The table of staged CSV headers (in the attached `stage` schema)."""
    con.execute(
        "CREATE TABLE stage.headers (tbl TEXT PRIMARY KEY, header TEXT NOT NULL,"
        " missing_id INTEGER NOT NULL)"
    )


def count(con: sqlcipher3.Connection, table: str) -> int:
    """How many rows of one CSV table are staged (0 when the package has none)."""
    if table not in _TABLE_KEYS or not _staged(con, table):
        return 0
    return int(con.execute(f"SELECT count(*) FROM stage.t_{table}").fetchone()[0])


def _staged(con: sqlcipher3.Connection, table: str) -> bool:
    found = con.execute("SELECT 1 FROM stage.headers WHERE tbl = ?", [table]).fetchone()
    return found is not None


def add_table(
    con: sqlcipher3.Connection, name: str, rows: Iterable[list[Any]], header: list[str]
) -> None:
    """Stage one CSV table (a later resource with the same name replaces an earlier one).

    `rows` are value lists in the order of `header` (None: the cell was empty); `header` is
    filled in by the time the first row comes. Each row is stored as the JSON array of its
    values, next to the key columns the assembly looks it up by. A table the assembly never
    reads is read to the end (so a broken CSV is still refused) but not stored.
    """
    keys = _TABLE_KEYS.get(name)
    if keys is None:
        for _ in rows:
            pass
        return
    it = iter(rows)
    first = next(it, None)  # the header is known from here on
    positions = [header.index(field) if field in header else None for _, field in keys]
    entity = "link_entity" in header and name == "attribute"
    link_entity = header.index("link_entity") if entity else None
    has_id = keys[0][0] == "id"  # a table without an id column has a row without id
    con.execute("BEGIN")
    try:
        con.execute(f"DROP TABLE IF EXISTS stage.t_{name}")
        con.execute("DELETE FROM stage.headers WHERE tbl = ?", [name])
        columns = ", ".join(f"{column} TEXT" for column, _ in keys)
        con.execute(f"CREATE TABLE stage.t_{name} ({columns}, row TEXT NOT NULL)")
        sql = f"INSERT INTO stage.t_{name} VALUES ({', '.join('?' * (len(keys) + 1))})"
        dumps = jsontext.dumps
        missing_id = False
        batch: list[tuple[Any, ...]] = []
        for row in itertools.chain([first] if first is not None else [], it):
            values = [
                v if i is not None and isinstance(v := row[i], str) else None for i in positions
            ]
            if link_entity is not None and row[link_entity] not in (None, "service"):
                values[-1] = None  # only links to services are attributes of a service
            if has_id and values[0] is None:
                missing_id = True
            batch.append((*values, dumps(row)))
            if len(batch) >= BATCH:
                con.executemany(sql, batch)
                batch.clear()
        if batch:
            con.executemany(sql, batch)
        con.execute("INSERT INTO stage.headers VALUES (?, ?, ?)", [name, dumps(header), missing_id])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def finish(con: sqlcipher3.Connection) -> None:
    """Index the staged rows and check the ids the assembly relies on."""
    tables = [t for (t,) in con.execute("SELECT tbl FROM stage.headers")]
    for table in tables:
        for column, _ in _TABLE_KEYS[table]:
            con.execute(
                f"CREATE INDEX stage.ix_{table}_{column} ON t_{table} ({column})"
                f" WHERE {column} IS NOT NULL"
            )
    for table in _UNIQUE:
        if table not in tables:
            continue
        missing = con.execute("SELECT missing_id FROM stage.headers WHERE tbl = ?", [table])
        if missing.fetchone()[0]:
            raise FeedError("invalid_csv", f"{table} row without id")
        dup = con.execute(
            f"SELECT id FROM stage.t_{table} WHERE id IS NOT NULL"
            " GROUP BY id HAVING count(*) > 1 LIMIT 1"
        ).fetchone()
        if dup is not None:
            raise FeedError("duplicate_id", f"{table} id {dup[0]} appears more than once")


class Reader:
    """Reads staged rows back as dicts (the stored value arrays zipped with the header)."""

    def __init__(self, con: sqlcipher3.Connection) -> None:
        self.con = con
        self.headers = {
            tbl: jsontext.loads(header)
            for tbl, header in con.execute("SELECT tbl, header FROM stage.headers")
        }

    def row(self, table: str, values: str) -> Row:
        pairs = zip(self.headers[table], jsontext.loads(values), strict=True)
        return {k: v for k, v in pairs if v is not None}

    def fetch(self, table: str, column: str, keys: Iterable[str]) -> dict[str, list[Row]]:
        return _fetch(self, table, column, keys)


def _fetch(rd: Reader, table: str, column: str, keys: Iterable[str]) -> dict[str, list[Row]]:
    """Staged rows of `table` whose `column` is one of `keys`, grouped, in file order."""
    wanted = list(dict.fromkeys(keys))
    out: dict[str, list[Row]] = defaultdict(list)
    if table not in rd.headers:
        return out
    header, loads, con = rd.headers[table], jsontext.loads, rd.con
    for start in range(0, len(wanted), 10_000):
        part = wanted[start : start + 10_000]
        rows = con.execute(
            f"SELECT {column}, row FROM stage.t_{table} WHERE {column} IN"
            f" ({','.join('?' * len(part))}) ORDER BY rowid",
            part,
        )
        for key, row in rows:
            pairs = zip(header, loads(row), strict=True)
            out[key].append({k: v for k, v in pairs if v is not None})
    return out


def services(con: sqlcipher3.Connection, size: int) -> Iterator[list[dict[str, Any]]]:
    """The package's services in file order, assembled `size` at a time (as HSDS objects)."""
    rd = Reader(con)
    for _, lo, hi in service_ranges(con, size):
        yield services_between(rd, lo, hi)


def service_ranges(con: sqlcipher3.Connection, size: int) -> list[tuple[int, int, int]]:
    """Chunks of the staged services in file order: (position of the first, first rowid, last)."""
    if not _staged(con, "service"):
        return []
    rowids = [r for (r,) in con.execute("SELECT rowid FROM stage.t_service ORDER BY rowid")]
    return [
        (i, rowids[i], rowids[min(i + size, len(rowids)) - 1]) for i in range(0, len(rowids), size)
    ]


def services_between(rd: Reader, lo: int, hi: int) -> list[dict[str, Any]]:
    """The staged services with rowids lo..hi, assembled as HSDS objects, in file order."""
    batch = rd.con.execute(
        "SELECT id, row FROM stage.t_service WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
        [lo, hi],
    ).fetchall()
    return _assemble(rd, [(sid, rd.row("service", row)) for sid, row in batch])


def _assemble(rd: Reader, batch: list[tuple[str, Row]]) -> list[dict[str, Any]]:
    """HSDS services of one chunk.

    Shared objects (organizations, locations, terms) are one dict each within the chunk.
    """
    sids = [sid for sid, _ in batch]
    oids = [str(r["organization_id"]) for _, r in batch if r.get("organization_id") is not None]
    orgs = {k: v[0] for k, v in rd.fetch("organization", "id", oids).items()}
    ident = rd.fetch("organization_identifier", "oid", orgs)
    sals = rd.fetch("service_at_location", "sid", sids)
    sal_rows = [sal for rows in sals.values() for sal in rows]
    sal_ids = [sal["id"] for sal in sal_rows if isinstance(sal.get("id"), str)]
    lids = [str(sal.get("location_id")) for sal in sal_rows]
    locations = _locations(rd, lids)
    phones_svc, phones_sal = (
        rd.fetch("phone", "sid", sids),
        rd.fetch("phone", "salid", sal_ids),
    )
    sched_svc = rd.fetch("schedule", "sid", sids)
    sched_sal = rd.fetch("schedule", "salid", sal_ids)
    lang_svc = rd.fetch("language", "sid", sids)
    attrs = rd.fetch("attribute", "link", sids)
    children = {key: rd.fetch(name, "sid", sids) for key, name in _CHILDREN}
    has_capacity = (
        "service_capacity" in rd.headers
        and rd.con.execute(
            "SELECT 1 FROM stage.t_service_capacity WHERE sid IS NOT NULL LIMIT 1"
        ).fetchone()
    )
    term_ids = [str(a.get("taxonomy_term_id")) for rows in attrs.values() for a in rows]
    terms = _terms(rd, term_ids)

    shared_orgs: dict[str, dict[str, Any]] = {}
    out = []
    for sid, row in batch:
        service: dict[str, Any] = dict(row)
        oid = row.get("organization_id")
        if oid is not None:
            if oid not in orgs:
                raise FeedError("dangling_reference", f"organization {oid} does not exist")
            if oid not in shared_orgs:
                shared_orgs[oid] = {**orgs[oid], "organization_identifiers": ident.get(oid, [])}
            service["organization"] = shared_orgs[oid]
        at = []
        for sal in sals.get(sid, []):
            loc = locations.get(str(sal.get("location_id")))
            if loc is None:
                raise FeedError(
                    "dangling_reference", f"location {sal.get('location_id')} does not exist"
                )
            key = sal.get("id")
            at.append({
                **sal,
                "schedules": sched_sal.get(key, []) if isinstance(key, str) else [],
                "phones": phones_sal.get(key, []) if isinstance(key, str) else [],
                "location": loc,
            })  # fmt: skip
        service["service_at_locations"] = at
        service["phones"] = [
            p for p in phones_svc.get(sid, []) if not p.get("service_at_location_id")
        ]
        service["schedules"] = [
            s for s in sched_svc.get(sid, []) if not s.get("service_at_location_id")
        ]
        service["languages"] = lang_svc.get(sid, [])
        attributes = []
        for a in attrs.get(sid, []):
            term = terms.get(str(a.get("taxonomy_term_id")))
            if term is None:
                raise FeedError(
                    "dangling_reference",
                    f"taxonomy_term {a.get('taxonomy_term_id')} does not exist",
                )
            attributes.append({**a, "taxonomy_term": term})
        service["attributes"] = attributes
        for key, index in children.items():
            if has_capacity or key != "capacities":
                service[key] = index.get(sid, [])
        out.append(service)
    return out


def _locations(rd: Reader, lids: list[str]) -> dict[str, dict[str, Any]]:
    rows = {k: v[0] for k, v in rd.fetch("location", "id", lids).items()}
    addresses = rd.fetch("address", "lid", rows)
    phones = rd.fetch("phone", "lid", rows)
    schedules = rd.fetch("schedule", "lid", rows)
    languages = rd.fetch("language", "lid", rows)
    out = {}
    for lid, loc in rows.items():
        out[lid] = {
            **loc,
            "addresses": addresses.get(lid, []),
            "phones": [p for p in phones.get(lid, []) if not p.get("service_id")],
            "schedules": [
                s
                for s in schedules.get(lid, [])
                if not s.get("service_id") and not s.get("service_at_location_id")
            ],
            "languages": [g for g in languages.get(lid, []) if not g.get("service_id")],
        }
    return out


def _terms(rd: Reader, ids: list[str]) -> dict[str, dict[str, Any]]:
    rows = {k: v[0] for k, v in rd.fetch("taxonomy_term", "id", ids).items()}
    tax_ids = [str(t.get("taxonomy_id")) for t in rows.values()]
    taxonomies = {k: v[0] for k, v in rd.fetch("taxonomy", "id", tax_ids).items()}
    out = {}
    for tid, term in rows.items():
        tax = taxonomies.get(str(term.get("taxonomy_id")))
        out[tid] = {**term, "taxonomy_detail": tax} if tax else dict(term)
    return out
