"""Working days across weekends, Dutch public holidays and the practice's own closed days."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pohsd.domain.workdays import WorkCalendar, dutch_holidays

CAL = WorkCalendar()


def test_weekend_is_skipped():
    friday = date(2026, 11, 27)
    assert CAL.add(friday, 1) == date(2026, 11, 30)  # Monday
    assert CAL.add(friday, 5) == date(2026, 12, 4)
    assert CAL.between(friday, date(2026, 11, 30)) == 1


def test_christmas_and_new_year_are_not_working_days():
    # Wed 23 Dec 2026 + 5 working days: 24, (25, 26 holidays, 27 Sunday), 28, 29, 30, 31
    assert CAL.add(date(2026, 12, 23), 5) == date(2026, 12, 31)
    assert CAL.add(date(2026, 12, 31), 1) == date(2027, 1, 4)  # 1 Jan holiday, then weekend


def test_kings_day_ascension_and_whit_monday():
    assert not CAL.is_workday(date(2026, 4, 27))  # Koningsdag, a Monday
    assert not CAL.is_workday(date(2026, 5, 14))  # Hemelvaartsdag
    assert not CAL.is_workday(date(2026, 5, 25))  # Tweede pinksterdag
    assert CAL.add(date(2026, 4, 24), 1) == date(2026, 4, 28)


def test_good_friday_and_extra_days_follow_the_settings():
    good_friday = date(2026, 4, 3)
    assert CAL.is_workday(good_friday)
    assert not WorkCalendar.from_settings(good_friday="vrij").is_workday(good_friday)
    closed = WorkCalendar.from_settings("2026-12-24, nonsense, 2026-12-31")
    assert closed.add(date(2026, 12, 23), 2) == date(2026, 12, 29)
    assert dutch_holidays(2026)[date(2026, 12, 25)] == "Eerste kerstdag"


def test_guard_and_empty_spans():
    assert CAL.add(date(2026, 1, 5), 0) == date(2026, 1, 5)
    assert CAL.between(date(2026, 1, 5), date(2026, 1, 5)) == 0
    with pytest.raises(ValueError):
        CAL.add(date(2026, 1, 5), 100_000)


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 1, 1)), st.integers(1, 40))
def test_add_and_between_agree(start, n):
    end = CAL.add(start, n)
    assert CAL.is_workday(end)
    assert CAL.between(start, end) == n
