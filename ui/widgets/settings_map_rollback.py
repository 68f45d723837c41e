"""Instellingen › Sociale kaart: put the previous map back (and a second time, forward again)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,  # noqa: TID251 — a controller may ask for confirmation
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.changes import Changes
from pohsd.domain.errors import ErrorCode, PohsdError
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.models.service_model import dutch_date
from ui.tasks import TaskRunner
from ui.views.form_helpers import heading

if TYPE_CHECKING:
    from pohsd.services.socialmap_generations import RollbackTarget
    from pohsd.workspace import Workspace


@dataclass(frozen=True)
class RollbackInfo:
    """What a rollback would do; `forward` when it returns to a newer map (after a rollback)."""

    target: RollbackTarget | None
    forward: bool = False


def load_rollback_info(ws: Workspace) -> RollbackInfo:
    """DB thread: the rollback target, and whether it is newer than the map in use."""
    target = ws.socialmap.rollback_target()
    if target is None or target.built_at is None:
        return RollbackInfo(target)
    try:
        current = ws.socialmap.status().built_at
    except Exception:  # only the wording needs it; a damaged current map may still go back
        current = None
    return RollbackInfo(target, current is not None and target.built_at > current)


def local_date(moment: datetime) -> str:
    """An aware UTC moment as dd-mm-jjjj in local time."""
    return dutch_date(moment.astimezone().date())


class SocialMapRollback(QWidget):
    """The "Vorige kaart" section: one line on what going back does, and the button.

    Signals:
        message(str): a sentence for the tab's status line.
    """

    message = Signal(str)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SocialMapRollback", text)

    def __init__(self, runner: TaskRunner, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("socialmapRollbackSection")
        self._runner = runner
        self._bridge = bridge
        self._info: RollbackInfo | None = None
        self._busy = False
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading(self, self.tr("Vorige kaart"), "socialmapRollbackHeading", 1.0))
        self.info = QLabel(self)
        self.info.setObjectName("socialmapRollbackInfo")
        self.info.setWordWrap(True)
        self.info.setMaximumWidth(720)
        layout.addWidget(self.info)
        self.button = QPushButton(self.tr("Vorige kaart terugzetten…"), self)
        self.button.setObjectName("socialmapRollback")
        self.button.setAccessibleName(self.tr("Vorige kaart terugzetten"))
        self.button.setEnabled(False)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.button.clicked.connect(self._ask)

    # ---- what the button would do --------------------------------------------------------------

    def clear(self) -> None:
        if self.confirm_box is not None:
            self.confirm_box.reject()
        self._info = None
        self._busy = False
        self.info.clear()
        self.button.setAccessibleDescription("")
        self.button.setEnabled(False)

    def refresh(self) -> None:
        self._runner.db(load_rollback_info).success(self._show).failure(self._failed).run()

    def _show(self, info: RollbackInfo) -> None:
        self._info = info
        text = self.describe(info)
        self.info.setText(text)
        self.button.setAccessibleDescription(text)
        self.button.setEnabled(info.target is not None and not self._busy)

    def describe(self, info: RollbackInfo) -> str:
        """The info line: where the button goes, how many services, the date of that map."""
        target = info.target
        if target is None:
            return self.tr("Er is geen eerdere kaart om naar terug te gaan.")
        n = target.services
        if target.kind == "sync" and info.forward:
            body = (
                self.tr(
                    "Het bijwerken opnieuw doen: 1 voorziening wordt weer zoals na het bijwerken"
                )
                if n == 1
                else self.tr(
                    "Het bijwerken opnieuw doen: %1 voorzieningen worden weer zoals na het "
                    "bijwerken"
                )
            )
        elif target.kind == "sync":
            body = (
                self.tr(
                    "De laatste keer bijwerken terugdraaien: 1 voorziening komt terug zoals die was"
                )
                if n == 1
                else self.tr(
                    "De laatste keer bijwerken terugdraaien: %1 voorzieningen komen terug "
                    "zoals ze waren"
                )
            )
        else:
            return self._describe_map(info.forward, n, target.built_at)
        body = arg(body, n)
        if target.built_at is None:
            return body + "."
        return arg(self.tr("%1 (kaart van %2)."), body, local_date(target.built_at))

    def _describe_map(self, forward: bool, n: int, built_at: datetime | None) -> str:
        """After a full import: the other generation file becomes the map."""
        count = self.tr("1 voorziening") if n == 1 else arg(self.tr("%1 voorzieningen"), n)
        if built_at is None:
            text = (
                self.tr("Terug naar de nieuwere kaart (%1).")
                if forward
                else self.tr("Terug naar de vorige kaart (%1).")
            )
            return arg(text, count)
        text = (
            self.tr("Terug naar de nieuwere kaart van %1 (%2).")
            if forward
            else self.tr("Terug naar de vorige kaart van %1 (%2).")
        )
        return arg(text, local_date(built_at), count)

    # ---- going back ----------------------------------------------------------------------------

    def _ask(self) -> None:
        info = self._info
        if info is None or info.target is None or self._busy or self.confirm_box is not None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmSocialmapRollback")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Vorige kaart terugzetten"))
        box.setText(self.tr("De kaart terugzetten?"))
        box.setInformativeText(
            self.describe(info)
            + " "
            + (
                self.tr("Nog een keer terugzetten zet daarna de oudere kaart terug.")
                if info.forward
                else self.tr("Nog een keer terugzetten zet daarna de nieuwere kaart terug.")
            )
        )
        yes = box.addButton(self.tr("Terugzetten"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmSocialmapRollbackYes")
        no = box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("confirmSocialmapRollbackNo")
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        self.confirm_box = box
        box.finished.connect(lambda _r: self._answered(box, box.clickedButton() is yes, info))
        box.open()

    def _answered(self, box: QMessageBox, yes: bool, info: RollbackInfo) -> None:
        self.confirm_box = None
        box.deleteLater()
        if yes:
            self._roll_back(info.forward)

    def _roll_back(self, forward: bool) -> None:
        self._busy = True
        self.button.setEnabled(False)
        self.message.emit(self.tr("De kaart wordt teruggezet…"))
        self._runner.db(lambda ws: ws.socialmap.rollback()).success(
            lambda _gen: self._rolled_back(forward)
        ).failure(self._rollback_failed).run()

    def _rolled_back(self, forward: bool) -> None:
        self._busy = False
        self.message.emit(
            self.tr("De kaart is teruggezet. Nog een keer terugzetten zet de oudere kaart terug.")
            if forward
            else self.tr(
                "De kaart is teruggezet. Nog een keer terugzetten zet de nieuwere kaart terug."
            )
        )
        self._bridge.publish(Changes(audit=True), self)
        self.refresh()

    def _rollback_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._failed(exc)
        self.refresh()  # the button stays usable while there is something to go back to

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        self.button.setEnabled(self._info is not None and self._info.target is not None)
        self.message.emit(error_text(exc))
