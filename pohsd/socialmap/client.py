"""The HSDS API client: discover, page through all services, fetch changes since a sync."""

from __future__ import annotations

import socket
import ssl
import time
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from pohsd.domain.progress import CancelToken, Progress
from pohsd.socialmap.package import MAX_JSON_BYTES, load_json, read_services_json, services_in
from pohsd.socialmap.validate import FeedError

TIMEOUT = 30.0  # seconds per connect / read; tests set it tiny
RETRIES = 3
BACKOFF = (0.5, 1.0, 2.0)  # seconds before retry 1, 2, 3
PER_PAGE = 50
IDS_PER_PAGE = 5000  # the `minimal` id listing: ~80-byte items (400 KB a page), so fewer requests
MAX_PAGES = 10_000
PARALLEL_PAGES = 4  # listing pages fetched at once once the first page gives their count
MAX_BODY_BYTES = MAX_JSON_BYTES  # raw and decoded, per response
SLACK = timedelta(minutes=5)  # modified_after = last sync's server Date minus this
NESTED = ("attributes", "service_at_locations", "phones", "schedules", "languages")
CHUNK = 64 * 1024

ProgressFn = Callable[[Progress], None] | None


class NetworkError(Exception):
    """The publisher is unreachable: `code` is timeout, connect, http_<status> or cancelled.

    `offline` is True for a `connect` whose host name could not be resolved: most often no
    network at all (or an address that does not exist).
    """

    def __init__(self, code: str, detail: str = "", *, offline: bool = False) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.offline = offline


def _unresolved(exc: BaseException) -> bool:
    """Whether the cause of a connect failure is a failed host-name lookup."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


@dataclass(frozen=True)
class Publisher:
    version: str
    profile: str

    @property
    def incremental(self) -> bool:
        """HSDS 3 publishers support modified_after and minimal; the UK profile does not."""
        return self.version.startswith("3.") and "uk" not in self.profile.lower()


@dataclass(frozen=True)
class FetchResult:
    services: list[dict[str, Any]]
    complete: bool
    server_date: datetime


class _Session:
    """One httpx client with timeouts, bounded retries and capped bodies."""

    def __init__(self, base: str, timeout: float | None, cancel: CancelToken | None) -> None:
        import httpx  # deferred: startup budget

        self.httpx = httpx
        self.base = base.rstrip("/")
        self.cancel = cancel
        seconds = TIMEOUT if timeout is None else timeout
        self.client = httpx.Client(
            verify=_tls_context(),
            timeout=httpx.Timeout(seconds),
            follow_redirects=True,
            max_redirects=5,
            headers={"Accept": "application/json", "Accept-Encoding": "gzip, deflate"},
        )
        self.server_date: datetime | None = None

    def close(self) -> None:
        self.client.close()

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.cancelled:
            raise NetworkError("cancelled")

    def get(self, path: str, *, missing_ok: bool = False) -> Any:
        """The parsed JSON body of GET base+path; None for a 4xx when `missing_ok`."""
        httpx = self.httpx
        for attempt in range(RETRIES + 1):
            self._check_cancel()
            try:
                with self.client.stream("GET", self.base + path) as response:
                    if response.status_code >= 500 and attempt < RETRIES:
                        time.sleep(BACKOFF[min(attempt, len(BACKOFF) - 1)])
                        continue
                    if missing_ok and 400 <= response.status_code < 500:
                        return None
                    if response.status_code != 200:
                        raise NetworkError(f"http_{response.status_code}", path.split("?")[0])
                    self._remember_date(response.headers.get("date"))
                    body = _read_capped(response)
                    kind = response.headers.get("content-type", "").lower()
            except httpx.TimeoutException:
                raise NetworkError("timeout", path.split("?")[0]) from None
            except (httpx.ConnectError, httpx.RemoteProtocolError) as exc:
                if attempt < RETRIES:
                    time.sleep(BACKOFF[min(attempt, len(BACKOFF) - 1)])
                    continue
                offline = _unresolved(exc)
                raise NetworkError("connect", type(exc).__name__, offline=offline) from None
            except httpx.HTTPError as exc:
                raise NetworkError("connect", type(exc).__name__) from None
            if "html" in kind:
                raise FeedError("html_response", "got an HTML page instead of JSON")
            if kind and "json" not in kind and "text/plain" not in kind:
                raise FeedError("wrong_content_type", kind[:100])
            return body
        raise NetworkError("connect", "no response")  # pragma: no cover - loop always returns

    def _remember_date(self, header: str | None) -> None:
        if self.server_date is not None:
            return
        try:
            when = parsedate_to_datetime(header) if header else None
        except (TypeError, ValueError):
            when = None
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        self.server_date = when.astimezone(UTC) if when else datetime.now(UTC)


def _read_capped(response: Any) -> bytes:
    """The body, at most MAX_BODY_BYTES raw and decoded: a gzip bomb stops early."""
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise FeedError("too_large", f"more than {MAX_BODY_BYTES} bytes")
    encoding = response.headers.get("content-encoding", "identity").lower().strip()
    if encoding in ("gzip", "x-gzip"):
        decoder: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decoder = zlib.decompressobj()
    elif encoding in ("", "identity"):
        decoder = None
    else:
        raise FeedError("unsupported_encoding", encoding[:50])
    raw = 0
    out = bytearray()
    try:
        for chunk in response.iter_raw(CHUNK):
            raw += len(chunk)
            if raw > MAX_BODY_BYTES:
                raise FeedError("too_large", f"more than {MAX_BODY_BYTES} bytes")
            if decoder is None:
                out += chunk
            else:
                out += decoder.decompress(chunk, MAX_BODY_BYTES - len(out) + 1)
                if decoder.unconsumed_tail:
                    raise FeedError("too_large", f"unpacks to more than {MAX_BODY_BYTES} bytes")
            if len(out) > MAX_BODY_BYTES:
                raise FeedError("too_large", f"more than {MAX_BODY_BYTES} bytes")
        if decoder is not None:
            out += decoder.flush(MAX_BODY_BYTES - len(out) + 1)
    except zlib.error as exc:
        raise FeedError("invalid_encoding", str(exc)) from None
    if len(out) > MAX_BODY_BYTES:
        raise FeedError("too_large", f"unpacks to more than {MAX_BODY_BYTES} bytes")
    return bytes(out)


@lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    """The default verifying TLS context of httpx, made once (loading the CA bundle: ~30 ms)."""
    import httpx  # deferred: startup budget

    return httpx.create_ssl_context()


@contextmanager
def _session(url: str, timeout: float | None, cancel: CancelToken | None) -> Iterator[_Session]:
    if not url.lower().startswith(("http://", "https://")):
        raise FeedError("bad_url", "the address must start with http:// or https://")
    session = _Session(url, timeout, cancel)
    try:
        yield session
    finally:
        session.close()


def _page(body: bytes, page: int) -> tuple[list[dict[str, Any]], bool, int | None]:
    """The services of one listing page, whether it is the last one, and the page count."""
    value = load_json(body)
    items = services_in(value)  # a page is parsed once
    if not isinstance(value, dict):
        return items, True, None  # a plain array is the whole list
    if "contents" in value:
        pages = value.get("total_pages")
        count = pages if isinstance(pages, int) else None
        if isinstance(value.get("last_page"), bool):
            return items, value["last_page"] or not items, count
        return items, not items or (count is not None and page >= count), count
    if "content" in value:  # the legacy envelope {totalElements, content[], last?, totalPages?}
        pages = value.get("totalPages")
        count = pages if isinstance(pages, int) else None
        if isinstance(value.get("last"), bool):
            return items, value["last"] or not items, count
        if count is not None:
            return items, not items or page >= count, count
        total = value.get("totalElements")
        last = not items or not isinstance(total, int) or page * len(items) >= total
        return items, last, None
    return items, True, None  # a single service object


def _list(
    s: _Session, query: str, progress: ProgressFn, stage: str, per_page: int = 0
) -> tuple[list[dict[str, Any]], bool]:
    """Page through /services?query until the last page; (items, complete).

    When the first page tells how many pages there are, the others are fetched
    PARALLEL_PAGES at a time (in order), so a long listing costs fewer round trips.
    """
    size = per_page or PER_PAGE

    def fetch(page: int) -> tuple[list[dict[str, Any]], bool, int | None]:
        return _page(s.get(f"/services?{query}&page={page}&per_page={size}"), page)

    items: list[dict[str, Any]] = []

    def add(batch: list[dict[str, Any]]) -> None:
        items.extend(batch)
        if progress is not None:
            progress(Progress(stage, len(items), 0))

    batch, last, count = fetch(1)
    add(batch)
    if last:
        return items, True
    rest = 2
    if count is not None and count > 1:
        known = range(2, min(count, MAX_PAGES) + 1)
        pool = ThreadPoolExecutor(PARALLEL_PAGES, thread_name_prefix="hsds-page")
        try:
            for batch, last, _ in pool.map(fetch, known):
                add(batch)
                if last:
                    return items, True
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        rest = known.stop
    for page in range(rest, MAX_PAGES + 1):  # no page count, or it was wrong
        s._check_cancel()
        batch, last, _ = fetch(page)
        add(batch)
        if last:
            return items, True
    return items, False


def _ids_unique(items: list[dict[str, Any]]) -> list[str]:
    ids = [str(item.get("id") or "") for item in items]
    seen: set[str] = set()
    for sid in ids:
        if not sid:
            raise FeedError("not_services", "a listed service has no id")
        if sid in seen:
            raise FeedError("duplicate_id", f"service id {sid} appears more than once")
        seen.add(sid)
    return ids


def _complete_items(
    s: _Session, items: list[dict[str, Any]], progress: ProgressFn
) -> list[dict[str, Any]]:
    """Where the publisher ignored `full`, fetch /services/{id} for each listed id."""
    ids = _ids_unique(items)
    out = []
    for n, (sid, item) in enumerate(zip(ids, items, strict=True), start=1):
        if any(isinstance(item.get(key), list) for key in NESTED):
            out.append(item)
            continue
        s._check_cancel()
        body = s.get("/services/" + quote(sid, safe=""))
        found = read_services_json(body)
        if len(found) != 1 or str(found[0].get("id")) != sid:
            raise FeedError("not_services", f"/services/{sid} did not return that service")
        out.append(found[0])
        if progress is not None:
            progress(Progress("details", n, len(ids)))
    return out


def discover(url: str, *, timeout: float | None = None) -> Publisher:
    """GET / : the publisher's HSDS version and profile."""
    with _session(url, timeout, None) as s:
        value = load_json(s.get("/"))
    if not isinstance(value, dict):
        raise FeedError("not_hsds_api", "GET / did not return an object")
    return Publisher(str(value.get("version") or ""), str(value.get("profile") or ""))


def fetch_all(
    url: str,
    *,
    progress: ProgressFn = None,
    cancel: CancelToken | None = None,
    timeout: float | None = None,
) -> FetchResult:
    """Every service in full, paging /services?full=true until the last page."""
    with _session(url, timeout, cancel) as s:
        items, complete = _list(s, "full=true", progress, "pages")
        services = _complete_items(s, items, progress)
        return FetchResult(services, complete, s.server_date or datetime.now(UTC))


def fetch_changes(
    url: str,
    since: datetime,
    *,
    progress: ProgressFn = None,
    cancel: CancelToken | None = None,
    timeout: float | None = None,
) -> tuple[list[dict[str, Any]], list[str] | None, datetime]:
    """(services changed since `since` − 5 min, all current ids or None, the server Date).

    All ids come from /services?minimal=true; None when the publisher refuses `minimal`.
    A publisher that refuses `modified_after` raises FeedError("incremental_unsupported").
    """
    stamp = (since - SLACK).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with _session(url, timeout, cancel) as s:
        probe = s.get(f"/services?modified_after={quote(stamp)}&full=true&page=1&per_page=1",
                      missing_ok=True)  # fmt: skip
        if probe is None:
            raise FeedError("incremental_unsupported", "modified_after is not supported")
        items, complete = _list(s, f"modified_after={quote(stamp)}&full=true", progress, "changes")
        if not complete:
            raise FeedError("incomplete", "the list of changes did not end")
        changed = _complete_items(s, items, progress)
        date = s.server_date or datetime.now(UTC)
        size = IDS_PER_PAGE  # a publisher that refuses so large a page gets the usual size
        if s.get(f"/services?minimal=true&page=1&per_page={size}", missing_ok=True) is None:
            size = PER_PAGE
            if s.get("/services?minimal=true&page=1&per_page=1", missing_ok=True) is None:
                return changed, None, date
        minimal, complete = _list(s, "minimal=true", progress, "ids", size)
        if not complete:
            return changed, None, date
        return changed, _ids_unique(minimal), date


def apply_changes(
    current: list[dict[str, Any]], changed: list[dict[str, Any]], ids: list[str] | None
) -> list[dict[str, Any]]:
    """`current` with changed services replaced (children and all) and unlisted ids removed."""
    merged = {str(s.get("id")): s for s in current}
    for service in changed:
        merged[str(service.get("id"))] = service
    if ids is not None:
        keep = set(ids)
        merged = {sid: service for sid, service in merged.items() if sid in keep}
    return list(merged.values())
