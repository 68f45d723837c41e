"""One goal of the plan: leefgebied, the goal in the client's words, streefcijfer, actions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.errors import ValidationError
from pohsd.domain.intake import Goal, GoalAction
from pohsd.domain.questionnaire import Questionnaire
from ui.i18n import arg
from ui.widgets.date_edit import DateEdit

WHO = (QT_TRANSLATE_NOOP("PlanEditor", "cliënt"), QT_TRANSLATE_NOOP("PlanEditor", "POH"))
GOAL_STATUS_TEXT = {
    "open": QT_TRANSLATE_NOOP("PlanEditor", "loopt"),
    "bereikt": QT_TRANSLATE_NOOP("PlanEditor", "bereikt"),
    "deels": QT_TRANSLATE_NOOP("PlanEditor", "deels bereikt"),
    "niet": QT_TRANSLATE_NOOP("PlanEditor", "niet bereikt"),
    "vervallen": QT_TRANSLATE_NOOP("PlanEditor", "vervallen"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanEditor", text)


def name_widget(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


def fit_date(edit: QLineEdit) -> None:
    """Exactly wide enough for dd-mm-jjjj at the current font size."""
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00-00-0000") + 24)


def topic_choices(q: Questionnaire) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for domain in q.domains:
        out.append((domain.label, domain.code))
        out += [(f"    {domain.label} · {t.label}", t.code) for t in domain.topics]
    return out


class ActionRow(QWidget):
    """One action of a goal: wie, wat, wanneer, gedaan."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ActionRow", text)

    def __init__(self, prefix: str, who: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 4)
        lines.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(6)
        when = QHBoxLayout()
        when.setContentsMargins(12, 0, 0, 0)
        when.setSpacing(8)
        lines.addLayout(row)
        lines.addLayout(when)
        self.wie = QComboBox(self)
        self.wie.setEditable(True)
        self.wie.addItems([_tr(w) for w in WHO] + list(who))
        self.wie.setMinimumWidth(self.fontMetrics().horizontalAdvance("netwerkpersoon") + 30)
        self.wat = QLineEdit(self)
        self.wat.setPlaceholderText(self.tr("wat gaat er gebeuren"))
        self.wanneer = DateEdit(self)
        fit_date(self.wanneer)
        self.gedaan = QCheckBox(self.tr("gedaan"), self)
        self.remove = QPushButton("✕", self)
        self.remove.setAutoDefault(False)
        self.remove.setToolTip(self.tr("Actie verwijderen"))
        self.remove.setFixedWidth(self.remove.fontMetrics().horizontalAdvance("✕") + 24)
        row.addWidget(self.wie)
        row.addWidget(self.wat, 1)
        row.addWidget(self.remove)
        when.addWidget(QLabel(self.tr("wanneer"), self))
        when.addWidget(self.wanneer)
        when.addSpacing(12)
        when.addWidget(self.gedaan)
        when.addStretch(1)
        self.status = "open"
        self.rename(prefix)

    def rename(self, prefix: str) -> None:
        name_widget(self.wie, f"{prefix}_wie", self.tr("Wie"))
        name_widget(self.wat, f"{prefix}_wat", self.tr("Wat"))
        name_widget(self.wanneer, f"{prefix}_wanneer", self.tr("Wanneer"))
        name_widget(self.gedaan, f"{prefix}_gedaan", self.tr("Gedaan"))
        name_widget(self.remove, f"{prefix}_remove", self.tr("Actie verwijderen"))

    def focus_chain(self) -> list[QWidget]:
        return [self.wie, self.wat, self.wanneer, self.gedaan, self.remove]

    def read(self) -> GoalAction | None:
        """The action, or None while "wat" is empty (an unfinished line is not stored)."""
        if not self.wat.text().strip():
            return None
        try:
            when = self.wanneer.date_value("wanneer")
        except ValidationError:
            when = None
        status = (
            "gedaan"
            if self.gedaan.isChecked()
            else ("open" if self.status == "gedaan" else self.status)
        )
        return GoalAction(
            self.wie.currentText().strip() or _tr(WHO[0]), self.wat.text(), when, status
        )

    def write(self, action: GoalAction) -> None:
        self.wie.setEditText(action.wie)
        self.wat.setText(action.wat)
        self.wat.setCursorPosition(0)  # show the start of the text
        self.wanneer.set_date(action.wanneer)
        self.status = action.status
        self.gedaan.setChecked(action.status == "gedaan")


class GoalBox(QFrame):
    """One goal: leefgebied or topic, the goal in the client's words, streefcijfer, actions."""

    changed = Signal()
    rows_changed = Signal()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("GoalBox", text)

    def __init__(self, q: Questionnaire, index: int, who: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.goal_id: str | None = None
        self.who = list(who)
        self.prefix = f"plan_goal_{index}"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.topic = QComboBox(self)
        for text, code in topic_choices(q):
            self.topic.addItem(text, code)
        self.topic.setMaxVisibleItems(20)
        self.wens = QLineEdit(self)
        self.wens.setPlaceholderText(self.tr("wat de cliënt wil bereiken, in eigen woorden"))
        self.streef = QSpinBox(self)
        self.streef.setRange(-1, 10)
        self.streef.setSpecialValueText("—")
        self.streef.setValue(-1)
        self.target = DateEdit(self)
        fit_date(self.target)
        self.status = QComboBox(self)
        for code, text in GOAL_STATUS_TEXT.items():
            self.status.addItem(_tr(text), code)
        self.streef.setFixedWidth(self.streef.fontMetrics().horizontalAdvance("10") + 60)
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form.addRow(self.tr("Leefgebied"), self.topic)
        form.addRow(self.tr("Doel"), self.wens)
        line = QHBoxLayout()
        line.setSpacing(8)
        line.addWidget(self.streef)
        line.addSpacing(12)
        line.addWidget(QLabel(self.tr("streefdatum"), self))
        line.addWidget(self.target)
        line.addStretch(1)
        form.addRow(self.tr("Streefcijfer"), line)
        stand = QHBoxLayout()
        stand.addWidget(self.status)
        stand.addStretch(1)
        form.addRow(self.tr("Stand"), stand)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Acties: wie doet wat, wanneer"), self))
        self.actions_box = QVBoxLayout()
        self.actions_box.setSpacing(4)
        layout.addLayout(self.actions_box)
        buttons = QHBoxLayout()
        self.add_action = QPushButton(self.tr("+ Actie"), self)
        self.remove = QPushButton(self.tr("Doel verwijderen"), self)
        for button in (self.add_action, self.remove):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.actions: list[ActionRow] = []
        self.add_action.clicked.connect(lambda: self.add_action_row(focus=True))
        self.topic.activated.connect(lambda _i: self.changed.emit())
        self.wens.textEdited.connect(lambda _t: self.changed.emit())
        self.streef.valueChanged.connect(lambda _v: self.changed.emit())
        self.target.editingFinished.connect(self.changed)
        self.status.activated.connect(lambda _i: self.changed.emit())
        self.rename(index)

    def rename(self, index: int) -> None:
        self.prefix = p = f"plan_goal_{index}"
        n = index + 1
        name_widget(self.topic, f"{p}_topic", arg(self.tr("Leefgebied van doel %1"), n))
        name_widget(self.wens, f"{p}_wens", arg(self.tr("Doel %1 in eigen woorden"), n))
        name_widget(self.streef, f"{p}_streefcijfer", arg(self.tr("Streefcijfer doel %1"), n))
        name_widget(self.target, f"{p}_datum", arg(self.tr("Streefdatum doel %1"), n))
        name_widget(self.status, f"{p}_status", arg(self.tr("Stand van doel %1"), n))
        add_text = arg(self.tr("Actie toevoegen aan doel %1"), n)
        name_widget(self.add_action, f"{p}_add_action", add_text)
        name_widget(self.remove, f"{p}_remove", arg(self.tr("Doel %1 verwijderen"), n))
        for i, row in enumerate(self.actions):
            row.rename(f"{p}_action_{i}")

    def add_action_row(self, action: GoalAction | None = None, *, focus: bool = False) -> ActionRow:
        row = ActionRow(f"{self.prefix}_action_{len(self.actions)}", self.who, self)
        if action is not None:
            row.write(action)
        self.actions.append(row)
        self.actions_box.addWidget(row)
        row.show()  # at once: Tab may come right after
        row.wie.currentTextChanged.connect(lambda _t: self.changed.emit())
        row.wat.textEdited.connect(lambda _t: self.changed.emit())
        row.wanneer.editingFinished.connect(self.changed)
        row.gedaan.toggled.connect(lambda _c: self.changed.emit())
        row.remove.clicked.connect(lambda _c=False, r=row: self._remove_action(r))
        self.rows_changed.emit()
        if focus:
            row.wat.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def _remove_action(self, row: ActionRow) -> None:
        self.actions.remove(row)
        self.actions_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.rename(int(self.prefix.rsplit("_", 1)[1]))
        self.rows_changed.emit()
        self.add_action.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.topic, self.wens, self.streef, self.target, self.status]
        for row in self.actions:
            chain += row.focus_chain()
        return [*chain, self.add_action, self.remove]

    def read(self) -> Goal:
        try:
            target = self.target.date_value("target_date")
        except ValidationError:
            target = None
        actions = tuple(a for a in (row.read() for row in self.actions) if a is not None)
        streef = self.streef.value() if self.streef.value() >= 0 else None
        status = str(self.status.currentData())
        return Goal(
            str(self.topic.currentData()),
            self.wens.text(),
            streef,
            target,
            status,
            actions,
            self.goal_id,
        )

    def write(self, goal: Goal) -> None:
        self.goal_id = goal.id
        self.topic.setCurrentIndex(max(0, self.topic.findData(goal.topic)))
        self.wens.setText(goal.wens)
        self.wens.setCursorPosition(0)
        self.streef.setValue(goal.streefcijfer if goal.streefcijfer is not None else -1)
        self.target.set_date(goal.target_date)
        self.status.setCurrentIndex(max(0, self.status.findData(goal.status)))
        for action in goal.actions:
            self.add_action_row(action)
