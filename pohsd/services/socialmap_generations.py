"""The map's generation files: the kept connection, rollback and re-key (SocialMapService)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.security.secret import SecretKey
from pohsd.services.base import Context
from pohsd.socialmap import delta
from pohsd.socialmap import generation as gen
from pohsd.store.engine import connect
from pohsd.store.repo import practice as repo

CURRENT = "socialmap.current"
PREVIOUS = "socialmap.previous"
SOURCE = "socialmap.source"
SYNCED_AT = "socialmap.synced_at"
URL = "socialmap.url"
LAST_CHANGE = "socialmap.last_change"  # "sync" (undone in place) or "import" (a file flip)


@dataclass(frozen=True)
class RollbackTarget:
    """The map a rollback returns to.

    kind "sync": the last sync is undone in place and `services` of them come back as they
    were; "import": the previous generation, with `services` active services, becomes current.
    `built_at` is the date of the map returned to (None when unknown).
    """

    kind: str
    services: int
    built_at: datetime | None


def _meta(con: sqlcipher3.Connection, key: str) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def _moment(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


class MapGenerationsMixin:
    """Open, close, roll back and re-key the map generations (part of SocialMapService)."""

    _ctx: Context
    _folder: Path
    _key: Callable[[], SecretKey]

    def _setting(self, key: str) -> str:
        with self._ctx.transaction() as s:
            return repo.get_setting(s, key) or ""

    @contextlib.contextmanager
    def _open(self, generation_id: str | None = None) -> Iterator[sqlcipher3.Connection]:
        """A connection to a generation; the last one stays open for the next search.

        Keeping it open keeps SQLite's page cache warm (a fresh connection decrypts the FTS
        pages again). Only the owning thread reuses it; imports, rollback, re-key and close
        drop it first.
        """
        gen_id = generation_id or self._setting(CURRENT)
        if not gen_id:
            raise PohsdError(ErrorCode.NOT_FOUND, what="socialmap")
        here = threading.current_thread()
        cached = getattr(self, "_cached", None)
        if cached is not None and cached[0] == gen_id and cached[2] is here:
            con = cached[1]
        else:
            self.close_map()
            con = gen.open_generation(gen.generation_path(self._folder, gen_id), self._key())
            self._cached = (gen_id, con, here)
        try:
            yield con
        except sqlcipher3.DatabaseError:
            self.close_map()  # a damaged or replaced file: open afresh next time
            raise

    def close_map(self) -> None:
        """Close the kept generation connection (before files change, and on lock)."""
        cached = getattr(self, "_cached", None)
        self._cached: tuple[str, sqlcipher3.Connection, threading.Thread] | None = None
        if cached is not None:
            with contextlib.suppress(sqlcipher3.Error):
                cached[1].close()

    def _sync_to_undo(self) -> str:
        """The current generation when the last change was a sync it can undo in place, else ""."""
        current = self._setting(CURRENT)
        if not current or self._setting(LAST_CHANGE) != "sync":
            return ""
        with self._open(current) as con:
            return current if delta.has_undo(con) else ""

    def rollback_target(self) -> RollbackTarget | None:
        """What `rollback` would go back to, or None when there is nothing to go back to."""
        current = self._sync_to_undo()
        if current:
            with self._open(current) as con:
                changed = con.execute("SELECT count(*) FROM sync_undo").fetchone()[0]
                when = _meta(con, delta.UNDO_BUILT_AT)
            return RollbackTarget("sync", int(changed), _moment(when))
        previous = self._setting(PREVIOUS)
        if not previous:
            return None
        path = gen.generation_path(self._folder, previous)
        if not path.is_file():
            return None
        con = gen.open_generation(path, self._key())
        try:
            active = con.execute(f"SELECT count(*) FROM ({delta.ACTIVE_SQL})").fetchone()[0]
            return RollbackTarget("import", int(active), _moment(_meta(con, "built_at")))
        finally:
            con.close()

    def rollback(self) -> str:
        """Undo the last map change: an incremental sync, else the last full import.

        A sync is undone inside the current generation (what it replaced comes back, what it
        wrote becomes the redo); after a full import the previous generation becomes current
        again and the newer one previous. Either way a second rollback goes forward again.
        """
        current = self._sync_to_undo()
        if current:
            with self._open(current) as con:
                count = delta.undo_last(con)
            with self._ctx.transaction() as s:
                # the map no longer matches the source as of the last sync: the next sync
                # compares the whole listing instead of asking for changes since then
                repo.set_setting(s, SYNCED_AT, "")
                self._ctx.log(s, AuditAction.UPDATE, "socialmap.rollback",
                              object_type="socialmap", object_id=current,
                              detail_code=f"sync;count={count}")  # fmt: skip
            return current
        self.close_map()
        with self._ctx.transaction() as s:
            current = repo.get_setting(s, CURRENT) or ""
            previous = repo.get_setting(s, PREVIOUS) or ""
            if not previous or not gen.generation_path(self._folder, previous).is_file():
                raise PohsdError(ErrorCode.NOT_FOUND, what="socialmap.previous")
            repo.set_setting(s, CURRENT, previous)
            repo.set_setting(s, PREVIOUS, current)
            repo.set_setting(s, LAST_CHANGE, "import")
            repo.set_setting(s, SYNCED_AT, "")  # as above: the next sync compares in full
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "socialmap.rollback",
                object_type="socialmap",
                object_id=previous,
            )
        own = getattr(self, "own", None)
        if own is not None:  # the eigen aanbod as it is now, not as it was then
            with self._open(previous) as con:
                own.apply_to(con)
        return previous

    def rekey(self, old: SecretKey, new: SecretKey) -> None:
        """Re-encrypt every generation after a data-key rotation (Workspace.rotate_dek)."""
        self.close_map()
        for gen_id in gen.list_generations(self._folder):
            try:
                con = connect(gen.generation_path(self._folder, gen_id), old, foreign_keys=False)
            except PohsdError:
                continue  # unreadable already: a re-import replaces it
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                con.execute("PRAGMA journal_mode = DELETE")  # rekey is not allowed under WAL
                con.execute(f"PRAGMA rekey = \"x'{new.pragma_hex()}'\"")
                con.execute("PRAGMA journal_mode = WAL")
            except (sqlcipher3.DatabaseError, OSError):
                continue  # the practice database is already re-keyed; a re-import repairs this
            finally:
                con.close()
