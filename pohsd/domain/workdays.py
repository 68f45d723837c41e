"""Working days for reminders: Monday–Friday minus Dutch public holidays and own closed days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

GOOD_FRIDAY = "Goede vrijdag"  # not a day off for most practices; a setting can make it one
MAX_STEPS = 3660  # ten years of days: a guard against a runaway count


@lru_cache(maxsize=64)
def dutch_holidays(year: int, *, good_friday: bool = False) -> dict[date, str]:
    """The Dutch public holidays of a year with their Dutch names (Sundays included)."""
    import holidays  # deferred: only reminders need it

    days = holidays.country_holidays("NL", years=year, language="nl")
    return {d: n for d, n in days.items() if good_friday or n != GOOD_FRIDAY}


@dataclass(frozen=True)
class WorkCalendar:
    """Monday–Friday, minus public holidays (optional Good Friday) and extra closed days."""

    extra_closed: frozenset[date] = field(default_factory=frozenset)
    good_friday: bool = False

    @classmethod
    def from_settings(cls, extra: str = "", good_friday: str = "") -> WorkCalendar:
        """From the practice settings: ISO dates separated by commas, and "vrij" for Good Friday."""
        days: set[date] = set()
        for part in extra.replace(";", ",").split(","):
            text = part.strip()
            if text:
                try:
                    days.add(date.fromisoformat(text))
                except ValueError:
                    continue  # a bad entry in the setting must never stop the worklist
        return cls(frozenset(days), good_friday.strip().lower() == "vrij")

    def is_workday(self, day: date) -> bool:
        if day.weekday() >= 5 or day in self.extra_closed:
            return False
        return day not in dutch_holidays(day.year, good_friday=self.good_friday)

    def add(self, start: date, workdays: int) -> date:
        """The date `workdays` working days after `start` (start itself is not counted)."""
        day, left, steps = start, max(0, int(workdays)), 0
        while left:
            day += timedelta(days=1)
            steps += 1
            if steps > MAX_STEPS:
                raise ValueError("workdays")
            if self.is_workday(day):
                left -= 1
        return day

    def between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when end ≤ start)."""
        if end <= start:
            return 0
        span = (end - start).days
        if span > MAX_STEPS:
            raise ValueError("workdays")
        return sum(1 for n in range(1, span + 1) if self.is_workday(start + timedelta(days=n)))

    def closed_days(self, days: Iterable[date]) -> list[date]:
        return [d for d in days if not self.is_workday(d)]
