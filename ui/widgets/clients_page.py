"""Cliënten page: the client list and the client record, with search, edit and archive."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSignalBlocker,
    Qt,
    SignalInstance,
)
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget
from typing_extensions import override

from pohsd.domain.client import Client
from pohsd.domain.errors import ErrorCode, PohsdError
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.models.client_list_model import ID_ROLE
from ui.tasks import TaskRunner
from ui.viewmodels.clients_vm import ClientListViewModel, ClientRecordViewModel
from ui.views.client_list_view import ClientListView
from ui.views.client_record_view import ClientRecordView, stretch_columns
from ui.widgets.documents_tab import LetterDialogOpener
from ui.widgets.intake_signals_ui import SignalDialogFactory
from ui.widgets.intake_tabs import IntakeTabs
from ui.widgets.record_gdpr import RecordGdpr
from ui.widgets.record_header import RecordHeader
from ui.widgets.record_tabs import RecordTabs
from ui.widgets.referral_launch import ReferralDialogOpener

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ClientEditor(Protocol):
    """What the page needs from the create/edit dialog (ui.dialogs.ClientEditDialog)."""

    saved: SignalInstance
    finished: SignalInstance

    def open(self) -> None: ...

    def deleteLater(self) -> None: ...  # noqa: N802 — Qt name

    def raise_(self) -> None: ...

    def activateWindow(self) -> None: ...  # noqa: N802 — Qt name

    def discard(self) -> None: ...


class ClientEditorFactory(Protocol):
    def __call__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        client: Client | None,
        parent: QWidget,
        initiator: object | None,
    ) -> ClientEditor: ...


class ClientsPage(QWidget):
    """Controller of the client list and record.

    The create/edit dialog lives in a higher layer (ui.dialogs), so the composition root
    passes it in: `ClientsPage(runner, bridge, editor_factory=ClientEditDialog)`.
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ClientsPage", text)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        parent: QWidget | None = None,
        *,
        editor_factory: ClientEditorFactory | None = None,
        signal_dialog_factory: SignalDialogFactory | None = None,
        referral_dialog_factory: ReferralDialogOpener | None = None,
        letter_dialog_factory: LetterDialogOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clients_page")
        self._runner = runner
        self._bridge = bridge
        self._editor_factory = editor_factory
        self._editor: ClientEditor | None = None
        self._select_after_search: str | None = None
        self._opening = False
        self._open_at: tuple[str, str | None] = ("overzicht", None)
        self._bsn_shown = False

        self.list_vm = ClientListViewModel(runner, bridge, self)
        self.record_vm = ClientRecordViewModel(runner, bridge, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self.list_view = ClientListView(self.stack)
        self.record_view = ClientRecordView(self.stack)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.record_view)
        self._wire_list()
        self._wire_record()
        self.intakes = IntakeTabs(
            runner, bridge, self.record_view, self.stack,
            open_record=self.open_client, current_client=lambda: self.record_vm.client,
            signal_dialog_factory=signal_dialog_factory, editor_factory=editor_factory,
        )  # fmt: skip
        self.intakes.page.referral_launcher.opener = referral_dialog_factory
        self.tabs = RecordTabs(
            runner, bridge, self.record_view, self,
            referral_dialog_factory=referral_dialog_factory,
            letter_dialog_factory=letter_dialog_factory,
        )  # fmt: skip
        self.referrals, self.documents = self.tabs.referrals, self.tabs.documents
        self.outcomes, self.feedback = self.tabs.outcomes, self.tabs.feedback
        self.list_view.new_button.setEnabled(editor_factory is not None)
        self.record_view.edit_button.setEnabled(editor_factory is not None)

    # -- public API (main window) -----------------------------------------------------------

    def open_client_record(self) -> Client | None:
        """The client whose record or conversation is on screen (None on the list)."""
        if self.stack.currentWidget() is self.list_view:
            return None
        return self.record_vm.client

    def clear(self) -> None:
        """Drop every client datum from every widget and model (called on lock)."""
        if self._editor is not None:
            self._editor.discard()
            self._editor = None
        self._select_after_search = None
        self._opening = False
        self._open_at = ("overzicht", None)
        self.header.clear()
        self.gdpr.clear()
        self.intakes.clear()
        self.tabs.clear()
        self.list_vm.clear()
        self.record_vm.clear()
        lv = self.list_view
        with QSignalBlocker(lv.search), QSignalBlocker(lv.show_archived):
            lv.search.setText("")  # setText also drops the undo history
            lv.show_archived.setChecked(False)
        lv.error.setText("")
        lv.error.hide()
        lv.count.setText("")
        lv.show_empty(False)
        self.record_view.clear_values()
        self.show_list()

    def refresh(self) -> None:
        """Reload the list after unlocking."""
        self.list_vm.activate()

    def focus_search(self) -> None:
        """Show the list and put the cursor in the search field (Ctrl+F)."""
        self.show_list()
        self.list_view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_view.search.selectAll()

    def new_client(self) -> None:
        """Open the dialog for a new client (Ctrl+N)."""
        self._open_editor(None)

    def flush_autosave(self) -> None:
        """Send the intake's pending changes now (before a lock closes the workspace)."""
        self.intakes.flush()

    def open_intake(self, intake_id: str) -> None:
        """Show an intake on the intake screen (drafts offered back after unlocking)."""
        self.intakes.open_intake(intake_id)

    def show_list(self) -> None:
        # Leaving the record closes it: nothing of it stays in memory, and a change made
        # elsewhere cannot cause a read of a record nobody is looking at.
        self.intakes.leave()
        self.tabs.close()
        self.record_vm.clear()
        self.record_view.clear_values()
        self.stack.setCurrentWidget(self.list_view)
        lv = self.list_view
        has_rows = self.list_vm.model.rowCount() > 0
        (lv.table if has_rows else lv.search).setFocus(Qt.FocusReason.OtherFocusReason)

    def open_client(
        self, client_id: str, tab: str = "overzicht", referral_id: str | None = None
    ) -> None:
        """Open a record at a tab (with a referral chosen); `ws.clients.open` audits the read."""
        self.record_vm.clear()
        self.record_view.clear_values()
        self.tabs.close()
        self._opening = True
        self._open_at = (tab, referral_id)
        self.record_vm.open(client_id)

    def open_at(self, client_id: str, tab: str, referral_id: str = "") -> None:
        """From Vandaag: leave what is open (an intake is confirmed first), open the record."""
        self.intakes.leave()
        self.open_client(client_id, tab, referral_id or None)

    def open_intake_screen(self, intake_id: str) -> None:
        """From Vandaag: leave the open record and show this intake on the intake screen."""
        self.intakes.leave()
        self.tabs.close()
        self.record_vm.clear()
        self.record_view.clear_values()
        self._opening = False
        self.intakes.open_intake(intake_id)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: catch up on changes made while hidden."""
        super().showEvent(event)
        self.list_vm.set_shown(True)

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        """Override QWidget.hideEvent."""
        super().hideEvent(event)
        self.list_vm.set_shown(False)

    # -- list -------------------------------------------------------------------------------

    def _wire_list(self) -> None:
        lv = self.list_view
        lv.table.setModel(self.list_vm.model)
        lv.size_columns()
        lv.search.textChanged.connect(self.list_vm.set_text)
        lv.show_archived.toggled.connect(self.list_vm.set_include_archived)
        lv.new_button.clicked.connect(self.new_client)
        lv.table.doubleClicked.connect(self._open_index)
        lv.table.installEventFilter(self)
        lv.search.installEventFilter(self)
        self.list_vm.results_changed.connect(self._on_results)
        self.list_vm.error.connect(self._on_list_error)

    def _on_results(self, count: int) -> None:
        lv = self.list_view
        lv.error.hide()
        lv.show_empty(count == 0)
        if count == 0:
            lv.count.setText("")
        elif count == 1:
            lv.count.setText(self.tr("1 cliënt"))
        elif count >= 200:
            text = self.tr("De eerste %1 cliënten. Zoek gerichter om minder te zien.")
            lv.count.setText(arg(text, count))
        else:
            lv.count.setText(arg(self.tr("%1 cliënten"), count))
        wanted = self._select_after_search
        row = self.list_vm.model.row_of(wanted) if wanted else -1
        if row >= 0:
            self._select_after_search = None
            lv.table.selectRow(row)
            lv.table.scrollTo(self.list_vm.model.index(row, 0))

    def _on_list_error(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return  # the lock screen says it already
        self.list_view.error.setText(error_text(exc))
        self.list_view.error.show()

    def _open_index(self, index: QModelIndex) -> None:
        client_id = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        if isinstance(client_id, str):
            self.open_client(client_id)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: Enter opens a row; Down leaves the search field."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            table = self.list_view.table
            if watched is table and event.key() in _OPEN_KEYS:
                self._open_index(table.currentIndex())
                return True
            if (
                watched is self.list_view.search
                and event.key() in (Qt.Key.Key_Down, *_OPEN_KEYS)
                and self.list_vm.model.rowCount() > 0
            ):
                table.setFocus(Qt.FocusReason.TabFocusReason)
                if not table.currentIndex().isValid():
                    table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    # -- record -----------------------------------------------------------------------------

    def _wire_record(self) -> None:
        rv = self.record_view
        vm = self.record_vm
        rv.network_table.setModel(vm.network_model)
        rv.household_table.setModel(vm.household_model)
        rv.log_table.setModel(vm.audit_model)
        stretch_columns(rv.network_table, (220, 160, 260, 150))
        stretch_columns(rv.household_table, (180, 220))
        stretch_columns(rv.log_table, (150, 170, 110, 210, 170))
        rv.back_button.clicked.connect(self.show_list)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), rv, activated=self._escape)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        rv.edit_button.clicked.connect(self._edit_current)
        self.header = RecordHeader(rv, vm)
        self.gdpr = RecordGdpr(self._runner, self._bridge, rv.gdpr, vm, self.show_list)
        vm.loaded.connect(self._on_loaded)
        vm.error.connect(self._on_record_error)

    def _on_loaded(self, client: Client) -> None:
        rv = self.record_view
        self.header.show(client)
        if self._opening:
            self._opening = False
            tab, referral_id = self._open_at
            self._open_at = ("overzicht", None)
            self.intakes.load(client.id)
            self.tabs.load(client.id, referral_id)
            rv.show_tab(tab)
            self.stack.setCurrentWidget(rv)
            focus = {"verwijzingen": rv.referrals.table, "gesprekken": rv.conversations.table}
            focus.get(tab, rv.tabs).setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_record_error(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        target = self.record_view.error if self.stack.currentWidget() is self.record_view else None
        if target is None:
            self._opening = False
            self.list_view.error.setText(error_text(exc))
            self.list_view.error.show()
            return
        target.setText(error_text(exc))
        target.show()

    def _escape(self) -> None:
        if self.record_view.confirm_frame.isVisible():
            self.record_view.confirm_frame.hide()
        else:
            self.show_list()

    # -- editor -----------------------------------------------------------------------------

    def _edit_current(self) -> None:
        if self.record_vm.client is not None:
            self._open_editor(self.record_vm.client)

    def _open_editor(self, client: Client | None) -> None:
        if self._editor_factory is None:
            return
        if self._editor is not None:
            self._editor.raise_()
            self._editor.activateWindow()
            return
        editor = self._editor_factory(self._runner, self._bridge, client, self, self.record_vm)
        self._editor = editor
        editor.saved.connect(lambda saved: self._on_saved(client is None, saved))
        editor.finished.connect(self._on_editor_finished)
        editor.open()

    def _on_editor_finished(self, _result: int) -> None:
        editor, self._editor = self._editor, None
        if editor is not None:
            editor.deleteLater()

    def _on_saved(self, created: bool, client: Client) -> None:
        if created:
            # Show the new client in the full list, selected.
            self._select_after_search = client.id
            with QSignalBlocker(self.list_view.search):
                self.list_view.search.setText("")
            self.list_vm.set_text("")
            self.list_vm.search_now()
            self.show_list()
        else:
            self.record_vm.apply_saved(client)
