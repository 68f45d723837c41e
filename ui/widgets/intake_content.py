"""The questions of one intake view as cards: kern first, "Meer vragen (n)" folded, then ratings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.questionnaire import Question, Questionnaire
from pohsd.intake.flow import FlowEngine, PartStatus, VisibleQuestions
from pohsd.intake.navmap import View, ViewKind
from ui.i18n import arg
from ui.models.intake_models import score_text
from ui.widgets.question_widgets import QuestionCard


def focusables(widget: QWidget) -> list[QWidget]:
    """The widget's own keyboard order when it offers one, else its focusable children."""
    chain = getattr(widget, "focus_chain", None)
    if callable(chain):
        return list(chain())
    found = [
        w
        for w in widget.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.isWindow()
    ]
    return found or ([widget] if widget.focusPolicy() & Qt.FocusPolicy.TabFocus else [])


class ViewContent(QWidget):
    """Cards of one view. Which card sits where follows `place()` (the flow engine decides).

    Signals:
        answered(str, object), state_chosen(str, str), focus_left(str),
        invalid_input(str, str): passed on from the cards.
        topic_chosen(str): a topic button of a domain view was pressed.
        alone_changed(bool): "Cliënt is nu alleen" was switched.
    """

    answered = Signal(str, object)
    state_chosen = Signal(str, str)
    focus_left = Signal(str)
    invalid_input = Signal(str, str)
    topic_chosen = Signal(str)
    alone_changed = Signal(bool)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ViewContent", text)

    def __init__(
        self,
        q: Questionnaire,
        view: View,
        parent: QWidget | None = None,
        *,
        extras: Sequence[QWidget] = (),
        extra_questions: Sequence[Question] = (),
        skip: Sequence[str] = (),
        client_alone: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"content:{view.id}")
        # never wider than the question area: the scroll area only scrolls down
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.view = view
        self._q = q
        self.extras = list(extras)
        self.cards: dict[str, QuestionCard] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 12)
        layout.setSpacing(10)

        questions = [qq for qq in view.questions if qq.id not in skip]
        for question in questions:
            self._card(question)
        self.main_box = QVBoxLayout()
        self.main_box.setSpacing(10)
        layout.addLayout(self.main_box)

        self.more_button = QPushButton(self)
        self.more_button.setObjectName("intake_more")
        self.more_button.setAccessibleName(self.tr("Meer vragen"))
        self.more_button.setCheckable(True)
        self.more_button.setAutoDefault(False)
        self.more_button.setStyleSheet("text-align: left; padding: 6px 10px;")
        self.more_button.toggled.connect(self._fold)
        layout.addWidget(self.more_button)
        self.more_widget = QWidget(self)
        self.more_widget.setObjectName("intake_more_box")
        self.more_box = QVBoxLayout(self.more_widget)
        self.more_box.setContentsMargins(16, 0, 0, 0)
        self.more_box.setSpacing(10)
        self.more_widget.hide()
        layout.addWidget(self.more_widget)

        self.alone = QCheckBox(self.tr("Cliënt is nu alleen in de kamer (⚑-vragen tonen)"), self)
        self.alone.setObjectName("intake_client_alone")
        self.alone.setAccessibleName(self.tr("Cliënt is nu alleen in de kamer"))
        self.alone.setChecked(client_alone)
        self.alone.toggled.connect(self.alone_changed)
        self.alone.setVisible(any(qq.alone_only for qq in questions))
        layout.addWidget(self.alone)

        self.topic_buttons: dict[str, QPushButton] = {}
        if view.kind is ViewKind.DOMAIN:
            layout.addWidget(self._topics(q, view.id))
        for extra in self.extras:
            layout.addWidget(extra)
        self.rating_cards: list[QuestionCard] = []
        for question in (*extra_questions, *self._ratings(q, view)):
            card = self._card(question)
            self.rating_cards.append(card)
            layout.addWidget(card)
        layout.addStretch(1)
        self._main: list[str] = []
        self._more: list[str] = []

    # -- building ---------------------------------------------------------------------------

    def _card(self, question: Question) -> QuestionCard:
        card = QuestionCard(question, self._questionnaire(question), self)
        card.answered.connect(self.answered)
        card.state_chosen.connect(self.state_chosen)
        card.focus_left.connect(self.focus_left)
        card.invalid_input.connect(self.invalid_input)
        card.hide()
        self.cards[question.id] = card
        return card

    def _questionnaire(self, _question: Question) -> Questionnaire:
        return self._q

    def _ratings(self, q: Questionnaire, view: View) -> list[Question]:
        if view.kind is ViewKind.TOPIC:
            topic = q.topic(view.id)
            return [topic.zr, topic.notitie]
        if view.kind is ViewKind.DOMAIN:
            return [q.domain(view.id).cijfer]
        return []

    def _topics(self, q: Questionnaire, domain: str) -> QWidget:
        box = QFrame(self)
        box.setObjectName("intake_topics")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setSpacing(6)
        title = QLabel(self.tr("Onderwerpen: kies waar de cliënt over wil praten"), box)
        title.setProperty("role", "hint")
        grid.addWidget(title, 0, 0, 1, 2)
        for i, topic in enumerate(q.domain(domain).topics):
            button = QPushButton(topic.label, box)
            button.setObjectName(f"intake_topic:{topic.code}")
            button.setAccessibleName(topic.label)
            button.setAutoDefault(False)
            button.setStyleSheet("text-align: left; padding: 6px 10px;")
            button.clicked.connect(lambda _c=False, code=topic.code: self.topic_chosen.emit(code))
            self.topic_buttons[topic.code] = button
            grid.addWidget(button, 1 + i // 2, i % 2)
        return box

    # -- state ------------------------------------------------------------------------------

    def place(self, visible: VisibleQuestions) -> None:
        """Put the cards where the engine says: main, under "Meer vragen", or out of sight."""
        main = [q.id for q in visible.main if q.id in self.cards]
        more = [q.id for q in visible.more if q.id in self.cards]
        if main != self._main:
            self._fill(self.main_box, main)
        if more != self._more:
            self._fill(self.more_box, more)
        self._main, self._more = main, more
        shown = set(main) | set(more)
        for qid, card in self.cards.items():
            if card in self.rating_cards:
                continue
            card.setVisible(qid in shown)
        for card in self.rating_cards:
            card.show()
        self.more_button.setVisible(bool(more))
        self._fold(self.more_button.isChecked())

    def _fill(self, box: QVBoxLayout, ids: Iterable[str]) -> None:
        for card in self.cards.values():
            box.removeWidget(card)
        for qid in ids:
            box.addWidget(self.cards[qid])

    def _fold(self, open_: bool) -> None:
        self.more_widget.setVisible(open_)
        count = len(self._more)
        text = self.tr("▾ Meer vragen (%1)") if open_ else self.tr("▸ Meer vragen (%1)")
        self.more_button.setText(arg(text, count))

    def open_more(self) -> None:
        self.more_button.setChecked(True)

    def sync(self, engine: FlowEngine, q: Questionnaire) -> None:
        """Instrument scores beside their items, consent locks and the topic statuses."""
        scores = engine.evaluation().scores
        for instrument in q.instruments:
            present = [i for i in instrument.items if i in self.cards]
            if not present:
                continue
            result = scores.get(instrument.id)
            self.cards[present[-1]].set_score(score_text(instrument.id, result))
            if instrument.intro and len(instrument.items) > 1:
                self.cards[present[0]].set_intro(instrument.intro)
        for qid, card in self.cards.items():
            card.set_locked(not engine.can_record(qid))
        for code in self.topic_buttons:
            self.set_topic_status(code, engine.topic_status(code))

    def set_topic_status(self, code: str, status: PartStatus) -> None:
        button = self.topic_buttons.get(code)
        if button is not None:
            label = button.accessibleName()
            button.setText(f"{status.symbol} {label}")
            button.setToolTip(status.value)

    def set_large(self, large: bool) -> None:
        """Kijkmodus: larger question text; the professional's rating and notes are hidden."""
        for card in self.cards.values():
            card.set_large(large)
        for card in self.rating_cards:
            role = card.question.role.value
            card.setVisible(not large or role not in ("zr", "notitie"))

    def ordered_cards(self) -> list[QuestionCard]:
        ordered = [self.cards[qid] for qid in (*self._main, *self._more)]
        return [*ordered, *self.rating_cards]

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for qid in self._main:
            chain += self.cards[qid].focus_chain()
        chain.append(self.more_button)
        for qid in self._more:
            chain += self.cards[qid].focus_chain()
        chain.append(self.alone)
        chain += list(self.topic_buttons.values())
        for extra in self.extras:
            chain += focusables(extra)
        for card in self.rating_cards:
            chain += card.focus_chain()
        return chain

    def focus_first(self) -> bool:
        for card in self.ordered_cards():
            if card.isVisibleTo(self) and card.focus_first():
                return True
        for widget in self.focus_chain():
            if widget.isVisibleTo(self) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False
