"""Uitkomsten tab controller: loads when shown, fills charts, table and web; clears on lock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from pohsd.domain.changes import Changes
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.intake.outcomes import OutcomePoint, OutcomeTimeline
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.models.client_list_model import format_date
from ui.models.intake_models import ChangeTableModel
from ui.models.outcomes_model import OutcomeTableModel, djg_band_text
from ui.tasks import TaskRunner
from ui.viewmodels.outcomes_vm import Outcomes, OutcomesViewModel
from ui.views.outcomes_view import OutcomesTabView, fit_table
from ui.widgets.outcome_charts import LonelinessStrip, OutcomeLineChart
from ui.widgets.radar import RadarPanel


def _djg(point: OutcomePoint) -> str:
    return f"{point.djg_total} · {djg_band_text(point.djg_band)}"


class OutcomesTab(QObject):
    """Fills the Uitkomsten tab of the open client.

    The data is read (one audited read) only when the tab is on screen; a change published
    while it is hidden marks it stale, and it reloads the next time it is shown.
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("OutcomesTab", text)

    def __init__(
        self, runner: TaskRunner, bridge: ChangeBridge, view: OutcomesTabView, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.vm = OutcomesViewModel(runner, self)
        self._client_id: str | None = None
        self._stale = False
        self.model = OutcomeTableModel(self)
        view.table.setModel(self.model)
        self.change_model = ChangeTableModel(self)
        view.changes.setModel(self.change_model)
        self.chart = OutcomeLineChart(view.content)
        view.chart_slot.addWidget(self.chart)
        self.loneliness = LonelinessStrip(view.content)
        view.loneliness_slot.addWidget(self.loneliness)
        self.radar = RadarPanel(view.change_section, buttons=False, stacked=True)
        self.radar.setMinimumWidth(320)
        view.change_row.insertWidget(0, self.radar, 2)
        view.shown.connect(self._on_shown)
        bridge.changed.connect(self._on_changed)
        self.vm.loaded.connect(self._on_loaded)
        self.vm.error.connect(self._on_error)

    # -- public API -------------------------------------------------------------------------

    def load(self, client_id: str) -> None:
        """A record was opened: read its outcomes now if the tab is shown, else when it is."""
        self.clear()
        self._client_id = client_id
        self._stale = True
        if self.view.isVisible():
            self._fetch()

    def clear(self) -> None:
        """Lock or leaving the record: drop every number from the models and the charts."""
        self.vm.clear()
        self._client_id = None
        self._stale = False
        self.model.clear()
        self.change_model.clear()
        self.chart.set_timeline(None)
        self.loneliness.set_timeline(None)
        self.radar.set_data(None)
        self.view.clear_values()

    # -- loading ----------------------------------------------------------------------------

    def _on_shown(self) -> None:
        if self._stale:
            self._fetch()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.clients and self._client_id is not None:
            self._stale = True
            if self.view.isVisible():
                self._fetch()

    def _fetch(self) -> None:
        if self._client_id is None:
            return
        self._stale = False
        self.view.error.hide()
        self.vm.load(self._client_id)

    def _on_loaded(self, outcomes: Outcomes) -> None:
        timeline = outcomes.timeline
        view = self.view
        view.show_empty(len(timeline.points) < 2)
        self.model.set_timeline(timeline)
        fit_table(view.table)
        self.chart.set_timeline(timeline)
        self.loneliness.set_timeline(timeline if timeline.has_djg else None)
        self.loneliness.setVisible(timeline.has_djg)
        view.loneliness_text.setText(self.loneliness_text(timeline))
        view.change_section.setVisible(timeline.has_change)
        self.change_model.set_changes(outcomes.questionnaire, timeline.changes)
        fit_table(view.changes)
        self.radar.set_data(outcomes.radar)
        if timeline.has_change and timeline.baseline is not None and timeline.latest is not None:
            base, latest = timeline.points[timeline.baseline], timeline.points[timeline.latest]
            view.change_caption.setText(
                arg(
                    self.tr("De intake van %1 tegenover het laatste vervolggesprek van %2."),
                    format_date(base.day),
                    format_date(latest.day),
                )
            )
        else:
            view.change_caption.setText("")

    def loneliness_text(self, timeline: OutcomeTimeline) -> str:
        """The band in words: "Nu: 1 · niet eenzaam (24-11-2026). Bij de intake: 6 · …"."""
        scored = [p for p in timeline.points if p.djg_total is not None]
        if not scored:
            return self.tr("De eenzaamheidsschaal is in deze gesprekken niet (volledig) afgenomen.")
        last = scored[-1]
        text = arg(self.tr("Laatste meting: %1 (%2)."), _djg(last), format_date(last.day))
        base = timeline.points[timeline.baseline] if timeline.baseline is not None else None
        if base is not None and base.djg_total is not None and base is not last:
            text += " " + arg(self.tr("Bij de intake: %1 (%2)."), _djg(base), format_date(base.day))
        return text

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        self.view.error.setText(error_text(exc))
        self.view.error.show()
