"""Pure scorers of the embedded instruments (spec/intake.md §2.1, §3.2, §4); never impute."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pohsd.domain.enums import Gender
from pohsd.intake.answers import answered_values

DJG6_ITEMS: tuple[str, ...] = tuple(f"meedoen.ontmoeting.djg6_{i}" for i in range(1, 7))
DJG6_EMOTIONEEL: tuple[str, ...] = tuple(DJG6_ITEMS[i - 1] for i in (1, 4, 6))
DJG6_SOCIAAL: tuple[str, ...] = tuple(DJG6_ITEMS[i - 1] for i in (2, 3, 5))
#: One point for these answers: emotional items are worded negatively, social ones positively.
DJG6_POINT_ANSWERS = {"emotioneel": ("ja", "min of meer"), "sociaal": ("nee", "min of meer")}

MHI5_ITEMS: tuple[str, ...] = tuple(f"gezondheid.psychisch.mhi5_{i}" for i in range(1, 6))
#: Negative items are 1, 2 and 4 (CBS 2010/09; "1, 2, 3" in CBS 2019/34 is a typo).
MHI5_NEGATIVE: tuple[str, ...] = tuple(MHI5_ITEMS[i - 1] for i in (1, 2, 4))
MHI5_ANSWERS: tuple[str, ...] = ("voortdurend", "meestal", "vaak", "soms", "zelden", "nooit")
MHI5_CUTOFF = 60  # < 60 = "psychisch ongezond" (the GGD monitor uses <= 60; the app uses < 60)

RONDKOMEN_ITEM = "geld.rondkomen.moeite"
RONDKOMEN_MOEITE = ("Ja, enige moeite", "Ja, grote moeite")
RAPPORTCIJFER_ITEM = "meting.rapportcijfer"
FORMULIEREN_ITEM = "meedoen.taal.formulieren_zeker"
FORMULIEREN_BEPERKT = ("redelijk zeker", "een beetje zeker", "helemaal niet zeker")
ALCOHOL_ITEM = "gezondheid.middelen.alcohol"

#: RIVM: zwaar = at least weekly this many glasses on one day; overmatig = more than this a week.
ALCOHOL_ZWAAR_PER_DAG = {Gender.MAN: 6, Gender.VROUW: 4}
ALCOHOL_OVERMATIG_PER_WEEK = {Gender.MAN: 21, Gender.VROUW: 14}

BAND_NIET_EENZAAM = "niet eenzaam"
BAND_ENIGSZINS_EENZAAM = "enigszins eenzaam"
BAND_STERK_EENZAAM = "sterk eenzaam"
BAND_PSYCHISCH_ONGEZOND = "psychisch ongezond"


@dataclass(frozen=True)
class Incomplete:
    """No score: these items are not beantwoord (weet niet / wil niet zeggen are missing)."""

    instrument: str
    missing: tuple[str, ...]
    complete = False


@dataclass(frozen=True)
class DjgScore:
    total: int  # 0–6
    emotioneel: int  # 0–3 (items 1, 4, 6)
    sociaal: int  # 0–3 (items 2, 3, 5)
    band: str
    complete = True

    @property
    def aandacht(self) -> bool:
        return self.total >= 5


@dataclass(frozen=True)
class Mhi5Score:
    raw: int  # 0–25
    score: int  # raw × 4: 0 (very unhealthy) .. 100 (very healthy)
    complete = True

    @property
    def ongezond(self) -> bool:
        return self.score < MHI5_CUTOFF

    @property
    def band(self) -> str | None:
        return BAND_PSYCHISCH_ONGEZOND if self.ongezond else None


@dataclass(frozen=True)
class ChoiceScore:
    """A single-item instrument: the answer and whether it counts (moeite / beperkt)."""

    instrument: str
    answer: str
    flagged: bool
    complete = True


@dataclass(frozen=True)
class CijferScore:
    value: int
    band: str
    complete = True


@dataclass(frozen=True)
class AlcoholScore:
    dagen: int
    glazen: int | None  # None when dagen = 0 and no glasses were given
    per_week: int  # dagen × glazen
    zwaar: bool
    overmatig: bool
    norm_gender: Gender  # whose limits were applied (the lower, female limits when unknown)
    complete = True

    @property
    def aandacht(self) -> bool:
        return self.zwaar or self.overmatig


def _values(answers: Mapping[str, Any], states: Mapping[str, Any] | None) -> dict[str, Any]:
    return answered_values(answers, states)


def djg_band(total: int) -> str:
    """0–1 niet eenzaam, 2–4 enigszins eenzaam, 5–6 sterk eenzaam."""
    if not 0 <= total <= 6:
        raise ValueError(total)
    if total <= 1:
        return BAND_NIET_EENZAAM
    return BAND_ENIGSZINS_EENZAAM if total <= 4 else BAND_STERK_EENZAAM


def score_djg6(
    answers: Mapping[str, Any], states: Mapping[str, Any] | None = None
) -> DjgScore | Incomplete:
    values = _values(answers, states)
    options = ("ja", "min of meer", "nee")
    missing = tuple(i for i in DJG6_ITEMS if values.get(i) not in options)
    if missing:
        return Incomplete("djg6", missing)
    emo = sum(values[i] in DJG6_POINT_ANSWERS["emotioneel"] for i in DJG6_EMOTIONEEL)
    soc = sum(values[i] in DJG6_POINT_ANSWERS["sociaal"] for i in DJG6_SOCIAAL)
    return DjgScore(emo + soc, emo, soc, djg_band(emo + soc))


def mhi5_item_points(item_id: str, answer: str) -> int:
    """Positive items: voortdurend = 5 … nooit = 0; negative items: voortdurend = 0 … nooit = 5."""
    index = MHI5_ANSWERS.index(answer)
    return index if item_id in MHI5_NEGATIVE else 5 - index


def score_mhi5(
    answers: Mapping[str, Any], states: Mapping[str, Any] | None = None
) -> Mhi5Score | Incomplete:
    values = _values(answers, states)
    missing = tuple(i for i in MHI5_ITEMS if values.get(i) not in MHI5_ANSWERS)
    if missing:
        return Incomplete("mhi5", missing)
    raw = sum(mhi5_item_points(i, values[i]) for i in MHI5_ITEMS)
    return Mhi5Score(raw, raw * 4)


def _choice(
    instrument: str, item: str, flagged: tuple[str, ...], options: tuple[str, ...], values: dict
) -> ChoiceScore | Incomplete:
    answer = values.get(item)
    if answer not in options:
        return Incomplete(instrument, (item,))
    return ChoiceScore(instrument, answer, answer in flagged)


def score_rondkomen(
    answers: Mapping[str, Any], states: Mapping[str, Any] | None = None
) -> ChoiceScore | Incomplete:
    """GGD indicator "(enige of grote) moeite met rondkomen": flagged for enige / grote moeite."""
    options = ("Nee, geen enkele moeite", "Nee, geen moeite", *RONDKOMEN_MOEITE)
    return _choice("rondkomen", RONDKOMEN_ITEM, RONDKOMEN_MOEITE, options, _values(answers, states))


def score_formulieren(
    answers: Mapping[str, Any], states: Mapping[str, Any] | None = None
) -> ChoiceScore | Incomplete:
    """Provisional §4.5 rule: redelijk, een beetje or helemaal niet zeker = limited."""
    options = ("heel zeker", "behoorlijk zeker", *FORMULIEREN_BEPERKT)
    values = _values(answers, states)
    return _choice("formulieren", FORMULIEREN_ITEM, FORMULIEREN_BEPERKT, options, values)


def rapportcijfer_band(value: int) -> str:
    """CBS bands: 0–4 ontevreden, 5–6 niet tevreden, niet ontevreden, 7–8 tevreden, 9–10 zeer."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValueError(value)
    if value <= 4:
        return "ontevreden"
    if value <= 6:
        return "niet tevreden, niet ontevreden"
    return "tevreden" if value <= 8 else "zeer tevreden"


def score_rapportcijfer(
    answers: Mapping[str, Any], states: Mapping[str, Any] | None = None
) -> CijferScore | Incomplete:
    value = _values(answers, states).get(RAPPORTCIJFER_ITEM)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        return Incomplete("rapportcijfer", (RAPPORTCIJFER_ITEM,))
    return CijferScore(value, rapportcijfer_band(value))


def _norm_gender(gender: Gender | str | None) -> Gender:
    return Gender.MAN if gender == Gender.MAN else Gender.VROUW


def score_alcohol(value: object, gender: Gender | str | None = None) -> AlcoholScore | Incomplete:
    """Flags from {"dagen", "glazen"}: weekly = dagen × glazen; zwaar needs glasses per day."""
    item = (ALCOHOL_ITEM,)
    if not isinstance(value, Mapping):
        return Incomplete("alcohol", item)
    dagen, glazen = value.get("dagen"), value.get("glazen")
    if not _count(dagen, 7) or (glazen is not None and not _count(glazen, 99)):
        return Incomplete("alcohol", item)
    if dagen == 0:
        return AlcoholScore(0, glazen, 0, False, False, _norm_gender(gender))
    if glazen is None:
        return Incomplete("alcohol", item)
    norm = _norm_gender(gender)
    per_week = dagen * glazen
    zwaar = glazen >= ALCOHOL_ZWAAR_PER_DAG[norm]
    overmatig = per_week > ALCOHOL_OVERMATIG_PER_WEEK[norm]
    return AlcoholScore(dagen, glazen, per_week, zwaar, overmatig, norm)


def _count(value: object, hi: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= hi


def score_alcohol_answers(
    answers: Mapping[str, Any],
    states: Mapping[str, Any] | None = None,
    gender: Gender | str | None = None,
) -> AlcoholScore | Incomplete:
    values = _values(answers, states)
    if ALCOHOL_ITEM not in values:
        return Incomplete("alcohol", (ALCOHOL_ITEM,))
    return score_alcohol(values[ALCOHOL_ITEM], gender)


def lowest_rating(ratings: Iterable[object]) -> int | None:
    """The domain summary of `<topic>.zr`: the lowest rating given, never an average."""
    valid = [r for r in ratings if isinstance(r, int) and not isinstance(r, bool) and 1 <= r <= 5]
    return min(valid) if valid else None


def domain_zr_summary(
    topic_codes: Iterable[str], answers: Mapping[str, Any], states: Mapping[str, Any] | None = None
) -> int | None:
    """Lowest `<topic>.zr` over the topics of a domain; None when no topic was rated."""
    values = _values(answers, states)
    return lowest_rating(values.get(f"{code}.zr") for code in topic_codes)


def all_scores(
    answers: Mapping[str, Any],
    states: Mapping[str, Any] | None = None,
    gender: Gender | str | None = None,
) -> dict[str, Any]:
    """Every instrument's result by instrument id (a score or Incomplete)."""
    return {
        "djg6": score_djg6(answers, states),
        "mhi5": score_mhi5(answers, states),
        "rondkomen": score_rondkomen(answers, states),
        "rapportcijfer": score_rapportcijfer(answers, states),
        "formulieren": score_formulieren(answers, states),
        "alcohol": score_alcohol_answers(answers, states, gender),
    }
