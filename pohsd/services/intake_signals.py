"""Signals of an intake: raise, record an action, close (part of ws.intakes)."""

from __future__ import annotations

import uuid

from pohsd.domain.changes import Changes
from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ValidationError
from pohsd.domain.intake import CLOSURES, SignalRecord
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.domain.validation import clean_text
from pohsd.services.base import Context, utcnow
from pohsd.services.intake_records import intake_row, signal_dto, signal_of, signal_row
from pohsd.store.models import SignalActionRow, SignalRow


class IntakeSignalsMixin:
    """The signal methods of IntakeService, kept apart to keep each module small."""

    _ctx: Context

    def raise_signal(
        self, intake_id: str, signal_id: str, trigger: str, urgency: str
    ) -> tuple[SignalRecord, Changes]:
        """Record a raised signal (always, whatever the consent for vastleggen says)."""
        with self._ctx.transaction() as s:
            row = intake_row(s, intake_id)
            known = {sig.id for sig in load_questionnaire(row.question_set_version).signals}
            if signal_id not in known:
                raise ValidationError("signal", "unknown_option")
            signal = SignalRow(
                id=str(uuid.uuid4()),
                intake_id=intake_id,
                signal_id=signal_id,
                raised_at=utcnow(),
                raised_by=self._ctx.actor.user_id,
                trigger=clean_text(trigger, "trigger", required=True, max_len=120) or "",
                urgency=clean_text(urgency, "urgency", required=True, max_len=40) or "",
            )
            s.add(signal)
            s.flush()
            self._ctx.log(
                s,
                AuditAction.CREATE,
                "signal.raise",
                object_type="signal",
                object_id=signal.id,
                client_id=row.client_id,
                detail_code=signal_id,
            )
            return signal_of(signal, []), Changes(clients=True, audit=True)

    def add_signal_action(self, signal_row_id: str, text: str) -> tuple[SignalRecord, Changes]:
        clean = clean_text(text, "text", required=True) or ""
        with self._ctx.transaction() as s:
            signal, client_id = signal_row(s, signal_row_id)
            s.add(
                SignalActionRow(
                    signal_row_id=signal.id,
                    at=utcnow(),
                    text=clean,
                    user_id=self._ctx.actor.user_id,
                )
            )
            s.flush()
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "signal.action",
                object_type="signal",
                object_id=signal.id,
                client_id=client_id,
            )
            return signal_dto(s, signal), Changes(clients=True, audit=True)

    def close_signal(
        self, signal_row_id: str, closure: str, reason: str = ""
    ) -> tuple[SignalRecord, Changes]:
        """Afgehandeld, or onterecht with a required reason."""
        if closure not in CLOSURES:
            raise ValidationError("closure", "unknown_option")
        clean = clean_text(reason, "reason", required=closure == "onterecht") or ""
        with self._ctx.transaction() as s:
            signal, client_id = signal_row(s, signal_row_id)
            signal.closed_at, signal.closure, signal.reason = utcnow(), closure, clean
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "signal.close",
                object_type="signal",
                object_id=signal.id,
                client_id=client_id,
                detail_code=closure,
            )
            return signal_dto(s, signal), Changes(clients=True, audit=True)
