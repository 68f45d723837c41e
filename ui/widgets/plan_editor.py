"""The plan part: goals with actions, the question to the GP, and sociale-kaart suggestions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.intake import Goal, Plan
from pohsd.domain.questionnaire import Questionnaire
from ui.views.suggestions_view import SuggestionsPanel
from ui.widgets.plan_goal import GoalBox, name_widget


class PlanEditor(QFrame):
    """Goals and the question to the GP; the page stores them through PlanViewModel.

    Signals:
        changed(): the plan was edited (read it with `goals()` and `question_to_gp()`).
        rows_changed(): a goal or action was added or removed (the keyboard order changes).
    """

    changed = Signal()
    rows_changed = Signal()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("PlanEditor", text)

    def __init__(self, q: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_editor")
        self.q = q
        self.who: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.goals_box = QVBoxLayout()
        self.goals_box.setSpacing(10)
        layout.addLayout(self.goals_box)
        self.empty = QLabel(
            self.tr("Nog geen doelen. Voeg een doel toe of kies eerst prioriteiten."), self
        )
        self.empty.setProperty("role", "hint")
        layout.addWidget(self.empty)
        self.add_goal = QPushButton(self.tr("+ Doel toevoe&gen"), self)
        name_widget(self.add_goal, "plan_add_goal", self.tr("Doel toevoegen"))
        self.add_goal.setAutoDefault(False)
        self.add_goal.clicked.connect(lambda: self.add_goal_box(focus=True))
        layout.addWidget(self.add_goal, 0, Qt.AlignmentFlag.AlignLeft)
        gp = QGroupBox(self.tr("Vraag aan huisarts"), self)
        gp_layout = QVBoxLayout(gp)
        self.gp_question = QPlainTextEdit(gp)
        name_widget(self.gp_question, "plan_gp_question", self.tr("Vraag aan huisarts"))
        self.gp_question.setTabChangesFocus(True)
        self.gp_question.setPlaceholderText(self.tr("Bijvoorbeeld: medicatie bespreken, alcohol"))
        self.gp_question.setFixedHeight(self.gp_question.fontMetrics().lineSpacing() * 3 + 14)
        self.gp_question.textChanged.connect(self.changed)
        gp_layout.addWidget(self.gp_question)
        layout.addWidget(gp)
        self.suggestions = SuggestionsPanel(self)
        layout.addWidget(self.suggestions)
        self.boxes: list[GoalBox] = []

    def set_people(self, names: Sequence[str]) -> None:
        """Network persons who can take an action (first names)."""
        self.who = list(names)

    def set_plan(self, plan: Plan) -> None:
        for box in list(self.boxes):
            self._drop(box)
        for goal in plan.goals:
            self.add_goal_box(goal)
        self.gp_question.blockSignals(True)
        self.gp_question.setPlainText(plan.question_to_gp)
        self.gp_question.blockSignals(False)
        self._update_empty()

    def prefill(self, topics: Sequence[str], wish: str) -> bool:
        """Draft goals from the priorities, each carrying the wish (only when there are none)."""
        if self.boxes or not topics:
            return False
        for code in topics:
            self.add_goal_box(Goal(code, wish))
        self.changed.emit()
        return True

    def add_goal_box(self, goal: Goal | None = None, *, focus: bool = False) -> GoalBox:
        box = GoalBox(self.q, len(self.boxes), self.who, self)
        if goal is not None:
            box.write(goal)
        box.changed.connect(self.changed)
        box.rows_changed.connect(self.rows_changed)
        box.remove.clicked.connect(lambda _c=False, b=box: self._remove(b))
        self.boxes.append(box)
        self.goals_box.addWidget(box)
        box.show()
        self._update_empty()
        self.rows_changed.emit()
        if focus:
            box.topic.setFocus(Qt.FocusReason.OtherFocusReason)
            self.changed.emit()
        return box

    def _remove(self, box: GoalBox) -> None:
        self._drop(box)
        for i, other in enumerate(self.boxes):
            other.rename(i)
        self.add_goal.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_empty()
        self.rows_changed.emit()
        self.changed.emit()

    def _drop(self, box: GoalBox) -> None:
        self.boxes.remove(box)
        self.goals_box.removeWidget(box)
        box.hide()
        box.deleteLater()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.boxes)

    def goals(self) -> tuple[Goal, ...]:
        return tuple(box.read() for box in self.boxes)

    def question_to_gp(self) -> str:
        return self.gp_question.toPlainText()

    def apply_ids(self, plan: Plan) -> None:
        """After saving: new goals got ids; keep them so the next save updates, not adds."""
        if len(plan.goals) == len(self.boxes):
            for box, goal in zip(self.boxes, plan.goals, strict=True):
                box.goal_id = goal.id

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for box in self.boxes:
            chain += box.focus_chain()
        return [*chain, self.add_goal, self.gp_question, *self.suggestions.focus_chain()]
