"""View-model of the sociale-kaart suggestions in the intake's plan part."""

from __future__ import annotations

from collections.abc import Callable

from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.socialmap.suggest import Suggestion
from PySide6.QtCore import QObject, Signal

from ui.messages import error_text
from ui.tasks import TaskRunner

MAX_SHOWN = 12


class SuggestionsViewModel(QObject):
    """Asks ws.socialmap.suggest for one intake, after the pending answers are stored.

    Signals:
        loaded(list): the suggestions (best first), possibly empty.
        no_map(): there is no sociale kaart yet.
        failed(str): a Dutch sentence.
        busy(bool): a request is running.
    """

    loaded = Signal(list)
    no_map = Signal()
    failed = Signal(str)
    busy = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._generation = 0
        self.suggestions: list[Suggestion] = []

    def load(
        self, client_id: str, intake_id: str, *, flush: Callable[[], None] | None = None
    ) -> None:
        """Fetch suggestions; `flush` first queues unsaved answers so they count too."""
        self._generation += 1
        generation = self._generation
        if flush is not None:
            flush()  # queued on the same DB thread, so it lands before the read below
        self.busy.emit(True)
        self._runner.db(
            lambda ws: ws.socialmap.suggest(client_id, intake_id, limit=MAX_SHOWN)
        ).success(lambda found: self._done(generation, found)).failure(
            lambda exc: self._fail(generation, exc)
        ).run()

    def cancel(self) -> None:
        """Forget a running request (the panel is going away)."""
        self._generation += 1

    def _done(self, generation: int, found: list[Suggestion]) -> None:
        if generation != self._generation:
            return
        self.suggestions = list(found)
        self.busy.emit(False)
        self.loaded.emit(self.suggestions)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy.emit(False)
        self.suggestions = []
        missing = isinstance(exc, PohsdError) and exc.code == ErrorCode.NOT_FOUND
        if missing and exc.params.get("what") == "socialmap":
            self.no_map.emit()
            return
        if isinstance(exc, ValidationError) and exc.rule == "no_intake":
            self.loaded.emit([])
            return
        self.failed.emit(error_text(exc))
