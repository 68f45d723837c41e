"""Signals (spec §5), Aandacht topics and question prompts from answers; only beantwoord counts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pohsd.domain.enums import Gender
from pohsd.domain.questionnaire import MeldcodeStep, Questionnaire, Signal, Urgency
from pohsd.intake.answers import AnswerState, answered_values
from pohsd.intake.rules import matches, score_matches
from pohsd.intake.scoring import (
    MHI5_ITEMS,
    DjgScore,
    Mhi5Score,
    all_scores,
)

FACT_ACUUT_GEVAAR = "acuut_gevaar"  # onveilig: acute danger → Direct
FACT_GEEN_SLAAPPLEK = "geen_slaapplek_vannacht"  # huisuitzetting: no bed tonight → Direct

SUICIDE_QUESTION = "gezondheid.psychisch.suicidegedachten"
MHI5_ITEM2_PROMPT = ("voortdurend", "meestal")  # §4.4: item 2 prompts suicidegedachten
KINDCHECK_PROBLEM_TOPICS = ("gezondheid.psychisch", "gezondheid.middelen", "wonen.veiligheid")
KINDCHECK_SIGNALS = ("huisuitzetting",)
HUISHOUDEN_QUESTION = "wonen.thuis.huishouden"
HUISHOUDEN_KINDEREN = "kinderen onder 18"


@dataclass(frozen=True)
class ActiveSignal:
    id: str
    label: str
    urgency: Urgency
    advice: str
    triggers: tuple[str, ...]  # the question ids whose answers raised it
    topics: tuple[str, ...] = ()  # the nl-leefgebieden topics of those questions
    escalated_by: tuple[str, ...] = ()  # "fact:…", "signal:…", "datum:<question id>"
    dialog_question: str | None = None
    actions: tuple[str, ...] = ()
    steps: tuple[MeldcodeStep, ...] = ()  # the meldcode checklist (onveilig)
    regional: bool = False


@dataclass(frozen=True)
class Aandacht:
    """An "A" mark on a topic; `source` is the question id or instrument id that set it."""

    topic: str
    source: str


@dataclass(frozen=True)
class Prompt:
    """The app suggests asking `question` (not yet asked) because of `reason` (an id)."""

    question: str
    reason: str


@dataclass(frozen=True)
class Evaluation:
    signals: tuple[ActiveSignal, ...]
    aandacht: tuple[Aandacht, ...]
    prompts: tuple[Prompt, ...]  # only questions still niet gevraagd
    triggered: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # all, any state
    scores: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def aandacht_topics(self) -> frozenset[str]:
        return frozenset(a.topic for a in self.aandacht)

    @property
    def signal_ids(self) -> frozenset[str]:
        return frozenset(s.id for s in self.signals)

    def signal(self, signal_id: str) -> ActiveSignal | None:
        return next((s for s in self.signals if s.id == signal_id), None)


def _most_urgent(urgencies: Iterable[Urgency]) -> Urgency:
    return min(urgencies, key=lambda u: u.rank)


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _raised(
    q: Questionnaire, signal: Signal, values: Mapping[str, Any], gender: Gender | str | None
) -> tuple[list[str], list[Urgency]]:
    questions, urgencies = [], []
    for trigger in signal.triggers:
        question = q.get(trigger.question)
        if question is None or trigger.question not in values:
            continue
        if matches(question, trigger.when, values[trigger.question], gender=gender):
            if trigger.question not in questions:
                questions.append(trigger.question)
            urgencies.append(trigger.urgency or signal.urgency)
    return questions, urgencies


def compute_signals(
    q: Questionnaire,
    answers: Mapping[str, Any],
    states: Mapping[str, Any] | None = None,
    *,
    gender: Gender | str | None = None,
    today: date | None = None,
    facts: Iterable[str] = (),
) -> tuple[ActiveSignal, ...]:
    """The §5 signals raised by beantwoord answers, with their (escalated) urgency.

    `facts` are what the POH noted in the dialog (FACT_ACUUT_GEVAAR, FACT_GEEN_SLAAPPLEK);
    `today` enables the "ontruimingsdatum within 14 days" escalation. Nothing reads the clock.
    """
    values = answered_values(answers, states)
    facts = frozenset(facts)
    base: dict[str, tuple[Signal, list[str], Urgency]] = {}
    for signal in q.signals:
        questions, urgencies = _raised(q, signal, values, gender)
        if questions:
            base[signal.id] = (signal, questions, _most_urgent(urgencies))
    out = []
    for signal, questions, urgency in base.values():
        reasons, levels = [], [urgency]
        for esc in signal.escalations:
            if esc.fact is not None and esc.fact in facts:
                reasons.append(f"fact:{esc.fact}")
            elif esc.signal_active is not None and esc.signal_active in base:
                reasons.append(f"signal:{esc.signal_active}")
            elif esc.date_question is not None and today is not None:
                when = _parse_date(values.get(esc.date_question))
                if when is None or (when - today).days > (esc.within_days or 0):
                    continue
                reasons.append(f"datum:{esc.date_question}")
            else:
                continue
            levels.append(esc.urgency)
        out.append(
            ActiveSignal(
                id=signal.id,
                label=signal.label,
                urgency=_most_urgent(levels),
                advice=signal.advice,
                triggers=tuple(questions),
                topics=tuple(dict.fromkeys(t for x in questions if (t := q.question(x).topic))),
                escalated_by=tuple(reasons),
                dialog_question=signal.dialog_question,
                actions=signal.actions,
                steps=signal.steps,
                regional=signal.regional,
            )
        )
    return tuple(out)


def compute_aandacht(
    q: Questionnaire,
    answers: Mapping[str, Any],
    states: Mapping[str, Any] | None = None,
    *,
    gender: Gender | str | None = None,
    scores: Mapping[str, Any] | None = None,
) -> tuple[Aandacht, ...]:
    """The "A" marks: question rules plus instrument thresholds (DJG-6 ≥ 5, MHI-5 < 60)."""
    values = answered_values(answers, states)
    out: list[Aandacht] = []
    for qid, value in values.items():
        question = q.get(qid)
        if question is None or question.aandacht is None or question.topic is None:
            continue
        if matches(question, question.aandacht, value, gender=gender):
            out.append(Aandacht(question.topic, qid))
    scores = scores if scores is not None else all_scores(answers, states, gender)
    for instrument in q.instruments:
        result = scores.get(instrument.id)
        if instrument.aandacht is None or instrument.topic is None:
            continue
        number = (
            result.total
            if isinstance(result, DjgScore)
            else result.score
            if isinstance(result, Mhi5Score)
            else None
        )
        if number is not None and score_matches(instrument.aandacht, number):
            out.append(Aandacht(instrument.topic, instrument.id))
    return tuple(out)


def aandacht_topics(
    q: Questionnaire,
    answers: Mapping[str, Any],
    states: Mapping[str, Any] | None = None,
    *,
    gender: Gender | str | None = None,
) -> frozenset[str]:
    return frozenset(a.topic for a in compute_aandacht(q, answers, states, gender=gender))


def _triggered(
    q: Questionnaire,
    values: Mapping[str, Any],
    signals: tuple[ActiveSignal, ...],
    aandacht: tuple[Aandacht, ...],
    scores: Mapping[str, Any],
    gender: Gender | str | None,
) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}

    def add(question_id: str, reason: str) -> None:
        if question_id in q and reason not in found.setdefault(question_id, []):
            found[question_id].append(reason)

    for qid, value in values.items():
        question = q.get(qid)
        for follow in question.follow_ups if question else ():
            if matches(question, follow.when, value, gender=gender):  # type: ignore[arg-type]
                add(follow.question, qid)
    mhi = scores.get("mhi5")
    if isinstance(mhi, Mhi5Score) and mhi.ongezond:
        add(SUICIDE_QUESTION, "mhi5")
    if values.get(MHI5_ITEMS[1]) in MHI5_ITEM2_PROMPT:
        add(SUICIDE_QUESTION, MHI5_ITEMS[1])
    kindcheck = q.kindcheck.question
    for mark in aandacht:
        if mark.topic in KINDCHECK_PROBLEM_TOPICS:
            add(kindcheck, mark.source)
    for signal in signals:
        if signal.id in KINDCHECK_SIGNALS or set(signal.topics) & set(KINDCHECK_PROBLEM_TOPICS):
            add(kindcheck, signal.id)
    household = values.get(HUISHOUDEN_QUESTION)
    if isinstance(household, list) and HUISHOUDEN_KINDEREN in household:
        add(kindcheck, HUISHOUDEN_QUESTION)
    return found


def evaluate(
    q: Questionnaire,
    answers: Mapping[str, Any],
    states: Mapping[str, Any] | None = None,
    *,
    gender: Gender | str | None = None,
    today: date | None = None,
    facts: Iterable[str] = (),
) -> Evaluation:
    """Signals, Aandacht marks and prompts in one pass (prompts need the other two)."""
    states = states or {}
    values = answered_values(answers, states)
    scores = all_scores(answers, states, gender)
    signals = compute_signals(q, answers, states, gender=gender, today=today, facts=facts)
    marks = compute_aandacht(q, answers, states, gender=gender, scores=scores)
    triggered = _triggered(q, values, signals, marks, scores, gender)

    def asked(qid: str) -> bool:
        state = states.get(qid)
        return qid in values or (isinstance(state, str) and state != AnswerState.NIET_GEVRAAGD)

    prompts = tuple(
        Prompt(qid, reason)
        for qid, reasons in triggered.items()
        if not asked(qid)
        for reason in reasons[:1]
    )
    frozen = {k: tuple(v) for k, v in triggered.items()}
    return Evaluation(signals, marks, prompts, frozen, scores)


def compute_prompts(
    q: Questionnaire,
    answers: Mapping[str, Any],
    states: Mapping[str, Any] | None = None,
    *,
    gender: Gender | str | None = None,
) -> tuple[Prompt, ...]:
    """Questions to ask next, only when not yet asked.

    Follow-ups (levensmoe → suicidegedachten, energie/water → afsluiting), MHI-5 →
    suicidegedachten, and the kindcheck (§5.3).
    """
    return evaluate(q, answers, states, gender=gender).prompts


@dataclass(frozen=True)
class TopicNeed:
    """A topic (or domain) that gets social-map suggestions (§6), with the reasons."""

    code: str
    priority: int | None = None  # 1 = most important
    signals: tuple[str, ...] = ()
    zr: int | None = None
    aandacht: bool = False
    instrument: str | None = None  # added by an instrument effect (forms: geld.administratie)


def hulpvraag(
    q: Questionnaire,
    answers: Mapping[str, Any],
    states: Mapping[str, Any] | None = None,
    evaluation: Evaluation | None = None,
    *,
    closed_signals: Iterable[str] = (),
    excluded_domains: Iterable[str] = (),
) -> tuple[TopicNeed, ...]:
    """Topics with (a) a priority, (b) an open signal, (c) zr ≤ 3 or (d) A, ranked in that order.

    Excluded domains (consent) are left out: restricted data never feeds suggestions.
    """
    values = answered_values(answers, states)
    result = evaluation or evaluate(q, answers, states)
    closed, excluded = frozenset(closed_signals), frozenset(excluded_domains)
    ranked = values.get("prioriteit.belangrijkste")
    priorities = {c: n for n, c in enumerate(ranked, 1)} if isinstance(ranked, list) else {}
    needs: dict[str, TopicNeed] = {}
    order = [*(d.code for d in q.domains), *(t.code for t in q.topics)]
    for code in order:
        zr = values.get(f"{code}.zr")
        zr = zr if isinstance(zr, int) and not isinstance(zr, bool) and 1 <= zr <= 5 else None
        signals = tuple(s.id for s in result.signals if code in s.topics and s.id not in closed)
        need = TopicNeed(code, priorities.get(code), signals, zr, code in result.aandacht_topics)
        if need.priority or need.signals or (zr is not None and zr <= 3) or need.aandacht:
            needs[code] = need
    formulieren = result.scores.get("formulieren")
    effects = next((i.effects for i in q.instruments if i.id == "formulieren"), None)
    if getattr(formulieren, "flagged", False) and effects is not None:
        for code in effects.suggestion_topics:
            needs.setdefault(code, TopicNeed(code, instrument="formulieren"))
    kept = [n for n in needs.values() if n.code.split(".")[0] not in excluded]
    return tuple(sorted(kept, key=lambda n: (
        n.priority or 99, not n.signals, n.zr or 6, not n.aandacht, order.index(n.code)
    )))  # fmt: skip
