"""Instellingen › Privacy: the WGBO retention rule, records past their term, bulk erasure."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.changes import Changes
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.views.form_helpers import heading
from ui.views.typed_confirm_view import TypedConfirmView

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.services.gdpr import RetentionItem
    from pohsd.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _dmy(day: date) -> str:
    return day.strftime("%d-%m-%Y")


class PrivacySettings(QWidget):
    """Controller of the Privacy tab. `today` may be set (tests) to look at another day."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("PrivacySettings", text)

    def __init__(self, runner: TaskRunner, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("privacySettings")
        self._runner = runner
        self._bridge = bridge
        self.today: date | None = None
        self.may_erase = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self, self.tr("Privacy"), "privacyHeading", 1.15))
        rule = QLabel(
            self.tr(
                "De wet (WGBO) zegt: bewaar een dossier 20 jaar na de laatste wijziging. Daarna "
                "mag u het wissen."
            ),
            self,
        )
        rule.setObjectName("privacyRule")
        rule.setWordWrap(True)
        layout.addWidget(rule)
        self.intro = QLabel(
            self.tr("Deze dossiers zijn voorbij hun bewaartermijn. Vink aan wat u wilt wissen."),
            self,
        )
        self.intro.setProperty("role", "hint")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("privacyRetentionTable")
        self.table.setAccessibleName(self.tr("Dossiers voorbij de bewaartermijn"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Cliënt"),
                self.tr("Nummer"),
                self.tr("Geboortejaar"),
                self.tr("Laatste wijziging"),
                self.tr("Bewaren tot"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setObjectName("privacyRetentionColumns")
        self.table.horizontalHeader().setAccessibleName(self.tr("Kolomkoppen"))
        self.table.verticalHeader().setObjectName("privacyRetentionRows")
        self.table.verticalHeader().setAccessibleName(self.tr("Rijkoppen"))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column in range(1, self.table.columnCount()):
            title = self.table.horizontalHeaderItem(column).text()
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(metrics.horizontalAdvance(title), 90) + 32)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Er zijn geen dossiers voorbij de bewaartermijn."), self)
        self.empty.setObjectName("privacyEmpty")
        self.empty.setProperty("role", "hint")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.erase_button = QPushButton(self.tr("Geselecteerde dossiers wissen…"), self)
        self.erase_button.setObjectName("privacyEraseSelected")
        self.erase_button.setAccessibleName(self.tr("Geselecteerde dossiers wissen"))
        self.erase_button.setEnabled(False)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.role_hint = QLabel(
            self.tr(
                "Alleen de beheerder kan dossiers wissen (of de POH als de praktijk geen "
                "beheerder heeft)."
            ),
            self,
        )
        self.role_hint.setObjectName("privacyRoleHint")
        self.role_hint.setProperty("role", "hint")
        self.role_hint.setWordWrap(True)
        self.role_hint.hide()
        layout.addWidget(self.role_hint)
        self.confirm = TypedConfirmView("privacy", self)
        layout.addWidget(self.confirm)
        self.status = QLabel(self)
        self.status.setObjectName("privacyStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        # Takes the free space only while the table (stretch 1) is hidden: no spread-out tab.
        layout.addStretch(0)
        self.table.itemChanged.connect(lambda _item: self._update_button())
        self.erase_button.clicked.connect(self.ask_erase)
        self.confirm.yes.clicked.connect(self.erase_checked)
        self._show_rows([])

    # -- public ---------------------------------------------------------------------------------

    def clear(self) -> None:
        """Names are on screen here: drop them (lock)."""
        self.table.setRowCount(0)
        self.confirm.dismiss()
        self.status.clear()

    def refresh(self) -> None:
        today = self.today

        def read(ws: Workspace) -> tuple[list[RetentionItem], bool]:
            return ws.gdpr.past_retention(today=today), ws.gdpr.may_erase()

        self._runner.db(read).success(self._loaded).failure(self._failed).run()

    def checked_ids(self) -> list[str]:
        ids = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(ID_ROLE)))
        return ids

    # -- list -----------------------------------------------------------------------------------

    def _loaded(self, result: tuple[list[RetentionItem], bool]) -> None:
        items, allowed = result
        self.may_erase = allowed
        self.role_hint.setVisible(not allowed)
        self._show_rows(items)

    def _show_rows(self, items: list[RetentionItem]) -> None:
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(len(items))
        for row, it in enumerate(items):
            first = QTableWidgetItem(it.name)
            first.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Unchecked)
            first.setData(ID_ROLE, it.client_id)
            self.table.setItem(row, 0, first)
            for column, text in enumerate(
                (it.number, str(it.birth_year), _dmy(it.last_change), _dmy(it.term_end)), start=1
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(blocked)
        self.table.setVisible(bool(items))
        self.intro.setVisible(bool(items))
        self.empty.setVisible(not items)
        self._update_button()

    def _update_button(self) -> None:
        count = len(self.checked_ids())
        self.erase_button.setEnabled(self.may_erase and count > 0)

    def _say(self, text: str, role: str) -> None:
        self.status.setProperty("role", role)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._say(error_text(exc), "error")

    # -- erase ----------------------------------------------------------------------------------

    def ask_erase(self) -> None:
        count = len(self.checked_ids())
        if not count:
            return
        self.status.clear()
        question = (
            self.tr("1 dossier definitief wissen?")
            if count == 1
            else arg(self.tr("%1 dossiers definitief wissen?"), count)
        )
        self.confirm.ask(
            question
            + " "
            + self.tr(
                "Alle gegevens van deze cliënten worden verwijderd. Dit kan niet ongedaan worden "
                "gemaakt. In het logboek blijven alleen nummers staan."
            )
        )

    def erase_checked(self) -> None:
        ids = self.checked_ids()
        if not ids or not self.confirm.yes.isEnabled():
            return
        self.confirm.yes.setEnabled(False)

        def erase(ws: Workspace) -> int:
            return ws.gdpr.erase_many(ids)

        self._runner.db(erase).success(self._erased).failure(self._erase_failed).run()

    def _erased(self, count: int) -> None:
        self.confirm.dismiss()
        self._say(
            self.tr("1 dossier is gewist.")
            if count == 1
            else arg(self.tr("%1 dossiers zijn gewist."), count),
            "hint",
        )
        self._bridge.publish(Changes(clients=True, audit=True), self)
        self.refresh()

    def _erase_failed(self, exc: BaseException) -> None:
        self.confirm.dismiss()
        self._failed(exc)
