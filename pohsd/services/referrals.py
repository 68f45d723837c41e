"""`ws.referrals`: verwijzingen with gerichte toestemming and the §8 lifecycle, each step audited.

No state ever changes by itself: every step is one the POH reports (spec/intake.md §8).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pohsd.domain.enums import AuditAction, Rol
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.intake import ConsentRecord
from pohsd.domain.referral import (
    CONCEPT,
    FOUTIEF,
    REREFERABLE,
    SOURCE_AT_CREATION,
    SOURCES,
    STATE_CODES,
    URGENCY_DEFAULT,
    Referral,
    ReferralEvent,
    allowed_next,
    check_day,
    check_step,
    check_text,
    check_urgency,
    transition_error,
)
from pohsd.services.base import Context, utcnow
from pohsd.services.consents import consent_record, consent_row, gericht_data
from pohsd.services.referral_store import (
    MAX_ID,
    check_bsn,
    consent_recipient,
    event_row,
    later_than,
    load_referrals,
    recipient_snapshot,
    referral_dto,
    referral_row,
    user_label,
)
from pohsd.services.socialmap import SocialMapService
from pohsd.store.models import (
    ClientRow,
    ConsentRow,
    GoalRow,
    ReferralEventRow,
    ReferralRow,
)


class ReferralService:
    """Create, step through and re-refer referrals; reads and writes are audited."""

    def __init__(self, ctx: Context, socialmap: SocialMapService) -> None:
        self._ctx = ctx
        self._socialmap = socialmap

    # ---- reading ---------------------------------------------------------------------------

    def get(self, referral_id: str) -> Referral:
        """One referral with its history; audited as a read."""
        with self._ctx.transaction() as s:
            row = referral_row(s, referral_id)
            self._log(s, AuditAction.READ, "referral.open", row)
            return referral_dto(s, row)

    def for_client(self, client_id: str) -> list[Referral]:
        """The client's referrals, oldest first; one audited read when there are any."""
        with self._ctx.transaction() as s:
            _require_client(s, client_id)
            out = load_referrals(s, client_id)
            if out:
                self._ctx.log(
                    s, AuditAction.READ, "referral.overview", object_type="client",
                    object_id=client_id, client_id=client_id, detail_code=f"referrals={len(out)}",
                )  # fmt: skip
            return out

    def open_for_consent(self, consent_id: str) -> list[Referral]:
        """Open referrals to the recipient of a gerichte toestemming that lean on it.

        After a withdrawal these are proposed for "Geannuleerd" with the reason "toestemming
        ingetrokken": the ones made under this consent, and the others to the same recipient
        that have no active consent left.
        """
        today = date.today()
        with self._ctx.transaction() as s:
            consent = s.get(ConsentRow, consent_id)
            if consent is None or consent.kind != "gericht":
                raise PohsdError(ErrorCode.NOT_FOUND, object_type="consent")
            service_id = consent_record(consent).data["ontvanger"]["service_id"]
            rows = s.scalars(
                select(ReferralRow)
                .where(ReferralRow.client_id == consent.client_id)
                .where(ReferralRow.service_id == service_id)
                .order_by(ReferralRow.created_at, ReferralRow.id)
            ).all()
            out = []
            for row in rows:
                referral = referral_dto(s, row)
                if not referral.is_open:
                    continue
                own = s.get(ConsentRow, row.consent_id)
                still_active = own is not None and consent_record(own).is_active_on(today)
                if row.consent_id == consent_id or not still_active:
                    out.append(referral)
            if out:
                self._ctx.log(
                    s, AuditAction.READ, "referral.for_consent", object_type="consent",
                    object_id=consent_id, client_id=consent.client_id,
                    detail_code=f"referrals={len(out)}",
                )  # fmt: skip
            return out

    # ---- creating --------------------------------------------------------------------------

    def create(
        self,
        client_id: str,
        service_id: str,
        *,
        consent: Mapping[str, Any] | None = None,
        consent_id: str | None = None,
        goal_id: str | None = None,
        question: str = "",
        urgency: str = URGENCY_DEFAULT,
        urgency_reason: str = "",
        zorgaanbieder: bool = False,
        today: date | None = None,
    ) -> Referral:
        """A new referral in `concept` to a service of the sociale kaart.

        It needs a gerichte toestemming for this recipient: either `consent` (the §9.2 input of
        `ws.consents.add_gericht`; `ontvanger` defaults to this service and `doel` to the
        question), stored together with the referral in one transaction, or `consent_id` of an
        active one of the same client for the same service. "BSN" may be among the new
        consent's gegevens only for a zorgaanbieder (AGB code or `verwijzing-zorg` in the map),
        or when the POH marks the recipient as one by hand (`zorgaanbieder=True`).

        Raises:
            ValidationError: consent_id (consent_required, unknown_consent,
                consent_other_recipient, consent_not_active), consent.<field> (incl.
                consent.gegevens bsn_not_allowed), goal_id (unknown_goal), question, urgency,
                urgency_reason and the rule.
            PohsdError(NOT_FOUND): no such client, or the service is not in the sociale kaart.
        """
        return self._create(
            client_id, service_id, consent=consent, consent_id=consent_id, goal_id=goal_id,
            question=question, urgency=urgency, urgency_reason=urgency_reason, today=today,
            zorgaanbieder=zorgaanbieder,
        )  # fmt: skip

    def _create(
        self,
        client_id: str,
        service_id: str,
        *,
        consent: Mapping[str, Any] | None,
        consent_id: str | None,
        goal_id: str | None,
        question: str,
        urgency: str,
        urgency_reason: str,
        today: date | None,
        based_on: str | None = None,
        zorgaanbieder: bool = False,
    ) -> Referral:
        day = today or date.today()
        if consent is not None and consent_id is not None:
            raise ValidationError("consent_id", "inconsistent")
        if consent is None and not consent_id:
            raise ValidationError("consent_id", "consent_required")
        text = check_text(question, "question")
        level, why = check_urgency(urgency, urgency_reason)
        if not isinstance(service_id, str) or not 0 < len(service_id) <= MAX_ID:
            raise ValidationError("service_id", "unknown_option")
        service = self._socialmap.service(service_id)  # its own transaction, so first
        snapshot = recipient_snapshot(service)
        new_consent = None
        if consent is not None:
            new_consent = self._consent_input(consent, snapshot, text, day)
            if not zorgaanbieder:
                check_bsn(new_consent, service, "consent.gegevens")
        with self._ctx.transaction() as s:
            _require_client(s, client_id)
            if new_consent is not None:
                used = self._store_consent(s, client_id, new_consent)
            else:
                used = self._active_consent(s, client_id, str(consent_id), service_id, day)
            self._check_goal(s, client_id, goal_id)
            row = self._new_row(
                s, client_id, snapshot, used, goal_id, text, (level, why), day, based_on
            )
            return referral_dto(s, row)

    def again(
        self,
        referral_id: str,
        *,
        consent: Mapping[str, Any] | None = None,
        consent_id: str | None = None,
        question: str | None = None,
        today: date | None = None,
    ) -> Referral:
        """Opnieuw verwijzen: a new concept to the same service, linked by `based_on`.

        Only from afgerond, afgewezen, niet gestart / gestopt or geannuleerd. Without a new
        `consent` or `consent_id` the old referral's consent must still be active.
        """
        with self._ctx.transaction() as s:
            old = referral_dto(s, referral_row(s, referral_id))
        if old.status not in REREFERABLE:
            err = ValidationError("referral", "not_terminal")
            err.params.update(from_state=old.status)
            raise err
        if consent is None and consent_id is None:
            consent_id = old.consent_id
        return self._create(
            old.client_id, old.service_id, consent=consent, consent_id=consent_id,
            goal_id=old.goal_id, question=old.question if question is None else question,
            urgency=old.urgency, urgency_reason=old.urgency_reason, today=today,
            based_on=old.id,
        )  # fmt: skip

    # ---- steps -----------------------------------------------------------------------------

    def transition(
        self,
        referral_id: str,
        to: str,
        *,
        effective: date,
        source: str,
        reason_code: str | None = None,
        reason_text: str = "",
        result: str | None = None,
        expected_start: date | None = None,
        note: str = "",
        today: date | None = None,
    ) -> Referral:
        """One §8 step, as the POH heard it; `expected_start=None` on wachtlijst is "onbekend".

        Raises:
            ValidationError: to (unknown_option, transition_not_allowed with params from_state
                and to_state, foutief_not_permitted), source, effective (date_in_future,
                before_creation, time_order), reason_code, reason_text, result,
                expected_start, note and the rule.
            PohsdError(NOT_FOUND): no such referral.
        """
        if to not in STATE_CODES:
            raise ValidationError("to", "unknown_option")
        if source not in SOURCES:
            raise ValidationError("source", "unknown_option")
        with self._ctx.transaction() as s:
            row = referral_row(s, referral_id)
            if to not in allowed_next(row.status):
                raise transition_error(row.status, to)
            code, why, outcome = check_step(
                to, reason_code=reason_code, reason_text=reason_text, result=result,
                expected_start=expected_start,
            )  # fmt: skip
            effective = check_day(effective, "effective")
            if effective > (today or date.today()):
                raise ValidationError("effective", "date_in_future")
            remark = check_text(note, "note")
            actor = self._ctx.actor
            if to == FOUTIEF and actor.user_id != row.created_by and actor.rol != Rol.BEHEERDER:
                raise ValidationError("to", "foutief_not_permitted")
            events = list(
                s.scalars(
                    select(ReferralEventRow)
                    .where(ReferralEventRow.referral_id == row.id)
                    .order_by(ReferralEventRow.seq)
                )
            )
            if effective < events[0].effectief_op:
                raise ValidationError("effective", "before_creation")
            if effective < events[-1].effectief_op:
                raise ValidationError("effective", "time_order")
            now = later_than(utcnow(), events[-1].vastgelegd_op)
            event = ReferralEvent(
                seq=events[-1].seq + 1, from_state=row.status, to=to, effectief_op=effective,
                vastgelegd_op=now, user=user_label(s, actor.user_id), source=str(source),
                reason_code=code, reason_text=why, result=outcome,
                expected_start=expected_start, note=remark,
            )  # fmt: skip
            s.add(event_row(row.id, event))
            before, row.status, row.updated_at = row.status, to, now
            s.flush()
            self._log(s, AuditAction.UPDATE, "referral.status", row, f"{before}>{to}")
            return referral_dto(s, row)

    def delete_concept(self, referral_id: str) -> None:
        """Remove a concept that was never sent (its history goes with it); audited.

        Raises:
            ValidationError("referral", "already_sent"): it has left `concept`.
        """
        with self._ctx.transaction() as s:
            row = referral_row(s, referral_id)
            if row.status != CONCEPT:
                raise ValidationError("referral", "already_sent")
            if s.scalar(select(ReferralRow.id).where(ReferralRow.based_on == row.id).limit(1)):
                raise ValidationError("referral", "has_follow_up")  # cannot happen for a concept
            self._log(s, AuditAction.DELETE, "referral.delete", row, detail_code=CONCEPT)
            s.delete(row)

    # ---- helpers ---------------------------------------------------------------------------

    def _log(
        self, s: Session, action: AuditAction, event: str, row: ReferralRow, detail_code: str = ""
    ) -> None:
        self._ctx.log(
            s, action, event, object_type="referral", object_id=row.id, client_id=row.client_id,
            detail_code=detail_code,
        )  # fmt: skip

    @staticmethod
    def _consent_input(
        consent: Mapping[str, Any], snapshot: Mapping[str, str], question: str, day: date
    ) -> dict[str, Any]:
        if not isinstance(consent, Mapping):
            raise ValidationError("consent", "wrong_type")
        raw = dict(consent)
        raw.setdefault("ontvanger", consent_recipient(snapshot))
        if not raw.get("doel") and question:
            raw["doel"] = question  # spec §9.2: the doel defaults to the referral question
        data = gericht_data(raw, today=day, path="consent")
        if data["ontvanger"]["service_id"] != snapshot["service_id"]:
            raise ValidationError("consent.ontvanger.service_id", "consent_other_recipient")
        return data

    def _store_consent(self, s: Session, client_id: str, data: dict[str, Any]) -> str:
        last = s.scalar(
            select(ConsentRow.created_at)
            .where(ConsentRow.client_id == client_id)
            .order_by(ConsentRow.created_at.desc())
            .limit(1)
        )
        now = later_than(utcnow(), last)
        row = consent_row(str(uuid.uuid4()), client_id, data, now, self._ctx.actor.user_id)
        s.add(row)
        s.flush()
        self._ctx.log(
            s, AuditAction.CREATE, "consent.gericht", object_type="consent", object_id=row.id,
            client_id=client_id, detail_code="gericht",
        )  # fmt: skip
        return row.id

    @staticmethod
    def _active_consent(
        s: Session, client_id: str, consent_id: str, service_id: str, day: date
    ) -> str:
        row = s.get(ConsentRow, consent_id)
        if row is None or row.client_id != client_id or row.kind != "gericht":
            raise ValidationError("consent_id", "unknown_consent")
        record: ConsentRecord = consent_record(row)
        if record.data["ontvanger"]["service_id"] != service_id:
            raise ValidationError("consent_id", "consent_other_recipient")
        if not record.is_active_on(day):
            raise ValidationError("consent_id", "consent_not_active")
        return row.id

    @staticmethod
    def _check_goal(s: Session, client_id: str, goal_id: str | None) -> None:
        if goal_id is None:
            return
        row = s.get(GoalRow, goal_id) if isinstance(goal_id, str) else None
        if row is None or row.client_id != client_id:
            raise ValidationError("goal_id", "unknown_goal")

    def _new_row(
        self,
        s: Session,
        client_id: str,
        snapshot: Mapping[str, str],
        consent_id: str,
        goal_id: str | None,
        question: str,
        urgency: tuple[str, str],
        day: date,
        based_on: str | None,
    ) -> ReferralRow:
        now = utcnow()
        row = ReferralRow(
            id=str(uuid.uuid4()), client_id=client_id, consent_id=consent_id, goal_id=goal_id,
            question=question, urgency=urgency[0], urgency_reason=urgency[1], status=CONCEPT,
            based_on=based_on, created_at=now, created_by=self._ctx.actor.user_id,
            updated_at=now, **snapshot,
        )  # fmt: skip
        s.add(row)
        s.flush()
        first = ReferralEvent(
            seq=1, from_state=None, to=CONCEPT, effectief_op=day, vastgelegd_op=now,
            user=user_label(s, self._ctx.actor.user_id), source=SOURCE_AT_CREATION,
        )  # fmt: skip
        s.add(event_row(row.id, first))
        s.flush()
        event = "referral.again" if based_on else "referral.create"
        self._log(s, AuditAction.CREATE, event, row, detail_code=CONCEPT)
        return row


def _require_client(s: Session, client_id: str) -> None:
    if s.get(ClientRow, client_id) is None:
        raise PohsdError(ErrorCode.NOT_FOUND, object_type="client")
