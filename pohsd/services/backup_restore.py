"""Restoring a backup set: verify, stage, swap the file with the workspace closed, replay erasures.

Key decision: the restored database always ends up under the **current** data key, and the
**current** keyslots.json stays in place. Restoring the set's old slot file would bring back
users removed since, and passphrases changed since. So:

- a set made under the current key (the usual case) opens with it directly;
- a set made before a key rotation (a user was removed since) needs the acting user's
  passphrase *of that time*, which unlocks the set's own keyslots.json; the staged copy is then
  re-keyed (`PRAGMA rekey`) to the current key before the swap;
- when a passphrase is given it must also open the user's current slot (a confirmation).

The set's keyslots.json is kept for disaster recovery (a lost data folder: copy the set's
pohsd.db and keyslots.json into an empty data folder and unlock as then).

Steps: verify the set → collect the erasure-ledger ids → stage a copy beside pohsd.db (re-key
if needed, check it) → close the workspace → keep the live file as
`pohsd.db.before-restore-<stamp>` → move the staged copy in → reopen (migrates an older set)
→ replay the erasure ledger → audit `backup.restore`. Any failure before the swap changes
nothing; a failure after it moves the previous file back (the workspace stays closed; unlock
again).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.paths import DB_NAME, KEYSLOTS_NAME
from pohsd.security.keyslots import KeySlots
from pohsd.security.secret import SecretKey
from pohsd.services.backup_sets import new_stamp, read_manifest, verify_set
from pohsd.store.backup import integrity_problems, open_readonly, rekey_file

Workspace = Any  # pohsd.workspace.Workspace: a higher layer, never imported here

MAP_KEYS = ("socialmap.current", "socialmap.source")  # the newest map stays (not backed up)


def _wal_files(db: Path) -> list[Path]:
    return [db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _set_key(
    ws: Workspace, set_dir: Path, passphrase: str | None, allow_weak_kdf: bool
) -> SecretKey | None:
    """None when the set opens with the current key, else the set's own (older) key."""
    markers = (ws._slots.db_uuid.encode("ascii"),)
    try:
        verify_set(set_dir, ws._dek, markers=markers)
        return None
    except PohsdError as exc:
        if exc.code != ErrorCode.DB_WRONG_KEY:
            raise
    if passphrase is None:
        raise PohsdError(ErrorCode.BACKUP_OLD_KEY)
    try:
        old_slots = KeySlots._parse((set_dir / KEYSLOTS_NAME).read_bytes())
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PohsdError(ErrorCode.BACKUP_INVALID, reason="keyslots") from exc
    try:
        old_key = old_slots.unlock(ws.user.name, passphrase, allow_weak_kdf=allow_weak_kdf)
    except PohsdError as exc:
        if exc.code in (ErrorCode.WRONG_PASSPHRASE, ErrorCode.UNKNOWN_USER):
            raise PohsdError(ErrorCode.BACKUP_OLD_KEY) from exc
        raise
    try:
        verify_set(set_dir, old_key, markers=markers)
    except PohsdError:
        old_key.zero()
        raise
    return old_key


def _confirm_passphrase(ws: Workspace, passphrase: str, allow_weak_kdf: bool) -> None:
    key = KeySlots.load(ws.paths.keyslots).unlock(
        ws.user.name, passphrase, allow_weak_kdf=allow_weak_kdf
    )
    try:
        if key.raw() != ws._dek.raw():
            raise PohsdError(ErrorCode.WRONG_PASSPHRASE)
    finally:
        key.zero()


def _stage(ws: Workspace, set_dir: Path, old_key: SecretKey | None, stamp: str) -> Path:
    """A checked copy of the set's database beside pohsd.db, under the current key."""
    staged = ws.paths.db.with_name(f"{DB_NAME}.restore-{stamp}")
    try:
        shutil.copyfile(set_dir / DB_NAME, staged)
        if old_key is not None:
            rekey_file(staged, old_key, ws._dek)
        for leftover in _wal_files(staged):
            leftover.unlink(missing_ok=True)
        con = open_readonly(staged, ws._dek)
        try:
            if integrity_problems(con):
                raise PohsdError(ErrorCode.RESTORE_FAILED)
        finally:
            con.close()
    except BaseException:
        staged.unlink(missing_ok=True)
        for leftover in _wal_files(staged):
            leftover.unlink(missing_ok=True)
        raise
    return staged


def _ledger_ids(ws: Workspace) -> list[str]:
    """Client ids erased so far: the live ledger table plus the sidecar file beside it."""
    from pohsd.services.gdpr import read_ledger_file  # deferred: only a restore needs it

    return sorted(set(read_ledger_file(ws.paths)) | set(ws.gdpr.ledger()))


def restore(
    ws: Workspace,
    set_dir: Path,
    reopen: Callable[[SecretKey], Any],
    *,
    passphrase: str | None = None,
    allow_weak_kdf: bool = False,
) -> Workspace:
    """Restore `set_dir` into the workspace's data folder; returns the reopened workspace."""
    if ws.closed:
        raise PohsdError(ErrorCode.LOCKED)
    manifest = read_manifest(set_dir)
    if manifest.get("db_uuid") != ws._slots.db_uuid:
        raise PohsdError(ErrorCode.BACKUP_OTHER_DB)
    if passphrase is not None:
        _confirm_passphrase(ws, passphrase, allow_weak_kdf)
    old_key = _set_key(ws, set_dir, passphrase, allow_weak_kdf)
    try:
        erased = _ledger_ids(ws)
        stamp = new_stamp(datetime.now(UTC))
        staged = _stage(ws, set_dir, old_key, stamp)
    finally:
        if old_key is not None:
            old_key.zero()
    paths = ws.paths
    map_settings = {key: ws.practice.setting(key, "") for key in MAP_KEYS}
    key_copy = bytearray(ws._dek.raw())
    with ws._ctx.transaction() as s:
        ws._ctx.log(
            s,
            AuditAction.UPDATE,
            "backup.restore_begin",
            object_type="database",
            detail_code=set_dir.name[:60],
        )
    ws.close(event="session.logout")
    before = paths.db.with_name(f"{DB_NAME}.before-restore-{stamp}")
    try:
        _swap_in(paths.db, staged, before)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    try:
        restored = reopen(SecretKey(key_copy))
    except BaseException as exc:
        _put_back(paths.db, before)
        raise PohsdError(ErrorCode.RESTORE_FAILED) from exc
    finally:
        key_copy[:] = bytes(len(key_copy))
    try:
        restored.gdpr.replay_ledger(erased)
        for key, value in map_settings.items():
            if value and restored.practice.setting(key, "") != value:
                restored.practice.set_setting(key, value)
        with restored._ctx.transaction() as s:
            restored._ctx.log(
                s,
                AuditAction.UPDATE,
                "backup.restore",
                object_type="database",
                detail_code=set_dir.name[:60],
            )
    except BaseException as exc:
        with contextlib.suppress(Exception):
            restored.close(event="session.logout")
        _put_back(paths.db, before)
        raise PohsdError(ErrorCode.RESTORE_FAILED) from exc
    return restored


def _swap_in(db: Path, staged: Path, before: Path) -> None:
    """Keep the live file as `before`, move `staged` in; the WAL must be empty (closed)."""
    wal = db.with_name(db.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise PohsdError(ErrorCode.DB_BUSY)  # another program still has the database open
    for leftover in _wal_files(db):
        leftover.unlink(missing_ok=True)
    os.replace(db, before)
    try:
        os.replace(staged, db)
    except BaseException:
        os.replace(before, db)
        raise


def _put_back(db: Path, before: Path) -> None:
    """Undo `_swap_in`: the restored file goes, the previous one comes back."""
    for leftover in _wal_files(db):
        leftover.unlink(missing_ok=True)
    failed = db.with_name(db.name + ".failed-restore")
    with contextlib.suppress(OSError):
        os.replace(db, failed)
    os.replace(before, db)
    failed.unlink(missing_ok=True)
