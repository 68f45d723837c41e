"""Evaluate a questionnaire Condition against one answer value; defensive on odd input."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pohsd.domain.enums import Gender
from pohsd.domain.questionnaire import Condition, Question, QuestionType
from pohsd.intake.scoring import AlcoholScore, score_alcohol

_COMPOUND = {QuestionType.JN_TEKST, QuestionType.JN_GETAL, QuestionType.KEUZE_TEKST}


def answer_labels(question: Question, value: Any) -> tuple[str, ...]:
    """The option labels an answer carries: one for keuze / jn / compound, several for keuze+."""
    if question.type in _COMPOUND and isinstance(value, Mapping):
        value = value.get("antwoord")
    if isinstance(value, str):
        return (value,)
    if question.type is QuestionType.KEUZE_MEER and isinstance(value, list | tuple):
        return tuple(v for v in value if isinstance(v, str))
    return ()


def answer_number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def matches(
    question: Question, condition: Condition, value: Any, *, gender: Gender | str | None = None
) -> bool:
    """True when `value` (a beantwoord answer to `question`) meets `condition`."""
    if condition.check == "alcohol":
        result = score_alcohol(value, gender)
        return isinstance(result, AlcoholScore) and result.aandacht
    if condition.gte is not None or condition.lt is not None:
        number = answer_number(value)
        if number is None:
            return False
        if condition.gte is not None and number < condition.gte:
            return False
        return condition.lt is None or number < condition.lt
    labels = answer_labels(question, value)
    if condition.values_in:
        return any(label in condition.values_in for label in labels)
    if condition.any_except:
        return any(label not in condition.any_except for label in labels)
    return False


def score_matches(condition: Condition, score: float) -> bool:
    """An instrument's aandacht rule on its numeric score (DJG-6 total, MHI-5 score)."""
    if condition.gte is not None and score < condition.gte:
        return False
    if condition.lt is not None and score >= condition.lt:
        return False
    return condition.gte is not None or condition.lt is not None
