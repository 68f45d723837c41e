"""Cross-field rules of `pohsd-client/1` (spec/exchange.md §1) on schema-valid JSON.

Each function turns one part of the document into DTOs or raises ValidationError naming the
JSON path (`intakes[0].answers.geld.schulden.soort`) and the broken rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from pohsd.domain.client import Address, ClientInput, HouseholdMember, NetworkPerson
from pohsd.domain.enums import Gender
from pohsd.domain.errors import ValidationError
from pohsd.domain.intake import ConsentRecord, Contact, Goal, GoalAction, Plan, SignalAction
from pohsd.domain.questionnaire import JA, NEE, Questionnaire, QuestionType
from pohsd.domain.questionnaire_loader import QuestionnaireError, load_questionnaire
from pohsd.domain.validation import clean_text
from pohsd.exchange.schema import join
from pohsd.intake.answers import AnswerSheet, AnswerState
from pohsd.intake.finance import FinancieelOverzicht
from pohsd.services.consents import GERICHT_INPUT_KEYS, gericht_data, vastleggen_data
from pohsd.services.plan import validated_goals

MANUAL_TRIGGER = "handmatig"
_NUMBERS = (QuestionType.GETAL, QuestionType.CIJFER, QuestionType.ZR)
_JA_NEE = (QuestionType.JN, QuestionType.JN_TEKST, QuestionType.JN_GETAL)
ICPC_MISSING = (17, 26)  # spec/intake.md §10: Z17 and Z26 do not exist
ICPC_MAX = 69  # Z01–Z29 problems, Z30–Z69 process codes (Z68)


@dataclass(frozen=True)
class ImportedSignal:
    signal_id: str
    raised_at: datetime  # UTC
    trigger: str
    urgency: str
    actions: tuple[SignalAction, ...] = ()
    closed_at: datetime | None = None
    closure: str = ""
    reason: str = field(default="", repr=False)


@dataclass(frozen=True)
class ImportedIntake:
    id: str
    kind: str
    version: str
    status: str
    contacts: tuple[Contact, ...]
    answers: dict[str, Any] = field(repr=False)
    states: dict[str, str] = field(repr=False)
    signals: tuple[ImportedSignal, ...] = ()
    finance: dict[str, Any] | None = field(default=None, repr=False)
    assessment: str = field(default="", repr=False)
    notes: str = field(default="", repr=False)
    icpc: tuple[str, ...] = ()
    follow_up_on: date | None = None


# ---- scalars -----------------------------------------------------------------------------------


def parse_date(value: object, path: str) -> date:
    if not isinstance(value, str):
        raise ValidationError(path, "date_format")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(path, "date_format") from None


def parse_datetime(value: object, path: str) -> datetime:
    """An ISO 8601 time with offset, returned in UTC."""
    if not isinstance(value, str):
        raise ValidationError(path, "datetime_format")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(path, "datetime_format") from None
    if moment.tzinfo is None:
        raise ValidationError(path, "datetime_format")
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise ValidationError(path, "datetime_format") from None


def not_future(day: date, today: date, path: str) -> date:
    if day > today:
        raise ValidationError(path, "date_in_future")
    return day


def text(value: object, path: str, *, required: bool = False, max_len: int = 10_000) -> str:
    if value is not None and not isinstance(value, str):
        raise ValidationError(path, "wrong_type")
    return clean_text(value, path, required=required, max_len=max_len) or ""


def unique_ids(items: Sequence[Mapping[str, Any]], path: str) -> None:
    seen: set[str] = set()
    for i, item in enumerate(items):
        key = str(item.get("id", "")).lower()
        if key in seen:
            raise ValidationError(f"{path}[{i}].id", "duplicate_id")
        seen.add(key)


def _prefixed(exc: ValidationError, prefix: str) -> ValidationError:
    """Our own field names (`household[0].relation`) under the object they came from."""
    return ValidationError(f"{prefix}.{exc.field}" if exc.field else prefix, exc.rule)


# ---- client ------------------------------------------------------------------------------------


def client_input(raw: Mapping[str, Any], today: date) -> ClientInput:
    """The `client` object as a validated ClientInput; paths start with `client.`."""
    birth = parse_date(raw["birth_date"], "client.birth_date")
    address = Address()
    if "address" in raw:
        a = raw["address"]
        address = Address(a["street"], a["house_number"], a.get("addition", ""),
                          a["postal_code"], a["city"])  # fmt: skip
    household = tuple(
        HouseholdMember(
            m["relation"],
            m["given_name"],
            parse_date(m["birth_date"], f"client.household[{i}].birth_date")
            if "birth_date" in m
            else None,
        )
        for i, m in enumerate(raw.get("household", ()))
    )
    network = tuple(
        NetworkPerson(
            naam=p["naam"],
            relatie=p["relatie"],
            rol=tuple(p.get("rol", ())),
            telefoon=p.get("telefoon", ""),
            mag_benaderd=None if "mag_benaderd" not in p else p["mag_benaderd"] == "ja",
        )
        for p in raw.get("network", ())
    )
    data = ClientInput(
        given_name=raw["given_name"],
        family_name=raw["family_name"],
        birth_date=birth,
        gender=Gender(raw["gender"]),
        bsn=raw.get("bsn", ""),
        address=address,
        phone=raw.get("phone", ""),
        email=raw.get("email", ""),
        responsible_gp=raw.get("responsible_gp", ""),
        household=household,
        network=network,
    )
    try:
        return data.validated(today)
    except ValidationError as exc:
        raise _prefixed(exc, "client") from None


# ---- consents ----------------------------------------------------------------------------------


def consents(raw: Sequence[Mapping[str, Any]], today: date) -> tuple[ConsentRecord, ...]:
    unique_ids(raw, "consents")
    out = []
    for i, item in enumerate(raw):
        path = f"consents[{i}]"
        if item["kind"] == "vastleggen":
            data = vastleggen_data(
                item["besluit"], item["uitgesloten"], item["vorm"], item["datum"],
                item.get("uitleg_gegeven", ()), today=today, path=path,
            )  # fmt: skip
        else:
            body = {k: v for k, v in item.items() if k not in ("id", "kind")}
            allowed = (*GERICHT_INPUT_KEYS, "status", "ingetrokken_op")
            data = gericht_data(body, today=today, path=path, allowed=allowed)
        record_id = str(item["id"]).lower()
        out.append(
            ConsentRecord(
                record_id,
                data["kind"],
                date.fromisoformat(data["datum"]),
                {"id": record_id, **data},
            )
        )
    return tuple(out)


# ---- intakes -----------------------------------------------------------------------------------


def _questionnaire(version: str, path: str) -> Questionnaire:
    try:
        return load_questionnaire(version)
    except QuestionnaireError:
        raise ValidationError(path, "unknown_version") from None


def _strict(q: Questionnaire, question_id: str, value: object) -> None:
    """The exchange format is stricter than typing: numbers are numbers, ja/nee lower case."""
    question = q.get(question_id)
    if question is None:
        return  # AnswerSheet names the unknown id
    if question.type in _NUMBERS and isinstance(value, str):
        raise ValidationError(question_id, "wrong_type")
    answer = value.get("antwoord") if isinstance(value, Mapping) else value
    if question.type in _JA_NEE and answer not in (JA, NEE):
        raise ValidationError(question_id, "unknown_option")


def answer_sheet(
    q: Questionnaire, answers: Mapping[str, Any], states: Mapping[str, Any], path: str
) -> AnswerSheet:
    """Values from the options and ranges of the stored question-set version."""
    sheet = AnswerSheet(q)
    for question_id, value in answers.items():
        try:
            _strict(q, question_id, value)
            sheet.set(question_id, value)
        except ValidationError as exc:
            raise ValidationError(join(f"{path}.answers", question_id), exc.rule) from None
    for question_id, state in states.items():
        where = join(f"{path}.answer_states", question_id)
        if question_id in sheet:
            raise ValidationError(where, "state_conflict")
        try:
            sheet.set_state(question_id, AnswerState(state))
        except (ValidationError, ValueError) as exc:
            rule = exc.rule if isinstance(exc, ValidationError) else "unknown_option"
            raise ValidationError(where, rule) from None
    return sheet


def signal(q: Questionnaire, raw: Mapping[str, Any], path: str, now: datetime) -> ImportedSignal:
    if raw["id"] not in {s.id for s in q.signals}:
        raise ValidationError(f"{path}.id", "unknown_signal")
    trigger = raw["trigger"]
    if trigger != MANUAL_TRIGGER and trigger not in q:
        raise ValidationError(f"{path}.trigger", "unknown_question")
    raised = parse_datetime(raw["raised_at"], f"{path}.raised_at")
    if raised > now:
        raise ValidationError(f"{path}.raised_at", "date_in_future")
    actions = []
    for j, action in enumerate(raw.get("actions", ())):
        where = f"{path}.actions[{j}]"
        at = parse_datetime(action["at"], f"{where}.at")
        if at < raised or at > now:
            raise ValidationError(f"{where}.at", "time_order")
        actions.append(SignalAction(at, text(action["text"], f"{where}.text", required=True)))
    closed = None
    if "closed_at" in raw:
        closed = parse_datetime(raw["closed_at"], f"{path}.closed_at")
        if closed < raised or closed > now:
            raise ValidationError(f"{path}.closed_at", "time_order")
    closure = raw.get("closure", "")
    if bool(closure) != (closed is not None):
        missing = "closure" if closed is not None else "closed_at"
        raise ValidationError(f"{path}.{missing}", "required")
    reason = text(raw.get("reason"), f"{path}.reason", required=closure == "onterecht")
    if reason and not closure:
        raise ValidationError(f"{path}.reason", "inconsistent")
    return ImportedSignal(
        raw["id"], raised, trigger, raw["urgency"], tuple(actions), closed, closure, reason
    )


def icpc_codes(codes: Sequence[str], path: str) -> tuple[str, ...]:
    for i, code in enumerate(codes):
        number = int(code[1:])
        if not 1 <= number <= ICPC_MAX or number in ICPC_MISSING:
            raise ValidationError(f"{path}[{i}]", "unknown_code")
    return tuple(codes)


def intake(raw: Mapping[str, Any], path: str, today: date, now: datetime) -> ImportedIntake:
    q = _questionnaire(raw["question_set_version"], f"{path}.question_set_version")
    sheet = answer_sheet(q, raw["answers"], raw.get("answer_states", {}), path)
    contacts = tuple(
        Contact(
            not_future(
                parse_date(c["date"], f"{path}.contacts[{j}].date"),
                today,
                f"{path}.contacts[{j}].date",
            ),
            int(c["minutes"]),
        )
        for j, c in enumerate(raw["contacts"])
    )
    signals = tuple(
        signal(q, s, f"{path}.signals[{j}]", now) for j, s in enumerate(raw.get("signals", ()))
    )
    finance = None
    if "financial_overview" in raw:
        overview = FinancieelOverzicht.from_json(
            raw["financial_overview"], root=f"{path}.financial_overview"
        )
        finance = overview.to_json()
    follow_up = raw.get("follow_up_on")
    answers, states = sheet.to_json()
    return ImportedIntake(
        id=str(raw["id"]).lower(),
        kind=raw["kind"],
        version=q.version,
        status=raw["status"],
        contacts=contacts,
        answers=answers,
        states=states,
        signals=signals,
        finance=finance,
        assessment=text(raw.get("assessment"), f"{path}.assessment"),
        notes=text(raw.get("notes"), f"{path}.notes"),
        icpc=icpc_codes(raw.get("icpc", ()), f"{path}.icpc"),
        follow_up_on=parse_date(follow_up, f"{path}.follow_up_on") if follow_up else None,
    )


def intakes(
    raw: Sequence[Mapping[str, Any]], today: date, now: datetime
) -> tuple[ImportedIntake, ...]:
    unique_ids(raw, "intakes")
    return tuple(intake(item, f"intakes[{i}]", today, now) for i, item in enumerate(raw))


# ---- plan --------------------------------------------------------------------------------------


def plan(raw: Mapping[str, Any]) -> Plan:
    unique_ids(raw["goals"], "plan.goals")
    goals = []
    for i, g in enumerate(raw["goals"]):
        path = f"plan.goals[{i}]"
        actions = tuple(
            GoalAction(
                wie=a["wie"],
                wat=a["wat"],
                wanneer=parse_date(a["wanneer"], f"{path}.actions[{j}].wanneer")
                if "wanneer" in a
                else None,
                status=a["status"],
            )
            for j, a in enumerate(g.get("actions", ()))
        )
        goals.append(
            Goal(
                topic=g["topic"],
                wens=g.get("wens", ""),
                streefcijfer=int(g["streefcijfer"]) if "streefcijfer" in g else None,
                target_date=parse_date(g["target_date"], f"{path}.target_date")
                if "target_date" in g
                else None,
                status=g["status"],
                actions=actions,
                id=str(g["id"]).lower(),
            )
        )
    return Plan(
        validated_goals(goals, "plan.goals"),
        text(raw.get("question_to_gp"), "plan.question_to_gp"),
    )
