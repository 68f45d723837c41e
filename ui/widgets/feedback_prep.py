"""Closing the loop (spec/intake.md §8): the statusupdate for the GP after a referral step."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from pohsd.domain.referral import Referral
from pohsd.domain.reminders import FEEDBACK_STATES, OPTIONAL_FEEDBACK_STATES
from ui.bridge import ChangeBridge
from ui.tasks import TaskRunner
from ui.widgets.documents_tab import LetterDialogOpener

AUTO_SETTING = "terugkoppeling.automatisch"
STATUS_UPDATE = "status-update"


def feedback_steps(settings: dict[str, str]) -> tuple[str, ...]:
    """The steps that get a statusupdate: the fixed four plus those the practice switched on."""
    extra = tuple(s for s in OPTIONAL_FEEDBACK_STATES if settings.get(f"terugkoppeling.{s}") == "1")
    return FEEDBACK_STATES + extra


class FeedbackPrep(QObject):
    """Opens the statusupdate letter for a referral, by hand or right after a step.

    Right after a step only when the practice chose "meteen klaarzetten". Exporting, printing
    or copying the letter records the terugkoppeling as given (ws.letters does that).
    """

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        parent: QWidget,
        opener: LetterDialogOpener | None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bridge = bridge
        self._parent = parent
        self.opener = opener
        self.dialog: QObject | None = None
        self._epoch = 0

    def prepare(self, referral: Referral) -> None:
        if self.opener is None:
            return
        self.close()
        self.dialog = self.opener.open_for(
            self._runner, self._parent, STATUS_UPDATE, referral_id=referral.id, bridge=self._bridge
        )
        self.dialog.destroyed.connect(self._forget)

    def after_step(self, referral: Referral) -> None:
        """Prepare it at once when the practice asked for that and this step needs one."""
        if self.opener is None:
            return
        epoch = self._epoch

        def read(ws: object) -> dict[str, str]:
            keys = (AUTO_SETTING, *(f"terugkoppeling.{s}" for s in OPTIONAL_FEEDBACK_STATES))
            return {k: ws.practice.setting(k, "") for k in keys}  # type: ignore[attr-defined]

        def decide(settings: dict[str, str]) -> None:
            wanted = settings.get(AUTO_SETTING) == "1"
            if epoch == self._epoch and wanted and referral.status in feedback_steps(settings):
                self.prepare(referral)

        self._runner.db(read).success(decide).run()

    def _forget(self) -> None:
        self.dialog = None

    def close(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and hasattr(dialog, "force_close"):
            dialog.force_close()

    def clear(self) -> None:
        """A lock: forget pending decisions and close the letter with what was typed."""
        self._epoch += 1
        self.close()
