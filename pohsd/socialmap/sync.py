"""Fetching the sociale kaart from an HSDS API: network only, so it can run off the DB thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pohsd.domain.errors import ValidationError
from pohsd.domain.progress import CancelToken, Progress
from pohsd.socialmap import client as hsds
from pohsd.socialmap.validate import FeedError


def feed_error(exc: FeedError) -> ValidationError:
    """A broken feed as a ValidationError: field "socialmap", rule = the feed's code."""
    err = ValidationError("socialmap", exc.code)
    err.params["detail"] = exc.detail
    return err


@dataclass(frozen=True)
class SyncPlan:
    url: str
    since: datetime | None  # the server Date of the last sync from this URL (incremental)


@dataclass(frozen=True)
class Fetched:
    """What an HSDS API gave: a full listing, or changes plus the complete list of ids."""

    url: str
    server_date: datetime
    services: list[dict[str, Any]] | None = field(default=None, repr=False)
    changed: tuple[dict[str, Any], ...] = field(default=(), repr=False)
    ids: tuple[str, ...] | None = None


def fetch_sync(
    plan: SyncPlan,
    *,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
) -> Fetched:
    """Step 2 (any thread, network only): incremental when possible, else a full page-through."""
    try:
        publisher = hsds.discover(plan.url)
        if publisher.incremental and plan.since is not None:
            try:
                changed, ids, date = hsds.fetch_changes(
                    plan.url, plan.since, progress=progress, cancel=cancel
                )
                if ids is not None and date is not None:
                    return Fetched(plan.url, date, None, tuple(changed), tuple(ids))
            except FeedError as exc:
                if exc.code != "incremental_unsupported":
                    raise
        full = hsds.fetch_all(plan.url, progress=progress, cancel=cancel)
        if not full.complete:
            raise FeedError("incomplete", "the service list did not end")
        return Fetched(plan.url, full.server_date, list(full.services))
    except FeedError as exc:
        raise feed_error(exc) from None
