"""A full import's Python work per chunk (assemble, check, collect rows), in worker processes.

Most of a large import is single-threaded Python (docs/performance.md). For a staged package
of PARALLEL_MIN services or more, worker processes each read chunks from the encrypted
`stage` file themselves and send back the rows to write; the importing process only writes
them, in feed order. Workers are started with "spawn" on every platform, as Windows must:
the frozen programs call `multiprocessing.freeze_support()` first (packaging/entry_*.py).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from pohsd.socialmap import staged, storage
from pohsd.socialmap.validate import FeedCheck

PARALLEL_MIN = 8000  # services: below this, starting the workers costs more than they save
# (on 2 cores: 5 000 services 2.2 s in-process, 2.4 s with workers; 10 000: 4.2 s, 3.8 s)
MAX_WORKERS = 4  # by default: one per core, at most this many
MAX_CONFIGURED = 16  # at most this many when WORKERS_ENV asks for more
WORKERS_ENV = "POHSD_MAP_WORKERS"  # IT can set the number of worker processes; 0 or 1: none

Rows = dict[str, list[tuple[Any, ...]]]
log = logging.getLogger("pohsd.socialmap")


@dataclass
class Prepared:
    """One chunk ready to write: its rows (rids from 1), the check of it and its active ids."""

    rows: Rows
    check: FeedCheck
    active: list[str]


def prepare(services: list[Any], first: int, known: set[str]) -> Prepared:
    """Check one chunk (the feed's services from position `first`) and collect its rows.

    `known`: keys of the shared objects already sent to be written (storage.pack).
    """
    check = FeedCheck(first=first)
    ok = check.add(services)
    rows, _ = storage.collect_rows(ok, 1, known)
    active = [s["id"] for s in ok if storage.is_active(s)]
    return Prepared(rows, check, active)


def worker_count(services: int) -> int:
    """How many worker processes an import of this many services uses (0: none)."""
    configured = os.environ.get(WORKERS_ENV, "").strip()
    if configured.isdigit():
        count = min(int(configured), MAX_CONFIGURED)
    else:
        count = min(MAX_WORKERS, os.cpu_count() or 1)
    return count if count > 1 and services >= PARALLEL_MIN else 0


@contextlib.contextmanager
def staged_chunks(
    con: sqlcipher3.Connection, stage_path: Path, raw_key: str, known: set[str], size: int
) -> Iterator[Iterator[Prepared]]:
    """The staged services prepared chunk by chunk, in feed order.

    In this process for a small map, else in worker processes that open `stage_path` with
    `raw_key` (SQLCipher's "x'…'" form). When the workers cannot start or one dies (a
    virus scanner that stops child processes, memory), the rest is prepared here. Leaving
    the block stops and joins the workers (a cancel or an error waits for at most the
    chunks they are on), so the caller can delete the stage file right after.
    """
    ranges = staged.service_ranges(con, size)
    count = sum(hi - lo + 1 for _, lo, hi in ranges)
    workers = worker_count(count)
    reader = staged.Reader(con)

    def here(jobs: list[tuple[int, int, int]]) -> Iterator[Prepared]:
        for first, lo, hi in jobs:
            yield prepare(staged.services_between(reader, lo, hi), first, known)

    if not workers:
        yield here(ranges)
        return
    log.info("socialmap.import_workers count=%d services=%d", workers, count)
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(str(stage_path), raw_key),
    )
    try:
        yield _in_order(pool, ranges, 2 * workers, here)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _in_order(
    pool: ProcessPoolExecutor,
    ranges: list[tuple[int, int, int]],
    window: int,
    here: Callable[[list[tuple[int, int, int]]], Iterator[Prepared]],
) -> Iterator[Prepared]:
    """Results in chunk order, with at most `window` chunks in flight (bounded memory).

    From the first chunk the pool cannot deliver (BrokenProcessPool), `here` prepares the rest.
    """
    running: deque[tuple[tuple[int, int, int], Future[Prepared]]] = deque()
    pending = deque(ranges)
    try:
        while pending or running:
            while pending and len(running) < window:
                job = pending[0]
                running.append((job, pool.submit(_prepare_range, *job)))
                pending.popleft()
            job, future = running[0]
            result = future.result()
            running.popleft()
            yield result
    except BrokenProcessPool:
        log.warning("socialmap.import_workers_failed; the rest is prepared in this process")
        yield from here([job for job, _ in running] + list(pending))


# ---------------------------------------------------------------- in a worker process

_WORKER: dict[str, Any] = {}


def _start_worker(stage_path: str, raw_key: str) -> None:
    """Open the stage file read-only with the build's key (once per worker process)."""
    con = sqlcipher3.connect(":memory:", isolation_level=None)
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute("ATTACH DATABASE ? AS stage KEY ?", [stage_path, raw_key])
    for pragma in ("query_only = ON", "busy_timeout = 5000", "stage.cache_size = -16384"):
        con.execute(f"PRAGMA {pragma}")
    _WORKER.update(reader=staged.Reader(con), known=set())


def _prepare_range(first: int, lo: int, hi: int) -> Prepared:
    reader = _WORKER["reader"]
    return prepare(staged.services_between(reader, lo, hi), first, _WORKER["known"])
