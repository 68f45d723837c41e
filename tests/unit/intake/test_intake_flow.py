"""The flow engine without widgets: free order, back stack, status marks, consent, visibility."""

import json

import pytest

from pohsd.domain.errors import ValidationError
from pohsd.domain.questionnaire_loader import intake_resources_dir, parse_questionnaire
from pohsd.intake.answers import AnswerSheet
from pohsd.intake.flow import Consent, FlowEngine, PartStatus
from pohsd.intake.navmap import ViewKind, build_navmap


class Clock:
    def __init__(self):
        self.seconds = 0.0

    def __call__(self):
        return self.seconds

    def minutes(self, n):
        self.seconds += n * 60


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def engine(q, clock):
    return FlowEngine(q, clock=clock)


def ids(questions):
    return [x.id for x in questions]


# --- navigation -------------------------------------------------------------------------


def test_navmap(q):
    navmap = build_navmap(q)
    assert navmap.parts[0] == "opening"
    assert navmap.part_views["geld"][:2] == ("geld", "geld.rondkomen")
    assert navmap.view("geld").kind is ViewKind.DOMAIN
    assert navmap.view("geld.schulden").kind is ViewKind.TOPIC
    assert navmap.view("plan").kind is ViewKind.PART
    assert len([v for v in navmap.views.values() if v.kind is ViewKind.TOPIC]) == 28


def test_starts_in_the_opening_and_walks_the_domains_in_the_chosen_order(engine):
    assert engine.current == "opening"
    engine.set_domain_order(["meedoen", "geld"])
    assert engine.domain_order == ("meedoen", "geld", "gezondheid", "wonen")
    assert engine.next_topic().view == "meedoen"
    assert engine.next_topic().view == "meedoen.ontmoeting"
    engine.goto("meedoen.zingeving")  # last topic of the domain
    result = engine.next_topic()
    assert (result.view, result.part) == ("geld", "geld")
    assert result.prompt_cijfer == "meedoen.cijfer"  # leaving a domain prompts its cijfer


def test_free_order_goto_any_part_and_back_stack(engine):
    engine.goto("wonen.veiligheid")
    engine.goto("plan")
    engine.goto("geld.schulden")
    assert engine.history == ("opening", "wonen.veiligheid", "plan")
    assert engine.back().view == "plan"
    assert engine.back().view == "wonen.veiligheid"
    assert engine.back().view == "opening"
    assert engine.back() is None
    assert not engine.can_go_back


def test_goto_unknown_view(engine):
    with pytest.raises(ValidationError) as info:
        engine.goto("geld.leningen")
    assert info.value.rule == "unknown_view"
    with pytest.raises(ValidationError):
        engine.set_domain_order(["geld", "werk"])


def test_previous_topic_follows_the_reading_order(engine):
    engine.set_domain_order(["geld"])
    engine.goto("geld.rondkomen")
    assert engine.previous_topic().view == "geld"
    assert engine.previous_topic().view == "opening"
    assert engine.previous_topic() is None


def test_next_skips_domains_done_skipped_or_locked(q, engine):
    engine.skip("gezondheid", reason="loopt bij POH-GGZ")
    engine.set_consent(Consent.from_answer("Ja, maar niet over: …", ["geld"]))
    for kern in [x for x in q.domain("wonen").all_questions if x.kern]:
        engine.sheet.set_state(kern.id, "wil niet zeggen")
    assert engine.status("wonen") is PartStatus.BESPROKEN
    assert engine.resolve_next("opening") == "meedoen"
    assert engine.resolve_next("meedoen.zingeving") == "prioriteiten"
    assert engine.resolve_next("prioriteiten") == "plan"
    assert engine.resolve_next("plan") == "afsluiting"
    assert engine.resolve_next("afsluiting") is None


def test_cijfer_prompt_only_once_and_not_for_skipped(engine):
    engine.goto("geld.schulden")
    assert engine.goto("wonen").prompt_cijfer == "geld.cijfer"
    assert engine.goto("wonen.thuis").prompt_cijfer is None  # same domain
    engine.answer("wonen.cijfer", 6)
    assert engine.goto("meedoen").prompt_cijfer is None  # already rated
    engine.sheet.set_state("meedoen.cijfer", "weet niet")
    assert engine.goto("plan").prompt_cijfer is None
    engine.goto("gezondheid")
    engine.skip("gezondheid")
    assert engine.goto("opening").prompt_cijfer is None


# --- status -------------------------------------------------------------------------------


def test_status_marks(q, engine):
    assert engine.status("geld") is PartStatus.NIET_BESPROKEN
    assert PartStatus.NIET_BESPROKEN.symbol == "○"
    engine.answer("geld.schulden.totaal", 1200)  # a verdieping question
    assert engine.status("geld") is PartStatus.DEELS
    assert engine.status("geld").symbol == "◐"
    kern = [x.id for x in q.domain("geld").all_questions if x.kern]
    assert "geld.schulden.afsluiting" in kern
    for qid in kern[:-1]:
        engine.sheet.set_state(qid, "weet niet")
    assert engine.status("geld") is PartStatus.DEELS
    engine.sheet.set_state(kern[-1], "wil niet zeggen")
    assert engine.status("geld") is PartStatus.BESPROKEN
    assert engine.status("geld").symbol == "●"
    engine.skip("geld")
    assert engine.status("geld").symbol == "⊘"
    assert engine.skip_reason("geld") is None
    engine.unskip("geld")
    assert engine.status("geld") is PartStatus.BESPROKEN


def test_alone_only_kern_questions_do_not_block_besproken(q):
    engine = FlowEngine(q, client_alone=False)
    for x in q.domain("wonen").all_questions:
        if x.kern and not x.alone_only:
            engine.answer(x.id, _any(x))
    assert engine.status("wonen") is PartStatus.BESPROKEN
    engine.client_alone = True
    assert engine.status("wonen") is PartStatus.DEELS  # wonen.veiligheid.thuis is now askable


def _any(question):
    """Some valid answer for `question`."""
    kind = question.type.value
    if kind == "keuze+":
        return [question.options[0]]
    if kind in ("jn+getal", "jn+tekst"):
        return {"antwoord": "nee"}
    if kind == "cijfer":
        return 4
    return question.options[0] if question.options else "Gaat goed."


def test_topic_status_and_the_plan_part(engine):
    assert engine.topic_status("geld.voedsel") is PartStatus.NIET_BESPROKEN
    engine.answer("geld.voedsel.tekort", "nee")
    assert engine.topic_status("geld.voedsel") is PartStatus.DEELS
    engine.answer("geld.voedsel.vandaag", "ja")
    assert engine.topic_status("geld.voedsel") is PartStatus.BESPROKEN
    assert engine.status("plan") is PartStatus.NIET_BESPROKEN
    engine.mark_discussed("plan")
    assert engine.status("plan") is PartStatus.BESPROKEN


def test_opening_is_complete_when_all_its_questions_are_given(q, engine):
    for x in q.part("opening").questions:
        if x.answerable:
            assert engine.status("opening") is not PartStatus.BESPROKEN
            engine.answer(x.id, _any(x))
    assert engine.status("opening") is PartStatus.BESPROKEN


# --- consent ------------------------------------------------------------------------------


def test_consent_nee_locks_the_domains_and_priorities(engine):
    engine.answer("opening.toestemming_vastleggen", "Nee")
    assert engine.consent == Consent("nee")
    assert engine.statuses() == {
        "opening": PartStatus.DEELS,
        "gezondheid": PartStatus.NIET_VASTLEGGEN,
        "geld": PartStatus.NIET_VASTLEGGEN,
        "wonen": PartStatus.NIET_VASTLEGGEN,
        "meedoen": PartStatus.NIET_VASTLEGGEN,
        "prioriteiten": PartStatus.NIET_VASTLEGGEN,
        "plan": PartStatus.NIET_BESPROKEN,
        "afsluiting": PartStatus.NIET_BESPROKEN,
    }
    assert engine.status("geld").symbol == "🔒"
    with pytest.raises(ValidationError) as info:
        engine.answer("geld.voedsel.vandaag", "nee")
    assert (info.value.field, info.value.rule) == ("geld.voedsel.vandaag", "niet_vastleggen")
    assert engine.resolve_next("opening") == "prioriteiten"
    engine.answer("vervolg.datum", "2026-12-14")  # the afsluiting stays open


def test_consent_ja_maar_niet_over_excludes_domains(engine):
    engine.answer("opening.toestemming_vastleggen", "Ja, maar niet over: …")
    assert engine.locked_parts == frozenset()  # the domains come with the consent record
    engine.set_consent(Consent.from_answer("Ja, maar niet over: …", ["wonen"]))
    assert engine.locked_parts == {"wonen"}
    assert engine.status("wonen") is PartStatus.NIET_VASTLEGGEN
    assert engine.topic_status("wonen.thuis") is PartStatus.NIET_VASTLEGGEN
    assert not engine.can_record("wonen.thuis.huishouden")
    assert engine.can_record("geld.voedsel.vandaag")
    with pytest.raises(ValidationError):
        engine.set_state("wonen.thuis.huishouden", "weet niet")
    with pytest.raises(ValidationError):
        Consent.from_answer("Ja, maar niet over: …", ["werk"])
    assert Consent.from_answer("Ja", ["wonen"]).uitgesloten == frozenset()


# --- visible questions --------------------------------------------------------------------


def test_kern_first_and_meer_vragen(engine):
    visible = engine.visible("gezondheid.psychisch")
    assert ids(visible.main) == ["gezondheid.psychisch.stemming", "gezondheid.psychisch.levensmoe"]
    assert "gezondheid.psychisch.suicidegedachten" in ids(visible.more)
    assert "gezondheid.psychisch.mhi5_1" in ids(visible.more)
    assert ids(engine.visible("gezondheid").main) == ["gezondheid.open"]


def test_follow_up_becomes_visible_when_its_trigger_is_given(engine):
    engine.answer("gezondheid.psychisch.levensmoe", "soms")
    visible = engine.visible("gezondheid.psychisch")
    assert "gezondheid.psychisch.suicidegedachten" in ids(visible.main)
    engine.answer("gezondheid.psychisch.suicidegedachten", "nee")
    assert "gezondheid.psychisch.suicidegedachten" in ids(
        engine.visible("gezondheid.psychisch").main
    )
    engine.answer("gezondheid.psychisch.levensmoe", "nee")
    assert "gezondheid.psychisch.suicidegedachten" in ids(
        engine.visible("gezondheid.psychisch").more
    )


def test_follow_up_is_not_triggered_by_weet_niet(engine):
    engine.answer("gezondheid.psychisch.levensmoe", "vaak")
    engine.set_state("gezondheid.psychisch.levensmoe", "wil niet zeggen")
    visible = engine.visible("gezondheid.psychisch")
    assert "gezondheid.psychisch.suicidegedachten" in ids(visible.more)


def test_kindcheck_and_eviction_date_follow_ups(engine):
    assert "wonen.thuis.kindcheck" in ids(engine.visible("wonen.thuis").more)
    engine.answer("wonen.thuis.huishouden", ["kinderen onder 18"])
    assert "wonen.thuis.kindcheck" in ids(engine.visible("wonen.thuis").main)
    engine.answer("wonen.huisuitzetting.dreiging", "vonnis of ontruimingsdatum")
    assert "wonen.huisuitzetting.datum" in ids(engine.visible("wonen.huisuitzetting").main)


def test_alone_only_questions_wait(q):
    engine = FlowEngine(q)
    visible = engine.visible("wonen.veiligheid")
    assert visible.main == ()
    assert ids(visible.alone_only) == [
        "wonen.veiligheid.thuis",
        "wonen.veiligheid.geweld",
        "wonen.veiligheid.geld_afgenomen",
    ]
    engine.client_alone = True
    assert ids(engine.visible("wonen.veiligheid").main) == ["wonen.veiligheid.thuis"]


def test_practice_setting_and_non_domain_parts(q):
    plain = FlowEngine(q)
    assert "geld.juridisch.justitie" not in ids(plain.visible("geld.juridisch").more)
    enabled = FlowEngine(q, settings={"intake.justitie"})
    assert "geld.juridisch.justitie" in ids(enabled.visible("geld.juridisch").more)
    opening = plain.visible("opening")
    assert "opening.verwijzer" in ids(opening.main)  # outside the domains all are shown
    assert opening.more == ()


# --- time guide ---------------------------------------------------------------------------


def test_time_per_part_against_the_guide(engine, clock):
    clock.minutes(8)
    engine.goto("geld.schulden")
    clock.minutes(5)
    engine.goto("geld.voedsel")
    clock.minutes(3)
    guide = {t.part: t for t in engine.time_guide()}
    assert guide["opening"].elapsed_minutes == pytest.approx(8)
    assert guide["opening"].over  # 8 > 7: amber, nothing locked
    assert guide["geld"].elapsed_minutes == pytest.approx(8)
    assert not guide["geld"].over
    engine.pause()
    clock.minutes(30)
    assert engine.total_minutes() == pytest.approx(16)
    engine.resume()
    clock.minutes(2)
    assert engine.elapsed_minutes("geld") == pytest.approx(10)
    assert engine.elapsed_snapshot()["geld"] == pytest.approx(10)


def test_without_a_clock_time_only_comes_from_storage(q):
    engine = FlowEngine(q, elapsed={"opening": 6.5, "onbekend": 3})
    engine.goto("geld")
    assert engine.elapsed_minutes("opening") == 6.5
    assert engine.total_minutes() == 6.5


def test_restore_state_for_a_next_contact(q, clock):
    sheet = AnswerSheet(q)
    first = FlowEngine(q, sheet, clock=clock)
    first.set_domain_order(["wonen"])
    first.goto("wonen.buurt")
    first.skip("meedoen", "geen tijd")
    first.pin("geld.schulden")
    clock.minutes(4)
    snapshot = first.state_snapshot()
    second = FlowEngine(q, sheet, clock=clock)
    second.restore_state(snapshot)
    assert second.current == "wonen.buurt"
    assert second.domain_order[0] == "wonen"
    assert second.pinned == ("geld.schulden",)
    assert second.skip_reason("meedoen") == "geen tijd"
    assert second.elapsed_minutes("wonen") == pytest.approx(4)
    second.unpin("geld.schulden")
    assert second.pinned == ()


def test_evaluation_uses_the_client_gender(q):
    man = FlowEngine(q, gender="man")
    man.answer("gezondheid.middelen.alcohol", {"dagen": 1, "glazen": 5})
    assert "gezondheid.middelen" not in man.evaluation().aandacht_topics
    vrouw = FlowEngine(q, man.sheet, gender="vrouw")
    assert "gezondheid.middelen" in vrouw.evaluation().aandacht_topics


def test_deprecated_questions_stay_readable_but_are_not_offered():
    path = intake_resources_dir() / "questionnaire-1.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    wonen = next(p for p in doc["parts"] if p["id"] == "wonen")
    buurt = next(t for t in wonen["topics"] if t["code"] == "wonen.buurt")
    buurt["questions"][0]["deprecated"] = True
    q2 = parse_questionnaire(doc)
    engine = FlowEngine(q2)
    assert ids(engine.visible("wonen.buurt").more) == ["wonen.buurt.overlast"]
    engine.answer("wonen.buurt.prettig", "prettig")  # old data stays readable
    assert "wonen.buurt.prettig" in ids(engine.visible("wonen.buurt").more)


def test_next_never_goes_back_to_an_earlier_domain_left_partly(q):
    from pohsd.intake.flow import FlowEngine

    engine = FlowEngine(q)
    engine.set_domain_order(["geld", "gezondheid", "wonen", "meedoen"])
    engine.goto(engine.navmap.first_view("geld"))
    engine.answer("geld.schulden.achterstanden", "ja")  # geld is now "deels"
    seen = []
    for _ in range(60):
        result = engine.next_topic()
        if result is None:
            break
        seen.append(result.part)
    parts = [p for i, p in enumerate(seen) if i == 0 or p != seen[i - 1]]
    assert parts[:4] == ["geld", "gezondheid", "wonen", "meedoen"]  # geld's own topics first
    assert "geld" not in parts[1:]  # forward only: no loop back to the partly done domain
    assert parts[-1] == "afsluiting"
