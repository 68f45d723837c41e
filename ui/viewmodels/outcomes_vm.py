"""View-model of the Uitkomsten tab: loads a client's timeline on the DB thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pohsd.domain.questionnaire import Questionnaire
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.intake.outcomes import OutcomeTimeline, conversation_sheet, outcome_timeline
from PySide6.QtCore import QObject, Signal

from ui.models.intake_radar_model import RadarData, radar_data
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace


@dataclass(frozen=True)
class Outcomes:
    """The timeline, and the web of the intake overlaid with the latest vervolg."""

    questionnaire: Questionnaire
    timeline: OutcomeTimeline
    radar: RadarData | None = None


def load_outcomes(ws: Workspace, client_id: str) -> Outcomes:
    """DB thread: every conversation in one audited read, the plan's topics, then scoring."""
    records = ws.intakes.records_for_client(client_id)
    q = load_questionnaire("1")
    sheets = {
        r.id: conversation_sheet(load_questionnaire(r.summary.question_set_version), r)
        for r in records
    }
    plan_topics = tuple(g.topic for g in ws.plan.get(client_id).goals if "." in g.topic)
    timeline = outcome_timeline(q, records, plan_topics, sheets)
    radar = None
    if timeline.has_change and timeline.baseline is not None and timeline.latest is not None:
        base, latest = timeline.points[timeline.baseline], timeline.points[timeline.latest]
        radar = radar_data(
            q,
            sheets[base.intake_id],
            sheets[latest.intake_id],
            intake_date=base.day,
            vervolg_date=latest.day,
        )
    return Outcomes(q, timeline, radar)


class OutcomesViewModel(QObject):
    """Loads the outcomes of one client; a newer load or clear() drops older answers.

    Signals:
        loaded(object): an Outcomes.
        error(object): a failure.
    """

    loaded = Signal(object)
    error = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._generation = 0
        self.client_id: str | None = None
        self.outcomes: Outcomes | None = None

    def load(self, client_id: str) -> None:
        self.client_id = client_id
        self._generation += 1
        generation = self._generation
        self._runner.db(lambda ws: load_outcomes(ws, client_id)).success(
            lambda outcomes: self._on_loaded(generation, outcomes)
        ).failure(lambda exc: self._fail(generation, exc)).run()

    def clear(self) -> None:
        self._generation += 1
        self.client_id = None
        self.outcomes = None

    def _on_loaded(self, generation: int, outcomes: Outcomes) -> None:
        if generation == self._generation:
            self.outcomes = outcomes
            self.loaded.emit(outcomes)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.error.emit(exc)
