"""`ws.reports`: the anonymised practice report of a period, and its export; both audited."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

from pohsd.domain.enums import AuditAction, AuditOutcome
from pohsd.domain.errors import ValidationError
from pohsd.reports import export as report_export
from pohsd.reports.aggregate import build_raw
from pohsd.reports.model import Report
from pohsd.reports.suppress import protect
from pohsd.services.base import Context, utcnow
from pohsd.store.repo import practice as practice_repo


def _day(value: object, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(field, "date_format")
    return value


class ReportService:
    """Builds reports (one audit row each, no client ids) and exports them (one row each)."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def build(self, period_from: date, period_to: date, *, per_pc4: bool = False) -> Report:
        """The suppressed report of `period_from` … `period_to` (both days included).

        Raises:
            ValidationError: period_from / period_to (date_format), period_to (time_order) when
                the period ends before it starts.
        """
        start, end = _day(period_from, "period_from"), _day(period_to, "period_to")
        if end < start:
            raise ValidationError("period_to", "time_order")
        with self._ctx.transaction() as s:
            raw = build_raw(s, start, end, per_pc4=bool(per_pc4), now=utcnow())
            self._ctx.log(
                s, AuditAction.READ, "report.build", object_type="report",
                detail_code=f"{start.isoformat()}/{end.isoformat()}{';pc4' if per_pc4 else ''}",
                purpose="kwaliteit",
            )  # fmt: skip
        return protect(raw)

    def export(self, report: Report, dest: Path, fmt: str) -> Path:
        """Write the report as csv, json or pdf to `dest` (a file, or a folder to name it in).

        An existing file is replaced atomically. A failed write is audited and re-raised.

        Raises:
            ValidationError("format", "unknown_option"): not csv, json or pdf.
            OSError: the file could not be written.
        """
        if fmt not in report_export.FORMATS:
            raise ValidationError("format", "unknown_option")
        with self._ctx.transaction() as s:
            practice_name = practice_repo.get_practice(s).naam
        data = report_export.render(report, fmt, practice_name=practice_name)
        dest = Path(dest)
        path = dest / report_export.default_name(report, fmt) if dest.is_dir() else dest
        digest = hashlib.sha256(data).hexdigest()[:16]
        try:
            report_export.write(path, data)
        except OSError:
            self._log_export(fmt, "", AuditOutcome.FAILURE)
            raise
        self._log_export(fmt, digest, AuditOutcome.SUCCESS)
        return path

    def _log_export(self, fmt: str, digest: str, outcome: AuditOutcome) -> None:
        with self._ctx.transaction() as s:
            self._ctx.log(
                s, AuditAction.EXPORT, "report.export", object_type="report",
                detail_code=f"{fmt};{digest}" if digest else fmt, outcome=outcome,
                purpose="kwaliteit",
            )  # fmt: skip
