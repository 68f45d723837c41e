"""Rapportage: pick a period, build the anonymised report (DB thread), show cards, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget
from typing_extensions import override

from pohsd.domain.errors import ValidationError
from pohsd.reports.model import TOTAL_KEY, Cell, Report, Table
from ui.messages import error_text
from ui.models.report_table_model import ReportTableModel
from ui.tasks import TaskRunner
from ui.viewmodels.report_vm import ReportViewModel, preset_period
from ui.views.report_view import ReportView
from ui.widgets.date_edit import DateEdit, format_date_nl
from ui.widgets.report_charts import BarChart, ChartRow

#: Tables whose chart stacks the row's cells (a legend names the columns).
STACKED = ("leefgebieden", "signalen", "verandering")
WIDE = 1100  # px: from here on the cards stand two side by side
FIGURE_CARDS = ("aandeel_sociale_basis", "aandeel_specialistisch", "dagen_tot_start")


class ReportPage(QWidget):
    """Controller of the Rapportage screen (page of the main window)."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ReportPage", text)

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._today = today
        self.vm = ReportViewModel(runner, self)
        self.view = ReportView(DateEdit, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.date_from: DateEdit = self.view.from_field  # type: ignore[assignment]
        self.date_from.setObjectName("reportFrom")
        self.date_from.setAccessibleName(self.tr("Eerste dag van de periode"))
        self.date_to: DateEdit = self.view.to_field  # type: ignore[assignment]
        self.date_to.setObjectName("reportTo")
        self.date_to.setAccessibleName(self.tr("Laatste dag van de periode"))
        self.models: dict[str, ReportTableModel] = {}
        self.charts: dict[str, BarChart] = {}
        self._card_widgets: list[QWidget] = []
        self._table_cards: list[QWidget] = []
        self._columns = 0
        self._choose("dit_kwartaal")
        v = self.view
        v.this_quarter.clicked.connect(lambda: self._choose("dit_kwartaal"))
        v.last_quarter.clicked.connect(lambda: self._choose("vorig_kwartaal"))
        v.this_year.clicked.connect(lambda: self._choose("dit_jaar"))
        v.build_button.clicked.connect(self.build)
        v.export_button.clicked.connect(self.export)
        self.date_from.returnPressed.connect(self.build)
        self.date_to.returnPressed.connect(self.build)
        self.vm.report_changed.connect(self._show)
        self.vm.busy_changed.connect(self._busy)
        self.vm.failed.connect(self._failed)
        self.vm.exported.connect(self._exported)

    # ---- Page protocol -------------------------------------------------------------------------

    def clear(self) -> None:
        """Drop the report (on lock)."""
        self.vm.clear()
        self.view.status.clear()
        self.view.error.hide()

    def refresh(self) -> None:
        """A report is built on request only."""

    # ---- actions -------------------------------------------------------------------------------

    def _choose(self, preset: str) -> None:
        start, end = preset_period(preset, self._today or date.today())
        self.date_from.set_date(start)
        self.date_to.set_date(end)

    def build(self) -> None:
        self.view.error.hide()
        try:
            start = self.date_from.date_value("period_from")
            end = self.date_to.date_value("period_to")
            if start is None:
                raise ValidationError("period_from", "required")
            if end is None:
                raise ValidationError("period_to", "required")
        except ValidationError as exc:
            self._failed(exc)
            (self.date_from if exc.field == "period_from" else self.date_to).setFocus()
            return
        self.view.status.setText(self.tr("Rapport wordt gemaakt…"))
        self.vm.build(start, end, self.view.per_pc4.isChecked())

    def export(self) -> None:
        report = self.vm.report
        if report is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"rapportage_{report.period_from.isoformat()}_{report.period_to.isoformat()}"
        csv_filter, pdf_filter = self.tr("CSV voor Excel (*.csv)"), self.tr("PDF (*.pdf)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Rapport exporteren"), str(Path(folder) / f"{name}.csv"),
            f"{csv_filter};;{pdf_filter}",
        )  # fmt: skip
        if not path:
            return
        fmt = "pdf" if chosen == pdf_filter or path.lower().endswith(".pdf") else "csv"
        if not path.lower().endswith(f".{fmt}"):
            path = f"{path}.{fmt}"
        self.vm.export(Path(path), fmt)

    # ---- results -------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.view.build_button.setEnabled(not busy)
        self.view.export_button.setEnabled(not busy and self.vm.report is not None)

    def _failed(self, exc: BaseException) -> None:
        self.view.status.clear()
        self.view.error.setText(error_text(exc))
        self.view.error.show()

    def _exported(self, path: str) -> None:
        self.view.status.setText(self.tr("Geëxporteerd naar %1").replace("%1", Path(path).name))

    def _show(self, report: Report | None) -> None:
        for widget in self._card_widgets:
            widget.setParent(None)
            widget.deleteLater()
        self._card_widgets.clear()
        self.models.clear()
        self.charts.clear()
        self.view.empty.setVisible(report is None)
        self.view.export_button.setEnabled(report is not None)
        if report is None:
            return
        period = f"{format_date_nl(report.period_from)} t/m {format_date_nl(report.period_to)}"
        self.view.status.setText(self.tr("Rapport over %1").replace("%1", period))
        for key in FIGURE_CARDS:
            figure = report.figure(key)
            card = self.view.big_number(key, figure.text, figure.label)
            if figure.value is None:
                card.setToolTip(self.tr("Te weinig verwijzingen om dit te tonen (minder dan 5)."))
            self.view.figures.addWidget(card)
            self._card_widgets.append(card)
        self._table_cards = []
        for table in report.tables:
            card = self._card(table, report.per_pc4)
            self._table_cards.append(card)
            self._card_widgets.append(card)
        self._columns = 0
        self._arrange()

    def _arrange(self) -> None:
        """Two columns of cards, or one when the page is narrow (150 % scaling, 1366×768)."""
        columns = 2 if self.width() >= WIDE else 1
        if columns == self._columns:
            return
        self._columns = columns
        for card in self._table_cards:
            self.view.cards.removeWidget(card)
        for n, card in enumerate(self._table_cards):
            self.view.cards.addWidget(card, n // columns, n % columns)
        self.view.cards.setColumnStretch(1, 1 if columns == 2 else 0)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget.resizeEvent: re-flow the cards."""
        super().resizeEvent(event)
        self._arrange()

    def _card(self, table: Table, per_pc4: bool) -> QWidget:
        frame, layout = self.view.card(table.key, table.title, table.note)
        if not table.row_keys:
            empty = QLabel(self.tr("Geen gegevens in deze periode."), frame)
            empty.setProperty("role", "hint")
            layout.addWidget(empty)
            layout.addStretch(1)
            return frame
        chart = BarChart(frame)
        chart.setObjectName(f"reportChart_{table.key}")
        chart.setAccessibleName(table.title)
        rows, legend = self._chart_rows(table, per_pc4)
        chart.set_rows(rows, legend)
        layout.addWidget(chart)
        model = ReportTableModel(table, frame)
        layout.addWidget(self.view.table(table.key, frame, table.title, model))
        layout.addStretch(1)
        self.models[table.key] = model
        self.charts[table.key] = chart
        return frame

    @staticmethod
    def _chart_rows(table: Table, per_pc4: bool) -> tuple[list[ChartRow], list[str]]:
        if table.key == "verwijzingen_toegang":  # one stacked bar: the toegang mix
            segments = tuple(table.row_value(r) for r in table.row_keys)
            total = _total(table)
            return [ChartRow("", segments, total)], list(table.row_labels)
        if table.key in STACKED and not per_pc4:
            rows = [
                ChartRow(label, table.cells[r], table.cell(table.row_keys[r], TOTAL_KEY))
                for r, label in enumerate(table.row_labels)
            ]
            return rows, list(table.col_labels)
        return [
            ChartRow(label, (table.row_value(key),))
            for key, label in zip(table.row_keys, table.row_labels, strict=True)
        ], []


def _total(table: Table) -> Cell:
    if table.grand_total is not None:
        return table.grand_total
    if table.col_totals is not None:
        return table.col_totals[0]
    return Cell(None, "hidden")
