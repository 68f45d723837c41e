"""Documenten tab controller: open a letter (the dialog is passed in), list versions and outputs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from pohsd.documents.frozen import FrozenLetter
from pohsd.domain.changes import Changes
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.intake import IntakeSummary
from pohsd.domain.practice import AuditEntry
from pohsd.domain.referral import Referral
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.models.client_list_model import format_date
from ui.models.documents_model import DocumentsModel, VersionsModel, document_outputs
from ui.tasks import TaskRunner
from ui.viewmodels.letter_vm import DIALOG_KIND
from ui.views.documents_view import DocumentsTabView

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole


class LetterDialogOpener(Protocol):
    """`ui.dialogs.letter_dialog.LetterDialog` (its `open_for`)."""

    def open_for(
        self,
        runner: TaskRunner,
        parent: QWidget | None,
        kind: str,
        *,
        client_id: str | None = None,
        referral_id: str | None = None,
        intake_id: str | None = None,
        bridge: ChangeBridge | None = None,
        document_id: str | None = None,
        version: int | None = None,
    ) -> QObject: ...


@dataclass(frozen=True)
class _Loaded:
    intakes: list[IntakeSummary]
    referrals: list[Referral]
    outputs: list[AuditEntry]
    versions: list[FrozenLetter]


class DocumentsTab(QObject):
    """Fills the Documenten tab of the open client and opens the letter dialog."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("DocumentsTab", text)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        view: DocumentsTabView,
        parent: QWidget,
        opener: LetterDialogOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bridge = bridge
        self._parent = parent
        self.view = view
        self.opener = opener
        self.client_id: str | None = None
        self.intake_id: str | None = None
        self._generation = 0
        self.model = DocumentsModel(self)
        view.outputs.setModel(self.model)
        self.versions = VersionsModel(self)
        view.versions.setModel(self.versions)
        view.size_columns()
        view.open_version_button.clicked.connect(self.open_version)
        view.versions.activated.connect(lambda _index: self.open_version())
        view.versions.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        view.gp_feedback_button.clicked.connect(lambda: self.open_letter("gp-feedback"))
        view.summary_button.clicked.connect(lambda: self.open_letter("client-summary"))
        view.referral_letter_button.clicked.connect(lambda: self.open_letter("referral"))
        view.status_update_button.clicked.connect(lambda: self.open_letter("status-update"))
        view.referrals.currentItemChanged.connect(lambda *_a: self._enable())
        bridge.changed.connect(self._on_changed)
        self._enable()

    def load(self, client_id: str) -> None:
        self.clear()
        self.client_id = client_id
        self._reload()

    def clear(self) -> None:
        self._generation += 1
        self.client_id = None
        self.intake_id = None
        self.model.clear()
        self.versions.clear()
        self.view.clear_values()
        self.view.show_outputs(False)
        self.view.show_versions(False)
        self.view.show_referrals(False)
        self._enable()

    def _reload(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        self._generation += 1
        generation = self._generation

        def read(ws: Workspace) -> _Loaded:
            return _Loaded(
                ws.intakes.list_for_client(client_id),
                ws.referrals.for_client(client_id),
                document_outputs(ws.clients.access_log(client_id)),
                ws.letters.versions(client_id),
            )

        self._runner.db(read).success(lambda r: self._show(generation, r)).failure(
            lambda exc: self._failed(generation, exc)
        ).run()

    def _show(self, generation: int, loaded: _Loaded) -> None:
        if generation != self._generation:
            return
        v = self.view
        v.error.hide()
        latest = max(loaded.intakes, key=lambda i: i.created_at, default=None)
        self.intake_id = latest.id if latest else None
        if latest is None:
            v.intake_hint.setText(self.tr("Nog geen gesprek: een brief volgt op een gesprek."))
        else:
            kind = self.tr("intake") if latest.kind == "intake" else self.tr("vervolggesprek")
            v.intake_hint.setText(
                arg(
                    self.tr("Over het laatste gesprek: %1 van %2."),
                    kind,
                    format_date(latest.created_at.date()),
                )
            )
        selected = self.selected_referral()
        v.referrals.clear()
        for referral in loaded.referrals:
            if referral.status == "foutief":
                continue
            when = referral.history[-1].effectief_op if referral.history else None
            text = f"{referral.service_name} — {referral.label}"
            if when is not None:
                text += f" ({format_date(when)})"
            item = QListWidgetItem(text, v.referrals)
            item.setData(ID_ROLE, referral.id)
            if referral.id == selected:
                v.referrals.setCurrentItem(item)
        if v.referrals.count() and v.referrals.currentItem() is None:
            v.referrals.setCurrentRow(0)
        v.show_referrals(v.referrals.count() > 0)
        self.model.set_rows(loaded.outputs)
        v.show_outputs(bool(loaded.outputs))
        self.versions.set_rows(loaded.versions)
        v.show_versions(bool(loaded.versions))
        self._enable()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        self.view.error.setText(error_text(exc))
        self.view.error.show()

    def selected_referral(self) -> str | None:
        item = self.view.referrals.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def _enable(self) -> None:
        v = self.view
        can = self.opener is not None
        has_intake = self.client_id is not None and self.intake_id is not None
        v.gp_feedback_button.setEnabled(can and has_intake)
        v.summary_button.setEnabled(can and has_intake)
        has_referral = self.selected_referral() is not None
        v.referral_letter_button.setEnabled(can and has_referral)
        v.status_update_button.setEnabled(can and has_referral)
        v.open_version_button.setEnabled(can and self.selected_version() is not None)

    def selected_version(self) -> FrozenLetter | None:
        rows = self.view.versions.selectionModel().selectedRows()
        return self.versions.row_object(rows[0].row()) if rows else None

    def open_version(self) -> QObject | None:
        """Show the chosen frozen version read-only in the letter dialog, ready to go out."""
        chosen = self.selected_version()
        if self.opener is None or self.client_id is None or chosen is None:
            return None
        return self.opener.open_for(
            self._runner, self._parent, DIALOG_KIND.get(chosen.kind, chosen.kind),
            client_id=self.client_id, referral_id=chosen.referral_id, bridge=self._bridge,
            document_id=chosen.document_id, version=chosen.version,
        )  # fmt: skip

    def open_letter(self, kind: str) -> QObject | None:
        """Open the preview dialog of `kind` for the open client or the chosen referral."""
        if self.opener is None or self.client_id is None:
            return None
        if kind in ("referral", "status-update"):
            referral_id = self.selected_referral()
            if referral_id is None:
                return None
            return self.opener.open_for(
                self._runner, self._parent, kind, referral_id=referral_id, bridge=self._bridge
            )
        return self.opener.open_for(
            self._runner, self._parent, kind, client_id=self.client_id,
            intake_id=self.intake_id, bridge=self._bridge,
        )  # fmt: skip

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self.client_id is not None and (changes.audit or changes.clients):
            self._reload()
