"""The client record's per-client tabs that load on opening and empty on leaving."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ui.bridge import ChangeBridge
from ui.tasks import TaskRunner
from ui.views.client_record_view import ClientRecordView
from ui.widgets.documents_tab import DocumentsTab, LetterDialogOpener
from ui.widgets.feedback_prep import FeedbackPrep
from ui.widgets.outcomes_tab import OutcomesTab
from ui.widgets.referral_launch import ReferralDialogOpener
from ui.widgets.referral_tabs import ReferralTabs


class RecordTabs(QObject):
    """Verwijzingen, Toestemmingen, Documenten and Uitkomsten, plus the GP statusupdate."""

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        view: ClientRecordView,
        parent: QWidget,
        *,
        referral_dialog_factory: ReferralDialogOpener | None,
        letter_dialog_factory: LetterDialogOpener | None,
    ) -> None:
        super().__init__(parent)
        self.referrals = ReferralTabs(
            runner, bridge, view.referrals, view.consents,
            opener=referral_dialog_factory, parent=self,
        )  # fmt: skip
        self.documents = DocumentsTab(
            runner, bridge, view.documents, parent, opener=letter_dialog_factory
        )
        self.outcomes = OutcomesTab(runner, bridge, view.outcomes, self)
        self.feedback = FeedbackPrep(runner, bridge, parent, letter_dialog_factory)
        if letter_dialog_factory is not None:
            self.referrals.notes.set_feedback_preparer(self.feedback.prepare)
        self.referrals.vm.stepped.connect(self.feedback.after_step)

    def load(self, client_id: str, referral_id: str | None = None) -> None:
        self.referrals.load(client_id, select_id=referral_id)
        self.documents.load(client_id)
        self.outcomes.load(client_id)

    def close(self) -> None:
        """The record is left: nothing of these tabs stays in memory."""
        self.referrals.clear()
        self.documents.clear()
        self.outcomes.clear()

    def clear(self) -> None:
        """A lock: also close a statusupdate letter with what was typed."""
        self.close()
        self.feedback.clear()
