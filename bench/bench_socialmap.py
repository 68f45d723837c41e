"""Sociale kaart at scale: full import, 1 % sync, search p95, suggestions and RSS (100 000)."""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bench import gen_socialmap
from bench.memory import ChildPeaks, rss_mb
from bench.util import Result
from pohsd.domain.client import Address, ClientInput
from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths
from pohsd.security.secret import SecretKey
from pohsd.socialmap import generation as gen
from pohsd.socialmap import schema, storage
from pohsd.socialmap.package import read_package
from pohsd.socialmap.search import words
from pohsd.store.engine import connect
from pohsd.workspace import Workspace

PASSPHRASE = "bench passphrase for pohsd"  # noqa: S105 — a throwaway benchmark database
USER = "bench"
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SERVICES = gen_socialmap.DEFAULT_SERVICES
QUERIES = 1000
CHANGED_SHARE = 0.01
SUGGEST_CLIENTS = 10
_FILTER_LANGUAGES = ("en", "ar", "tr", "pl", "uk")


# ---------------------------------------------------------------- child: unlock, import, RSS


def child_import(package: Path, data: Path) -> dict[str, Any]:
    """Create a workspace (calibrated KDF), unlock it, import the package, run 100 searches."""
    paths = AppPaths.resolve(data)
    ws, _ = Workspace.create(paths, Practice("Bench"), USER, PASSPHRASE)
    ws.close()
    ws = Workspace.unlock(paths, USER, PASSPHRASE)
    after_unlock = rss_mb()
    marks: dict[str, float] = {}
    start = time.perf_counter()

    def progress(p: Any) -> None:
        marks.setdefault(p.stage, time.perf_counter() - start)

    workers = ChildPeaks()
    result = ws.socialmap.import_path(package, progress=progress)
    seconds = time.perf_counter() - start
    worker_peaks = workers.stop()
    after_import = rss_mb()
    for text in query_texts(100, seed=7):
        ws.socialmap.search(text)
    ws.close()
    return {
        "seconds": seconds,
        "read_validate": marks.get(gen.STAGE, 0.0),
        "count": result.count,
        "skipped": len(result.skipped),
        "rss_after_unlock": after_unlock,
        "rss_after_import": after_import,
        "rss_end": rss_mb(),
        "worker_peaks": worker_peaks,
    }


# ---------------------------------------------------------------- floor: plain executemany


def executemany_floor(
    services: list[dict[str, Any]], key: SecretKey, folder: Path
) -> tuple[float, float]:
    """Seconds to insert the generation's rows with plain executemany (one transaction, no
    index, no FTS) into an empty SQLCipher file; and the same plus indexes and the FTS build.
    The rows are computed beforehand (not timed) with the importer's own row builder."""
    rows = storage.empty_rows()
    for rid, svc in enumerate(services, start=1):
        storage.collect(rows, rid, svc)
    con = connect(folder / "floor.db", key, create=True, foreign_keys=False)
    try:
        for ddl in schema.TABLES:
            con.execute(ddl)
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        for name, sql in storage.INSERTS.items():
            if rows[name]:
                con.executemany(sql, rows[name])
        con.execute("COMMIT")
        plain = time.perf_counter() - start
        con.execute("BEGIN IMMEDIATE")
        for ddl in (*schema.INDEXES, *schema.FTS):
            con.execute(ddl)
        con.execute("COMMIT")
        return plain, time.perf_counter() - start
    finally:
        con.close()


# ---------------------------------------------------------------- search workload


def query_texts(count: int, seed: int) -> list[str]:
    """1–3 words from the generator's vocabulary, the last one often cut to a 3–5 letter prefix."""
    rng = gen_socialmap.seeded(seed)
    vocab = gen_socialmap.vocabulary()
    texts = []
    for _ in range(count):
        picked = [rng.choice(vocab) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        if rng.random() < 0.4:
            picked[-1] = picked[-1][: rng.randrange(3, 6)]
        texts.append(" ".join(picked))
    return texts


def search_queries(count: int, seed: int, postcodes: list[str]) -> list[tuple[str, dict[str, Any]]]:
    """The query texts, about 30 % of them with one filter of the search screen."""
    rng = gen_socialmap.seeded(seed + 1)
    topics = gen_socialmap.topic_codes()
    out = []
    for text in query_texts(count, seed):
        chosen: dict[str, Any] = {}
        if rng.random() < 0.3:
            kind = rng.choice(("topic", "toegang", "postcode4", "age", "language", "free", "day"))
            chosen = {
                "topic": {"topic": rng.choice(topics)},
                "toegang": {"toegang": rng.choice(("vrij", "aanmelding"))},
                "postcode4": {"postcode4": rng.choice(postcodes)},
                "age": {"age": rng.randrange(5, 90)},
                "language": {"language": rng.choice(_FILTER_LANGUAGES)},
                "free": {"free": True},
                "day": {"weekday": rng.randrange(0, 5)},
            }[kind]
        out.append((text, chosen))
    return out


def _raw_match(text: str) -> str:
    """The plainest FTS5 query for the same words: quoted tokens, the last one a prefix."""
    tokens = words(text)
    return " ".join(f'"{t}"' for t in tokens[:-1]) + f' "{tokens[-1]}"*' if tokens else '""'


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def measure_search(ws: Workspace, postcodes: list[str]) -> tuple[Result, Result]:
    queries = search_queries(QUERIES, 11, postcodes)
    app: list[float] = []
    raw: list[float] = []
    for text, filters in queries:
        start = time.perf_counter()
        ws.socialmap.search(text, **filters)
        app.append(time.perf_counter() - start)
    gen_id = ws.socialmap.status().generation_id or ""
    con = gen.open_generation(
        gen.generation_path(ws.socialmap._folder, gen_id), ws._socialmap_key()
    )
    try:
        for text, _ in queries:
            start = time.perf_counter()
            con.execute(
                "SELECT rowid FROM services_fts WHERE services_fts MATCH ? ORDER BY rank LIMIT 50",
                [_raw_match(text)],
            ).fetchall()
            raw.append(time.perf_counter() - start)
    finally:
        con.close()
    with_filters = [s for s, (_, f) in zip(app, queries, strict=True) if f]
    note = (
        f"{QUERIES} queries ({len(with_filters)} with a filter); median "
        f"{statistics.median(app) * 1000:.1f} ms, max {max(app) * 1000:.0f} ms; "
        f"raw MATCH p95 {_p95(raw) * 1000:.1f} ms"
    )
    return (
        Result("map_search_p95", _p95(app), _p95(raw), note),
        Result("map_search_median", statistics.median(app), statistics.median(raw)),
    )


# ---------------------------------------------------------------- incremental sync


class MockHsds:
    """A loopback HSDS 3.0 API: `/`, `/services` (full, modified_after, minimal, paged)."""

    def __init__(self, services: list[dict[str, Any]]) -> None:
        self.services = services
        self.minimal = [{"id": s["id"], "last_modified": s.get("last_modified")} for s in services]
        self.since: dict[str, list[dict[str, Any]]] = {}  # answers computed once per query,
        self.requests = 0  # so the server's own work does not inflate the client's time
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests += 1
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                status, body = outer.answer(parts.path, query)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def answer(self, path: str, query: dict[str, str]) -> tuple[int, bytes]:
        if path == "/":
            return 200, json.dumps({"version": "3.0.0", "profile": "nl-socialmap"}).encode()
        if path != "/services":
            return 404, b'{"error": "not found"}'
        items = self.minimal if query.get("minimal") == "true" else self.services
        if "modified_after" in query:
            since, key = (
                query["modified_after"],
                f"{query.get('minimal')}|{query['modified_after']}",
            )
            if key not in self.since:
                self.since[key] = [s for s in items if str(s.get("last_modified")) > since]
            items = self.since[key]
        page, size = int(query.get("page", "1")), int(query.get("per_page", "50"))
        pages = max(1, -(-len(items) // size))
        chunk = items[(page - 1) * size : page * size]
        envelope = {
            "total_items": len(items), "total_pages": pages, "page_number": page,
            "size": len(chunk), "first_page": page == 1, "last_page": page >= pages,
            "empty": not chunk, "contents": chunk,
        }  # fmt: skip
        return 200, json.dumps(envelope, ensure_ascii=False).encode("utf-8")


def changed_feed(services: list[dict[str, Any]], share: float, seed: int) -> list[dict[str, Any]]:
    """The feed after `share` of the services changed now (5 % of those withdrawn)."""
    rng = gen_socialmap.seeded(seed)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    picked = set(rng.sample(range(len(services)), k=max(1, int(len(services) * share))))
    out = []
    for n, svc in enumerate(services):
        if n in picked:
            svc = {
                **svc,
                "last_modified": stamp,
                "description": svc.get("description", "") + " Nieuw.",
            }
            if rng.random() < 0.05:
                svc["status"] = "inactive"
        out.append(svc)
    return out


def serve_changed_feed(folder: Path, share: float, seed: int, conn: Any) -> None:
    """Child process: serve the package's feed with `share` changed until told to stop.

    The publisher runs in its own process, as a real one runs on its own machine: in the
    measuring process its JSON work would compete with the client for the GIL.
    """
    server = MockHsds(changed_feed(read_package(folder), share, seed))
    conn.send(server.url)
    conn.recv()
    conn.send(server.requests)
    server.stop()


def measure_sync(ws: Workspace, folder: Path) -> Result:
    """Incremental sync of 1 % changed services from a loopback server in another process.

    The map was imported from the package, so the settings that say "this map came from that
    URL at that time" are set through ws.practice.set_setting, as a sync would have left them.
    """
    import multiprocessing  # deferred: only the sync measurement starts a process

    ours, theirs = multiprocessing.Pipe()
    context = multiprocessing.get_context("spawn")
    publisher = context.Process(
        target=serve_changed_feed, args=(folder, CHANGED_SHARE, 5, theirs), daemon=True
    )
    publisher.start()
    try:
        url = ours.recv()
        before = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
        ws.practice.set_setting("socialmap.url", url)
        ws.practice.set_setting("socialmap.source", url)
        ws.practice.set_setting("socialmap.synced_at", before)
        marks: dict[str, float] = {}  # the last report of each network stage
        start = time.perf_counter()
        cpu = time.process_time()

        def progress(p: Any) -> None:
            now = time.perf_counter() - start
            if p.stage == gen.STAGE:
                marks.setdefault(p.stage, now)  # the delta (or build) starts
            else:
                marks[p.stage] = now

        result = ws.socialmap.sync(url, progress=progress)
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu  # this process: client and DB work
        ours.send("stop")
        requests = ours.recv()
    finally:
        publisher.join(timeout=30)
        if publisher.is_alive():
            publisher.kill()
    built = marks.get(gen.STAGE, seconds)
    fetched = max((v for k, v in marks.items() if k != gen.STAGE), default=0.0)
    note = (
        f"{int(result.count * CHANGED_SHARE)} changed, {result.withdrawn} withdrawn, "
        f"{requests} HTTP requests to a publisher process; fetch {fetched:.2f} s, validate + plan "
        f"{built - fetched:.2f} s, apply + check + commit {seconds - built:.2f} s; "
        f"process CPU {cpu:.2f} s"
    )
    return Result("incremental_sync", seconds, note=note)


# ---------------------------------------------------------------- suggestions


def measure_suggest(ws: Workspace, postcodes: list[str]) -> Result | str:
    """ws.socialmap.suggest(client_id, limit=20) for 10 clients with different intakes."""
    suggest: Callable[..., Any] | None = getattr(ws.socialmap, "suggest", None)
    if suggest is None:
        return "ws.socialmap.suggest does not exist yet: suggestions not measured"
    rng = gen_socialmap.seeded(3)
    topics = [c for c in gen_socialmap.topic_codes() if "." in c]
    clients = []
    for n in range(SUGGEST_CLIENTS):
        data = ClientInput(
            f"Voornaam{n}", "Bench", date(1950 + 5 * n, 1 + n, 1 + n),
            address=Address("Straat", str(n + 1), "", f"{rng.choice(postcodes)} AB", "Plaats"),
        )  # fmt: skip
        client, _ = ws.clients.create(data)
        intake, _ = ws.intakes.start(client.id)
        wanted = rng.sample(topics, k=1 + n % 4)
        answers: dict[str, tuple[object | None, str]] = {
            f"{code}.zr": (rng.choice((1, 2, 3)), "beantwoord") for code in wanted
        }
        answers["prioriteit.belangrijkste"] = (wanted[:3], "beantwoord")
        ws.intakes.save_drafts(intake.id, answers)
        ws.intakes.promote(intake.id)
        clients.append(client.id)
    samples, found = [], []
    for client_id in clients:
        start = time.perf_counter()
        found.append(len(suggest(client_id, limit=20)))
        samples.append(time.perf_counter() - start)
    note = (
        f"slowest of {SUGGEST_CLIENTS} clients; median {statistics.median(samples) * 1000:.0f} ms;"
        f" suggestions per client {min(found)}–{max(found)}"
    )
    return Result("suggestions", max(samples), note=note)


# ---------------------------------------------------------------- the run


def run(services_n: int = DEFAULT_SERVICES, *, verbose: bool = True) -> list[Result]:
    say: Callable[[str], None] = (
        (lambda m: print(f"  socialmap: {m}", flush=True)) if verbose else (lambda m: None)
    )
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="pohsd-bench-map-") as tmp:
        folder = Path(tmp) / "package"
        start = time.perf_counter()
        package = gen_socialmap.build(folder, services_n)
        rows = sum(len(r) for r in package.tables.values())
        say(f"generated {services_n} services, {rows} rows in {time.perf_counter() - start:.1f} s")
        postcodes = sorted({pc for a in package.tables.get("service_area", [])
                            for pc in a["extent"].split(",")}) or ["1234"]  # fmt: skip
        del package
        data = Path(tmp) / "data"
        command = ["-m", "bench.bench_socialmap", "--child-import", str(folder), str(data)]
        child = subprocess.run(
            [sys.executable, *command],
            cwd=ROOT, check=True, capture_output=True, text=True, timeout=3600,
        )  # fmt: skip
        info = json.loads(child.stdout.strip().splitlines()[-1])
        say(f"import in a fresh process: {info['seconds']:.1f} s, {info['count']} services")
        ws = Workspace.unlock(AppPaths.resolve(data), USER, PASSPHRASE)
        try:
            services = read_package(folder)
            # the app never holds a whole package: keep the bench's own copy out of the
            # collector's full passes, which would otherwise land in the suggestion timings
            gc.freeze()
            plain, with_fts = executemany_floor(services, ws._socialmap_key(), Path(tmp))
            say(f"floor: executemany {plain:.1f} s, with indexes and FTS {with_fts:.1f} s")
            results.append(Result(
                "full_import", info["seconds"], plain,
                f"{services_n} services, {rows} rows; staging + first chunk"
                f" {info['read_validate']:.1f} s; floor = plain executemany of the same rows;"
                f" with indexes + FTS {with_fts:.1f} s",
            ))  # fmt: skip
            rss, peaks = info["rss_end"], info["worker_peaks"]
            results.append(Result(
                "memory_rss_mb", rss["peak"], note=f"peak after unlock, import, 100 searches;"
                f" after unlock {info['rss_after_unlock'].get('VmRSS', 0):.0f} MB,"
                f" after import {info['rss_after_import'].get('VmRSS', 0):.0f} MB;"
                f" {peaks['workers']} import workers, each at most {peaks['max']:.0f} MB",
            ))  # fmt: skip
            results.extend(measure_search(ws, postcodes))
            say("search measured")
            suggested = measure_suggest(ws, postcodes)
            if isinstance(suggested, Result):
                results.append(suggested)
            else:
                say(suggested)
            del services  # the publisher process reads the package itself
            results.append(measure_sync(ws, folder))
            say("sync measured")
        finally:
            ws.close()
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, default=DEFAULT_SERVICES)
    parser.add_argument("--child-import", nargs=2, type=Path, metavar=("PACKAGE", "DATA"))
    args = parser.parse_args(argv)
    if args.child_import:
        print(json.dumps(child_import(*args.child_import)))
        return 0
    for r in run(args.services):
        ratio = f" ratio {r.ratio:.2f}" if r.ratio is not None else ""
        print(f"{r.name:<20}{r.seconds:>10.3f}{ratio}  {r.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
