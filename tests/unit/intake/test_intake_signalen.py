"""Signal rules (§5) and "A" rules (§2, §4): raised, not raised, never by weet niet."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pohsd.domain.questionnaire import Urgency
from pohsd.intake.scoring import DJG6_ITEMS, MHI5_ITEMS
from pohsd.intake.signalen import (
    FACT_ACUUT_GEVAAR,
    FACT_GEEN_SLAAPPLEK,
    Aandacht,
    aandacht_topics,
    compute_aandacht,
    compute_prompts,
    compute_signals,
    evaluate,
    hulpvraag,
)

VALUELESS = ("weet niet", "wil niet zeggen")

# (signal, question, raising answer, base urgency)
RAISING = [
    ("suicide", "gezondheid.psychisch.suicidegedachten", "ja, soms", Urgency.DIRECT),
    ("suicide", "gezondheid.psychisch.suicidegedachten", "ja, vaak of nu", Urgency.DIRECT),
    ("crisis", "gezondheid.psychisch.observatie_crisis", "ja", Urgency.DIRECT),
    ("onveilig", "wonen.veiligheid.geweld", "ja, nu", Urgency.VANDAAG),
    ("onveilig", "wonen.veiligheid.geld_afgenomen", "ja", Urgency.VANDAAG),
    ("onveilig", "wonen.thuis.kindcheck", "kinderen, zorgen", Urgency.VANDAAG),
    ("huisuitzetting", "wonen.huisuitzetting.dreiging", "rechtszaak", Urgency.VANDAAG),
    (
        "huisuitzetting",
        "wonen.huisuitzetting.dreiging",
        "vonnis of ontruimingsdatum",
        Urgency.VANDAAG,
    ),
    ("huisuitzetting", "wonen.woningzoeken.situatie", "geen vaste plek", Urgency.VANDAAG),
    ("afsluiting", "geld.schulden.afsluiting", "ja, een brief", Urgency.BINNEN_3_WERKDAGEN),
    ("afsluiting", "geld.schulden.afsluiting", "al afgesloten", Urgency.VANDAAG),
    ("geen_inkomen", "geld.rondkomen.inkomen", ["geen inkomen"], Urgency.BINNEN_3_WERKDAGEN),
    ("geen_eten", "geld.voedsel.vandaag", "nee", Urgency.VANDAAG),
    ("verwaarlozing", "gezondheid.zelfzorg.observatie_verwaarlozing", "ja", Urgency.VANDAAG),
]

# (question, answer that raises nothing)
NOT_RAISING = [
    ("gezondheid.psychisch.suicidegedachten", "nee"),
    ("gezondheid.psychisch.suicidegedachten", "vroeger wel, nu niet"),
    ("gezondheid.psychisch.observatie_crisis", "nee"),
    ("wonen.veiligheid.geweld", "nee"),
    ("wonen.veiligheid.geweld", "vroeger"),
    ("wonen.veiligheid.geld_afgenomen", "nee"),
    ("wonen.thuis.kindcheck", "kinderen, twijfel"),
    ("wonen.thuis.kindcheck", "geen kinderen"),
    ("wonen.huisuitzetting.dreiging", "aanmaning"),
    ("wonen.huisuitzetting.dreiging", "nee"),
    ("wonen.woningzoeken.situatie", "opvang"),
    ("geld.schulden.afsluiting", "nee"),
    ("geld.rondkomen.inkomen", ["uitkering van de gemeente"]),
    ("geld.voedsel.vandaag", "ja"),
    ("gezondheid.zelfzorg.observatie_verwaarlozing", "nee"),
]


@pytest.mark.parametrize(("signal", "qid", "value", "urgency"), RAISING)
def test_signal_raised(q, signal, qid, value, urgency):
    (active,) = compute_signals(q, {qid: value})
    assert active.id == signal
    assert active.triggers == (qid,)
    assert active.urgency is urgency
    assert active.advice == q.signal(signal).advice


@pytest.mark.parametrize(("signal", "qid", "value", "urgency"), RAISING)
@pytest.mark.parametrize("state", VALUELESS)
def test_signal_not_raised_for_weet_niet_or_wil_niet_zeggen(q, signal, qid, value, urgency, state):
    assert compute_signals(q, {qid: value}, {qid: state}) == ()
    assert compute_signals(q, {}, {qid: state}) == ()


@pytest.mark.parametrize(("qid", "value"), NOT_RAISING)
def test_signal_not_raised(q, qid, value):
    assert compute_signals(q, {qid: value}) == ()


def test_every_signal_of_the_spec_is_covered(q):
    assert {s.id for s in q.signals} == {r[0] for r in RAISING}
    triggers = {(t.question, v) for s in q.signals for t in s.triggers for v in t.when.values_in}
    covered = {(qid, v if isinstance(v, str) else v[0]) for _, qid, v, _ in RAISING}
    assert triggers == covered


def test_suicide_dialog_and_actions(q):
    (active,) = compute_signals(q, {"gezondheid.psychisch.suicidegedachten": "ja, soms"})
    assert active.dialog_question == (
        "Heeft u er al over nagedacht hoe u het zou doen, of iets voorbereid?"
    )
    assert "huisarts nu gesproken (naam, tijd)" in active.actions
    assert "0800-0113" in active.advice


def test_onveilig_meldcode_steps_and_acute_danger(q):
    answers = {"wonen.veiligheid.geweld": "ja, nu"}
    (active,) = compute_signals(q, answers)
    assert [s.step for s in active.steps] == [1, 2, 3, 4, 5]
    assert active.steps[0].label == "Signalen in kaart brengen"
    assert active.urgency is Urgency.VANDAAG
    (acute,) = compute_signals(q, answers, facts=[FACT_ACUUT_GEVAAR])
    assert acute.urgency is Urgency.DIRECT
    assert acute.escalated_by == ("fact:acuut_gevaar",)


@pytest.mark.parametrize(
    ("eviction", "urgency"),
    [
        (date(2026, 11, 16), Urgency.DIRECT),  # 14 days: within
        (date(2026, 11, 17), Urgency.VANDAAG),  # 15 days
        (date(2026, 11, 2), Urgency.DIRECT),  # today
        (date(2026, 10, 1), Urgency.DIRECT),  # already past
    ],
)
def test_huisuitzetting_direct_within_14_days(q, eviction, urgency):
    answers = {
        "wonen.huisuitzetting.dreiging": "vonnis of ontruimingsdatum",
        "wonen.huisuitzetting.datum": eviction.isoformat(),
    }
    (active,) = compute_signals(q, answers, today=date(2026, 11, 2))
    assert active.urgency is urgency


def test_huisuitzetting_date_needs_today_and_a_given_answer(q):
    answers = {
        "wonen.huisuitzetting.dreiging": "rechtszaak",
        "wonen.huisuitzetting.datum": "2026-11-03",
    }
    assert compute_signals(q, answers)[0].urgency is Urgency.VANDAAG  # no today: no escalation
    states = {"wonen.huisuitzetting.datum": "weet niet"}
    today = date(2026, 11, 2)
    assert compute_signals(q, answers, states, today=today)[0].urgency is Urgency.VANDAAG
    slaapplek = compute_signals(q, answers, facts=[FACT_GEEN_SLAAPPLEK])
    assert slaapplek[0].urgency is Urgency.DIRECT


def test_geen_inkomen_is_vandaag_when_geen_eten_is_open(q):
    alone = compute_signals(q, {"geld.rondkomen.inkomen": ["geen inkomen"]})
    assert alone[0].urgency is Urgency.BINNEN_3_WERKDAGEN
    both = compute_signals(
        q, {"geld.rondkomen.inkomen": ["geen inkomen"], "geld.voedsel.vandaag": "nee"}
    )
    by_id = {s.id: s for s in both}
    assert by_id["geen_inkomen"].urgency is Urgency.VANDAAG
    assert by_id["geen_inkomen"].escalated_by == ("signal:geen_eten",)


def test_verwaarlozing_is_regional(q):
    answers = {"gezondheid.zelfzorg.observatie_verwaarlozing": "ja"}
    assert compute_signals(q, answers)[0].regional is True


def test_odd_values_never_raise(q):
    odd = {
        "gezondheid.psychisch.suicidegedachten": ["ja, soms"],
        "geld.rondkomen.inkomen": "geen inkomen",  # keuze+ must be a list: still counted
        "geld.voedsel.vandaag": {"antwoord": "nee"},
        "onbekend.vraag": "ja",
    }
    assert {s.id for s in compute_signals(q, odd)} == {"geen_inkomen"}


# --- Aandacht -----------------------------------------------------------------------------

# (question, answers that raise A, answers that do not) — from the Signal columns of §2
A_RULES = [
    ("gezondheid.lichamelijk.ervaren", ["slecht", "zeer slecht"], ["gaat wel", "goed"]),
    ("gezondheid.lichamelijk.belemmering", [{"antwoord": "ja"}], [{"antwoord": "nee"}]),
    ("gezondheid.lichamelijk.huisartsbezoek", [6, 7, 99], [0, 5]),
    ("gezondheid.psychisch.levensmoe", ["soms", "vaak"], ["nee"]),
    ("gezondheid.middelen.alcohol", [{"dagen": 5, "glazen": 6}], [{"dagen": 1, "glazen": 2}]),
    ("gezondheid.middelen.zorgen", ["ja"], ["nee"]),
    ("gezondheid.zelfzorg.verzorging", ["lukt niet"], ["met hulp", "zelf"]),
    ("gezondheid.zelfzorg.huishouden", ["lukt niet"], ["met moeite"]),
    ("gezondheid.geheugen.klachten", ["ja, duidelijk"], ["een beetje", "nee"]),
    ("gezondheid.geheugen.gevolgen", ["ja"], ["nee"]),
    ("gezondheid.mantelzorg.zwaarte", [8, 10], [7, 0]),
    ("gezondheid.mantelzorg.vervanging", ["nee"], ["ja"]),
    ("geld.rondkomen.moeite", ["Ja, enige moeite", "Ja, grote moeite"], ["Nee, geen moeite"]),
    ("geld.rondkomen.vaste_lasten", ["nee"], ["meestal", "ja"]),
    ("geld.schulden.achterstanden", ["ja"], ["nee"]),
    ("geld.schulden.deurwaarder", ["deurwaarder", "beslag"], ["incassobureau", "nee"]),
    ("geld.administratie.post", ["nee, het stapelt zich op"], ["soms laat ik het liggen"]),
    ("geld.administratie.overzicht", ["nee"], ["een beetje"]),
    ("geld.regelingen.niet_aangevraagd", ["ja", "weet ik niet"], ["nee"]),
    ("geld.voedsel.tekort", ["soms", "vaak"], ["nee"]),
    ("geld.juridisch.conflict", [{"antwoord": "ja", "toelichting": "ex"}], [{"antwoord": "nee"}]),
    ("wonen.woningzoeken.situatie", ["opvang", "bij familie of vrienden"], ["huurwoning"]),
    (
        "wonen.huisuitzetting.huurachterstand",
        [{"antwoord": "ja", "aantal": 1}],
        [{"antwoord": "nee"}],
    ),
    ("wonen.woning.problemen", [["lekkage"], ["vocht of schimmel", "te klein"]], [["geen"]]),
    ("wonen.woning.warm", ["nee"], ["ja"]),
    ("wonen.aanpassing.bewegen", ["nee"], ["met moeite"]),
    ("wonen.aanpassing.gevallen", [{"antwoord": "ja", "aantal": 2}], [{"antwoord": "nee"}]),
    ("wonen.thuis.relaties", [{"antwoord": "slecht"}], [{"antwoord": "wisselend"}]),
    ("wonen.thuis.opvoeding", ["ja"], ["nee"]),
    ("wonen.thuis.kindcheck", ["kinderen, twijfel"], ["kinderen, geen zorgen", "kinderen, zorgen"]),
    ("wonen.veiligheid.thuis", ["niet altijd", "nee"], ["ja"]),
    ("wonen.buurt.overlast", ["vaak"], ["soms"]),
    ("meedoen.ontmoeting.contact", ["(bijna) nooit"], ["minder dan eens per maand"]),
    ("meedoen.dagbesteding.tevreden", ["nee"], ["een beetje"]),
    ("meedoen.taal.lezen_schrijven", ["ja"], ["een beetje"]),
    (
        "meedoen.taal.formulieren_zeker",
        ["redelijk zeker", "een beetje zeker", "helemaal niet zeker"],
        ["behoorlijk zeker", "heel zeker"],
    ),
    ("meedoen.digitaal.digid", ["nee"], ["ja, met hulp"]),
    ("meedoen.zingeving.verlies", [{"antwoord": "ja"}], [{"antwoord": "nee"}]),
]


def test_a_rules_table_covers_the_data(q):
    with_rule = {qq.id for qq in q.questions if qq.aandacht is not None}
    assert with_rule == {qid for qid, _, _ in A_RULES}


@pytest.mark.parametrize(("qid", "raising", "calm"), A_RULES)
def test_aandacht_rule(q, qid, raising, calm):
    topic = q.question(qid).topic
    for value in raising:
        assert compute_aandacht(q, {qid: value}, gender="man") == (Aandacht(topic, qid),)
        for state in VALUELESS:
            assert compute_aandacht(q, {qid: value}, {qid: state}, gender="man") == ()
    for value in calm:
        assert compute_aandacht(q, {qid: value}, gender="man") == ()


def _djg_points(points):
    """DJG answers giving `points` (emotional items first)."""
    answers = {}
    for n, item in enumerate(DJG6_ITEMS, start=1):
        emotional = n in (1, 4, 6)
        scored = len([a for a in answers.values() if a == "min of meer"]) < points
        answers[item] = "min of meer" if scored else ("nee" if emotional else "ja")
    return answers


@pytest.mark.parametrize(("points", "raised"), [(4, False), (5, True), (6, True)])
def test_djg_total_5_6_marks_ontmoeting(q, points, raised):
    topics = aandacht_topics(q, _djg_points(points))
    assert ("meedoen.ontmoeting" in topics) is raised


@pytest.mark.parametrize(
    ("answers", "raised"),
    [
        (("soms", "soms", "vaak", "soms", "soms"), True),  # 56
        (("soms", "soms", "meestal", "soms", "soms"), False),  # 60
    ],
)
def test_mhi5_below_60_marks_psychisch(q, answers, raised):
    values = dict(zip(MHI5_ITEMS, answers, strict=True))
    assert ("gezondheid.psychisch" in aandacht_topics(q, values)) is raised
    values_weet_niet = {MHI5_ITEMS[0]: "weet niet"}
    assert "gezondheid.psychisch" not in aandacht_topics(q, values, values_weet_niet)


def test_passive_death_wish_is_aandacht_not_a_signal_greet(q):
    answers = {
        "gezondheid.psychisch.levensmoe": "vaak",
        "gezondheid.psychisch.suicidegedachten": "nee",
        "gezondheid.lichamelijk.huisartsbezoek": 7,
    }
    result = evaluate(q, answers)
    assert result.signals == ()
    assert {"gezondheid.psychisch", "gezondheid.lichamelijk"} <= result.aandacht_topics


# --- prompts ------------------------------------------------------------------------------

SUICIDE = "gezondheid.psychisch.suicidegedachten"
KINDCHECK = "wonen.thuis.kindcheck"


@pytest.mark.parametrize(
    ("answers", "question", "reason"),
    [
        ({"gezondheid.psychisch.levensmoe": "soms"}, SUICIDE, "gezondheid.psychisch.levensmoe"),
        ({"gezondheid.psychisch.levensmoe": "vaak"}, SUICIDE, "gezondheid.psychisch.levensmoe"),
        ({"geld.schulden.soort": ["energie"]}, "geld.schulden.afsluiting", "geld.schulden.soort"),
        ({"geld.schulden.soort": ["huur", "water"]}, "geld.schulden.afsluiting",
         "geld.schulden.soort"),
        ({MHI5_ITEMS[1]: "meestal"}, SUICIDE, MHI5_ITEMS[1]),
        ({MHI5_ITEMS[1]: "voortdurend"}, SUICIDE, MHI5_ITEMS[1]),
        (dict(zip(MHI5_ITEMS, ["soms"] * 5, strict=True)), SUICIDE, "mhi5"),
        ({"gezondheid.middelen.zorgen": "ja"}, KINDCHECK, "gezondheid.middelen.zorgen"),
        ({"gezondheid.psychisch.observatie_crisis": "ja"}, KINDCHECK, "crisis"),
        ({"wonen.veiligheid.thuis": "nee"}, KINDCHECK, "wonen.veiligheid.thuis"),
        ({"wonen.veiligheid.geweld": "ja, nu"}, KINDCHECK, "onveilig"),
        ({"wonen.huisuitzetting.dreiging": "rechtszaak"}, KINDCHECK, "huisuitzetting"),
        ({"wonen.thuis.huishouden": ["partner", "kinderen onder 18"]}, KINDCHECK,
         "wonen.thuis.huishouden"),
        ({"wonen.huisuitzetting.dreiging": "vonnis of ontruimingsdatum"},
         "wonen.huisuitzetting.datum", "wonen.huisuitzetting.dreiging"),
    ],
)  # fmt: skip
def test_prompt_raised(q, answers, question, reason):
    prompts = {p.question: p.reason for p in compute_prompts(q, answers)}
    assert prompts.get(question) == reason


@pytest.mark.parametrize(
    "answers",
    [
        {"gezondheid.psychisch.levensmoe": "nee"},
        {"geld.schulden.soort": ["huur", "lening"]},
        {MHI5_ITEMS[1]: "vaak"},
        {"wonen.thuis.huishouden": ["kinderen van 18 of ouder"]},
        {"wonen.veiligheid.geweld": "vroeger"},
    ],
)
def test_prompt_not_raised(q, answers):
    prompted = {p.question for p in compute_prompts(q, answers)}
    assert not prompted & {SUICIDE, KINDCHECK, "geld.schulden.afsluiting"}


@pytest.mark.parametrize("state", VALUELESS)
def test_prompt_not_raised_by_a_valueless_trigger(q, state):
    answers = {"gezondheid.psychisch.levensmoe": "vaak"}
    states = {"gezondheid.psychisch.levensmoe": state}
    assert compute_prompts(q, answers, states) == ()


def test_prompt_disappears_once_asked_but_stays_triggered(q):
    answers = {"gezondheid.psychisch.levensmoe": "vaak", SUICIDE: "nee"}
    result = evaluate(q, answers)
    assert SUICIDE not in {p.question for p in result.prompts}
    assert SUICIDE in result.triggered
    declined = evaluate(q, {"gezondheid.psychisch.levensmoe": "vaak"}, {SUICIDE: "wil niet zeggen"})
    assert SUICIDE not in {p.question for p in declined.prompts}


def test_ron(q):
    answers = {
        "gezondheid.middelen.alcohol": {"dagen": 5, "glazen": 6},
        **dict(zip(MHI5_ITEMS, ["soms", "vaak", "soms", "vaak", "soms"], strict=True)),
        SUICIDE: "nee",
        "geld.rondkomen.inkomen": ["uitkering van de gemeente"],
        "geld.rondkomen.moeite": "Ja, grote moeite",
        "geld.schulden.deurwaarder": "deurwaarder",
        "geld.schulden.afsluiting": "ja, een brief",
        "geld.administratie.post": "nee, het stapelt zich op",
        KINDCHECK: "geen kinderen",
    }
    result = evaluate(q, answers, gender="man")
    assert result.scores["mhi5"].score == 44
    assert [s.id for s in result.signals] == ["afsluiting"]
    assert result.signal("afsluiting").urgency is Urgency.BINNEN_3_WERKDAGEN
    assert {
        "gezondheid.psychisch",
        "gezondheid.middelen",
        "geld.rondkomen",
        "geld.schulden",
        "geld.administratie",
    } <= result.aandacht_topics
    assert result.prompts == ()  # suicidegedachten and the kindcheck were asked
    assert KINDCHECK in result.triggered


ODD_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10)
    | st.sampled_from(["ja", "nee", "soms", "vaak", "geen inkomen", "2026-11-02", "weet niet"]),
    lambda c: st.lists(c, max_size=3)
    | st.dictionaries(st.sampled_from(["antwoord", "aantal", "dagen", "glazen"]), c, max_size=2),
    max_leaves=5,
)  # fmt: skip


@settings(
    max_examples=150, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_evaluate_never_crashes_on_odd_answers(q, data):
    qids = [x.id for x in q.questions]
    answers = data.draw(st.dictionaries(st.sampled_from(qids), ODD_VALUES, max_size=12))
    states = data.draw(st.dictionaries(st.sampled_from(qids), ODD_VALUES, max_size=4))
    result = evaluate(q, answers, states, gender=data.draw(st.sampled_from([None, "man", "x"])),
                      today=date(2026, 11, 2), facts=["acuut_gevaar"])  # fmt: skip
    assert all(s.urgency in Urgency for s in result.signals)


# --- hulpvraag: which topics get suggestions (§6) ----------------------------------------


def test_signal_topics(q):
    (active,) = compute_signals(q, {"geld.schulden.afsluiting": "al afgesloten"})
    assert active.topics == ("geld.schulden",)


def test_hulpvraag_ranking(q):
    answers = {
        "prioriteit.belangrijkste": ["meedoen", "geld.schulden"],
        "geld.schulden.afsluiting": "al afgesloten",
        "geld.schulden.zr": 2,
        "gezondheid.psychisch.zr": 3,
        "meedoen.dagbesteding.zr": 2,
        "wonen.buurt.zr": 4,  # not ≤ 3: no suggestions
        "gezondheid.middelen.alcohol": {"dagen": 5, "glazen": 6},
        "wonen.woning.warm": "nee",
    }
    needs = hulpvraag(q, answers, evaluation=evaluate(q, answers, gender="man"))
    assert [n.code for n in needs] == [
        "meedoen",  # priority 1
        "geld.schulden",  # priority 2 (also a signal)
        "meedoen.dagbesteding",  # zr 2
        "gezondheid.psychisch",  # zr 3
        "gezondheid.middelen",  # A
        "wonen.woning",  # A
    ]
    assert needs[1].signals == ("afsluiting",)
    closed = hulpvraag(q, answers, closed_signals=["afsluiting"], excluded_domains=["wonen"])
    assert closed[1].signals == ()
    assert "wonen.woning" not in [n.code for n in closed]


def test_hulpvraag_signal_without_priority_comes_before_zr(q):
    answers = {"geld.voedsel.vandaag": "nee", "meedoen.werk.zr": 1}
    assert [n.code for n in hulpvraag(q, answers)] == ["geld.voedsel", "meedoen.werk"]


def test_hulpvraag_forms_effect_adds_topics(q):
    answers = {"meedoen.taal.formulieren_zeker": "helemaal niet zeker"}
    needs = {n.code: n for n in hulpvraag(q, answers)}
    assert needs["geld.administratie"].instrument == "formulieren"
    assert needs["meedoen.taal"].aandacht
    assert hulpvraag(q, answers, {"meedoen.taal.formulieren_zeker": "weet niet"}) == ()
