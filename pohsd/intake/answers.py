"""Answer values and states (spec/intake.md §0, exchange.md §1): validate, normalise, hold."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from pohsd.domain.errors import ValidationError
from pohsd.domain.questionnaire import (
    DOMAIN_CODES,
    JA,
    NEE,
    TOPIC_CODES,
    Question,
    Questionnaire,
    QuestionType,
)
from pohsd.domain.validation import MAX_TEXT, clean_text

AnswerValue = str | int | float | list[str] | dict[str, Any]

ALCOHOL_DAGEN = (0, 7)
ALCOHOL_GLAZEN = (0, 99)
_DATE_YEARS = (1900, 2200)
_MAX_DECIMALS = 2
_COMPOUND_KEYS: dict[QuestionType, tuple[str, str]] = {
    QuestionType.JN_TEKST: ("antwoord", "toelichting"),
    QuestionType.JN_GETAL: ("antwoord", "aantal"),
    QuestionType.KEUZE_TEKST: ("antwoord", "toelichting"),
    QuestionType.ALCOHOL: ("dagen", "glazen"),
}


class AnswerState(StrEnum):
    """The state of one question in one intake; only BEANTWOORD carries a value."""

    NIET_GEVRAAGD = "niet gevraagd"
    BEANTWOORD = "beantwoord"
    WEET_NIET = "weet niet"
    WIL_NIET_ZEGGEN = "wil niet zeggen"


#: States recorded without a value ("weet niet" / "wil niet zeggen" are never values).
VALUELESS_STATES = frozenset({AnswerState.WEET_NIET, AnswerState.WIL_NIET_ZEGGEN})


def _label(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, "wrong_type")
    return unicodedata.normalize("NFC", value).strip()


def _choice(value: object, options: tuple[str, ...], field: str) -> str:
    label = _label(value, field)
    if label not in options:
        raise ValidationError(field, "unknown_option")
    return label


def _jn(value: object, field: str) -> str:
    if isinstance(value, bool):
        return JA if value else NEE
    label = _label(value, field).lower()
    if label not in (JA, NEE):
        raise ValidationError(field, "unknown_option")
    return label


def _number(
    value: object, field: str, lo: float, hi: float, *, integer: bool = True
) -> int | float:
    """A JSON number (or typed text, decimal comma allowed) within [lo, hi]."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        raise ValidationError(field, "not_a_number")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(field, "not_a_number")
    text = value.strip().replace(",", ".") if isinstance(value, str) else str(value)
    if isinstance(value, str) and (not text or len(text) > 32 or "e" in text.lower()):
        raise ValidationError(field, "not_a_number")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError(field, "not_a_number") from None
    if not number.is_finite():
        raise ValidationError(field, "not_a_number")
    integral = number == number.to_integral_value()
    if integer and not integral:
        raise ValidationError(field, "not_an_integer")
    if not integral and -number.as_tuple().exponent > _MAX_DECIMALS:  # type: ignore[operator]
        raise ValidationError(field, "too_many_decimals")
    if not Decimal(str(lo)) <= number <= Decimal(str(hi)):
        raise ValidationError(field, "out_of_range")
    return int(number) if integral else float(number)


def _text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, "wrong_type")
    if len(value) > MAX_TEXT * 2:
        raise ValidationError(field, "too_long")
    return clean_text(value, field, required=True) or ""


def _date(value: object, field: str) -> str:
    if isinstance(value, date):
        parsed = value
    elif isinstance(value, str) and len(value.strip()) == 10:
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field, "not_a_date") from None
    else:
        raise ValidationError(field, "not_a_date")
    if not _DATE_YEARS[0] <= parsed.year <= _DATE_YEARS[1]:
        raise ValidationError(field, "out_of_range")
    return parsed.isoformat()


def _labels(question: Question, value: object, field: str) -> list[str]:
    if not isinstance(value, list | tuple):
        raise ValidationError(field, "wrong_type")
    if not value:
        raise ValidationError(field, "required")
    out = [_choice(v, question.options, field) for v in value]
    if len(set(out)) != len(out):
        raise ValidationError(field, "duplicate_option")
    if len(out) > 1 and set(out) & set(question.exclusive_options):
        raise ValidationError(field, "exclusive_option")
    return out


def _ranked(question: Question, value: object, field: str) -> list[str]:
    if not isinstance(value, list | tuple):
        raise ValidationError(field, "wrong_type")
    if not value:
        raise ValidationError(field, "required")
    if len(value) > (question.max_items or 3):
        raise ValidationError(field, "too_many")
    out = [_label(v, field) for v in value]
    if any(code not in DOMAIN_CODES and code not in TOPIC_CODES for code in out):
        raise ValidationError(field, "unknown_option")
    if len(set(out)) != len(out):
        raise ValidationError(field, "duplicate_option")
    return out


def _compound(question: Question, value: object, field: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(field, "wrong_type")
    first, second = _COMPOUND_KEYS[question.type]
    if any(key not in (first, second) for key in value):
        raise ValidationError(field, "unknown_key")
    present = {k: v for k, v in value.items() if v is not None and v != ""}
    if question.type is QuestionType.ALCOHOL:
        if not present:
            raise ValidationError(field, "required")
        out: dict[str, Any] = {}
        if "dagen" in present:
            out["dagen"] = _number(present["dagen"], field, *ALCOHOL_DAGEN)
        if "glazen" in present:
            out["glazen"] = _number(present["glazen"], field, *ALCOHOL_GLAZEN)
        return out
    if first not in present:
        raise ValidationError(field, "required")
    if question.type is QuestionType.KEUZE_TEKST:
        out = {first: _choice(present[first], question.options, field)}
    else:
        out = {first: _jn(present[first], field)}
    if second in present:
        if question.type is QuestionType.JN_GETAL:
            if out[first] == NEE:
                raise ValidationError(field, "inconsistent")
            lo, hi = question.range or (0, 99)
            out[second] = _number(present[second], field, lo, hi, integer=question.integer)
        else:
            out[second] = _text(present[second], field)
    return out


def validate_answer(question: Question, value: object) -> AnswerValue:
    """Return the normalised value for `question`, or raise ValidationError(field=question id).

    Rules: wrong_type, required, unknown_option, duplicate_option, exclusive_option, too_many,
    not_a_number, not_an_integer, too_many_decimals, out_of_range, not_a_date, too_long,
    control_characters, unknown_key, inconsistent, not_answerable.
    """
    field = question.id
    qtype = question.type
    if qtype is QuestionType.KAART:
        raise ValidationError(field, "not_answerable")
    if value is None:
        raise ValidationError(field, "required")
    if qtype is QuestionType.JN:
        return _jn(value, field)
    if qtype is QuestionType.KEUZE:
        return _choice(value, question.options, field)
    if qtype is QuestionType.KEUZE_MEER:
        return _labels(question, value, field)
    if qtype in (QuestionType.GETAL, QuestionType.CIJFER, QuestionType.ZR):
        lo, hi = question.range or (0, 10)
        integer = question.integer or qtype is not QuestionType.GETAL
        return _number(value, field, lo, hi, integer=integer)
    if qtype is QuestionType.TEKST:
        return _text(value, field)
    if qtype is QuestionType.DATUM:
        return _date(value, field)
    if qtype is QuestionType.RANGORDE:
        return _ranked(question, value, field)
    return _compound(question, value, field)


def _state(value: object, field: str) -> AnswerState:
    try:
        return AnswerState(value)
    except ValueError:
        raise ValidationError(field, "unknown_state") from None


class AnswerSheet:
    """The answers of one intake or vervolg: values (beantwoord) plus non-default states.

    Serialises to the two objects of the exchange format: `answers` (flat, by question id)
    and `answer_states` (only "weet niet" / "wil niet zeggen"). Never prints values.
    """

    def __init__(self, questionnaire: Questionnaire) -> None:
        self.questionnaire = questionnaire
        self._values: dict[str, AnswerValue] = {}
        self._states: dict[str, AnswerState] = {}

    def __repr__(self) -> str:
        return f"AnswerSheet(version={self.questionnaire.version!r}, n={len(self._values)})"

    def _question(self, question_id: str) -> Question:
        question = self.questionnaire.get(question_id)
        if question is None:
            raise ValidationError(question_id, "unknown_question")
        if not question.answerable:
            raise ValidationError(question_id, "not_answerable")
        return question

    # writing -----------------------------------------------------------------------------

    def set(self, question_id: str, value: object) -> AnswerValue:
        """Validate and store a value; the state becomes beantwoord. Returns the stored value."""
        normalised = validate_answer(self._question(question_id), value)
        self._values[question_id] = normalised
        self._states.pop(question_id, None)
        return normalised

    def set_state(self, question_id: str, state: AnswerState | str) -> None:
        """Record weet niet / wil niet zeggen (drops any value) or reset to niet gevraagd."""
        self._question(question_id)
        new = _state(state, question_id)
        if new is AnswerState.BEANTWOORD:
            if question_id not in self._values:
                raise ValidationError(question_id, "state_conflict")
            return
        self._values.pop(question_id, None)
        if new is AnswerState.NIET_GEVRAAGD:
            self._states.pop(question_id, None)
        else:
            self._states[question_id] = new

    def clear(self, question_id: str) -> None:
        self.set_state(question_id, AnswerState.NIET_GEVRAAGD)

    # reading -----------------------------------------------------------------------------

    def state(self, question_id: str) -> AnswerState:
        if question_id in self._states:
            return self._states[question_id]
        return AnswerState.BEANTWOORD if question_id in self._values else AnswerState.NIET_GEVRAAGD

    def value(self, question_id: str) -> AnswerValue | None:
        return self._values.get(question_id)

    def __contains__(self, question_id: object) -> bool:
        return question_id in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    @property
    def answers(self) -> dict[str, AnswerValue]:
        """The beantwoord values by question id (a copy)."""
        return dict(self._values)

    @property
    def states(self) -> dict[str, str]:
        """The non-default states by question id (a copy), as exchange `answer_states`."""
        return {k: v.value for k, v in self._states.items()}

    def touched(self, question_id: str) -> bool:
        """True when the question has any state other than niet gevraagd."""
        return question_id in self._values or question_id in self._states

    def to_json(self) -> tuple[dict[str, AnswerValue], dict[str, str]]:
        return self.answers, self.states

    @classmethod
    def from_json(
        cls,
        questionnaire: Questionnaire,
        answers: Mapping[str, object] | None,
        states: Mapping[str, object] | None = None,
    ) -> AnswerSheet:
        """Build a sheet from exchange JSON; every problem raises with the question id."""
        sheet = cls(questionnaire)
        if not isinstance(answers or {}, Mapping) or not isinstance(states or {}, Mapping):
            raise ValidationError("answers", "wrong_type")
        for qid, value in (answers or {}).items():
            sheet.set(str(qid), value)
        for qid, raw in (states or {}).items():
            state = _state(raw, str(qid))
            if state is AnswerState.BEANTWOORD and qid in sheet:
                continue
            if qid in sheet or state is AnswerState.BEANTWOORD:
                raise ValidationError(str(qid), "state_conflict")
            sheet.set_state(str(qid), state)
        return sheet


def answered_values(
    answers: Mapping[str, Any], states: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The values that count as beantwoord: a value present and no valueless state recorded."""
    states = states or {}
    blocked = {k for k, v in states.items() if isinstance(v, str) and v != AnswerState.BEANTWOORD}
    return {k: v for k, v in answers.items() if v is not None and k not in blocked}


def build_sheet(
    q: Questionnaire,
    answers: Mapping[str, Any],
    states: Mapping[str, str],
    drafts: Mapping[str, tuple[Any, str]] | None = None,
) -> AnswerSheet:
    """Stored answers with the unconfirmed drafts on top; an unreadable entry is skipped."""
    sheet = AnswerSheet(q)
    done = AnswerState.BEANTWOORD.value
    entries = [(k, v, done) for k, v in answers.items()]
    entries += [(k, None, s) for k, s in states.items()]
    entries += [(k, v, s) for k, (v, s) in (drafts or {}).items() if not k.startswith("meta.")]
    for qid, value, state in entries:
        try:
            if state == done:
                sheet.set(qid, value)
            else:
                sheet.set_state(qid, state)
        except ValidationError:
            continue  # a deprecated or changed question: the stored row stays as it is
    return sheet
