"""Scoring tables of spec/intake.md §2.1 and §4, with every band edge."""

import pytest

from pohsd.domain.enums import Gender
from pohsd.intake import scoring
from pohsd.intake.scoring import (
    DJG6_ITEMS,
    MHI5_ITEMS,
    AlcoholScore,
    ChoiceScore,
    DjgScore,
    Incomplete,
    Mhi5Score,
)

# --- De Jong Gierveld-6 -------------------------------------------------------------------


def _djg(*answers):
    return dict(zip(DJG6_ITEMS, answers, strict=True))


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "niet eenzaam"),
        (1, "niet eenzaam"),
        (2, "enigszins eenzaam"),
        (3, "enigszins eenzaam"),
        (4, "enigszins eenzaam"),
        (5, "sterk eenzaam"),
        (6, "sterk eenzaam"),
    ],
)
def test_djg_band_edges(total, band):
    assert scoring.djg_band(total) == band


@pytest.mark.parametrize("total", [-1, 7])
def test_djg_band_rejects_impossible_totals(total):
    with pytest.raises(ValueError):
        scoring.djg_band(total)


def test_djg_no_loneliness():
    # emotional items (1, 4, 6) score on ja / min of meer; social items (2, 3, 5) on nee / mom
    result = scoring.score_djg6(_djg("nee", "ja", "ja", "nee", "ja", "nee"))
    assert result == DjgScore(0, 0, 0, "niet eenzaam")


def test_djg_max_loneliness_greet():
    result = scoring.score_djg6(_djg("ja", "nee", "nee", "ja", "nee", "ja"))
    assert result == DjgScore(6, 3, 3, "sterk eenzaam")
    assert result.aandacht


def test_djg_min_of_meer_counts_on_both_subscales():
    result = scoring.score_djg6(_djg(*["min of meer"] * 6))
    assert (result.total, result.emotioneel, result.sociaal) == (6, 3, 3)


def test_djg_emotional_and_social_are_separate():
    emotional_only = scoring.score_djg6(_djg("ja", "ja", "ja", "ja", "ja", "ja"))
    assert (emotional_only.emotioneel, emotional_only.sociaal) == (3, 0)
    social_only = scoring.score_djg6(_djg("nee", "nee", "nee", "nee", "nee", "nee"))
    assert (social_only.emotioneel, social_only.sociaal) == (0, 3)


@pytest.mark.parametrize(("total", "aandacht"), [(4, False), (5, True)])
def test_djg_aandacht_from_total_five(total, aandacht):
    answers = ["ja", "nee", "nee", "ja", "nee", "ja"]  # 6 points
    for i in range(6 - total):  # flip items to the no-point answer
        answers[i] = "nee" if i in (0, 3, 5) else "ja"
    result = scoring.score_djg6(_djg(*answers))
    assert result.total == total
    assert result.aandacht is aandacht


def test_djg_incomplete_names_missing_items():
    answers = _djg("ja", "nee", "nee", "ja", "nee", "ja")
    del answers[DJG6_ITEMS[2]]
    result = scoring.score_djg6(answers, {DJG6_ITEMS[4]: "wil niet zeggen"})
    assert isinstance(result, Incomplete)
    assert result.missing == (DJG6_ITEMS[2], DJG6_ITEMS[4])
    assert result.complete is False


# --- MHI-5 -----------------------------------------------------------------------------------


def test_mhi5_item_points_positive_and_negative():
    negative, positive = MHI5_ITEMS[0], MHI5_ITEMS[2]
    expected = dict(zip(scoring.MHI5_ANSWERS, range(6), strict=True))
    for answer, points in expected.items():
        assert scoring.mhi5_item_points(negative, answer) == points
        assert scoring.mhi5_item_points(positive, answer) == 5 - points


def test_mhi5_negative_items_are_1_2_4_not_the_cbs_typo():
    assert (MHI5_ITEMS[0], MHI5_ITEMS[1], MHI5_ITEMS[3]) == scoring.MHI5_NEGATIVE


def _mhi(*answers):
    return dict(zip(MHI5_ITEMS, answers, strict=True))


def test_mhi5_extremes():
    best = scoring.score_mhi5(_mhi("nooit", "nooit", "voortdurend", "nooit", "voortdurend"))
    worst = scoring.score_mhi5(_mhi("voortdurend", "voortdurend", "nooit", "voortdurend", "nooit"))
    assert best == Mhi5Score(25, 100)
    assert worst == Mhi5Score(0, 0)
    assert worst.band == "psychisch ongezond"
    assert best.band is None


@pytest.mark.parametrize(
    ("answers", "score", "ongezond"),
    [
        # negative items: soms = 3 points; positive items: soms = 2 points
        (("soms", "soms", "soms", "soms", "soms"), 52, True),
        (("soms", "soms", "vaak", "soms", "soms"), 56, True),  # raw 14
        # raw 15 → 60: not below the cut-off (the app uses < 60, the GGD monitor <= 60)
        (("soms", "soms", "meestal", "soms", "soms"), 60, False),
        (("zelden", "zelden", "soms", "soms", "soms"), 60, False),
        (("vaak", "soms", "soms", "soms", "soms"), 48, True),
    ],
)
def test_mhi5_cutoff_edge(answers, score, ongezond):
    result = scoring.score_mhi5(_mhi(*answers))
    assert result.score == score
    assert result.ongezond is ongezond


def test_mhi5_incomplete_and_weet_niet():
    answers = _mhi("soms", "soms", "soms", "soms", "soms")
    result = scoring.score_mhi5(answers, {MHI5_ITEMS[1]: "weet niet"})
    assert result == Incomplete("mhi5", (MHI5_ITEMS[1],))
    assert scoring.score_mhi5({}).missing == MHI5_ITEMS


# --- Moeite met rondkomen, forms, rapportcijfer -------------------------------------------


@pytest.mark.parametrize(
    ("answer", "flagged"),
    [
        ("Nee, geen enkele moeite", False),
        ("Nee, geen moeite", False),
        ("Ja, enige moeite", True),
        ("Ja, grote moeite", True),
    ],
)
def test_rondkomen(answer, flagged):
    result = scoring.score_rondkomen({"geld.rondkomen.moeite": answer})
    assert result == ChoiceScore("rondkomen", answer, flagged)


def test_rondkomen_missing():
    assert scoring.score_rondkomen({}) == Incomplete("rondkomen", ("geld.rondkomen.moeite",))


@pytest.mark.parametrize(
    ("answer", "beperkt"),
    [
        ("heel zeker", False),
        ("behoorlijk zeker", False),
        ("redelijk zeker", True),
        ("een beetje zeker", True),
        ("helemaal niet zeker", True),
    ],
)
def test_formulieren_zeker(answer, beperkt):
    result = scoring.score_formulieren({"meedoen.taal.formulieren_zeker": answer})
    assert result.flagged is beperkt


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (0, "ontevreden"),
        (4, "ontevreden"),
        (5, "niet tevreden, niet ontevreden"),
        (6, "niet tevreden, niet ontevreden"),
        (7, "tevreden"),
        (8, "tevreden"),
        (9, "zeer tevreden"),
        (10, "zeer tevreden"),
    ],
)
def test_rapportcijfer_band_edges(value, band):
    assert scoring.rapportcijfer_band(value) == band
    assert scoring.score_rapportcijfer({"meting.rapportcijfer": value}).band == band


@pytest.mark.parametrize("value", [-1, 11, True, 5.5])
def test_rapportcijfer_band_rejects(value):
    with pytest.raises(ValueError):
        scoring.rapportcijfer_band(value)


def test_rapportcijfer_weet_niet_is_incomplete():
    result = scoring.score_rapportcijfer({}, {"meting.rapportcijfer": "weet niet"})
    assert isinstance(result, Incomplete)


# --- Alcohol -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gender", "dagen", "glazen", "zwaar", "overmatig"),
    [
        # men: zwaar from 6 glasses on a day, overmatig above 21 a week
        (Gender.MAN, 1, 5, False, False),
        (Gender.MAN, 1, 6, True, False),
        (Gender.MAN, 7, 3, False, False),  # 21 a week: not more than 21
        (Gender.MAN, 2, 11, True, True),  # 22 a week
        (Gender.MAN, 5, 6, True, True),  # Ron: 30 a week
        # women: zwaar from 4 glasses, overmatig above 14 a week
        (Gender.VROUW, 1, 3, False, False),
        (Gender.VROUW, 1, 4, True, False),
        (Gender.VROUW, 7, 2, False, False),  # 14 a week
        (Gender.VROUW, 5, 3, False, True),  # 15 a week
    ],
)
def test_alcohol_flags(gender, dagen, glazen, zwaar, overmatig):
    result = scoring.score_alcohol({"dagen": dagen, "glazen": glazen}, gender)
    assert isinstance(result, AlcoholScore)
    assert result.per_week == dagen * glazen
    assert (result.zwaar, result.overmatig) == (zwaar, overmatig)
    assert result.aandacht is (zwaar or overmatig)


@pytest.mark.parametrize("gender", [None, Gender.ANDERS, Gender.ONBEKEND, "onbekend"])
def test_alcohol_unknown_gender_uses_the_lower_limits(gender):
    result = scoring.score_alcohol({"dagen": 1, "glazen": 4}, gender)
    assert result.zwaar is True
    assert result.norm_gender is Gender.VROUW


def test_alcohol_not_drinking_and_missing_glasses():
    assert scoring.score_alcohol({"dagen": 0}).per_week == 0
    assert scoring.score_alcohol({"dagen": 0}).aandacht is False
    assert isinstance(scoring.score_alcohol({"dagen": 3}), Incomplete)  # zwaar needs glazen
    assert isinstance(scoring.score_alcohol({"glazen": 8}), Incomplete)
    assert isinstance(scoring.score_alcohol("veel"), Incomplete)
    assert isinstance(scoring.score_alcohol_answers({}), Incomplete)


# --- zr summary ----------------------------------------------------------------------------


def test_domain_zr_summary_is_the_lowest_never_an_average():
    answers = {"geld.schulden.zr": 2, "geld.administratie.zr": 2, "geld.rondkomen.zr": 5}
    topics = ["geld.rondkomen", "geld.schulden", "geld.administratie", "geld.voedsel"]
    assert scoring.domain_zr_summary(topics, answers) == 2
    assert scoring.lowest_rating([4, 5, 3]) == 3
    assert scoring.lowest_rating([None, True, 0, 6]) is None
    assert scoring.domain_zr_summary(topics, {}) is None


def test_all_scores_ron():
    answers = {
        "gezondheid.middelen.alcohol": {"dagen": 5, "glazen": 6},
        "geld.rondkomen.moeite": "Ja, grote moeite",
        "meting.rapportcijfer": 4,
    }
    scores = scoring.all_scores(answers, gender="man")
    assert scores["alcohol"].zwaar
    assert scores["alcohol"].overmatig
    assert scores["rondkomen"].flagged
    assert scores["rapportcijfer"].band == "ontevreden"
    assert isinstance(scores["djg6"], Incomplete)
