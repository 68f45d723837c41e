"""Incremental sync: apply a change set to the current sociale-kaart generation, undoably."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlcipher3

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.progress import CancelToken, Progress
from pohsd.socialmap import generation as gen
from pohsd.socialmap import replace, schema, search_index, storage
from pohsd.socialmap.validate import PROFILE_TAXONOMIES, FeedError, Validated, validate_services

LISTING_MAX_SHARE = 0.5  # a full listing with more changes than this is imported whole
COMPARE_BATCH = 500  # stored services loaded per query when a listing is compared
APPLY_CACHE = -65536  # KiB of page cache while a change set is applied
UNDO_BUILT_AT = "undo_built_at"  # meta: the map date before the change kept in sync_undo
# not `service_id`: delete_services clears every table with that column
UNDO_TABLE = "CREATE TABLE IF NOT EXISTS sync_undo (sid TEXT PRIMARY KEY, raw TEXT)"
ACTIVE_KEY = "active"  # meta: services not inactive/defunct (the drop rule's base)
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024  # up to this size a sync also runs PRAGMA quick_check
ACTIVE_SQL = "SELECT id FROM services WHERE status NOT IN ('inactive', 'defunct')"


@dataclass(frozen=True)
class ChangeSet:
    """Services to (re)write, and ids of the current generation the publisher no longer lists."""

    changed: list[dict[str, Any]]
    withdrawn: frozenset[str]

    @property
    def empty(self) -> bool:
        return not self.changed and not self.withdrawn


@dataclass(frozen=True)
class Plan:
    """A validated change set and what the >20 % drop rule needs."""

    valid: Validated  # the changed services that passed (with `_postcode4`) and the skipped ones
    remove: frozenset[str]  # ids whose rows go before the valid ones are written
    active: int  # active services in the current generation
    lost: int  # how many of those the change set withdraws, closes or skips


def current_format(con: sqlcipher3.Connection) -> bool:
    """Whether the generation has the storage format this version writes (else: full import)."""
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return row is not None and str(row[0]) == str(schema.SCHEMA_VERSION)


def from_changes(
    con: sqlcipher3.Connection, changed: Iterable[dict[str, Any]], ids: Iterable[str] | None
) -> ChangeSet | None:
    """An incremental fetch: the changed services plus, when the publisher gave it, every id.

    Like `client.apply_changes`: with an id list, current services outside it are withdrawn
    and changed services outside it are dropped; without one nothing is withdrawn. None when
    the current generation has an older storage format.
    """
    if not current_format(con):
        return None
    if ids is None:
        return ChangeSet(list(changed), frozenset())
    listed = {str(i) for i in ids}
    kept = [s for s in changed if str(s.get("id")) in listed]
    current = {str(r[0]) for r in con.execute("SELECT id FROM services")}
    return ChangeSet(kept, frozenset(current - listed))


def from_listing(con: sqlcipher3.Connection, services: list[dict[str, Any]]) -> ChangeSet | None:
    """A complete listing compared with the current generation; None when a full import is due.

    A service is changed when it is new or its content differs from the stored one (a
    `last_modified` that differs needs no comparison). Ids missing from the listing are
    withdrawn. None for an empty or older-format generation, repeated ids, or more than
    LISTING_MAX_SHARE of the generation changed.
    """
    if not current_format(con):
        return None
    stamps = {str(r[0]): r[1] for r in con.execute("SELECT id, last_modified FROM services")}
    listed: set[str] = set()
    for service in services:
        sid = service.get("id")
        if isinstance(sid, str):
            if sid in listed:
                return None  # the full import refuses it with its own message
            listed.add(sid)
    if not stamps:
        return None
    withdrawn = frozenset(stamps.keys() - listed)
    changed: list[dict[str, Any]] = []
    same: dict[str, dict[str, Any]] = {}
    for service in services:
        sid = service.get("id")
        if (
            isinstance(sid, str)
            and sid in stamps
            and _text(service.get("last_modified")) == stamps[sid]
        ):
            same[sid] = service  # same stamp: the content decides below
        else:
            changed.append(service)  # new, or a different last_modified
    stored_ids = list(same)
    for start in range(0, len(stored_ids), COMPARE_BATCH):
        batch = stored_ids[start : start + COMPARE_BATCH]
        stored = {str(s.get("id")): s for s in _load(con, batch)}
        for sid in batch:
            old = stored.get(sid)
            if old is not None:
                old.pop("_postcode4", None)
            if old != same[sid]:
                changed.append(same[sid])
    if len(changed) + len(withdrawn) > LISTING_MAX_SHARE * len(stamps):
        return None
    order = {id(s): n for n, s in enumerate(services)}
    changed.sort(key=lambda s: order[id(s)])  # feed order, as a full import lists skipped ones
    return ChangeSet(changed, withdrawn)


def plan(con: sqlcipher3.Connection, change: ChangeSet) -> Plan:
    """Validate only the changed services and count what the drop rule weighs.

    FeedError as `validate_services` raises it, except that a change set of only invalid
    services is not an error here: they are skipped (and removed), as a full import does.
    """
    valid = _validate(change.changed)
    touched = sorted(set(change.withdrawn) | {str(s.get("id")) for s in change.changed})
    was_active: set[str] = set()
    for start in range(0, len(touched), COMPARE_BATCH):
        part = touched[start : start + COMPARE_BATCH]
        marks = ",".join("?" * len(part))
        was_active.update(str(r[0]) for r in con.execute(f"{ACTIVE_SQL} AND id IN ({marks})", part))
    still = {str(s["id"]) for s in valid.services if storage.is_active(s)}
    return Plan(valid, frozenset(touched), active_count(con), len(was_active - still))


def active_count(con: sqlcipher3.Connection) -> int:
    """Active services of a generation: meta `active` (build and sync write it), else counted."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", [ACTIVE_KEY]).fetchone()
    if row is not None:
        return int(row[0])
    return int(con.execute(f"SELECT count(*) FROM ({ACTIVE_SQL})").fetchone()[0])


def apply_in_place(
    con: sqlcipher3.Connection,
    planned: Plan,
    built_at: datetime,
    *,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
) -> Applied:
    """Apply a change set to the current generation in ONE transaction (DESIGN §1).

    The versions it replaces are kept in `sync_undo` (see `undo_last`). The change is checked
    before the commit; any error or cancel rolls it back, and under WAL the generation file
    itself is then not touched at all. FeedError when the result would break a full
    import's feed rules.
    """
    total = len(planned.valid.services)
    if progress is not None:
        progress(Progress(gen.STAGE, 0, total))
    cache = con.execute("PRAGMA cache_size").fetchone()[0]
    con.execute(f"PRAGMA cache_size = {APPLY_CACHE}")
    try:
        with gen.write_transaction(con):  # synchronous = FULL: on disk before the caller audits
            _keep_undo(con, sorted(planned.remove))
            if cancel is not None:
                cancel.raise_if_set()
            applied = _apply(con, planned, built_at)
            check(con, applied, full=_small(con))
            if cancel is not None:
                cancel.raise_if_set()
    finally:
        con.execute(f"PRAGMA cache_size = {int(cache)}")
    if progress is not None:
        progress(Progress(gen.STAGE, total, total))
    return applied


def has_undo(con: sqlcipher3.Connection) -> bool:
    """Whether the generation holds the versions an incremental sync replaced."""
    if not gen.has_table(con, "sync_undo"):
        return False
    return con.execute("SELECT 1 FROM sync_undo LIMIT 1").fetchone() is not None


def undo_last(con: sqlcipher3.Connection) -> int:
    """Put back what the last sync replaced, keeping what it wrote as the new undo (a redo).

    One transaction. Services the sync added are removed again; changed and withdrawn ones
    come back as they were stored. Returns the service count afterwards.
    """
    with gen.write_transaction(con):
        kept = dict(con.execute("SELECT sid, raw FROM sync_undo").fetchall())
        _keep_undo(con, sorted(kept))
        objects = storage.Objects(con)
        services = [storage.unpack(raw, objects) for raw in kept.values() if raw is not None]
        count = rewrite_services(con, kept, services)
        active = int(con.execute(f"SELECT count(*) FROM ({ACTIVE_SQL})").fetchone()[0])
        before = con.execute("SELECT value FROM meta WHERE key = ?", [UNDO_BUILT_AT]).fetchone()
        now = con.execute("SELECT value FROM meta WHERE key = 'built_at'").fetchone()
        meta = [("count", str(count)), (ACTIVE_KEY, str(active))]
        if before is not None and now is not None:
            meta += [("built_at", before[0]), (UNDO_BUILT_AT, now[0])]
        con.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta)
    return count


def rewrite_services(
    con: sqlcipher3.Connection, remove: Iterable[str], services: list[dict[str, Any]]
) -> int:
    """Delete these ids, append these services, update the search helpers; the new count.

    In the caller's transaction (undo of a sync, eigen aanbod re-applied to a generation).
    """
    top = con.execute("SELECT coalesce(max(rid), 0) FROM services").fetchone()[0]
    gen.delete_services(con, remove)
    if services:
        gen.write_services(con, services, int(top) + 1)
    search_index.refresh_if_built(con)
    return int(con.execute("SELECT count(*) FROM services").fetchone()[0])


def _keep_undo(con: sqlcipher3.Connection, ids: list[str]) -> None:
    """Replace `sync_undo` with the stored form of these ids now (NULL: not in the map)."""
    con.execute(UNDO_TABLE)
    con.execute("DELETE FROM sync_undo")
    for start in range(0, len(ids), COMPARE_BATCH):
        part = ids[start : start + COMPARE_BATCH]
        marks = ",".join("?" * len(part))
        stored = dict(
            con.execute(f"SELECT id, raw FROM services WHERE id IN ({marks})", part).fetchall()
        )
        con.executemany(
            "INSERT INTO sync_undo VALUES (?, ?)", [(sid, stored.get(sid)) for sid in part]
        )
    con.execute(
        "INSERT OR REPLACE INTO meta (key, value) SELECT ?, value FROM meta WHERE key = 'built_at'",
        [UNDO_BUILT_AT],
    )


def _small(con: sqlcipher3.Connection) -> bool:
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    return int(pages) * int(size) <= FULL_CHECK_MAX_BYTES


@dataclass(frozen=True)
class Applied:
    """What `_apply` changed, for `check`."""

    count: int  # services in the new generation
    active: int  # of them not inactive/defunct
    first_rid: int  # the written services have rids from here on
    written: int
    removed_rids: tuple[int, ...]  # rids of the services the change deleted


def _apply(con: sqlcipher3.Connection, planned: Plan, built_at: datetime) -> Applied:
    """In the caller's transaction: delete the withdrawn and skipped, rewrite the valid ones."""
    touched = sorted(planned.remove)
    services = planned.valid.services
    rewritten = {str(s["id"]) for s in services}  # stored ones keep their rid
    removed: list[int] = []
    active_gone = 0
    for start in range(0, len(touched), COMPARE_BATCH):
        part = touched[start : start + COMPARE_BATCH]
        marks = ",".join("?" * len(part))
        for sid, rid, status in con.execute(
            f"SELECT id, rid, status FROM services WHERE id IN ({marks})", part
        ):
            if sid not in rewritten:
                removed.append(int(rid))
            active_gone += status not in gen.WITHDRAWN
    top = con.execute("SELECT max(rid) FROM services").fetchone()[0] or 0  # before: no reuse
    gen.delete_services(con, [sid for sid in touched if sid not in rewritten])
    written = replace.replace_services(con, services, top + 1) if services else 0
    search_index.refresh_if_built(con)
    count = int(con.execute("SELECT count(*) FROM services").fetchone()[0])
    _feed_rules(con, count, planned)
    still = sum(storage.is_active(s) for s in services)
    active = planned.active - active_gone + still
    con.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        [("count", str(count)), ("built_at", built_at.isoformat()), (ACTIVE_KEY, str(active))],
    )
    return Applied(count, active, top + 1, written, tuple(removed))


def _feed_rules(con: sqlcipher3.Connection, count: int, planned: Plan) -> None:
    """The whole-feed rules of `validate_services`, on the generation as it now stands."""
    if count == 0 and planned.valid.skipped:
        first = planned.valid.skipped[0][1]
        raise FeedError("no_valid_services", f"no service passed its checks; first: {first}")
    missing = [
        name
        for name in PROFILE_TAXONOMIES
        if con.execute("SELECT 1 FROM service_term WHERE taxonomy = ? LIMIT 1", [name]).fetchone()
        is None
    ]
    if missing:
        raise FeedError("missing_taxonomy", ", ".join(missing))


def check(con: sqlcipher3.Connection, applied: Applied, *, full: bool) -> None:
    """Verify a changed generation in proportion to the change (docs/performance.md).

    Always: the counts of services, FTS documents and meta agree; every written service has
    its FTS source row and index entry; no row of a removed rid is left in either. Reading
    those rows goes through SQLCipher, which checks each page's HMAC. With `full` (small
    maps) also `PRAGMA quick_check`, which reads every page of the file.
    """
    try:
        if full and con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise PohsdError(ErrorCode.DB_CORRUPT)
        stored = con.execute("SELECT value FROM meta WHERE key = 'count'").fetchone()
        count = con.execute("SELECT count(*) FROM services").fetchone()[0]
        indexed = con.execute("SELECT count(*) FROM services_fts_docsize").fetchone()[0]
        if stored is None or not int(stored[0]) == count == indexed == applied.count:
            raise PohsdError(ErrorCode.DB_CORRUPT)
        new = [applied.first_rid]
        for table, column in (("services", "rid"), ("search_text", "rid"),
                              ("services_fts_docsize", "id")):  # fmt: skip
            found = con.execute(
                f"SELECT count(*) FROM {table} WHERE {column} >= ?", new
            ).fetchone()[0]
            if found != applied.written:
                raise PohsdError(ErrorCode.DB_CORRUPT)
        gone = list(applied.removed_rids)
        for start in range(0, len(gone), COMPARE_BATCH):
            part = gone[start : start + COMPARE_BATCH]
            marks = ",".join("?" * len(part))
            left = con.execute(
                f"SELECT (SELECT count(*) FROM search_text WHERE rid IN ({marks}))"
                f" + (SELECT count(*) FROM services_fts_docsize WHERE id IN ({marks}))",
                part + part,
            ).fetchone()[0]
            if left:
                raise PohsdError(ErrorCode.DB_CORRUPT)
    except sqlcipher3.DatabaseError as exc:
        raise PohsdError(ErrorCode.DB_CORRUPT) from exc


def _validate(services: list[dict[str, Any]]) -> Validated:
    """`validate_services` on a partial batch; an all-invalid batch is skipped, not refused."""
    try:
        return validate_services(services, require_taxonomies=False)
    except FeedError as exc:
        if exc.code != "no_valid_services":
            raise
    skipped: list[tuple[str, str]] = []
    for index, service in enumerate(services):
        try:
            validate_services([service], require_taxonomies=False)
            reason = "service failed its checks"  # pragma: no cover - it failed in the batch
        except FeedError as one:
            reason = one.detail.split("; first: ", 1)[-1]
        sid = service.get("id")
        usable = isinstance(sid, str) and sid
        skipped.append((sid if usable else f"#{index}", reason))  # type: ignore[arg-type]
    return Validated([], skipped)


def _load(con: sqlcipher3.Connection, ids: list[str]) -> Iterator[dict[str, Any]]:
    """The stored services with these ids, as the feed gave them."""
    return storage.load_services(con, ids)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
