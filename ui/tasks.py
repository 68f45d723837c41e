"""TaskRunner: one DB thread that owns the Workspace, two work threads, results on the GUI thread.

Usage (Anki's CollectionOp):
    runner.db(lambda ws: ws.clients.search(text)).success(show).failure(show_error).run()
    runner.work(lambda: derive_keys(...)).success(...).run()

Callbacks always run on the GUI thread. A DbOp while no workspace is open fails with LOCKED.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from pohsd.domain.errors import ErrorCode, PohsdError

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Dispatcher(QObject):
    """Lives on the GUI thread; queued signal delivery moves callbacks there."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()


class Op(Generic[T]):
    def __init__(self, runner: TaskRunner, fn: Callable[[], T], on_db: bool) -> None:
        self._runner = runner
        self._fn = fn
        self._on_db = on_db
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, cb: Callable[[T], None]) -> Op[T]:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op[T]:
        self._failure = cb
        return self

    def run(self) -> Future[T]:
        return self._runner._submit(self)


class TaskRunner(QObject):
    """Owns the executors and the open Workspace (touched only on the DB thread).

    Signals:
        busy_changed(bool): True while any task is queued or running.
        unhandled(object): an exception that no failure callback took.
    """

    busy_changed = Signal(bool)
    unhandled = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pohsd-db")
        self._work = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pohsd-work")
        self._dispatcher = _Dispatcher()
        self._workspace: Workspace | None = None
        self._pending = 0
        self._lock = threading.Lock()

    # -- the workspace lives on the DB thread ---------------------------------------------------

    def db(self, fn: Callable[[Workspace], T]) -> Op[T]:
        def call() -> T:
            if self._workspace is None or self._workspace.closed:
                raise PohsdError(ErrorCode.LOCKED)
            return fn(self._workspace)

        return Op(self, call, on_db=True)

    def db_raw(self, fn: Callable[[], T]) -> Op[T]:
        """Run on the DB thread without needing an open workspace (opening, creating)."""
        return Op(self, fn, on_db=True)

    def work(self, fn: Callable[[], T]) -> Op[T]:
        return Op(self, fn, on_db=False)

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Call only from the DB thread (inside a db_raw op)."""
        self._workspace = workspace

    @property
    def has_workspace(self) -> bool:
        return self._workspace is not None and not self._workspace.closed

    def close_workspace(self, event: str = "session.lock") -> Future[None]:
        """Queue: audit the lock, dispose the engine, zero the key."""

        def close() -> None:
            ws, self._workspace = self._workspace, None
            if ws is not None:
                ws.close(event=event)

        return self._db.submit(close)

    def shutdown(self) -> None:
        """Stop the executors and close the workspace before the interpreter exits."""
        self.close_workspace("session.logout")
        self._db.shutdown(wait=True, cancel_futures=False)
        self._work.shutdown(wait=True, cancel_futures=True)

    # -- plumbing -------------------------------------------------------------------------------

    def _submit(self, op: Op[Any]) -> Future[Any]:
        executor = self._db if op._on_db else self._work
        self._change_pending(+1)
        future = executor.submit(op._fn)
        future.add_done_callback(lambda f: self._dispatcher.deliver.emit(lambda: self._done(op, f)))
        return future

    def _done(self, op: Op[Any], future: Future[Any]) -> None:
        self._change_pending(-1)
        exc = future.exception()
        if exc is None:
            if op._success is not None:
                op._success(future.result())
        elif op._failure is not None:
            op._failure(exc)
        else:
            if not isinstance(exc, PohsdError):
                log.error("unhandled task error", exc_info=exc)
            self.unhandled.emit(exc)

    def _change_pending(self, delta: int) -> None:
        with self._lock:
            before = self._pending
            self._pending += delta
            after = self._pending
        if (before == 0) != (after == 0):
            self.busy_changed.emit(after > 0)
