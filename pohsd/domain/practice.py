"""Practice and user DTOs."""

from __future__ import annotations

from dataclasses import dataclass, field

from pohsd.domain.enums import Rol
from pohsd.domain.validation import clean_text, normalize_agb, normalize_phone


@dataclass(frozen=True)
class Practice:
    naam: str
    agb_code: str = ""
    adres: str = ""
    telefoon: str = ""
    huisartsen: tuple[str, ...] = ()


@dataclass(frozen=True)
class User:
    id: str
    name: str
    display_name: str = field(default="")
    rol: Rol = Rol.POH

    @property
    def label(self) -> str:
        return self.display_name or self.name


@dataclass(frozen=True)
class AuditEntry:
    """One audit row as shown to a person (ids and codes only)."""

    seq: int
    ts_utc: str
    user_name: str
    rol: str
    workstation: str
    source: str
    action: str
    event: str
    object_type: str
    object_id: str
    client_id: str
    outcome: str
    purpose: str


def validated_practice(practice: Practice) -> Practice:
    huisartsen = tuple(
        clean_text(naam, f"huisartsen[{i}]", required=True, max_len=200) or ""
        for i, naam in enumerate(practice.huisartsen)
        if naam.strip()
    )
    return Practice(
        naam=clean_text(practice.naam, "naam", required=True, max_len=200) or "",
        agb_code=normalize_agb(practice.agb_code) or "",
        adres=clean_text(practice.adres, "adres", max_len=500) or "",
        telefoon=normalize_phone(practice.telefoon, "telefoon") or "",
        huisartsen=huisartsen,
    )
