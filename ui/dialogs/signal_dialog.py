"""The interrupting signal dialog (spec §5): advice, then an action, later, or onterecht."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from pohsd.domain.intake import SignalRecord
from pohsd.domain.questionnaire import Signal as SignalDefinition
from ui.i18n import arg
from ui.models.intake_models import urgency_text
from ui.views.client_list_view import title_font


def _named(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


class SignalDialog(QDialog):
    """Shows the exact advice and closes only through one of its three ways out.

    Esc and the window's close button do nothing; a lock closes it (`force_close`).

    Signals:
        action_requested(str, str, bool): signal row id, what was done, and "afgehandeld".
        later_requested(str): signal row id ("Later in dit gesprek (15 min)").
        dismiss_requested(str, str): signal row id and the reason it is onterecht.
    """

    action_requested = Signal(str, str, bool)
    later_requested = Signal(str)
    dismiss_requested = Signal(str, str)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SignalDialog", text)

    def __init__(
        self, record: SignalRecord, definition: SignalDefinition, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signal_dialog")
        self.setWindowTitle(self.tr("Signaal"))  # never a client name
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.record = record
        self.definition = definition
        self._closing = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        heading = QLabel(f"⚠ {definition.label}", self)
        heading.setObjectName("signal_label")
        heading.setFont(title_font(self.font(), 1.35))
        heading.setWordWrap(True)
        outer.addWidget(heading)
        urgency = QLabel(arg(self.tr("Urgentie: %1"), urgency_text(record.urgency)), self)
        urgency.setObjectName("signal_urgency")
        outer.addWidget(urgency)

        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        self.advice = QLabel(definition.advice, body)
        _named(self.advice, "signal_advice", self.tr("Advies"))  # selectable: it takes focus
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice.setStyleSheet(
            "QLabel { background: #fbe4e1; border: 1px solid #d9968c; border-radius: 6px;"
            " padding: 10px; color: #3b0d08; }"
        )
        column.addWidget(self.advice)
        self.question_group: QButtonGroup | None = None
        if definition.dialog_question:
            column.addWidget(self._dialog_question(definition.dialog_question, body))
        self.steps: list[QCheckBox] = []
        if definition.steps:
            column.addWidget(self._steps(body))
        if definition.actions:
            column.addWidget(self._suggestions(body))
        caption = QLabel(self.tr("Wat is er gedaan of afgesproken? (wat, met wie, wanneer)"), body)
        column.addWidget(caption)
        self.action_text = QPlainTextEdit(body)
        _named(self.action_text, "signal_action_text", self.tr("Actie: wat, met wie, wanneer"))
        self.action_text.setTabChangesFocus(True)
        self.action_text.setFixedHeight(self.action_text.fontMetrics().lineSpacing() * 4 + 14)
        caption.setBuddy(self.action_text)
        column.addWidget(self.action_text)
        self.handled = QCheckBox(self.tr("Hiermee is het signaal &afgehandeld"), body)
        _named(self.handled, "signal_handled", self.tr("Hiermee is het signaal afgehandeld"))
        column.addWidget(self.handled)
        self.reason_frame = QFrame(body)
        reason_row = QHBoxLayout(self.reason_frame)
        reason_row.setContentsMargins(0, 0, 0, 0)
        self.reason = QLineEdit(self.reason_frame)
        _named(self.reason, "signal_reason", self.tr("Reden waarom het signaal onterecht is"))
        self.reason.setPlaceholderText(self.tr("Waarom is dit signaal onterecht? (verplicht)"))
        reason_row.addWidget(self.reason, 1)
        self.reason_frame.hide()
        column.addWidget(self.reason_frame)
        column.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.error = QLabel(self)
        self.error.setObjectName("signal_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        self.dismiss_button = QPushButton(self.tr("&Onterecht…"), self)
        _named(self.dismiss_button, "signal_dismiss", self.tr("Signaal is onterecht"))
        self.later_button = QPushButton(self.tr("&Later in dit gesprek (15 min)"), self)
        _named(self.later_button, "signal_later", self.tr("Later in dit gesprek"))
        self.action_button = QPushButton(self.tr("Actie &vastleggen"), self)
        _named(self.action_button, "signal_record_action", self.tr("Actie vastleggen"))
        self.action_button.setProperty("primary", True)
        self.action_button.setToolTip(self.tr("Actie vastleggen (Ctrl+Enter)"))
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.action_button)
        outer.addLayout(buttons)
        for button in (self.dismiss_button, self.later_button, self.action_button):
            button.setAutoDefault(False)
        self.action_button.clicked.connect(self._record)
        self.later_button.clicked.connect(self._later)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.reason.returnPressed.connect(self._dismiss)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._record)
        available = self.screen().availableGeometry()
        wanted = body.sizeHint().height() + 160
        self.resize(
            min(720, available.width() - 40), min(max(420, wanted), available.height() - 40)
        )
        self.action_text.setFocus()

    # -- parts ------------------------------------------------------------------------------

    def _dialog_question(self, text: str, parent: QWidget) -> QWidget:
        box = QGroupBox(text, parent)
        box.setObjectName("signal_question")
        row = QHBoxLayout(box)
        self.question_group = QButtonGroup(box)
        for i, (value, label) in enumerate((("ja", self.tr("Ja")), ("nee", self.tr("Nee")))):
            button = QRadioButton(label, box)
            _named(button, f"signal_question_{value}", f"{label}: {text}")
            button.setProperty("value", value)
            self.question_group.addButton(button, i)
            row.addWidget(button)
        row.addStretch(1)
        return box

    def _steps(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Meldcode huiselijk geweld en kindermishandeling: stappen"), parent)
        box.setObjectName("signal_steps")
        column = QVBoxLayout(box)
        for step in self.definition.steps:
            check = QCheckBox(f"{step.step}. {step.label}", box)
            _named(check, f"signal_step_{step.step}", f"{step.step}. {step.label}")
            column.addWidget(check)
            self.steps.append(check)
            for question in step.questions:
                hint = QLabel(f"    {question}", box)
                hint.setWordWrap(True)
                hint.setProperty("role", "hint")
                column.addWidget(hint)
        return box

    def _suggestions(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Mogelijke acties (vult de tekst aan)"), parent)
        box.setObjectName("signal_suggestions")
        column = QVBoxLayout(box)
        for i, action in enumerate(self.definition.actions):
            button = QPushButton(action, box)
            _named(button, f"signal_suggestion_{i}", action)
            button.setAutoDefault(False)
            button.setStyleSheet("text-align: left; padding: 4px 10px;")
            button.clicked.connect(lambda _c=False, a=action: self._suggest(a))
            column.addWidget(button)
        return box

    def _suggest(self, action: str) -> None:
        text = self.action_text.toPlainText().rstrip()
        self.action_text.setPlainText(f"{text}\n{action}: ".lstrip() if text else f"{action}: ")
        cursor = self.action_text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.action_text.setTextCursor(cursor)
        self.action_text.setFocus()

    # -- the three ways out --------------------------------------------------------------------

    def composed_action(self) -> str:
        """The free text plus the dialog question's answer and the meldcode steps taken."""
        parts: list[str] = []
        if self.question_group is not None and self.question_group.checkedButton() is not None:
            answer = self.question_group.checkedButton().text()
            parts.append(f"{self.definition.dialog_question} {answer}")
        for check in self.steps:
            if check.isChecked():
                parts.append(arg(self.tr("Meldcode stap %1"), check.text()))
        text = self.action_text.toPlainText().strip()
        if text:
            parts.append(text)
        return "\n".join(parts)

    def _record(self) -> None:
        text = self.composed_action()
        if not text:
            self.show_error(self.tr("Schrijf op wat er is gedaan of afgesproken."))
            self.action_text.setFocus()
            return
        self.set_busy(True)
        self.action_requested.emit(self.record.id, text, self.handled.isChecked())

    def _later(self) -> None:
        self.later_requested.emit(self.record.id)
        self.finish()

    def _dismiss(self) -> None:
        if not self.reason_frame.isVisible():
            self.reason_frame.show()
            self.reason.setFocus()
            self.show_error(self.tr("Schrijf de reden op en kies nog eens Onterecht."))
            return
        reason = self.reason.text().strip()
        if not reason:
            self.show_error(self.tr("Een reden is verplicht als het signaal onterecht is."))
            self.reason.setFocus()
            return
        self.set_busy(True)
        self.dismiss_requested.emit(self.record.id, reason)

    # -- from the page ----------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        for button in (self.action_button, self.later_button, self.dismiss_button):
            button.setEnabled(not busy)

    def finish(self) -> None:
        """Close after the choice was stored (or "later" was chosen)."""
        self._closing = True
        self.accept()

    def force_close(self) -> None:
        """Lock: close at once and take the typed text out of the widgets."""
        self._closing = True
        self.action_text.setPlainText("")
        self.reason.setText("")
        self.reject()

    @override
    def reject(self) -> None:
        """Override QDialog.reject: Esc does not close a signal (only its three ways out)."""
        if self._closing:
            super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget.closeEvent: the close button does nothing either."""
        if self._closing:
            super().closeEvent(event)
        else:
            event.ignore()
