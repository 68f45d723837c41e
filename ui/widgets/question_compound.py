"""Editors for compound answers (ja/nee + tekst or aantal, alcohol), ranked priorities and zr."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from pohsd.domain.questionnaire import Question, Questionnaire
from pohsd.intake.answers import ALCOHOL_DAGEN, ALCOHOL_GLAZEN
from ui.i18n import arg
from ui.widgets.question_inputs import AnswerEditor, ChoiceEditor, JnEditor, check_only, name


def _spin(parent: QWidget, object_name: str, accessible: str, hi: int) -> QSpinBox:
    spin = QSpinBox(parent)
    name(spin, object_name, accessible)
    spin.setRange(-1, hi)
    spin.setSpecialValueText("—")
    spin.setValue(-1)
    spin.setMinimumWidth(90)
    spin.setMaximumWidth(140)
    return spin


def _count(spin: QSpinBox) -> int | None:
    return None if spin.value() < 0 else spin.value()


class LabelledChoiceEditor(AnswerEditor):
    """Ja/nee or a keuze with a second field: "toelichting" (text) or "aantal" (a count)."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("LabelledChoiceEditor", text)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.second = "aantal" if question.type.value == "jn+getal" else "toelichting"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        if question.type.value == "keuze+tekst":
            self.choice: ChoiceEditor = ChoiceEditor(question, self)
        else:
            self.choice = JnEditor(question, self)
        self.choice.changed.connect(self._choice_changed)
        layout.addWidget(self.choice)
        row = QHBoxLayout()
        self.text: QLineEdit | None = None
        self.spin: QSpinBox | None = None
        if self.second == "aantal":
            hi = (question.range or (0, 99))[1]
            caption = self.tr("Hoeveel:")
            self.spin = _spin(self, f"{question.id}:aantal", caption, int(hi))
            self.spin.valueChanged.connect(lambda _v: self._send())
            row.addWidget(QLabel(caption, self))
            row.addWidget(self.spin)
            row.addStretch(1)
        else:
            self.text = QLineEdit(self)
            name(self.text, f"{question.id}:toelichting", self.tr("Toelichting"))
            self.text.setPlaceholderText(self.tr("Toelichting (wat, wie, hoe vaak)"))
            self.text.textEdited.connect(lambda _t: self._send())
            row.addWidget(self.text, 1)
        layout.addLayout(row)
        self._update_enabled()

    def _choice_changed(self, _value: object) -> None:
        self._update_enabled()
        self._send()

    def _update_enabled(self) -> None:
        answer = self.choice.current()
        if self.spin is not None:
            self.spin.setEnabled(answer == "ja")
        if self.text is not None:
            self.text.setEnabled(answer is not None)

    def _send(self) -> None:
        answer = self.choice.current()
        if answer is None:
            self._emit(None)
            return
        value: dict[str, Any] = {"antwoord": answer}
        if self.spin is not None and answer == "ja" and _count(self.spin) is not None:
            value["aantal"] = _count(self.spin)
        if self.text is not None and self.text.text().strip():
            value["toelichting"] = self.text.text()
        self._emit(value)

    def set_value(self, value: object) -> None:
        data = value if isinstance(value, dict) else {}
        self.choice.set_value(data.get("antwoord"))
        if self.spin is not None:
            with QSignalBlocker(self.spin):
                aantal = data.get("aantal")
                self.spin.setValue(aantal if isinstance(aantal, int) else -1)
        if self.text is not None:
            text = data.get("toelichting")
            if self.text.text() != (text or ""):
                self.text.setText(text if isinstance(text, str) else "")
        self._update_enabled()

    def focus_chain(self) -> list[QWidget]:
        return [*self.choice.focus_chain(), *(w for w in (self.spin, self.text) if w)]


class AlcoholEditor(AnswerEditor):
    """Days a week and glasses on such a day (the weekly total is dagen × glazen)."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("AlcoholEditor", text)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        days, glasses = self.tr("Dagen per week"), self.tr("Glazen op zo'n dag")
        self.dagen = _spin(self, f"{question.id}:dagen", days, ALCOHOL_DAGEN[1])
        self.glazen = _spin(self, f"{question.id}:glazen", glasses, ALCOHOL_GLAZEN[1])
        form.addRow(days, self.dagen)
        form.addRow(glasses, self.glazen)
        self.dagen.valueChanged.connect(lambda _v: self._send())
        self.glazen.valueChanged.connect(lambda _v: self._send())

    def _send(self) -> None:
        value = {k: v for k, v in (("dagen", _count(self.dagen)), ("glazen", _count(self.glazen)))}
        value = {k: v for k, v in value.items() if v is not None}
        self._emit(value or None)

    def set_value(self, value: object) -> None:
        data = value if isinstance(value, dict) else {}
        for key, spin in (("dagen", self.dagen), ("glazen", self.glazen)):
            with QSignalBlocker(spin):
                number = data.get(key)
                spin.setValue(number if isinstance(number, int) else -1)

    def focus_chain(self) -> list[QWidget]:
        return [self.dagen, self.glazen]


class RankEditor(AnswerEditor):
    """prioriteit.belangrijkste: one to three domains or topics, most important first."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RankEditor", text)

    def __init__(
        self, question: Question, questionnaire: Questionnaire, parent: QWidget | None = None
    ) -> None:
        super().__init__(question, parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.combos: list[QComboBox] = []
        choices: list[tuple[str, str]] = []
        for domain in questionnaire.domains:
            choices.append((domain.label, domain.code))
            choices += [(f"    {domain.label} · {t.label}", t.code) for t in domain.topics]
        for rank in range(1, (question.max_items or 3) + 1):
            combo = QComboBox(self)
            caption = f"{rank}."
            name(combo, f"{question.id}:{rank}", arg(self.tr("Belangrijkste, plaats %1"), rank))
            combo.addItem("—", None)
            for text, code in choices:
                combo.addItem(text, code)
            combo.setMaxVisibleItems(20)
            combo.activated.connect(lambda _i: self._send())
            form.addRow(caption, combo)
            self.combos.append(combo)

    def _send(self) -> None:
        codes = [c.currentData() for c in self.combos if isinstance(c.currentData(), str)]
        self._emit(codes or None)

    def set_value(self, value: object) -> None:
        codes = value if isinstance(value, list) else []
        for i, combo in enumerate(self.combos):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(max(0, combo.findData(codes[i])) if i < len(codes) else 0)

    def focus_chain(self) -> list[QWidget]:
        return list(self.combos)


class ZrEditor(AnswerEditor):
    """Zelfredzaamheid 1–5 with the domain rubric: tooltip per level and a side text on focus."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ZrEditor", text)

    def __init__(
        self,
        question: Question,
        levels: tuple[str, ...],
        rubric: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(question, parent)
        self.rubric = rubric
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for level, level_name in enumerate(levels, 1):
            button = QRadioButton(f"{level}  {level_name}", self)
            name(button, f"{question.id}:{level}", f"{level} {level_name}")
            button.setToolTip(rubric[level - 1])
            button.setAccessibleDescription(rubric[level - 1])
            button.installEventFilter(self)
            self.group.addButton(button, level)
            self.buttons.append(button)
            column.addWidget(button)
        column.addStretch(1)
        layout.addLayout(column)
        self.side = QLabel(self)
        self.side.setObjectName(f"{question.id}:rubriek")
        self.side.setWordWrap(True)
        self.side.setTextFormat(Qt.TextFormat.PlainText)
        self.side.setProperty("role", "hint")
        self.side.setMinimumWidth(200)
        self.side.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.side, 1)
        self.group.idToggled.connect(self._toggled)
        self._show_side(None)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: focus or hover on a level shows its rubric beside it."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.Enter) and watched in self.buttons:
            self._show_side(self.group.id(watched))  # type: ignore[arg-type]
        elif event.type() in (QEvent.Type.FocusOut, QEvent.Type.Leave):
            self._show_side(None)
        return super().eventFilter(watched, event)

    def _show_side(self, level: int | None) -> None:
        level = level or next((self.group.id(b) for b in self.buttons if b.isChecked()), None)
        if level is not None and 1 <= level <= len(self.rubric):
            self.side.setText(f"{level}: {self.rubric[level - 1]}")
        else:
            self.side.setText(
                self.tr(
                    "Beoordeel de situatie van nu: begin bij 5 en ga omlaag tot de "
                    "beschrijving past. Niet beoordelen mag ook."
                )
            )

    def _toggled(self, level: int, checked: bool) -> None:
        if checked:
            self._emit(level)
            self._show_side(level)

    def set_value(self, value: object) -> None:
        check_only(self.group, self.group.button(value) if isinstance(value, int) else None)
        self._show_side(None)

    def focus_chain(self) -> list[QWidget]:
        return list(self.buttons)
