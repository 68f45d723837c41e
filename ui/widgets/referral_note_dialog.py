"""Small dialogs of a referral: a follow-up note with an optional reminder, skipping feedback."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.errors import ValidationError
from ui.messages import error_text, rule_text
from ui.views.form_helpers import error_label, field_box, show_error
from ui.widgets.date_edit import DateEdit


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class _SmallDialog(QDialog):
    """Intro line, a form, an error line and Annuleren / confirm (Ctrl+Enter)."""

    def __init__(self, name: str, title: str, intro: str, confirm: str, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)  # never a client name
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(20, 16, 20, 16)
        self.outer.setSpacing(10)
        label = QLabel(intro, self)
        label.setObjectName(f"{name}_intro")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.outer.addWidget(label)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.outer.addLayout(self.form)
        self.error = error_label(self, f"{name}_error")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        translate = QCoreApplication.translate
        self.cancel_button = QPushButton(translate("ReferralNoteDialog", "Annuleren"), self)
        _named(self.cancel_button, f"{name}_cancel", translate("ReferralNoteDialog", "Annuleren"))
        self.save_button = QPushButton(confirm, self)
        _named(self.save_button, f"{name}_save", confirm.replace("&", ""))
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(f"{confirm.replace('&', '')} (Ctrl+Enter)")
        for widget in (self.cancel_button, self.save_button):
            widget.setAutoDefault(False)
            buttons.addWidget(widget)
        self._buttons = buttons
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.submit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)

    def _finish_layout(self) -> None:
        self.outer.addWidget(self.error)
        self.outer.addLayout(self._buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def submit(self) -> None:
        raise NotImplementedError

    def _clear_errors(self) -> None:
        for label in self.findChildren(QLabel):
            if label.property("role") == "error":
                show_error(label, "")

    def show_error(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self.error, error_text(exc))

    def finish(self) -> None:
        self.accept()


class NoteDialog(_SmallDialog):
    """A note ("gebeld, geen reactie") and, if wanted, a new reminder date (today or later).

    Signals:
        note_requested(str, str, object): referral id, the text, the reminder date or None.
    """

    note_requested = Signal(str, str, object)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("NoteDialog", text)

    def __init__(self, referral_id: str, recipient: str, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            "referral_note_dialog", translate("NoteDialog", "Notitie of herinnering"),
            recipient, translate("NoteDialog", "Notitie vastleggen"), parent,
        )  # fmt: skip
        self.referral_id = referral_id
        self.text = QPlainTextEdit(self)
        _named(self.text, "note_text", self.tr("Notitie"))
        self.text.setPlaceholderText(self.tr("Bijvoorbeeld: gebeld, geen reactie."))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 14)
        self.text_error = error_label(self, "note_text_error")
        box = field_box(self, self.text, self.text_error)
        box.setFocusProxy(self.text)
        self.form.addRow(self.tr("&Notitie"), box)
        self.remind = DateEdit(self)
        _named(self.remind, "note_remind_on", self.tr("Nieuwe herinnering op (optioneel)"))
        self.remind_error = error_label(self, "note_remind_on_error")
        hint = QLabel(self.tr("Leeg laten: de gewone termijn telt opnieuw vanaf vandaag."), self)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        box = field_box(self, self.remind, hint, self.remind_error)
        box.setFocusProxy(self.remind)
        self.form.addRow(self.tr("Nieuwe &herinnering op"), box)
        self._finish_layout()
        self.text.setFocus()

    def submit(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._clear_errors()
        text = self.text.toPlainText().strip()
        if not text:
            self.show_invalid("note", "required")
            return
        try:
            remind_on = self.remind.date_value("remind_on")
        except ValidationError as exc:
            self.show_invalid(exc.field, exc.rule)
            return
        if remind_on is not None and remind_on < date.today():
            self.show_invalid("remind_on", "date_in_past")
            return
        self.save_button.setEnabled(False)
        self.note_requested.emit(self.referral_id, text, remind_on)

    def show_invalid(self, field: str, rule: str) -> None:
        self.save_button.setEnabled(True)
        text = rule_text(rule)
        if field == "note" and rule == "required":
            text = self.tr("Schrijf een notitie, bijvoorbeeld wat u deed of hoorde.")
        if field == "remind_on":
            show_error(self.remind_error, text)
            self.remind.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            show_error(self.text_error, text)
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)


class SkipFeedbackDialog(_SmallDialog):
    """Skip the GP terugkoppeling of this step; the reason is required.

    Signals:
        skip_requested(str, str): referral id and the reason.
    """

    skip_requested = Signal(str, str)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SkipFeedbackDialog", text)

    def __init__(self, referral_id: str, recipient: str, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            "feedback_skip_dialog", translate("SkipFeedbackDialog", "Terugkoppeling overslaan"),
            recipient + "\n" + translate("SkipFeedbackDialog", "De huisarts krijgt over deze stap "
                                   "geen terugkoppeling. Schrijf op waarom."),
            translate("SkipFeedbackDialog", "Overslaan"), parent,
        )  # fmt: skip
        self.referral_id = referral_id
        self.reason = QLineEdit(self)
        _named(self.reason, "feedback_skip_reason", self.tr("Reden om over te slaan"))
        self.reason.setPlaceholderText(self.tr("bijv. huisarts mondeling geïnformeerd"))
        self.reason.setMaxLength(2000)
        self.reason_error = error_label(self, "feedback_skip_reason_error")
        box = field_box(self, self.reason, self.reason_error)
        box.setFocusProxy(self.reason)
        self.form.addRow(self.tr("&Reden"), box)
        self._finish_layout()
        self.reason.setFocus()

    def submit(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._clear_errors()
        reason = self.reason.text().strip()
        if not reason:
            self.show_invalid("reason", "required")
            return
        self.save_button.setEnabled(False)
        self.skip_requested.emit(self.referral_id, reason)

    def show_invalid(self, field: str, rule: str) -> None:
        self.save_button.setEnabled(True)
        text = rule_text(rule)
        if field == "reason" and rule == "required":
            text = self.tr("Schrijf waarom, bijvoorbeeld 'huisarts mondeling geïnformeerd'.")
        show_error(self.reason_error, text)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
