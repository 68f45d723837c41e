"""Eigen aanbod view-model: list, load, save, retire/reactivate and export on the DB thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pohsd.domain.errors import ValidationError
from pohsd.domain.own_service import OwnServiceInput
from PySide6.QtCore import QObject, Signal

from ui.tasks import TaskRunner


def own_ids(ws: Any) -> set[str]:
    """On the DB thread: the ids of all own entries (for the "eigen" mark)."""
    return set(ws.socialmap.own.ids())


def service_with_own(ws: Any, service_id: str) -> dict[str, Any]:
    """On the DB thread: the service's HSDS dict, with `own` telling whether it is eigen aanbod."""
    data = dict(ws.socialmap.service(service_id))
    data["own"] = service_id in own_ids(ws)
    return data


class OwnServicesViewModel(QObject):
    """One per page/dialog; results of a closed owner are dropped.

    Signals:
        listed(list): all own entries (OwnService), retired ones included.
        loaded(object): one OwnService, for editing.
        saved(str): the id of the stored entry.
        changed(str, bool): an entry was retired (False) or offered again (True).
        exported(object): the Path of the written .zip.
        invalid(str, str): a ValidationError's field and rule (nothing was stored).
        error(object): any other failure.
        busy_changed(bool)
    """

    listed = Signal(list)
    loaded = Signal(object)
    saved = Signal(str)
    changed = Signal(str, bool)
    exported = Signal(object)
    invalid = Signal(str, str)
    error = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.busy = False
        self._epoch = 0

    def close(self) -> None:
        """Results still on the way are ignored from now on."""
        self._epoch += 1
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)

    def _run(self, fn: Any, done: Any) -> None:
        epoch = self._epoch
        self._set_busy(True)

        def ok(result: Any) -> None:
            if epoch == self._epoch:
                self._set_busy(False)
                done(result)

        def failed(exc: BaseException) -> None:
            if epoch != self._epoch:
                return
            self._set_busy(False)
            if isinstance(exc, ValidationError):
                self.invalid.emit(exc.field, exc.rule)
            else:
                self.error.emit(exc)

        self.runner.db(fn).success(ok).failure(failed).run()

    def load_list(self) -> None:
        self._run(lambda ws: list(ws.socialmap.own.list(include_retired=True)), self.listed.emit)

    def load(self, service_id: str) -> None:
        self._run(lambda ws: ws.socialmap.own.get(service_id), self.loaded.emit)

    def save(self, data: OwnServiceInput, service_id: str | None = None) -> None:
        self._run(lambda ws: str(ws.socialmap.own.save(data, service_id)), self.saved.emit)

    def set_offered(self, service_id: str, offered: bool) -> None:
        def change(ws: Any) -> None:
            if offered:
                ws.socialmap.own.reactivate(service_id)
            else:
                ws.socialmap.own.retire(service_id)

        self._run(change, lambda _r: self.changed.emit(service_id, offered))

    def export(self, target: Path) -> None:
        self._run(lambda ws: Path(ws.socialmap.own.export_package(target)), self.exported.emit)

    def invalid_input(self, exc: ValidationError) -> None:
        """A check in the dialog itself (before the core) reports like the core does."""
        self.invalid.emit(exc.field, exc.rule)
