"""A full import in bounded memory: stage, then assemble, validate and write chunk by chunk."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import sqlcipher3

from pohsd.domain.progress import CancelToken, Progress
from pohsd.security.secret import SecretKey
from pohsd.socialmap import generation as gen
from pohsd.socialmap import staged
from pohsd.socialmap.validate import FeedCheck, FeedError

CHUNK = 1000


@dataclass(frozen=True)
class Built:
    """A verified generation that is not current yet, with what the checks found."""

    info: gen.GenerationInfo
    skipped: list[tuple[str, str]] = field(default_factory=list)
    active: set[str] = field(default_factory=set)  # ids the new map keeps active


def build_checked(
    folder: Path,
    key: SecretKey,
    *,
    services: list[dict[str, Any]] | None = None,
    stage: Callable[[sqlcipher3.Connection], None] | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
) -> Built:
    """Validate and write a whole feed into a NEW generation; any failure deletes it.

    Either `services` (a JSON feed already in memory) or `stage`, which reads a package into
    the `stage` schema: an encrypted file next to the generation, deleted afterwards. Services
    are then assembled, validated (`FeedCheck`) and written CHUNK at a time; the whole-feed
    rules run before the generation is finished. FeedError when the feed is broken.
    """
    if services is None and stage is None:
        raise FeedError("not_services", "nothing to import")
    if services is not None and not isinstance(services, list):
        raise FeedError("not_services", "expected a list of service objects")
    builder = gen.Builder(folder, key)
    try:
        chunks: Iterable[list[dict[str, Any]]]
        if stage is not None:
            stage(builder.con)
            total = staged.count(builder.con, "service")
            chunks = staged.services(builder.con, CHUNK)
        else:
            feed = services or []
            total = len(feed)
            chunks = _chunks(feed, CHUNK)
        check = FeedCheck()
        active: set[str] = set()
        for chunk in chunks:
            if cancel is not None:
                cancel.raise_if_set()
            ok = check.add(chunk)
            active.update(
                s["id"] for s in ok if str(s.get("status") or "active").lower() not in gen.WITHDRAWN
            )
            builder.add(ok)
            if progress is not None:
                progress(Progress(gen.STAGE, check.total, total))
        check.finish()
        if cancel is not None:
            cancel.raise_if_set()
    except BaseException:
        builder.discard()
        raise
    info = builder.finish()
    return Built(info, check.skipped, active)


def _chunks(items: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk
