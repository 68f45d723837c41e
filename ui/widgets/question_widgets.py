"""A question as a card: its text, the editor for its answer type, weet niet / wil niet zeggen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from pohsd.domain.questionnaire import Question, Questionnaire, QuestionRole, QuestionType
from pohsd.intake.answers import AnswerState
from ui.views.glyphs import displayable
from ui.widgets.question_compound import AlcoholEditor, LabelledChoiceEditor, RankEditor, ZrEditor
from ui.widgets.question_inputs import (
    AnswerEditor,
    ChoiceEditor,
    DateEditor,
    JnEditor,
    MultiChoiceEditor,
    NumberEditor,
    ScaleEditor,
    TextEditor,
    name,
)

LARGE_SCALE = 1.45  # kijkmodus: the question text grows by this much
ANSWER_SCALE = 1.2  # … and the answers a little


def make_editor(question: Question, q: Questionnaire, parent: QWidget) -> AnswerEditor | None:
    """The editor for the question's answer type (None for a card without an answer)."""
    t = question.type
    if t is QuestionType.KAART:
        return None
    if t is QuestionType.JN:
        return JnEditor(question, parent)
    if t is QuestionType.KEUZE:
        return ChoiceEditor(question, parent)
    if t is QuestionType.KEUZE_MEER:
        return MultiChoiceEditor(question, parent)
    if t is QuestionType.GETAL:
        return NumberEditor(question, parent)
    if t is QuestionType.CIJFER:
        return ScaleEditor(question, parent)
    if t is QuestionType.DATUM:
        return DateEditor(question, parent)
    if t is QuestionType.ALCOHOL:
        return AlcoholEditor(question, parent)
    if t is QuestionType.RANGORDE:
        return RankEditor(question, q, parent)
    if t is QuestionType.ZR and question.domain:
        return ZrEditor(question, q.ratings.zr_levels, q.domain_rubric(question.domain), parent)
    if t in (QuestionType.JN_TEKST, QuestionType.JN_GETAL, QuestionType.KEUZE_TEKST):
        return LabelledChoiceEditor(question, parent)
    lines = 4 if question.role is QuestionRole.NOTITIE else 3
    return TextEditor(question, parent, lines=lines)


class QuestionCard(QFrame):
    """One question of the current view. The card never stores: it tells the page.

    Signals:
        answered(str, object): question id and the new value (None clears the answer).
        state_chosen(str, str): question id and "weet niet" / "wil niet zeggen" /
            "niet gevraagd" (a state button was pressed or released).
        focus_left(str): the keyboard focus left one of the card's fields.
        invalid_input(str, str): question id and rule of input that is no value yet.
    """

    answered = Signal(str, object)
    state_chosen = Signal(str, str)
    focus_left = Signal(str)
    invalid_input = Signal(str, str)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("QuestionCard", text)

    def __init__(self, question: Question, q: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"card:{question.id}")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)

        self.intro = QLabel(self)
        self.intro.setObjectName(f"{question.id}:intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setProperty("role", "hint")
        self.intro.hide()
        layout.addWidget(self.intro)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.text = QLabel(self._caption(question, q), self)
        self.text.setObjectName(f"{question.id}:vraag")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._base_font = QFont(self.text.font())
        if question.type is not QuestionType.KAART:
            bold = QFont(self._base_font)
            bold.setWeight(QFont.Weight.DemiBold)
            self._base_font = bold
            self.text.setFont(bold)
        head.addWidget(self.text, 1)
        for shown, tag, tip in (
            (
                question.alone_only,
                self.tr("⚑ alleen"),
                self.tr("Alleen vragen als de cliënt alleen is."),
            ),
            (question.observation, self.tr("(POH)"), self.tr("Waarneming: niet hardop vragen.")),
        ):
            if shown:
                label = QLabel(tag, self)
                label.setToolTip(tip)
                label.setProperty("role", "hint")
                head.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        self.editor = make_editor(question, q, self)
        if self.editor is not None:
            self.editor.changed.connect(self._edited)
            self.editor.invalid.connect(lambda rule: self.invalid_input.emit(question.id, rule))
            layout.addWidget(self.editor)
            for widget in self.editor.focus_chain():
                widget.setAccessibleDescription(question.display_text)
                widget.installEventFilter(self)

        foot = QHBoxLayout()
        foot.setSpacing(8)
        self.state_buttons: dict[str, QPushButton] = {}
        for state, text in self._states(question):
            button = QPushButton(text, self)
            name(button, f"{question.id}:{state}", f"{text}: {question.display_text}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setProperty("role", "state")
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.toggled.connect(lambda checked, s=state: self._state_toggled(s, checked))
            button.installEventFilter(self)
            self.state_buttons[state] = button
            foot.addWidget(button)
        self.error = QLabel(self)
        self.error.setObjectName(f"{question.id}:fout")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        foot.addWidget(self.error, 1)
        foot.addStretch(1)
        self.lock_label = QLabel(self)
        self.lock_label.setText(
            displayable(self.tr("🔒 niet vastleggen (geen toestemming)"), self.lock_label.font())
        )
        self.lock_label.setProperty("role", "hint")
        self.lock_label.hide()
        foot.addWidget(self.lock_label)
        self._addons: list[QWidget] = []
        self._addon_index = layout.count()
        if self.state_buttons or question.type is not QuestionType.KAART:
            layout.addLayout(foot)
        self.score = QLabel(self)
        self.score.setObjectName(f"{question.id}:score")
        self.score.setProperty("role", "score")
        self.score.setWordWrap(True)
        self.score.hide()
        layout.addWidget(self.score)
        self._score_allowed = True
        if question.type is QuestionType.KAART:
            self.setProperty("role", "prompt")

    def _caption(self, question: Question, q: Questionnaire) -> str:
        if question.type is QuestionType.KAART and question.title and question.text:
            return f"{question.title}\n\n{question.text}"
        if question.role is QuestionRole.ZR:
            return self.tr("Zelfredzaamheid (uw beoordeling als POH, 1–5)")
        if question.role is QuestionRole.CIJFER and question.part:
            return f"{q.part(question.part).label}: {question.display_text}"
        if question.id == "vervolg.datum":
            return self.tr("Vervolggesprek op")
        return question.display_text

    def _states(self, question: Question) -> list[tuple[str, str]]:
        if question.type in (QuestionType.KAART, QuestionType.ZR) or question.role in (
            QuestionRole.NOTITIE,
        ):
            return []
        weet = (AnswerState.WEET_NIET.value, self.tr("Weet niet"))
        if question.role is QuestionRole.CIJFER or question.type is QuestionType.CIJFER:
            return [weet]
        return [weet, (AnswerState.WIL_NIET_ZEGGEN.value, self.tr("Wil niet zeggen"))]

    # -- from the page ------------------------------------------------------------------------

    def set_answer(self, value: object, state: AnswerState) -> None:
        """Show the stored value or state (no signals are emitted)."""
        if self.editor is not None:
            self.editor.set_value(value if state is AnswerState.BEANTWOORD else None)
        for key, button in self.state_buttons.items():
            with QSignalBlocker(button):
                button.setChecked(state.value == key)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_locked(self, locked: bool) -> None:
        """Consent "niet vastleggen" for this part: the question can be asked, not recorded."""
        for widget in self.focus_chain():
            widget.setEnabled(not locked)
        self.lock_label.setVisible(locked)

    def add_addon(self, widget: QWidget) -> None:
        """A panel that belongs to this question (e.g. the excluded domains of the consent)."""
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(self._addon_index + len(self._addons), widget)
        self._addons.append(widget)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def set_score(self, text: str) -> None:
        """An instrument's score and band beside its items, or how many items are missing."""
        self.score.setText(text)
        self.score.setVisible(bool(text) and self._score_allowed)

    def set_large(self, large: bool) -> None:
        self._score_allowed = not large  # kijkmodus hides scores
        self.score.setVisible(bool(self.score.text()) and not large)
        font = QFont(self._base_font)
        if large:
            font.setPointSizeF(font.pointSizeF() * LARGE_SCALE)
        self.text.setFont(font)
        if self.editor is not None:
            answers = QFont(self.font())
            if large:
                answers.setPointSizeF(answers.pointSizeF() * ANSWER_SCALE)
            self.editor.setFont(answers)

    def focus_chain(self) -> list[QWidget]:
        editors = self.editor.focus_chain() if self.editor is not None else []
        addons: list[QWidget] = []
        for addon in self._addons:
            chain = getattr(addon, "focus_chain", None)
            addons += list(chain()) if callable(chain) else [addon]
        return [*editors, *addons, *self.state_buttons.values()]

    def focus_first(self) -> bool:
        for widget in self.focus_chain():
            if widget.isEnabled() and widget.isVisibleTo(self):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    # -- from the widgets -----------------------------------------------------------------------

    def _edited(self, value: object) -> None:
        for button in self.state_buttons.values():
            with QSignalBlocker(button):
                button.setChecked(False)
        self.set_error("")
        self.answered.emit(self.question.id, value)

    def _state_toggled(self, state: str, checked: bool) -> None:
        if checked:
            for key, button in self.state_buttons.items():
                if key != state:
                    with QSignalBlocker(button):
                        button.setChecked(False)
            if self.editor is not None:
                self.editor.set_value(None)
        self.set_error("")
        new = state if checked else AnswerState.NIET_GEVRAAGD.value
        self.state_chosen.emit(self.question.id, new)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: report focus leaving a field (autosave flushes)."""
        if event.type() == QEvent.Type.FocusOut:
            self.focus_left.emit(self.question.id)
        return super().eventFilter(watched, event)
