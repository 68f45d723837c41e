"""What the builders read: the sources of one letter, and answers written as short facts."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from pohsd.documents.sanitize import one_line
from pohsd.documents.textfmt import dmy, money, parse_iso
from pohsd.domain.client import Client
from pohsd.domain.intake import ConsentRecord, IntakeRecord, Plan
from pohsd.domain.practice import Practice, User
from pohsd.domain.questionnaire import Question, Questionnaire, QuestionRole, QuestionType
from pohsd.domain.referral import Referral
from pohsd.intake.answers import answered_values
from pohsd.paths import resources_dir


@dataclass(frozen=True)
class Recipient:
    """The social-map data of a referral's recipient at the time of the letter (a snapshot)."""

    service_id: str
    service_name: str = ""
    organization_name: str = ""
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    zorgaanbieder: bool = False
    assured_date: date | None = None


@dataclass(frozen=True)
class Sources:
    """Everything a builder may use; the service fills it in one audited read."""

    client: Client = field(repr=False)
    practice: Practice = field(repr=False)
    user: User
    questionnaire: Questionnaire
    today: date
    intakes: tuple[IntakeRecord, ...] = ()  # oldest first
    intake: IntakeRecord | None = None  # the one the letter is about
    plan: Plan = field(default_factory=Plan)
    consents: tuple[ConsentRecord, ...] = ()
    referrals: tuple[Referral, ...] = ()
    recipients: Mapping[str, Recipient] = field(default_factory=dict)  # by service id
    settings: Mapping[str, str] = field(default_factory=dict)

    @property
    def values(self) -> dict[str, Any]:
        """The beantwoord answers of the intake the letter is about."""
        if self.intake is None:
            return {}
        return answered_values(self.intake.answers, self.intake.answer_states)

    def value(self, question_id: str) -> Any:
        return self.values.get(question_id)

    def text(self, question_id: str) -> str:
        value = self.value(question_id)
        return one_line(value) if isinstance(value, str) else ""

    @property
    def excluded_domains(self) -> tuple[str, ...]:
        """Domains the client said "niet vastleggen" to (all of them after a "nee")."""
        current = next(
            (c for c in sorted(self.consents, key=lambda c: (c.datum, c.created_at or c.datum),
                               reverse=True) if c.kind == "vastleggen"),
            None,
        )  # fmt: skip
        if current is None:
            return ()
        if current.besluit == "nee":
            return ("gezondheid", "geld", "wonen", "meedoen")
        return current.uitgesloten

    def follow_up(self) -> date | None:
        return parse_iso(self.value("vervolg.datum")) or (
            self.intake.summary.follow_up_on if self.intake else None
        )


# ---- labels ----------------------------------------------------------------------------------


@cache
def _feiten() -> dict[str, Any]:
    with (resources_dir() / "letters" / "feiten.toml").open("rb") as handle:
        return tomllib.load(handle)


def fact_label(question_id: str) -> str | None:
    label = _feiten()["labels"].get(question_id)
    return str(label) if label else None


def is_medical(question_id: str) -> bool:
    return question_id in _feiten()["medisch"]["questions"]


def never_external(question_id: str) -> bool:
    return question_id in _feiten()["nooit_extern"]["questions"]


@cache
def icpc_labels() -> dict[str, str]:
    with (resources_dir() / "codes" / "icpc_z.toml").open("rb") as handle:
        return dict(tomllib.load(handle)["labels"])


def icpc_text(code: str) -> str:
    """Z01 Armoede/financiële problemen (the code alone when no working label is known)."""
    label = icpc_labels().get(code)
    return f"{code} {label}" if label else code


# ---- answers as text ---------------------------------------------------------------------------


def format_value(question: Question, value: Any) -> str:
    """One answer as short Dutch text ("" when there is nothing to say)."""
    if question.type is QuestionType.ALCOHOL and isinstance(value, Mapping):
        dagen, glazen = value.get("dagen"), value.get("glazen")
        if dagen == 0:
            return "drinkt niet"
        return f"{dagen} dagen/week, ca. {glazen} glazen per keer"
    if isinstance(value, Mapping):
        answer = one_line(value.get("antwoord", ""))
        extra = value.get("toelichting") or value.get("aantal")
        return f"{answer} ({one_line(extra)})" if extra not in (None, "") else answer
    if isinstance(value, list):
        return ", ".join(one_line(v) for v in value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if question.type is QuestionType.GETAL and question.unit == "€":
        return money(value)
    if question.type is QuestionType.DATUM:
        day = parse_iso(value)
        return dmy(day) if day else one_line(value)
    return one_line(value)


def topic_facts(
    q: Questionnaire, values: Mapping[str, Any], topic: str, *, external: bool = False
) -> tuple[list[str], list[str]]:
    """("Label: value" facts, question ids left out) of one topic's answered questions.

    Instrument items, ratings and notes are not facts. With `external`, medical answers and
    the never-external questions are left out (the caller lists them as omitted).
    """
    facts, held_back = [], []
    for question in q.topic(topic).questions:
        if question.id not in values or question.instrument in ("mhi5", "djg6"):
            continue
        if question.role is not QuestionRole.VRAAG:
            continue
        label = fact_label(question.id)
        if label is None or (external and (never_external(question.id) or is_medical(question.id))):
            held_back.append(question.id)
            continue
        text = format_value(question, values[question.id])
        if text:
            facts.append(f"{label}: {text}")
    note = values.get(f"{topic}.notitie")
    if isinstance(note, str) and note.strip():
        facts.append(f"Notitie: {one_line(note)}")
    return facts, held_back


def domain_facts(q: Questionnaire, values: Mapping[str, Any], domain: str) -> list[str]:
    """The domain's own open question ("<domain>.open") as a fact, if answered."""
    out = []
    for question in q.domain(domain).questions:
        if question.id in values and (label := fact_label(question.id)):
            out.append(f"{label}: {format_value(question, values[question.id])}")
    return out


def discussed_topics(q: Questionnaire, values: Mapping[str, Any]) -> list[str]:
    """Topic codes with at least one answered question, rating or note, in questionnaire order."""
    out = []
    for topic in q.topics:
        if any(question.id in values for question in topic.all_questions):
            out.append(topic.code)
    return out


def topic_word(q: Questionnaire, code: str) -> str:
    """The short name of a topic for the ZR list: "schulden" for geld.schulden."""
    return code.split(".")[-1] if "." in code else q.domain(code).label.lower()
