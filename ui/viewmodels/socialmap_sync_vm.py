"""Sociale kaart sync: settings, one running sync with progress and cancel, the banner logic."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from pohsd.domain.errors import ValidationError
from pohsd.domain.progress import CancelledError, CancelToken, Progress
from pohsd.socialmap.client import NetworkError
from pohsd.socialmap.sync import Fetched, SyncPlan, fetch_sync
from PySide6.QtCore import QObject, Signal

from ui.bridge import ProgressBridge
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace

# The URL key is the one ws.socialmap.sync reads (pohsd.services.socialmap.URL; a test checks).
URL_KEY = "socialmap.url"
SYNC_ON_START_KEY = "socialmap.sync_on_start"
WARN_MONTHS_KEY = "socialmap.warn_months"
FAILED_AT_KEY = "socialmap.failed_at"
FAILED_KIND_KEY = "socialmap.failed_kind"
DEFAULT_WARN_MONTHS = 3
MIN_WARN_MONTHS, MAX_WARN_MONTHS = 1, 36
NETWORK, SERVER, FEED = "network", "server", "feed"


@dataclass(frozen=True)
class MapPrefs:
    """The practice's sociale-kaart settings plus the last failed sync (if any)."""

    url: str = ""
    sync_on_start: bool = False
    warn_months: int = DEFAULT_WARN_MONTHS
    failed_at: datetime | None = None
    failed_kind: str = ""


def _months(value: str) -> int:
    try:
        months = int(value)
    except ValueError:
        return DEFAULT_WARN_MONTHS
    return min(max(months, MIN_WARN_MONTHS), MAX_WARN_MONTHS)


def _when(value: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when is not None and when.tzinfo is None else when


def read_prefs(ws: Workspace) -> MapPrefs:
    """On the DB thread."""
    setting = ws.practice.setting
    return MapPrefs(
        url=setting(URL_KEY, ""),
        sync_on_start=setting(SYNC_ON_START_KEY, "0") == "1",
        warn_months=_months(setting(WARN_MONTHS_KEY, str(DEFAULT_WARN_MONTHS))),
        failed_at=_when(setting(FAILED_AT_KEY, "")),
        failed_kind=setting(FAILED_KIND_KEY, ""),
    )


def save_prefs(ws: Workspace, url: str, sync_on_start: bool, warn_months: int) -> None:
    """On the DB thread: write only what changed (every write is audited)."""
    wanted = {
        URL_KEY: url.strip()[:2000],
        SYNC_ON_START_KEY: "1" if sync_on_start else "0",
        WARN_MONTHS_KEY: str(_months(str(warn_months))),
    }
    for key, value in wanted.items():
        if ws.practice.setting(key, "") != value:
            ws.practice.set_setting(key, value)


def failure_kind(exc: BaseException) -> str:
    """Network / server / feed for a failed sync; "" when nothing failed (cancel, held drop)."""
    if isinstance(exc, NetworkError):
        if exc.code == "cancelled":
            return ""
        return SERVER if exc.code.startswith("http_") else NETWORK
    if isinstance(exc, ValidationError) and exc.field == "socialmap":
        return "" if exc.rule == "drop_too_large" else FEED
    return ""


def is_cancelled(exc: BaseException) -> bool:
    return isinstance(exc, CancelledError) or (
        isinstance(exc, NetworkError) and exc.code == "cancelled"
    )


def held_drop(exc: BaseException) -> tuple[int, int] | None:
    """(withdrawn, active) when the import was held back for withdrawing too much."""
    if isinstance(exc, ValidationError) and exc.rule == "drop_too_large":
        return int(exc.params.get("withdrawn", 0)), int(exc.params.get("active", 0))
    return None


def remember_outcome(ws: Workspace, exc: BaseException | None) -> None:
    """On the DB thread: remember a failed sync for the banner, or forget it after a success."""
    kind = failure_kind(exc) if exc is not None else ""
    if kind:
        ws.practice.set_setting(FAILED_AT_KEY, datetime.now(UTC).isoformat())
        ws.practice.set_setting(FAILED_KIND_KEY, kind)
    elif exc is None and ws.practice.setting(FAILED_AT_KEY, ""):
        ws.practice.set_setting(FAILED_AT_KEY, "")
        ws.practice.set_setting(FAILED_KIND_KEY, "")


class SyncJob(QObject):
    """At most one sync at a time; the page owns it, the dialog and the start-up sync share it.

    Signals:
        started(str): a sync began for this URL.
        progress(object): a core `Progress`, on the GUI thread, at most 10 per second.
        succeeded(object): the `ImportResult`.
        held(int, int): not imported: it would withdraw this many of that many active services.
        failed(object): the exception (cancelled included).
    """

    started = Signal(str)
    progress = Signal(object)
    succeeded = Signal(object)
    held = Signal(int, int)
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.url = ""
        self._token: CancelToken | None = None
        self._bridge = ProgressBridge()
        self._bridge.progress.connect(self._progress)
        self._run = 0  # bumped per start and per detach: late results of an old run are dropped

    @property
    def running(self) -> bool:
        return self._token is not None

    def start(self, url: str, accept_drop: bool = False) -> bool:
        """Queue a sync on the DB thread; False when one is already running."""
        if self._token is not None:
            return False
        self._run += 1
        run = self._run
        token = self._token = CancelToken()
        self.url = url
        report = self._bridge.report
        # The network part runs on a work thread: the DB thread stays free for the POH.
        self.runner.db(lambda ws: ws.socialmap.plan_sync(url)).success(
            lambda plan: self._fetch(run, plan, accept_drop, report, token)
        ).failure(lambda exc: self._finish(run, None, exc)).run()
        self.started.emit(url)
        return True

    def _fetch(
        self, run: int, plan: SyncPlan, accept_drop: bool, report: Any, token: CancelToken
    ) -> None:
        if run != self._run:
            return
        self.runner.work(lambda: fetch_sync(plan, progress=report, cancel=token)).success(
            lambda fetched: self._apply(run, fetched, accept_drop, report, token)
        ).failure(lambda exc: self._finish(run, None, exc)).run()

    def _apply(
        self, run: int, fetched: Fetched, accept_drop: bool, report: Any, token: CancelToken
    ) -> None:
        if run != self._run:
            return

        def apply(ws: Workspace) -> Any:
            return ws.socialmap.apply_sync(
                fetched, accept_drop=accept_drop, progress=report, cancel=token
            )

        self.runner.db(apply).success(lambda result: self._finish(run, result, None)).failure(
            lambda exc: self._finish(run, None, exc)
        ).run()

    def _finish(self, run: int, result: Any, exc: BaseException | None) -> None:
        """Remember the outcome for the banner (DB thread), then report it."""
        self.runner.db(lambda ws: remember_outcome(ws, exc)).success(
            lambda _none: self._done(run, result, exc)
        ).failure(lambda _exc: self._done(run, result, exc)).run()

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def detach(self) -> None:
        """Cancel and forget the running sync (a lock): nothing of it reaches the screen."""
        self.cancel()
        self._token = None
        self._run += 1

    def _progress(self, value: Progress) -> None:
        if self._token is not None and not self._token.cancelled:
            self.progress.emit(value)

    def _done(self, run: int, result: Any, exc: BaseException | None) -> None:
        if run != self._run:
            return
        self._token = None
        if exc is None:
            self.succeeded.emit(result)
        elif (drop := held_drop(exc)) is not None:
            self.held.emit(*drop)
        else:
            self.failed.emit(exc)


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (clamped to the month's last day)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def is_old(built: datetime | None, months: int, today: date | None = None) -> bool:
    if built is None:
        return False
    return built.date() < months_before(today or date.today(), months)


def failure_counts(prefs: MapPrefs, built: datetime | None) -> bool:
    """A remembered failure still matters: no map was built after it."""
    if prefs.failed_at is None or not prefs.failed_kind:
        return False
    if built is None:
        return True
    stamp = built if built.tzinfo else built.replace(tzinfo=UTC)
    return prefs.failed_at >= stamp
