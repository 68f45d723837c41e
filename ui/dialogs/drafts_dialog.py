"""After unlocking: autosaved changes that were never confirmed are offered back."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.intake import Draft
from ui.i18n import arg
from ui.models.intake_models import local_datetime


class DraftsDialog(QDialog):
    """One line per intake with drafts: "Terugzetten" opens it, "Weggooien" discards them.

    Signals:
        restore_requested(str, str): intake id and client id (open it with the drafts).
        discard_requested(str): intake id whose drafts are thrown away.
    """

    restore_requested = Signal(str, str)
    discard_requested = Signal(str)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("DraftsDialog", text)

    def __init__(self, drafts: Sequence[Draft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drafts_dialog")
        self.setWindowTitle(self.tr("Niet-bevestigde wijzigingen"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        self.rows: dict[str, QFrame] = {}
        self.first_button: QPushButton | None = None
        for i, draft in enumerate(sorted(drafts, key=lambda d: d.saved_at, reverse=True)):
            frame = QFrame(self)
            frame.setObjectName(f"draft_{i}")
            row = QHBoxLayout(frame)
            row.setContentsMargins(0, 0, 0, 0)
            text = self.tr(
                "Er zijn niet-bevestigde wijzigingen van %1 bij een gesprek (%2 antwoorden)."
            )
            label = QLabel(arg(text, local_datetime(draft.saved_at), draft.count), frame)
            label.setObjectName(f"draft_{i}_text")
            label.setWordWrap(True)
            row.addWidget(label, 1)
            restore = QPushButton(
                self.tr("&Terugzetten") if i == 0 else self.tr("Terugzetten"), frame
            )
            restore.setObjectName(f"draft_{i}_restore")
            restore.setAccessibleName(self.tr("Wijzigingen terugzetten"))
            restore.setToolTip(self.tr("Het gesprek openen met deze wijzigingen"))
            discard = QPushButton(self.tr("&Weggooien") if i == 0 else self.tr("Weggooien"), frame)
            discard.setObjectName(f"draft_{i}_discard")
            discard.setAccessibleName(self.tr("Wijzigingen weggooien"))
            for button in (restore, discard):
                button.setAutoDefault(False)
                row.addWidget(button)
            restore.clicked.connect(lambda _c=False, d=draft: self._restore(d))
            discard.clicked.connect(lambda _c=False, d=draft: self._discard(d))
            self.rows[draft.intake_id] = frame
            layout.addWidget(frame)
            if self.first_button is None:
                self.first_button = restore
        note = QLabel(
            self.tr("Wat u niet kiest, wordt bij de volgende keer ontgrendelen weer aangeboden."),
            self,
        )
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        close = QPushButton(self.tr("Later beslissen"), self)
        close.setObjectName("drafts_later")
        close.setAccessibleName(self.tr("Later beslissen"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(620, self.sizeHint().height())
        if self.first_button is not None:
            self.first_button.setFocus()

    def _restore(self, draft: Draft) -> None:
        self.restore_requested.emit(draft.intake_id, draft.client_id)
        self.accept()

    def _discard(self, draft: Draft) -> None:
        self.discard_requested.emit(draft.intake_id)
        frame = self.rows.pop(draft.intake_id, None)
        if frame is not None:
            frame.hide()
        if not self.rows:
            self.accept()

    def force_close(self) -> None:
        self.reject()
