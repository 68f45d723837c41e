"""Signals of one open intake (spec §5): record raised ones, actions, closing, "later" timers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from pohsd.domain.changes import Changes
from pohsd.domain.intake import SignalRecord
from pohsd.domain.questionnaire import Questionnaire
from pohsd.intake.signalen import ActiveSignal
from PySide6.QtCore import QObject, QTimer, Signal

from ui.bridge import ChangeBridge
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace

LATER_MS = 15 * 60 * 1000
MANUAL_TRIGGER = "handmatig"


class SignalTracker(QObject):
    """Keeps the recorded signals of the open intake and talks to `ws.intakes` about them.

    A signal the evaluation raises that is not yet recorded for this intake is recorded once
    (`raise_signal`) and announced with `raised`, which opens the interrupting dialog.

    Signals:
        changed(): the list of recorded signals changed.
        raised(object): a newly recorded SignalRecord (open its dialog).
        due(str): the "Later in dit gesprek" wait of this signal row id is over.
        updated(str): an action or closure of this signal row id was stored.
        failed(str, object): storing for this signal row id (or signal id) failed.
    """

    changed = Signal()
    raised = Signal(object)
    due = Signal(str)
    updated = Signal(str)
    failed = Signal(str, object)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        parent: QObject | None = None,
        *,
        later_ms: int = LATER_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bridge = bridge
        self.later_ms = later_ms
        self._intake_id: str | None = None
        self._records: dict[str, SignalRecord] = {}
        self._raising: set[str] = set()
        self._later: dict[str, QTimer] = {}
        self._generation = 0

    # -- state ------------------------------------------------------------------------------

    def reset(self, intake_id: str | None, records: Iterable[SignalRecord] = ()) -> None:
        self._generation += 1
        for timer in self._later.values():
            timer.stop()
            timer.deleteLater()
        self._later.clear()
        self._raising.clear()
        self._intake_id = intake_id
        self._records = {r.id: r for r in records}
        self.changed.emit()

    @property
    def records(self) -> list[SignalRecord]:
        return list(self._records.values())

    def record(self, row_id: str) -> SignalRecord | None:
        return self._records.get(row_id)

    @property
    def open_records(self) -> list[SignalRecord]:
        return [r for r in self._records.values() if r.is_open]

    def waiting(self, row_id: str) -> bool:
        """True while the signal waits for its "later" moment."""
        timer = self._later.get(row_id)
        return timer is not None and timer.isActive()

    # -- raising ----------------------------------------------------------------------------

    def raise_new(self, active: Iterable[ActiveSignal]) -> None:
        """Record every active signal this intake has not recorded yet (each one only once)."""
        known = {r.signal_id for r in self._records.values()} | self._raising
        for signal in active:
            if signal.id not in known:
                trigger = ",".join(signal.triggers)[:120] or MANUAL_TRIGGER
                self._raise(signal.id, trigger, signal.urgency.value)

    def raise_manual(self, q: Questionnaire, signal_id: str) -> None:
        """Signaal toevoegen: a signal by hand, with the signal's own urgency."""
        self._raise(signal_id, MANUAL_TRIGGER, q.signal(signal_id).urgency.value)

    def _raise(self, signal_id: str, trigger: str, urgency: str) -> None:
        intake_id = self._intake_id
        if intake_id is None:
            return
        self._raising.add(signal_id)
        generation = self._generation
        self._run(
            lambda ws: ws.intakes.raise_signal(intake_id, signal_id, trigger, urgency),
            lambda result: self._on_raised(generation, signal_id, result),
            signal_id,
        )

    def _on_raised(
        self, generation: int, signal_id: str, result: tuple[SignalRecord, Changes]
    ) -> None:
        self._raising.discard(signal_id)
        if generation != self._generation:
            return
        record, _changes = result
        self._records[record.id] = record
        self._bridge.publish(Changes(audit=True), self)
        self.changed.emit()
        self.raised.emit(record)

    # -- the dialog's three ways out ---------------------------------------------------------

    def record_action(self, row_id: str, text: str, *, close: bool = False) -> None:
        """Actie vastleggen, optionally followed by Afgehandeld."""

        def store(ws: Workspace) -> SignalRecord:
            record, _changes = ws.intakes.add_signal_action(row_id, text)
            if close:
                record, _changes = ws.intakes.close_signal(row_id, "afgehandeld", "")
            return record

        self._stop_later(row_id)
        self._run(store, self._stored_callback(), row_id)

    def dismiss(self, row_id: str, reason: str) -> None:
        """Onterecht, with a required reason (the service refuses an empty one)."""
        self._stop_later(row_id)
        self._run(
            lambda ws: ws.intakes.close_signal(row_id, "onterecht", reason)[0],
            self._stored_callback(),
            row_id,
        )

    def later(self, row_id: str) -> None:
        """Later in dit gesprek (15 min): the dialog comes back after `later_ms`."""
        self._stop_later(row_id)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(self.later_ms)
        timer.timeout.connect(lambda: self._on_due(row_id))
        self._later[row_id] = timer
        timer.start()

    def _on_due(self, row_id: str) -> None:
        record = self._records.get(row_id)
        if record is not None and record.is_open:
            self.due.emit(row_id)

    def _stop_later(self, row_id: str) -> None:
        timer = self._later.pop(row_id, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()

    def _stored_callback(self) -> Callable[[SignalRecord], None]:
        generation = self._generation

        def stored(record: SignalRecord) -> None:
            if generation != self._generation:
                return
            self._records[record.id] = record
            self._bridge.publish(Changes(audit=True), self)
            self.changed.emit()
            self.updated.emit(record.id)

        return stored

    def _run(self, fn: Callable[[Workspace], Any], done: Callable[[Any], None], key: str) -> None:
        generation = self._generation

        def fail(exc: BaseException) -> None:
            self._raising.discard(key)
            if generation == self._generation:
                self.failed.emit(key, exc)

        self._runner.db(fn).success(done).failure(fail).run()
