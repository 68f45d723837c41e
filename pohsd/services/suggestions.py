"""A client's hulpvraag for the sociale kaart: needs, place, age and language from the dossier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.questionnaire import DOMAIN_CODES
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.intake.answers import build_sheet
from pohsd.intake.signalen import evaluate, hulpvraag
from pohsd.services.base import Context
from pohsd.services.consents import load_consents
from pohsd.services.intake_records import build_record
from pohsd.socialmap.suggest import ClientPlace, Need
from pohsd.store.models import IntakeRow, SocialmapFavouriteRow
from pohsd.store.repo import clients as client_repo

HOME_LANGUAGE = "meedoen.taal.thuistaal"


@dataclass(frozen=True)
class Hulpvraag:
    intake_id: str
    needs: list[Need]
    place: ClientPlace
    favourites: frozenset[str] = frozenset()  # the practice's favourite services


def _intake_row(s: Session, client_id: str, intake_id: str | None) -> IntakeRow:
    if intake_id:
        row = s.get(IntakeRow, intake_id)
        if row is None or row.client_id != client_id:
            raise PohsdError(ErrorCode.NOT_FOUND, what="intake")
        return row
    row = s.scalars(
        select(IntakeRow)
        .where(IntakeRow.client_id == client_id)
        .order_by(IntakeRow.created_at.desc())
        .limit(1)
    ).first()
    if row is None:
        raise ValidationError("intake", "no_intake")
    return row


def _excluded_domains(s: Session, client_id: str) -> set[str]:
    """Domains the toestemming voor vastleggen keeps out (all of them after a "nee")."""
    vastleggen = [c for c in load_consents(s, client_id) if c.kind == "vastleggen"]
    if not vastleggen:
        return set()
    current = vastleggen[-1].data
    if current.get("besluit") == "nee":
        return set(DOMAIN_CODES)
    return set(current.get("uitgesloten") or ())


def read_hulpvraag(
    ctx: Context, client_id: str, intake_id: str | None = None, *, today: date | None = None
) -> Hulpvraag:
    """Needs in ranking order plus where the client lives; one audited read of the dossier."""
    today = today or date.today()
    with ctx.transaction() as s:
        client = client_repo.get(s, client_id)
        row = _intake_row(s, client_id, intake_id)
        record = build_record(s, row)
        excluded = _excluded_domains(s, client_id)
        favourites = frozenset(s.scalars(select(SocialmapFavouriteRow.service_id)))
        ctx.log(
            s,
            AuditAction.READ,
            "socialmap.suggest",
            object_type="intake",
            object_id=row.id,
            client_id=client_id,
        )
    q = load_questionnaire(record.summary.question_set_version or "1")
    sheet = build_sheet(q, record.answers, record.answer_states, record.drafts)
    answers, states = sheet.to_json()  # the drafts count: suggestions follow the conversation
    evaluation = evaluate(q, answers, states, gender=client.gender, today=today)
    closed = [sig.signal_id for sig in record.signals if not sig.is_open]
    labels = {d.code: d.label for d in q.domains} | {t.code: t.label for t in q.topics}
    needs = [
        Need(
            code=n.code,
            label=labels.get(n.code, n.code),
            priority=n.priority,
            signal=bool(n.signals),
            zr=n.zr,
            aandacht=n.aandacht,
        )
        for n in hulpvraag(
            q, answers, states, evaluation, closed_signals=closed, excluded_domains=excluded
        )
    ]
    language = answers.get(HOME_LANGUAGE)
    home = str(language).strip().lower() if isinstance(language, str) else ""
    place = ClientPlace(
        postcode=client.address.postal_code or None,
        city=client.address.city or None,
        age=client.age_on(today),
        language=home if home and home != "nl" and "meedoen" not in excluded else None,
    )
    return Hulpvraag(row.id, needs, place, favourites)
