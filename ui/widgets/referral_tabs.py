"""Controller of the record's Verwijzingen and Toestemmingen tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelection, QObject, Qt
from PySide6.QtWidgets import QTableView

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.intake import ConsentRecord
from pohsd.domain.referral import CONCEPT, REREFERABLE, Referral
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.models.client_list_model import format_date
from ui.models.referral_models import (
    ConsentTableModel,
    HistoryModel,
    ReferralTableModel,
    recipient_text,
    state_text,
    urgency_label,
)
from ui.models.service_model import topic_name
from ui.tasks import TaskRunner
from ui.viewmodels.referrals_vm import (
    ClientConsentsViewModel,
    ClientReferralsViewModel,
    ReferralOverview,
    StatusStep,
)
from ui.views.referrals_view import ConsentsTabView, ReferralsTabView
from ui.widgets.referral_launch import ReferralDialogOpener, ReferralLauncher
from ui.widgets.referral_notes import ReferralNotes
from ui.widgets.referral_status_dialog import StatusChangeDialog


def _size(view: QTableView, widths: tuple[int, ...]) -> None:
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        if column < header.count():
            header.resizeSection(column, width)


def _selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1


class ReferralTabs(QObject):
    """Lists referrals (detail, history, steps) and consents (withdraw, then cancel)."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ReferralTabs", text)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        referrals_view: ReferralsTabView,
        consents_view: ConsentsTabView,
        *,
        opener: ReferralDialogOpener | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.rv = referrals_view
        self.cv = consents_view
        self.vm = ClientReferralsViewModel(runner, bridge, self)
        self.consents_vm = ClientConsentsViewModel(runner, bridge, self)
        self.launcher = ReferralLauncher(runner, bridge, referrals_view, opener)
        self.model = ReferralTableModel(self)
        self.history_model = HistoryModel(self)
        self.consent_model = ConsentTableModel(self)
        self.overview = ReferralOverview()
        self.status_dialog: StatusChangeDialog | None = None
        self.notes = ReferralNotes(referrals_view, self.vm, self)
        self._select_id: str | None = None
        self._proposed: list[str] = []
        self._withdraw_id: str | None = None
        self._wire()
        self.clear()

    def _wire(self) -> None:
        rv, cv = self.rv, self.cv
        rv.table.setModel(self.model)
        rv.history.setModel(self.history_model)
        cv.table.setModel(self.consent_model)
        _size(rv.table, (380, 190, 110, 120))
        _size(rv.history, (230, 100, 140, 90, 90, 280))
        _size(cv.table, (100, 260, 220, 280, 100, 100))
        rv.table.selectionModel().selectionChanged.connect(self._referral_selected)
        cv.table.selectionModel().selectionChanged.connect(self._consent_selected)
        rv.table.activated.connect(lambda _i: self._change_status())
        rv.status_button.clicked.connect(self._change_status)
        rv.delete_button.clicked.connect(self._ask_delete)
        rv.again_button.clicked.connect(self._again)
        rv.confirm.yes.clicked.connect(self._confirm_delete)
        cv.withdraw_button.clicked.connect(self._ask_withdraw)
        cv.confirm.yes.clicked.connect(self._confirm_withdraw)
        cv.proposal.yes.clicked.connect(self._confirm_cancel)
        self.vm.loaded.connect(self._on_loaded)
        self.vm.stepped.connect(self._on_stepped)
        self.vm.step_invalid.connect(self._on_step_invalid)
        self.vm.deleted.connect(lambda: rv.show_message(self.tr("Het concept is verwijderd.")))
        self.vm.error.connect(self._on_error)
        self.consents_vm.loaded.connect(self._on_consents)
        self.consents_vm.withdrawn.connect(self._on_withdrawn)
        self.consents_vm.cancelled.connect(self._on_cancelled)
        self.consents_vm.error.connect(self._on_consent_error)
        self.launcher.stored.connect(self._on_referred)

    # -- public API -------------------------------------------------------------------------

    def load(self, client_id: str, select_id: str | None = None) -> None:
        """Load the client's referrals; `select_id` is chosen once they arrive (Vandaag)."""
        self.clear()
        self._select_id = select_id
        self.vm.load(client_id)
        self.consents_vm.load(client_id)

    def clear(self) -> None:
        """Lock or leaving the record: forget every referral and consent, close dialogs."""
        self.launcher.clear()
        self.notes.clear()
        if self.status_dialog is not None:
            self.status_dialog.reject()
            self.status_dialog = None
        self.vm.clear()
        self.consents_vm.clear()
        self.model.clear()
        self.history_model.clear()
        self.consent_model.clear()
        self.overview = ReferralOverview()
        self._select_id = self._withdraw_id = None
        self._proposed = []
        for view in (self.rv, self.cv):
            view.show_rows(False)
            view.show_message("")
            view.confirm.hide()
        self.cv.proposal.hide()
        self.rv.clear_detail()
        self._referral_selected()
        self._consent_selected()

    # -- Verwijzingen -----------------------------------------------------------------------

    def current(self) -> Referral | None:
        return self.model.row_object(_selected_row(self.rv.table))

    def _on_loaded(self, overview: ReferralOverview) -> None:
        keep = self._select_id or (self.current().id if self.current() else None)
        self.overview = overview
        rows = list(reversed(overview.referrals))  # newest first
        self.model.set_rows(rows)
        self.rv.show_rows(bool(rows))
        row = self.model.row_of(keep) if keep else -1
        self._select_id = None
        if rows:
            self.rv.table.selectRow(max(row, 0))
        else:
            self._referral_selected()

    def _referral_selected(self, *_args: QItemSelection) -> None:
        rv, referral = self.rv, self.current()
        rv.confirm.hide()
        rv.status_button.setEnabled(referral is not None and bool(referral.next_states()))
        rv.delete_button.setEnabled(
            referral is not None and referral.status == CONCEPT and not referral.was_sent
        )
        rv.again_button.setEnabled(
            referral is not None and referral.status in REREFERABLE and self.launcher.available
        )
        self.notes.show(referral, self.overview)
        if referral is None:
            rv.clear_detail()
            self.history_model.clear()
            return
        rv.detail.show()
        rv.detail_question.setText(referral.question or "—")
        urgency = urgency_label(referral.urgency)
        if referral.urgency_reason:
            urgency += f": {referral.urgency_reason}"
        rv.detail_urgency.setText(urgency)
        rv.detail_consent.setText(
            self._consent_text(self.overview.consents.get(referral.consent_id))
        )
        rv.detail_based_on.setText(self._based_on_text(referral))
        self.history_model.set_rows(referral.history)

    def _consent_text(self, record: ConsentRecord | None) -> str:
        if record is None:
            return "—"
        codes = record.data.get("leefgebieden")
        areas = ", ".join(topic_name(str(c)) for c in codes) if isinstance(codes, list) else ""
        items = record.data.get("gegevens")
        data = ", ".join(str(i) for i in items) if isinstance(items, list) else ""
        status = record.status
        if status == "actief" and not record.is_active_on(date.today()):
            status = "verlopen"
        head = arg(self.tr("Gericht, %1 (%2), %3"), format_date(record.datum),
                   str(record.data.get("vorm", "")), status)  # fmt: skip
        return "\n".join(
            (head, arg(self.tr("Leefgebieden: %1"), areas), arg(self.tr("Gegevens: %1"), data))
        )

    def _based_on_text(self, referral: Referral) -> str:
        if not referral.based_on:
            return "—"
        earlier = next((r for r in self.overview.referrals if r.id == referral.based_on), None)
        if earlier is None:
            return self.tr("ja")
        when = format_date(earlier.history[0].effectief_op) if earlier.history else ""
        return arg(self.tr("vervolg op de verwijzing van %1 (%2)"), when,
                   state_text(earlier.status))  # fmt: skip

    def _change_status(self) -> None:
        referral = self.current()
        if referral is None or not referral.next_states() or self.status_dialog is not None:
            return
        dialog = StatusChangeDialog(referral, self.rv)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.step_requested.connect(self._store_step)
        dialog.finished.connect(lambda _r: self._status_closed(dialog))
        self.status_dialog = dialog
        dialog.open()
        dialog.activateWindow()

    def _status_closed(self, dialog: StatusChangeDialog) -> None:
        if self.status_dialog is dialog:
            self.status_dialog = None

    def _store_step(self, referral_id: str, step: StatusStep) -> None:
        self._select_id = referral_id
        self.vm.transition(referral_id, step)

    def _on_stepped(self, referral: Referral) -> None:
        if self.status_dialog is not None:
            self.status_dialog.finish()
        self.rv.show_message(
            arg(self.tr("%1 staat nu op %2."), referral.service_name, state_text(referral.status))
        )
        self.rv.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_step_invalid(self, field: str, rule: str) -> None:
        if self.status_dialog is not None:
            self.status_dialog.show_invalid(field, rule)

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        if self.status_dialog is not None:
            self.status_dialog.show_error(exc)
        elif not self.notes.show_error(exc):
            self.rv.show_message(error_text(exc), error=True)

    def _ask_delete(self) -> None:
        referral = self.current()
        if referral is None or referral.status != CONCEPT:
            return
        self.rv.confirm.setProperty("referral_id", referral.id)
        self.rv.confirm.ask(
            arg(self.tr("Het concept voor %1 verwijderen? Het is nooit verstuurd; het "
                        "verwijderen wordt vastgelegd in het logboek."), referral.service_name),
            self.tr("Ja, verwijderen"),
        )  # fmt: skip

    def _confirm_delete(self) -> None:
        referral_id = self.rv.confirm.property("referral_id")
        self.rv.confirm.hide()
        if isinstance(referral_id, str):
            self.vm.delete_concept(referral_id)

    def _again(self) -> None:
        referral = self.current()
        if referral is not None and referral.status in REREFERABLE:
            self.launcher.open_again(referral)

    def _on_referred(self, referral: Referral) -> None:
        self._select_id = referral.id
        self.rv.show_message(
            arg(self.tr("Verwijzing naar %1 staat klaar als concept."), referral.service_name)
        )
        if self.vm.client_id == referral.client_id:
            self.vm.reload()

    # -- Toestemmingen ----------------------------------------------------------------------

    def current_consent(self) -> ConsentRecord | None:
        return self.consent_model.row_object(_selected_row(self.cv.table))

    def _on_consents(self, rows: list[ConsentRecord]) -> None:
        keep = self.current_consent()
        self.consent_model.set_consents(rows)
        self.cv.show_rows(bool(rows))
        ids = [r.id for r in rows]
        if rows:
            self.cv.table.selectRow(ids.index(keep.id) if keep and keep.id in ids else 0)
        self._consent_selected()

    def _consent_selected(self, *_args: QItemSelection) -> None:
        record = self.current_consent()
        self.cv.confirm.hide()
        self.cv.withdraw_button.setEnabled(
            record is not None and record.kind == "gericht" and record.status == "actief"
        )

    def _ask_withdraw(self) -> None:
        record = self.current_consent()
        if record is None or record.kind != "gericht":
            return
        self._withdraw_id = record.id
        name = self.consent_model.cell(record, 1)
        self.cv.proposal.hide()
        self.cv.confirm.ask(
            arg(self.tr("De toestemming voor %1 intrekken? Er kan daarna geen nieuwe brief naar "
                        "deze ontvanger worden gemaakt. Wat al verstuurd is, kan niet worden "
                        "teruggehaald."), name),
            self.tr("Ja, intrekken"),
        )  # fmt: skip

    def _confirm_withdraw(self) -> None:
        self.cv.confirm.hide()
        if self._withdraw_id is not None:
            self.consents_vm.withdraw(self._withdraw_id)

    def _on_withdrawn(self, record: ConsentRecord, proposed: list[Referral]) -> None:
        self._proposed = [r.id for r in proposed]
        if not proposed:
            self.cv.show_message(self.tr("De toestemming is ingetrokken."))
            return
        names = ", ".join(f"{recipient_text(r)} ({state_text(r.status).lower()})" for r in proposed)
        text = (
            self.tr("De toestemming is ingetrokken. Deze open verwijzing steunt erop: %1. Op "
                    "Geannuleerd zetten, met de reden 'toestemming ingetrokken'?")
            if len(proposed) == 1
            else self.tr("De toestemming is ingetrokken. Deze %2 open verwijzingen steunen "
                         "erop: %1. Op Geannuleerd zetten, met de reden 'toestemming "
                         "ingetrokken'?")
        )  # fmt: skip
        self.cv.show_message("")
        self.cv.proposal.ask(
            arg(text, names, len(proposed)), self.tr("Op Geannuleerd zetten"), self.tr("Niet nu")
        )

    def _confirm_cancel(self) -> None:
        self.cv.proposal.hide()
        ids, self._proposed = self._proposed, []
        if ids:
            self.consents_vm.cancel_referrals(ids)

    def _on_cancelled(self, done: int, failure: BaseException | None) -> None:
        text = (
            self.tr("1 verwijzing staat nu op Geannuleerd.")
            if done == 1
            else arg(self.tr("%1 verwijzingen staan nu op Geannuleerd."), done)
        )
        if failure is not None:
            text += " " + arg(self.tr("Niet gelukt bij een verwijzing: %1"), error_text(failure))
        self.cv.show_message(text, error=failure is not None)

    def _on_consent_error(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        self.cv.show_message(error_text(exc), error=True)
