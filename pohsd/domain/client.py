"""Client record DTOs: client, address, household member, network person."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from pohsd.domain.enums import HOUSEHOLD_RELATIES, NETWORK_RELATIES, NETWORK_ROLLEN, Gender
from pohsd.domain.errors import ValidationError
from pohsd.domain.validation import (
    check_birth_date,
    clean_text,
    normalize_bsn,
    normalize_email,
    normalize_phone,
    normalize_postcode,
    require_choice,
)


@dataclass(frozen=True)
class Address:
    street: str = field(default="", repr=False)
    house_number: str = field(default="", repr=False)
    addition: str = field(default="", repr=False)
    postal_code: str = field(default="", repr=False)
    city: str = field(default="", repr=False)

    @property
    def is_empty(self) -> bool:
        return not any((self.street, self.house_number, self.postal_code, self.city))


@dataclass(frozen=True)
class HouseholdMember:
    relation: str
    given_name: str = field(repr=False)
    birth_date: date | None = field(default=None, repr=False)
    id: str | None = None


@dataclass(frozen=True)
class NetworkPerson:
    naam: str = field(repr=False)
    relatie: str = "anders"
    rol: tuple[str, ...] = ()
    telefoon: str = field(default="", repr=False)
    mag_benaderd: bool | None = None
    id: str | None = None


@dataclass(frozen=True)
class ClientInput:
    """What a person types to create or edit a client; validated by `validated()`."""

    given_name: str = field(repr=False)
    family_name: str = field(repr=False)
    birth_date: date | None = field(repr=False)
    gender: Gender = Gender.ONBEKEND
    bsn: str = field(default="", repr=False)
    address: Address = field(default_factory=Address, repr=False)
    phone: str = field(default="", repr=False)
    email: str = field(default="", repr=False)
    responsible_gp: str = field(default="", repr=False)
    household: tuple[HouseholdMember, ...] = field(default=(), repr=False)
    network: tuple[NetworkPerson, ...] = field(default=(), repr=False)

    def validated(self, today: date) -> ClientInput:
        """Return a normalised copy, or raise ValidationError naming the first bad field."""
        if self.birth_date is None:
            raise ValidationError("birth_date", "required")
        address = self.address
        if not address.is_empty:
            address = Address(
                street=clean_text(address.street, "address.street", max_len=200) or "",
                house_number=clean_text(address.house_number, "address.house_number", max_len=20)
                or "",
                addition=clean_text(address.addition, "address.addition", max_len=20) or "",
                postal_code=normalize_postcode(address.postal_code, "address.postal_code") or "",
                city=clean_text(address.city, "address.city", max_len=100) or "",
            )
        household = tuple(
            _valid_household(m, f"household[{i}]", today) for i, m in enumerate(self.household)
        )
        network = tuple(_valid_network(p, f"network[{i}]") for i, p in enumerate(self.network))
        return replace(
            self,
            given_name=clean_text(self.given_name, "given_name", required=True, max_len=100) or "",
            family_name=clean_text(self.family_name, "family_name", required=True, max_len=100)
            or "",
            birth_date=check_birth_date(self.birth_date, today),
            bsn=normalize_bsn(self.bsn) or "",
            address=address,
            phone=normalize_phone(self.phone) or "",
            email=normalize_email(self.email) or "",
            responsible_gp=clean_text(self.responsible_gp, "responsible_gp", max_len=200) or "",
            household=household,
            network=network,
        )


def _valid_household(m: HouseholdMember, path: str, today: date) -> HouseholdMember:
    return replace(
        m,
        relation=require_choice(m.relation, HOUSEHOLD_RELATIES, f"{path}.relation"),
        given_name=clean_text(m.given_name, f"{path}.given_name", required=True, max_len=100) or "",
        birth_date=check_birth_date(m.birth_date, today, f"{path}.birth_date")
        if m.birth_date
        else None,
    )


def _valid_network(p: NetworkPerson, path: str) -> NetworkPerson:
    for rol in p.rol:
        require_choice(rol, NETWORK_ROLLEN, f"{path}.rol")
    return replace(
        p,
        naam=clean_text(p.naam, f"{path}.naam", required=True, max_len=100) or "",
        relatie=require_choice(p.relatie, NETWORK_RELATIES, f"{path}.relatie"),
        telefoon=normalize_phone(p.telefoon, f"{path}.telefoon") or "",
    )


@dataclass(frozen=True)
class Client:
    """A stored client record."""

    id: str
    given_name: str = field(repr=False)
    family_name: str = field(repr=False)
    birth_date: date = field(repr=False)
    gender: Gender = Gender.ONBEKEND
    bsn: str = field(default="", repr=False)
    address: Address = field(default_factory=Address, repr=False)
    phone: str = field(default="", repr=False)
    email: str = field(default="", repr=False)
    responsible_gp: str = field(default="", repr=False)
    household: tuple[HouseholdMember, ...] = field(default=(), repr=False)
    network: tuple[NetworkPerson, ...] = field(default=(), repr=False)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    archived_at: datetime | None = None

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    def age_on(self, day: date) -> int:
        years = day.year - self.birth_date.year
        if (day.month, day.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years

    def as_input(self) -> ClientInput:
        return ClientInput(
            given_name=self.given_name,
            family_name=self.family_name,
            birth_date=self.birth_date,
            gender=self.gender,
            bsn=self.bsn,
            address=self.address,
            phone=self.phone,
            email=self.email,
            responsible_gp=self.responsible_gp,
            household=self.household,
            network=self.network,
        )


@dataclass(frozen=True)
class ClientSummary:
    """One row of the client list."""

    id: str
    given_name: str = field(repr=False)
    family_name: str = field(repr=False)
    birth_date: date = field(repr=False)
    postal_code: str = field(default="", repr=False)
    archived: bool = False
    open_conversation: bool = False  # an intake or vervolg not yet afgerond
    open_referrals: int = 0  # referrals not in a terminal state
    next_contact: date | None = None  # the follow-up date of the latest conversation

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"
