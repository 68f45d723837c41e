"""Intake DTOs: the stored intake or vervolg, its signals, contacts, drafts and the plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class IntakeSummary:
    id: str
    client_id: str
    kind: str  # intake | vervolg
    status: str  # open | afgerond
    question_set_version: str
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None = None
    follow_up_on: date | None = None


@dataclass(frozen=True)
class SignalAction:
    at: datetime
    text: str = field(repr=False)
    user_id: str = ""


@dataclass(frozen=True)
class SignalRecord:
    id: str
    signal_id: str
    raised_at: datetime
    trigger: str
    urgency: str
    actions: tuple[SignalAction, ...] = ()
    closed_at: datetime | None = None
    closure: str = ""
    reason: str = field(default="", repr=False)

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class Contact:
    day: date
    minutes: int


@dataclass(frozen=True)
class Draft:
    """Autosaved, unconfirmed changes of one intake (offered back after a crash)."""

    intake_id: str
    client_id: str
    saved_at: datetime
    count: int


@dataclass(frozen=True)
class IntakeRecord:
    """Everything stored for one intake; answers/states as in the exchange format."""

    summary: IntakeSummary
    answers: dict[str, Any] = field(default_factory=dict, repr=False)
    answer_states: dict[str, str] = field(default_factory=dict, repr=False)
    drafts: dict[str, tuple[Any, str]] = field(default_factory=dict, repr=False)
    contacts: tuple[Contact, ...] = ()
    signals: tuple[SignalRecord, ...] = ()
    finance: dict[str, Any] | None = field(default=None, repr=False)
    notes: str = field(default="", repr=False)
    assessment: str = field(default="", repr=False)
    icpc: tuple[str, ...] = ()
    flow_state: dict[str, Any] = field(default_factory=dict)
    addenda: int = 0

    @property
    def id(self) -> str:
        return self.summary.id


@dataclass(frozen=True)
class GoalAction:
    wie: str = field(repr=False)
    wat: str = field(repr=False)
    wanneer: date | None = None
    status: str = "open"  # open | gedaan | vervallen


@dataclass(frozen=True)
class Goal:
    topic: str
    wens: str = field(default="", repr=False)
    streefcijfer: int | None = None
    target_date: date | None = None
    status: str = "open"  # open | bereikt | deels | niet | vervallen
    actions: tuple[GoalAction, ...] = ()
    id: str | None = None


GOAL_STATUSES = ("open", "bereikt", "deels", "niet", "vervallen")
ACTION_STATUSES = ("open", "gedaan", "vervallen")
CLOSURES = ("afgehandeld", "onterecht")
META_FIELDS = ("notes", "assessment")


@dataclass(frozen=True)
class Plan:
    """The client's plan (spec/intake.md §7): goals with actions and the question to the GP."""

    goals: tuple[Goal, ...] = ()
    question_to_gp: str = field(default="", repr=False)


CONSENT_KINDS = ("vastleggen", "gericht")
CONSENT_STATUSES = ("actief", "ingetrokken", "verlopen")


@dataclass(frozen=True)
class ConsentRecord:
    """One toestemming (spec/intake.md §9); `data` is its object in the exchange format."""

    id: str
    kind: str  # vastleggen | gericht
    datum: date
    data: dict[str, Any] = field(default_factory=dict, repr=False)
    created_at: datetime | None = None

    @property
    def status(self) -> str:
        """Gericht: actief | ingetrokken | verlopen (as stored); vastleggen: always actief."""
        return str(self.data.get("status", "actief"))

    @property
    def besluit(self) -> str | None:
        """Vastleggen: "ja" | "ja, behalve" | "nee"; None for a gerichte toestemming."""
        value = self.data.get("besluit")
        return value if isinstance(value, str) else None

    @property
    def uitgesloten(self) -> tuple[str, ...]:
        """Vastleggen: the excluded domain codes."""
        return tuple(self.data.get("uitgesloten", ()))

    def is_active_on(self, day: date) -> bool:
        """A gerichte toestemming that is actief and not past `geldig_tot` on `day`."""
        if self.status != "actief":
            return False
        until = self.data.get("geldig_tot")
        return not (isinstance(until, str) and date.fromisoformat(until) < day)
