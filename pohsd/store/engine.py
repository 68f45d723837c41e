"""SQLCipher engines: raw key, pragma order, mode=rw, NullPool, BEGIN IMMEDIATE (DESIGN §4)."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.security.secret import SecretKey

EXPECTED_CIPHER_MAJOR = "4."
# SQLCipher 4 defaults; we never change them, and refuse a build that does.
EXPECTED_SETTINGS = {
    "PRAGMA cipher_page_size = 4096;",
    "PRAGMA cipher_use_hmac = 1;",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",
    "PRAGMA cipher_plaintext_header_size = 0;",
}
# `cipher_memory_security` stays OFF (SQLCipher's default since 4.5): DESIGN §4 turns it on
# "unless bench rejects it", and bench does: its mlock/munlock and wiping of every SQLite
# allocation made a 20 000-service map import 2.3x slower (53.8 s → 23.3 s; docs/security.md).
# SQLCipher still locks and wipes its own key material; page contents pass through Python
# objects that no setting wipes anyway.


def connect(
    path: Path,
    key: SecretKey,
    *,
    create: bool = False,
    foreign_keys: bool = True,
    check_same_thread: bool = True,
) -> sqlcipher3.Connection:
    """Open one keyed connection with the pragmas in their required order."""
    mode = "rwc" if create else "rw"
    try:
        con = sqlcipher3.connect(
            f"{Path(path).absolute().as_uri()}?mode={mode}",
            uri=True,
            isolation_level=None,
            check_same_thread=check_same_thread,
        )
    except sqlcipher3.OperationalError as exc:
        raise PohsdError(ErrorCode.DB_MISSING) from exc
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = \"x'{key.pragma_hex()}'\"")
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise PohsdError(ErrorCode.DB_WRONG_KEY) from exc
        for pragma in (
            f"foreign_keys = {'ON' if foreign_keys else 'OFF'}",
            "journal_mode = WAL",
            "synchronous = FULL",
            "busy_timeout = 5000",
            "trusted_schema = OFF",
        ):
            con.execute(f"PRAGMA {pragma}")
    except BaseException:
        con.close()
        raise
    return con


def check_cipher(con: sqlcipher3.Connection) -> None:
    """Refuse a SQLCipher build other than 4.x or with changed cipher settings."""
    version = con.execute("PRAGMA cipher_version").fetchone()[0]
    settings = {row[0] for row in con.execute("PRAGMA cipher_settings").fetchall()}
    if not version.startswith(EXPECTED_CIPHER_MAJOR) or not settings >= EXPECTED_SETTINGS:
        raise PohsdError(ErrorCode.DB_CIPHER_SETTINGS)


def make_engine(
    path: Path,
    key: SecretKey,
    *,
    foreign_keys: bool = True,
    owner: threading.Thread | None = None,
) -> Engine:
    """An engine whose every connection is opened, keyed and checked by `connect`.

    The engine belongs to one thread (the DB thread); a connection from any other raises.
    """
    owner_thread = owner or threading.current_thread()

    def creator() -> sqlcipher3.Connection:
        if threading.current_thread() is not owner_thread:
            raise RuntimeError("database used outside its owner thread")
        return connect(path, key, foreign_keys=foreign_keys)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3,
        poolclass=NullPool,
        hide_parameters=True,
    )
    _begin_immediate(engine)
    return engine


def _begin_immediate(engine: Engine) -> None:
    listener: Callable[..., None]

    @event.listens_for(engine, "begin")
    def listener(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_database(path: Path, key: SecretKey) -> None:
    """Create an empty encrypted database file; refuse when one already exists."""
    if path.exists():
        raise PohsdError(ErrorCode.DB_EXISTS)
    con = connect(path, key, create=True)
    try:
        check_cipher(con)
        con.execute("PRAGMA user_version = 0")
    finally:
        con.close()
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)  # only the owner; Windows ignores this (the profile's ACL applies)
