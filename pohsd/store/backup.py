"""Encrypted copies of pohsd.db through SQLite's backup API, keyed with the same raw key."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import sqlcipher3

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.security.secret import SecretKey
from pohsd.store.engine import connect

SQLITE_MAGIC = b"SQLite format 3\x00"  # the first 16 bytes of every plaintext SQLite file
STEP_PAGES = 256  # pages per backup step: 1 MiB with SQLCipher's 4 KiB pages
T = TypeVar("T")
PageProgress = Callable[[int, int], None]  # (pages done, pages in total)


def backup_database(src_path: Path, key: SecretKey, target: Path) -> None:
    """Copy the database to `target` (a new file), then verify the copy opens and is intact."""
    copy_database(src_path, key, target)
    verify_database(target, key)


def copy_database(
    src_path: Path,
    key: SecretKey,
    target: Path,
    *,
    progress: PageProgress | None = None,
    step_pages: int = STEP_PAGES,
    inspect: Callable[[sqlcipher3.Connection], T] | None = None,
) -> T | None:
    """Copy a consistent snapshot of `src_path` into a new file keyed with the same raw key.

    `inspect` reads the source inside the same read transaction as the copy (so row counts
    describe exactly what was copied); its result is returned. The copy runs `step_pages`
    pages at a time and reports (done, total) after each step. The copy is left in
    rollback-journal mode, so it is one self-contained file.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise PohsdError(ErrorCode.DB_EXISTS)
    src = connect(src_path, key)
    result: T | None = None
    try:
        src.execute("BEGIN")  # one read snapshot for `inspect` and the copy
        result = inspect(src) if inspect is not None else None
        dst = connect(target, key, create=True)  # keyed before any page is written
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=max(1, step_pages), progress=step)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(target, 0o600)
    return result


def checkpoint(path: Path, key: SecretKey) -> None:
    """Move the write-ahead log into the database file and empty it."""
    con = connect(path, key)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        con.close()


def open_readonly(path: Path, key: SecretKey) -> sqlcipher3.Connection:
    """A keyed read-only connection that never changes the file (no journal-mode switch)."""
    try:
        con = sqlcipher3.connect(
            f"{Path(path).absolute().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    except sqlcipher3.OperationalError as exc:
        raise PohsdError(ErrorCode.DB_MISSING) from exc
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = \"x'{key.pragma_hex()}'\"")
        try:  # page 1 only: a wrong key fails here, a damaged later page does not
            con.execute("PRAGMA user_version").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise PohsdError(ErrorCode.DB_WRONG_KEY) from exc
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise PohsdError(ErrorCode.DB_CORRUPT) from exc
        con.execute("PRAGMA trusted_schema = OFF")
    except BaseException:
        con.close()
        raise
    return con


def table_counts(con: sqlcipher3.Connection) -> dict[str, int]:
    """Rows per table (SQLite's own tables left out), by table name."""
    names = [
        row[0]
        for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    return {
        name: int(con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def integrity_problems(con: sqlcipher3.Connection) -> list[str]:
    """Empty when `integrity_check` says ok and `cipher_integrity_check` finds nothing."""
    problems: list[str] = []
    try:
        rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.append("integrity_check")
        if con.execute("PRAGMA cipher_integrity_check").fetchall():
            problems.append("cipher_integrity_check")
    except sqlcipher3.DatabaseError:
        problems.append("unreadable")
    return problems


def verify_database(path: Path, key: SecretKey) -> None:
    """Raise DB_CORRUPT unless the file opens with `key` and both integrity checks pass."""
    try:
        con = open_readonly(path, key)
    except PohsdError as exc:
        raise PohsdError(ErrorCode.DB_CORRUPT) from exc
    try:
        problems = integrity_problems(con)
    finally:
        con.close()
    if problems or contains_plaintext(path):
        raise PohsdError(ErrorCode.DB_CORRUPT)


def contains_plaintext(path: Path, markers: Iterable[bytes] = ()) -> bool:
    """True when the raw file holds the SQLite header magic or any of `markers` (a canary).

    An encrypted SQLCipher file looks random from its first byte, so any readable marker
    means the file is (partly) plaintext.
    """
    wanted = [SQLITE_MAGIC, *(m for m in markers if m)]
    overlap = max(len(m) for m in wanted) - 1
    tail = b""
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            window = tail + chunk
            if any(m in window for m in wanted):
                return True
            tail = window[-overlap:] if overlap else b""
    return False


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def rekey_file(path: Path, old_key: SecretKey, new_key: SecretKey) -> None:
    """Re-encrypt a closed database file from `old_key` to `new_key` (PRAGMA rekey)."""
    con = connect(path, old_key)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        con.execute("PRAGMA journal_mode = DELETE")  # rekey rewrites pages; not under WAL
        con.execute(f"PRAGMA rekey = \"x'{new_key.pragma_hex()}'\"")
    finally:
        con.close()
