"""When a referral needs the POH ("Actie nodig", spec/intake.md §8 Reminders): pure rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from pohsd.domain.workdays import WorkCalendar

FORMAL_ROUTES = ("beschikking", "verwijzing-zorg")
FEEDBACK_STATES = ("gestart", "afgerond", "afgewezen", "niet_gestart")  # letters.md §2.3
OPTIONAL_FEEDBACK_STATES = ("wachtlijst", "geannuleerd")  # only when the practice switches on
TERMINAL_FEEDBACK = ("afgerond", "afgewezen", "niet_gestart", "geannuleerd")

#: Default N in working days per condition; the practice can change each (setting keys).
DEFAULT_DAYS: dict[str, int] = {
    "concept": 2,
    "verstuurd_basis": 5,
    "verstuurd_formeel": 10,
    "niet_gestart": 15,
    "wachtlijst": 20,
    "wachtlijst_na_start": 2,
    "gestart": 30,
    "terugkoppeling": 2,
}
SETTING_PREFIX = "herinnering."
TEXTS: dict[str, str] = {
    "concept": "Concept nog niet verstuurd",
    "verstuurd": "Geen reactie van aanbieder",
    "niet_gestart": "Nog niet gestart",
    "wachtlijst": "Wachtlijst: navragen",
    "gestart": "Hoe loopt het?",
    "terugkoppeling": "Terugkoppeling huisarts klaarzetten",
}


@dataclass(frozen=True)
class ReminderInput:
    """What the rules need to know of one referral."""

    status: str
    toegang: str
    last_step_on: date  # effectief_op of the newest status step
    last_note_on: date | None = None  # the newest follow-up note ("gebeld, geen reactie")
    remind_on: date | None = None  # a reminder date the POH set with that note
    expected_start: date | None = None  # wachtlijst
    next_follow_up: date | None = None  # the client's next vervolggesprek
    feedback_done: bool = False  # the GP terugkoppeling of the newest step given or skipped


@dataclass(frozen=True)
class Reminder:
    code: str  # key of TEXTS
    due_on: date

    @property
    def text(self) -> str:
        return TEXTS[self.code]


@dataclass(frozen=True)
class ReminderRules:
    calendar: WorkCalendar = field(default_factory=WorkCalendar)
    days: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_DAYS))
    feedback_states: tuple[str, ...] = FEEDBACK_STATES

    @classmethod
    def from_settings(cls, setting: Mapping[str, str]) -> ReminderRules:
        """From practice settings (`herinnering.<key>`, `werkdagen.*`, `terugkoppeling.*`)."""
        days = dict(DEFAULT_DAYS)
        for key in days:
            text = str(setting.get(SETTING_PREFIX + key, "")).strip()
            if text.isdigit() and 0 < int(text) <= 250:
                days[key] = int(text)
        calendar = WorkCalendar.from_settings(
            str(setting.get("werkdagen.extra_vrij", "")),
            str(setting.get("werkdagen.goede_vrijdag", "")),
        )
        extra = tuple(
            s for s in OPTIONAL_FEEDBACK_STATES if setting.get(f"terugkoppeling.{s}") == "1"
        )
        return cls(calendar, days, FEEDBACK_STATES + extra)

    def reminder(self, r: ReminderInput) -> Reminder | None:
        """The reminder of this referral and its due date, or None (no action expected)."""
        if r.remind_on is not None and (r.last_note_on is None or r.last_note_on >= r.last_step_on):
            code = self._code(r)
            return Reminder(code, r.remind_on) if code else None  # the POH chose the date
        anchor = max(r.last_step_on, r.last_note_on or r.last_step_on)
        code = self._code(r)
        if code is None:
            return None
        add = self.calendar.add
        if code == "concept":
            due = add(anchor, self.days["concept"])
        elif code == "verstuurd":
            key = "verstuurd_formeel" if r.toegang in FORMAL_ROUTES else "verstuurd_basis"
            due = add(anchor, self.days[key])
        elif code == "niet_gestart":
            due = add(anchor, self.days["niet_gestart"])
        elif code == "wachtlijst":
            due = add(anchor, self.days["wachtlijst"])
            if r.expected_start is not None:
                due = min(due, add(r.expected_start, self.days["wachtlijst_na_start"]))
        elif code == "gestart":
            due = add(anchor, self.days["gestart"])
            if r.next_follow_up is not None and r.next_follow_up > anchor:
                due = min(due, r.next_follow_up)
        else:  # terugkoppeling: counted from the step itself, a note does not clear it
            due = add(r.last_step_on, self.days["terugkoppeling"])
        return Reminder(code, due)

    def _code(self, r: ReminderInput) -> str | None:
        if r.status in TERMINAL_FEEDBACK:
            needs = r.status in self.feedback_states and not r.feedback_done
            return "terugkoppeling" if needs else None
        return {
            "concept": "concept",
            "verstuurd": "verstuurd",
            "ontvangen": "niet_gestart",
            "aangenomen": "niet_gestart",
            "wachtlijst": "wachtlijst",
            "gestart": "gestart",
        }.get(r.status)
