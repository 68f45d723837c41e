"""A full import in bounded memory: stage, then assemble, validate and write chunk by chunk."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from pohsd.domain.progress import CancelToken, Progress
from pohsd.security.secret import SecretKey
from pohsd.socialmap import generation as gen
from pohsd.socialmap import prepare, staged
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
    are then assembled, validated (`FeedCheck`) and collected CHUNK at a time (prepare.py; by
    worker processes for a large package) and written in feed order; the whole-feed rules run
    before the generation is finished. FeedError when the feed is broken.
    """
    if services is None and stage is None:
        raise FeedError("not_services", "nothing to import")
    if services is not None and not isinstance(services, list):
        raise FeedError("not_services", "expected a list of service objects")
    builder = gen.Builder(folder, key)
    check = FeedCheck()
    active: set[str] = set()
    try:
        with _prepared(builder, services, stage) as (chunks, total):
            for part in chunks:
                if cancel is not None:
                    cancel.raise_if_set()
                check.merge(part.check)
                builder.add_rows(part.rows, part.check.ok, len(part.active))
                active.update(part.active)
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


@contextlib.contextmanager
def _prepared(
    builder: gen.Builder,
    services: list[dict[str, Any]] | None,
    stage: Callable[[sqlcipher3.Connection], None] | None,
) -> Iterator[tuple[Iterator[prepare.Prepared], int]]:
    """The feed's chunks ready to write (prepare.py) and how many services the feed has."""
    if stage is None:
        feed = services or []
        starts = range(0, len(feed), CHUNK)
        yield (prepare.prepare(feed[i : i + CHUNK], i, builder.known) for i in starts), len(feed)
        return
    stage(builder.con)
    total = staged.count(builder.con, "service")
    stage_path = builder.scratch_path("stage")
    with prepare.staged_chunks(
        builder.con, stage_path, builder.raw_key, builder.known, CHUNK
    ) as chunks:
        yield chunks, total
