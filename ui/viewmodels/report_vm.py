"""Rapportage view-model: period presets, building the report and exporting it on the DB thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pohsd.reports.model import Report
from PySide6.QtCore import QObject, Signal

from ui.tasks import TaskRunner

PRESETS = ("dit_kwartaal", "vorig_kwartaal", "dit_jaar")


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """The first and last day of "dit kwartaal", "vorig kwartaal" or "dit jaar"."""
    if preset == "dit_jaar":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    start = quarter_start(today)
    if preset == "vorig_kwartaal":
        start = (
            date(start.year - 1, 10, 1)
            if start.month == 1
            else date(start.year, start.month - 3, 1)
        )
    elif preset != "dit_kwartaal":
        raise ValueError(preset)
    end_month = start.month + 2
    following = (
        date(start.year + 1, 1, 1) if end_month == 12 else date(start.year, end_month + 1, 1)
    )
    return start, date.fromordinal(following.toordinal() - 1)


class ReportViewModel(QObject):
    """Builds and exports the practice report; never touches a widget.

    Signals:
        report_changed(object): the new Report, or None after clear().
        busy_changed(bool): a build or export started (True) or ended (False).
        failed(object): the exception of a failed build or export.
        exported(str): the path written.
    """

    report_changed = Signal(object)
    busy_changed = Signal(bool)
    failed = Signal(object)
    exported = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._generation = 0
        self.report: Report | None = None

    def build(self, period_from: date, period_to: date, per_pc4: bool) -> None:
        self._generation += 1
        generation = self._generation
        self.busy_changed.emit(True)
        self._runner.db(
            lambda ws: ws.reports.build(period_from, period_to, per_pc4=per_pc4)
        ).success(lambda report: self._built(generation, report)).failure(
            lambda exc: self._failed(generation, exc)
        ).run()

    def export(self, path: Path, fmt: str) -> None:
        report = self.report
        if report is None:
            return
        generation = self._generation
        self.busy_changed.emit(True)
        self._runner.db(lambda ws: ws.reports.export(report, path, fmt)).success(
            lambda written: self._written(generation, written)
        ).failure(lambda exc: self._failed(generation, exc)).run()

    def clear(self) -> None:
        """Forget the report (lock); late results of earlier tasks are dropped."""
        self._generation += 1
        self.report = None
        self.report_changed.emit(None)
        self.busy_changed.emit(False)

    def _built(self, generation: int, report: Report) -> None:
        if generation != self._generation:
            return
        self.report = report
        self.busy_changed.emit(False)
        self.report_changed.emit(report)

    def _written(self, generation: int, path: Path) -> None:
        if generation != self._generation:
            return
        self.busy_changed.emit(False)
        self.exported.emit(str(path))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy_changed.emit(False)
        self.failed.emit(exc)
