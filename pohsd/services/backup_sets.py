"""Backup sets on disk: manifest, listing, the full verification and the retention rule."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.fs import write_atomic
from pohsd.paths import DB_NAME, KEYSLOTS_NAME
from pohsd.security.keyslots import KeySlots
from pohsd.security.secret import SecretKey
from pohsd.store.backup import contains_plaintext, integrity_problems, open_readonly, sha256_file
from pohsd.store.backup import table_counts as _table_counts

MANIFEST_NAME = "manifest.json"
FORMAT = "pohsd-backup/1"
KINDS = ("manual", "daily", "on_exit")
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupInfo:
    """One backup set as listed: where, when, what kind, how big, and whether it checked out."""

    path: Path
    name: str
    created_at: datetime
    kind: str
    size: int
    verified: bool
    app_version: str = ""
    revision: str = ""
    rows: int = 0
    manifest: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "name": self.name,
            "created_at": self.created_at.isoformat(),
            "kind": self.kind,
            "size": self.size,
            "verified": self.verified,
            "app_version": self.app_version,
            "alembic_revision": self.revision,
            "rows": self.rows,
        }


def new_stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime(STAMP_FORMAT)


def write_manifest(set_dir: Path, manifest: dict[str, Any]) -> None:
    data = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")
    write_atomic(set_dir / MANIFEST_NAME, data)


def read_manifest(set_dir: Path) -> dict[str, Any]:
    """The parsed manifest; BACKUP_INVALID when it is missing, unreadable or not ours."""
    try:
        data = json.loads((set_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PohsdError(ErrorCode.BACKUP_INVALID, reason="manifest") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PohsdError(ErrorCode.BACKUP_INVALID, reason="manifest")
    return data


def info_for(set_dir: Path) -> BackupInfo | None:
    """Describe a set without the key (cheap): None when the folder is not a backup set.

    `verified` means the set passed its check when it was made and still has its files at
    the recorded size; `verify_set` repeats the full check with the key.
    """
    try:
        manifest = read_manifest(set_dir)
        created = datetime.fromisoformat(str(manifest["created_at"]))
    except (PohsdError, KeyError, ValueError):
        return None
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    db = set_dir / DB_NAME
    size = db.stat().st_size if db.exists() else 0
    verified = (
        bool(manifest.get("verified_at"))
        and size == manifest.get("db_size")
        and (set_dir / KEYSLOTS_NAME).exists()
    )
    tables = manifest.get("tables") or {}
    return BackupInfo(
        path=set_dir,
        name=set_dir.name,
        created_at=created,
        kind=str(manifest.get("kind", "")),
        size=size,
        verified=verified,
        app_version=str(manifest.get("app_version", "")),
        revision=str(manifest.get("alembic_revision", "")),
        rows=sum(int(v) for v in tables.values()) if isinstance(tables, dict) else 0,
        manifest=manifest,
    )


def list_sets(folder: Path) -> list[BackupInfo]:
    """Every backup set in `folder`, newest first (half-written `.partial` folders left out)."""
    if not folder.is_dir():
        return []
    found = [
        info
        for child in folder.iterdir()
        if child.is_dir() and not child.name.startswith(".")
        if (info := info_for(child)) is not None
    ]
    return sorted(found, key=lambda i: (i.created_at, i.name), reverse=True)


def verify_set(
    set_dir: Path,
    key: SecretKey,
    *,
    markers: Iterable[bytes] = (),
    manifest: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The full check of a set; returns its manifest or raises BACKUP_INVALID (reason given).

    Checks: the manifest; the SHA-256 of the database file; no plaintext (SQLite's header
    magic or a canary from `markers`) in the raw bytes; it opens with `key`;
    `integrity_check` = ok and an empty `cipher_integrity_check`; the row count of every
    table equals the manifest; the key file belongs to the same database.
    """
    manifest = manifest if manifest is not None else read_manifest(set_dir)
    db = set_dir / DB_NAME

    def fail(reason: str) -> PohsdError:
        return PohsdError(ErrorCode.BACKUP_INVALID, reason=reason)

    if not db.is_file():
        raise fail("missing_db")
    if sha256_file(db) != manifest.get("db_sha256"):
        raise fail("sha256")
    if contains_plaintext(db, markers):
        raise fail("plaintext")
    try:
        con = open_readonly(db, key)
    except PohsdError as exc:
        if exc.code == ErrorCode.DB_WRONG_KEY:
            raise
        raise fail("open") from exc
    try:
        if integrity_problems(con):
            raise fail("integrity")
        if _table_counts(con) != manifest.get("tables"):
            raise fail("row_counts")
    finally:
        con.close()
    try:
        slots = KeySlots._parse((set_dir / KEYSLOTS_NAME).read_bytes())
    except (OSError, ValueError, KeyError, TypeError, PohsdError) as exc:
        raise fail("keyslots") from exc
    if slots.db_uuid != manifest.get("db_uuid"):
        raise fail("keyslots")
    return manifest


def remove_set(set_dir: Path) -> None:
    shutil.rmtree(set_dir, ignore_errors=True)


# ---- retention ------------------------------------------------------------------------------


def _day(info: BackupInfo) -> object:
    return info.created_at.astimezone(UTC).date()


def _week(info: BackupInfo) -> object:
    return info.created_at.astimezone(UTC).isocalendar()[:2]


def _keep_per_period(
    sets: list[BackupInfo], period: Callable[[BackupInfo], object], n: int, kept: set[str]
) -> None:
    """The newest set of each of the `n` most recent periods not already kept (borg prune)."""
    count, last = 0, None
    for info in sets:  # newest first
        if count >= n:
            return
        key = period(info)
        if key == last:
            continue
        last = key
        if info.name not in kept:
            kept.add(info.name)
            count += 1


def sets_to_prune(sets: list[BackupInfo], keep_daily: int, keep_weekly: int) -> list[BackupInfo]:
    """Verified sets outside "the newest per day for `keep_daily` days, then per week".

    The newest verified set is always kept, so the only good backup is never removed.
    Unverified folders are left alone (someone may want to look at them).
    """
    good = sorted((s for s in sets if s.verified), key=lambda i: i.created_at, reverse=True)
    if not good:
        return []
    kept: set[str] = set()
    _keep_per_period(good, _day, max(0, keep_daily), kept)
    _keep_per_period(good, _week, max(0, keep_weekly), kept)
    kept.add(good[0].name)
    return [s for s in good if s.name not in kept]
