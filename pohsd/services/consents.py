"""Toestemming (spec/intake.md §9): vastleggen at the opening, gericht per recipient.

A change of the consent for vastleggen is always a new record; a gerichte toestemming is
withdrawn by setting its status. Each record is stored as its exchange-format object.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pohsd.domain.changes import Changes
from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.intake import CONSENT_STATUSES, ConsentRecord
from pohsd.domain.questionnaire import DOMAIN_CODES, TOPIC_CODES
from pohsd.domain.validation import clean_text
from pohsd.services.base import Context, utcnow
from pohsd.store.models import ClientRow, ConsentRow

BESLUITEN = ("ja", "ja, behalve", "nee")
VORMEN = ("mondeling", "schriftelijk")
UITLEG = ("doel", "wie ziet wat", "samenvatting naar huisarts", "bewaartermijn", "rechten")
GEGEVENS_ALTIJD = "naam en geboortedatum"
GEGEVENS = (
    GEGEVENS_ALTIJD,
    "adres",
    "telefoon",
    "e-mail",
    "BSN",
    "zelfredzaamheidsscores",
    "uitkomsten vragenlijsten",
    "medische informatie",
    "contactpersoon uit netwerk",
)
ONTVANGER_KEYS = ("service_id", "organization_id", "naam")
GERICHT_INPUT_KEYS = (
    "ontvanger",
    "doel",
    "leefgebieden",
    "gegevens",
    "vorm",
    "datum",
    "geldig_tot",
)
MAX_ID = 100
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MAX_NAME = 200


# ---- validation (also used by pohsd.exchange; `path` prefixes every field) ---------------------


def _field(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _choice(value: object, options: Sequence[str], field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, "wrong_type")
    if value not in options:
        raise ValidationError(field, "unknown_option")
    return value


def _codes(value: object, options: Sequence[str], field: str) -> list[str]:
    if not isinstance(value, list | tuple):
        raise ValidationError(field, "wrong_type")
    out = [_choice(v, options, f"{field}[{i}]") for i, v in enumerate(value)]
    for i, code in enumerate(out):
        if out.index(code) != i:
            raise ValidationError(f"{field}[{i}]", "duplicate_option")
    return out


def _day(value: object, field: str) -> date:
    if isinstance(value, datetime):
        raise ValidationError(field, "date_format")
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValidationError(field, "date_format")


def _past_or_today(day: date, today: date, field: str) -> date:
    if day > today:
        raise ValidationError(field, "date_in_future")
    if day.year < today.year - 125:
        raise ValidationError(field, "date_too_old")
    return day


def _text(value: object, field: str, *, required: bool = True, max_len: int = 10_000) -> str:
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, "wrong_type")
    return clean_text(value, field, required=required, max_len=max_len) or ""


def vastleggen_data(
    besluit: object,
    uitgesloten: object,
    vorm: object,
    datum: object,
    uitleg_gegeven: object = (),
    *,
    today: date,
    path: str = "",
) -> dict[str, Any]:
    """The exchange object of a toestemming voor vastleggen (without id), or ValidationError."""
    data: dict[str, Any] = {"kind": "vastleggen"}
    data["besluit"] = _choice(besluit, BESLUITEN, _field(path, "besluit"))
    excluded = _codes(uitgesloten, DOMAIN_CODES, _field(path, "uitgesloten"))
    if data["besluit"] == "ja, behalve" and not excluded:
        raise ValidationError(_field(path, "uitgesloten"), "required")
    if data["besluit"] != "ja, behalve" and excluded:
        raise ValidationError(_field(path, "uitgesloten"), "inconsistent")
    data["uitgesloten"] = excluded
    data["vorm"] = _choice(vorm, VORMEN, _field(path, "vorm"))
    day = _past_or_today(_day(datum, _field(path, "datum")), today, _field(path, "datum"))
    data["datum"] = day.isoformat()
    explained = _codes(uitleg_gegeven, UITLEG, _field(path, "uitleg_gegeven"))
    if explained:
        data["uitleg_gegeven"] = explained
    return data


def gericht_data(
    raw: Mapping[str, Any],
    *,
    today: date,
    path: str = "",
    allowed: Sequence[str] = GERICHT_INPUT_KEYS,
) -> dict[str, Any]:
    """The exchange object of a gerichte toestemming (without id), or ValidationError.

    `raw` holds the §9.2 fields; `status` and `ingetrokken_op` only when `allowed` lists them
    (the import); a new record from the app is always actief.
    """
    if not isinstance(raw, Mapping):
        raise ValidationError(path or "data", "wrong_type")
    for key in raw:
        if key not in allowed:
            raise ValidationError(_field(path, str(key)), "unknown_key")
    data: dict[str, Any] = {"kind": "gericht"}
    data["vorm"] = _choice(raw.get("vorm"), VORMEN, _field(path, "vorm"))
    day = _past_or_today(
        _day(raw.get("datum", today), _field(path, "datum")), today, _field(path, "datum")
    )
    data["datum"] = day.isoformat()
    data["ontvanger"] = _ontvanger(raw.get("ontvanger"), _field(path, "ontvanger"))
    data["doel"] = _text(raw.get("doel"), _field(path, "doel"))
    codes = _codes(
        raw.get("leefgebieden"), (*DOMAIN_CODES, *TOPIC_CODES), _field(path, "leefgebieden")
    )
    if not codes:
        raise ValidationError(_field(path, "leefgebieden"), "required")
    data["leefgebieden"] = codes
    items = _codes(raw.get("gegevens"), GEGEVENS, _field(path, "gegevens"))
    if GEGEVENS_ALTIJD not in items:
        raise ValidationError(_field(path, "gegevens"), "required")
    data["gegevens"] = items
    if raw.get("geldig_tot") is not None:
        until = _day(raw["geldig_tot"], _field(path, "geldig_tot"))
        if until < day:
            raise ValidationError(_field(path, "geldig_tot"), "time_order")
        data["geldig_tot"] = until.isoformat()
    status = raw.get("status", "actief")
    data["status"] = _choice(status, CONSENT_STATUSES, _field(path, "status"))
    withdrawn = raw.get("ingetrokken_op")
    if data["status"] == "ingetrokken":
        if withdrawn is None:
            raise ValidationError(_field(path, "ingetrokken_op"), "required")
        when = _day(withdrawn, _field(path, "ingetrokken_op"))
        _past_or_today(when, today, _field(path, "ingetrokken_op"))
        if when < day:
            raise ValidationError(_field(path, "ingetrokken_op"), "time_order")
        data["ingetrokken_op"] = when.isoformat()
    elif withdrawn is not None:
        raise ValidationError(_field(path, "ingetrokken_op"), "inconsistent")
    return data


def _ontvanger(raw: object, path: str) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        raise ValidationError(path, "required" if raw is None else "wrong_type")
    for key in raw:
        if key not in ONTVANGER_KEYS:
            raise ValidationError(f"{path}.{key}", "unknown_key")
    out = {
        "service_id": _text(raw.get("service_id"), f"{path}.service_id", max_len=MAX_ID),
    }
    organization = _text(
        raw.get("organization_id"), f"{path}.organization_id", required=False, max_len=MAX_ID
    )
    if organization:
        out["organization_id"] = organization
    out["naam"] = _text(raw.get("naam"), f"{path}.naam", max_len=MAX_NAME)
    return out


# ---- rows -------------------------------------------------------------------------------------


def consent_record(row: ConsentRow) -> ConsentRecord:
    data = json.loads(row.data)
    return ConsentRecord(
        id=row.id,
        kind=row.kind,
        datum=row.datum,
        data={"id": row.id, **data},
        created_at=row.created_at.replace(tzinfo=UTC)
        if row.created_at.tzinfo is None
        else row.created_at,
    )


def consent_row(
    consent_id: str, client_id: str, data: Mapping[str, Any], created_at: datetime, by: str
) -> ConsentRow:
    body = {k: v for k, v in data.items() if k != "id"}
    return ConsentRow(
        id=consent_id,
        client_id=client_id,
        kind=body["kind"],
        data=json.dumps(body, ensure_ascii=False),
        datum=date.fromisoformat(body["datum"]),
        created_at=created_at,
        created_by=by,
    )


def load_consents(s: Session, client_id: str) -> list[ConsentRecord]:
    """The client's consents in the order they were recorded (oldest first)."""
    rows = s.scalars(
        select(ConsentRow).where(ConsentRow.client_id == client_id).order_by(ConsentRow.created_at)
    )
    return [consent_record(r) for r in rows]


class ConsentService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def list(self, client_id: str) -> list[ConsentRecord]:
        """Every consent of the client, newest first (by datum, then by when recorded)."""
        with self._ctx.transaction() as s:
            _require_client(s, client_id)
            records = load_consents(s, client_id)
        return sorted(records, key=lambda r: (r.datum, r.created_at or _EPOCH), reverse=True)

    def current_vastleggen(self, client_id: str) -> ConsentRecord | None:
        """The toestemming voor vastleggen that holds now: the newest record, if any."""
        return next((r for r in self.list(client_id) if r.kind == "vastleggen"), None)

    def record_vastleggen(
        self,
        client_id: str,
        besluit: str,
        uitgesloten: Sequence[str],
        vorm: str,
        datum: date,
        uitleg_gegeven: Sequence[str] = (),
        *,
        today: date | None = None,
    ) -> tuple[ConsentRecord, Changes]:
        """Record the answer to "Vindt u het goed dat ik aantekeningen maak?" (a new record).

        Raises:
            ValidationError: besluit / uitgesloten / vorm / datum / uitleg_gegeven and the rule.
        """
        data = vastleggen_data(
            besluit, list(uitgesloten), vorm, datum, list(uitleg_gegeven),
            today=today or date.today(),
        )  # fmt: skip
        return self._add(client_id, data, "consent.vastleggen")

    def add_gericht(
        self, client_id: str, data: Mapping[str, Any], *, today: date | None = None
    ) -> tuple[ConsentRecord, Changes]:
        """A gerichte toestemming (spec §9.2): ontvanger, doel, leefgebieden, gegevens, vorm.

        `datum` defaults to today; `geldig_tot` is optional. The new record is actief.
        """
        return self._add(
            client_id, gericht_data(data, today=today or date.today()), "consent.gericht"
        )

    def withdraw(
        self, consent_id: str, *, today: date | None = None
    ) -> tuple[ConsentRecord, Changes]:
        """Intrekken. A gerichte toestemming gets status ingetrokken and today's date.

        Withdrawing the toestemming voor vastleggen records a new "nee" (a change is always a
        new record). Withdrawing what is no longer actief changes nothing.
        """
        day = today or date.today()
        with self._ctx.transaction() as s:
            row = s.get(ConsentRow, consent_id)
            if row is None:
                raise PohsdError(ErrorCode.NOT_FOUND, object_type="consent")
            record = consent_record(row)
            if row.kind == "vastleggen":
                client_id = row.client_id
            else:
                if record.status != "actief":
                    return record, Changes()
                data = {k: v for k, v in record.data.items() if k != "id"}
                data["status"] = "ingetrokken"
                data["ingetrokken_op"] = max(day, row.datum).isoformat()
                row.data = json.dumps(data, ensure_ascii=False)
                self._ctx.log(
                    s,
                    AuditAction.UPDATE,
                    "consent.withdraw",
                    object_type="consent",
                    object_id=row.id,
                    client_id=row.client_id,
                )
                return consent_record(row), Changes(clients=True, audit=True)
        vorm = str(record.data.get("vorm", "mondeling"))
        data = vastleggen_data(
            "nee", [], vorm, max(day, record.datum), today=max(day, record.datum)
        )
        return self._add(client_id, data, "consent.vastleggen")

    def _add(
        self, client_id: str, data: dict[str, Any], event: str
    ) -> tuple[ConsentRecord, Changes]:
        with self._ctx.transaction() as s:
            _require_client(s, client_id)
            now = utcnow()
            last = s.scalar(
                select(ConsentRow.created_at)
                .where(ConsentRow.client_id == client_id)
                .order_by(ConsentRow.created_at.desc())
                .limit(1)
            )
            if last is not None and last.replace(tzinfo=now.tzinfo) >= now:
                now = last.replace(tzinfo=now.tzinfo) + timedelta(microseconds=1)  # keep order
            row = consent_row(str(uuid.uuid4()), client_id, data, now, self._ctx.actor.user_id)
            s.add(row)
            s.flush()
            self._ctx.log(
                s,
                AuditAction.CREATE,
                event,
                object_type="consent",
                object_id=row.id,
                client_id=client_id,
                detail_code=str(data.get("besluit", data["kind"])),
            )
            return consent_record(row), Changes(clients=True, audit=True)


def _require_client(s: Session, client_id: str) -> None:
    if s.get(ClientRow, client_id) is None:
        raise PohsdError(ErrorCode.NOT_FOUND, object_type="client")
