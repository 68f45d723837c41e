"""A full import prepares chunks in spawned workers: same map, same errors, no leftovers."""

from __future__ import annotations

import csv
import multiprocessing
import os
import pickle
import shutil
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from bench import gen_socialmap
from pohsd.domain.progress import CancelledError, CancelToken, Progress
from pohsd.security.secret import SecretKey
from pohsd.socialmap import fullimport, prepare
from pohsd.socialmap import generation as gen
from pohsd.socialmap.package import read_package, stage_package
from pohsd.socialmap.validate import FeedCheck, FeedError

N = 300
CHUNK = 40  # 8 chunks: several per worker
Generated = tuple[Path, list[str]]  # the package folder and its service ids


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    folder = tmp_path_factory.mktemp("generated") / "kaart"
    return folder, gen_socialmap.build(folder, N, seed=5).service_ids


@pytest.fixture
def chunked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Small chunks, workers for any size; the `first` of each chunk prepared in THIS process."""
    monkeypatch.setattr(prepare, "PARALLEL_MIN", 0)
    monkeypatch.setattr(fullimport, "CHUNK", CHUNK)
    calls: list[int] = []
    real = prepare.prepare

    def spy(services: list[Any], first: int, known: set[str]) -> prepare.Prepared:
        calls.append(first)
        return real(services, first, known)

    monkeypatch.setattr(prepare, "prepare", spy)  # a spawned worker imports the real one
    return calls


def _build(
    package: Path,
    folder: Path,
    workers: str,
    monkeypatch: pytest.MonkeyPatch,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
) -> tuple[fullimport.Built, SecretKey]:
    monkeypatch.setenv(prepare.WORKERS_ENV, workers)
    key = SecretKey(os.urandom(32))
    built = fullimport.build_checked(
        folder,
        key,
        stage=lambda con: stage_package(package, con),
        progress=progress,
        cancel=cancel,
    )
    return built, key


def _content(path: Path, key: SecretKey) -> dict[str, list[tuple[Any, ...]]]:
    con = gen.open_generation(path, key)
    try:
        names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out = {}
        for name in names:
            rows = con.execute(f'SELECT * FROM "{name}"').fetchall()
            if name == "meta":
                rows = [r for r in rows if r[0] != "built_at"]
            out[name] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def _edit_services(package: Path, changes: dict[int, dict[str, str]]) -> list[dict[str, str]]:
    """Change cells of services.csv (by position in the file); the rows as they were."""
    path = package / "services.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header, rows = list(reader.fieldnames or []), list(reader)
    before = [dict(r) for r in rows]
    for position, values in changes.items():
        rows[position].update(values)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return before


def test_workers_build_the_same_generation_as_in_process(
    generated: Generated, chunked: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = generated[0]
    serial, serial_key = _build(package, tmp_path / "serial", "0", monkeypatch)
    assert chunked == list(range(0, N, CHUNK))  # the spy sees in-process work
    chunked.clear()
    children: set[int] = set()

    def progress(p: Progress) -> None:
        children.update(c.pid for c in multiprocessing.active_children() if c.pid)

    parallel, parallel_key = _build(package, tmp_path / "parallel", "2", monkeypatch, progress)
    assert chunked == []  # no chunk was prepared in this process ...
    assert len(children) == 2  # ... but by the two worker processes
    assert os.getpid() not in children
    assert multiprocessing.active_children() == []
    assert parallel.info.count == serial.info.count == N
    assert parallel.skipped == serial.skipped == []
    assert parallel.active == serial.active
    assert 0 < len(parallel.active) < N  # the generator withdraws a few
    expected = _content(serial.info.path, serial_key)
    assert {"services", "hsds_objects", "meta", "services_fts_data"} <= set(expected)
    assert len(expected["services"]) == N
    assert _content(parallel.info.path, parallel_key) == expected


def test_services_failing_their_checks_in_a_worker_are_skipped_alike(
    generated: Generated, chunked: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = Path(shutil.copytree(generated[0], tmp_path / "pkg"))
    rows = _edit_services(package, {5: {"email": "geen-adres"}, 130: {"id": "x" * 251},
                                    250: {"name": ""}})  # fmt: skip
    serial, _ = _build(package, tmp_path / "serial", "0", monkeypatch)
    chunked.clear()
    parallel, _ = _build(package, tmp_path / "parallel", "2", monkeypatch)
    assert chunked == []
    assert parallel.skipped == serial.skipped
    assert [sid for sid, _ in parallel.skipped] == [rows[5]["id"], "#130", rows[250]["id"]]
    reasons = [reason for _, reason in parallel.skipped]
    assert reasons[0].startswith(f"{rows[5]['name']}: ")
    assert "'geen-adres'" in reasons[0]
    assert reasons[1] == "service has no usable id"
    assert "'name' is a required property" in reasons[2]
    assert parallel.info.count == serial.info.count == N - 3
    assert parallel.active == serial.active
    assert rows[5]["id"] not in parallel.active


def test_broken_late_chunk_in_a_worker_raises_and_leaves_nothing(
    generated: Generated, chunked: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = Path(shutil.copytree(generated[0], tmp_path / "pkg"))
    _edit_services(package, {290: {"organization_id": "org-bestaat-niet"}})
    done: list[int] = []
    folder = tmp_path / "maps"
    with pytest.raises(FeedError) as info:
        _build(package, folder, "2", monkeypatch, lambda p: done.append(p.done))
    assert info.value.code == "dangling_reference"
    assert info.value.detail == "organization org-bestaat-niet does not exist"
    assert chunked == []
    assert done == list(range(CHUNK, 290, CHUNK))  # the chunks before its chunk, in order
    assert list(folder.iterdir()) == []  # no .db, -stage or -ranks
    assert multiprocessing.active_children() == []


def test_cancel_during_a_parallel_import_leaves_nothing(
    generated: Generated, chunked: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = CancelToken()
    done: list[int] = []

    def progress(p: Progress) -> None:
        done.append(p.done)
        assert p.total == N
        if p.done >= 2 * CHUNK:
            token.cancel()

    folder = tmp_path / "maps"
    with pytest.raises(CancelledError):
        _build(generated[0], folder, "2", monkeypatch, progress, token)
    assert done == [CHUNK, 2 * CHUNK]
    assert chunked == []
    assert list(folder.iterdir()) == []
    assert multiprocessing.active_children() == []


def test_ranks_scratch_file_is_encrypted_and_removed(
    generated: Generated, chunked: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [sid.encode() for sid in generated[1]]
    seen: list[dict[str, Any]] = []
    real = gen.Builder.add_rows

    def add_rows(self: gen.Builder, rows: Any, count: int, active: int) -> None:
        real(self, rows, count, active)
        path = self.scratch_path("ranks")
        data = path.read_bytes()
        seen.append({"path": path, "size": len(data), "mode": path.stat().st_mode & 0o777})
        seen[-1]["plain"] = data.startswith(b"SQLite format 3") or any(i in data for i in ids)

    monkeypatch.setattr(gen.Builder, "add_rows", add_rows)
    folder = tmp_path / "maps"
    built, _ = _build(generated[0], folder, "2", monkeypatch)
    assert chunked == []
    assert len(seen) == N // CHUNK + 1
    assert all(s["size"] > 0 and s["plain"] is False for s in seen)
    if os.name == "posix":
        assert {s["mode"] for s in seen} == {0o600}
    assert not seen[0]["path"].exists()
    assert sorted(p.name for p in folder.iterdir()) == [f"{built.info.id}.db"]


def test_merged_chunk_checks_equal_one_check(generated: Generated) -> None:
    services = read_package(generated[0])[:60]
    services[3] = {**services[3], "email": "geen-adres"}
    services[30] = {**services[30], "id": "x" * 251}
    services[41] = {k: v for k, v in services[41].items() if k != "name"}
    whole = FeedCheck()
    whole.add(services)
    merged = FeedCheck()
    for first, last in ((0, 25), (25, 60)):
        part = FeedCheck(first=first)
        part.add(services[first:last])
        merged.merge(part)
    assert ("#30", "service has no usable id") in merged.skipped
    assert len(merged.skipped) == 3
    assert merged.skipped == whole.skipped
    assert (merged.total, merged.ok) == (whole.total, whole.ok) == (60, 57)
    assert merged.present == whole.present == {"nl-leefgebieden", "nl-toegang"}
    merged.finish()

    again = FeedCheck()
    with pytest.raises(ValueError, match="feed order"):
        again.merge(part)  # the second chunk before the first
    head = FeedCheck()
    head.add(services[:25])
    again.merge(head)
    repeat = FeedCheck(first=25)
    repeat.add([services[10]])
    with pytest.raises(FeedError) as info:
        again.merge(repeat)
    assert info.value.code == "duplicate_id"
    assert services[10]["id"] in info.value.detail


def test_feed_error_survives_pickling() -> None:
    for code, detail in (("x", "y"), ("dangling_reference", "")):
        copy = pickle.loads(pickle.dumps(FeedError(code, detail)))  # noqa: S301 — our own bytes
        assert isinstance(copy, FeedError)
        assert (copy.code, copy.detail) == (code, detail)
        assert str(copy) == str(FeedError(code, detail))


def test_worker_count(monkeypatch: pytest.MonkeyPatch) -> None:
    many = prepare.PARALLEL_MIN
    for value in ("0", "1"):
        monkeypatch.setenv(prepare.WORKERS_ENV, value)
        assert prepare.worker_count(many) == 0
    monkeypatch.setenv(prepare.WORKERS_ENV, "3")
    assert prepare.worker_count(many) == 3
    assert prepare.worker_count(many * 10) == 3
    assert prepare.worker_count(many - 1) == 0
    monkeypatch.setenv(prepare.WORKERS_ENV, "500")
    assert prepare.worker_count(many) == prepare.MAX_CONFIGURED
    monkeypatch.delenv(prepare.WORKERS_ENV)
    assert 0 <= prepare.worker_count(many) <= prepare.MAX_WORKERS
    assert prepare.worker_count(many - 1) == 0
    for cpus, expected in ((8, prepare.MAX_WORKERS), (2, 2), (1, 0), (None, 0)):
        monkeypatch.setattr(os, "cpu_count", lambda cpus=cpus: cpus)
        assert prepare.worker_count(many) == expected


class _PoolThatBreaks:
    """Stands in for ProcessPoolExecutor: delivers `good` chunks, then its workers 'die'."""

    good = 2

    def __init__(self, workers: int, *, mp_context: Any, initializer: Any, initargs: Any) -> None:
        initializer(*initargs)  # the worker's own start, in this process
        self.submitted = 0

    def submit(self, fn: Callable[..., prepare.Prepared], *args: Any) -> Future[prepare.Prepared]:
        self.submitted += 1
        future: Future[prepare.Prepared] = Future()
        if self.submitted <= self.good:
            future.set_result(fn(*args))
        else:
            future.set_exception(BrokenProcessPool("a worker died"))
        return future

    def shutdown(self, wait: bool, cancel_futures: bool) -> None:
        pass


@pytest.mark.parametrize("good", [0, 2])
def test_when_workers_break_the_rest_is_prepared_here(
    generated: Generated,
    chunked: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    good: int,
) -> None:
    package = generated[0]
    serial, serial_key = _build(package, tmp_path / "serial", "0", monkeypatch)
    chunked.clear()
    monkeypatch.setattr(prepare, "_WORKER", {})
    monkeypatch.setattr(prepare, "ProcessPoolExecutor", _PoolThatBreaks)
    monkeypatch.setattr(_PoolThatBreaks, "good", good)
    parallel, parallel_key = _build(package, tmp_path / "parallel", "2", monkeypatch)
    # the pool's chunks (prepared in this process by the stand-in) and then the fallback's:
    # every chunk exactly once, in feed order
    assert chunked == list(range(0, N, CHUNK))
    assert parallel.info.count == serial.info.count == N
    assert _content(parallel.info.path, parallel_key) == _content(serial.info.path, serial_key)
