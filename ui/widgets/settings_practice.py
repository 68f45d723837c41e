"""Instellingen › Praktijk: edit the practice details."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pohsd.domain.changes import Changes
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.practice import Practice
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
