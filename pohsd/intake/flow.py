"""The intake flow engine (Electrum wizard style): free order, back stack, status, time guide."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from pohsd.domain.enums import Gender
from pohsd.domain.errors import ValidationError
from pohsd.domain.questionnaire import DOMAIN_CODES, PartKind, Question, Questionnaire
from pohsd.intake.answers import AnswerSheet, AnswerState, AnswerValue
from pohsd.intake.navmap import NavMap, build_navmap
from pohsd.intake.signalen import Evaluation, evaluate
from pohsd.intake.timer import PartTime, PartTimer

CONSENT_QUESTION = "opening.toestemming_vastleggen"
CONSENT_JA, CONSENT_BEHALVE, CONSENT_NEE = "ja", "ja, behalve", "nee"
_CONSENT_ANSWERS = {"Ja": CONSENT_JA, "Ja, maar niet over: …": CONSENT_BEHALVE, "Nee": CONSENT_NEE}


class PartStatus(StrEnum):
    NIET_BESPROKEN = "niet besproken"
    DEELS = "deels"
    BESPROKEN = "besproken"
    OVERGESLAGEN = "bewust overgeslagen"
    NIET_VASTLEGGEN = "niet vastleggen"

    @property
    def symbol(self) -> str:
        return {"niet besproken": "○", "deels": "◐", "besproken": "●",
                "bewust overgeslagen": "⊘", "niet vastleggen": "🔒"}[self.value]  # fmt: skip


@dataclass(frozen=True)
class Consent:
    """Toestemming voor vastleggen (§9.1): besluit plus the excluded domains."""

    besluit: str = CONSENT_JA
    uitgesloten: frozenset[str] = frozenset()

    @classmethod
    def from_answer(cls, label: str | None, uitgesloten: Iterable[str] = ()) -> Consent:
        besluit = _CONSENT_ANSWERS.get(label or "Ja", CONSENT_JA)
        excluded = frozenset(uitgesloten) if besluit == CONSENT_BEHALVE else frozenset()
        if any(code not in DOMAIN_CODES for code in excluded):
            raise ValidationError("uitgesloten", "unknown_option")
        return cls(besluit, excluded)


@dataclass(frozen=True)
class NavResult:
    """Where the engine went; `prompt_cijfer` asks (never forces) the left domain's cijfer."""

    view: str
    part: str
    prompt_cijfer: str | None = None


@dataclass(frozen=True)
class VisibleQuestions:
    main: tuple[Question, ...]  # kern, and follow-ups / prompts whose trigger is given
    more: tuple[Question, ...]  # "Meer vragen"
    alone_only: tuple[Question, ...] = ()  # ⚑ held back while the client is not alone


class FlowEngine:
    """Navigation and state of one intake; holds the AnswerSheet, never a widget or the DB.

    `clock` returns seconds (e.g. time.monotonic) and is injected: the engine never reads time.
    `elapsed` restores minutes per part from earlier contacts.
    """

    def __init__(
        self,
        questionnaire: Questionnaire,
        sheet: AnswerSheet | None = None,
        *,
        clock: Callable[[], float] | None = None,
        elapsed: Mapping[str, float] | None = None,
        settings: Iterable[str] = (),
        gender: Gender | str | None = None,
        client_alone: bool = False,
        navmap: NavMap | None = None,
    ) -> None:
        self.questionnaire = questionnaire
        self.sheet = sheet if sheet is not None else AnswerSheet(questionnaire)
        self.navmap = navmap or build_navmap(questionnaire)
        self.settings = frozenset(settings)
        self.gender = gender
        self.client_alone = client_alone
        self.domain_order: tuple[str, ...] = self.navmap.domain_parts
        self._current = self.navmap.first_view(self.navmap.parts[0])
        self.timer = PartTimer(self.navmap.parts, self.current_part, clock, elapsed)
        self._history: list[str] = []
        self._skipped: dict[str, str | None] = {}
        self._discussed: set[str] = set()
        self._pinned: list[str] = []
        self._consent: Consent | None = None

    # navigation ------------------------------------------------------------------------------

    @property
    def current(self) -> str:
        return self._current

    @property
    def current_part(self) -> str:
        return self.navmap.part_of(self._current)

    @property
    def history(self) -> tuple[str, ...]:
        return tuple(self._history)

    @property
    def can_go_back(self) -> bool:
        return bool(self._history)

    def set_domain_order(self, order: Iterable[str]) -> None:
        """The client chooses where to start; unnamed domains follow in their usual order."""
        chosen = list(dict.fromkeys(order))
        if any(d not in self.navmap.domain_parts for d in chosen):
            raise ValidationError("domain_order", "unknown_option")
        rest = [d for d in self.navmap.domain_parts if d not in chosen]
        self.domain_order = (*chosen, *rest)

    def goto(self, view_id: str) -> NavResult:
        """Open any part, domain or topic at any time (free order); pushes the back stack."""
        if view_id not in self.navmap:
            raise ValidationError("view", "unknown_view")
        if view_id == self._current:
            return NavResult(view_id, self.current_part)
        self._history.append(self._current)
        return self._move(view_id)

    def back(self) -> NavResult | None:
        if not self._history:
            return None
        return self._move(self._history.pop())

    def next_topic(self) -> NavResult | None:
        """Go to `resolve_next()`; None at the end of the intake."""
        target = self.resolve_next()
        return self.goto(target) if target else None

    def previous_topic(self) -> NavResult | None:
        order = self._linear()
        index = order.index(self._current)
        return self.goto(order[index - 1]) if index > 0 else None

    def resolve_next(self, view_id: str | None = None) -> str | None:
        """Next topic in the domain, then the next domain still to do, then the closing parts."""
        view_id = view_id or self._current
        part = self.navmap.part_of(view_id)
        views = self.navmap.part_views[part]
        if self.navmap.kind_of(part) is PartKind.DOMEIN and view_id != views[-1]:
            return views[views.index(view_id) + 1]
        kind = self.navmap.kind_of(part)
        if kind in (PartKind.OPENING, PartKind.DOMEIN):
            # Forward only: a domain left "deels" earlier stays one click away in the navigator,
            # but Volgende never sends the POH back to it (that would loop between domains).
            order = list(self.domain_order)
            later = order[order.index(part) + 1 :] if part in order else order
            todo = [d for d in later if self._open_domain(d)]
            if todo:
                return self.navmap.first_view(todo[0])
            return self.navmap.first_view(self.questionnaire.part_of_kind(PartKind.PRIORITEITEN).id)
        tail = (PartKind.PRIORITEITEN, PartKind.PLAN, PartKind.AFSLUITING)
        if kind is PartKind.AFSLUITING:
            return None
        return self.navmap.first_view(
            self.questionnaire.part_of_kind(tail[tail.index(kind) + 1]).id
        )

    def _open_domain(self, part: str) -> bool:
        return self.status(part) in (PartStatus.NIET_BESPROKEN, PartStatus.DEELS)

    def _linear(self) -> tuple[str, ...]:
        return self.navmap.linear(self.domain_order)

    def _move(self, view_id: str) -> NavResult:
        left, entered = self.current_part, self.navmap.part_of(view_id)
        prompt = None
        if left != entered:
            self.timer.switch(entered)
            prompt = self._cijfer_prompt(left)
        self._current = view_id
        return NavResult(view_id, entered, prompt)

    def _cijfer_prompt(self, part: str) -> str | None:
        p = self.questionnaire.part(part)
        if p.domain is None or self.status(part) in (
            PartStatus.NIET_VASTLEGGEN,
            PartStatus.OVERGESLAGEN,
        ):
            return None
        cijfer = p.domain.cijfer.id
        return cijfer if self.sheet.state(cijfer) is AnswerState.NIET_GEVRAAGD else None

    # pins, skips, consent ----------------------------------------------------------------------

    def pin(self, view_id: str) -> None:
        """Pin a view: "Later op terugkomen"."""
        if view_id not in self.navmap:
            raise ValidationError("view", "unknown_view")
        if view_id not in self._pinned:
            self._pinned.append(view_id)

    def unpin(self, view_id: str) -> None:
        if view_id in self._pinned:
            self._pinned.remove(view_id)

    @property
    def pinned(self) -> tuple[str, ...]:
        return tuple(self._pinned)

    def skip(self, part: str, reason: str | None = None) -> None:
        """⊘ bewust overgeslagen (reason optional)."""
        self.questionnaire.part(part)
        self._skipped[part] = reason

    def unskip(self, part: str) -> None:
        self._skipped.pop(part, None)

    def skip_reason(self, part: str) -> str | None:
        return self._skipped.get(part)

    def mark_discussed(self, part: str, discussed: bool = True) -> None:
        """For parts whose content lives outside the answers (the plan) or a POH judgement."""
        self.questionnaire.part(part)
        (self._discussed.add if discussed else self._discussed.discard)(part)

    def set_consent(self, consent: Consent | None) -> None:
        self._consent = consent

    @property
    def consent(self) -> Consent:
        """The explicit consent record, else derived from the consent answer ("Nee" locks)."""
        if self._consent is not None:
            return self._consent
        answer = self.sheet.value(CONSENT_QUESTION)
        return Consent.from_answer(answer if isinstance(answer, str) else None)

    @property
    def locked_parts(self) -> frozenset[str]:
        """🔒: excluded domains; with "Nee" the four domains and the priorities (answers)."""
        consent = self.consent
        if consent.besluit == CONSENT_NEE:
            prio = self.questionnaire.part_of_kind(PartKind.PRIORITEITEN).id
            return frozenset((*self.navmap.domain_parts, prio))
        return frozenset(d for d in consent.uitgesloten if d in self.navmap.domain_parts)

    def can_record(self, question_id: str) -> bool:
        question = self.questionnaire.get(question_id)
        return question is not None and question.part not in self.locked_parts

    def answer(self, question_id: str, value: object) -> AnswerValue:
        """Validate and store through the sheet; refuses parts without consent to record."""
        self._check_recordable(question_id)
        return self.sheet.set(question_id, value)

    def set_state(self, question_id: str, state: AnswerState | str) -> None:
        self._check_recordable(question_id)
        self.sheet.set_state(question_id, state)

    def _check_recordable(self, question_id: str) -> None:
        if question_id in self.questionnaire and not self.can_record(question_id):
            raise ValidationError(question_id, "niet_vastleggen")

    # status ----------------------------------------------------------------------------------

    def _shown(self, question: Question) -> bool:
        if self.sheet.touched(question.id):
            return True
        if question.deprecated:
            return False
        return question.requires_setting is None or question.requires_setting in self.settings

    def _core(self, questions: Iterable[Question], domain: bool) -> list[Question]:
        return [
            q
            for q in questions
            if q.answerable
            and self._shown(q)
            and (q.kern or not domain)
            and (self.client_alone or not q.alone_only)
        ]

    def _grade(self, core: list[Question], every: Iterable[Question]) -> PartStatus:
        touched = [self.sheet.touched(q.id) for q in every if q.answerable]
        if core and all(self.sheet.touched(q.id) for q in core):
            return PartStatus.BESPROKEN
        if not core and any(touched):
            return PartStatus.BESPROKEN
        return PartStatus.DEELS if any(touched) else PartStatus.NIET_BESPROKEN

    def status(self, part: str) -> PartStatus:
        """○ / ◐ / ● from the kern questions (all questions outside the domains), ⊘, 🔒."""
        p = self.questionnaire.part(part)
        if part in self.locked_parts:
            return PartStatus.NIET_VASTLEGGEN
        if part in self._skipped:
            return PartStatus.OVERGESLAGEN
        if part in self._discussed:
            return PartStatus.BESPROKEN
        domain = p.domain is not None
        core = self._core(p.domain.questions if p.domain else p.questions, domain)
        if p.domain:
            core += self._core((q for t in p.domain.topics for q in t.questions), domain)
        return self._grade(core, p.all_questions)

    def statuses(self) -> dict[str, PartStatus]:
        return {part: self.status(part) for part in self.navmap.parts}

    def topic_status(self, topic: str) -> PartStatus:
        t = self.questionnaire.topic(topic)
        if t.domain in self.locked_parts:
            return PartStatus.NIET_VASTLEGGEN
        return self._grade(self._core(t.questions, True), t.all_questions)

    # visible questions -----------------------------------------------------------------------

    def evaluation(self, *, today: date | None = None, facts: Iterable[str] = ()) -> Evaluation:
        """Signals, Aandacht and prompts for the current answers (pohsd.intake.signalen)."""
        values, states = self.sheet.to_json()
        return evaluate(
            self.questionnaire, values, states, gender=self.gender, today=today, facts=facts
        )

    def visible(self, view_id: str | None = None) -> VisibleQuestions:
        """The questions of a view: kern first, verdieping under "Meer vragen".

        A follow-up joins the main list when its trigger answer is given; ⚑ questions wait
        until the client is alone.
        """
        view = self.navmap.view(view_id or self._current)
        triggered = self.evaluation().triggered
        domain = self.navmap.kind_of(view.part) is PartKind.DOMEIN
        main: list[Question] = []
        more: list[Question] = []
        alone: list[Question] = []
        for q in view.questions:
            if not self._shown(q):
                continue
            if q.alone_only and not self.client_alone:
                alone.append(q)
            elif not domain or q.kern or q.id in triggered:
                main.append(q)
            else:
                more.append(q)
        return VisibleQuestions(tuple(main), tuple(more), tuple(alone))

    # time guide ------------------------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self.timer.paused

    def pause(self) -> None:
        """Pauze: stop the clock for every part."""
        self.timer.pause()

    def resume(self) -> None:
        self.timer.resume()

    def elapsed_minutes(self, part: str) -> float:
        return self.timer.minutes(part)

    def total_minutes(self) -> float:
        return sum(self.elapsed_minutes(p) for p in self.navmap.parts)

    def time_guide(self) -> tuple[PartTime, ...]:
        """Elapsed against the guide per part (§1); stored for the POH only, never in letters."""
        return tuple(
            PartTime(p, self.questionnaire.part(p).guide_minutes, self.elapsed_minutes(p))
            for p in self.navmap.parts
        )

    def elapsed_snapshot(self) -> dict[str, float]:
        """Minutes per part to store with the contact (pass back as `elapsed` to resume)."""
        return self.timer.snapshot()

    def state_snapshot(self) -> dict[str, Any]:
        """The engine's own state for the draft: where, skips, pins, order, discussed marks."""
        return {
            "current": self._current,
            "domain_order": list(self.domain_order),
            "skipped": dict(self._skipped),
            "pinned": list(self._pinned),
            "discussed": sorted(self._discussed),
            "elapsed": self.elapsed_snapshot(),
        }

    def restore_state(self, snapshot: Mapping[str, Any]) -> None:
        """Resume from `state_snapshot()` (a later contact: "Gesprek voortzetten")."""
        self.set_domain_order(snapshot.get("domain_order", ()))
        for part, reason in dict(snapshot.get("skipped", {})).items():
            self.skip(part, reason)
        for view in snapshot.get("pinned", ()):
            self.pin(view)
        for part in snapshot.get("discussed", ()):
            self.mark_discussed(part)
        self.timer.restore(dict(snapshot.get("elapsed", {})))
        current = snapshot.get("current")
        if isinstance(current, str) and current in self.navmap:
            self.timer.switch(self.navmap.part_of(current))
            self._current = current
