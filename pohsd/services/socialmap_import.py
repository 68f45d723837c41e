"""Importing the sociale kaart: validate, build a new generation, flip the pointer, roll back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.progress import CancelToken, Progress
from pohsd.policy import current_policy
from pohsd.services.socialmap_generations import (
    CURRENT,
    LAST_CHANGE,
    PREVIOUS,
    SOURCE,
    SYNCED_AT,
    URL,
    MapGenerationsMixin,
)
from pohsd.socialmap import client as hsds
from pohsd.socialmap import delta, fullimport, storage
from pohsd.socialmap import generation as gen
from pohsd.socialmap.package import read_services_json, stage_package
from pohsd.socialmap.sync import Fetched, SyncPlan, feed_error, fetch_sync
from pohsd.socialmap.validate import FeedError
from pohsd.store.repo import practice as repo

MAX_DROP = 0.20  # a feed withdrawing more than this share of the active services is held
MAX_JSON_FILE = 200 * 1024 * 1024


@dataclass(frozen=True)
class ImportResult:
    generation_id: str
    count: int
    skipped: list[tuple[str, str]] = field(default_factory=list)
    withdrawn: int = 0


class MapImportMixin(MapGenerationsMixin):
    """Import and sync of the map (part of SocialMapService)."""

    # ---- import ----------------------------------------------------------------------

    def import_path(
        self,
        path: str | Path,
        *,
        accept_drop: bool = False,
        progress: Callable[[Progress], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportResult:
        """A data package (folder or .zip) or a JSON file of full services."""
        p = Path(path)
        if not (p.is_file() and p.suffix.lower() == ".json"):  # a package: staged, streamed
            return self._import_full(
                p.name, accept_drop, progress, cancel, stage=lambda con: stage_package(p, con)
            )
        try:
            if p.stat().st_size > MAX_JSON_FILE:
                raise FeedError("too_large", f"more than {MAX_JSON_FILE} bytes")
            services = read_services_json(p.read_bytes())
        except FeedError as exc:
            raise feed_error(exc) from None
        return self.import_services(
            services, source=p.name, accept_drop=accept_drop, progress=progress, cancel=cancel
        )

    def import_services(
        self,
        services: list[dict[str, Any]],
        *,
        source: str,
        accept_drop: bool = False,
        progress: Callable[[Progress], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportResult:
        """Validate, hold a large drop, build a new generation and flip the pointer (audited)."""
        return self._import_full(source, accept_drop, progress, cancel, services=services)

    def _import_full(
        self,
        source: str,
        accept_drop: bool,
        progress: Callable[[Progress], None] | None,
        cancel: CancelToken | None,
        *,
        services: list[dict[str, Any]] | None = None,
        stage: Callable[[sqlcipher3.Connection], None] | None = None,
    ) -> ImportResult:
        """Build a verified generation in bounded memory, then apply the drop rule and flip.

        The new file is deleted on a broken feed, a cancel, a held drop or any error; the
        current map is not touched until the flip.
        """
        old = self._setting(CURRENT)
        try:
            built = fullimport.build_checked(
                self._folder, self._key(), services=services, stage=stage,
                progress=progress, cancel=cancel,
            )  # fmt: skip
        except FeedError as exc:
            raise feed_error(exc) from None
        except sqlcipher3.OperationalError as exc:  # a full disk while writing the new file
            raise PohsdError(_storage_code(exc)) from exc
        info = built.info
        try:
            withdrawn = self._withdrawn(old, built.active | self._own_ids())
            if withdrawn is not None and not accept_drop:
                active, lost = withdrawn
                if active and lost > MAX_DROP * active:
                    err = ValidationError("socialmap", "drop_too_large")
                    err.params.update(withdrawn=lost, active=active)
                    raise err
            self.close_map()  # the pointer flips and old generations may be pruned below
        except BaseException:
            gen.prune(self._folder, keep=set(gen.list_generations(self._folder)) - {info.id})
            raise
        lost = withdrawn[1] if withdrawn else 0
        detail = f"count={info.count};skipped={len(built.skipped)};withdrawn={lost}"
        self._flip(old, info, source, "socialmap.import", detail)
        return ImportResult(info.id, info.count, list(built.skipped), lost)

    def sync(
        self,
        url: str | None = None,
        *,
        accept_drop: bool = False,
        progress: Callable[[Progress], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportResult:
        """Fetch the map from an HSDS API (default: the remembered URL) and import it.

        Incremental when the publisher allows it and the map came from this URL, else a full
        page-through. ValidationError("socialmap", code) on a broken feed; client.NetworkError.
        The GUI runs the three steps itself so the network part stays off the DB thread.
        """
        plan = self.plan_sync(url)
        fetched = fetch_sync(plan, progress=progress, cancel=cancel)
        return self.apply_sync(fetched, accept_drop=accept_drop, progress=progress, cancel=cancel)

    def plan_sync(self, url: str | None = None) -> SyncPlan:
        """Step 1 (DB thread): the URL to fetch and, when incremental is possible, since when."""
        fixed = current_policy().socialmap_url  # IT's policy file fixes the source
        if fixed is not None and url and url.strip() != fixed:
            raise ValidationError("socialmap_url", "policy")
        target = (fixed or url or self._setting(URL)).strip()
        if not target:
            raise ValidationError("socialmap_url", "required")
        return SyncPlan(target, self._previous_sync(target))

    def apply_sync(
        self,
        fetched: Fetched,
        *,
        accept_drop: bool = False,
        progress: Callable[[Progress], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportResult:
        """Step 3 (DB thread): import what `fetch_sync` brought and remember the sync.

        Changes (incremental) and listings that differ in only some services are applied to
        a copy of the current generation (pohsd.socialmap.delta); the rest is a full import.
        """
        result = self._apply_delta(fetched, accept_drop=accept_drop, progress=progress,
                                   cancel=cancel)  # fmt: skip
        if result is None:
            services = fetched.services
            if services is None:  # incremental without a readable map: merge and rebuild
                ids = None if fetched.ids is None else list(fetched.ids)
                services = hsds.apply_changes(self._current_services(), list(fetched.changed), ids)
            result = self.import_services(
                services, source=fetched.url, accept_drop=accept_drop, progress=progress,
                cancel=cancel,
            )  # fmt: skip
        with self._ctx.transaction() as s:
            repo.set_setting(s, URL, fetched.url[:2000])
            # also when nothing changed: the map now matches this URL (next sync: incremental)
            repo.set_setting(s, SOURCE, fetched.url[:500])
            repo.set_setting(s, SYNCED_AT, fetched.server_date.isoformat())
        return result

    def _apply_delta(
        self,
        fetched: Fetched,
        *,
        accept_drop: bool,
        progress: Callable[[Progress], None] | None,
        cancel: CancelToken | None,
    ) -> ImportResult | None:
        """A change set applied to a copy of the current generation; None: import in full."""
        old = self._setting(CURRENT)
        if not old:
            return None
        try:
            with self._open(old) as con:
                if fetched.services is None:
                    change = delta.from_changes(con, fetched.changed, fetched.ids)
                else:
                    change = delta.from_listing(con, fetched.services)
                if change is None:
                    return None
                if change.withdrawn & self._own_ids():  # eigen aanbod is not the feed's
                    change = delta.ChangeSet(change.changed, change.withdrawn - self._own_ids())
                planned = delta.plan(con, change)
                if planned.active and planned.lost > MAX_DROP * planned.active and not accept_drop:
                    err = ValidationError("socialmap", "drop_too_large")
                    err.params.update(withdrawn=planned.lost, active=planned.active)
                    raise err
                if change.empty:
                    count = int(con.execute("SELECT count(*) FROM services").fetchone()[0])
                    return ImportResult(old, count, [], 0)
                built_at = datetime.now(UTC).replace(microsecond=0)
                applied = delta.apply_in_place(
                    con, planned, built_at, progress=progress, cancel=cancel
                )
        except FeedError as exc:
            raise feed_error(exc) from None
        except PohsdError:
            if fetched.services is None:
                raise
            return None  # the current map cannot be read: a full import replaces it
        except sqlcipher3.OperationalError as exc:  # a full disk while writing the change
            raise PohsdError(_storage_code(exc)) from exc
        detail = (
            f"count={applied.count};changed={len(change.changed)};removed={len(change.withdrawn)}"
            f";skipped={len(planned.valid.skipped)};withdrawn={planned.lost}"
        )
        with self._ctx.transaction() as s:
            repo.set_setting(s, LAST_CHANGE, "sync")  # apply_sync then records source and date
            self._ctx.log(s, AuditAction.UPDATE, "socialmap.sync", object_type="socialmap",
                          object_id=old, detail_code=detail)  # fmt: skip
        return ImportResult(old, applied.count, list(planned.valid.skipped), planned.lost)

    def _flip(
        self, old: str, info: gen.GenerationInfo, source: str, event: str, detail: str
    ) -> None:
        """Make `info` current (previous = `old`, audited) and prune older generations.

        The eigen aanbod is (re)applied to `info` first (pohsd.services.own_services).
        """
        try:
            own = getattr(self, "own", None)
            if own is not None:
                own.apply_to_file(info.path)
            with self._ctx.transaction() as s:
                if (repo.get_setting(s, CURRENT) or "") != old:
                    raise PohsdError(ErrorCode.DB_BUSY)  # another import flipped meanwhile
                repo.set_setting(s, CURRENT, info.id)
                repo.set_setting(s, PREVIOUS, old)
                repo.set_setting(s, LAST_CHANGE, "import")
                repo.set_setting(s, SOURCE, source[:500])
                repo.set_setting(s, SYNCED_AT, info.built_at.isoformat())
                self._ctx.log(s, AuditAction.UPDATE, event, object_type="socialmap",
                              object_id=info.id, detail_code=detail)  # fmt: skip
        except BaseException:
            others = set(gen.list_generations(self._folder)) - {info.id}
            gen.prune(self._folder, keep=others)  # only the half-flipped new one goes
            raise
        gen.prune(self._folder, keep=[g for g in (info.id, old) if g])

    def _own_ids(self) -> set[str]:
        """The ids of the eigen aanbod (never withdrawn by a feed)."""
        own = getattr(self, "own", None)
        return own.ids() if own is not None else set()

    def _previous_sync(self, url: str) -> datetime | None:
        """The server Date of the last sync from this URL, if the current map came from it."""
        with self._ctx.transaction() as s:
            same = (repo.get_setting(s, URL) or "") == url[:2000]
            source = repo.get_setting(s, SOURCE) or ""
            current = repo.get_setting(s, CURRENT) or ""
            stamp = repo.get_setting(s, SYNCED_AT) or ""
        if not (same and current and source == url[:500] and stamp):
            return None
        try:
            when = datetime.fromisoformat(stamp)
        except ValueError:
            return None
        return when if when.tzinfo else when.replace(tzinfo=UTC)

    def _current_services(self) -> list[dict[str, Any]]:
        """The raw services of the current generation, as the feed gave them."""
        with self._open() as con:
            rows = list(storage.load_services(con))
        for service in rows:
            service.pop("_postcode4", None)
        return rows

    def _withdrawn(self, current: str, still: set[str]) -> tuple[int, int] | None:
        """(active services now, how many of them the new feed drops or withdraws)."""
        if not current:
            return None
        try:
            with self._open(current) as con:
                active = {
                    r[0]
                    for r in con.execute(
                        "SELECT id FROM services WHERE status NOT IN ('inactive', 'defunct')"
                    )
                }
        except PohsdError:
            return None  # the current map cannot be read: nothing to protect
        return len(active), len(active - still)


def _storage_code(exc: BaseException) -> ErrorCode:
    """DISK_FULL if "database or disk is full" is anywhere in the exception chain.

    A failed ROLLBACK after SQLite already rolled back may be what surfaces; else STORAGE_ERROR.
    """
    seen: BaseException | None = exc
    while seen is not None:
        if "full" in str(seen).lower():
            return ErrorCode.DISK_FULL
        seen = seen.__cause__ or seen.__context__
    return ErrorCode.STORAGE_ERROR
