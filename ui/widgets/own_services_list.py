"""The "Eigen aanbod" list: every own entry (retired ones greyed), edit, offer again, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from pohsd.domain.own_service import OwnService
from ui.i18n import arg
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.own_services_vm import OwnServicesViewModel
from ui.views.form_helpers import show_status
from ui.widgets.own_service_dialog import OwnServiceDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RETIRED_ROLE = Qt.ItemDataRole.UserRole + 2
RETIRED_GREY = "#6b6b6b"  # still 5:1 on white (WCAG AA)


class OwnServicesDialog(QDialog):
    """All own entries; changes are stored at once and announced with `changed`.

    Signals:
        changed(str, bool): an entry was saved or offered again (True) or retired (False).
    """

    changed = Signal(str, bool)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("OwnServicesDialog", text)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("own_services_dialog")
        self.setWindowTitle(self.tr("Eigen aanbod"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.runner = runner
        self.editor: OwnServiceDialog | None = None
        self._pending_select: str | None = None  # a saved entry is selected after the reload
        self.vm = OwnServicesViewModel(runner, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        intro = QLabel(
            self.tr("Aanbod dat u zelf hebt toegevoegd. Wat niet meer wordt aangeboden staat "
                    "grijs en komt niet meer in de zoekresultaten."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        outer.addWidget(intro)
        self.table = QTreeWidget(self)
        self.table.setObjectName("own_list")
        self.table.setAccessibleName(self.tr("Eigen aanbod"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Naam"), self.tr("Organisatie"), self.tr("Status")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        outer.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("Nog geen eigen aanbod. Kies Toevoegen… om een initiatief toe te voegen "
                    "dat niet op de sociale kaart staat."),
            self,
        )  # fmt: skip
        self.empty.setObjectName("own_list_empty")
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        outer.addWidget(self.empty)
        self.status = QLabel(self)
        self.status.setObjectName("own_list_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.status)

        row = QHBoxLayout()
        self.add_button = self._button(
            "own_list_add", self.tr("Toevoegen…"), self.tr("Eigen aanbod toevoegen")
        )
        self.edit_button = self._button(
            "own_list_edit", self.tr("Bewerken…"), self.tr("Eigen aanbod bewerken")
        )
        self.offer_button = self._button(
            "own_list_offer",
            self.tr("Niet meer aanbieden"),
            self.tr("Niet meer aanbieden of weer aanbieden"),
        )
        self.export_button = self._button(
            "own_list_export",
            self.tr("Exporteren als datapakket…"),
            self.tr("Eigen aanbod exporteren als datapakket"),
        )
        self.close_button = self._button("own_list_close", self.tr("Sluiten"), self.tr("Sluiten"))
        for button in (self.add_button, self.edit_button, self.offer_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.close_button)
        outer.addLayout(row)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.current_id()))
        self.offer_button.clicked.connect(self._toggle_offered)
        self.export_button.clicked.connect(self.choose_export)
        self.close_button.clicked.connect(self.accept)
        self.table.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.table.itemActivated.connect(lambda *_a: self.open_editor(self.current_id()))
        self.vm.listed.connect(self._show)
        self.vm.changed.connect(self._offered_changed)
        self.vm.exported.connect(self._exported)
        self.vm.error.connect(lambda exc: show_status(self.status, error_text(exc), error=True))
        self.resize(760, 460)
        self._update_buttons()
        self.reload()

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    # ---- the list ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.vm.load_list()

    def _show(self, entries: list[OwnService]) -> None:
        keep = self._pending_select or self.current_id()
        self._pending_select = None
        self.table.clear()
        grey = QColor(RETIRED_GREY)
        for entry in sorted(entries, key=lambda e: (e.retired, e.data.name.lower())):
            status = self.tr("niet meer aangeboden") if entry.retired else self.tr("aangeboden")
            item = QTreeWidgetItem(self.table, [entry.data.name, entry.data.organization, status])
            item.setData(0, ID_ROLE, entry.id)
            item.setData(0, RETIRED_ROLE, entry.retired)
            if entry.retired:  # greyed and italic; the status column says it in words
                for column in range(3):
                    item.setForeground(column, grey)
                    font = item.font(column)
                    font.setItalic(True)
                    item.setFont(column, font)
            if entry.id == keep:
                self.table.setCurrentItem(item)
        if self.table.currentItem() is None and self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.empty.setVisible(not entries)
        self.table.setVisible(bool(entries))
        self.export_button.setEnabled(any(not e.retired for e in entries))
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.table.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def row_texts(self) -> list[tuple[str, str, bool]]:
        """(naam, status, greyed) per row, as shown."""
        rows = []
        for n in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(n)
            rows.append((item.text(0), item.text(2), bool(item.data(0, RETIRED_ROLE))))
        return rows

    def select(self, service_id: str) -> None:
        for n in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(n)
            if item.data(0, ID_ROLE) == service_id:
                self.table.setCurrentItem(item)

    def _update_buttons(self) -> None:
        item = self.table.currentItem()
        self.edit_button.setEnabled(item is not None)
        self.offer_button.setEnabled(item is not None)
        retired = item is not None and bool(item.data(0, RETIRED_ROLE))
        self.offer_button.setText(self.tr("Weer aanbieden") if retired
                                  else self.tr("Niet meer aanbieden"))  # fmt: skip

    # ---- actions -----------------------------------------------------------------------------

    def open_editor(self, service_id: str | None) -> None:
        if self.editor is not None:
            self.editor.raise_()
            return
        editor = OwnServiceDialog(self.runner, service_id, self)
        self.editor = editor
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.finished.connect(lambda _r: self._editor_closed(editor))
        editor.open()

    def _editor_closed(self, editor: OwnServiceDialog) -> None:
        if self.editor is editor:
            self.editor = None

    def _saved(self, service_id: str) -> None:
        show_status(self.status, self.tr("Opgeslagen."), error=False)
        self._pending_select = service_id
        self.changed.emit(service_id, True)
        self.reload()
        self.table.setFocus()

    def _toggle_offered(self) -> None:
        item = self.table.currentItem()
        if item is None or self.vm.busy:
            return
        retired = bool(item.data(0, RETIRED_ROLE))
        self.vm.set_offered(str(item.data(0, ID_ROLE)), retired)

    def _offered_changed(self, service_id: str, offered: bool) -> None:
        text = self.tr("Wordt weer aangeboden.") if offered else self.tr("Niet meer aangeboden.")
        show_status(self.status, text, error=False)
        self.changed.emit(service_id, offered)
        self.reload()

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Eigen aanbod exporteren"),
            str(Path.home() / "eigen-aanbod.zip"),
            self.tr("Datapakket (*.zip)"),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != ".zip":
                target = target.with_name(target.name + ".zip")
            self.export(target)

    def export(self, target: Path) -> None:
        show_status(self.status, self.tr("Bezig met exporteren…"), error=False)
        self.vm.export(target)

    def _exported(self, path: Path) -> None:
        show_status(self.status, arg(self.tr("Opgeslagen als %1."), path.name), error=False)

    def discard(self) -> None:
        """Lock: close at once, the editor too, and show nothing more."""
        if self.editor is not None:
            self.editor.discard()
        self.table.clear()
        self.reject()

    @override
    def done(self, result: int) -> None:
        """Override QDialog.done: results still on the way are ignored after closing."""
        self.vm.close()
        if self.editor is not None:
            self.editor.reject()
        super().done(result)
