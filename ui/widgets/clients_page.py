"""Cliënten page: the client list and the client record, with search, edit and archive."""

from __future__ import annotations

from datetime import date
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
from ui.models.client_list_model import ID_ROLE, format_date
from ui.models.network_model import gender_text
from ui.tasks import TaskRunner
from ui.viewmodels.clients_vm import ClientListViewModel, ClientRecordViewModel
from ui.views.client_list_view import ClientListView
from ui.views.client_record_view import ClientRecordView, stretch_columns
from ui.widgets.documents_tab import DocumentsTab, LetterDialogOpener
from ui.widgets.feedback_prep import FeedbackPrep
from ui.widgets.intake_signals_ui import SignalDialogFactory
from ui.widgets.intake_tabs import IntakeTabs
from ui.widgets.outcomes_tab import OutcomesTab
from ui.widgets.referral_launch import ReferralDialogOpener
from ui.widgets.referral_tabs import ReferralTabs

BSN_MASK = "•••••••••"
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
        self._archive_target = False
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
        self.referrals = ReferralTabs(
            runner, bridge, self.record_view.referrals, self.record_view.consents,
            opener=referral_dialog_factory, parent=self,
        )  # fmt: skip
        self.documents = DocumentsTab(
            runner, bridge, self.record_view.documents, self, opener=letter_dialog_factory
        )
        self.feedback = FeedbackPrep(runner, bridge, self, letter_dialog_factory)
        self.outcomes = OutcomesTab(runner, bridge, self.record_view.outcomes, self)
        if letter_dialog_factory is not None:
            self.referrals.notes.set_feedback_preparer(self.feedback.prepare)
        self.referrals.vm.stepped.connect(self.feedback.after_step)
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
        self._bsn_shown = False
        self.intakes.clear()
        self.referrals.clear()
        self.documents.clear()
        self.outcomes.clear()
        self.feedback.clear()
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
        self.referrals.clear()
        self.documents.clear()
        self.outcomes.clear()
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
        self.referrals.clear()
        self.documents.clear()
        self.outcomes.clear()
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
        self.referrals.clear()
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
        rv.bsn_button.clicked.connect(self._toggle_bsn)
        rv.edit_button.clicked.connect(self._edit_current)
        rv.archive_button.clicked.connect(self._ask_archive)
        rv.confirm_yes.clicked.connect(self._confirm_archive)
        rv.confirm_no.clicked.connect(rv.confirm_frame.hide)
        vm.loaded.connect(self._on_loaded)
        vm.bsn_revealed.connect(self._on_bsn)
        vm.error.connect(self._on_record_error)

    def _on_loaded(self, client: Client) -> None:
        rv = self.record_view
        rv.error.hide()
        rv.name_label.setText(client.full_name)
        rv.archived_label.setVisible(client.archived_at is not None)
        facts = [
            arg(self.tr("%1 jaar"), client.age_on(date.today()))
            + f" ({format_date(client.birth_date)})"
        ]
        if client.address.postal_code:
            facts.append(client.address.postal_code)
        facts.append(arg(self.tr("Huisarts: %1"), client.responsible_gp or "—"))
        rv.facts_label.setText("  ·  ".join(facts))
        self._bsn_shown = False
        self._show_bsn_state(client.bsn != "")
        address = client.address
        street = " ".join(p for p in (address.street, address.house_number, address.addition) if p)
        values = {
            "name": client.full_name,
            "birth_date": format_date(client.birth_date),
            "gender": gender_text(client.gender),
            "street": street,
            "postal_code": address.postal_code,
            "city": address.city,
            "phone": client.phone,
            "email": client.email,
            "gp": client.responsible_gp,
        }
        for key, value in values.items():
            rv.values[key].setText(value or "—")
        archived = client.archived_at is not None
        rv.archive_button.setText(
            self.tr("Terugzetten uit archief") if archived else self.tr("Archiveren")
        )
        rv.archive_button.setAccessibleName(
            self.tr("Dossier terugzetten uit archief")
            if archived
            else self.tr("Dossier archiveren")
        )
        rv.confirm_frame.hide()
        rv.show_table(rv.network_stack, bool(client.network))
        rv.show_table(rv.household_stack, bool(client.household))
        if self._opening:
            self._opening = False
            tab, referral_id = self._open_at
            self._open_at = ("overzicht", None)
            self.intakes.load(client.id)
            self.referrals.load(client.id, select_id=referral_id)
            self.documents.load(client.id)
            self.outcomes.load(client.id)
            rv.show_tab(tab)
            self.stack.setCurrentWidget(rv)
            focus = {"verwijzingen": rv.referrals.table, "gesprekken": rv.conversations.table}
            focus.get(tab, rv.tabs).setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_bsn_state(self, has_bsn: bool) -> None:
        rv = self.record_view
        rv.bsn_button.setVisible(has_bsn)
        if not has_bsn:
            rv.bsn_label.setText(self.tr("BSN: niet vastgelegd"))
            return
        rv.bsn_label.setText(arg(self.tr("BSN: %1"), BSN_MASK))
        rv.bsn_button.setText(self.tr("Toon BSN"))
        rv.bsn_button.setAccessibleName(self.tr("Toon BSN"))

    def _toggle_bsn(self) -> None:
        if self._bsn_shown:
            self._bsn_shown = False
            self._show_bsn_state(True)
        else:
            self.record_vm.reveal_bsn()  # audited: client.bsn_shown

    def _on_bsn(self, bsn: str) -> None:
        rv = self.record_view
        self._bsn_shown = bool(bsn)
        if not bsn:
            self._show_bsn_state(False)
            return
        rv.bsn_label.setText(arg(self.tr("BSN: %1"), bsn))
        rv.bsn_button.setText(self.tr("Verberg BSN"))
        rv.bsn_button.setAccessibleName(self.tr("Verberg BSN"))

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

    def _ask_archive(self) -> None:
        client = self.record_vm.client
        if client is None:
            return
        rv = self.record_view
        self._archive_target = client.archived_at is None
        if self._archive_target:
            rv.confirm_text.setText(
                self.tr(
                    "Dossier archiveren? Er wordt niets verwijderd: het dossier blijft bewaard, "
                    "maar staat niet meer in de lijst. Terugvinden kan met 'Toon gearchiveerd'."
                )
            )
            rv.confirm_yes.setText(self.tr("Ja, archiveren"))
        else:
            rv.confirm_text.setText(
                self.tr("Dossier terugzetten uit het archief? Het staat dan weer in de lijst.")
            )
            rv.confirm_yes.setText(self.tr("Ja, terugzetten"))
        rv.confirm_frame.show()
        rv.confirm_no.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm_archive(self) -> None:
        self.record_view.confirm_frame.hide()
        self.record_vm.set_archived(self._archive_target)

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
