"""Opens the Verwijzen dialog (a higher layer passes it in) and keeps track of it for a lock."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from pohsd.domain.referral import Referral
from ui.bridge import ChangeBridge
from ui.tasks import TaskRunner


class ReferralDialogLike(Protocol):
    """What the callers need from ui.dialogs.ReferralDialog."""

    stored: SignalInstance
    finished: SignalInstance

    def discard(self) -> None: ...


class ReferralDialogOpener(Protocol):
    """The ReferralDialog class itself: `open_for` (a map service) and `open_again`."""

    def open_for(
        self,
        runner: TaskRunner,
        parent: QWidget | None,
        client_id: str,
        service_id: str,
        topic: str | None = None,
        *,
        bridge: ChangeBridge | None = None,
    ) -> ReferralDialogLike: ...

    def open_again(
        self,
        runner: TaskRunner,
        parent: QWidget | None,
        referral: Referral,
        *,
        bridge: ChangeBridge | None = None,
    ) -> ReferralDialogLike: ...


class ReferralLauncher(QObject):
    """One Verwijzen dialog at a time; a lock (`clear`) discards it with what was typed.

    Signals:
        stored(object): the new concept Referral.
    """

    stored = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge | None,
        parent: QWidget,
        opener: ReferralDialogOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bridge = bridge
        self._parent = parent
        self.opener = opener
        self.dialog: ReferralDialogLike | None = None

    @property
    def available(self) -> bool:
        return self.opener is not None

    def open_for(self, client_id: str, service_id: str, topic: str | None = None) -> bool:
        if self.opener is None or self.dialog is not None:
            return False
        self._track(
            self.opener.open_for(
                self._runner, self._parent, client_id, service_id, topic, bridge=self._bridge
            )
        )
        return True

    def open_again(self, referral: Referral) -> bool:
        if self.opener is None or self.dialog is not None:
            return False
        self._track(
            self.opener.open_again(self._runner, self._parent, referral, bridge=self._bridge)
        )
        return True

    def clear(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.discard()

    def _track(self, dialog: ReferralDialogLike) -> None:
        self.dialog = dialog
        dialog.stored.connect(self.stored)
        dialog.finished.connect(lambda _result: self._finished(dialog))

    def _finished(self, dialog: ReferralDialogLike) -> None:
        if self.dialog is dialog:
            self.dialog = None
