"""Uitkomsten: per client a timeline of conversations with ratings, loneliness and change."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from pohsd.domain.intake import Contact, IntakeRecord
from pohsd.domain.questionnaire import Questionnaire
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.intake.answers import AnswerSheet, AnswerState, build_sheet
from pohsd.intake.scoring import (
    RAPPORTCIJFER_ITEM,
    DjgScore,
    Mhi5Score,
    domain_zr_summary,
    score_djg6,
    score_mhi5,
)
from pohsd.intake.vervolg import Change, compare

INTAKE, VERVOLG = "intake", "vervolg"
_BEANTWOORD = AnswerState.BEANTWOORD.value


@dataclass(frozen=True)
class OutcomePoint:
    """One conversation (intake or vervolg) on the timeline; None is a gap, never a zero."""

    intake_id: str
    kind: str  # intake | vervolg
    status: str  # open | afgerond
    day: date  # the first contact day
    rapportcijfer: int | None
    cijfers: tuple[int | None, ...]  # per domain, in the order of OutcomeTimeline.domains
    zr: tuple[int | None, ...]  # lowest zelfredzaamheid 1–5 per domain
    djg_total: int | None = None  # DJG-6, 0–6
    djg_band: str | None = None
    mhi5: int | None = None  # MHI-5, 0–100
    contacts: tuple[Contact, ...] = ()

    @property
    def minutes(self) -> int:
        return sum(c.minutes for c in self.contacts)


@dataclass(frozen=True)
class OutcomeTimeline:
    """All conversations of a client, oldest first, with the change of the latest vervolg."""

    domains: tuple[str, ...]  # domain codes
    labels: tuple[str, ...]  # domain labels of the question set
    points: tuple[OutcomePoint, ...] = ()
    baseline: int | None = None  # index into points of the intake compared against
    latest: int | None = None  # index of the latest vervolg after that intake
    changes: tuple[Change, ...] = ()  # vervolg.compare(baseline, latest, previous)

    @property
    def has_change(self) -> bool:
        """A vervolg follows the intake: there is something to compare."""
        return self.baseline is not None and self.latest is not None

    @property
    def has_mhi5(self) -> bool:
        return any(p.mhi5 is not None for p in self.points)

    @property
    def has_djg(self) -> bool:
        return any(p.djg_total is not None for p in self.points)

    def change(self, measure: str) -> Change | None:
        """The change of a question id, or of "djg6" / "mhi5"."""
        return next((c for c in self.changes if c.measure == measure), None)


def conversation_sheet(q: Questionnaire, record: IntakeRecord) -> AnswerSheet:
    """Stored answers with the unconfirmed drafts on top (as the intake screen shows them)."""
    return build_sheet(q, record.answers, record.answer_states, record.drafts)


def _int(sheet: AnswerSheet, qid: str) -> int | None:
    value = sheet.value(qid)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def first_day(record: IntakeRecord) -> date:
    """The first contact day; the creation day when no contact was stored."""
    days = [c.day for c in record.contacts]
    return min(days) if days else record.summary.created_at.date()


def outcome_point(q: Questionnaire, record: IntakeRecord, sheet: AnswerSheet) -> OutcomePoint:
    """The measures of one conversation, scored with the existing scorers (no imputation)."""
    answers, states = sheet.to_json()
    djg, mhi = score_djg6(answers, states), score_mhi5(answers, states)
    summary = record.summary
    return OutcomePoint(
        intake_id=summary.id,
        kind=summary.kind,
        status=summary.status,
        day=first_day(record),
        rapportcijfer=_int(sheet, RAPPORTCIJFER_ITEM),
        cijfers=tuple(_int(sheet, d.cijfer.id) for d in q.domains),
        zr=tuple(domain_zr_summary((t.code for t in d.topics), answers, states) for d in q.domains),
        djg_total=djg.total if isinstance(djg, DjgScore) else None,
        djg_band=djg.band if isinstance(djg, DjgScore) else None,
        mhi5=mhi.score if isinstance(mhi, Mhi5Score) else None,
        contacts=tuple(sorted(record.contacts, key=lambda c: c.day)),
    )


def _questionnaire(record: IntakeRecord, cache: dict[str, Questionnaire]) -> Questionnaire:
    version = record.summary.question_set_version
    if version not in cache:
        cache[version] = load_questionnaire(version)
    return cache[version]


def comparison_indexes(records: Sequence[IntakeRecord]) -> tuple[int | None, int | None]:
    """(latest intake, latest vervolg after it): the pair the change view compares."""
    intakes = [i for i, r in enumerate(records) if r.summary.kind == INTAKE]
    if not intakes:
        return None, None
    base = intakes[-1]
    later = [i for i in range(base + 1, len(records)) if records[i].summary.kind == VERVOLG]
    return base, (later[-1] if later else None)


def outcome_timeline(
    q: Questionnaire,
    records: Sequence[IntakeRecord],
    plan_topics: Iterable[str] = (),
    sheets: Mapping[str, AnswerSheet] | None = None,
) -> OutcomeTimeline:
    """From `ws.intakes.records_for_client` (oldest first) to the timeline and change view.

    `sheets` (intake id → sheet) may pass sheets built already; others are built here.
    """
    cache: dict[str, Questionnaire] = {}
    built = dict(sheets or {})
    for record in records:
        if record.id not in built:
            built[record.id] = conversation_sheet(_questionnaire(record, cache), record)
    ordered = sorted(range(len(records)), key=lambda i: records[i].summary.created_at)
    records = [records[i] for i in ordered]
    points = tuple(outcome_point(q, r, built[r.id]) for r in records)
    base, latest = comparison_indexes(records)
    changes: tuple[Change, ...] = ()
    if base is not None and latest is not None:
        between = [i for i in range(base + 1, latest) if records[i].summary.kind == VERVOLG]
        previous = built[records[between[-1]].id] if between else None
        changes = compare(
            q, built[records[base].id], built[records[latest].id], previous, plan_topics
        )
    return OutcomeTimeline(
        domains=tuple(d.code for d in q.domains),
        labels=tuple(d.label for d in q.domains),
        points=points,
        baseline=base,
        latest=latest,
        changes=changes,
    )
