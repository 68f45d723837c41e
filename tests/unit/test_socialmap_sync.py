"""`ws.socialmap.sync` and `pohsd-cli socialmap sync` against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import copy
import gzip
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from pohsd.cli import main
from pohsd.domain.errors import PohsdError, ValidationError
from pohsd.socialmap import client
from pohsd.socialmap.client import NetworkError
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.unit.test_socialmap_service import tiny

Reply = tuple[int, dict[str, str], bytes]
Route = Callable[[str, dict[str, str]], Reply]
JSON = {"Content-Type": "application/json"}


def _json(value: object, status: int = 200) -> Reply:
    return status, dict(JSON), json.dumps(value, ensure_ascii=False).encode("utf-8")


class _Server:
    """A stdlib HTTP server in a thread; `route(path, query)` answers; `seen` logs requests."""

    def __init__(self, route: Route) -> None:
        self.route = route
        self.seen: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.seen.append(self.path)
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                status, headers, body = outer.route(parts.path, query)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve() -> Iterator[Callable[[Route], _Server]]:
    servers: list[_Server] = []

    def start(route: Route) -> _Server:
        servers.append(_Server(route))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client, "BACKOFF", (0.0, 0.0, 0.0))


def _envelope(items: list[dict], page: int = 1, pages: int = 1) -> dict:
    return {
        "total_items": len(items),
        "total_pages": pages,
        "page_number": page,
        "size": len(items),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not items,
        "contents": items,
    }


# ---------------------------------------------------------------- Utrecht Overvecht (HSDS 3.0)


class Overvecht:
    """The api/ pages of utrecht-overvecht, plus a change set for modified_after / minimal."""

    def __init__(self, root: Path) -> None:
        self.api = root / "socialmap" / "utrecht-overvecht" / "api"
        self.services = json.loads(
            (root / "socialmap" / "utrecht-overvecht" / "services.json").read_text("utf-8")
        )
        self.changed: list[dict] = []
        self.gone: set[str] = set()

    def __call__(self, path: str, query: dict[str, str]) -> Reply:
        if path == "/":
            return 200, dict(JSON), (self.api / "index.json").read_bytes()
        if path.startswith("/services/"):
            sid = path.removeprefix("/services/")
            found = [s for s in self.services if s["id"] == sid]
            return _json(found[0]) if found else _json({"error": "not found"}, 404)
        if path != "/services":
            return _json({"error": "not found"}, 404)
        if "modified_after" in query:
            return _json(_envelope(self.changed))
        if query.get("minimal") == "true":
            ids = [
                {"id": s["id"], "last_modified": s.get("last_modified")}
                for s in self.services
                if s["id"] not in self.gone
            ]
            return _json(_envelope(ids))
        page = int(query.get("page", "1"))
        return 200, dict(JSON), (self.api / f"services-page-{page}.json").read_bytes()


def test_full_then_incremental_sync(workspace: Workspace, shared_dir: Path, serve) -> None:
    data = Overvecht(shared_dir)
    server = serve(data)
    sm = workspace.socialmap
    stages: list[str] = []

    first = sm.sync(server.url, progress=lambda p: stages.append(p.stage))
    assert first.count == 131
    assert first.skipped == []
    assert sm.status().count == 129  # two services in the feed are already inactive
    assert sm.status().source == server.url
    assert workspace.practice.setting("socialmap.url") == server.url
    synced = workspace.practice.setting("socialmap.synced_at")
    assert synced
    assert "pages" in stages
    assert any("full=true" in p and "page=3" in p for p in server.seen)

    # the change set: one edited, one gone from the minimal listing, one set inactive
    active = [s for s in data.services if s["status"] == "active"]
    edited, removed, closed = (copy.deepcopy(s) for s in active[:3])
    edited["name"] = "Buurtteam Overvecht (nieuw adres)"
    closed["status"] = "inactive"
    data.changed = [edited, closed]
    data.gone = {removed["id"]}
    data.services = [s for s in data.services if s["id"] != removed["id"]]
    server.seen.clear()

    second = sm.sync()  # the remembered URL
    assert second.count == 130
    assert second.withdrawn == 2
    assert not any("full=true" in p and "modified_after" not in p for p in server.seen)
    stamp = next(p for p in server.seen if "modified_after" in p)
    assert "modified_after=" in stamp
    assert sm.service(edited["id"])["name"] == "Buurtteam Overvecht (nieuw adres)"
    assert sm.service(closed["id"])["status"] == "inactive"
    with pytest.raises(PohsdError):
        sm.service(removed["id"])
    assert sm.status().count == 127
    names = {m.hit.service_id for m in sm.search("", limit=500)}
    assert closed["id"] not in names
    assert removed["id"] not in names
    assert edited["id"] in names


# ---------------------------------------------------------------- UK profile publishers


def _uk(folder: Path) -> Route:
    def route(path: str, query: dict[str, str]) -> Reply:
        if path == "/":
            return 200, dict(JSON), (folder / "api_details.json").read_bytes()
        if path == "/services":
            if "modified_after" in query or "minimal" in query:
                return _json({"error": "unsupported parameter"}, 400)
            return 200, dict(JSON), (folder / "service_list.json").read_bytes()
        if path.startswith("/services/"):
            return 200, dict(JSON), (folder / "service_full.json").read_bytes()
        return _json({"error": "not found"}, 404)

    return route


def test_uk_profile_list_with_repeated_ids_is_refused(
    workspace: Workspace, shared_dir: Path, serve
) -> None:
    server = serve(_uk(shared_dir / "hsds" / "uk-profile-test"))
    with pytest.raises(ValidationError) as err:
        workspace.socialmap.sync(server.url)
    assert (err.value.field, err.value.rule) == ("socialmap", "duplicate_id")
    assert workspace.socialmap.status().generation_id is None
    assert not any(p.startswith("/services/") for p in server.seen)  # refused before details
    assert workspace.practice.setting("socialmap.url", "") == ""


def test_uk_profile_fail_leaves_previous_map(workspace: Workspace, shared_dir: Path, serve) -> None:
    before = workspace.socialmap.import_services(tiny(), source="tiny")
    server = serve(_uk(shared_dir / "hsds" / "uk-profile-fail"))
    with pytest.raises(ValidationError) as err:
        workspace.socialmap.sync(server.url)
    assert err.value.field == "socialmap"
    assert err.value.rule in ("duplicate_id", "no_valid_services", "missing_taxonomy")
    st = workspace.socialmap.status()
    assert (st.generation_id, st.count, st.source) == (before.generation_id, 10, "tiny")


def test_uk_style_legacy_envelope_without_full_or_incremental(workspace: Workspace, serve) -> None:
    services = {s["id"]: s for s in tiny()}

    def route(path: str, query: dict[str, str]) -> Reply:
        if path == "/":
            return _json({"version": "HSDS-UK-3.0", "profile": "https://example.org/uk"})
        if path == "/services":
            brief = [{"id": s["id"], "name": s["name"]} for s in services.values()]
            return _json({"totalElements": len(brief), "content": brief})
        return _json(services[path.removeprefix("/services/")])

    server = serve(route)
    assert workspace.socialmap.sync(server.url).count == 10
    assert sum(p.startswith("/services/") for p in server.seen) == 10  # `full` was ignored
    first = next(iter(services))
    services[first] = {**services[first], "name": "Schuldhulp Nieuw"}
    del services[list(services)[-1]]
    result = workspace.socialmap.sync(server.url)
    assert (result.count, result.withdrawn) == (9, 1)
    assert workspace.socialmap.service(first)["name"] == "Schuldhulp Nieuw"
    assert not any("modified_after" in p or "minimal" in p for p in server.seen)


# ---------------------------------------------------------------- hostile or broken servers


def test_html_body_is_refused(workspace: Workspace, serve) -> None:
    page = b"<!doctype html><html><body>Inloggen</body></html>"
    for kind in ("text/html; charset=utf-8", "application/json"):
        server = serve(lambda path, query, kind=kind: (200, {"Content-Type": kind}, page))
        with pytest.raises(ValidationError) as err:
            workspace.socialmap.sync(server.url)
        assert err.value.rule == "html_response"
    assert workspace.socialmap.status().generation_id is None


def test_slow_server_hits_the_timeout(
    workspace: Workspace, serve, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client, "TIMEOUT", 0.2)

    def slow(path: str, query: dict[str, str]) -> Reply:
        time.sleep(1.0)
        return _json({"version": "3.0"})

    server = serve(slow)
    started = time.monotonic()
    with pytest.raises(NetworkError) as err:
        workspace.socialmap.sync(server.url)
    assert err.value.code == "timeout"
    assert time.monotonic() - started < 1.0


def test_gzip_bomb_is_refused(workspace: Workspace, serve, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client, "MAX_BODY_BYTES", 1_000_000)
    bomb = gzip.compress(b"[" + b" " * 20_000_000 + b"]", compresslevel=9)
    assert len(bomb) < 100_000
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    server = serve(lambda path, query: (200, headers, bomb))
    with pytest.raises(ValidationError) as err:
        workspace.socialmap.sync(server.url)
    assert err.value.rule == "too_large"


def test_gzip_body_is_decoded(serve) -> None:
    body = gzip.compress(json.dumps({"version": "3.0", "profile": "nl"}).encode())
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    server = serve(lambda path, query: (200, headers, body))
    assert client.discover(server.url) == client.Publisher("3.0", "nl")


def test_oversized_plain_body_is_refused(monkeypatch: pytest.MonkeyPatch, serve) -> None:
    monkeypatch.setattr(client, "MAX_BODY_BYTES", 1000)
    server = serve(lambda path, query: _json({"version": "3.0", "pad": "x" * 5000}))
    with pytest.raises(client.FeedError) as err:
        client.discover(server.url)
    assert err.value.code == "too_large"


def test_retries_5xx_then_gives_up(serve) -> None:
    calls = {"n": 0}

    def flaky(path: str, query: dict[str, str]) -> Reply:
        calls["n"] += 1
        if calls["n"] <= 2:
            return _json({"error": "busy"}, 503)
        return _json({"version": "3.0", "profile": "nl"})

    server = serve(flaky)
    assert client.discover(server.url).version == "3.0"
    assert calls["n"] == 3
    down = serve(lambda path, query: _json({"error": "down"}, 502))
    with pytest.raises(NetworkError) as err:
        client.discover(down.url)
    assert err.value.code == "http_502"
    assert len(down.seen) == 1 + client.RETRIES


def test_cancel_stops_between_pages(serve) -> None:
    token = client.CancelToken()
    pages = [tiny()[:5], tiny()[5:]]

    def route(path: str, query: dict[str, str]) -> Reply:
        page = int(query.get("page", "1"))
        token.cancel()  # the user cancels while the first page arrives
        return _json(_envelope(pages[page - 1], page, 2))

    server = serve(route)
    with pytest.raises(NetworkError) as err:
        client.fetch_all(server.url, cancel=token)
    assert err.value.code == "cancelled"
    assert len(server.seen) == 1


# ---------------------------------------------------------------- CLI


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)
    data_dir = tmp_path / "data"

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data_dir)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, _, err = run("init", "--practice-name", "De Linde", "--practice-agb", "01234567",
                       "--user", "sanne")  # fmt: skip
    assert code == 0, err
    return run


def test_cli_sync_exit_codes(cli, serve) -> None:
    services = tiny()

    def good(path: str, query: dict[str, str]) -> Reply:
        if path == "/":
            return _json({"version": "3.0", "profile": "nl-socialmap"})
        return _json(_envelope(services))

    server = serve(good)
    code, out, err = cli("socialmap", "sync", server.url, "--json")
    assert code == 0, err
    assert json.loads(out)["count"] == 10
    code, out, err = cli("socialmap", "sync")  # the remembered URL, incremental
    assert code == 0, err
    assert "10 voorzieningen ingelezen" in out

    html = serve(lambda path, query: (200, {"Content-Type": "text/html"}, b"<html></html>"))
    code, _, err = cli("socialmap", "sync", html.url)
    assert code == 4
    assert "html_response" in err

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, _, err = cli("socialmap", "sync", f"http://127.0.0.1:{port}")
    assert code == 1
    assert "niet bereikbaar" in err or "not synchronised" in err
    code, out, _ = cli("socialmap", "status", "--json")
    assert json.loads(out)["count"] == 10


def test_cli_sync_without_any_url(cli) -> None:
    code, _, err = cli("socialmap", "sync")
    assert code == 4
    assert "geen adres" in err or "no address" in err


def _paged(services: list, per_page: int) -> list[list]:
    return [services[i : i + per_page] for i in range(0, len(services), per_page)]


def test_pages_after_the_first_come_several_at_a_time_in_order(serve) -> None:
    base = tiny()
    services = [{**copy.deepcopy(base[n % len(base)]), "id": f"svc-{n:03d}"} for n in range(45)]
    pages = _paged(services, 5)
    busy = {"now": 0, "most": 0}
    lock = threading.Lock()

    def route(path: str, query: dict[str, str]) -> Reply:
        page = int(query.get("page", "1"))
        with lock:
            busy["now"] += 1
            busy["most"] = max(busy["most"], busy["now"])
        time.sleep(0.05)  # a publisher some way off
        with lock:
            busy["now"] -= 1
        return _json(_envelope(pages[page - 1], page, len(pages)))

    server = serve(route)
    result = client.fetch_all(server.url)
    assert [s["id"] for s in result.services] == [s["id"] for s in services]
    assert result.complete
    assert len(server.seen) == len(pages)  # each page once
    assert 1 < busy["most"] <= client.PARALLEL_PAGES


def test_a_failing_page_stops_the_listing(serve) -> None:
    services = [{**copy.deepcopy(tiny()[0]), "id": f"svc-{n:03d}"} for n in range(200)]
    pages = _paged(services, 5)

    def route(path: str, query: dict[str, str]) -> Reply:
        page = int(query.get("page", "1"))
        if page == 3:
            return _json({"error": "gone"}, 404)
        time.sleep(0.01)
        return _json(_envelope(pages[page - 1], page, len(pages)))

    server = serve(route)
    with pytest.raises(NetworkError) as err:
        client.fetch_all(server.url)
    assert err.value.code == "http_404"
    assert len(server.seen) < len(pages)  # the rest was not fetched
