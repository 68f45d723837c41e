"""Controller of the record's Gesprekken and Overzicht conversation parts, and the intake screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QStackedWidget

from pohsd.domain.client import Client
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.intake import IntakeSummary
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.models.client_list_model import ID_ROLE, format_date
from ui.models.intake_models import IntakeListModel, SignalListModel
from ui.models.plan_text import goal_lines
from ui.tasks import TaskRunner
from ui.viewmodels.intake_overview_vm import ClientIntakesViewModel, ClientOverview
from ui.views.client_record_view import ClientRecordView, stretch_columns
from ui.widgets.intake_page import IntakePage
from ui.widgets.intake_signals_ui import SignalDialogFactory
from ui.widgets.radar import RadarPanel


class IntakeTabs(QObject):
    """Lists the conversations, starts new ones and shows the intake screen in the page stack."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("IntakeTabs", text)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        record_view: ClientRecordView,
        stack: QStackedWidget,
        *,
        open_record: Callable[[str], None],
        current_client: Callable[[], Client | None],
        signal_dialog_factory: SignalDialogFactory | None = None,
        editor_factory: Any = None,
    ) -> None:
        super().__init__(stack)
        self.record_view = record_view
        self.stack = stack
        self._open_record = open_record
        self._current_client = current_client
        self._runner = runner
        self.vm = ClientIntakesViewModel(runner, bridge, self)
        self.page = IntakePage(
            runner, bridge, stack,
            signal_dialog_factory=signal_dialog_factory, editor_factory=editor_factory,
        )  # fmt: skip
        stack.addWidget(self.page)
        conv = record_view.conversations
        self.list_model = IntakeListModel(self)
        conv.table.setModel(self.list_model)
        stretch_columns(conv.table, (170, 120, 120, 170, 120))
        overview = record_view.overview_intake
        self.signal_model = SignalListModel(self)
        overview.signals.setModel(self.signal_model)
        self.radar = RadarPanel(overview)
        self.radar.exported.connect(self._log_output)
        overview.web_layout.addWidget(self.radar)
        conv.new_intake.clicked.connect(lambda: self.vm.start("intake"))
        conv.new_vervolg.clicked.connect(lambda: self.vm.start("vervolg"))
        conv.open_button.clicked.connect(lambda: self._open_index(conv.table.currentIndex()))
        conv.table.activated.connect(self._open_index)
        self.vm.loaded.connect(self._on_loaded)
        self.vm.started.connect(self._on_started)
        self.vm.error.connect(self._on_error)
        self.page.closed.connect(self._intake_closed)
        self._show_empty()

    # -- public API -------------------------------------------------------------------------

    def _log_output(self, kind: str) -> None:
        """The domain web left the program (PNG or print): NEN 7513 logs it."""
        client = self._current_client()
        if client is not None:
            client_id = client.id
            self._runner.db(
                lambda ws: ws.clients.record_output(client_id, kind, "leefgebiedenweb")
            ).run()

    def load(self, client_id: str) -> None:
        self.record_view.conversations.error.hide()
        self.vm.load(client_id)

    def clear(self) -> None:
        """Lock: drop every conversation datum (the page was flushed before)."""
        self.page.clear()
        self.vm.clear()
        self.list_model.clear()
        self.signal_model.clear()
        self.radar.set_data(None)
        self.record_view.overview_intake.clear_values()
        self._show_empty()

    def flush(self) -> None:
        self.page.flush()

    def leave(self) -> None:
        """The list was chosen while the intake screen was shown: confirm and forget it."""
        if self.page.vm.is_open:
            self.page.plan_vm.flush()
            self.page.vm.close()
            self.page.clear()
        self.vm.clear()

    def open_intake(self, intake_id: str, client: Client | None = None) -> None:
        """Show the intake screen for this intake (from the list, or drafts after a crash)."""
        self.page.open_intake(intake_id, client)
        self.stack.setCurrentWidget(self.page)

    # -- list -------------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        intake_id = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        if isinstance(intake_id, str):
            self.open_intake(intake_id, self._current_client())

    def _on_started(self, summary: IntakeSummary) -> None:
        self.open_intake(summary.id, self._current_client())

    def _intake_closed(self, client_id: str) -> None:
        client = self._current_client()
        if client is None or client.id != client_id:
            if client_id:
                self._open_record(client_id)  # e.g. drafts restored right after unlocking
            else:
                self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentWidget(self.record_view)
        self.record_view.show_tab("gesprekken")
        self.vm.reload()
        self.record_view.conversations.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_loaded(self, overview: ClientOverview) -> None:
        conv = self.record_view.conversations
        self.list_model.set_rows(overview.intakes)
        conv.show_rows(bool(overview.intakes))
        has_intake = any(s.kind == "intake" for s in overview.intakes)
        conv.new_vervolg.setEnabled(has_intake)
        conv.open_button.setEnabled(bool(overview.intakes))
        if overview.intakes:
            conv.table.selectRow(len(overview.intakes) - 1)
        view = self.record_view.overview_intake
        self.signal_model.set_signals(overview.signals, overview.signal_labels)
        has_signals = bool(overview.signals)
        view.signals.setVisible(has_signals)
        view.signals_empty.setVisible(not has_signals)
        self.radar.set_data(overview.radar)
        priorities = [f"{i}. {label}" for i, label in enumerate(overview.priorities, 1)]
        view.priorities.setText("\n".join(priorities) or self.tr("Nog geen prioriteiten."))
        view.wish.setText(arg(self.tr("Wens: “%1”"), overview.wish) if overview.wish else "")
        lines = goal_lines(overview.goals, overview.goal_labels)
        view.goals.setText("\n".join(lines) or self.tr("Nog geen doelen."))
        if overview.follow_up_on is not None:
            text = arg(self.tr("Volgend gesprek: %1"), format_date(overview.follow_up_on))
        else:
            text = self.tr("Nog geen vervolggesprek gepland.")
        view.next_contact.setText(text)

    def _show_empty(self) -> None:
        conv = self.record_view.conversations
        conv.show_rows(False)
        conv.new_vervolg.setEnabled(False)
        conv.open_button.setEnabled(False)
        view = self.record_view.overview_intake
        view.signals.hide()
        view.signals_empty.show()

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        conv = self.record_view.conversations
        conv.error.setText(error_text(exc))
        conv.error.show()
