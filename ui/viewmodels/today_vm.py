"""View-model of Vandaag: loads the worklist when shown, after changes, and at midnight."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from pohsd.domain.changes import Changes
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ui.bridge import ChangeBridge
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the workspace is only touched on the DB thread
    from pohsd.services.worklist import Worklist
    from pohsd.workspace import Workspace

#: A little past midnight, so the new day has surely begun on the clock.
MIDNIGHT_SLACK_MS = 5_000


def ms_until_midnight(now: datetime | None = None) -> int:
    """Milliseconds from `now` (local time) to the next midnight, plus a small slack."""
    now = now or datetime.now()
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    return int((tomorrow - now).total_seconds() * 1000) + MIDNIGHT_SLACK_MS


class TodayViewModel(QObject):
    """Fetches `ws.worklist.today()`; every fetch is one audited read, so only when shown.

    A change published while the page is hidden marks it stale; showing it loads again.

    Signals:
        loaded(object): the Worklist.
        error(object): the load failed.
        day_changed(): midnight passed (the heading shows a new date).
    """

    loaded = Signal(object)
    error = Signal(object)
    day_changed = Signal()

    def __init__(self, runner: TaskRunner, bridge: ChangeBridge, parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self._generation = 0
        self._active = False  # unlocked: a workspace to read from
        self._shown = False
        self._stale = True
        self._loading = False
        self.day = date.today()
        self.midnight = QTimer(self)
        self.midnight.setObjectName("todayMidnightTimer")
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self._midnight)
        bridge.changed.connect(self._on_changed)

    # -- lifecycle ---------------------------------------------------------------------------

    def activate(self) -> None:
        """After unlocking: load now if the page is on screen, else when it is shown."""
        self._active = True
        self._stale = True
        self._arm_midnight()
        if self._shown:
            self.reload()

    def clear(self) -> None:
        """Lock: results still on the way are dropped; nothing loads until `activate`."""
        self._generation += 1
        self._active = False
        self._loading = False
        self._stale = True
        self.midnight.stop()

    def set_shown(self, shown: bool) -> None:
        self._shown = shown
        if shown and self._active and (self._stale or self.day != date.today()):
            self.reload()

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        if not self._active:
            return
        self._generation += 1
        generation = self._generation
        self._stale = False
        self._loading = True
        self.day = date.today()
        day = self.day

        def fetch(ws: Workspace) -> Worklist:
            return ws.worklist.today(day)

        self._runner.db(fetch).success(lambda w: self._on_loaded(generation, w)).failure(
            lambda exc: self._on_failed(generation, exc)
        ).run()

    @property
    def loading(self) -> bool:
        return self._loading

    def _on_loaded(self, generation: int, worklist: Worklist) -> None:
        if generation != self._generation or not self._active:
            return
        self._loading = False
        self.loaded.emit(worklist)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not self._active:
            return
        self._loading = False
        self._stale = True
        self.error.emit(exc)

    @Slot(object, object)
    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if not self._active or not (changes.clients or changes.practice):
            return
        if self._shown:
            self.reload()
        else:
            self._stale = True  # one audited read when the POH looks, not one per keystroke

    # -- the date ----------------------------------------------------------------------------

    def _arm_midnight(self) -> None:
        self.midnight.start(ms_until_midnight())

    def _midnight(self) -> None:
        if not self._active:
            return
        self._arm_midnight()
        self.day_changed.emit()
        if self._shown:
            self.reload()
        else:
            self._stale = True
