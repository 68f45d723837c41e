"""Client aggregate: client row with household members and network persons."""

from __future__ import annotations

import json
import re
import uuid
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from pohsd.domain.client import (
    Address,
    Client,
    ClientInput,
    ClientSummary,
    HouseholdMember,
    NetworkPerson,
)
from pohsd.domain.enums import Gender
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.referral import TERMINAL
from pohsd.store.models import (
    ClientRow,
    HouseholdMemberRow,
    IntakeRow,
    NetworkPersonRow,
    ReferralRow,
)

_DATE_NL = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_POSTCODE_PART = re.compile(r"^[1-9][0-9]{3}\s?[A-Za-z]{0,2}$")


def _to_dto(row: ClientRow) -> Client:
    return Client(
        id=row.id,
        given_name=row.given_name,
        family_name=row.family_name,
        birth_date=row.birth_date,
        gender=Gender(row.gender),
        bsn=row.bsn or "",
        address=Address(row.street, row.house_number, row.addition, row.postal_code, row.city),
        phone=row.phone,
        email=row.email,
        responsible_gp=row.responsible_gp,
        household=tuple(
            HouseholdMember(m.relation, m.given_name, m.birth_date, m.id) for m in row.household
        ),
        network=tuple(
            NetworkPerson(
                naam=p.naam,
                relatie=p.relatie,
                rol=tuple(json.loads(p.rol)),
                telefoon=p.telefoon,
                mag_benaderd=p.mag_benaderd,
                id=p.id,
            )
            for p in row.network
        ),
        created_at=row.created_at,
        updated_at=row.updated_at,
        archived_at=row.archived_at,
    )


def _apply(row: ClientRow, data: ClientInput) -> None:
    row.given_name = data.given_name
    row.family_name = data.family_name
    assert data.birth_date is not None  # noqa: S101 — validated() guarantees it
    row.birth_date = data.birth_date
    row.gender = data.gender.value
    row.bsn = data.bsn or None
    row.street = data.address.street
    row.house_number = data.address.house_number
    row.addition = data.address.addition
    row.postal_code = data.address.postal_code
    row.city = data.address.city
    row.phone = data.phone
    row.email = data.email
    row.responsible_gp = data.responsible_gp
    row.household = [
        HouseholdMemberRow(
            id=m.id or str(uuid.uuid4()),
            position=i,
            relation=m.relation,
            given_name=m.given_name,
            birth_date=m.birth_date,
        )
        for i, m in enumerate(data.household)
    ]
    row.network = [
        NetworkPersonRow(
            id=p.id or str(uuid.uuid4()),
            position=i,
            naam=p.naam,
            relatie=p.relatie,
            rol=json.dumps(list(p.rol), ensure_ascii=False),
            telefoon=p.telefoon,
            mag_benaderd=p.mag_benaderd,
        )
        for i, p in enumerate(data.network)
    ]


def create(
    session: Session, data: ClientInput, now: datetime, client_id: str | None = None
) -> Client:
    if client_id and session.get(ClientRow, client_id) is not None:
        raise PohsdError(ErrorCode.DB_EXISTS)
    row = ClientRow(id=client_id or str(uuid.uuid4()), created_at=now, updated_at=now)
    _apply(row, data)
    session.add(row)
    session.flush()
    return _to_dto(row)


def update(session: Session, client_id: str, data: ClientInput, now: datetime) -> Client:
    row = _get_row(session, client_id)
    _apply(row, data)
    row.updated_at = now
    session.flush()
    return _to_dto(row)


def set_archived(session: Session, client_id: str, when: datetime | None) -> Client:
    row = _get_row(session, client_id)
    row.archived_at = when
    row.updated_at = when or row.updated_at
    session.flush()
    return _to_dto(row)


def get(session: Session, client_id: str) -> Client:
    return _to_dto(_get_row(session, client_id))


def _get_row(session: Session, client_id: str) -> ClientRow:
    row = session.get(ClientRow, client_id)
    if row is None:
        raise PohsdError(ErrorCode.NOT_FOUND, object_type="client")
    return row


def _parse_date(term: str) -> date | None:
    for pattern, order in ((_DATE_NL, (3, 2, 1)), (_DATE_ISO, (1, 2, 3))):
        match = pattern.match(term)
        if match:
            try:
                return date(*(int(match.group(i)) for i in order))
            except ValueError:
                return None
    return None


def search_query(text: str, *, include_archived: bool = False) -> Select[tuple[ClientRow]]:
    """Each word must match a name, a birth date (dd-mm-jjjj) or a postcode (prefix)."""
    query = select(ClientRow)
    if not include_archived:
        query = query.where(ClientRow.archived_at.is_(None))
    words = text.split()
    # a postcode may be typed with a space: join "3562 AB" back into one term
    terms: list[str] = []
    for word in words:
        if (
            terms
            and re.fullmatch(r"[1-9][0-9]{3}", terms[-1])
            and re.fullmatch(r"[A-Za-z]{2}", word)
        ):
            terms[-1] = f"{terms[-1]}{word}"
        else:
            terms.append(word)
    for term in terms:
        day = _parse_date(term)
        if day is not None:
            query = query.where(ClientRow.birth_date == day)
        elif _POSTCODE_PART.match(term):
            compact = term.replace(" ", "").upper()
            pattern = compact[:4] + (" " + compact[4:] if len(compact) > 4 else "") + "%"
            query = query.where(ClientRow.postal_code.like(pattern))
        else:
            like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            query = query.where(
                or_(
                    ClientRow.given_name.ilike(like, escape="\\"),
                    ClientRow.family_name.ilike(like, escape="\\"),
                    (ClientRow.given_name + " " + ClientRow.family_name).ilike(like, escape="\\"),
                )
            )
    return query.order_by(func.lower(ClientRow.family_name), func.lower(ClientRow.given_name))


def search(
    session: Session, text: str, *, include_archived: bool = False, limit: int = 200
) -> list[ClientSummary]:
    rows = list(session.scalars(search_query(text, include_archived=include_archived).limit(limit)))
    progress = _progress(session, [r.id for r in rows])
    return [
        ClientSummary(
            id=r.id,
            given_name=r.given_name,
            family_name=r.family_name,
            birth_date=r.birth_date,
            postal_code=r.postal_code,
            archived=r.archived_at is not None,
            **progress.get(r.id, {}),
        )
        for r in rows
    ]


def _progress(session: Session, ids: list[str]) -> dict[str, dict[str, object]]:
    """Per client: an open conversation, open referrals, the next follow-up (two queries)."""
    out: dict[str, dict[str, object]] = {}
    if not ids:
        return out
    latest: dict[str, IntakeRow] = {}
    for row in session.scalars(
        select(IntakeRow).where(IntakeRow.client_id.in_(ids)).order_by(IntakeRow.created_at)
    ):
        latest[row.client_id] = row
        if row.status == "open":
            out.setdefault(row.client_id, {})["open_conversation"] = True
    for client_id, row in latest.items():
        if row.status == "afgerond" and row.follow_up_on is not None:
            out.setdefault(client_id, {})["next_contact"] = row.follow_up_on
    for client_id, n in session.execute(
        select(ReferralRow.client_id, func.count())
        .where(ReferralRow.client_id.in_(ids), ReferralRow.status.not_in(TERMINAL))
        .group_by(ReferralRow.client_id)
    ):
        out.setdefault(client_id, {})["open_referrals"] = int(n)
    return out


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(ClientRow)) or 0)
