"""Eigen aanbod on the Sociale kaart page: opens the editor and the list, refreshes results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.own_services_vm import OwnServicesViewModel
from ui.widgets.own_service_dialog import OwnServiceDialog
from ui.widgets.own_services_list import OwnServicesDialog

if TYPE_CHECKING:
    from ui.widgets.socialmap_page import SocialMapPage


class OwnServicesControl(QObject):
    """Wires the page's "Eigen aanbod" buttons and the detail's Bewerken / Niet meer aanbieden."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("OwnServicesControl", text)

    def __init__(self, runner: TaskRunner, page: SocialMapPage) -> None:
        super().__init__(page)
        self.runner = runner
        self.page = page
        self.editor: OwnServiceDialog | None = None
        self.list_dialog: OwnServicesDialog | None = None
        self.vm = OwnServicesViewModel(runner, self)
        self.vm.changed.connect(self._entry_changed)
        self.vm.error.connect(lambda exc: page.detail.show_message(error_text(exc)))
        page.view.own_add_button.clicked.connect(lambda: self.open_editor(None))
        page.view.own_list_button.clicked.connect(self.open_list)
        page.detail.edit_own_requested.connect(self.open_editor)
        page.detail.offer_own_requested.connect(self.set_offered)

    def open_editor(self, service_id: str | None) -> OwnServiceDialog:
        """Eigen aanbod toevoegen (None) or bewerken; one editor at a time."""
        if self.editor is not None:
            self.editor.raise_()
            return self.editor
        editor = OwnServiceDialog(self.runner, service_id or None, self.page)
        self.editor = editor
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.finished.connect(lambda _r: self._editor_closed(editor))
        editor.open()
        return editor

    def _editor_closed(self, editor: OwnServiceDialog) -> None:
        if self.editor is editor:
            self.editor = None

    def open_list(self) -> OwnServicesDialog:
        if self.list_dialog is not None:
            self.list_dialog.raise_()
            return self.list_dialog
        dialog = OwnServicesDialog(self.runner, self.page)
        self.list_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._entry_changed)
        dialog.finished.connect(lambda _r: self._list_closed(dialog))
        dialog.open()
        return dialog

    def _list_closed(self, dialog: OwnServicesDialog) -> None:
        if self.list_dialog is dialog:
            self.list_dialog = None

    def set_offered(self, service_id: str, offered: bool) -> None:
        if service_id and not self.vm.busy:
            self.vm.set_offered(service_id, offered)

    def _saved(self, service_id: str) -> None:
        self._entry_changed(service_id, True)
        if self.page.detail.service_id != service_id:
            self.page.open_service(service_id)  # show what was just added
        if self.list_dialog is not None:
            self.list_dialog.reload()

    def _entry_changed(self, service_id: str, offered: bool) -> None:
        """After a save, retire or offer-again: new results, and the detail follows."""
        self.refresh()
        detail = self.page.detail
        if detail.service_id == service_id:
            if offered:
                self.page.open_service(service_id)
            else:
                detail.show_retired()  # no longer on the map; "Weer aanbieden" stays at hand
        if self.list_dialog is not None and self.sender() is self.vm:
            self.list_dialog.reload()

    def refresh(self) -> None:
        """New results (and count) after a change; the map may have been created by it."""
        if self.runner.has_workspace:
            self.page.vm.load_status()

    def clear(self) -> None:
        """Lock: close the dialogs and take every typed value out of them."""
        self.vm.close()
        if self.editor is not None:
            self.editor.discard()
        if self.list_dialog is not None:
            self.list_dialog.discard()
