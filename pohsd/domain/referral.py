"""Referral lifecycle (spec/intake.md §8): states, allowed transitions, reasons, DTOs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from pohsd.domain.errors import ValidationError
from pohsd.domain.validation import clean_text


@dataclass(frozen=True)
class ReferralState:
    """One state of §8: the stored code, the Dutch label and its FHIR Task status."""

    code: str
    label: str
    fhir_status: str
    business_status: str = ""  # FHIR Task.businessStatus (only wachtlijst)


STATES: tuple[ReferralState, ...] = (
    ReferralState("concept", "Concept", "draft"),
    ReferralState("verstuurd", "Verstuurd", "requested"),
    ReferralState("ontvangen", "Ontvangen", "received"),
    ReferralState("aangenomen", "Aangenomen", "accepted"),
    ReferralState("wachtlijst", "Wachtlijst", "accepted", "wachtlijst"),
    ReferralState("gestart", "Gestart", "in-progress"),
    ReferralState("afgerond", "Afgerond", "completed"),
    ReferralState("afgewezen", "Afgewezen", "rejected"),
    ReferralState("niet_gestart", "Niet gestart / gestopt", "failed"),
    ReferralState("geannuleerd", "Geannuleerd", "cancelled"),
    ReferralState("foutief", "Foutief ingevoerd", "entered-in-error"),
)
STATE_CODES: tuple[str, ...] = tuple(s.code for s in STATES)
STATE_BY_CODE: dict[str, ReferralState] = {s.code: s for s in STATES}

CONCEPT = "concept"
VERSTUURD = "verstuurd"
WACHTLIJST = "wachtlijst"
AFGEROND = "afgerond"
GEANNULEERD = "geannuleerd"
FOUTIEF = "foutief"

#: Terminal: no step leads out, except the administrative correction to `foutief`.
#: "Opnieuw verwijzen" (a new linked referral) starts from these four.
REREFERABLE: tuple[str, ...] = ("afgerond", "afgewezen", "niet_gestart", "geannuleerd")
TERMINAL: tuple[str, ...] = (*REREFERABLE, FOUTIEF)

#: spec/intake.md §8 "Allowed transitions" (forward skips included). `None` is "no referral
#: yet": a referral always starts as a concept. `foutief` is added to every state by
#: `allowed_next` ("any → Foutief ingevoerd").
TRANSITIONS: dict[str | None, tuple[str, ...]] = {
    None: ("concept",),
    "concept": ("verstuurd", "geannuleerd"),
    "verstuurd": ("ontvangen", "aangenomen", "wachtlijst", "gestart", "afgewezen",
                  "niet_gestart", "geannuleerd"),
    "ontvangen": ("aangenomen", "wachtlijst", "gestart", "afgewezen", "niet_gestart",
                  "geannuleerd"),
    "aangenomen": ("wachtlijst", "gestart", "niet_gestart", "geannuleerd"),
    "wachtlijst": ("gestart", "afgewezen", "niet_gestart", "geannuleerd"),
    "gestart": ("afgerond", "niet_gestart"),
    "afgerond": (),
    "afgewezen": (),
    "niet_gestart": (),
    "geannuleerd": (),
    "foutief": (),
}  # fmt: skip

#: Reason codes (FHIR statusReason) per target state; `foutief` needs a text instead.
REASONS: dict[str, tuple[str, ...]] = {
    "afgewezen": ("valt buiten doelgroep", "geen plek", "buiten werkgebied",
                  "andere route nodig", "anders"),
    "niet_gestart": ("cliënt niet verschenen", "cliënt niet bereikbaar", "cliënt wil niet meer",
                     "aanbod past niet", "gestopt door aanbieder", "anders"),
    "geannuleerd": ("cliënt trekt in", "toestemming ingetrokken", "situatie opgelost",
                    "verkeerde aanbieder", "dubbel", "anders"),
}  # fmt: skip
REASON_CONSENT_WITHDRAWN = "toestemming ingetrokken"

#: Where the POH heard it.
SOURCES: tuple[str, ...] = ("telefoon", "e-mail", "brief", "cliënt", "portaal", "anders")
SOURCE_AT_CREATION = "anders"

#: The result of an `afgerond` referral.
RESULTS: tuple[str, ...] = ("doel bereikt", "deels", "niet bereikt", "onbekend")

#: Urgency of the verwijsbrief (spec/letters.md §1.1, row 4); the latter two need a reason.
URGENCIES: tuple[str, ...] = ("normaal", "met voorrang", "spoed")
URGENCY_DEFAULT = "normaal"

#: `nl-toegang` codes of the social map (the recipient's access route).
TOEGANG_CODES: tuple[str, ...] = ("vrij", "aanmelding", "beschikking", "verwijzing-zorg")

EXPECTED_START_UNKNOWN = "onbekend"


def allowed_next(state: str | None) -> tuple[str, ...]:
    """Every state `state` may go to; `foutief` from any existing state but itself."""
    if state not in TRANSITIONS:
        return ()
    steps = TRANSITIONS[state]
    if state is None or state == FOUTIEF:
        return steps
    return (*steps, FOUTIEF)


def is_allowed(source: str | None, target: str) -> bool:
    return target in allowed_next(source)


def label(code: str) -> str:
    """The Dutch label of a state code ("Niet gestart / gestopt")."""
    return STATE_BY_CODE[code].label


@dataclass(frozen=True)
class ReferralEvent:
    """One step of a referral's history: from → to, as reported and as recorded."""

    seq: int
    from_state: str | None
    to: str
    effectief_op: date
    vastgelegd_op: datetime
    user: str
    source: str
    reason_code: str = ""
    reason_text: str = field(default="", repr=False)
    result: str = ""
    expected_start: date | None = None  # only for wachtlijst; None there means "onbekend"
    note: str = field(default="", repr=False)


@dataclass(frozen=True)
class Referral:
    """A referral (FHIR Task) with its recipient snapshot from the social map and its history."""

    id: str
    client_id: str
    service_id: str
    service_name: str
    organization_id: str
    organization_name: str
    toegang: str
    consent_id: str
    status: str
    created_at: datetime
    created_by: str
    updated_at: datetime
    goal_id: str | None = None
    based_on: str | None = None
    question: str = field(default="", repr=False)
    urgency: str = URGENCY_DEFAULT
    urgency_reason: str = field(default="", repr=False)
    history: tuple[ReferralEvent, ...] = ()

    @property
    def label(self) -> str:
        return label(self.status)

    @property
    def fhir_status(self) -> str:
        return STATE_BY_CODE[self.status].fhir_status

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL

    @property
    def is_open(self) -> bool:
        """Not terminal: still expected to change (a concept counts as open)."""
        return not self.is_terminal

    @property
    def was_sent(self) -> bool:
        """Ever went beyond `concept` (a cancelled or erroneous concept was never sent)."""
        return any(e.to not in (CONCEPT, GEANNULEERD, FOUTIEF) for e in self.history)

    def next_states(self) -> tuple[str, ...]:
        return allowed_next(self.status)


# ---- input rules of a step (the service and the CLI share them) --------------------------------

MAX_URGENCY_REASON = 200  # "a reason of one line" (spec/letters.md §1.1)


def transition_error(from_state: str | None, to: str) -> ValidationError:
    """ValidationError("to", "transition_not_allowed") naming both state codes in its params."""
    err = ValidationError("to", "transition_not_allowed")
    err.params.update(from_state=from_state or "", to_state=to)
    return err


def check_text(value: object, field: str, *, max_len: int = 10_000) -> str:
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, "wrong_type")
    return clean_text(value, field, max_len=max_len) or ""


def check_day(value: object, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(field, "date_format")
    return value


def check_urgency(urgency: object, reason: object) -> tuple[str, str]:
    if urgency not in URGENCIES:
        raise ValidationError("urgency", "unknown_option")
    why = check_text(reason, "urgency_reason", max_len=MAX_URGENCY_REASON)
    if "\n" in why:
        raise ValidationError("urgency_reason", "one_line")
    if urgency != URGENCY_DEFAULT and not why:
        raise ValidationError("urgency_reason", "required")
    if urgency == URGENCY_DEFAULT and why:
        raise ValidationError("urgency_reason", "inconsistent")
    return str(urgency), why


def check_step(
    to: str,
    *,
    reason_code: str | None,
    reason_text: str,
    result: str | None,
    expected_start: date | None,
) -> tuple[str, str, str]:
    """What §8 demands of a step to `to`: (reason code, reason text, result), or ValidationError."""
    code = reason_code or ""
    why = check_text(reason_text, "reason_text")
    if to in REASONS:
        if not code:
            raise ValidationError("reason_code", "required")
        if code not in REASONS[to]:
            raise ValidationError("reason_code", "unknown_option")
    elif to == FOUTIEF:
        if code:
            raise ValidationError("reason_code", "inconsistent")
        if not why:
            raise ValidationError("reason_text", "required")
    elif code or why:
        raise ValidationError("reason_code" if code else "reason_text", "inconsistent")
    if to == AFGEROND:
        if not result:
            raise ValidationError("result", "required")
        if result not in RESULTS:
            raise ValidationError("result", "unknown_option")
    elif result:
        raise ValidationError("result", "inconsistent")
    if expected_start is not None:
        if to != WACHTLIJST:
            raise ValidationError("expected_start", "inconsistent")
        check_day(expected_start, "expected_start")
    return code, why, result or ""
