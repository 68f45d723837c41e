"""Pieces every letter shares: kenmerk, template fields, signature and the step-6 checks."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterable

from pohsd.documents.facts import Sources
from pohsd.documents.models import (
    Block,
    Finding,
    Heading,
    Omission,
    Paragraph,
    TemplateFields,
    block_text,
)
from pohsd.documents.sanitize import bsn_like, code_patterns, one_line
from pohsd.documents.textfmt import dmy, long_date

#: Crockford Base32 without I, L, O and U (letters §5.1).
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KENMERK_LENGTH = 8
FUNCTIE = "praktijkondersteuner sociaal domein"
GREETING = "Met vriendelijke groet,"


def new_kenmerk() -> str:
    """8 characters of Crockford Base32 from a cryptographic source; never from client data."""
    return "".join(secrets.choice(CROCKFORD) for _ in range(KENMERK_LENGTH))


def new_document_id() -> str:
    return str(uuid.uuid4())


def _split_address(adres: str) -> tuple[str, str]:
    """Split "Lindelaan 1, 3500 AA Utrecht" into street and postcode-plus-town."""
    street, _, rest = one_line(adres).rpartition(",")
    return (street.strip(), rest.strip()) if street else (rest.strip(), "")


def huisarts_naam(src: Sources) -> str:
    if src.client.responsible_gp:
        return one_line(src.client.responsible_gp)
    return one_line(src.practice.huisartsen[0]) if src.practice.huisartsen else ""


def template_fields(
    src: Sources,
    *,
    titel: str,
    kenmerk: str,
    betreft: str,
    ontvanger: str = "",
    with_agb: bool = True,
) -> TemplateFields:
    """The whitelisted placeholder values; the AGB codes stay out of the client summary."""
    practice, settings = src.practice, src.settings
    street, town = _split_address(practice.adres)
    return TemplateFields(
        praktijk={
            "naam": one_line(practice.naam),
            "adres": street,
            "postcode_plaats": town,
            "telefoon": one_line(practice.telefoon),
            "email": one_line(settings.get("praktijk.email", "")),
            "website": one_line(settings.get("praktijk.website", "")),
            "agb": one_line(practice.agb_code) if with_agb else "",
        },
        afzender={
            "naam": one_line(src.user.label),
            "functie": FUNCTIE,
            "telefoon": one_line(settings.get("afzender.telefoon", practice.telefoon)),
            "email": one_line(settings.get("afzender.email", "")),
            "bereikbaar": one_line(settings.get("afzender.bereikbaar", "")),
        },
        huisarts={
            "naam": huisarts_naam(src),
            "agb": one_line(settings.get("huisarts.agb", "")) if with_agb else "",
        },
        ontvanger={"adresblok": ontvanger},
        document={"titel": titel, "datum": long_date(src.today), "kenmerk": kenmerk},
        betreft=betreft,
    )


def betreft_line(src: Sources) -> str:
    """<naam>, geboren <dd-mm-jjjj> (for the header of later pages)."""
    return f"{one_line(src.client.full_name)}, geboren {dmy(src.client.birth_date)}"


def signature(src: Sources, *, namens: bool = True) -> list[Block]:
    """Met vriendelijke groet, name, function, "namens <huisarts>"."""
    function = "Praktijkondersteuner sociaal domein"
    gp = huisarts_naam(src)
    if namens and gp:
        function += f", namens {gp}, huisarts"
    return [
        Paragraph(GREETING),
        Paragraph(one_line(src.user.label)),
        Paragraph(function),
    ]


def section(title: str, blocks: Iterable[Block], *, level: int = 1) -> list[Block]:
    return [Heading(title, level), *blocks]


def omitted_unique(items: Iterable[Omission]) -> tuple[Omission, ...]:
    return tuple(dict.fromkeys(items))


def text_checks(
    blocks: Iterable[Block], *, bsn_allowed: bool, codes_blocked: bool, extra: str = ""
) -> list[Finding]:
    """Step 6 on the final text: BSN-like numbers where BSN is not allowed; code patterns."""
    text = "\n".join(line for b in blocks for line in block_text(b)) + "\n" + extra
    findings = []
    if not bsn_allowed and bsn_like(text):
        findings.append(Finding("bsn_in_text", True, "9 cijfers die de elfproef halen"))
    if codes_blocked:
        for code in code_patterns(text):
            findings.append(Finding("code_pattern", True, code))
    return findings
