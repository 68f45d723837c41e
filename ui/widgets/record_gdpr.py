"""Controller of the record's Privacy (AVG) row: inzage export to a folder, erase with WISSEN."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from pohsd.domain.changes import Changes
from pohsd.domain.client import Client
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.clients_vm import ClientRecordViewModel
from ui.views.record_gdpr_view import RecordGdprView

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace


class RecordGdpr(QObject):
    """Export (a zip with client.json, audit.json, overzicht.pdf) and erase the open record.

    After an erasure `close_record` is called (the page shows the list) and the change is
    published, so the list searches again without the erased client.
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RecordGdpr", text)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        view: RecordGdprView,
        vm: ClientRecordViewModel,
        close_record: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self._runner = runner
        self._bridge = bridge
        self.view = view
        self.vm = vm
        self._close_record = close_record
        self.file_dialog: QFileDialog | None = None
        self.may_erase = False
        view.export_button.clicked.connect(self.choose_folder)
        view.erase_button.clicked.connect(self.ask_erase)
        view.confirm.yes.clicked.connect(self.erase)
        vm.loaded.connect(self._on_loaded)

    # -- state ----------------------------------------------------------------------------------

    def clear(self) -> None:
        """On lock: close a folder dialog still open and forget the question."""
        if self.file_dialog is not None:
            self.file_dialog.reject()
            self.file_dialog.deleteLater()
            self.file_dialog = None
        self.view.reset()

    def _on_loaded(self, client: Client) -> None:
        if not self.view.confirm.isHidden() and self.vm.client is not None:
            return  # the record was reloaded while asking: keep the question
        self.view.reset()

        def allowed(ws: Workspace) -> bool:
            return ws.gdpr.may_erase()

        client_id = client.id
        self._runner.db(allowed).success(
            lambda ok: self._show_allowed(ok) if self._is_open(client_id) else None
        ).failure(lambda _e: None).run()

    def _is_open(self, client_id: str) -> bool:
        """Is this record still the one on screen (not closed, locked or replaced)?"""
        client = self.vm.client
        return client is not None and client.id == client_id

    def _show_allowed(self, allowed: bool) -> None:
        self.may_erase = allowed
        self.view.erase_button.setEnabled(allowed)
        self.view.erase_button.setToolTip(
            ""
            if allowed
            else self.tr(
                "Alleen de beheerder kan dossiers wissen (of de POH als de praktijk geen "
                "beheerder heeft)."
            )
        )

    # -- export ---------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        if self.vm.client is None:
            return
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        dialog = QFileDialog(self.view, self.tr("Kies de map voor de AVG-inzage"))
        dialog.setObjectName("avgExportDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if documents:
            dialog.setDirectory(documents)
        dialog.fileSelected.connect(lambda chosen: self.export_to(chosen) if chosen else None)
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, folder: str) -> None:
        """Write the zip into `folder` (the core picks the name: date and number, no name)."""
        client = self.vm.client
        if client is None:
            return
        client_id = client.id
        self.view.export_button.setEnabled(False)

        def export(ws: Workspace) -> Path:
            return ws.gdpr.export(client_id, Path(folder))

        self._runner.db(export).success(
            lambda path: self._exported(path) if self._is_open(client_id) else None
        ).failure(lambda exc: self._export_failed(exc) if self._is_open(client_id) else None).run()

    def _exported(self, path: Path) -> None:
        self.view.export_button.setEnabled(True)
        self.view.show_status(
            arg(self.tr("De AVG-inzage is opgeslagen als %1 in %2. Geef het bestand veilig aan "
                        "de cliënt, bijvoorbeeld op een USB-stick."), path.name, str(path.parent))
        )  # fmt: skip
        self.view.reveal(self.view.status)
        self._bridge.publish(Changes(audit=True))  # the Logboek tab shows the export

    def _export_failed(self, exc: BaseException) -> None:
        self.view.export_button.setEnabled(True)
        if isinstance(exc, OSError):
            text = self.tr("De AVG-inzage kon niet worden opgeslagen in deze map. Kies een "
                           "andere map.")  # fmt: skip
        else:
            text = error_text(exc)
        self.view.show_status(text, error=True)

    # -- erase ----------------------------------------------------------------------------------

    def ask_erase(self) -> None:
        if self.vm.client is None:
            return
        self.view.show_status("")
        self.view.confirm.ask(
            self.tr(
                "Dit dossier definitief wissen? Alle gegevens van deze cliënt worden verwijderd: "
                "gesprekken, plan, toestemmingen, verwijzingen en brieven. Dit kan niet ongedaan "
                "worden gemaakt. In het logboek blijven alleen nummers staan. Maak eerst een "
                "AVG-inzage als de cliënt zijn gegevens wil hebben."
            )
        )
        self.view.reveal(self.view.confirm)

    def erase(self) -> None:
        client = self.vm.client
        if client is None or not self.view.confirm.yes.isEnabled():
            return
        client_id = client.id
        self.view.confirm.yes.setEnabled(False)

        def erase(ws: Workspace) -> Changes:
            return ws.gdpr.erase(client_id)

        self._runner.db(erase).success(self._erased).failure(self._erase_failed).run()

    def _erased(self, changes: Changes) -> None:
        self.view.reset()
        self._close_record()
        self._bridge.publish(changes)

    def _erase_failed(self, exc: BaseException) -> None:
        self.view.confirm.dismiss()
        self.view.show_status(error_text(exc), error=True)
