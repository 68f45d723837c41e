"""Signals on the intake screen: the list, the banner, and the interrupting dialogs one by one."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, SignalInstance
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from pohsd.domain.intake import SignalRecord
from pohsd.domain.questionnaire import Signal as SignalDefinition
from ui.i18n import arg
from ui.messages import error_text
from ui.models.client_list_model import ID_ROLE
from ui.models.intake_models import SignalListModel, urgency_text
from ui.viewmodels.intake_vm import IntakeViewModel
from ui.views.intake_view import IntakeView


class SignalDialogLike(Protocol):
    """What the page needs from the signal dialog (ui.dialogs.SignalDialog)."""

    action_requested: SignalInstance
    later_requested: SignalInstance
    dismiss_requested: SignalInstance
    finished: SignalInstance
    record: SignalRecord

    def open(self) -> None: ...
    def finish(self) -> None: ...
    def show_error(self, text: str) -> None: ...
    def force_close(self) -> None: ...
    def deleteLater(self) -> None: ...  # noqa: N802 — Qt name


class SignalDialogFactory(Protocol):
    def __call__(
        self, record: SignalRecord, definition: SignalDefinition, parent: QWidget
    ) -> SignalDialogLike: ...


class SignalPresenter(QObject):
    """Keeps list and banner in step with the recorded signals and opens their dialogs.

    Only one dialog is open at a time; signals raised meanwhile wait their turn.
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SignalPresenter", text)

    def __init__(
        self,
        vm: IntakeViewModel,
        view: IntakeView,
        factory: SignalDialogFactory | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._vm = vm
        self._view = view
        self._factory = factory
        self._parent = parent
        self._queue: list[str] = []
        self._return_focus: QWidget | None = None
        self.dialog: SignalDialogLike | None = None
        self.hidden = False
        self.model = SignalListModel(self)
        view.signals.setModel(self.model)
        tracker = vm.signals
        tracker.changed.connect(self.refresh)
        tracker.raised.connect(lambda record: self.enqueue(record.id))
        tracker.due.connect(self.enqueue)
        tracker.updated.connect(self._stored)
        tracker.failed.connect(self._failed)
        view.signals.activated.connect(self._activated)
        view.signals.clicked.connect(self._activated)
        view.banner_button.clicked.connect(self.open_first)
        self.menu = QMenu(view.add_signal_button)
        self.menu.setObjectName("intake_signal_menu")
        view.add_signal_button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill_menu)

    # -- list and banner --------------------------------------------------------------------

    def refresh(self) -> None:
        q = self._vm.questionnaire
        labels = {s.id: s.label for s in q.signals}
        self.model.set_signals(self._vm.signals.records, labels)
        has_rows = self.model.rowCount() > 0
        self._view.signals.setVisible(has_rows)
        self._view.signals_empty.setVisible(not has_rows)
        self.update_banner()

    def update_banner(self) -> None:
        records = self._vm.signals.open_records
        labels = {s.id: s.label for s in self._vm.questionnaire.signals}
        if not records or self.hidden:
            self._view.banner.hide()
            return
        names = ", ".join(
            f"{labels.get(r.signal_id, r.signal_id)} ({urgency_text(r.urgency)})" for r in records
        )
        text = self.tr("⚠ Open signaal: %1. Dit blijft staan tot het is afgehandeld.")
        if len(records) > 1:
            text = self.tr("⚠ Open signalen: %1. Dit blijft staan tot ze zijn afgehandeld.")
        self._view.banner_text.setText(arg(text, names))
        self._view.banner.show()

    def set_hidden(self, hidden: bool) -> None:
        """Kijkmodus hides the banner (a new signal still interrupts)."""
        self.hidden = hidden
        self.update_banner()

    def _fill_menu(self) -> None:
        self.menu.clear()
        q = self._vm.questionnaire
        for signal in q.signals:
            action = self.menu.addAction(signal.label)
            action.triggered.connect(
                lambda _c=False, sid=signal.id: self._vm.signals.raise_manual(q, sid)
            )

    # -- dialogs ----------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        row_id = index.data(ID_ROLE)
        record = self._vm.signals.record(row_id) if isinstance(row_id, str) else None
        if record is not None and record.is_open:
            self.enqueue(record.id)

    def open_first(self) -> None:
        records = self._vm.signals.open_records
        if records:
            self.enqueue(records[0].id)

    def enqueue(self, row_id: str) -> None:
        if self.dialog is not None and self.dialog.record.id == row_id:
            return
        if row_id not in self._queue:
            self._queue.append(row_id)
        self._show_next()

    def _show_next(self) -> None:
        if self.dialog is not None or self._factory is None:
            return
        while self._queue:
            record = self._vm.signals.record(self._queue.pop(0))
            if record is None or not record.is_open:
                continue
            definition = self._vm.questionnaire.signal(record.signal_id)
            dialog = self._factory(record, definition, self._parent)
            dialog.action_requested.connect(
                lambda rid, text, close: self._vm.signals.record_action(rid, text, close=close)
            )
            dialog.later_requested.connect(self._vm.signals.later)
            dialog.dismiss_requested.connect(self._vm.signals.dismiss)
            dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
            if self.dialog is None and self._return_focus is None:
                self._return_focus = QApplication.focusWidget()
            self.dialog = dialog
            dialog.open()
            return

    def _closed(self, dialog: SignalDialogLike) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self._show_next()
        if self.dialog is None:
            self._restore_focus()

    def _restore_focus(self) -> None:
        """Back to where the POH was typing when the signal interrupted."""
        target, self._return_focus = self._return_focus, None
        window = self._parent.window()
        window.activateWindow()
        if target is not None and target.isVisible() and target.window() is window:
            target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _stored(self, row_id: str) -> None:
        if self.dialog is not None and self.dialog.record.id == row_id:
            self.dialog.finish()

    def _failed(self, key: str, exc: BaseException) -> None:
        if self.dialog is not None and self.dialog.record.id == key:
            self.dialog.show_error(error_text(exc))

    def clear(self) -> None:
        """Lock or leaving the screen: close the dialog at once and forget the queue."""
        self._queue.clear()
        self._return_focus = None
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.force_close()
            dialog.deleteLater()
        self.model.clear()
        self._view.banner.hide()
