"""Panels of single views: consent, network, finance worksheet, plan, closing and vervolg."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from pohsd.domain.client import Client
from pohsd.domain.intake import Plan
from pohsd.domain.questionnaire import PartKind, Question
from pohsd.intake.flow import PartStatus
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import rule_text
from ui.models.client_list_model import format_date
from ui.models.intake_radar_model import to_local
from ui.tasks import TaskRunner
from ui.viewmodels.intake_loading import default_follow_up
from ui.viewmodels.intake_vm import FOLLOW_UP_QUESTION, IntakeViewModel
from ui.viewmodels.plan_vm import PlanViewModel
from ui.viewmodels.suggestions_vm import SuggestionsViewModel
from ui.widgets.finance_editor import FinanceEditor
from ui.widgets.intake_content import ViewContent
from ui.widgets.intake_nav import status_word
from ui.widgets.intake_parts import ChangePanel, ClosingPanel, ConsentDomains, NetworkPanel
from ui.widgets.plan_editor import PlanEditor
from ui.widgets.question_inputs import DateEditor

FINANCE_TOPIC = "geld.rondkomen"
CONSENT_QUESTION = "opening.toestemming_vastleggen"
NETWORK_QUESTION = "netwerk.vraag"
PRIORITY_QUESTION = "prioriteit.belangrijkste"
WISH_QUESTION = "prioriteit.wens"


class IntakeExtras(QObject):
    """Creates the panels when their view opens and keeps them in step with the answers.

    Signals:
        refer_requested(object): "Verwijzen…" on a sociale-kaart Suggestion in the plan.
    """

    refer_requested = Signal(object)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("IntakeExtras", text)

    def __init__(
        self,
        page: QWidget,
        runner: TaskRunner,
        bridge: ChangeBridge,
        editor_factory: Any,
        plan_vm: PlanViewModel,
        vm: IntakeViewModel,
        on_complete: Callable[[], None],
        on_rows_changed: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._runner = runner
        self._bridge = bridge
        self._editor_factory = editor_factory
        self._plan_vm = plan_vm
        self._vm = vm
        self._on_complete = on_complete
        self._on_rows_changed = on_rows_changed
        self._editor: Any = None
        self.finance: FinanceEditor | None = None
        self.plan_editor: PlanEditor | None = None
        self.closing: ClosingPanel | None = None
        self.network: NetworkPanel | None = None
        self.consent: ConsentDomains | None = None
        self.changes: ChangePanel | None = None
        plan_vm.loaded.connect(self._plan_loaded)
        plan_vm.saved.connect(lambda plan: self.plan_editor and self.plan_editor.apply_ids(plan))
        plan_vm.invalid.connect(self._plan_invalid)
        self.suggestions_vm = SuggestionsViewModel(runner, self)
        self.suggestions_vm.loaded.connect(lambda found: self._panel("show_suggestions", found))
        self.suggestions_vm.no_map.connect(lambda: self._panel("show_no_map"))
        self.suggestions_vm.failed.connect(lambda text: self._panel("show_error", text))
        self.suggestions_vm.busy.connect(lambda busy: self._panel("show_busy", busy))

    def _log_output(self, kind: str) -> None:
        """The domain web left the program (PNG or print): NEN 7513 logs it."""
        client = self._vm.client
        if client is not None:
            client_id = client.id
            self._runner.db(
                lambda ws: ws.clients.record_output(client_id, kind, "leefgebiedenweb")
            ).run()

    def _panel(self, method: str, *args: object) -> None:
        if self.plan_editor is not None:
            getattr(self.plan_editor.suggestions, method)(*args)

    def refresh_suggestions(self) -> None:
        """Ask for suggestions for the open intake (after storing pending answers)."""
        client, intake_id = self._vm.client, self._vm.intake_id
        if self.plan_editor is None or client is None or intake_id is None:
            return
        self.suggestions_vm.load(client.id, intake_id, flush=self._vm.flush)

    def clear(self) -> None:
        self.suggestions_vm.cancel()
        self.finance = self.plan_editor = self.closing = None
        self.network = self.consent = self.changes = None
        if self._editor is not None:
            self._editor.discard()
            self._editor = None

    # -- building ---------------------------------------------------------------------------

    def build(
        self, view_id: str, kind: PartKind | None, vm: IntakeViewModel
    ) -> tuple[list[QWidget], list[Question], tuple[str, ...]]:
        """Panels shown after the questions, extra question cards, and questions left out."""
        self.clear()
        q = vm.questionnaire
        if view_id == FINANCE_TOPIC:
            self.finance = FinanceEditor(self._page)
            self.finance.set_data(vm.finance)
            self.finance.changed.connect(vm.set_finance)
            self.finance.rows_changed.connect(self._on_rows_changed)
            return [self.finance], [], ()
        if kind is PartKind.PLAN:
            self.plan_editor = self._make_plan_editor(vm)
            self.refresh_suggestions()
            return [self.plan_editor], [q.question(FOLLOW_UP_QUESTION)], ()
        if kind is PartKind.AFSLUITING:
            self.closing = ClosingPanel(self._page)
            self.closing.complete_requested.connect(self._on_complete)
            self.closing.radar.exported.connect(self._log_output)
            return [self.closing], [], (FOLLOW_UP_QUESTION,)
        if kind is None:  # the vervolg view
            self.changes = ChangePanel(self._page)
            self.plan_editor = self._make_plan_editor(vm)
            self.refresh_suggestions()
            self.closing = ClosingPanel(self._page, vervolg=True)
            self.closing.complete_requested.connect(self._on_complete)
            self.closing.radar.exported.connect(self._log_output)
            return (
                [self.changes, self.plan_editor, self.closing],
                [q.question(FOLLOW_UP_QUESTION)],
                (),
            )
        return [], [], ()

    def _make_plan_editor(self, vm: IntakeViewModel) -> PlanEditor:
        editor = PlanEditor(vm.questionnaire, self._page)
        client = vm.client
        editor.set_people([p.naam for p in client.network] if client else [])
        if self._plan_vm.plan is not None:
            editor.set_plan(self._plan_vm.plan)
            self._prefill(editor)
        editor.changed.connect(self._plan_changed)
        editor.rows_changed.connect(self._on_rows_changed)
        editor.suggestions.refresh_requested.connect(self.refresh_suggestions)
        editor.suggestions.refer_requested.connect(self.refer_requested)
        return editor

    def attach(self, content: ViewContent, vm: IntakeViewModel) -> None:
        """Panels that sit inside a question's card."""
        card = content.cards.get(CONSENT_QUESTION)
        if card is not None:
            self.consent = ConsentDomains(vm.questionnaire, card)
            self.consent.set_codes(vm.excluded)
            self.consent.changed.connect(vm.set_excluded_domains)
            card.add_addon(self.consent)
        card = content.cards.get(NETWORK_QUESTION)
        if card is not None:
            self.network = NetworkPanel(card, editable=self._editor_factory is not None)
            self.network.set_people(vm.client.network if vm.client else ())
            self.network.edit_requested.connect(self._edit_network)
            card.add_addon(self.network)
        card = content.cards.get(FOLLOW_UP_QUESTION)
        if card is not None and isinstance(card.editor, DateEditor):
            text = arg(self.tr("standaard %1"), format_date(default_follow_up()))
            card.editor.edit.setPlaceholderText(text)

    # -- keeping in step --------------------------------------------------------------------

    def refresh(self, vm: IntakeViewModel, consent_behalve: bool) -> None:
        if self.consent is not None:
            self.consent.setVisible(consent_behalve)
        engine, summary = vm.engine, vm.summary
        if engine is None or summary is None:
            return
        if self.changes is not None:
            self.changes.set_changes(vm.questionnaire, vm.changes())
        if self.closing is not None:
            lines = []
            for part in engine.navmap.parts:
                status = engine.status(part)
                label = vm.questionnaire.part(part).label
                lines.append(f"{status.symbol} {label}: {status_word(status)}")
            open_signals = len(vm.signals.open_records)
            lines.append(arg(self.tr("Open signalen: %1"), open_signals))
            closed = to_local(summary.closed_at).date() if summary.closed_at else None
            summary_text = "\n".join(lines) if not vm.is_vervolg else lines[-1]
            self.closing.show_state(summary_text, vm.follow_up_date(), default_follow_up(), closed)
            self.closing.set_radar(vm.radar())

    def _plan_loaded(self, plan: Plan) -> None:
        engine = self._vm.engine
        if plan.goals and engine is not None and engine.status("plan") is PartStatus.NIET_BESPROKEN:
            self._vm.mark_discussed("plan")  # the plan lives outside the answers
        if self.plan_editor is not None:
            self.plan_editor.set_plan(plan)
            self._prefill(self.plan_editor)

    def _prefill(self, editor: PlanEditor) -> None:
        ranked = self._vm.value(PRIORITY_QUESTION)
        wish = self._vm.value(WISH_QUESTION)
        topics = [c for c in ranked if isinstance(c, str)] if isinstance(ranked, list) else []
        editor.prefill(topics, wish if isinstance(wish, str) else "")

    def _plan_changed(self) -> None:
        editor = self.plan_editor
        if editor is None:
            return
        self._plan_vm.set_plan(editor.goals(), editor.question_to_gp())
        engine = self._vm.engine
        if (
            editor.boxes
            and engine is not None
            and engine.status("plan") is not PartStatus.BESPROKEN
        ):
            self._vm.mark_discussed("plan")

    def _plan_invalid(self, field: str, rule: str) -> None:
        status = getattr(self._page, "view", None)
        if status is not None:
            status.view_status.setText(
                arg(self.tr("Plan niet bewaard (%1): %2"), field, rule_text(rule))
            )

    # -- network: its home is the client record ---------------------------------------------------

    def _edit_network(self) -> None:
        client = self._vm.client
        if self._editor_factory is None or client is None or self._editor is not None:
            return
        editor = self._editor_factory(self._runner, self._bridge, client, self._page, self._page)
        editor.saved.connect(self._client_saved)
        editor.finished.connect(lambda _r: self._editor_done(editor))
        self._editor = editor
        editor.open()

    def _editor_done(self, editor: Any) -> None:
        if self._editor is editor:
            self._editor = None
        editor.deleteLater()

    def _client_saved(self, client: Client) -> None:
        self._vm.client = client
        if self.network is not None:
            self.network.set_people(client.network)
            self.network.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.plan_editor is not None:
            self.plan_editor.set_people([p.naam for p in client.network])
