"""Answer values (exchange.md §1) and states (spec §0): validate_answer and the AnswerSheet."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pohsd.domain.errors import ValidationError
from pohsd.intake.answers import AnswerSheet, AnswerState, answered_values, validate_answer


def rule(q, qid, value):
    with pytest.raises(ValidationError) as info:
        validate_answer(q.question(qid), value)
    assert info.value.field == qid
    return info.value.rule


# --- per type ----------------------------------------------------------------------------


def test_jn(q):
    question = q.question("geld.voedsel.vandaag")
    assert validate_answer(question, "ja") == "ja"
    assert validate_answer(question, " Nee ") == "nee"
    assert validate_answer(question, True) == "ja"
    assert rule(q, "geld.voedsel.vandaag", "misschien") == "unknown_option"
    assert rule(q, "geld.voedsel.vandaag", 1) == "wrong_type"


def test_keuze_exact_labels(q):
    qid = "geld.rondkomen.moeite"
    assert validate_answer(q.question(qid), "Ja, grote moeite") == "Ja, grote moeite"
    assert rule(q, qid, "ja, grote moeite") == "unknown_option"
    assert rule(q, qid, "weet niet") == "unknown_option"  # a state, never a value
    assert rule(q, qid, ["Ja, grote moeite"]) == "wrong_type"


def test_keuze_iso_language_list(q):
    question = q.question("meedoen.taal.thuistaal")
    assert validate_answer(question, "ar") == "ar"
    assert question.option_list == "iso639-1"
    assert len(question.options) == 183
    assert rule(q, "meedoen.taal.thuistaal", "xx") == "unknown_option"


def test_keuze_meer(q):
    qid = "geld.schulden.soort"
    assert validate_answer(q.question(qid), ["energie", "huur"]) == ["energie", "huur"]
    assert rule(q, qid, []) == "required"
    assert rule(q, qid, ["energie", "energie"]) == "duplicate_option"
    assert rule(q, qid, ["gas"]) == "unknown_option"
    assert rule(q, qid, "energie") == "wrong_type"


@pytest.mark.parametrize(
    ("qid", "exclusive", "other"),
    [
        ("wonen.woning.problemen", "geen", "lekkage"),
        ("wonen.thuis.huishouden", "alleen", "partner"),
        ("geld.rondkomen.inkomen", "geen inkomen", "loon"),
        ("geld.regelingen.ontvangt", "weet ik niet", "zorgtoeslag"),
    ],
)
def test_keuze_meer_exclusive_options(q, qid, exclusive, other):
    assert validate_answer(q.question(qid), [exclusive]) == [exclusive]
    assert rule(q, qid, [exclusive, other]) == "exclusive_option"


def test_getal(q):
    qid = "gezondheid.lichamelijk.huisartsbezoek"
    question = q.question(qid)
    assert validate_answer(question, 0) == 0
    assert validate_answer(question, 99) == 99
    assert validate_answer(question, "7") == 7
    assert validate_answer(question, 7.0) == 7
    assert rule(q, qid, 100) == "out_of_range"
    assert rule(q, qid, -1) == "out_of_range"
    assert rule(q, qid, 2.5) == "not_an_integer"
    assert rule(q, qid, "zeven") == "not_a_number"
    assert rule(q, qid, True) == "not_a_number"
    assert rule(q, qid, float("nan")) == "not_a_number"
    assert rule(q, qid, "1e3") == "not_a_number"


def test_getal_euro_amount(q):
    qid = "geld.schulden.totaal"
    question = q.question(qid)
    assert validate_answer(question, 23000) == 23000
    assert validate_answer(question, "830,50") == 830.5
    assert validate_answer(question, Decimal("12.25")) == 12.25
    assert rule(q, qid, 1.005) == "too_many_decimals"


@pytest.mark.parametrize(("value", "ok"), [(0, True), (10, True), (11, False), (-1, False)])
def test_cijfer_range(q, value, ok):
    question = q.question("geld.cijfer")
    if ok:
        assert validate_answer(question, value) == value
    else:
        assert rule(q, "geld.cijfer", value) == "out_of_range"
    assert rule(q, "geld.cijfer", 6.5) == "not_an_integer"


@pytest.mark.parametrize(("value", "ok"), [(1, True), (5, True), (0, False), (6, False)])
def test_zr_range(q, value, ok):
    if ok:
        assert validate_answer(q.question("geld.schulden.zr"), value) == value
    else:
        assert rule(q, "geld.schulden.zr", value) == "out_of_range"


def test_tekst(q):
    qid = "opening.aanleiding"
    assert validate_answer(q.question(qid), "  Buikpijn\n door stress ") == "Buikpijn\n door stress"
    assert rule(q, qid, "a" * 10_001) == "too_long"
    assert rule(q, qid, "a\x00b") == "control_characters"
    assert rule(q, qid, "   ") == "required"
    assert rule(q, qid, 12) == "wrong_type"
    assert validate_answer(q.question(qid), "tab\tok") == "tab\tok"


def test_datum(q):
    qid = "wonen.huisuitzetting.datum"
    assert validate_answer(q.question(qid), "2026-11-16") == "2026-11-16"
    assert validate_answer(q.question(qid), date(2026, 11, 16)) == "2026-11-16"
    assert rule(q, qid, "16-11-2026") == "not_a_date"
    assert rule(q, qid, "2026-02-30") == "not_a_date"
    assert rule(q, qid, "1800-01-01") == "out_of_range"


def test_jn_tekst(q):
    qid = "gezondheid.psychisch.behandeling"
    value = {"antwoord": "ja", "toelichting": "POH-GGZ"}
    assert validate_answer(q.question(qid), value) == value
    assert validate_answer(q.question(qid), {"antwoord": "nee", "toelichting": ""}) == {
        "antwoord": "nee"
    }
    assert rule(q, qid, {"toelichting": "x"}) == "required"
    assert rule(q, qid, {"antwoord": "ja", "uitleg": "x"}) == "unknown_key"
    assert rule(q, qid, "ja") == "wrong_type"


def test_jn_getal(q):
    qid = "wonen.huisuitzetting.huurachterstand"
    question = q.question(qid)
    assert validate_answer(question, {"antwoord": "ja", "aantal": 2}) == {
        "antwoord": "ja",
        "aantal": 2,
    }
    assert validate_answer(question, {"antwoord": "ja"}) == {"antwoord": "ja"}
    assert rule(q, qid, {"antwoord": "nee", "aantal": 2}) == "inconsistent"
    assert rule(q, qid, {"antwoord": "ja", "aantal": 1.5}) == "not_an_integer"
    assert rule(q, qid, {"antwoord": "ja", "aantal": 500}) == "out_of_range"


def test_keuze_tekst(q):
    qid = "wonen.thuis.relaties"
    value = {"antwoord": "slecht", "toelichting": "ruzie met zoon"}
    assert validate_answer(q.question(qid), value) == value
    assert rule(q, qid, {"antwoord": "matig"}) == "unknown_option"


def test_alcohol(q):
    qid = "gezondheid.middelen.alcohol"
    question = q.question(qid)
    assert validate_answer(question, {"dagen": 5, "glazen": 6}) == {"dagen": 5, "glazen": 6}
    assert validate_answer(question, {"dagen": 0}) == {"dagen": 0}
    assert rule(q, qid, {"dagen": 8, "glazen": 1}) == "out_of_range"
    assert rule(q, qid, {}) == "required"
    assert rule(q, qid, {"dagen": 1, "liters": 2}) == "unknown_key"


def test_rangorde(q):
    qid = "prioriteit.belangrijkste"
    question = q.question(qid)
    assert validate_answer(question, ["meedoen", "geld.schulden"]) == ["meedoen", "geld.schulden"]
    assert rule(q, qid, ["meedoen", "geld", "wonen", "gezondheid"]) == "too_many"
    assert rule(q, qid, ["geld.bestaat_niet"]) == "unknown_option"
    assert rule(q, qid, ["geld", "geld"]) == "duplicate_option"
    assert rule(q, qid, []) == "required"


def test_cards_take_no_value(q):
    assert rule(q, "opening.uitleg", "ja") == "not_answerable"
    assert rule(q, "netwerk.vraag", "Marja") == "not_answerable"


def test_none_is_not_a_value(q):
    assert rule(q, "opening.aanleiding", None) == "required"


# --- the sheet ---------------------------------------------------------------------------


def test_states(q):
    sheet = AnswerSheet(q)
    qid = "wonen.veiligheid.geweld"
    assert sheet.state(qid) is AnswerState.NIET_GEVRAAGD
    sheet.set(qid, "nee")
    assert sheet.state(qid) is AnswerState.BEANTWOORD
    sheet.set_state(qid, "wil niet zeggen")
    assert sheet.state(qid) is AnswerState.WIL_NIET_ZEGGEN
    assert sheet.value(qid) is None  # never a value
    assert sheet.to_json() == ({}, {qid: "wil niet zeggen"})
    sheet.set(qid, "vroeger")
    assert sheet.to_json() == ({qid: "vroeger"}, {})
    sheet.clear(qid)
    assert sheet.state(qid) is AnswerState.NIET_GEVRAAGD
    assert not sheet.touched(qid)
    with pytest.raises(ValidationError) as info:
        sheet.set_state(qid, AnswerState.BEANTWOORD)
    assert info.value.rule == "state_conflict"
    with pytest.raises(ValidationError) as info:
        sheet.set_state(qid, "misschien")
    assert info.value.rule == "unknown_state"


def test_sheet_refuses_unknown_questions_and_hides_values(q):
    sheet = AnswerSheet(q)
    with pytest.raises(ValidationError) as info:
        sheet.set("geld.schulden.soortje", ["huur"])
    assert (info.value.field, info.value.rule) == ("geld.schulden.soortje", "unknown_question")
    sheet.set("opening.aanleiding", "Zwanhilde heeft schulden")
    assert "Zwanhilde" not in repr(sheet)


def test_from_json_round_trip(q):
    answers = {
        "opening.aanleiding": "Komt vaak met buikpijn.",
        "geld.rondkomen.moeite": "Ja, grote moeite",
        "geld.schulden.soort": ["energie", "huur"],
        "gezondheid.middelen.alcohol": {"dagen": 5, "glazen": 6},
        "meedoen.ontmoeting.djg6_1": "ja",
        "meting.rapportcijfer": 4,
        "geld.cijfer": 2,
        "geld.schulden.zr": 2,
        "geld.schulden.notitie": "Post blijft ongeopend liggen.",
    }
    states = {"wonen.veiligheid.geweld": "wil niet zeggen"}
    sheet = AnswerSheet.from_json(q, answers, states)
    assert sheet.to_json() == (answers, states)


@pytest.mark.parametrize(
    ("answers", "states", "field", "rule_"),
    [
        ({"geld.x": "ja"}, {}, "geld.x", "unknown_question"),
        ({"geld.voedsel.vandaag": "ja"}, {"geld.voedsel.vandaag": "weet niet"},
         "geld.voedsel.vandaag", "state_conflict"),
        ({}, {"geld.voedsel.vandaag": "beantwoord"}, "geld.voedsel.vandaag", "state_conflict"),
        ({}, {"geld.voedsel.vandaag": "soms"}, "geld.voedsel.vandaag", "unknown_state"),
        ({"geld.voedsel.vandaag": "soms"}, {}, "geld.voedsel.vandaag", "unknown_option"),
    ],
)  # fmt: skip
def test_from_json_errors_name_the_question(q, answers, states, field, rule_):
    with pytest.raises(ValidationError) as info:
        AnswerSheet.from_json(q, answers, states)
    assert (info.value.field, info.value.rule) == (field, rule_)


def test_answered_values_drops_valueless_states():
    answers = {"a.b.c": "ja", "a.b.d": "nee", "a.b.e": None}
    states = {"a.b.d": "weet niet", "a.b.c": "beantwoord", "x": ["odd"]}
    assert answered_values(answers, states) == {"a.b.c": "ja"}


# --- never an unexpected exception ------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(["ja", "nee", "soms", "geen", "1,5", "2026-02-29", "energie", "geld"]),
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(
            st.sampled_from(["antwoord", "toelichting", "aantal", "dagen", "glazen", "x"]),
            children,
            max_size=3,
        )
    ),
    max_leaves=8,
)


@settings(
    max_examples=300, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data(), json_values)
def test_validate_answer_never_crashes(q, data, value):
    question = data.draw(st.sampled_from(q.questions))
    error: ValidationError | None = None
    try:
        result = validate_answer(question, value)
    except ValidationError as exc:
        error = exc
    if error is not None:
        assert (error.field, bool(error.rule)) == (question.id, True)
    else:
        assert validate_answer(question, result) == result  # normalised values are stable
