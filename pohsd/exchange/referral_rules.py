"""Referral rules of the exchange format: §8 transitions, time order, consent and goal links."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from pohsd.domain.errors import ValidationError
from pohsd.domain.intake import ConsentRecord, Plan
from pohsd.exchange.rules import parse_date, parse_datetime, text, unique_ids

TERMINAL = ("afgerond", "afgewezen", "niet_gestart", "geannuleerd", "foutief")
#: spec/intake.md §8 "Allowed transitions"; any state may go to `foutief`.
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
}  # fmt: skip
REASONS: dict[str, tuple[str, ...]] = {
    "afgewezen": ("valt buiten doelgroep", "geen plek", "buiten werkgebied",
                  "andere route nodig", "anders"),
    "niet_gestart": ("cliënt niet verschenen", "cliënt niet bereikbaar", "cliënt wil niet meer",
                     "aanbod past niet", "gestopt door aanbieder", "anders"),
    "geannuleerd": ("cliënt trekt in", "toestemming ingetrokken", "situatie opgelost",
                    "verkeerde aanbieder", "dubbel", "anders"),
}  # fmt: skip
FOUTIEF = "foutief"


def allowed_next(state: str | None) -> tuple[str, ...]:
    if state in TERMINAL:
        return ()
    return (*TRANSITIONS.get(state, ()), *((FOUTIEF,) if state is not None else ()))


def _transition(
    step: Mapping[str, Any], previous: str | None, path: str, today: date, now: datetime
) -> tuple[date, datetime]:
    to = step["to"]
    if to not in allowed_next(previous):
        raise ValidationError(f"{path}.to", "transition_not_allowed")
    effective = parse_date(step["effectief_op"], f"{path}.effectief_op")
    if effective > today:
        raise ValidationError(f"{path}.effectief_op", "date_in_future")
    recorded = parse_datetime(step["vastgelegd_op"], f"{path}.vastgelegd_op")
    if recorded > now:
        raise ValidationError(f"{path}.vastgelegd_op", "date_in_future")
    text(step.get("note"), f"{path}.note")
    reason = step.get("reason")
    if to in REASONS:
        if reason is None or "code" not in reason:
            raise ValidationError(f"{path}.reason.code", "required")
        if reason["code"] not in REASONS[to]:
            raise ValidationError(f"{path}.reason.code", "unknown_option")
    elif to == FOUTIEF:
        if reason is None or not text(reason.get("text"), f"{path}.reason.text"):
            raise ValidationError(f"{path}.reason.text", "required")
    elif reason is not None:
        raise ValidationError(f"{path}.reason", "inconsistent")
    if reason is not None:
        text(reason.get("text"), f"{path}.reason.text")
    if (to == "wachtlijst") != ("expected_start" in step):
        rule = "required" if to == "wachtlijst" else "inconsistent"
        raise ValidationError(f"{path}.expected_start", rule)
    if step.get("expected_start", "onbekend") != "onbekend":
        parse_date(step["expected_start"], f"{path}.expected_start")
    if (to == "afgerond") != ("result" in step):
        raise ValidationError(f"{path}.result", "required" if to == "afgerond" else "inconsistent")
    return effective, recorded


def referrals(
    raw: Sequence[Mapping[str, Any]],
    consents: Sequence[ConsentRecord],
    plan: Plan | None,
    today: date,
    now: datetime,
) -> tuple[dict[str, Any], ...]:
    """Check every referral; return them unchanged (there is no referral table yet)."""
    unique_ids(raw, "referrals")
    by_id = {c.id: c for c in consents}
    goal_ids = {g.id for g in plan.goals} if plan else set()
    referral_ids = {str(r["id"]).lower() for r in raw}
    for i, item in enumerate(raw):
        path = f"referrals[{i}]"
        consent = by_id.get(str(item["consent_id"]).lower())
        if consent is None or consent.kind != "gericht":
            raise ValidationError(f"{path}.consent_id", "unknown_consent")
        if consent.data["ontvanger"]["service_id"] != item["service_id"]:
            raise ValidationError(f"{path}.consent_id", "consent_other_recipient")
        goal = item.get("goal_id")
        if goal is not None and str(goal).lower() not in goal_ids:
            raise ValidationError(f"{path}.goal_id", "unknown_goal")
        based = item.get("based_on")
        if based is not None and (
            str(based).lower() not in referral_ids or str(based).lower() == str(item["id"]).lower()
        ):
            raise ValidationError(f"{path}.based_on", "unknown_referral")
        text(item.get("question"), f"{path}.question")
        state: str | None = None
        last: tuple[date, datetime] | None = None
        for j, step in enumerate(item["history"]):
            where = f"{path}.history[{j}]"
            effective, recorded = _transition(step, state, where, today, now)
            if last is not None and effective < last[0]:
                raise ValidationError(f"{where}.effectief_op", "time_order")
            if last is not None and recorded < last[1]:
                raise ValidationError(f"{where}.vastgelegd_op", "time_order")
            state, last = step["to"], (effective, recorded)
    return tuple(dict(r) for r in raw)
