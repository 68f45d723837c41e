"""View-model of a client's conversations (Gesprekken tab) and their overview (Overzicht tab)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from pohsd.domain.changes import Changes
from pohsd.domain.intake import Goal, IntakeRecord, IntakeSummary, SignalRecord
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.intake.answers import AnswerSheet, build_sheet
from PySide6.QtCore import QObject, Signal

from ui.bridge import ChangeBridge
from ui.models.intake_radar_model import RadarData, radar_data, to_local
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace


@dataclass(frozen=True)
class ClientOverview:
    """What the record shows of the conversations: web, signals, priorities, wish, goals."""

    intakes: tuple[IntakeSummary, ...] = ()
    radar: RadarData | None = None
    signals: tuple[SignalRecord, ...] = ()
    signal_labels: dict[str, str] = field(default_factory=dict)
    priorities: tuple[str, ...] = ()  # labels, most important first
    wish: str = field(default="", repr=False)
    goals: tuple[Goal, ...] = field(default=(), repr=False)
    goal_labels: dict[str, str] = field(default_factory=dict)
    follow_up_on: date | None = None


def _sheet(record: IntakeRecord | None) -> AnswerSheet | None:
    if record is None:
        return None
    q = load_questionnaire(record.summary.question_set_version)
    return build_sheet(q, record.answers, record.answer_states, record.drafts)


def load_overview(ws: Workspace, client_id: str) -> ClientOverview:
    """DB thread: the conversations (one audited read for all of them) and the plan."""
    records = ws.intakes.records_for_client(client_id)
    summaries = tuple(r.summary for r in records)
    intakes = [r for r in records if r.summary.kind == "intake"]
    baseline = intakes[-1] if intakes else None
    later = [r for r in records if r.summary.kind == "vervolg" and baseline is not None
             and r.summary.created_at > baseline.summary.created_at]  # fmt: skip
    latest = later[-1] if later else None
    q = load_questionnaire("1")
    base_sheet, latest_sheet = _sheet(baseline), _sheet(latest)
    radar = None
    if base_sheet is not None:
        radar = radar_data(
            q, base_sheet, latest_sheet,
            intake_date=to_local(baseline.summary.created_at).date() if baseline else None,
            vervolg_date=to_local(latest.summary.created_at).date() if latest else None,
        )  # fmt: skip
    labels = {d.code: d.label for d in q.domains} | {t.code: t.label for t in q.topics}
    ranked = base_sheet.value("prioriteit.belangrijkste") if base_sheet else None
    priorities = tuple(labels.get(c, c) for c in ranked) if isinstance(ranked, list) else ()
    wish = base_sheet.value("prioriteit.wens") if base_sheet else None
    follow_ups = [s.follow_up_on for s in summaries if s.follow_up_on is not None]
    return ClientOverview(
        intakes=summaries,
        radar=radar,
        signals=tuple(sig for r in records for sig in r.signals),
        signal_labels={s.id: s.label for s in q.signals},
        priorities=priorities,
        wish=wish if isinstance(wish, str) else "",
        goals=ws.plan.get(client_id).goals,
        goal_labels=labels,
        follow_up_on=follow_ups[-1] if follow_ups else None,
    )


class ClientIntakesViewModel(QObject):
    """Loads the conversations of the open record and starts new ones.

    Signals:
        loaded(object): a ClientOverview.
        started(object): the IntakeSummary of a new intake or vervolg.
        error(object): a failure.
    """

    loaded = Signal(object)
    started = Signal(object)
    error = Signal(object)

    def __init__(
        self, runner: TaskRunner, bridge: ChangeBridge, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bridge = bridge
        self._client_id: str | None = None
        self._generation = 0
        self.overview: ClientOverview | None = None

    @property
    def client_id(self) -> str | None:
        return self._client_id

    def load(self, client_id: str) -> None:
        self._client_id = client_id
        self._generation += 1
        generation = self._generation
        self._runner.db(lambda ws: load_overview(ws, client_id)).success(
            lambda overview: self._on_loaded(generation, overview)
        ).failure(lambda exc: self._fail(generation, exc)).run()

    def reload(self) -> None:
        if self._client_id is not None:
            self.load(self._client_id)

    def start(self, kind: str) -> None:
        """Nieuwe intake / Vervolggesprek."""
        client_id, generation = self._client_id, self._generation
        if client_id is None:
            return
        self._runner.db(lambda ws: ws.intakes.start(client_id, kind)).success(
            lambda result: self._on_started(generation, result)
        ).failure(lambda exc: self._fail(generation, exc)).run()

    def clear(self) -> None:
        self._generation += 1
        self._client_id = None
        self.overview = None

    def _on_loaded(self, generation: int, overview: ClientOverview) -> None:
        if generation == self._generation:
            self.overview = overview
            self.loaded.emit(overview)

    def _on_started(self, generation: int, result: tuple[IntakeSummary, Changes]) -> None:
        if generation != self._generation:
            return
        summary, changes = result
        self._bridge.publish(Changes(audit=changes.audit), self)
        self.started.emit(summary)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.error.emit(exc)
