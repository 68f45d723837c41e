"""Editors for the simple answer types: ja/nee, keuze, keuze+, getal, cijfer, tekst, datum."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.questionnaire import Question
from ui.widgets.date_edit import DateEdit, format_date_nl, parse_date_nl

#: More options than this are offered in a drop-down list instead of radio buttons.
MAX_RADIOS = 8


def name(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


def check_only(group: QButtonGroup, button: QAbstractButton | None) -> None:
    """Check one button of an exclusive group, or none, without any signal."""
    with QSignalBlocker(group):
        group.setExclusive(False)
        for other in group.buttons():
            with QSignalBlocker(other):
                other.setChecked(other is button)
        group.setExclusive(True)


class AnswerEditor(QWidget):
    """Base of every editor: `changed` carries the new value, or None for "no answer".

    Signals:
        changed(object): the value as typed or chosen; None clears the answer.
        invalid(str): a rule code for input that is not a value yet (e.g. "date_format").
    """

    changed = Signal(object)
    invalid = Signal(str)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"{question.id}:editor")

    def set_value(self, value: object) -> None:
        """Show a stored value without emitting `changed`."""
        raise NotImplementedError

    def focus_chain(self) -> list[QWidget]:
        raise NotImplementedError

    def _emit(self, value: object) -> None:
        self.changed.emit(value)


class ChoiceEditor(AnswerEditor):
    """One option: radio buttons (arrow keys move, Space chooses), or a list when long."""

    def __init__(
        self,
        question: Question,
        parent: QWidget | None = None,
        options: Sequence[str] | None = None,
        texts: Sequence[str] | None = None,
        horizontal: bool | None = None,
    ) -> None:
        super().__init__(question, parent)
        self.options = tuple(options if options is not None else question.options)
        texts = tuple(texts or self.options)
        layout: QHBoxLayout | QVBoxLayout | QGridLayout
        self.combo: QComboBox | None = None
        self.buttons: list[QRadioButton] = []
        if len(self.options) > MAX_RADIOS:
            layout = QHBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            self.combo = QComboBox(self)
            name(self.combo, f"{question.id}:keuze", question.display_text)
            self.combo.addItem("—", None)
            for option, text in zip(self.options, texts, strict=True):
                self.combo.addItem(text, option)
            self.combo.setMaxVisibleItems(15)
            self.combo.activated.connect(lambda _i: self._emit(self.combo.currentData()))
            layout.addWidget(self.combo)
            layout.addStretch(1)
            return
        across = horizontal if horizontal is not None else sum(map(len, texts)) < 60
        layout = QHBoxLayout(self) if across else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16 if across else 4)
        self.group = QButtonGroup(self)  # exclusive: one tab stop, arrow keys move, Space picks
        for i, (option, text) in enumerate(zip(self.options, texts, strict=True)):
            button = QRadioButton(text, self)
            name(button, f"{question.id}:opt{i}", text)
            button.setProperty("option", option)
            self.group.addButton(button, i)
            self.buttons.append(button)
            layout.addWidget(button)
        self.group.buttonToggled.connect(self._toggled)
        if across:
            layout.addStretch(1)

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._emit(button.property("option"))

    def set_value(self, value: object) -> None:
        if self.combo is not None:
            with QSignalBlocker(self.combo):
                self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
            return
        chosen = next((b for b in self.buttons if b.property("option") == value), None)
        check_only(self.group, chosen)

    def current(self) -> str | None:
        if self.combo is not None:
            data = self.combo.currentData()
            return data if isinstance(data, str) else None
        return next((b.property("option") for b in self.buttons if b.isChecked()), None)

    def focus_chain(self) -> list[QWidget]:
        return [self.combo] if self.combo is not None else list(self.buttons)


class JnEditor(ChoiceEditor):
    """Ja / nee as two radio buttons side by side."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("JnEditor", text)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        texts = (self.tr("Ja"), self.tr("Nee"))
        super().__init__(question, parent, ("ja", "nee"), texts, horizontal=True)


class MultiChoiceEditor(AnswerEditor):
    """Several options as check boxes; an exclusive option ("geen") clears the others."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(4)
        self.boxes: list[QCheckBox] = []
        columns = 2 if len(question.options) > 4 else 1
        rows = (len(question.options) + columns - 1) // columns
        for i, option in enumerate(question.options):
            box = QCheckBox(option, self)
            name(box, f"{question.id}:opt{i}", option)
            box.toggled.connect(lambda checked, o=option: self._toggled(o, checked))
            self.boxes.append(box)
            layout.addWidget(box, i % rows, i // rows)  # read down the first column first
        layout.setColumnStretch(columns, 1)

    def _toggled(self, option: str, checked: bool) -> None:
        exclusive = set(self.question.exclusive_options)
        if checked:
            for box in self.boxes:
                other = box.text()
                clash = option in exclusive or other in exclusive
                if other != option and box.isChecked() and clash:
                    with QSignalBlocker(box):
                        box.setChecked(False)
        chosen = [b.text() for b in self.boxes if b.isChecked()]
        self._emit(chosen or None)

    def set_value(self, value: object) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for box in self.boxes:
            with QSignalBlocker(box):
                box.setChecked(box.text() in chosen)

    def focus_chain(self) -> list[QWidget]:
        return list(self.boxes)


class NumberEditor(AnswerEditor):
    """A count in a spin box ("—" = no answer), or an amount typed Dutch style (1.210,50)."""

    def __init__(
        self, question: Question, parent: QWidget | None = None, *, key: str = "getal"
    ) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        lo, hi = question.range or (0, 99)
        self.spin: QSpinBox | None = None
        self.line: QLineEdit | None = None
        if question.integer and hi <= 10_000:
            self.spin = QSpinBox(self)
            name(self.spin, f"{question.id}:{key}", question.display_text)
            self.spin.setRange(int(lo) - 1, int(hi))
            self.spin.setSpecialValueText("—")
            self.spin.setValue(int(lo) - 1)
            self.spin.setMinimumWidth(90)
            self.spin.valueChanged.connect(self._spun)
            layout.addWidget(self.spin)
        else:
            self.line = QLineEdit(self)
            name(self.line, f"{question.id}:{key}", question.display_text)
            self.line.setMaximumWidth(180)
            self.line.setPlaceholderText("1.210,50" if question.unit == "€" else "")
            self.line.textEdited.connect(self._typed)
            if question.unit:
                layout.addWidget(QLabel(question.unit, self))
            layout.addWidget(self.line)
        layout.addStretch(1)

    def _spun(self, value: int) -> None:
        spin = self.spin
        self._emit(None if spin is None or value == spin.minimum() else value)

    def _typed(self, text: str) -> None:
        cleaned = text.strip().replace("€", "").replace(" ", "")
        if not cleaned:
            self._emit(None)
            return
        if "," in cleaned or re.fullmatch(r"[0-9]{1,3}(\.[0-9]{3})+", cleaned):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        self._emit(cleaned)  # the core validates: not_a_number, out_of_range …

    def number(self) -> int | None:
        if self.spin is None or self.spin.value() == self.spin.minimum():
            return None
        return self.spin.value()

    def set_value(self, value: object) -> None:
        if self.spin is not None:
            with QSignalBlocker(self.spin):
                number = value if isinstance(value, int) else self.spin.minimum()
                self.spin.setValue(number)
        elif self.line is not None:
            text = "" if value is None else f"{value}".replace(".", ",")
            self.line.setText(text)

    def focus_chain(self) -> list[QWidget]:
        return [w for w in (self.spin, self.line) if w is not None]


class ScaleEditor(AnswerEditor):
    """A 0–10 cijfer as eleven buttons with the anchors beneath (arrows move, Space picks)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        lo, hi = (int(x) for x in (question.range or (0, 10)))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        for value in range(lo, hi + 1):
            button = QPushButton(str(value), self)
            name(button, f"{question.id}:{value}", f"{question.display_text}: {value}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            width = button.fontMetrics().horizontalAdvance("10") + 22
            button.setFixedWidth(width)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, value)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        outer.addLayout(row)
        if question.anchors:
            anchors = QLabel("   ·   ".join(question.anchors), self)
            anchors.setProperty("role", "hint")
            outer.addWidget(anchors)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, value: int, checked: bool) -> None:
        if checked:
            self._emit(value)

    def set_value(self, value: object) -> None:
        check_only(self.group, self.group.button(value) if isinstance(value, int) else None)

    def focus_chain(self) -> list[QWidget]:
        return list(self.buttons)


class TextEditor(AnswerEditor):
    """Free text, several lines; Tab leaves the field (keyboard users need that)."""

    def __init__(
        self, question: Question, parent: QWidget | None = None, *, lines: int = 3
    ) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit(self)
        name(self.edit, f"{question.id}:tekst", question.display_text)
        self.edit.setTabChangesFocus(True)
        height = self.edit.fontMetrics().lineSpacing() * lines + 14
        self.edit.setFixedHeight(height)
        self.edit.textChanged.connect(self._typed)
        layout.addWidget(self.edit)

    def _typed(self) -> None:
        text = self.edit.toPlainText()
        self._emit(text if text.strip() else None)

    def set_value(self, value: object) -> None:
        text = value if isinstance(value, str) else ""
        if self.edit.toPlainText() != text:
            with QSignalBlocker(self.edit):
                self.edit.setPlainText(text)

    def focus_chain(self) -> list[QWidget]:
        return [self.edit]


class DateEditor(AnswerEditor):
    """A date as dd-mm-jjjj; stored as an ISO date once it is a real date."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = DateEdit(self)
        name(self.edit, f"{question.id}:datum", question.display_text)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("00-00-0000") + 24)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def _parsed(self) -> tuple[bool, date | None]:
        try:
            return True, parse_date_nl(self.edit.text())
        except ValueError:
            return False, None

    def _typed(self, _text: str) -> None:
        ok, day = self._parsed()
        if ok and (day is not None or not self.edit.text().strip()):
            self._emit(day.isoformat() if day else None)

    def _finished(self) -> None:
        ok, _day = self._parsed()
        if not ok:
            self.invalid.emit("date_format")

    def set_value(self, value: object) -> None:
        day = date.fromisoformat(value) if isinstance(value, str) else None
        ok, current = self._parsed()
        if not ok or current != day:
            self.edit.setText(format_date_nl(day))

    def focus_chain(self) -> list[QWidget]:
        return [self.edit]
