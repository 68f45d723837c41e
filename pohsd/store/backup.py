"""Encrypted copies of pohsd.db through SQLite's backup API, keyed with the same raw key."""

from __future__ import annotations

from pathlib import Path

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.security.secret import SecretKey
from pohsd.store.engine import connect


def backup_database(src_path: Path, key: SecretKey, target: Path) -> None:
    """Copy the database to `target` (a new file), then verify the copy opens and is intact."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise PohsdError(ErrorCode.DB_EXISTS)
    src = connect(src_path, key)
    try:
        dst = connect(target, key, create=True)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    verify_database(target, key)


def verify_database(path: Path, key: SecretKey) -> None:
    con = connect(path, key)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        cipher_problems = con.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        con.close()
    if ok != "ok" or cipher_problems:
        raise PohsdError(ErrorCode.DB_CORRUPT)
