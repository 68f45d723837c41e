"""Status wijzigen: only the allowed next states, with the fields each one needs (spec §8)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.errors import ValidationError
from pohsd.domain.referral import (
    AFGEROND,
    FOUTIEF,
    REASONS,
    RESULTS,
    SOURCES,
    WACHTLIJST,
    Referral,
)
from ui.i18n import arg
from ui.messages import error_text, rule_text
from ui.models.referral_models import recipient_text, state_text
from ui.viewmodels.referrals_vm import StatusStep
from ui.views.form_helpers import error_label, field_box, show_error
from ui.widgets.date_edit import DateEdit

DEFAULT_SOURCE = "telefoon"


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


def _box(parent: QWidget, field: QWidget, error: QLabel, focus: QWidget | None = None) -> QWidget:
    """The field with its error line beneath; the row's label mnemonic focuses the field."""
    box = field_box(parent, field, error)
    box.setFocusProxy(focus or field)
    return box


class StatusChangeDialog(QDialog):
    """Collects one step; the controller stores it and calls `finish` or `show_invalid`.

    Signals:
        step_requested(str, object): the referral id and the StatusStep.
    """

    step_requested = Signal(str, object)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("StatusChangeDialog", text)

    def __init__(self, referral: Referral, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referral_status_dialog")
        self.setWindowTitle(self.tr("Status wijzigen"))  # never a client name
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.referral = referral
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        intro = QLabel(
            arg(self.tr("%1 · nu: %2"), recipient_text(referral), state_text(referral.status)),
            self,
        )
        intro.setObjectName("status_intro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        outer.addWidget(intro)

        box = QGroupBox(self.tr("Nieuwe status"), self)
        box.setObjectName("status_targets")
        grid = QGridLayout(box)
        self.targets = QButtonGroup(self)
        self.target_buttons: dict[str, QRadioButton] = {}
        for i, code in enumerate(referral.next_states()):
            radio = QRadioButton(state_text(code), box)
            _named(radio, f"status_to_{code}", arg(self.tr("Nieuwe status: %1"), state_text(code)))
            radio.setProperty("code", code)
            self.targets.addButton(radio, i)
            self.target_buttons[code] = radio
            grid.addWidget(radio, i // 2, i % 2)
        self.target_error = error_label(box, "status_to_error")
        grid.addWidget(self.target_error, grid.rowCount(), 0, 1, 2)
        outer.addWidget(box)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        self.reason = QComboBox(self)
        _named(self.reason, "status_reason", self.tr("Reden"))
        self.reason_error = error_label(self, "status_reason_error")
        self.reason_row = _box(self, self.reason, self.reason_error)
        form.addRow(self.tr("&Reden"), self.reason_row)
        self.reason_text = QLineEdit(self)
        _named(self.reason_text, "status_reason_text", self.tr("Toelichting op de reden"))
        self.reason_text_error = error_label(self, "status_reason_text_error")
        self.reason_text_row = _box(self, self.reason_text, self.reason_text_error)
        form.addRow(self.tr("&Toelichting"), self.reason_text_row)
        self.result = QComboBox(self)
        _named(self.result, "status_result", self.tr("Resultaat"))
        self.result.addItem(self.tr("Kies het resultaat…"), None)
        for code in RESULTS:
            self.result.addItem(code, code)
        self.result_error = error_label(self, "status_result_error")
        self.result_row = _box(self, self.result, self.result_error)
        form.addRow(self.tr("R&esultaat"), self.result_row)
        self.expected = DateEdit(self)
        _named(self.expected, "status_expected_start", self.tr("Verwachte startdatum"))
        self.expected_unknown = QCheckBox(self.tr("&onbekend"), self)
        _named(self.expected_unknown, "status_expected_unknown", self.tr("Startdatum onbekend"))
        self.expected_unknown.setChecked(True)
        self.expected.setEnabled(False)
        self.expected_unknown.toggled.connect(lambda on: self.expected.setEnabled(not on))
        start_line = QWidget(self)
        start_row = QHBoxLayout(start_line)
        start_row.setContentsMargins(0, 0, 0, 0)
        start_row.addWidget(self.expected, 1)
        start_row.addWidget(self.expected_unknown)
        self.expected_error = error_label(self, "status_expected_start_error")
        self.expected_row = _box(self, start_line, self.expected_error, self.expected_unknown)
        form.addRow(self.tr("Verwachte &start"), self.expected_row)
        self.effective = DateEdit(self)
        _named(self.effective, "status_effective", self.tr("Wanneer gebeurde het"))
        self.effective.set_date(date.today())
        self.effective_error = error_label(self, "status_effective_error")
        form.addRow(
            self.tr("&Wanneer gebeurde het"), _box(self, self.effective, self.effective_error)
        )
        self.source = QComboBox(self)
        _named(self.source, "status_source", self.tr("Hoe hoorde u het"))
        for code in SOURCES:
            self.source.addItem(code, code)
        self.source.setCurrentIndex(SOURCES.index(DEFAULT_SOURCE))
        self.source_error = error_label(self, "status_source_error")
        form.addRow(self.tr("&Hoe hoorde u het"), _box(self, self.source, self.source_error))
        self.note = QPlainTextEdit(self)
        _named(self.note, "status_note", self.tr("Notitie"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        self.note_error = error_label(self, "status_note_error")
        form.addRow(self.tr("&Notitie (optioneel)"), _box(self, self.note, self.note_error))
        self.form = form
        outer.addLayout(form)

        self.error = error_label(self, "status_error")
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        _named(self.cancel_button, "status_cancel", self.tr("Annuleren"))
        self.save_button = QPushButton(self.tr("Status vastleggen"), self)
        _named(self.save_button, "status_save", self.tr("Status vastleggen"))
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Status vastleggen (Ctrl+Enter)"))
        for widget in (self.cancel_button, self.save_button):
            widget.setAutoDefault(False)
            buttons.addWidget(widget)
        outer.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.submit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)
        self.targets.idToggled.connect(lambda _i, on: on and self._target_changed())
        self._target_changed()
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())
        first = next(iter(self.target_buttons.values()), None)
        if first is not None:
            first.setFocus()

    # -- state ------------------------------------------------------------------------------

    def target(self) -> str | None:
        checked = self.targets.checkedButton()
        code = checked.property("code") if checked is not None else None
        return code if isinstance(code, str) else None

    def offered(self) -> tuple[str, ...]:
        """The state codes the dialog offers (the allowed next states)."""
        return tuple(self.target_buttons)

    def _target_changed(self) -> None:
        to = self.target()
        with_reason = to in REASONS
        self.reason.clear()
        self.reason.addItem(self.tr("Kies een reden…"), None)
        for code in REASONS.get(to or "", ()):
            self.reason.addItem(code, code)
        self._show_row(self.reason_row, with_reason)
        self._show_row(self.reason_text_row, with_reason or to == FOUTIEF)
        self.reason_text.setPlaceholderText(
            self.tr("Wat was er fout? (verplicht)") if to == FOUTIEF else self.tr("optioneel")
        )
        self._show_row(self.result_row, to == AFGEROND)
        self._show_row(self.expected_row, to == WACHTLIJST)
        self.layout().activate()
        if self.isVisible():
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _show_row(self, row: QWidget, shown: bool) -> None:
        self.form.setRowVisible(row, shown)

    # -- submit -----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.findChildren(QLabel):
            if label.property("role") == "error":
                show_error(label, "")

    def submit(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.clear_errors()
        to = self.target()
        if to is None:
            show_error(self.target_error, self.tr("Kies de nieuwe status."))
            next(iter(self.target_buttons.values())).setFocus()
            return
        try:
            effective = self.effective.date_value("effective")
            expected = None
            if to == WACHTLIJST and not self.expected_unknown.isChecked():
                expected = self.expected.date_value("expected_start")
                if expected is None:
                    raise ValidationError("expected_start", "required")
        except ValidationError as exc:
            self.show_invalid(exc.field, exc.rule)
            return
        if effective is None:
            self.show_invalid("effective", "required")
            return
        if effective > date.today():
            self.show_invalid("effective", "date_in_future")
            return
        code = self.reason.currentData() if to in REASONS else None
        if to in REASONS and not code:
            self.show_invalid("reason_code", "required")
            return
        if to == AFGEROND and not self.result.currentData():
            self.show_invalid("result", "required")
            return
        step = StatusStep(
            to=to, effective=effective, source=str(self.source.currentData()),
            reason_code=code if isinstance(code, str) else None,
            reason_text=self.reason_text.text().strip() if to in REASONS or to == FOUTIEF else "",
            result=self.result.currentData() if to == AFGEROND else None,
            expected_start=expected, note=self.note.toPlainText().strip(),
        )  # fmt: skip
        self.save_button.setEnabled(False)
        self.step_requested.emit(self.referral.id, step)

    # -- from the controller ----------------------------------------------------------------

    def show_invalid(self, field: str, rule: str) -> None:
        """Name what the core (or the form) refused beside its field, and focus it."""
        self.save_button.setEnabled(True)
        text = rule_text(rule)
        if field == "reason_code" and rule == "required":
            text = self.tr("Kies een reden.")
        elif field == "reason_text" and rule == "required":
            text = self.tr("Schrijf op wat er fout was.")
        elif field == "result" and rule == "required":
            text = self.tr("Kies het resultaat.")
        elif field == "expected_start" and rule == "required":
            text = self.tr("Vul de verwachte startdatum in, of kies onbekend.")
        places: dict[str, tuple[QLabel, QWidget]] = {
            "reason_code": (self.reason_error, self.reason),
            "reason_text": (self.reason_text_error, self.reason_text),
            "result": (self.result_error, self.result),
            "expected_start": (self.expected_error, self.expected),
            "effective": (self.effective_error, self.effective),
            "source": (self.source_error, self.source),
            "note": (self.note_error, self.note),
        }
        label, widget = places.get(field, (self.error, self.save_button))
        if field == "to":
            label = self.target_error
            widget = self.targets.checkedButton() or self.save_button
        show_error(label, text)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self.error, error_text(exc))

    def finish(self) -> None:
        self.accept()
