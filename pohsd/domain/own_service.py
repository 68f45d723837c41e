"""Eigen aanbod: a service the POH adds herself, in the shape of an HSDS service (issue 4 §9)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
TOEGANG = ("vrij", "aanmelding", "beschikking", "verwijzing-zorg")


@dataclass(frozen=True)
class OpeningTime:
    """One weekly slot: weekday as an iCal BYDAY code (MO…SU), times as "HH:MM"."""

    weekday: str
    opens: str
    closes: str


@dataclass(frozen=True)
class OwnServiceInput:
    """What the POH fills in; `validated()` in the service returns ValidationError(field, rule)."""

    name: str
    organization: str
    description: str = ""
    topics: tuple[str, ...] = ()  # nl-leefgebieden codes, e.g. ("meedoen.ontmoeting",)
    toegang: str = "vrij"  # one of TOEGANG
    location_name: str = ""
    street: str = ""
    postal_code: str = ""  # "1234 AB"
    city: str = ""
    province: str = ""  # HSDS address.state_province (required there); "onbekend" when empty
    phone: str = ""
    email: str = ""
    website: str = ""
    opening: tuple[OpeningTime, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    free: bool = True
    languages: tuple[str, ...] = ("nl",)  # ISO 639-1


@dataclass(frozen=True)
class OwnService:
    """A stored own entry: its HSDS service id, the input, and whether it is retired."""

    id: str
    data: OwnServiceInput
    retired: bool = False
    updated_at: datetime | None = field(default=None, compare=False)
