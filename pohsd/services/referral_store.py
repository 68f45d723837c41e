"""Referral rows ↔ DTOs and the recipient snapshot; shared by `ws.referrals` and the exchange."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.referral import TOEGANG_CODES, Referral, ReferralEvent
from pohsd.store.models import ReferralEventRow, ReferralRow, UserRow

MAX_NAME = 200  # the exchange `label`
MAX_ID = 100  # the exchange `externalId`
# When a service carries several access routes, the most formal one sets the reminders.
_TOEGANG_ORDER = ("verwijzing-zorg", "beschikking", "aanmelding", "vrij")


def _clip(text: object, limit: int = MAX_NAME) -> str:
    value = " ".join(str(text or "").split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def toegang_of(service: Mapping[str, Any]) -> str | None:
    """The `nl-toegang` code of a raw HSDS service (the most formal one when there are more)."""
    codes = set()
    for attribute in service.get("attributes") or ():
        term = attribute.get("taxonomy_term") if isinstance(attribute, Mapping) else None
        if isinstance(term, Mapping) and term.get("taxonomy") == "nl-toegang":
            codes.add(str(term.get("code", "")))
    return next((code for code in _TOEGANG_ORDER if code in codes), None)


def is_zorgaanbieder(service: Mapping[str, Any]) -> bool:
    """BSN may go here (spec §9.2): an AGB identifier, or access by `verwijzing-zorg`."""
    if toegang_of(service) == "verwijzing-zorg":
        return True
    organization = service.get("organization") or {}
    return any(
        isinstance(i, Mapping) and i.get("identifier_scheme") == "NL-AGB"
        for i in organization.get("organization_identifiers") or ()
    )


def check_bsn(data: Mapping[str, Any], service: Mapping[str, Any], field: str) -> None:
    """Refuse "BSN" among the gegevens of a consent for a recipient that is no zorgaanbieder."""
    if "BSN" in data.get("gegevens", ()) and not is_zorgaanbieder(service):
        raise ValidationError(field, "bsn_not_allowed")


def recipient_snapshot(service: Mapping[str, Any]) -> dict[str, str]:
    """service_id, service_name, organization_id, organization_name, toegang of a map service.

    Raises:
        ValidationError("service_id", "missing_taxonomy"): the service has no access route.
    """
    toegang = toegang_of(service)
    if toegang is None or toegang not in TOEGANG_CODES:
        raise ValidationError("service_id", "missing_taxonomy")
    organization = service.get("organization") or {}
    org_id = str(service.get("organization_id") or organization.get("id") or "")
    return {
        "service_id": str(service["id"]),
        "service_name": _clip(service.get("name")) or "?",
        "organization_id": org_id if len(org_id) <= MAX_ID else "",
        "organization_name": _clip(organization.get("name")),
        "toegang": toegang,
    }


def consent_recipient(snapshot: Mapping[str, str]) -> dict[str, str]:
    """The `ontvanger` of a gerichte toestemming for this recipient (ids plus a name)."""
    name = snapshot["service_name"]
    if snapshot.get("organization_name"):
        name = f"{name} ({snapshot['organization_name']})"
    out = {"service_id": snapshot["service_id"], "naam": _clip(name)}
    if snapshot.get("organization_id"):
        out["organization_id"] = snapshot["organization_id"]
    return out


def user_label(s: Session, user_id: str) -> str:
    """The login name stored with each event (the exchange's `user`)."""
    row = s.get(UserRow, user_id) if user_id else None
    return row.name if row is not None else (user_id or "?")


def later_than(moment: datetime, previous: datetime | None) -> datetime:
    """`moment`, or just after `previous` when the clock has not moved on (keeps the order)."""
    if previous is not None and previous >= moment:
        return previous + timedelta(microseconds=1)
    return moment


# ---- rows ↔ DTOs ------------------------------------------------------------------------------


def event_dto(row: ReferralEventRow) -> ReferralEvent:
    return ReferralEvent(
        seq=row.seq,
        from_state=row.from_state,
        to=row.to_state,
        effectief_op=row.effectief_op,
        vastgelegd_op=row.vastgelegd_op,
        user=row.user,
        source=row.source,
        reason_code=row.reason_code,
        reason_text=row.reason_text,
        result=row.result,
        expected_start=row.expected_start,
        note=row.note,
    )


def referral_dto(s: Session, row: ReferralRow) -> Referral:
    events = s.scalars(
        select(ReferralEventRow)
        .where(ReferralEventRow.referral_id == row.id)
        .order_by(ReferralEventRow.seq)
    )
    return Referral(
        id=row.id,
        client_id=row.client_id,
        service_id=row.service_id,
        service_name=row.service_name,
        organization_id=row.organization_id,
        organization_name=row.organization_name,
        toegang=row.toegang,
        consent_id=row.consent_id,
        status=row.status,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        goal_id=row.goal_id,
        based_on=row.based_on,
        question=row.question,
        urgency=row.urgency,
        urgency_reason=row.urgency_reason,
        history=tuple(event_dto(e) for e in events),
    )


def referral_row(s: Session, referral_id: str) -> ReferralRow:
    row = s.get(ReferralRow, referral_id)
    if row is None:
        raise PohsdError(ErrorCode.NOT_FOUND, object_type="referral")
    return row


def load_referrals(s: Session, client_id: str) -> list[Referral]:
    """The client's referrals, oldest first."""
    rows = s.scalars(
        select(ReferralRow)
        .where(ReferralRow.client_id == client_id)
        .order_by(ReferralRow.created_at, ReferralRow.id)
    ).all()
    return [referral_dto(s, r) for r in rows]


def event_row(referral_id: str, event: ReferralEvent) -> ReferralEventRow:
    return ReferralEventRow(
        referral_id=referral_id,
        seq=event.seq,
        from_state=event.from_state,
        to_state=event.to,
        effectief_op=event.effectief_op,
        vastgelegd_op=event.vastgelegd_op,
        user=event.user,
        source=event.source,
        reason_code=event.reason_code,
        reason_text=event.reason_text,
        result=event.result,
        expected_start=event.expected_start,
        note=event.note,
    )


def write_referral(s: Session, referral: Referral, *, replace: bool = False) -> None:
    """Store a whole referral with its history (the import).

    `replace` overwrites one of the same client in place: its row stays, so referrals based on
    it keep their link.
    """
    values = {
        "client_id": referral.client_id,
        "service_id": referral.service_id,
        "organization_id": referral.organization_id,
        "service_name": referral.service_name,
        "organization_name": referral.organization_name,
        "toegang": referral.toegang,
        "consent_id": referral.consent_id,
        "goal_id": referral.goal_id,
        "question": referral.question,
        "urgency": referral.urgency,
        "urgency_reason": referral.urgency_reason,
        "status": referral.status,
        "based_on": referral.based_on,
        "created_at": referral.created_at,
        "created_by": referral.created_by,
        "updated_at": referral.updated_at,
    }
    if replace:
        row = referral_row(s, referral.id)
        for key, value in values.items():
            setattr(row, key, value)
        s.execute(delete(ReferralEventRow).where(ReferralEventRow.referral_id == referral.id))
        for stale in [o for o in s.identity_map.values() if isinstance(o, ReferralEventRow)]:
            if stale.referral_id == referral.id:
                s.expunge(stale)
    else:
        s.add(ReferralRow(id=referral.id, **values))
    s.flush()
    for event in referral.history:
        s.add(event_row(referral.id, event))
    s.flush()
