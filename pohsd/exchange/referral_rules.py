"""Referral rules of the exchange format: §8 transitions, time order, consent and goal links."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from pohsd.domain.errors import ValidationError
from pohsd.domain.intake import ConsentRecord, Plan
from pohsd.domain.referral import (
    EXPECTED_START_UNKNOWN,
    FOUTIEF,
    REASONS,
    RESULTS,
    Referral,
    ReferralEvent,
    allowed_next,
)
from pohsd.exchange.rules import parse_date, parse_datetime, text, unique_ids


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
        if "code" in reason:
            raise ValidationError(f"{path}.reason.code", "inconsistent")
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
    if "result" in step and step["result"] not in RESULTS:
        raise ValidationError(f"{path}.result", "unknown_option")
    return effective, recorded


def _event(
    step: Mapping[str, Any], seq: int, previous: str | None, when: tuple[date, datetime], path: str
) -> ReferralEvent:
    reason = step.get("reason") or {}
    start = step.get("expected_start", EXPECTED_START_UNKNOWN)
    return ReferralEvent(
        seq=seq, from_state=previous, to=step["to"], effectief_op=when[0], vastgelegd_op=when[1],
        user=str(step["user"]), source=str(step["source"]),
        reason_code=str(reason.get("code", "")),
        reason_text=text(reason.get("text"), f"{path}.reason.text"),
        result=str(step.get("result", "")),
        expected_start=None if start == EXPECTED_START_UNKNOWN else date.fromisoformat(start),
        note=text(step.get("note"), f"{path}.note"),
    )  # fmt: skip


def _no_cycles(raw: Sequence[Mapping[str, Any]]) -> None:
    links = {str(r["id"]).lower(): r.get("based_on") for r in raw}
    for i, item in enumerate(raw):
        seen = {str(item["id"]).lower()}
        link = item.get("based_on")
        while link is not None:
            key = str(link).lower()
            if key in seen:
                raise ValidationError(f"referrals[{i}].based_on", "inconsistent")
            seen.add(key)
            link = links.get(key)


def referrals(
    raw: Sequence[Mapping[str, Any]],
    consents: Sequence[ConsentRecord],
    plan: Plan | None,
    today: date,
    now: datetime,
) -> tuple[Referral, ...]:
    """Check every referral; return them as DTOs in the file's order.

    The client id and the importing user are filled in on writing. `based_on` links form no
    cycle.
    """
    unique_ids(raw, "referrals")
    by_id = {c.id: c for c in consents}
    goal_ids = {g.id for g in plan.goals} if plan else set()
    referral_ids = {str(r["id"]).lower() for r in raw}
    out: list[Referral] = []
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
        question = text(item.get("question"), f"{path}.question")
        state: str | None = None
        last: tuple[date, datetime] | None = None
        events: list[ReferralEvent] = []
        for j, step in enumerate(item["history"]):
            where = f"{path}.history[{j}]"
            effective, recorded = _transition(step, state, where, today, now)
            if last is not None and effective < last[0]:
                raise ValidationError(f"{where}.effectief_op", "time_order")
            if last is not None and recorded < last[1]:
                raise ValidationError(f"{where}.vastgelegd_op", "time_order")
            events.append(_event(step, j + 1, state, (effective, recorded), where))
            state, last = step["to"], (effective, recorded)
        out.append(
            Referral(
                id=str(item["id"]).lower(), client_id="", service_id=str(item["service_id"]),
                service_name=str(item["service_name"]),
                organization_id=str(consent.data["ontvanger"].get("organization_id", "")),
                organization_name=str(item["organization_name"]), toegang=str(item["toegang"]),
                consent_id=consent.id, status=events[-1].to,
                created_at=events[0].vastgelegd_op, created_by="",
                updated_at=events[-1].vastgelegd_op,
                goal_id=str(goal).lower() if goal is not None else None,
                based_on=str(based).lower() if based is not None else None,
                question=question, history=tuple(events),
            )
        )  # fmt: skip
    _no_cycles(raw)
    return tuple(out)
