"""`ws.backup`: verified encrypted backup sets, their schedule and retention, and restore.

A set is `<folder>/<UTC stamp>/{pohsd.db, keyslots.json, manifest.json}`. The copy is keyed
with the live raw key (never plaintext) and only counts after `verify_set` passed; a set
that fails is removed. The folder may be a network share: the copy is ciphertext, so the
data-folder location rule (pohsd.store.location) deliberately does not apply to it.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3

import pohsd
from pohsd.domain.enums import AuditAction, AuditOutcome
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.progress import Progress
from pohsd.paths import DB_NAME, KEYSLOTS_NAME
from pohsd.security.secret import SecretKey
from pohsd.services.backup_sets import (
    KINDS,
    BackupInfo,
    info_for,
    list_sets,
    new_stamp,
    read_manifest,
    remove_set,
    sets_to_prune,
    verify_set,
    write_manifest,
)
from pohsd.store.backup import checkpoint, copy_database, sha256_file, table_counts

# pohsd.workspace.Workspace: a higher layer, so it is only named here, never imported
Workspace = Any
Reopen = Callable[[SecretKey], Any]  # opens the data folder again with this key

FOLDER_KEY = "backup.folder"
DAILY_KEY = "backup.daily"
ON_EXIT_KEY = "backup.on_exit"
KEEP_DAILY_KEY = "backup.keep_daily"
KEEP_WEEKLY_KEY = "backup.keep_weekly"
DEFAULT_KEEP_DAILY, DEFAULT_KEEP_WEEKLY = 7, 4
MAX_KEEP = 365
DAILY_INTERVAL = timedelta(hours=24)
STAGE = "backup.copy"
ProgressFn = Callable[[Progress], None]


def _snapshot(con: sqlcipher3.Connection) -> dict[str, Any]:
    """What the manifest records, read in the copy's own read transaction."""

    def one(sql: str) -> Any:
        try:
            row = con.execute(sql).fetchone()
        except sqlcipher3.DatabaseError:
            return None
        return row[0] if row else None

    head = con.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return {
        "alembic_revision": one("SELECT version_num FROM alembic_version"),
        "tables": table_counts(con),
        "audit_head": {"seq": head[0], "mac": head[1]} if head else {"seq": 0, "mac": ""},
        "db_uuid": one("SELECT value FROM setting WHERE key = 'db_uuid'"),
        "map_generation": one("SELECT value FROM setting WHERE key = 'socialmap.current'") or None,
    }


def _count(value: str, default: int) -> int:
    try:
        return min(max(int(value), 0), MAX_KEEP)
    except ValueError:
        return default


class BackupService:
    """Backups of the open workspace (DB thread only, like every service)."""

    def __init__(self, workspace: Workspace, reopen: Reopen) -> None:
        self._ws = workspace
        self._reopen = reopen

    # ---- settings ----------------------------------------------------------------------------

    def folder(self) -> Path:
        """The setting `backup.folder`, or `<data>/backups` (a network share is allowed)."""
        chosen = self._ws.practice.setting(FOLDER_KEY, "").strip()
        return Path(chosen).expanduser() if chosen else self._ws.paths.backups

    def keep_counts(self) -> tuple[int, int]:
        setting = self._ws.practice.setting
        return (
            _count(setting(KEEP_DAILY_KEY, str(DEFAULT_KEEP_DAILY)), DEFAULT_KEEP_DAILY),
            _count(setting(KEEP_WEEKLY_KEY, str(DEFAULT_KEEP_WEEKLY)), DEFAULT_KEEP_WEEKLY),
        )

    def enabled(self, kind: str) -> bool:
        """Whether the automatic backup `kind` (daily, on_exit) is switched on (default on)."""
        key = {"daily": DAILY_KEY, "on_exit": ON_EXIT_KEY}[kind]
        return self._ws.practice.setting(key, "1") == "1"

    # ---- making a backup ---------------------------------------------------------------------

    def create(
        self,
        folder: str | Path | None = None,
        progress: ProgressFn | None = None,
        *,
        kind: str = "manual",
        now: datetime | None = None,
    ) -> BackupInfo:
        """Copy, describe, verify; prune old sets after a good backup. Audited either way."""
        ws = self._ws
        if ws.closed:
            raise PohsdError(ErrorCode.LOCKED)
        if kind not in KINDS:
            raise PohsdError(ErrorCode.INVALID_INPUT, field="kind", rule="unknown_option")
        target_folder = Path(folder).expanduser() if folder else self.folder()
        when = (now or datetime.now(UTC)).astimezone(UTC)
        try:
            info = self._create(target_folder, progress, kind, when)
        except (OSError, sqlcipher3.OperationalError) as exc:  # full disk, unplugged USB drive
            self._audit_failure(kind)
            raise PohsdError(_storage_code(exc)) from exc
        except PohsdError as exc:
            self._audit_failure(kind)
            if exc.code == ErrorCode.DB_MISSING:  # the folder cannot hold the copy (read-only)
                raise PohsdError(ErrorCode.STORAGE_ERROR) from exc
            raise
        except BaseException:
            self._audit_failure(kind)
            raise
        self._audit("backup.create", AuditOutcome.SUCCESS, f"{kind};{info.name}")
        self.prune(target_folder)
        return info

    def _create(
        self, folder: Path, progress: ProgressFn | None, kind: str, when: datetime
    ) -> BackupInfo:
        ws = self._ws
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PohsdError(ErrorCode.STORAGE_ERROR) from exc
        _remove_partials(folder)
        name = new_stamp(when)
        suffix = 1
        while (folder / name).exists():
            suffix += 1
            name = f"{new_stamp(when)}-{suffix}"
        partial = folder / f".{name}.partial"
        partial.mkdir()
        try:
            key = ws._dek
            checkpoint(ws.paths.db, key)

            def pages(done: int, total: int) -> None:
                if progress is not None:
                    progress(Progress(STAGE, done, total))

            snapshot = copy_database(
                ws.paths.db, key, partial / DB_NAME, progress=pages, inspect=_snapshot
            )
            assert snapshot is not None  # noqa: S101 — inspect always returns
            shutil.copyfile(ws.paths.keyslots, partial / KEYSLOTS_NAME)
            manifest: dict[str, Any] = {
                "format": "pohsd-backup/1",
                "app_version": pohsd.__version__,
                "created_at": when.isoformat(),
                "kind": kind,
                "db_sha256": sha256_file(partial / DB_NAME),
                "db_size": (partial / DB_NAME).stat().st_size,
                "dek_generation": ws._slots.dek_generation,
                "demo": ws.is_demo,
                **snapshot,
            }
            write_manifest(partial, manifest)
            try:
                verify_set(partial, key, markers=self._markers(), manifest=None)
            except PohsdError as exc:
                raise PohsdError(ErrorCode.BACKUP_FAILED, reason=exc.params.get("reason")) from exc
            manifest["verified_at"] = datetime.now(UTC).isoformat()
            write_manifest(partial, manifest)
            partial.rename(folder / name)
        except BaseException:
            remove_set(partial)
            raise
        info = info_for(folder / name)
        if info is None:  # pragma: no cover — we just wrote it
            raise PohsdError(ErrorCode.BACKUP_FAILED)
        return info

    def _markers(self) -> tuple[bytes, ...]:
        """Known plaintext inside every database: its id (also in keyslots.json)."""
        return (self._ws._slots.db_uuid.encode("ascii"),)

    def _audit_failure(self, kind: str) -> None:
        """Log a failed backup; a failure to log (a full disk) must not hide the first error."""
        with contextlib.suppress(Exception):  # the caller raises the original error
            self._audit("backup.create", AuditOutcome.FAILURE, kind)

    def _audit(self, event: str, outcome: AuditOutcome, detail: str) -> None:
        ctx = self._ws._ctx
        with ctx.transaction() as s:
            ctx.log(
                s,
                AuditAction.EXPORT if event == "backup.create" else AuditAction.UPDATE,
                event,
                object_type="database",
                outcome=outcome,
                detail_code=detail[:60],
            )

    # ---- listing, checking, pruning ----------------------------------------------------------

    def list(self, folder: str | Path | None = None) -> list[BackupInfo]:
        """The sets in the backup folder, newest first, each with its verified status."""
        return list_sets(Path(folder).expanduser() if folder else self.folder())

    def verify(self, set_path: str | Path) -> BackupInfo:
        """The full check of one set with the live key (BACKUP_INVALID / DB_WRONG_KEY)."""
        path = Path(set_path)
        try:
            verify_set(path, self._ws._dek, markers=self._markers())
        except PohsdError as exc:
            if exc.code == ErrorCode.BACKUP_INVALID:
                _mark_failed(path)
            raise
        info = info_for(path)
        if info is None:
            raise PohsdError(ErrorCode.BACKUP_INVALID, reason="manifest")
        return info

    def prune(self, folder: str | Path | None = None) -> list[str]:
        """Remove verified sets beyond the retention counts; never the newest verified one."""
        daily, weekly = self.keep_counts()
        removed = []
        for info in sets_to_prune(self.list(folder), daily, weekly):
            remove_set(info.path)
            removed.append(info.name)
        return removed

    def newest(self) -> BackupInfo | None:
        return next((s for s in self.list() if s.verified), None)

    def due(self, kind: str = "daily", now: datetime | None = None) -> bool:
        """Daily: switched on and no verified set in the last 24 h. On exit: switched on."""
        if not self.enabled(kind):
            return False
        if kind == "on_exit":
            return True
        newest = self.newest()
        moment = now or datetime.now(UTC)
        return newest is None or moment - newest.created_at >= DAILY_INTERVAL

    def run_if_due(self, kind: str, progress: ProgressFn | None = None) -> BackupInfo | None:
        """The automatic backups: make a `kind` backup when `due(kind)`, else None."""
        return self.create(progress=progress, kind=kind) if self.due(kind) else None

    # ---- restoring ---------------------------------------------------------------------------

    def restore(
        self,
        set_path: str | Path,
        *,
        passphrase: str | None = None,
        allow_weak_kdf: bool = False,
    ) -> Workspace:
        """Put a verified set back; this workspace closes, the returned one is open.

        See `pohsd.services.backup_restore.restore` for the steps and the key decision.
        """
        from pohsd.services.backup_restore import restore  # deferred: rarely used

        try:
            return restore(
                self._ws,
                Path(set_path),
                self._reopen,
                passphrase=passphrase,
                allow_weak_kdf=allow_weak_kdf,
            )
        except PohsdError as exc:
            if exc.code == ErrorCode.BACKUP_INVALID:
                _mark_failed(Path(set_path))
            raise


def _mark_failed(set_dir: Path) -> None:
    """A set that failed a full check is listed as not verified from now on."""
    try:
        manifest = read_manifest(set_dir)
        manifest["verified_at"] = None
        manifest["check_failed_at"] = datetime.now(UTC).isoformat()
        write_manifest(set_dir, manifest)
    except (PohsdError, OSError):
        return


def _remove_partials(folder: Path) -> None:
    """Half-written sets left by a crash (only ours: `.<stamp>.partial`)."""
    for child in folder.glob(".*.partial"):
        if child.is_dir():
            remove_set(child)


def _storage_code(exc: BaseException) -> ErrorCode:
    """DISK_FULL for ENOSPC or "database or disk is full" in the chain, else STORAGE_ERROR."""
    seen: BaseException | None = exc
    while seen is not None:
        if getattr(seen, "errno", None) == errno.ENOSPC or "full" in str(seen).lower():
            return ErrorCode.DISK_FULL
        seen = seen.__cause__ or seen.__context__
    return ErrorCode.STORAGE_ERROR
