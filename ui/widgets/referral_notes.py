"""Controller of a referral's Notities and its pending GP terugkoppeling (Verwijzingen tab)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog

from pohsd.domain.referral import FOUTIEF, Referral
from ui.i18n import arg
from ui.models.referral_models import recipient_text
from ui.models.referral_notes_model import ReferralNotesModel
from ui.viewmodels.referrals_vm import ClientReferralsViewModel, ReferralOverview
from ui.views.referrals_view import ReferralsTabView
from ui.widgets.referral_note_dialog import NoteDialog, SkipFeedbackDialog

#: Called with the referral whose terugkoppeling the POH wants to prepare (the letters helper).
FeedbackPreparer = Callable[[Referral], None]


class ReferralNotes(QObject):
    """Fills the notes list and the terugkoppeling line of the chosen referral; opens dialogs.

    The "Klaarzetten…" button stays hidden until `set_feedback_preparer` connects the maker of
    the status-update letter; "Overslaan…" records the skip with its reason.
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ReferralNotes", text)

    def __init__(
        self, view: ReferralsTabView, vm: ClientReferralsViewModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.rv = view
        self.vm = vm
        self.model = ReferralNotesModel(self)
        self.referral: Referral | None = None
        self.dialog: NoteDialog | SkipFeedbackDialog | None = None
        self._preparer: FeedbackPreparer | None = None
        view.notes.setModel(self.model)
        header = view.notes.horizontalHeader()
        for column, width in enumerate((150, 150, 420)):
            header.resizeSection(column, width)
        view.note_button.clicked.connect(self.open_note)
        view.feedback_skip.clicked.connect(self.open_skip)
        view.feedback_prepare.clicked.connect(self._prepare)
        vm.noted.connect(self._on_noted)
        vm.feedback_recorded.connect(self._on_skipped)
        vm.note_invalid.connect(self._on_invalid)

    # -- public API -------------------------------------------------------------------------

    def set_feedback_preparer(self, preparer: FeedbackPreparer | None) -> None:
        """The lead connects the status-update letter here; the button shows once set."""
        self._preparer = preparer
        self.rv.feedback_prepare.setVisible(preparer is not None)

    def show(self, referral: Referral | None, overview: ReferralOverview) -> None:
        """The chosen referral (or None): its notes, newest first, and the terugkoppeling line."""
        self.referral = referral
        notes = overview.notes.get(referral.id, ()) if referral is not None else ()
        self.model.set_rows(reversed(notes))
        self.rv.show_notes(len(notes))
        self.rv.note_button.setEnabled(referral is not None and referral.status != FOUTIEF)
        pending = referral is not None and referral.id in overview.feedback_pending
        self.rv.feedback.setVisible(pending)

    def clear(self) -> None:
        """Lock or leaving the record: close a dialog, forget the notes."""
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.referral = None
        self.model.clear()
        self.rv.show_notes(0)
        self.rv.feedback.hide()

    def show_error(self, exc: BaseException) -> bool:
        """Show a failure in the open dialog; False when none is open."""
        if self.dialog is None:
            return False
        self.dialog.show_error(exc)
        return True

    # -- dialogs ----------------------------------------------------------------------------

    def open_note(self) -> None:
        referral = self.referral
        if referral is None or self.dialog is not None:
            return
        dialog = NoteDialog(referral.id, recipient_text(referral), self.rv)
        dialog.note_requested.connect(self.vm.add_note)
        self._open(dialog)

    def open_skip(self) -> None:
        referral = self.referral
        if referral is None or self.dialog is not None:
            return
        dialog = SkipFeedbackDialog(referral.id, recipient_text(referral), self.rv)
        dialog.skip_requested.connect(self.vm.skip_feedback)
        self._open(dialog)

    def _open(self, dialog: NoteDialog | SkipFeedbackDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _prepare(self) -> None:
        if self._preparer is not None and self.referral is not None:
            self._preparer(self.referral)

    # -- results ----------------------------------------------------------------------------

    def _on_noted(self, _referral_id: str) -> None:
        if self.dialog is not None:
            self.dialog.finish()
        self.rv.show_message(self.tr("De notitie is vastgelegd."))
        self.rv.detail_tabs.setCurrentWidget(self.rv.notes_stack)
        self.rv.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_skipped(self, _referral_id: str) -> None:
        if self.dialog is not None:
            self.dialog.finish()
        name = recipient_text(self.referral) if self.referral is not None else ""
        self.rv.show_message(
            arg(self.tr("Terugkoppeling bij %1 overgeslagen; de reden is vastgelegd."), name)
        )

    def _on_invalid(self, field: str, rule: str) -> None:
        if self.dialog is not None:
            self.dialog.show_invalid(field, rule)
