"""The intake question set (spec/intake.md): frozen model built by questionnaire_loader."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

DOMAIN_CODES: tuple[str, ...] = ("gezondheid", "geld", "wonen", "meedoen")

#: The 28 topic codes of the `nl-leefgebieden` taxonomy (spec/socialmap-profile.md).
TOPIC_CODES: tuple[str, ...] = (
    "gezondheid.lichamelijk",
    "gezondheid.psychisch",
    "gezondheid.middelen",
    "gezondheid.leefstijl",
    "gezondheid.zelfzorg",
    "gezondheid.geheugen",
    "gezondheid.mantelzorg",
    "geld.rondkomen",
    "geld.schulden",
    "geld.administratie",
    "geld.regelingen",
    "geld.voedsel",
    "geld.juridisch",
    "wonen.woningzoeken",
    "wonen.huisuitzetting",
    "wonen.woning",
    "wonen.aanpassing",
    "wonen.thuis",
    "wonen.veiligheid",
    "wonen.buurt",
    "meedoen.ontmoeting",
    "meedoen.dagbesteding",
    "meedoen.werk",
    "meedoen.vrijwilligerswerk",
    "meedoen.taal",
    "meedoen.digitaal",
    "meedoen.sport",
    "meedoen.zingeving",
)

#: Prefixes of the parts outside the domains; never taxonomy codes (spec §0).
RESERVED_PREFIXES: tuple[str, ...] = (
    "opening",
    "meting",
    "prioriteit",
    "netwerk",
    "plan",
    "vervolg",
)

#: Slugs the loader generates per domain (`cijfer`) and per topic (`zr`, `notitie`).
GENERATED_SLUGS: tuple[str, ...] = ("cijfer", "zr", "notitie")

JA, NEE = "ja", "nee"


class QuestionType(StrEnum):
    JN = "jn"
    KEUZE = "keuze"
    KEUZE_MEER = "keuze+"
    GETAL = "getal"
    CIJFER = "cijfer"
    TEKST = "tekst"
    DATUM = "datum"
    JN_TEKST = "jn+tekst"
    JN_GETAL = "jn+getal"
    KEUZE_TEKST = "keuze+tekst"
    ALCOHOL = "alcohol"  # {"dagen": n, "glazen": n}
    RANGORDE = "rangorde"  # ranked domain/topic codes (prioriteit.belangrijkste)
    ZR = "zr"  # the professional's self-sufficiency level 1–5
    KAART = "kaart"  # a card or prompt: text only, never a value


class QuestionRole(StrEnum):
    VRAAG = "vraag"
    CIJFER = "cijfer"  # <domain>.cijfer, the client's 0–10 rating
    ZR = "zr"  # <topic>.zr
    NOTITIE = "notitie"  # <topic>.notitie


class PartKind(StrEnum):
    OPENING = "opening"
    DOMEIN = "domein"
    PRIORITEITEN = "prioriteiten"
    PLAN = "plan"
    AFSLUITING = "afsluiting"


class Urgency(StrEnum):
    """Signal urgency (spec §5.1); ordered from most to least urgent by `rank`."""

    DIRECT = "Direct"
    VANDAAG = "Vandaag"
    BINNEN_3_WERKDAGEN = "Binnen 3 werkdagen"

    @property
    def rank(self) -> int:
        return (Urgency.DIRECT, Urgency.VANDAAG, Urgency.BINNEN_3_WERKDAGEN).index(self)


@dataclass(frozen=True)
class Condition:
    """One rule on an answer: `in` / `any_except` on labels, `gte` / `lt` on numbers, or a check.

    For compound answers the labels are compared with the `antwoord` key.
    """

    values_in: tuple[str, ...] = ()
    any_except: tuple[str, ...] = ()
    gte: float | None = None
    lt: float | None = None
    check: str | None = None

    @property
    def labels(self) -> tuple[str, ...]:
        return self.values_in or self.any_except


@dataclass(frozen=True)
class FollowUp:
    """`question` becomes visible (is prompted) when the trigger answer meets `when`."""

    question: str
    when: Condition


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    type: QuestionType
    options: tuple[str, ...] = ()
    option_list: str | None = None  # options came from option_lists[<name>] (e.g. iso639-1)
    exclusive_options: tuple[str, ...] = ()  # keuze+: a label that cannot be combined
    range: tuple[float, float] | None = None
    integer: bool = True
    unit: str | None = None
    anchors: tuple[str, ...] = ()
    max_items: int | None = None
    label: str | None = None
    title: str | None = None
    kern: bool = False
    alone_only: bool = False  # ⚑ only when the client is alone in the room
    observation: bool = False  # (POH) not asked aloud
    deprecated: bool = False
    requires_setting: str | None = None
    instrument: str | None = None
    card: str | None = None
    opens: str | None = None
    aandacht: Condition | None = None
    follow_ups: tuple[FollowUp, ...] = ()
    signals: tuple[str, ...] = ()  # ids of the §5 signals this question can raise
    role: QuestionRole = QuestionRole.VRAAG
    part: str = ""
    domain: str | None = None
    topic: str | None = None

    @property
    def answerable(self) -> bool:
        return self.type is not QuestionType.KAART

    @property
    def display_text(self) -> str:
        return self.text or self.label or self.title or self.id


@dataclass(frozen=True)
class Topic:
    code: str
    label: str
    domain: str
    questions: tuple[Question, ...]
    zr: Question
    notitie: Question

    @property
    def all_questions(self) -> tuple[Question, ...]:
        return (*self.questions, self.zr, self.notitie)


@dataclass(frozen=True)
class Domain:
    code: str
    label: str
    questions: tuple[Question, ...]  # domain-level questions, e.g. `<domain>.open`
    topics: tuple[Topic, ...]
    rubric: tuple[str, ...]  # ZRM-level texts for levels 1..5 (index 0 = level 1)
    cijfer: Question

    @property
    def all_questions(self) -> tuple[Question, ...]:
        inner = tuple(q for t in self.topics for q in t.all_questions)
        return (*self.questions, *inner, self.cijfer)

    def rubric_text(self, level: int) -> str:
        return self.rubric[level - 1]


@dataclass(frozen=True)
class Part:
    id: str
    label: str
    kind: PartKind
    guide_minutes: int
    questions: tuple[Question, ...] = ()
    prefixes: tuple[str, ...] = ()
    domain: Domain | None = None

    @property
    def all_questions(self) -> tuple[Question, ...]:
        return self.domain.all_questions if self.domain else self.questions


@dataclass(frozen=True)
class InstrumentEffects:
    read_aloud_summary: bool = False
    suggestion_topics: tuple[str, ...] = ()
    referral_line: str | None = None


@dataclass(frozen=True)
class Instrument:
    id: str
    label: str
    items: tuple[str, ...]
    topic: str | None = None
    intro: str | None = None
    aandacht: Condition | None = None  # on the instrument's score
    effects: InstrumentEffects | None = None


@dataclass(frozen=True)
class Trigger:
    question: str
    when: Condition
    urgency: Urgency | None = None  # overrides the signal's urgency for this answer


@dataclass(frozen=True)
class Escalation:
    """Raise the urgency when a fact is noted, another signal is active or a date is near."""

    urgency: Urgency
    fact: str | None = None
    signal_active: str | None = None
    date_question: str | None = None
    within_days: int | None = None


@dataclass(frozen=True)
class MeldcodeStep:
    step: int
    label: str
    records: tuple[str, ...]
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signal:
    id: str
    label: str
    urgency: Urgency
    advice: str
    triggers: tuple[Trigger, ...]
    escalations: tuple[Escalation, ...] = ()
    manual: bool = False
    regional: bool = False
    dialog_question: str | None = None  # a jn follow-up shown in the dialog
    actions: tuple[str, ...] = ()
    steps: tuple[MeldcodeStep, ...] = ()


@dataclass(frozen=True)
class Ratings:
    cijfer_text: str
    cijfer_anchors: tuple[str, ...]
    zr_levels: tuple[str, ...]  # level names 1..5
    notitie_label: str


@dataclass(frozen=True)
class Kindcheck:
    question: str
    closing_answers: tuple[str, ...]


@dataclass(frozen=True)
class Questionnaire:
    version: str
    parts: tuple[Part, ...]
    instruments: tuple[Instrument, ...]
    signals: tuple[Signal, ...]
    ratings: Ratings
    kindcheck: Kindcheck
    option_lists: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    _questions: dict[str, Question] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {q.id: q for p in self.parts for q in p.all_questions}
        object.__setattr__(self, "_questions", index)

    def __repr__(self) -> str:
        return f"Questionnaire(version={self.version!r}, questions={len(self._questions)})"

    # lookups -----------------------------------------------------------------------------

    @property
    def questions(self) -> tuple[Question, ...]:
        """Every question in order, including the generated cijfer / zr / notitie."""
        return tuple(self._questions.values())

    def question(self, question_id: str) -> Question:
        """Return the question; KeyError when the id is not in this question set."""
        return self._questions[question_id]

    def get(self, question_id: str) -> Question | None:
        return self._questions.get(question_id)

    def __contains__(self, question_id: object) -> bool:
        return question_id in self._questions

    def part(self, part_id: str) -> Part:
        for p in self.parts:
            if p.id == part_id:
                return p
        raise KeyError(part_id)

    def part_of_kind(self, kind: PartKind) -> Part:
        return next(p for p in self.parts if p.kind is kind)

    @property
    def domains(self) -> tuple[Domain, ...]:
        return tuple(p.domain for p in self.parts if p.domain is not None)

    def domain(self, code: str) -> Domain:
        for d in self.domains:
            if d.code == code:
                return d
        raise KeyError(code)

    @property
    def topics(self) -> tuple[Topic, ...]:
        return tuple(t for d in self.domains for t in d.topics)

    def topic(self, code: str) -> Topic:
        for t in self.topics:
            if t.code == code:
                return t
        raise KeyError(code)

    def instrument(self, instrument_id: str) -> Instrument:
        for i in self.instruments:
            if i.id == instrument_id:
                return i
        raise KeyError(instrument_id)

    def signal(self, signal_id: str) -> Signal:
        for s in self.signals:
            if s.id == signal_id:
                return s
        raise KeyError(signal_id)

    def is_domain_or_topic(self, code: str) -> bool:
        return code in DOMAIN_CODES or code in TOPIC_CODES

    def domain_rubric(self, domain_code: str) -> tuple[str, ...]:
        """The five ZRM-level texts of a domain, for the `<topic>.zr` tooltip."""
        return self.domain(domain_code).rubric
