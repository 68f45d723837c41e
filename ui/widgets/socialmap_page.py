"""Sociale kaart page: wires search, filters, results, detail, favourite/note and import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,  # noqa: TID251 — a controller shows the Dutch error
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from pohsd.domain.errors import ValidationError
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.models.service_model import ID_ROLE, ServiceListModel
from ui.tasks import TaskRunner
from ui.viewmodels.own_services_vm import service_with_own
from ui.viewmodels.socialmap_sync_vm import MapPrefs, SyncJob
from ui.viewmodels.socialmap_vm import SocialMapViewModel, banner_text, status_text
from ui.views.socialmap_view import SocialMapView
from ui.widgets.own_services_control import OwnServicesControl
from ui.widgets.referral_launch import ReferralDialogOpener, ReferralLauncher
from ui.widgets.service_detail import ServiceDetail

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# (job, url, start, parent) -> the sync dialog; main_window passes SocialMapSyncDialog
SyncDialogFactory = Callable[[SyncJob, str, bool, QWidget], QDialog]


class SocialMapPage(QWidget):
    """Controller of the Sociale kaart screen (Page protocol: clear, refresh)."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SocialMapPage", text)

    def __init__(
        self,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        sync_dialog_factory: SyncDialogFactory | None = None,
        referral_dialog_factory: ReferralDialogOpener | None = None,
        bridge: ChangeBridge | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("socialMapPage")
        self.runner = runner
        self.referral_launcher = ReferralLauncher(runner, bridge, self, referral_dialog_factory)
        self.referral_launcher.stored.connect(self._referred)
        self._client: tuple[str, str] | None = None  # (id, name) of the open client
        self.vm = SocialMapViewModel(runner, self)
        self.sync_job = SyncJob(runner, self)
        self._sync_dialog_factory = sync_dialog_factory
        self.sync_dialog: QDialog | None = None
        self._status: Any = None
        self._held: tuple[int, int] | None = None  # a start-up sync held back a large drop
        self._start_checked = False  # sync-on-start is considered once per session
        self.model = ServiceListModel(self)
        self.view = SocialMapView(self)
        self.detail = ServiceDetail(self.view)
        self.view.add_detail(self.detail)
        self.view.list.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._loaded = False
        self._detail_request = 0
        self._epoch = 0  # bumped by clear(): late callbacks from before a lock are ignored

        v = self.view
        v.search.textEdited.connect(self.vm.set_text)
        v.topic.currentIndexChanged.connect(
            lambda: self.vm.set_filter("topic", v.topic.currentData())
        )
        v.toegang.currentIndexChanged.connect(
            lambda: self.vm.set_filter("toegang", v.toegang.currentData())
        )
        v.language.currentIndexChanged.connect(
            lambda: self.vm.set_filter("language", v.language.currentData())
        )
        v.weekday.currentIndexChanged.connect(
            lambda: self.vm.set_filter("weekday", v.weekday.currentData())
        )
        v.free.toggled.connect(lambda on: self.vm.set_filter("free", True if on else None))
        v.postcode.textEdited.connect(self._postcode)
        v.max_km.valueChanged.connect(lambda _v: self._postcode(v.postcode.text()))
        v.age.valueChanged.connect(lambda age: self.vm.set_filter("age", age if age >= 0 else None))
        v.import_button.clicked.connect(self.choose_import)
        v.sync_button.clicked.connect(lambda: self.open_sync(start=False))
        v.banner_sync.clicked.connect(lambda: self.open_sync(start=True))
        v.sync_button.setEnabled(sync_dialog_factory is not None)
        v.banner_sync.setEnabled(sync_dialog_factory is not None)
        self.sync_job.started.connect(self._sync_started)
        self.sync_job.succeeded.connect(self._synced)
        self.sync_job.held.connect(self._sync_held)
        self.sync_job.failed.connect(self._sync_failed)
        self.vm.prefs_changed.connect(self._show_prefs)
        v.list.selectionModel().currentChanged.connect(self._current_changed)
        v.list.activated.connect(self._open_index)
        v.list.installEventFilter(self)
        self.vm.results_changed.connect(self._show_results)
        self.vm.status_changed.connect(self._show_status)
        self.vm.failed.connect(self._search_failed)
        self.detail.favourite_toggled.connect(self._save_favourite)
        self.detail.note_changed.connect(self._save_note)
        self.detail.refer_requested.connect(self._refer)
        self.own = OwnServicesControl(runner, self)  # eigen aanbod: buttons, editor, list
        self._show_status(None)

    # ---- Page protocol -------------------------------------------------------------------

    def clear(self) -> None:
        """Empty every field; nothing from this session stays on screen."""
        self.referral_launcher.clear()
        self.own.clear()
        self._client = None
        self.detail.set_client(None)
        self.detail.flush_note()
        self.vm.clear()
        self.sync_job.detach()
        self._epoch += 1
        self._status = None
        self._held = None
        self._start_checked = False
        self._set_busy(False)
        self._loaded = False
        self._detail_request += 1
        self.model.set_rows([])
        self.detail.clear()
        v = self.view
        for combo in (v.topic, v.toegang, v.language, v.weekday):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        v.free.blockSignals(True)
        v.free.setChecked(False)
        v.free.blockSignals(False)
        for spin in (v.age, v.max_km):
            spin.blockSignals(True)
            spin.setValue(spin.minimum())
            spin.blockSignals(False)
        v.search.clear()
        v.postcode.clear()
        self._show_status(None)

    def refresh(self) -> None:
        """Load the map status and the first results (only with an open workspace)."""
        if self.runner.has_workspace:
            self._loaded = True
            self.vm.load_status()

    def focus_search(self) -> None:
        self.view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.search.selectAll()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: load on first show."""
        super().showEvent(event)
        if not self._loaded:
            self.refresh()
        elif self.runner.has_workspace:
            self.vm.reload(self._status)  # the settings or the map may have changed meanwhile

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list opens the detail and moves focus there."""
        if (
            watched is self.view.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _OPEN_KEYS
        ):
            self._open_index(self.view.list.currentIndex(), focus=True)
            return True
        return super().eventFilter(watched, event)

    # ---- results and detail --------------------------------------------------------------

    def set_client(
        self, client_id: str | None, name: str = "", age: int | None = None, postcode: str = ""
    ) -> None:
        """The client open in Cliënten (or None): "Verwijzen…" and filters that fit them."""
        if client_id is None or not self.referral_launcher.available:
            self._client = None
            self.detail.set_client(None)
            return
        if self._client is None or self._client[0] != client_id:
            self.set_client_age(age)
            pc4 = postcode.replace(" ", "")[:4]
            self.view.postcode.setText(pc4 if pc4.isdigit() else "")
            self._postcode(self.view.postcode.text())
        self._client = (client_id, name)
        self.detail.set_client(name)

    def _refer(self, service_id: str) -> None:
        if self._client is None or not service_id:
            return
        topic = self.view.topic.currentData() or None
        self.referral_launcher.open_for(self._client[0], service_id, topic)

    def _referred(self, referral: Any) -> None:
        self.detail.show_message(
            arg(self.tr("Verwijzing naar %1 staat klaar als concept."), referral.service_name)
        )

    def set_client_age(self, age: int | None) -> None:
        """Prefill the leeftijd chip with the open client's age (None: any age)."""
        self.view.age.setValue(-1 if age is None else max(0, min(age, 120)))

    def _postcode(self, text: str) -> None:
        digits = text.strip()
        valid = len(digits) == 4 and digits.isdigit()
        self.view.max_km.setEnabled(valid and self.vm.has_map)
        km = self.view.max_km.value()
        self.vm.set_filter("max_km", float(km) if valid and km > 0 else None)
        self.vm.set_filter("postcode4", digits if valid else None)

    def _show_status(self, status: Any) -> None:
        self._status = status
        has_map = status is not None and status.generation_id is not None
        self.view.stack.setCurrentIndex(1 if has_map else 0)
        self.view.status.setText(status_text(status, self.vm.prefs) if has_map else "")
        self.view.max_km.setEnabled(has_map and len(self.view.postcode.text().strip()) == 4)
        for widget in (
            self.view.search,
            self.view.topic,
            self.view.toegang,
            self.view.language,
            self.view.weekday,
            self.view.free,
            self.view.postcode,
            self.view.age,
        ):
            widget.setEnabled(has_map)

    def _show_prefs(self, prefs: MapPrefs) -> None:
        status = self._status
        if status is not None and status.generation_id is not None:
            self.view.status.setText(status_text(status, prefs))
        text = banner_text(status, prefs, self._held) if status is not None else ""
        self.view.banner_text.setText(text)
        self.view.banner.setVisible(bool(text))
        if not self._start_checked:
            self._start_checked = True
            if prefs.sync_on_start and prefs.url and not self.sync_job.running:
                self.sync_job.start(prefs.url)  # in the background: a failure only shows the banner

    def _search_failed(self, exc: BaseException) -> None:
        """A postcode the map cannot place is told under the list, not in a box."""
        if isinstance(exc, ValidationError) and exc.field in ("postcode", "max_km"):
            self.model.set_rows([])
            self.view.no_results.setText(error_text(exc))
            self.view.no_results.setVisible(True)
            return
        self._show_error(exc)

    def _show_results(self, rows: list[Any]) -> None:
        self.view.no_results.setText(
            self.tr("Niets gevonden. Probeer een ander woord of minder filters.")
        )
        current = self.detail.service_id
        self.model.set_rows(rows)
        self.view.no_results.setVisible(self.vm.has_map and not rows)
        for n, row in enumerate(rows):
            if row.service_id == current:
                self.view.list.setCurrentIndex(self.model.index(n, 0))
                break

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._open_index(current)

    def _open_index(self, index: QModelIndex, focus: bool = False) -> None:
        if not index.isValid():
            return
        service_id = index.data(ID_ROLE)
        if service_id == self.detail.service_id and self.detail.isVisible():
            if focus:
                self.detail.star.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.open_service(service_id, focus)

    def open_service(self, service_id: str, focus: bool = False) -> None:
        self.detail.flush_note()
        self._detail_request += 1
        request = self._detail_request

        def shown(data: dict[str, Any]) -> None:
            if request == self._detail_request:
                self.detail.show_service(data)
                if focus:
                    self.detail.star.setFocus(Qt.FocusReason.OtherFocusReason)

        def failed(exc: BaseException) -> None:
            if request == self._detail_request:
                self._show_error(exc)

        self.runner.db(lambda ws: service_with_own(ws, service_id)).success(shown).failure(
            failed
        ).run()

    def _save_favourite(self, service_id: str, on: bool) -> None:
        self.runner.db(lambda ws: ws.socialmap.set_favourite(service_id, on)).failure(
            self._show_error
        ).run()

    def _save_note(self, service_id: str, text: str) -> None:
        self.runner.db(lambda ws: ws.socialmap.set_note(service_id, text)).failure(
            self._show_error
        ).run()

    # ---- import --------------------------------------------------------------------------

    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Sociale kaart importeren"),
            str(Path.home()),
            self.tr("Sociale kaart (*.zip *.json datapackage.json)"),
        )
        if path:
            if Path(path).name == "datapackage.json":
                path = str(Path(path).parent)  # a package folder
            self.import_path(path)

    def import_path(self, path: str) -> None:
        self._set_busy(True)
        epoch = self._epoch
        self.runner.db(lambda ws: ws.socialmap.import_path(path)).success(
            lambda _result: self._imported(epoch)
        ).failure(lambda exc: self._import_failed(epoch, exc)).run()

    def _set_busy(self, busy: bool) -> None:
        self.view.busy.setText(self.tr("Bezig met importeren…"))
        self.view.busy.setVisible(busy)
        self.view.import_button.setEnabled(not busy)

    # ---- sync ----------------------------------------------------------------------------

    def open_sync(self, start: bool = False) -> None:
        """The sync dialog; `start` begins at once when an address is known (Nu bijwerken)."""
        if self._sync_dialog_factory is None:
            return
        if self.sync_dialog is not None:
            self.sync_dialog.raise_()
            return
        dialog = self._sync_dialog_factory(self.sync_job, self.vm.prefs.url, start, self)
        self.sync_dialog = dialog
        dialog.finished.connect(lambda _r: self._sync_dialog_closed(dialog))
        dialog.open()

    def _sync_dialog_closed(self, dialog: QDialog) -> None:
        if self.sync_dialog is dialog:
            self.sync_dialog = None
        dialog.deleteLater()

    def _sync_started(self, _url: str) -> None:
        self._held = None
        self.view.busy.setText(self.tr("Bezig met bijwerken…"))
        self.view.busy.setVisible(True)

    def _sync_ended(self) -> None:
        self.view.busy.setVisible(False)

    def _synced(self, _result: Any) -> None:
        self._sync_ended()
        self.vm.load_status()
        if self.detail.service_id:
            self.open_service(self.detail.service_id)

    def _sync_held(self, withdrawn: int, active: int) -> None:
        self._sync_ended()
        if self.sync_dialog is None:  # the start-up sync: the banner tells it
            self._held = (withdrawn, active)
        self.vm.load_prefs()

    def _sync_failed(self, _exc: BaseException) -> None:
        self._sync_ended()
        self.vm.load_prefs()  # a failure only shows in the banner (the dialog tells more)

    def _imported(self, epoch: int) -> None:
        self._set_busy(False)
        if epoch != self._epoch:
            return  # locked meanwhile
        self.vm.load_status()
        if self.detail.service_id:
            self.open_service(self.detail.service_id)

    def _import_failed(self, epoch: int, exc: BaseException) -> None:
        self._set_busy(False)
        if epoch == self._epoch:
            self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Sociale kaart"),
            error_text(exc),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("socialmap_error")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
