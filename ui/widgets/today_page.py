"""Vandaag: the home screen with follow-ups, referral actions, recent changes, open intakes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget
from typing_extensions import override

from pohsd.domain.errors import ErrorCode, PohsdError
from ui.bridge import ChangeBridge
from ui.messages import error_text
from ui.models.worklist_model import WorklistModel
from ui.tasks import TaskRunner
from ui.viewmodels.today_vm import TodayViewModel
from ui.views.today_view import TodayView

if TYPE_CHECKING:
    from pohsd.services.worklist import WorkItem, Worklist

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: Where each kind of row opens in the client record.
TAB_OF_KIND = {"vervolg": "gesprekken", "actie": "verwijzingen", "recent": "verwijzingen"}


class TodayPage(QWidget):
    """The Vandaag page: four sections, each row opening the place where the work continues.

    Signals:
        new_client_requested(): the "Nieuwe cliënt" button was pressed.
        client_requested(str, str, str): client id, record tab key ("gesprekken" or
            "verwijzingen") and the referral to select ("" for none).
        intake_requested(str): an unfinished intake or vervolg to open on the intake screen.
        count_changed(int): rows in "Vervolggesprekken" and "Actie nodig" (for a badge).
    """

    new_client_requested = Signal()
    client_requested = Signal(str, str, str)
    intake_requested = Signal(str)
    count_changed = Signal(int)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("TodayPage", text)

    def __init__(
        self, runner: TaskRunner, bridge: ChangeBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = TodayView(self)
        layout.addWidget(self.view)
        self.vm = TodayViewModel(runner, bridge, self)
        self.models: dict[str, WorklistModel] = {}
        for key, section in self.view.sections.items():
            model = WorklistModel(with_late=key == "actie", parent=self)
            self.models[key] = model
            section.table.setModel(model)
            section.table.doubleClicked.connect(self._open_index)
            section.table.installEventFilter(self)
        self.view.size_columns()
        # compatibility names for the shell and older tests
        self.date_label = self.view.date_label
        self.empty = self.view.empty
        self.new_client = self.view.new_client
        self.new_client.clicked.connect(self.new_client_requested.emit)
        self.vm.loaded.connect(self._on_loaded)
        self.vm.error.connect(self._on_error)
        self.vm.day_changed.connect(self._show_date)
        self._show_date()
        self._show_counts()

    # -- public API (main window) -----------------------------------------------------------

    def refresh(self) -> None:
        """After unlocking: show today's date and load the worklist (now, or when shown)."""
        self._show_date()
        self.view.show_error("")
        self.vm.activate()
        self._show_loading()

    def clear(self) -> None:
        """Lock: drop every name and row; nothing loads until the next unlock."""
        self.vm.clear()
        for model in self.models.values():
            model.clear()
        self.view.show_error("")
        self._show_counts()

    def table(self, key: str) -> QTableView:
        """The table of a section: vervolg, actie, recent or intake."""
        return self.view.sections[key].table

    # -- loading ----------------------------------------------------------------------------

    def _show_date(self) -> None:
        text = QLocale().toString(QDate.currentDate(), "dddd d MMMM yyyy")
        self.view.date_label.setText(text[:1].upper() + text[1:])

    def _on_loaded(self, worklist: Worklist) -> None:
        self._show_date()
        self.view.show_error("")
        rows = {
            "vervolg": worklist.follow_ups,
            "actie": worklist.actions,
            "recent": worklist.recent,
            "intake": worklist.unfinished,
        }
        for key, items in rows.items():
            table = self.table(key)
            keep = self._current(table)
            self.models[key].set_rows(items)
            row = self.models[key].row_of(keep.target_id) if keep is not None else -1
            if row >= 0:
                table.selectRow(row)
        self._show_counts()

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        self.view.loading.hide()
        self.view.show_error(error_text(exc))

    def _show_loading(self) -> None:
        empty = all(m.rowCount() == 0 for m in self.models.values())
        self.view.loading.setVisible(empty and self.vm.loading)
        if self.view.loading.isVisible():
            self.view.show_empty(False)

    def _show_counts(self) -> None:
        total = 0
        for key, section in self.view.sections.items():
            count = self.models[key].total
            section.set_count(count)
            total += count
        self.view.loading.hide()
        self.view.show_empty(total == 0)
        self.count_changed.emit(self.models["vervolg"].total + self.models["actie"].total)

    # -- opening ----------------------------------------------------------------------------

    def _current(self, table: QTableView) -> WorkItem | None:
        model = table.model()
        if not isinstance(model, WorklistModel):
            return None
        return model.row_object(table.currentIndex().row())

    def _open_index(self, index: QModelIndex) -> None:
        model = index.model()
        for key, candidate in self.models.items():
            if candidate is model:
                self.open_item(self.models[key].row_object(index.row()))
                return

    def open_item(self, item: WorkItem | None) -> None:
        """Go where the work on this row continues."""
        if item is None:
            return
        if item.kind == "intake":
            self.intake_requested.emit(item.target_id)
            return
        referral = item.target_id if item.kind in ("actie", "recent") else ""
        self.client_requested.emit(item.client_id, TAB_OF_KIND[item.kind], referral)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: Enter on a row opens it."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _OPEN_KEYS
            and isinstance(watched, QTableView)
        ):
            index = watched.currentIndex()
            if index.isValid():
                self._open_index(index)
                return True
        return super().eventFilter(watched, event)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: load when the POH looks (each load is audited)."""
        super().showEvent(event)
        self.vm.set_shown(True)
        self._show_loading()

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        """Override QWidget.hideEvent."""
        super().hideEvent(event)
        self.vm.set_shown(False)
