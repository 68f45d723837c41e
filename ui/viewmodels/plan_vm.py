"""View-model of the client's plan (`ws.plan`): load, and save after a pause like autosave."""

from __future__ import annotations

from collections.abc import Sequence

from pohsd.domain.changes import Changes
from pohsd.domain.errors import ValidationError
from pohsd.domain.intake import Goal, Plan
from PySide6.QtCore import QObject, QTimer, Signal

from ui.bridge import ChangeBridge
from ui.tasks import TaskRunner
from ui.viewmodels.autosave import DEBOUNCE_MS


class PlanViewModel(QObject):
    """The plan of one client. Edits are kept here and stored 1.5 s after the last one.

    Signals:
        loaded(object): the stored Plan.
        saved(object): the Plan as stored (new goals now have ids).
        invalid(str, str): field path (e.g. "goals[0].actions[1].wat") and rule.
        error(object): any other failure.
    """

    loaded = Signal(object)
    saved = Signal(object)
    invalid = Signal(str, str)
    error = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        parent: QObject | None = None,
        *,
        delay_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bridge = bridge
        self._client_id: str | None = None
        self._pending: tuple[tuple[Goal, ...], str] | None = None
        self._generation = 0
        self.plan: Plan | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    def load(self, client_id: str) -> None:
        self.clear()
        self._client_id = client_id
        generation = self._generation
        self._runner.db(lambda ws: ws.plan.get(client_id)).success(
            lambda plan: self._on_loaded(generation, plan)
        ).failure(lambda exc: self._fail(generation, exc)).run()

    def set_plan(self, goals: Sequence[Goal], question_to_gp: str) -> None:
        """Remember the edited plan; it is stored after the pause (or on `flush`)."""
        if self._client_id is None:
            return
        self._pending = (tuple(goals), question_to_gp)
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._pending is None or self._client_id is None:
            return
        (goals, question), self._pending = self._pending, None
        client_id, generation = self._client_id, self._generation
        self._runner.db(lambda ws: ws.plan.save(client_id, goals, question)).success(
            lambda result: self._on_saved(generation, result)
        ).failure(lambda exc: self._fail(generation, exc)).run()

    def clear(self) -> None:
        self._timer.stop()
        self._generation += 1
        self._pending = None
        self._client_id = None
        self.plan = None

    def _on_loaded(self, generation: int, plan: Plan) -> None:
        if generation == self._generation:
            self.plan = plan
            self.loaded.emit(plan)

    def _on_saved(self, generation: int, result: tuple[Plan, Changes]) -> None:
        if generation != self._generation:
            return
        self.plan, changes = result
        self._bridge.publish(Changes(audit=changes.audit), self)
        self.saved.emit(self.plan)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, ValidationError):
            self.invalid.emit(exc.field, exc.rule)
        else:
            self.error.emit(exc)
