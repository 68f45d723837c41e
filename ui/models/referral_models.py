"""Table models of referrals, their history and the client's consents, with Dutch labels."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from typing_extensions import override

from pohsd.domain.intake import ConsentRecord
from pohsd.domain.referral import Referral, ReferralEvent
from ui.i18n import arg
from ui.models.client_list_model import BatchTableModel, format_date
from ui.models.intake_models import local_datetime
from ui.models.service_model import topic_name

_CTX = "ReferralModels"

STATE_LABELS: dict[str, str] = {
    "concept": QT_TRANSLATE_NOOP("ReferralModels", "Concept"),
    "verstuurd": QT_TRANSLATE_NOOP("ReferralModels", "Verstuurd"),
    "ontvangen": QT_TRANSLATE_NOOP("ReferralModels", "Ontvangen"),
    "aangenomen": QT_TRANSLATE_NOOP("ReferralModels", "Aangenomen"),
    "wachtlijst": QT_TRANSLATE_NOOP("ReferralModels", "Wachtlijst"),
    "gestart": QT_TRANSLATE_NOOP("ReferralModels", "Gestart"),
    "afgerond": QT_TRANSLATE_NOOP("ReferralModels", "Afgerond"),
    "afgewezen": QT_TRANSLATE_NOOP("ReferralModels", "Afgewezen"),
    "niet_gestart": QT_TRANSLATE_NOOP("ReferralModels", "Niet gestart / gestopt"),
    "geannuleerd": QT_TRANSLATE_NOOP("ReferralModels", "Geannuleerd"),
    "foutief": QT_TRANSLATE_NOOP("ReferralModels", "Foutief ingevoerd"),
}
URGENCY_LABELS: dict[str, str] = {
    "normaal": QT_TRANSLATE_NOOP("ReferralModels", "normaal"),
    "met voorrang": QT_TRANSLATE_NOOP("ReferralModels", "met voorrang"),
    "spoed": QT_TRANSLATE_NOOP("ReferralModels", "spoed"),
}
CONSENT_STATUS_LABELS: dict[str, str] = {
    "actief": QT_TRANSLATE_NOOP("ReferralModels", "actief"),
    "ingetrokken": QT_TRANSLATE_NOOP("ReferralModels", "ingetrokken"),
    "verlopen": QT_TRANSLATE_NOOP("ReferralModels", "verlopen"),
    "geldt": QT_TRANSLATE_NOOP("ReferralModels", "geldt nu"),
    "vervangen": QT_TRANSLATE_NOOP("ReferralModels", "vervangen door nieuwere"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def state_text(code: str | None) -> str:
    if code is None:
        return "—"
    return _tr(STATE_LABELS[code]) if code in STATE_LABELS else code


def urgency_label(code: str) -> str:
    return _tr(URGENCY_LABELS[code]) if code in URGENCY_LABELS else code


def recipient_text(referral: Referral) -> str:
    if referral.organization_name:
        return f"{referral.service_name} ({referral.organization_name})"
    return referral.service_name


def since(referral: Referral) -> date | None:
    """The day the current state began, as reported (the last step's effectief_op)."""
    return referral.history[-1].effectief_op if referral.history else None


def step_details(event: ReferralEvent) -> str:
    """Reason (code: text), result and expected start of one step, in one line."""
    parts = []
    if event.reason_code and event.reason_text:
        parts.append(f"{event.reason_code}: {event.reason_text}")
    elif event.reason_code or event.reason_text:
        parts.append(event.reason_code or event.reason_text)
    if event.result:
        parts.append(arg(_tr(QT_TRANSLATE_NOOP("ReferralModels", "resultaat: %1")), event.result))
    if event.to == "wachtlijst":
        start = (
            format_date(event.expected_start)
            if event.expected_start
            else _tr(QT_TRANSLATE_NOOP("ReferralModels", "onbekend"))
        )
        parts.append(arg(_tr(QT_TRANSLATE_NOOP("ReferralModels", "verwachte start: %1")), start))
    return "; ".join(parts) or "—"


def consent_status(record: ConsentRecord, newest_vastleggen: str | None, today: date) -> str:
    """Dutch status of a consent; an actief gericht past geldig_tot shows as verlopen."""
    if record.kind == "vastleggen":
        key = "geldt" if record.id == newest_vastleggen else "vervangen"
        return _tr(CONSENT_STATUS_LABELS[key])
    status = record.status
    if status == "actief" and not record.is_active_on(today):
        status = "verlopen"
    text = _tr(CONSENT_STATUS_LABELS.get(status, status))
    withdrawn = record.data.get("ingetrokken_op")
    if status == "ingetrokken" and isinstance(withdrawn, str):
        text += f" ({format_date(date.fromisoformat(withdrawn))})"
    return text


def iso_text(value: object) -> str:
    return format_date(date.fromisoformat(value)) if isinstance(value, str) and value else "—"


class ReferralTableModel(BatchTableModel[Referral]):
    """The client's referrals: ontvanger, status, sinds, urgentie."""

    CONTEXT = _CTX
    COLUMNS = (
        QT_TRANSLATE_NOOP("ReferralModels", "Ontvanger"),
        QT_TRANSLATE_NOOP("ReferralModels", "Status"),
        QT_TRANSLATE_NOOP("ReferralModels", "Sinds"),
        QT_TRANSLATE_NOOP("ReferralModels", "Urgentie"),
    )

    @override
    def cell(self, obj: Referral, column: int) -> str:
        if column == 0:
            return recipient_text(obj)
        if column == 1:
            return state_text(obj.status)
        if column == 2:
            return format_date(since(obj)) or "—"
        return urgency_label(obj.urgency)

    def row_of(self, referral_id: str) -> int:
        return next((i for i, r in enumerate(self.all_rows()) if r.id == referral_id), -1)


class HistoryModel(BatchTableModel[ReferralEvent]):
    """Every step of one referral: from → to, effectief op, vastgelegd op, door, bron, reden."""

    CONTEXT = _CTX
    COLUMNS = (
        QT_TRANSLATE_NOOP("ReferralModels", "Stap"),
        QT_TRANSLATE_NOOP("ReferralModels", "Effectief op"),
        QT_TRANSLATE_NOOP("ReferralModels", "Vastgelegd op"),
        QT_TRANSLATE_NOOP("ReferralModels", "Door"),
        QT_TRANSLATE_NOOP("ReferralModels", "Bron"),
        QT_TRANSLATE_NOOP("ReferralModels", "Reden"),
        QT_TRANSLATE_NOOP("ReferralModels", "Notitie"),
    )

    @override
    def cell(self, obj: ReferralEvent, column: int) -> str:
        if column == 0:
            return f"{state_text(obj.from_state)} → {state_text(obj.to)}"
        if column == 1:
            return format_date(obj.effectief_op)
        if column == 2:
            return local_datetime(obj.vastgelegd_op)
        if column == 3:
            return obj.user
        if column == 4:
            return obj.source
        if column == 5:
            return step_details(obj)
        return " ".join(obj.note.split()) or "—"

    @override
    def object_id(self, obj: ReferralEvent) -> object:
        return obj.seq


class ConsentTableModel(BatchTableModel[ConsentRecord]):
    """Consents: soort, ontvanger, leefgebieden, gegevens, datum, geldig tot, status."""

    CONTEXT = _CTX
    COLUMNS = (
        QT_TRANSLATE_NOOP("ReferralModels", "Soort"),
        QT_TRANSLATE_NOOP("ReferralModels", "Ontvanger"),
        QT_TRANSLATE_NOOP("ReferralModels", "Leefgebieden"),
        QT_TRANSLATE_NOOP("ReferralModels", "Gegevens"),
        QT_TRANSLATE_NOOP("ReferralModels", "Datum"),
        QT_TRANSLATE_NOOP("ReferralModels", "Geldig tot"),
        QT_TRANSLATE_NOOP("ReferralModels", "Status"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._newest_vastleggen: str | None = None
        self.today = date.today()

    def set_consents(self, rows: Iterable[ConsentRecord]) -> None:
        """The client's consents, newest first."""
        records = list(rows)
        self._newest_vastleggen = next((r.id for r in records if r.kind == "vastleggen"), None)
        self.today = date.today()
        self.set_rows(records)

    def _codes(self, codes: object) -> str:
        items = codes if isinstance(codes, list) else []
        return ", ".join(topic_name(str(c)) for c in items)

    @override
    def cell(self, obj: ConsentRecord, column: int) -> str:
        data = obj.data
        vastleggen = obj.kind == "vastleggen"
        if column == 0:
            return _tr(
                QT_TRANSLATE_NOOP("ReferralModels", "Vastleggen")
                if vastleggen
                else QT_TRANSLATE_NOOP("ReferralModels", "Gericht")
            )
        if column == 1:
            ontvanger = data.get("ontvanger")
            name = ontvanger.get("naam") if isinstance(ontvanger, dict) else None
            return str(name) if name and not vastleggen else "—"
        if column == 2:
            if vastleggen:
                besluit = str(data.get("besluit", ""))
                excluded = self._codes(data.get("uitgesloten"))
                return f"{besluit}: {excluded}" if excluded else besluit
            return self._codes(data.get("leefgebieden")) or "—"
        if column == 3:
            items = data.get("gegevens")
            return ", ".join(str(i) for i in items) if isinstance(items, list) else "—"
        if column == 4:
            return format_date(obj.datum)
        if column == 5:
            return iso_text(data.get("geldig_tot"))
        return consent_status(obj, self._newest_vastleggen, self.today)
