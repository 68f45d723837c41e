"""Vervolggesprek: the repeated measures and the change view against the intake."""

from pohsd.intake.answers import AnswerSheet
from pohsd.intake.scoring import DJG6_ITEMS, MHI5_ITEMS
from pohsd.intake.vervolg import DJG6, MHI5, Change, compare, vervolg_measures

DJG_GREET = dict(zip(DJG6_ITEMS, ["ja", "nee", "nee", "ja", "nee", "ja"], strict=True))  # 6
DJG_BETTER = dict(zip(DJG6_ITEMS, ["ja", "ja", "ja", "nee", "ja", "nee"], strict=True))  # 1
MHI_44 = dict(zip(MHI5_ITEMS, ["soms", "vaak", "soms", "vaak", "soms"], strict=True))
MHI_64 = dict(zip(MHI5_ITEMS, ["zelden", "zelden", "vaak", "soms", "soms"], strict=True))


def sheet(q, answers):
    return AnswerSheet.from_json(q, answers)


def test_measures_without_instruments(q):
    baseline = sheet(q, {"meting.rapportcijfer": 3})
    assert vervolg_measures(q, baseline, ["meedoen.ontmoeting"]) == (
        "meting.rapportcijfer",
        "gezondheid.cijfer",
        "geld.cijfer",
        "wonen.cijfer",
        "meedoen.cijfer",
        "meedoen.ontmoeting.zr",
    )


def test_measures_repeat_the_instruments_done_at_baseline(q):
    baseline = sheet(q, {**DJG_GREET, **dict(list(MHI_44.items())[:4])})  # MHI-5 not complete
    measures = vervolg_measures(q, baseline)
    assert set(DJG6_ITEMS) <= set(measures)
    assert not set(MHI5_ITEMS) & set(measures)


def test_compare_greet(q):
    baseline = sheet(
        q,
        {"meting.rapportcijfer": 3, "meedoen.cijfer": 2, "meedoen.ontmoeting.zr": 2, **DJG_GREET},
    )
    previous = sheet(q, {"meting.rapportcijfer": 5, "meedoen.cijfer": 4})
    current = sheet(
        q,
        {"meting.rapportcijfer": 7, "meedoen.cijfer": 5, "meedoen.ontmoeting.zr": 3, **DJG_BETTER},
    )
    changes = {
        c.measure: c for c in compare(q, baseline, current, previous, ["meedoen.ontmoeting"])
    }
    rapport = changes["meting.rapportcijfer"]
    assert (rapport.baseline, rapport.previous, rapport.current) == (3, 5, 7)
    assert (rapport.difference, rapport.difference_previous) == (4, 2)
    assert (rapport.band_baseline, rapport.band_current) == ("ontevreden", "tevreden")
    assert changes["meedoen.cijfer"].difference == 3
    assert changes["geld.cijfer"] == Change("geld.cijfer", None, None, None)
    assert changes["geld.cijfer"].difference is None
    assert changes["meedoen.ontmoeting.zr"].difference == 1
    djg = changes[DJG6]
    assert (djg.baseline, djg.current, djg.difference) == (6, 1, -5)
    assert (djg.band_baseline, djg.band_current) == ("sterk eenzaam", "niet eenzaam")
    assert MHI5 not in changes


def test_compare_mhi_below_or_above_60(q):
    baseline = sheet(q, MHI_44)
    current = sheet(q, MHI_64)
    mhi = {c.measure: c for c in compare(q, baseline, current)}[MHI5]
    assert (mhi.baseline, mhi.current, mhi.difference) == (44, 64, 20)
    assert (mhi.band_baseline, mhi.band_current) == ("< 60", "≥ 60")
    unfinished = {c.measure: c for c in compare(q, baseline, sheet(q, {}))}[MHI5]
    assert (unfinished.current, unfinished.band_current) == (None, None)
