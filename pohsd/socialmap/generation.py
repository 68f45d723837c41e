"""Build, verify, open, list and prune encrypted sociale-kaart generation files (DESIGN §1, §8)."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

import sqlcipher3

from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.progress import CancelToken, Progress
from pohsd.security.secret import SecretKey
from pohsd.socialmap import schema, storage
from pohsd.socialmap.search_index import add_pending, build_search_extras
from pohsd.socialmap.storage import WITHDRAWN as WITHDRAWN  # re-exported
from pohsd.store.engine import check_cipher, connect

CHUNK = 2000
SCRATCH = ("stage", "ranks")  # the build's scratch schemas (Builder.attach_stage)
STAGE = "socialmap.build"
_ID_RE = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{8}$")
READABLE_VERSIONS = (1, schema.SCHEMA_VERSION)  # format 1: whole services in `raw`


@dataclass(frozen=True)
class GenerationInfo:
    id: str
    path: Path
    count: int
    built_at: datetime


def generation_path(folder: Path, generation_id: str) -> Path:
    """The file of one generation; refuses an id that is not ours (no path tricks)."""
    if not _ID_RE.match(generation_id):
        raise PohsdError(ErrorCode.NOT_FOUND)
    return Path(folder) / f"{generation_id}.db"


def list_generations(folder: Path) -> list[str]:
    """Generation ids present in the folder, oldest first (ids sort by build time)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.db") if _ID_RE.match(p.stem))


def prune(folder: Path, keep: Iterable[str]) -> list[str]:
    """Delete every generation not in `keep` (with its WAL/SHM files); return the removed ids."""
    keep_ids = set(keep)
    removed = []
    for gen_id in list_generations(folder):
        if gen_id in keep_ids:
            continue
        _remove_files(generation_path(folder, gen_id))
        removed.append(gen_id)
    return removed


def open_generation(path: Path, key: SecretKey) -> sqlcipher3.Connection:
    """A keyed connection to an existing generation; wrong key → PohsdError(DB_WRONG_KEY)."""
    if not Path(path).is_file():
        raise PohsdError(ErrorCode.DB_MISSING)
    con = connect(Path(path), key, foreign_keys=False)
    try:
        check_cipher(con)
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or int(row[0]) not in READABLE_VERSIONS:
            raise PohsdError(ErrorCode.DB_CORRUPT)
    except sqlcipher3.DatabaseError as exc:
        con.close()
        raise PohsdError(ErrorCode.DB_CORRUPT) from exc
    except BaseException:
        con.close()
        raise
    return con


def verify(path: Path, key: SecretKey) -> int:
    """Cipher integrity (every page's HMAC) and row counts of a generation; the service count.

    See docs/performance.md: `integrity_check`, `quick_check` and the FTS `integrity-check`
    re-read the whole file for little more assurance on a file that was just written.
    """
    con = open_generation(path, key)
    try:
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        if Path(path).stat().st_size != int(pages) * int(page_size):
            raise PohsdError(ErrorCode.DB_CORRUPT)  # truncated or grown behind our back
        if con.execute("PRAGMA cipher_integrity_check").fetchall():
            raise PohsdError(ErrorCode.DB_CORRUPT)
        count = con.execute("SELECT count(*) FROM services").fetchone()[0]
        source = con.execute("SELECT count(*) FROM search_text").fetchone()[0]
        indexed = con.execute("SELECT count(*) FROM services_fts_docsize").fetchone()[0]
        stored = con.execute("SELECT value FROM meta WHERE key = 'count'").fetchone()
        if stored is None or not int(stored[0]) == count == source == indexed:
            raise PohsdError(ErrorCode.DB_CORRUPT)
        return int(count)
    except sqlcipher3.DatabaseError as exc:
        raise PohsdError(ErrorCode.DB_CORRUPT) from exc
    finally:
        con.close()


class Builder:
    """A NEW generation file being written chunk by chunk; `finish` or `discard` ends it.

    While building, the file has no rollback journal on disk and is not synced per chunk
    (a failure deletes the whole file); `finish` commits the indexes with a full sync,
    switches the file to WAL and verifies it.
    """

    def __init__(self, folder: Path, key: SecretKey) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.key = key
        self.built_at = datetime.now(UTC).replace(microsecond=0)
        self.id = f"{self.built_at:%Y%m%dT%H%M%SZ}-{secrets.token_hex(4)}"
        self.path = generation_path(folder, self.id)
        if self.path.exists():
            raise PohsdError(ErrorCode.DB_EXISTS)
        self.count = 0
        self.active = 0  # not inactive/defunct: meta "active", the base of a sync's drop rule
        self._known: set[str] = set()
        self.con = connect(self.path, key, create=True, foreign_keys=False)
        try:
            with contextlib.suppress(OSError):
                os.chmod(self.path, 0o600)  # only the owner; Windows ignores this
            check_cipher(self.con)
            for pragma in _BUILD_PRAGMAS:
                self.con.execute(f"PRAGMA {pragma}")
            for ddl in schema.TABLES:
                self.con.execute(ddl)
            self.attach_stage()
        except BaseException:
            self.discard()
            raise

    def add(self, services: list[dict[str, Any]]) -> None:
        """Write one chunk of validated services in one transaction."""
        rows, _ = storage.collect_rows(services, 1, self._known)
        self.add_rows(rows, len(services), sum(storage.is_active(s) for s in services))

    def add_rows(self, rows: dict[str, list[tuple[Any, ...]]], count: int, active: int) -> None:
        """Write the rows `collect_rows` made for `count` services, in one transaction.

        Their rids count from 1 and become the next ones of this file; `active` of the
        services are not withdrawn.
        """
        storage.shift_rids(rows, self.count)
        first = self.count + 1
        with write_transaction(self.con):
            insert_rows(self.con, rows, first, first + count, index=False, pending="ranks")
        self.count += count
        self.active += active

    @property
    def raw_key(self) -> str:
        """The key as SQLCipher's raw-key literal "x'…'" (ATTACH … KEY, prepare.py's workers)."""
        return f"x'{self.key.pragma_hex()}'"

    @property
    def known(self) -> set[str]:
        """Keys of the shared objects written so far (storage.pack skips them)."""
        return self._known

    def finish(self) -> GenerationInfo:
        """Indexes, FTS, meta; sync, WAL, verify. Any failure deletes the file."""
        try:
            con = self.con
            con.execute("PRAGMA synchronous = FULL")  # the last commit syncs every page written
            con.execute("BEGIN IMMEDIATE")
            for ddl in (*schema.INDEXES, *schema.FTS):
                con.execute(ddl)
            build_search_extras(con, "ranks")  # search helper tables (search_index.py, H3)
            con.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("schema_version", str(schema.SCHEMA_VERSION)),
                    ("count", str(self.count)),
                    ("active", str(self.active)),
                    ("built_at", self.built_at.isoformat()),
                ],
            )
            con.execute("COMMIT")
            self.detach_stage()
            con.execute("PRAGMA journal_mode = WAL")
            con.close()
            verify(self.path, self.key)
        except BaseException:
            self.discard()
            raise
        return GenerationInfo(self.id, self.path, self.count, self.built_at)

    def attach_stage(self) -> None:
        """Attach the build's scratch files next to the generation, encrypted with the same key.

        `stage` holds a package's rows (staged.py), which prepare.py's worker processes read
        while this connection writes; `ranks` holds the service_rank rows until `finish` ranks
        them (a file of its own, so those writes never wait for the workers' reads). Neither
        is ever on disk in plaintext; `finish` or `discard` deletes both.
        """
        for name in SCRATCH:
            path = self.scratch_path(name)
            flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY
            os.close(os.open(path, flags, 0o600))  # only the owner, like the generation
            self.con.execute(f"ATTACH DATABASE ? AS {name} KEY ?", [str(path), self.raw_key])
            for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -16384"):
                self.con.execute(f"PRAGMA {name}.{pragma}")

    def detach_stage(self) -> None:
        """Detach and delete the scratch files (no-op when none is attached)."""
        attached = {row[1] for row in self.con.execute("PRAGMA database_list")}
        for name in SCRATCH:
            if name in attached:
                self.con.execute(f"DETACH DATABASE {name}")
            _remove_files(self.scratch_path(name))

    def scratch_path(self, name: str) -> Path:
        """The file of one scratch schema (`stage` or `ranks`) of this build."""
        return Path(f"{self.path}-{name}")

    def discard(self) -> None:
        """Close and delete the unfinished file (and its staging file)."""
        with contextlib.suppress(Exception):
            self.con.close()
        _remove_files(self.path)
        for name in SCRATCH:
            _remove_files(self.scratch_path(name))


# a fresh file that is deleted on any failure needs neither a journal on disk nor a sync per
# chunk; a larger page cache speeds up the index and FTS builds (bounded: 32 MB).
_BUILD_PRAGMAS = ("journal_mode = MEMORY", "synchronous = OFF", "cache_size = -32768")


def build_generation(
    folder: Path,
    key: SecretKey,
    services: Iterable[dict[str, Any]],
    *,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
) -> GenerationInfo:
    """Write all services into a NEW encrypted generation file; a failure or cancel deletes it."""
    builder = Builder(folder, key)
    try:
        total = len(services) if isinstance(services, Sized) else 0
        for chunk in _chunks(services, CHUNK):
            if cancel is not None:
                cancel.raise_if_set()
            builder.add(chunk)
            if progress is not None:
                progress(Progress(STAGE, builder.count, total))
        if cancel is not None:
            cancel.raise_if_set()
    except BaseException:
        builder.discard()
        raise
    return builder.finish()


def _remove_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", "-stage", "-stage-journal", "-ranks"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _chunks(items: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


@contextlib.contextmanager
def write_transaction(con: sqlcipher3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT on a generation connection; ROLLBACK on any error or cancel."""
    con.execute("BEGIN IMMEDIATE")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):
            con.execute("ROLLBACK")
        raise


# ---------------------------------------------------------------- writing and deleting rows


def write_services(
    con: sqlcipher3.Connection,
    services: Iterable[dict[str, Any]],
    first_rid: int,
    *,
    known: set[str] | None = None,
    index: bool = True,
    pending: str = "temp",
) -> int:
    """Write the rows of these (validated) services with rids from `first_rid`; return how many.

    Runs inside the caller's transaction (it neither begins nor commits). With `index` (the
    default) the new rows are also added to the FTS index, as an incremental sync needs; a full
    build passes `index=False` and rebuilds the index once at the end. Their service_rank rows
    wait in `<pending>.rank_pending` for `search_index.refresh_search_extras`. Shared objects
    are inserted only when not stored yet. A duplicate service id → ValidationError.
    """
    rows, rid = storage.collect_rows(services, first_rid, known)
    insert_rows(con, rows, first_rid, rid, index=index, pending=pending)
    return rid - first_rid


def insert_rows(
    con: sqlcipher3.Connection,
    rows: dict[str, list[tuple[Any, ...]]],
    first_rid: int,
    end_rid: int,
    *,
    index: bool = True,
    pending: str = "temp",
) -> None:
    """Insert rows `storage.collect` made for the rids first_rid..end_rid-1 (see write_services)."""
    try:
        for name, sql in storage.INSERTS.items():
            if rows[name]:
                con.executemany(sql, rows[name])
    except sqlcipher3.IntegrityError as exc:
        raise ValidationError("services.id", "duplicate") from exc
    add_pending(con, rows[storage.RANK], pending)
    if index and end_rid > first_rid and has_table(con, "services_fts"):
        cols = ", ".join(table_columns(con, "search_text")[1:])
        con.execute(
            f"INSERT INTO services_fts (rowid, {cols}) SELECT rid, {cols} FROM search_text"
            " WHERE rid >= ? AND rid < ?",
            [first_rid, end_rid],
        )


def delete_services(con: sqlcipher3.Connection, service_ids: Iterable[str]) -> None:
    """Delete every row of these services (FTS entries included), in the caller's transaction.

    Shared organization/location/term objects stay (other services may use them; orphans go
    with the next full import).
    """
    ids = list(dict.fromkeys(str(i) for i in service_ids))
    if not ids:
        return
    tables = child_tables(con)
    fts = has_table(con, "services_fts")
    cols = ", ".join(table_columns(con, "search_text")[1:])
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ",".join("?" * len(part))
        rids = f"SELECT rid FROM services WHERE id IN ({marks})"
        if fts:
            con.execute(
                f"INSERT INTO services_fts (services_fts, rowid, {cols})"
                f" SELECT 'delete', rid, {cols} FROM search_text WHERE rid IN ({rids})",
                part,
            )
        con.execute(f"DELETE FROM search_text WHERE rid IN ({rids})", part)
        for table in tables:
            delete_child_rows(con, table, part)
        con.execute(f"DELETE FROM services WHERE id IN ({marks})", part)


def delete_child_rows(con: sqlcipher3.Connection, table: str, service_ids: list[str]) -> None:
    """Delete the rows of these services from one table with a `service_id` column."""
    # service_weekday's only index is (day, service_id): naming the days uses it
    days = _ALL_DAYS if table == "service_weekday" else ""
    for start in range(0, len(service_ids), 500):
        part = service_ids[start : start + 500]
        con.execute(
            f"DELETE FROM {table} WHERE {days}service_id IN ({','.join('?' * len(part))})", part
        )


_ALL_DAYS = "day IN ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU') AND "


def child_tables(con: sqlcipher3.Connection) -> list[str]:
    """The tables with a `service_id` column (rows that belong to one service)."""
    return [
        name
        for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'services_fts%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
        if "service_id" in table_columns(con, name)
    ]


def has_table(con: sqlcipher3.Connection, name: str) -> bool:
    found = con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]).fetchone()
    return found is not None


def table_columns(con: sqlcipher3.Connection, table: str) -> list[str]:
    return [row[1] for row in con.execute(f"PRAGMA table_info({table})")]
