"""Incremental sync: apply a change set to a copy of the current sociale-kaart generation."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.progress import CancelToken, Progress
from pohsd.security.secret import SecretKey
from pohsd.socialmap import generation as gen
from pohsd.socialmap import schema, search_index
from pohsd.socialmap.validate import PROFILE_TAXONOMIES, FeedError, Validated, validate_services

LISTING_MAX_SHARE = 0.5  # a full listing with more changes than this is imported whole
COMPARE_BATCH = 500  # stored services loaded per query when a listing is compared
COPY_BLOCK = 64 * 1024 * 1024
ACTIVE_KEY = "active"  # meta: services not inactive/defunct (the drop rule's base)
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024  # up to this size a sync also runs PRAGMA quick_check
# The copy is private until the flip and any failure deletes it, so no rollback journal is
# needed; the commit syncs the file (synchronous = FULL) before the pointer flips.
_APPLY_PRAGMAS = ("cache_size = -65536", "journal_mode = OFF", "synchronous = FULL")
_ACTIVE = "SELECT id FROM services WHERE status NOT IN ('inactive', 'defunct')"


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
        was_active.update(str(r[0]) for r in con.execute(f"{_ACTIVE} AND id IN ({marks})", part))
    still = {str(s["id"]) for s in valid.services if _status(s) not in gen.WITHDRAWN}
    return Plan(valid, frozenset(touched), active_count(con), len(was_active - still))


def active_count(con: sqlcipher3.Connection) -> int:
    """Active services of a generation: meta `active` (build and sync write it), else counted."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", [ACTIVE_KEY]).fetchone()
    if row is not None:
        return int(row[0])
    return int(con.execute(f"SELECT count(*) FROM ({_ACTIVE})").fetchone()[0])


def build(
    folder: Path,
    key: SecretKey,
    current: sqlcipher3.Connection,
    current_path: Path,
    planned: Plan,
    *,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
) -> gen.GenerationInfo:
    """A new generation: a copy of the current one with the change set applied and checked.

    The current file is only read (after a checkpoint of its WAL). Any error or cancel
    removes the copy. FeedError when the result would break a full import's feed rules.
    """
    built_at = datetime.now(UTC).replace(microsecond=0)
    gen_id = f"{built_at:%Y%m%dT%H%M%SZ}-{secrets.token_hex(4)}"
    path = gen.generation_path(Path(folder), gen_id)
    total = len(planned.valid.services)
    try:
        if progress is not None:
            progress(Progress(gen.STAGE, 0, total))
        copy_generation(current, current_path, path, key)
        if cancel is not None:
            cancel.raise_if_set()
        con = gen.open_generation(path, key)
        try:
            for pragma in _APPLY_PRAGMAS:
                con.execute(f"PRAGMA {pragma}")
            applied = _apply(con, planned, built_at, cancel)
            con.execute("PRAGMA journal_mode = WAL")
            check(con, applied, full=path.stat().st_size <= FULL_CHECK_MAX_BYTES)
        finally:
            con.close()
        if progress is not None:
            progress(Progress(gen.STAGE, total, total))
        if cancel is not None:
            cancel.raise_if_set()
    except BaseException:
        _remove_files(path)
        raise
    return gen.GenerationInfo(gen_id, path, applied.count, built_at)


def copy_generation(
    source: sqlcipher3.Connection, source_path: Path, target: Path, key: SecretKey
) -> None:
    """Copy a generation file byte for byte (same key and salt, so the copy opens as is).

    The source's WAL is checkpointed first; when a reader keeps the WAL from emptying, the
    online backup API copies the pages instead.
    """
    busy, _, _ = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    wal = Path(f"{source_path}-wal")
    if busy or (wal.exists() and wal.stat().st_size > 0):
        _backup(source, target, key)
        return
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with open(source_path, "rb") as src, os.fdopen(fd, "wb") as dst:
        size = os.fstat(src.fileno()).st_size
        if not _copy_range(src.fileno(), dst.fileno(), size):
            while block := src.read(COPY_BLOCK):
                dst.write(block)


def _backup(source: sqlcipher3.Connection, target: Path, key: SecretKey) -> None:
    from pohsd.store.engine import connect  # deferred: only when a reader holds the WAL

    if target.exists():
        raise PohsdError(ErrorCode.DB_EXISTS)
    dst = connect(target, key, create=True, foreign_keys=False)
    try:
        with contextlib.suppress(OSError):
            os.chmod(target, 0o600)
        source.backup(dst)
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dst.close()


def _copy_range(src: int, dst: int, size: int) -> bool:
    """Kernel-side copy (copy_file_range, reflinks where the file system has them)."""
    copy = getattr(os, "copy_file_range", None)
    if copy is None:
        return False
    done = 0
    try:
        while done < size:
            n = copy(src, dst, min(COPY_BLOCK, size - done))
            if n == 0:
                break
            done += n
    except OSError:
        if done:
            raise
        return False
    return done == size


@dataclass(frozen=True)
class Applied:
    """What `_apply` changed, for `check`."""

    count: int  # services in the new generation
    active: int  # of them not inactive/defunct
    first_rid: int  # the written services have rids from here on
    written: int
    removed_rids: tuple[int, ...]  # rids the touched services had in the copy


def _apply(
    con: sqlcipher3.Connection, planned: Plan, built_at: datetime, cancel: CancelToken | None
) -> Applied:
    """In ONE transaction: delete the touched services' rows, write the valid ones, meta."""
    con.execute("BEGIN IMMEDIATE")
    try:
        touched = sorted(planned.remove)
        removed: list[int] = []
        active_gone = 0
        for start in range(0, len(touched), COMPARE_BATCH):
            part = touched[start : start + COMPARE_BATCH]
            marks = ",".join("?" * len(part))
            for rid, status in con.execute(
                f"SELECT rid, status FROM services WHERE id IN ({marks})", part
            ):
                removed.append(int(rid))
                active_gone += status not in gen.WITHDRAWN
        top = con.execute("SELECT max(rid) FROM services").fetchone()[0] or 0  # before: no reuse
        gen.delete_services(con, touched)
        services = planned.valid.services
        written = gen.write_services(con, services, top + 1) if services else 0
        if con.execute("SELECT 1 FROM meta WHERE key = ?", [search_index.RID_MAX]).fetchone():
            search_index.refresh_search_extras(con)
        count = int(con.execute("SELECT count(*) FROM services").fetchone()[0])
        _feed_rules(con, count, planned)
        still = sum(_status(s) not in gen.WITHDRAWN for s in services)
        active = planned.active - active_gone + still
        con.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("count", str(count)), ("built_at", built_at.isoformat()), (ACTIVE_KEY, str(active))],
        )
        if cancel is not None:
            cancel.raise_if_set()
        con.execute("COMMIT")  # synchronous = FULL: the file is on disk before the flip
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):
            con.execute("ROLLBACK")  # without a journal this is no undo: the copy is removed
        raise
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
    """Verify a copied-and-changed generation in proportion to the change (docs/performance.md).

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
    return gen.load_services(con, ids)


def _status(service: dict[str, Any]) -> str:
    return str(service.get("status") or "active").lower()


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _remove_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
