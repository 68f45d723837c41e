"""'Actie nodig' rules of spec/intake.md §8 in working days, with notes and reminder dates."""

from __future__ import annotations

from datetime import date

from pohsd.domain.reminders import ReminderInput, ReminderRules

RULES = ReminderRules()
FRI = date(2026, 11, 27)


def due(status, toegang="vrij", **kw):
    r = RULES.reminder(ReminderInput(status, toegang, kw.pop("step", FRI), **kw))
    return (r.code, r.due_on) if r else None


def test_concept_two_working_days_over_the_weekend():
    assert due("concept") == ("concept", date(2026, 12, 1))  # Fri + 2 wd = Tue


def test_no_response_depends_on_the_route():
    assert due("verstuurd") == ("verstuurd", date(2026, 12, 4))  # 5 wd
    assert due("verstuurd", "aanmelding") == ("verstuurd", date(2026, 12, 4))
    assert due("verstuurd", "beschikking") == ("verstuurd", date(2026, 12, 11))  # 10 wd
    assert due("verstuurd", "verwijzing-zorg")[1] == date(2026, 12, 11)


def test_christmas_is_not_counted():
    # sent Tue 22 Dec: 23, 24, (25, 26, 27), 28, 29, 30 → the fifth working day is 30 Dec
    assert due("verstuurd", step=date(2026, 12, 22)) == ("verstuurd", date(2026, 12, 30))


def test_not_started_waiting_list_and_started():
    assert due("ontvangen")[0] == "niet_gestart"
    assert due("aangenomen") == ("niet_gestart", date(2026, 12, 18))  # 15 wd
    assert due("wachtlijst") == ("wachtlijst", date(2026, 12, 28))  # 20 wd, Christmas skipped
    start = date(2026, 12, 3)  # expected start + 2 wd comes first
    assert due("wachtlijst", expected_start=start) == ("wachtlijst", date(2026, 12, 7))
    assert due("gestart")[0] == "gestart"
    assert due("gestart", next_follow_up=date(2026, 12, 9)) == ("gestart", date(2026, 12, 9))


def test_a_note_restarts_the_count_and_a_chosen_date_wins():
    note = date(2026, 12, 3)
    assert due("verstuurd", last_note_on=note) == ("verstuurd", date(2026, 12, 10))
    chosen = date(2027, 1, 15)
    assert due("verstuurd", last_note_on=note, remind_on=chosen) == ("verstuurd", chosen)
    # a status step after the note makes its reminder date stale
    later = date(2026, 12, 4)
    assert due("aangenomen", step=later, last_note_on=note, remind_on=chosen)[1] != chosen


def test_terminal_waits_only_for_the_gp_feedback():
    assert due("afgerond") == ("terugkoppeling", date(2026, 12, 1))
    assert due("afgerond", feedback_done=True) is None
    assert due("afgewezen", last_note_on=date(2026, 12, 20))[1] == date(2026, 12, 1)
    assert due("geannuleerd") is None  # only when the practice switches it on
    switched = ReminderRules.from_settings({"terugkoppeling.geannuleerd": "1"})
    assert switched.reminder(ReminderInput("geannuleerd", "vrij", FRI)) is not None
    assert due("foutief") is None


def test_settings_change_the_numbers_and_the_calendar():
    rules = ReminderRules.from_settings(
        {
            "herinnering.concept": "1",
            "herinnering.gestart": "abc",
            "werkdagen.extra_vrij": "2026-11-30",
        }
    )
    r = rules.reminder(ReminderInput("concept", "vrij", FRI))
    assert r is not None
    assert r.due_on == date(2026, 12, 1)  # Mon 30 Nov closed
    assert rules.days["gestart"] == 30  # a bad value keeps the default
    assert r.text == "Concept nog niet verstuurd"
