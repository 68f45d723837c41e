"""Instellingen › Praktijk: edit the practice details (read-only where IT's policy fixes them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.changes import Changes
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.practice import Practice
from pohsd.policy import Policy
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.widgets.practice_form import PracticeForm


class PracticeSettings(QWidget):
    """Controller of the Praktijk tab.

    Signals:
        practice_changed(Practice): saved; the header and title show the new name.
    """

    practice_changed = Signal(object)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("PracticeSettings", text)

    def __init__(self, runner: TaskRunner, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("practiceSettings")
        self._runner = runner
        self._bridge = bridge
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.policy_note = QLabel(self)
        self.policy_note.setObjectName("practicePolicyNote")
        self.policy_note.setProperty("role", "hint")
        self.policy_note.setWordWrap(True)
        self.policy_note.setVisible(False)
        layout.addWidget(self.policy_note)
        self.form = PracticeForm(self)
        self.form.setMaximumWidth(720)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.setObjectName("practiceSave")
        self.save_button.setAccessibleName(self.tr("Praktijkgegevens opslaan"))
        self.save_button.setProperty("primary", True)
        row.addWidget(self.save_button)
        self.status = QLabel(self)
        self.status.setObjectName("practiceStatus")
        self.status.setProperty("role", "hint")
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.save_button.clicked.connect(self._save)

    def clear(self) -> None:
        self.form.clear()
        self.status.clear()

    def refresh(self) -> None:
        self._runner.db(lambda ws: ws.practice.get()).success(self.form.set_practice).failure(
            self._failed
        ).run()
        self._runner.db(lambda ws: ws.practice.policy()).success(self._show_policy).failure(
            self._failed
        ).run()

    def _show_policy(self, policy: Policy) -> None:
        """Fields the beheerder fixed in the policy file are read-only, with a note."""
        form = self.form
        fixed = policy.practice_fields
        lines = {
            "naam": (form.naam, self.tr("naam")),
            "agb_code": (form.agb, self.tr("AGB-code")),
            "adres": (form.adres, self.tr("adres")),
            "telefoon": (form.telefoon, self.tr("telefoon")),
        }
        names = []
        for key, (line, label) in lines.items():
            line.setReadOnly(key in fixed)
            line.setProperty("policy", "fixed" if key in fixed else "")
            line.style().polish(line)  # the style sheet greys fixed fields
            if key in fixed:
                names.append(label)
        gps_fixed = "huisartsen" in fixed
        for widget in (form.gp_input, form.gp_add, form.gp_remove):
            widget.setEnabled(not gps_fixed)
        form.gp_list.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if gps_fixed
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        if gps_fixed:
            names.append(self.tr("huisartsen"))
        else:
            form.gp_remove.setEnabled(form.gp_list.currentRow() >= 0)
        self.save_button.setEnabled(len(names) < len(lines) + 1)
        self.policy_note.setVisible(bool(names))
        self.policy_note.setText(
            arg(
                self.tr("Vastgelegd door de beheerder: %1. Dit kunt u hier niet wijzigen."),
                ", ".join(names),
            )
        )

    def _save(self) -> None:
        practice = self.form.validated()
        if practice is None:
            return
        self.save_button.setEnabled(False)
        self._runner.db(lambda ws: ws.practice.update(practice)).success(
            lambda changes: self._saved(practice, changes)
        ).failure(self._failed).run()

    def _saved(self, practice: Practice, changes: Changes) -> None:
        self.save_button.setEnabled(True)
        now = QTime.currentTime().toString("HH:mm")
        self.status.setText(arg(self.tr("Opgeslagen om %1."), now))
        self._bridge.publish(changes, self)
        self.practice_changed.emit(practice)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        if isinstance(exc, ValidationError):
            self.form.show_validation(exc)
        else:
            self.status.setText(error_text(exc))
