"""Intake screen controller: shows the views the flow engine chooses and hands changes to the VM."""

from __future__ import annotations

import time
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget
from typing_extensions import override

from pohsd.domain.client import Client
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.referral import Referral
from pohsd.intake.answers import AnswerState
from pohsd.intake.flow import CONSENT_QUESTION, VisibleQuestions
from pohsd.intake.navmap import View, ViewKind
from pohsd.socialmap.suggest import Suggestion
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text, rule_text
from ui.models.intake_models import kind_text, local_datetime
from ui.tasks import TaskRunner
from ui.viewmodels.autosave import DEBOUNCE_MS
from ui.viewmodels.intake_loading import default_follow_up
from ui.viewmodels.intake_signals import LATER_MS
from ui.viewmodels.intake_vm import IntakeViewModel, next_target
from ui.viewmodels.plan_vm import PlanViewModel
from ui.views.form_helpers import show_status
from ui.views.intake_view import IntakeView
from ui.widgets.intake_content import ViewContent
from ui.widgets.intake_extras import IntakeExtras
from ui.widgets.intake_nav import VIEW_ROLE, IntakeNav
from ui.widgets.intake_signals_ui import SignalDialogFactory, SignalPresenter
from ui.widgets.question_widgets import QuestionCard
from ui.widgets.referral_launch import ReferralLauncher

VERVOLG_VIEW = "vervolg"
CONSENT_BEHALVE = "Ja, maar niet over: …"
TICK_MS = 5000


class IntakePage(QWidget):
    """The intake screen of screens.md. There is no save button: every change is autosaved.

    Signals:
        closed(str): the POH went back to the client record (the client id).
    """

    closed = Signal(str)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("IntakePage", text)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        parent: QWidget | None = None,
        *,
        signal_dialog_factory: SignalDialogFactory | None = None,
        editor_factory: object | None = None,
        clock: object = time.monotonic,
        delay_ms: int = DEBOUNCE_MS,
        later_ms: int = LATER_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intake_page")
        self.vm = IntakeViewModel(
            runner,
            bridge,
            self,
            clock=clock,
            delay_ms=delay_ms,
            later_ms=later_ms,  # type: ignore[arg-type]
        )
        self.plan_vm = PlanViewModel(runner, bridge, self, delay_ms=delay_ms)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = IntakeView(self)
        layout.addWidget(self.view)
        self.nav = IntakeNav(self.view.tree)
        self.signals = SignalPresenter(self.vm, self.view, signal_dialog_factory, self)
        self.extras = IntakeExtras(
            self,
            runner,
            bridge,
            editor_factory,
            self.plan_vm,
            self.vm,
            self.complete,
            self._fix_tab_order,
        )
        self.referral_launcher = ReferralLauncher(runner, bridge, self)  # opener set by the page
        self.extras.refer_requested.connect(self._refer)
        self.referral_launcher.stored.connect(self._referred)
        self.content: ViewContent | None = None
        self.prompt_card: QuestionCard | None = None
        self.kijkmodus = False
        self._panel_shown = True
        self._from_card: str | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh_times)
        self._wire()

    # -- wiring -----------------------------------------------------------------------------

    def _wire(self) -> None:
        v, vm = self.view, self.vm
        vm.loaded.connect(self._on_loaded)
        vm.view_changed.connect(self._show_view)
        vm.answers_changed.connect(self._on_answers_changed)
        vm.invalid.connect(self._on_invalid)
        vm.error.connect(self._on_error)
        vm.completed.connect(self._on_completed)
        v.tree.itemActivated.connect(lambda item, _c: self._goto_item(item))
        v.tree.itemClicked.connect(lambda item, _c: self._goto_item(item))
        v.next_button.clicked.connect(vm.next_view)
        v.prev_button.clicked.connect(vm.previous_view)
        v.back_button.clicked.connect(self.leave)
        v.kijk_button.toggled.connect(self.set_kijkmodus)
        v.panel_button.toggled.connect(self._set_panel)
        v.pause_button.toggled.connect(self._set_paused)
        v.prompt_skip.clicked.connect(lambda: self._show_prompt(None))
        v.notes.textChanged.connect(lambda: vm.set_notes(v.notes.toPlainText()))
        v.notes.installEventFilter(self)
        for keys, slot in (
            ("Ctrl+PgDown", vm.next_view),
            ("Ctrl+PgUp", vm.previous_view),
            ("F11", lambda: v.kijk_button.toggle()),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- public API -------------------------------------------------------------------------

    def open_intake(self, intake_id: str, client: Client | None = None) -> None:
        """Open an intake or vervolg (drafts left behind are applied on top)."""
        if self.vm.is_open:  # another one was open: confirm it first, nothing is lost
            self.plan_vm.flush()
            self.vm.close()
        self.clear()
        self.vm.open(intake_id, client)

    def flush(self) -> None:
        """Send everything pending now (lock, window deactivation); the GUI does not wait."""
        if self.vm.is_open:
            self.vm.flush_all()
            self.plan_vm.flush()

    def clear(self) -> None:
        """Forget the intake in every widget (after `flush` on a lock)."""
        self._tick.stop()
        self.referral_launcher.clear()
        self.signals.clear()
        self.vm.clear()
        self.plan_vm.clear()
        self._show_prompt(None)
        self._set_content(None)
        self.extras.clear()
        self.nav.items.clear()
        self.view.tree.clear()
        with QSignalBlocker(self.view.notes):
            self.view.notes.setPlainText("")
        for label in (self.view.title, self.view.view_title, self.view.view_status,
                      self.view.total_time):  # fmt: skip
            label.setText("")
        if self.kijkmodus:
            self.view.kijk_button.setChecked(False)

    def leave(self) -> None:
        """Back to the record: confirm the drafts, store the plan, then forget."""
        client_id = self.vm.client.id if self.vm.client else ""
        self.plan_vm.flush()
        self.vm.close()
        self.clear()
        self.closed.emit(client_id)

    # -- opening ----------------------------------------------------------------------------

    def _on_loaded(self) -> None:
        vm, engine, summary = self.vm, self.vm.engine, self.vm.summary
        if engine is None or summary is None or vm.client is None:
            return
        title = arg(self.tr("%1 · gestart %2"), kind_text(summary.kind),
                    local_datetime(summary.created_at)[:10])  # fmt: skip
        if summary.status == "afgerond":
            title += " · " + self.tr("afgerond")
        self.view.title.setText(title)
        with QSignalBlocker(self.view.notes):
            self.view.notes.setPlainText(vm.notes)
        self.plan_vm.load(vm.client.id)
        with QSignalBlocker(self.view.pause_button):
            self.view.pause_button.setChecked(engine.paused)
        if vm.is_vervolg:
            self.nav.build_single(VERVOLG_VIEW, self.tr("Vervolggesprek"))
            self._show_view(VERVOLG_VIEW, None)
        else:
            self.nav.build(engine)
            self._show_view(engine.current, None)
        self.signals.refresh()
        self.refresh_times()
        self._tick.start()

    # -- views ------------------------------------------------------------------------------

    def _goto_item(self, item: object) -> None:
        view_id = item.data(0, VIEW_ROLE) if hasattr(item, "data") else None  # type: ignore[union-attr]
        if isinstance(view_id, str) and view_id != VERVOLG_VIEW:
            self.vm.goto(view_id)

    def _show_view(self, view_id: str, prompt: object) -> None:
        engine, q = self.vm.engine, self.vm.questionnaire
        if engine is None:
            return
        if view_id == VERVOLG_VIEW:
            view = View(VERVOLG_VIEW, engine.current_part, ViewKind.PART, self.tr("Vervolggesprek"),
                        tuple(q.question(m) for m in self.vm.vervolg_measures()))  # fmt: skip
            kind = None
        else:
            view = engine.navmap.view(view_id)
            kind = engine.navmap.kind_of(view.part)
        extras, extra_questions, skip = self.extras.build(view_id, kind, self.vm)
        content = ViewContent(
            q, view, self, extras=extras, extra_questions=extra_questions, skip=skip,
            client_alone=engine.client_alone,
        )  # fmt: skip
        content.answered.connect(self._answered)
        content.state_chosen.connect(self._state_chosen)
        content.focus_left.connect(lambda _qid: self.vm.flush())
        content.invalid_input.connect(self._on_invalid)
        content.topic_chosen.connect(self.vm.goto)
        content.alone_changed.connect(self.vm.set_client_alone)
        self.extras.attach(content, self.vm)
        self._set_content(content)
        if view.kind is ViewKind.TOPIC:
            self.view.view_title.setText(f"{q.part(view.part).label} · {view.label}")
        else:
            self.view.view_title.setText(view.label)
        self._show_prompt(prompt if isinstance(prompt, str) else None)
        for card in content.cards.values():
            card.set_answer(self.vm.value(card.question.id), self.vm.state(card.question.id))
        self._refresh()
        content.set_large(self.kijkmodus)
        self._fix_tab_order()
        content.focus_first()

    def _set_content(self, content: ViewContent | None) -> None:
        old = self.view.scroll.takeWidget()
        if content is not None:
            self.view.scroll.setWidget(content)
        self.content = content
        if old is not None:
            old.hide()
            old.deleteLater()

    def _show_prompt(self, question_id: str | None) -> None:
        """Leaving a domain offers (never forces) its 0–10 cijfer."""
        if self.prompt_card is not None:
            self.view.prompt_layout.removeWidget(self.prompt_card)
            self.prompt_card.deleteLater()
            self.prompt_card = None
        engine = self.vm.engine
        if question_id is None or engine is None:
            self.view.prompt.hide()
            return
        question = self.vm.questionnaire.question(question_id)
        card = QuestionCard(question, self.vm.questionnaire, self.view.prompt)
        card.answered.connect(self._answered)
        card.state_chosen.connect(self._state_chosen)
        card.set_answer(self.vm.value(question_id), self.vm.state(question_id))
        self.view.prompt_layout.addWidget(card)
        part = self.vm.questionnaire.part(question.part).label
        self.view.prompt_text.setText(
            arg(self.tr("U verliet %1. Wilt u het cijfer voor dit leefgebied vragen? Dat mag "
                        "ook later."), part)
        )  # fmt: skip
        self.prompt_card = card
        self.view.prompt.show()
        if self.content is not None:
            self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        """Tab follows reading order: top bar, navigator, questions, buttons, side panel."""
        v = self.view
        chain = [v.back_button, v.kijk_button, v.panel_button, v.banner_button, v.tree,
                 v.pause_button]  # fmt: skip
        if self.prompt_card is not None:
            chain += [*self.prompt_card.focus_chain(), v.prompt_skip]
        if self.content is not None:
            chain += self.content.focus_chain()
        chain += [v.prev_button, v.next_button, v.signals, v.add_signal_button, v.notes]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- changes ----------------------------------------------------------------------------

    def _answered(self, question_id: str, value: object) -> None:
        self._from_card = question_id
        try:
            if value is None:
                self.vm.set_state(question_id, AnswerState.NIET_GEVRAAGD)
            else:
                self.vm.answer(question_id, value)
        finally:
            self._from_card = None

    def _state_chosen(self, question_id: str, state: str) -> None:
        self._from_card = question_id
        try:
            self.vm.set_state(question_id, state)
        finally:
            self._from_card = None

    def _cards(self, question_id: str) -> list[QuestionCard]:
        found = (
            [self.content.cards[question_id]]
            if self.content and question_id in self.content.cards
            else []
        )
        if self.prompt_card is not None and self.prompt_card.question.id == question_id:
            found.append(self.prompt_card)
        return found

    def _on_answers_changed(self, question_id: str) -> None:
        if question_id and question_id != self._from_card:
            for card in self._cards(question_id):
                card.set_answer(self.vm.value(question_id), self.vm.state(question_id))
        elif question_id:
            for card in self._cards(question_id):
                card.set_error("")
        self._refresh()

    def _refresh(self) -> None:
        """Placement, scores, locks, statuses and the side panels after any change."""
        engine, content = self.vm.engine, self.content
        if engine is None or content is None:
            return
        if content.view.id == VERVOLG_VIEW:
            content.place(VisibleQuestions(content.view.questions, ()))
        else:
            content.place(engine.visible(content.view.id))
        content.sync(engine, self.vm.questionnaire)
        self.extras.refresh(self.vm, engine.sheet.value(CONSENT_QUESTION) == CONSENT_BEHALVE)
        answered = sum(1 for c in content.ordered_cards() if engine.sheet.touched(c.question.id))
        total = len(content.ordered_cards())
        self.view.view_status.setProperty("role", "hint")
        status = arg(self.tr("%1 van %2 vragen besproken"), answered, total) if total else ""
        self.view.view_status.setText(status)
        vervolg = content.view.id == VERVOLG_VIEW
        self.view.next_button.setEnabled(not vervolg and next_target(engine) is not None)
        self.view.prev_button.setEnabled(content.view.id not in (VERVOLG_VIEW, "opening"))
        if self.nav.items and content.view.id != VERVOLG_VIEW:
            self.nav.refresh(engine)

    def refresh_times(self) -> None:
        engine = self.vm.engine
        if engine is None:
            return
        if self.content is not None and self.content.view.id != VERVOLG_VIEW:
            self.nav.refresh(engine)
        self.view.total_time.setText(self.nav.total_text(engine))
        self.view.total_time.setToolTip(self.tr("Gesprekstijd / richttijd (uu:mm)"))

    def _on_invalid(self, question_id: str, rule: str) -> None:
        for card in self._cards(question_id):
            card.set_error(rule_text(rule))

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        show_status(self.view.view_status, error_text(exc), error=True)

    def _on_completed(self) -> None:
        self.vm.mark_discussed("afsluiting")
        summary = self.vm.summary
        if summary is not None:
            self.view.title.setText(self.view.title.text() + " · " + self.tr("afgerond"))
        self._refresh()

    def complete(self) -> None:
        """Intake afronden (after the confirmation in the closing panel)."""
        self.vm.complete(self.vm.follow_up_date() or default_follow_up())

    def _refer(self, suggestion: object) -> None:
        """Verwijzen… on a suggestion: goals stored first, then the dialog (topic preselected)."""
        client = self.vm.client
        if client is not None and isinstance(suggestion, Suggestion):
            self.plan_vm.flush()  # queued before the dialog's load: new goals have ids
            self.referral_launcher.open_for(client.id, suggestion.service_id, suggestion.need)

    def _referred(self, referral: Referral) -> None:
        if self.extras.plan_editor is not None:
            text = self.tr("Verwijzing naar %1 staat klaar als concept.")
            self.extras.plan_editor.suggestions.status.setText(arg(text, referral.service_name))

    # -- modes ------------------------------------------------------------------------------

    def set_kijkmodus(self, on: bool) -> None:
        """F11: notes, scores and signals hidden, question text larger (screen to the client)."""
        self.kijkmodus = on
        with QSignalBlocker(self.view.kijk_button):
            self.view.kijk_button.setChecked(on)
        self.view.kijk_band.setVisible(on)
        self.view.side.setVisible(not on and self._panel_shown)
        self.view.panel_button.setEnabled(not on)
        self.signals.set_hidden(on)
        if self.content is not None:
            self.content.set_large(on)

    def _set_panel(self, shown: bool) -> None:
        self._panel_shown = shown
        self.view.side.setVisible(shown and not self.kijkmodus)

    def _set_paused(self, paused: bool) -> None:
        self.vm.set_paused(paused)
        self.refresh_times()

    # -- autosave triggers ------------------------------------------------------------------

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: leaving the notes field saves them."""
        if watched is self.view.notes and event.type() == QEvent.Type.FocusOut:
            self.vm.flush()
        return super().eventFilter(watched, event)

    @override
    def event(self, event: QEvent) -> bool:
        """Override QWidget.event: the window losing focus saves what is pending."""
        if event.type() == QEvent.Type.WindowDeactivate:
            self.flush()
        return super().event(event)

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        """Override QWidget.hideEvent: another page was chosen; save what is pending."""
        self.flush()
        super().hideEvent(event)
