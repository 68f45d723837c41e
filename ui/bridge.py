"""Bridges from core results to Qt signals: what changed, and progress of long work."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from pohsd.domain.changes import Changes
from pohsd.domain.progress import Progress


class ChangeBridge(QObject):
    """One per window; every mutation's `Changes` pass through it.

    Signals:
        changed(Changes, object): what changed, and the initiator (or None).
    """

    changed = Signal(object, object)

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        self.changed.emit(changes, initiator)


class ProgressBridge(QObject):
    """Re-emits core progress callbacks on the GUI thread, at most 10 times a second.

    Signals:
        progress(Progress): the latest progress.
    """

    progress = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._last = 0.0

    def report(self, value: Progress) -> None:
        """Call from any thread; the queued signal carries it to the GUI thread."""
        now = time.monotonic()
        if now - self._last >= 0.1 or value.done >= value.total:
            self._last = now
            self.progress.emit(value)
