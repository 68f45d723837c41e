"""View-model of the intake screen: the flow engine, answers, autosave, finance and closing."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from pohsd.domain.changes import Changes
from pohsd.domain.client import Client
from pohsd.domain.errors import ValidationError
from pohsd.domain.intake import IntakeSummary
from pohsd.domain.questionnaire import Questionnaire
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.intake.answers import AnswerSheet, AnswerState, build_sheet
from pohsd.intake.flow import CONSENT_QUESTION, FlowEngine, NavResult
from pohsd.intake.vervolg import Change
from PySide6.QtCore import QObject, QTimer, Signal

from ui.bridge import ChangeBridge
from ui.models.intake_radar_model import RadarData
from ui.tasks import TaskRunner
from ui.viewmodels.autosave import DEBOUNCE_MS, DraftSaver
from ui.viewmodels.intake_consent import CONSENT_FORM_QUESTION, apply_consent, consent_record
from ui.viewmodels.intake_loading import (
    IntakeBundle,
    changes_of,
    default_follow_up,
    load_bundle,
    measures_of,
    next_target,
    radar_of,
)
from ui.viewmodels.intake_signals import LATER_MS, SignalTracker

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace

NOTES_KEY = "meta.notes"
FOLLOW_UP_QUESTION = "vervolg.datum"
_BEANTWOORD = AnswerState.BEANTWOORD.value


class IntakeViewModel(QObject):
    """One open intake or vervolg. Every change lands here at once; the DB hears it later.

    Signals:
        loaded(): the intake is open; `engine`, `summary` and `client` are set.
        view_changed(str, object): the view now shown, and the domain cijfer to offer (or None).
        answers_changed(str): this question's value or state changed (or the consent).
        invalid(str, str): question id and rule of an answer that was refused.
        saved(object): drafts reached the database at this (UTC) moment.
        completed(): the intake was closed ("Intake afronden").
        error(object): a step failed.
    """

    loaded = Signal()
    view_changed = Signal(str, object)
    answers_changed = Signal(str)
    invalid = Signal(str, str)
    saved = Signal(object)
    completed = Signal()
    error = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        delay_ms: int = DEBOUNCE_MS,
        later_ms: int = LATER_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bridge = bridge
        self._clock = clock
        self.questionnaire: Questionnaire = load_questionnaire("1")
        self.engine: FlowEngine | None = None
        self.summary: IntakeSummary | None = None
        self.client: Client | None = None
        self.baseline: AnswerSheet | None = None
        self.previous: AnswerSheet | None = None
        self.plan_topics: tuple[str, ...] = ()
        self.notes = ""
        self.finance: dict[str, Any] | None = None
        self.excluded: tuple[str, ...] = ()
        self._consent_dirty = False
        self._start_minutes = 0.0
        self._generation = 0
        self.saver = DraftSaver(runner, self, delay_ms=delay_ms)
        self.saver.saved.connect(self._on_saved)
        self.saver.failed.connect(self.error)
        self.signals = SignalTracker(runner, bridge, self, later_ms=later_ms)
        self._finance_timer = QTimer(self)
        self._finance_timer.setSingleShot(True)
        self._finance_timer.setInterval(delay_ms)
        self._finance_timer.timeout.connect(self._save_finance)
        self._finance_dirty = False

    # -- opening and closing ----------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.engine is not None

    @property
    def is_vervolg(self) -> bool:
        return self.summary is not None and self.summary.kind == "vervolg"

    @property
    def intake_id(self) -> str | None:
        return self.summary.id if self.summary else None

    def open(self, intake_id: str, client: Client | None = None) -> None:
        """Open an intake (an audited read); drafts left behind are applied on top."""
        self.clear()
        generation = self._generation
        today = date.today()
        self._runner.db(lambda ws: load_bundle(ws, intake_id, client, today)).success(
            lambda bundle: self._on_loaded(generation, bundle)
        ).failure(lambda exc: self._fail(generation, exc)).run()

    def _on_loaded(self, generation: int, bundle: IntakeBundle) -> None:
        if generation != self._generation:
            return
        record = bundle.record
        q = self.questionnaire = load_questionnaire(record.summary.question_set_version)
        sheet = build_sheet(q, record.answers, record.answer_states, record.drafts)
        flow = dict(record.flow_state)
        engine = FlowEngine(
            q,
            sheet,
            clock=self._clock,
            settings=bundle.settings,
            gender=bundle.client.gender,
        )
        with contextlib.suppress(ValidationError):  # damaged flow state: start at the opening
            engine.restore_state(flow)
        stored = flow.get("uitgesloten", ())
        if bundle.excluded is not None:
            stored = bundle.excluded
        self.excluded = tuple(c for c in stored if isinstance(c, str))
        self.engine, self.summary, self.client = engine, record.summary, bundle.client
        self._apply_consent()
        self._consent_dirty = False
        if bundle.baseline is not None:
            b = bundle.baseline
            self.baseline = build_sheet(q, b.answers, b.answer_states)
        if bundle.previous is not None:
            p = bundle.previous
            self.previous = build_sheet(q, p.answers, p.answer_states)
        self.plan_topics = bundle.plan_topics
        draft_notes = record.drafts.get(NOTES_KEY)
        self.notes = str(draft_notes[0] or "") if draft_notes else record.notes
        self.finance = record.finance
        self._start_minutes = engine.total_minutes()
        self.saver.bind(record.id)
        self.signals.reset(record.id, record.signals)
        self.loaded.emit()
        self.check_signals()

    def clear(self) -> None:
        """Forget the intake (lock, or leaving the screen after `close()`)."""
        self._generation += 1
        self.saver.clear()
        self.signals.reset(None)
        self._finance_timer.stop()
        self._finance_dirty = False
        self.engine = self.summary = self.client = None
        self.baseline = self.previous = None
        self.plan_topics = ()
        self.notes = ""
        self.finance = None
        self.excluded = ()
        self._consent_dirty = False

    def close(self) -> None:
        """Leave the screen: send what is pending, confirm the drafts, then forget."""
        if self.engine is not None:
            self.flush_all()
            self._promote()
        self.clear()

    # -- answers ----------------------------------------------------------------------------

    def answer(self, question_id: str, value: object) -> bool:
        """Validate through the flow engine and keep; False (and `invalid`) when refused."""
        engine = self.engine
        if engine is None:
            return False
        try:
            stored = engine.answer(question_id, value)
        except ValidationError as exc:
            self.invalid.emit(exc.field, exc.rule)
            return False
        self.saver.put(question_id, stored, _BEANTWOORD)
        self._changed(question_id)
        return True

    def set_state(self, question_id: str, state: AnswerState | str) -> bool:
        """Weet niet / wil niet zeggen, or niet gevraagd to clear the answer."""
        engine = self.engine
        if engine is None:
            return False
        try:
            engine.set_state(question_id, state)
        except ValidationError as exc:
            self.invalid.emit(exc.field, exc.rule)
            return False
        self.saver.put(question_id, None, AnswerState(state).value)
        self._changed(question_id)
        return True

    def value(self, question_id: str) -> Any:
        return self.engine.sheet.value(question_id) if self.engine else None

    def state(self, question_id: str) -> AnswerState:
        return self.engine.sheet.state(question_id) if self.engine else AnswerState.NIET_GEVRAAGD

    def set_notes(self, text: str) -> None:
        """The free notes of the whole conversation (autosaved as "meta.notes")."""
        if self.engine is None or text == self.notes:
            return
        self.notes = text
        self.saver.put(NOTES_KEY, text, _BEANTWOORD)

    def set_excluded_domains(self, codes: Iterable[str]) -> None:
        """Ja, maar niet over: the domains that may not be recorded."""
        self.excluded = tuple(dict.fromkeys(codes))
        self._apply_consent()
        self._save_flow_state()
        self.answers_changed.emit(CONSENT_QUESTION)

    def _changed(self, question_id: str) -> None:
        if question_id in (CONSENT_QUESTION, CONSENT_FORM_QUESTION):
            self._apply_consent()
        self.answers_changed.emit(question_id)
        self.check_signals()

    def _apply_consent(self) -> None:
        if self.engine is not None and apply_consent(self.engine, self.excluded):
            self._consent_dirty = True

    def check_signals(self) -> None:
        """Record (and announce) every signal the answers raise that is not recorded yet."""
        if self.engine is not None:
            self.signals.raise_new(self.engine.evaluation(today=date.today()).signals)

    # -- navigation -------------------------------------------------------------------------

    def goto(self, view_id: str) -> None:
        self._navigate(lambda e: e.goto(view_id))

    def next_view(self) -> None:
        self._navigate(lambda e: e.goto(target) if (target := next_target(e)) else None)

    def previous_view(self) -> None:
        self._navigate(lambda e: e.previous_topic())

    def _navigate(self, move: Callable[[FlowEngine], NavResult | None]) -> None:
        engine = self.engine
        if engine is None or self.is_vervolg:  # a vervolg has one view
            return
        left_part = engine.current_part
        try:
            result = move(engine)
        except ValidationError as exc:
            self.invalid.emit(exc.field, exc.rule)
            return
        if result is None:
            return
        if left_part != result.part and self._consent_dirty:
            self._record_consent()
        self.flush()
        self._promote()
        self._save_flow_state()
        self.view_changed.emit(result.view, result.prompt_cijfer)

    def set_client_alone(self, alone: bool) -> None:
        if self.engine is not None:
            self.engine.client_alone = alone
            self.answers_changed.emit("")

    def mark_discussed(self, part: str, discussed: bool = True) -> None:
        if self.engine is not None:
            self.engine.mark_discussed(part, discussed)
            self._save_flow_state()
            self.answers_changed.emit("")

    def set_paused(self, paused: bool) -> None:
        engine = self.engine
        if engine is None or engine.paused == paused:
            return
        engine.pause() if paused else engine.resume()
        self._save_flow_state()

    # -- finance ----------------------------------------------------------------------------

    def set_finance(self, data: Mapping[str, Any]) -> None:
        """A valid worksheet (exchange JSON); saved after the same pause as the answers."""
        if self.engine is None:
            return
        self.finance = dict(data)
        self._finance_dirty = True
        self._finance_timer.start()

    def _save_finance(self) -> None:
        self._finance_timer.stop()
        if not self._finance_dirty or self.intake_id is None or self.finance is None:
            return
        self._finance_dirty = False
        intake_id, data = self.intake_id, dict(self.finance)
        self._write(lambda ws: ws.intakes.save_finance(intake_id, data))

    # -- saving -----------------------------------------------------------------------------

    def flush(self) -> None:
        """Send pending answers and the worksheet now (focus-out, navigation)."""
        self.saver.flush()
        self._save_finance()

    def flush_all(self) -> None:
        """Everything, including the flow state and the contact's minutes (lock, deactivation)."""
        self.flush()
        self._save_flow_state()

    def _save_flow_state(self) -> None:
        engine, intake_id = self.engine, self.intake_id
        if engine is None or intake_id is None:
            return
        state = {**engine.state_snapshot(), "uitgesloten": list(self.excluded)}
        minutes = round(max(0.0, engine.total_minutes() - self._start_minutes))

        def store(ws: Workspace) -> None:
            ws.intakes.save_flow_state(intake_id, state)
            ws.intakes.set_contact_minutes(intake_id, minutes)

        self._write(store)

    def _promote(self) -> None:
        intake_id = self.intake_id
        if intake_id is not None:
            self._write(lambda ws: ws.intakes.promote(intake_id))

    def _record_consent(self) -> None:
        """A new toestemming record when the answer changed (left the opening, or afronden)."""
        self._consent_dirty = False
        args = consent_record(self.engine) if self.engine is not None else None
        if args is not None and self.client is not None:
            client_id, today = self.client.id, date.today()
            self._write(lambda ws: ws.consents.record_vastleggen(client_id, *args, today)[1])

    def complete(self, follow_up_on: date | None = None) -> None:
        """Intake afronden: confirm the drafts and close; later changes become addenda."""
        intake_id, generation = self.intake_id, self._generation
        if intake_id is None:
            return
        if self._consent_dirty:
            self._record_consent()
        self.flush_all()
        follow_up = follow_up_on or default_follow_up()
        client_id = self.client.id if self.client else ""

        def store(ws: Workspace) -> IntakeSummary:
            ws.intakes.complete(intake_id, follow_up_on=follow_up)
            return next(s for s in ws.intakes.list_for_client(client_id) if s.id == intake_id)

        self._runner.db(store).success(lambda s: self._on_completed(generation, s)).failure(
            lambda exc: self._fail(generation, exc)
        ).run()

    def _on_completed(self, generation: int, summary: IntakeSummary) -> None:
        if generation != self._generation:
            return
        self.summary = summary
        self._bridge.publish(Changes(audit=True), self)
        self.completed.emit()

    def follow_up_date(self) -> date | None:
        value = self.value(FOLLOW_UP_QUESTION)
        return date.fromisoformat(value) if isinstance(value, str) else None

    # -- vervolg and the web ----------------------------------------------------------------

    def vervolg_measures(self) -> tuple[str, ...]:
        return measures_of(self) if self.engine is not None else ()

    def changes(self) -> tuple[Change, ...]:
        return changes_of(self) if self.engine is not None else ()

    def radar(self) -> RadarData | None:
        return radar_of(self) if self.engine is not None else None

    # -- results ----------------------------------------------------------------------------

    def _on_saved(self, at: object) -> None:
        self._bridge.publish(Changes(), self)  # the status line shows "opgeslagen HH:MM"
        self.saved.emit(at)

    def _write(self, fn: Callable[[Workspace], object]) -> None:
        """A write on the DB thread; what changed is published (audit only: no record re-read)."""
        generation = self._generation
        self._runner.db(fn).success(lambda result: self._published(generation, result)).failure(
            lambda exc: self._fail(generation, exc)
        ).run()

    def _published(self, generation: int, result: object) -> None:
        audit = result.audit if isinstance(result, Changes) else False
        if generation == self._generation and audit:
            self._bridge.publish(Changes(audit=True), self)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.error.emit(exc)
