"""Vervolggesprek (spec/intake.md §7): what is measured again and the change view."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pohsd.domain.questionnaire import Questionnaire
from pohsd.intake.answers import AnswerSheet
from pohsd.intake.scoring import (
    DJG6_ITEMS,
    MHI5_CUTOFF,
    MHI5_ITEMS,
    RAPPORTCIJFER_ITEM,
    DjgScore,
    Mhi5Score,
    rapportcijfer_band,
    score_djg6,
    score_mhi5,
)

DJG6, MHI5 = "djg6", "mhi5"
MHI5_BELOW, MHI5_ABOVE = f"< {MHI5_CUTOFF}", f"≥ {MHI5_CUTOFF}"


@dataclass(frozen=True)
class Change:
    """One repeated measure: baseline, previous and current value with the difference.

    A change in one item is an indication, not proof (no minimal important change is known).
    """

    measure: str  # a question id, or "djg6" / "mhi5" for the instrument scores
    baseline: int | None
    previous: int | None
    current: int | None
    band_baseline: str | None = None
    band_previous: str | None = None
    band_current: str | None = None

    @property
    def difference(self) -> int | None:
        """Current minus baseline."""
        if self.current is None or self.baseline is None:
            return None
        return self.current - self.baseline

    @property
    def difference_previous(self) -> int | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


def _djg(sheet: AnswerSheet | None) -> DjgScore | None:
    if sheet is None:
        return None
    result = score_djg6(*sheet.to_json())
    return result if isinstance(result, DjgScore) else None


def _mhi(sheet: AnswerSheet | None) -> Mhi5Score | None:
    if sheet is None:
        return None
    result = score_mhi5(*sheet.to_json())
    return result if isinstance(result, Mhi5Score) else None


def vervolg_measures(
    q: Questionnaire, baseline: AnswerSheet, plan_topics: Iterable[str] = ()
) -> tuple[str, ...]:
    """Question ids measured again at a vervolggesprek.

    Rapportcijfer, the four domain cijfers, `<topic>.zr` of the plan's topics, and the DJG-6 /
    MHI-5 items when that instrument was completed at baseline.
    """
    ids = [RAPPORTCIJFER_ITEM, *(d.cijfer.id for d in q.domains)]
    for code in dict.fromkeys(plan_topics):
        ids.append(q.topic(code).zr.id)
    if _djg(baseline) is not None:
        ids.extend(DJG6_ITEMS)
    if _mhi(baseline) is not None:
        ids.extend(MHI5_ITEMS)
    return tuple(ids)


def _int(sheet: AnswerSheet | None, qid: str) -> int | None:
    value = sheet.value(qid) if sheet is not None else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _cijfer_band(value: int | None) -> str | None:
    return rapportcijfer_band(value) if value is not None else None


def _mhi_band(score: Mhi5Score | None) -> str | None:
    if score is None:
        return None
    return MHI5_BELOW if score.ongezond else MHI5_ABOVE


def compare(
    q: Questionnaire,
    baseline: AnswerSheet,
    current: AnswerSheet,
    previous: AnswerSheet | None = None,
    plan_topics: Iterable[str] = (),
) -> tuple[Change, ...]:
    """The change view of a vervolg against the intake (and the previous vervolg, if any)."""
    out = []
    sheets = (baseline, previous, current)
    rap = [_int(s, RAPPORTCIJFER_ITEM) for s in sheets]
    out.append(Change(RAPPORTCIJFER_ITEM, *rap, *(_cijfer_band(v) for v in rap)))
    for qid in vervolg_measures(q, baseline, plan_topics)[1:]:
        if qid in DJG6_ITEMS or qid in MHI5_ITEMS:
            continue
        out.append(Change(qid, *(_int(s, qid) for s in sheets)))
    djg = [_djg(s) for s in sheets]
    if djg[0] is not None:
        totals = [d.total if d else None for d in djg]
        out.append(Change(DJG6, *totals, *(d.band if d else None for d in djg)))
    mhi = [_mhi(s) for s in sheets]
    if mhi[0] is not None:
        scores = [m.score if m else None for m in mhi]
        out.append(Change(MHI5, *scores, *(_mhi_band(m) for m in mhi)))
    return tuple(out)
