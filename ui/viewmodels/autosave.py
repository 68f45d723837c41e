"""Autosave of intake drafts: a 1.5 s debounce with a 1.5 s cap, sent through the DB thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ui.tasks import TaskRunner

DEBOUNCE_MS = 1500
#: Typing without a pause still saves at least this often (at most ~1.5 s of typing is lost).
MAX_WAIT_MS = 1500

DraftValue = tuple[object | None, str]


class DraftSaver(QObject):
    """Collects changed answers in memory and upserts them as drafts (`ws.intakes.save_drafts`).

    Every change restarts a single-shot debounce; a second timer that is not restarted caps
    the wait, so continuous typing is saved too. `flush()` sends at once (focus-out, window
    deactivation, navigation, lock). The GUI never waits: the DB thread does the work and the
    DB executor keeps the order, so a flush queued before a lock is written before it.

    Signals:
        saved(datetime): drafts were stored at this (UTC) moment.
        failed(object): the exception of a failed save; the changes stay pending.
    """

    saved = Signal(object)
    failed = Signal(object)

    def __init__(
        self, runner: TaskRunner, parent: QObject | None = None, *, delay_ms: int = DEBOUNCE_MS
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._intake_id: str | None = None
        self._pending: dict[str, DraftValue] = {}
        self._generation = 0
        self._in_flight = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(delay_ms)
        self._debounce.timeout.connect(self.flush)
        self._cap = QTimer(self)
        self._cap.setSingleShot(True)
        self._cap.setInterval(min(delay_ms, MAX_WAIT_MS))
        self._cap.timeout.connect(self.flush)
        self.before_flush: Callable[[], None] | None = None

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    @property
    def busy(self) -> bool:
        """True while a save is on its way to the database."""
        return self._in_flight > 0

    def bind(self, intake_id: str | None) -> None:
        """Save for this intake from now on (pending changes of another intake are sent first)."""
        if intake_id != self._intake_id:
            self.flush()
        self._intake_id = intake_id

    def put(self, key: str, value: object | None, state: str) -> None:
        """Remember one change (question id or "meta.notes") and (re)start the wait."""
        if self._intake_id is None:
            return
        self._pending[key] = (value, state)
        self._debounce.start()
        if not self._cap.isActive():
            self._cap.start()

    @Slot()
    def flush(self) -> None:
        """Send what is pending now; does nothing when nothing changed."""
        self._debounce.stop()
        self._cap.stop()
        if self.before_flush is not None:
            self.before_flush()
        if not self._pending or self._intake_id is None:
            return
        batch, self._pending = self._pending, {}
        intake_id, generation = self._intake_id, self._generation
        self._in_flight += 1
        self._runner.db(lambda ws: ws.intakes.save_drafts(intake_id, batch)).success(
            lambda at: self._done(generation, at)
        ).failure(lambda exc: self._fail(generation, batch, exc)).run()

    def clear(self) -> None:
        """Forget everything pending (after a flush on lock) and ignore results on their way."""
        self._debounce.stop()
        self._cap.stop()
        self._pending = {}
        self._intake_id = None
        self._generation += 1

    def _done(self, generation: int, at: datetime) -> None:
        self._in_flight -= 1
        if generation == self._generation:
            self.saved.emit(at)

    def _fail(self, generation: int, batch: dict[str, DraftValue], exc: BaseException) -> None:
        self._in_flight -= 1
        if generation != self._generation:
            return
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        if isinstance(exc, ValidationError):
            batch = {k: v for k, v in batch.items() if k != exc.field}  # never retried
        for key, value in batch.items():
            self._pending.setdefault(key, value)  # newer changes win
        self.failed.emit(exc)
