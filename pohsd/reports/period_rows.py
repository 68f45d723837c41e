"""Reading one period's rows for the report: gesprekken, ratings, signals, referrals, change.

Only pohsd.reports.aggregate calls this; what it returns stays inside the reports package
(client ids are used to count distinct clients and to find their postcode area, no more).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pohsd.domain.questionnaire import Questionnaire
from pohsd.domain.referral import FOUTIEF, TOEGANG_CODES
from pohsd.intake.scoring import RAPPORTCIJFER_ITEM
from pohsd.store.models import (
    AnswerRow,
    ConsentRow,
    GoalRow,
    IntakeContactRow,
    IntakeRow,
    ReferralEventRow,
    ReferralRow,
    SignalRow,
)

UNKNOWN = "onbekend"
SOCIALE_BASIS, SPECIALISTISCH = "sociale_basis", "specialistisch"
ROUTE = {"vrij": SOCIALE_BASIS, "aanmelding": SOCIALE_BASIS, "beschikking": SPECIALISTISCH,
         "verwijzing-zorg": SPECIALISTISCH}  # fmt: skip
RUNNING = ("verstuurd", "ontvangen", "aangenomen", "wachtlijst")
#: One counted thing: (row key, column key, PC4 area).
Record = tuple[str, str, str]


@dataclass(frozen=True)
class Gesprek:
    intake_id: str
    client_id: str
    kind: str
    day: date
    icpc: tuple[str, ...]


def gesprekken(s: Session, start: date, end: date) -> list[Gesprek]:
    first = (
        select(IntakeContactRow.intake_id, func.min(IntakeContactRow.day).label("day"))
        .group_by(IntakeContactRow.intake_id)
        .subquery()
    )
    rows = s.execute(
        select(IntakeRow.id, IntakeRow.client_id, IntakeRow.kind, IntakeRow.icpc, first.c.day)
        .join(first, first.c.intake_id == IntakeRow.id)
        .where(first.c.day >= start, first.c.day <= end)
        .order_by(first.c.day, IntakeRow.id)
    )
    return [
        Gesprek(i, c, kind, day, tuple(json.loads(icpc or "[]"))) for i, c, kind, icpc, day in rows
    ]


def latest_per_client(gesprekken: Iterable[Gesprek]) -> list[Gesprek]:
    latest: dict[str, Gesprek] = {}
    for g in gesprekken:  # ordered by day, so the last one wins
        latest[g.client_id] = g
    return list(latest.values())


def int_answers(
    s: Session, intake_ids: Sequence[str], ids: Sequence[str] | None = None
) -> dict[str, dict[str, int]]:
    """{intake id: {question id: int}} of answered whole-number answers."""
    query = select(AnswerRow.intake_id, AnswerRow.question_id, AnswerRow.value).where(
        AnswerRow.intake_id.in_(intake_ids), AnswerRow.state == "beantwoord"
    )
    if ids is not None:
        query = query.where(AnswerRow.question_id.in_(ids))
    else:
        query = query.where(AnswerRow.question_id.like("%.zr"))
    out: dict[str, dict[str, int]] = {}
    for intake_id, qid, value in s.execute(query):
        number = json.loads(value) if value else None
        if isinstance(number, int) and not isinstance(number, bool):
            out.setdefault(intake_id, {})[qid] = number
    return out


def problems(s: Session, intakes: Sequence[Gesprek], area: dict[str, str]) -> list[Record]:
    latest = latest_per_client(intakes)
    answers = int_answers(s, [g.intake_id for g in latest])
    out = []
    for g in latest:
        lowest: dict[str, int] = {}
        for qid, level in answers.get(g.intake_id, {}).items():
            domain = qid.split(".", 1)[0]
            lowest[domain] = min(level, lowest.get(domain, level))
        out.extend((d, str(v), area[g.client_id]) for d, v in lowest.items() if v <= 3)
    return out


def signals(s: Session, start: date, end: date, area: dict[str, str]) -> list[Record]:
    lo = datetime.combine(start, time(), UTC)
    hi = datetime.combine(end + timedelta(days=1), time(), UTC)
    rows = s.execute(
        select(SignalRow.signal_id, SignalRow.closed_at, SignalRow.closure, IntakeRow.client_id)
        .join(IntakeRow, IntakeRow.id == SignalRow.intake_id)
        .where(SignalRow.raised_at >= lo, SignalRow.raised_at < hi)
    )
    return [
        (sid, "open" if closed is None else (closure or "afgehandeld"), area[cid])
        for sid, closed, closure, cid in rows
    ]


@dataclass(frozen=True)
class SentReferral:
    client_id: str
    toegang: str
    topic: str
    outcome: str
    days_to_start: int | None

    @property
    def route(self) -> str:
        return ROUTE.get(self.toegang, UNKNOWN)


def referrals(s: Session, start: date, end: date) -> list[SentReferral]:
    sent = s.execute(
        select(ReferralRow, ReferralEventRow.effectief_op)
        .join(ReferralEventRow, ReferralEventRow.referral_id == ReferralRow.id)
        .where(ReferralEventRow.to_state == "verstuurd")
        .where(ReferralEventRow.effectief_op >= start, ReferralEventRow.effectief_op <= end)
        .where(ReferralRow.status != FOUTIEF)
    ).all()
    ids = [row.id for row, _ in sent]
    started = dict(
        s.execute(
            select(ReferralEventRow.referral_id, func.min(ReferralEventRow.effectief_op))
            .where(ReferralEventRow.referral_id.in_(ids), ReferralEventRow.to_state == "gestart")
            .group_by(ReferralEventRow.referral_id)
        ).all()
    )
    goal_ids = {row.goal_id for row, _ in sent if row.goal_id}
    goals = dict(s.execute(select(GoalRow.id, GoalRow.topic).where(GoalRow.id.in_(goal_ids))).all())
    consent_ids = {row.consent_id for row, _ in sent}
    consents = {
        cid: json.loads(data).get("leefgebieden") or []
        for cid, data in s.execute(
            select(ConsentRow.id, ConsentRow.data).where(ConsentRow.id.in_(consent_ids))
        )
    }
    out = []
    for row, sent_on in sent:
        codes = consents.get(row.consent_id, [])
        topic = goals.get(row.goal_id or "") or (codes[0] if codes else UNKNOWN)
        start_day = started.get(row.id)
        outcome = "lopend" if row.status in RUNNING else row.status
        days = (start_day - sent_on).days if start_day is not None else None
        toegang = row.toegang if row.toegang in TOEGANG_CODES else UNKNOWN
        out.append(SentReferral(row.client_id, toegang, topic, outcome, days))
    return out


def change(
    s: Session, vervolgen: Sequence[Gesprek], q: Questionnaire, area: dict[str, str]
) -> list[Record]:
    latest = latest_per_client(vervolgen)
    if not latest:
        return []
    clients = [g.client_id for g in latest]
    first = (
        select(IntakeContactRow.intake_id, func.min(IntakeContactRow.day).label("day"))
        .group_by(IntakeContactRow.intake_id)
        .subquery()
    )
    baseline: dict[str, str] = {}
    for intake_id, client_id in s.execute(
        select(IntakeRow.id, IntakeRow.client_id)
        .join(first, first.c.intake_id == IntakeRow.id)
        .where(IntakeRow.client_id.in_(clients), IntakeRow.kind == "intake")
        .order_by(first.c.day.desc(), IntakeRow.id.desc())
    ):
        baseline[client_id] = intake_id  # the earliest comes last and wins
    measures = [RAPPORTCIJFER_ITEM, *(d.cijfer.id for d in q.domains)]
    answers = int_answers(s, [*baseline.values(), *(g.intake_id for g in latest)], measures)
    out = []
    for g in latest:
        if g.client_id not in baseline:
            continue
        before, now = answers.get(baseline[g.client_id], {}), answers.get(g.intake_id, {})
        for m in measures:
            if m in before and m in now:
                diff = now[m] - before[m]
                col = "hoger" if diff > 0 else "lager" if diff < 0 else "gelijk"
                out.append((m, col, area[g.client_id]))
    return out
