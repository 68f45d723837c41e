"""Data of the domain web (radar): client cijfers and zr levels of intake and latest vervolg."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from pohsd.domain.questionnaire import Questionnaire
from pohsd.intake.answers import AnswerSheet
from pohsd.intake.scoring import domain_zr_summary

CIJFER, ZR = "cijfer", "zr"
INTAKE, VERVOLG = "intake", "vervolg"
SCALE_MAX = 10.0
ZR_LEVELS = (1, 2, 3, 4, 5)


def to_local(moment: datetime) -> datetime:
    """Local time of a stored moment; the store hands back naive datetimes that are UTC."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone()


def zr_on_scale(level: int) -> float:
    """Map a zelfredzaamheid level 1–5 onto the 0–10 scale: 1 → 0, 2 → 2.5 … 5 → 10."""
    if isinstance(level, bool) or level not in ZR_LEVELS:
        raise ValueError(level)
    return (level - 1) * 2.5


@dataclass(frozen=True)
class RadarSeries:
    """One line on the web: a measure (cijfer or zr) at one moment (intake or vervolg).

    `raw` holds the numbers as given (cijfer 0–10, zr 1–5); `values` the points on 0–10.
    """

    kind: str  # CIJFER | ZR
    moment: str  # INTAKE | VERVOLG
    raw: tuple[int | None, ...]
    values: tuple[float | None, ...]

    @property
    def key(self) -> str:
        return f"{self.moment}_{self.kind}"

    @property
    def is_empty(self) -> bool:
        return all(v is None for v in self.values)


@dataclass(frozen=True)
class RadarData:
    domains: tuple[str, ...]  # domain codes, clockwise from the top
    labels: tuple[str, ...]  # the domain labels of the question set
    series: tuple[RadarSeries, ...]
    intake_date: date | None = None
    vervolg_date: date | None = None

    @property
    def is_empty(self) -> bool:
        return all(s.is_empty for s in self.series)

    def series_for(self, moment: str, kind: str) -> RadarSeries | None:
        return next((s for s in self.series if s.moment == moment and s.kind == kind), None)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _series(q: Questionnaire, sheet: AnswerSheet, moment: str) -> tuple[RadarSeries, ...]:
    answers, states = sheet.to_json()
    cijfers = tuple(_int(sheet.value(d.cijfer.id)) for d in q.domains)
    levels = tuple(
        domain_zr_summary((t.code for t in d.topics), answers, states) for d in q.domains
    )
    return (
        RadarSeries(
            CIJFER, moment, cijfers, tuple(None if c is None else float(c) for c in cijfers)
        ),
        RadarSeries(
            ZR, moment, levels, tuple(None if z is None else zr_on_scale(z) for z in levels)
        ),
    )


def radar_data(
    q: Questionnaire,
    intake: AnswerSheet | None,
    vervolg: AnswerSheet | None = None,
    *,
    intake_date: date | None = None,
    vervolg_date: date | None = None,
) -> RadarData:
    """The web of the intake, overlaid with the latest vervolg when there is one.

    A vervolg measures the cijfers again and the zr of the plan's topics only; a domain whose
    topics were not rated again has no zr point for the vervolg.
    """
    series: list[RadarSeries] = []
    if intake is not None:
        series.extend(_series(q, intake, INTAKE))
    if vervolg is not None:
        series.extend(_series(q, vervolg, VERVOLG))
    return RadarData(
        tuple(d.code for d in q.domains),
        tuple(d.label for d in q.domains),
        tuple(series),
        intake_date,
        vervolg_date if vervolg is not None else None,
    )
