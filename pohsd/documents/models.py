"""Letter models: the body as blocks, the template fields, what was left out and the checks.

A model holds only what its document type may show (letters §0.2): the builders filter by
consent and whitelist before anything reaches a block, so every renderer (text, .docx, PDF)
shows the same, already minimised content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

VERWIJSBRIEF = "verwijsbrief"
TERUGKOPPELING = "terugkoppeling"
STATUSUPDATE = "statusupdate"
SAMENVATTING = "samenvatting"
SOEP = "soep"
KINDS = (VERWIJSBRIEF, TERUGKOPPELING, STATUSUPDATE, SAMENVATTING)

#: NEN 7513 PurposeOfUse per document type (letters §5.3).
PURPOSES = {
    VERWIJSBRIEF: "verwijzing",
    TERUGKOPPELING: "terugkoppeling huisarts",
    STATUSUPDATE: "terugkoppeling huisarts",
    SAMENVATTING: "informatie cliënt",
}

# Reasons in the "Niet opgenomen" panel (letters §0.1 step 5).
GEEN_TOESTEMMING = "geen toestemming"
NIET_TOEGESTAAN = "niet toegestaan in dit document"
NIET_INGEVULD = "niet ingevuld"
GEEN_ZORGAANBIEDER = "niet toegestaan: ontvanger is geen zorgaanbieder"
PRAKTIJKINSTELLING = "niet toegestaan: praktijkinstelling staat uit"
NIET_VASTLEGGEN = "geen toestemming voor vastleggen"


# ---- body blocks ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    text: str = field(repr=False)
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str = field(repr=False)
    bold: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...] = field(repr=False)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = field(repr=False)


@dataclass(frozen=True)
class Box:
    """A framed paragraph (the help line in the client summary)."""

    text: str = field(repr=False)


Block = Heading | Paragraph | Bullets | Table | Box


def block_text(block: Block) -> list[str]:
    """The lines of text a block shows (for checks and the plain-text form)."""
    if isinstance(block, Bullets):
        return [f"- {item}" for item in block.items]
    if isinstance(block, Table):
        return [" | ".join(block.header), *(" | ".join(row) for row in block.rows)]
    return [block.text]


# ---- the rest of a model --------------------------------------------------------------------


@dataclass(frozen=True)
class Omission:
    """One line of "Niet opgenomen": what, and why."""

    item: str
    reason: str


@dataclass(frozen=True)
class Finding:
    """A step-6 check result; `blocking` findings stop "Definitief" and export."""

    code: str  # bsn_in_text | code_pattern | unknown_placeholder | b1_* | length
    blocking: bool
    detail: str = field(default="", repr=False)


@dataclass(frozen=True)
class Soep:
    """The four SOEP fields as one-line texts (no hard line breaks)."""

    s: str = field(repr=False)
    o: str = field(repr=False)
    e: str = field(repr=False)
    p: str = field(repr=False)

    def fields(self) -> tuple[tuple[str, str], ...]:
        return (("S", self.s), ("O", self.o), ("E", self.e), ("P", self.p))


@dataclass(frozen=True)
class TemplateFields:
    """The whitelisted placeholder values (letters §4.2); nothing else reaches a template."""

    praktijk: dict[str, str] = field(repr=False)
    afzender: dict[str, str] = field(repr=False)
    huisarts: dict[str, str] = field(repr=False)
    ontvanger: dict[str, str] = field(repr=False)
    document: dict[str, str] = field(repr=False)
    betreft: str = field(default="", repr=False)

    def context(self) -> dict[str, object]:
        return {
            "praktijk": dict(self.praktijk),
            "afzender": dict(self.afzender),
            "huisarts": dict(self.huisarts),
            "ontvanger": dict(self.ontvanger),
            "document": dict(self.document),
            "betreft": self.betreft,
        }


@dataclass(frozen=True)
class LetterModel:
    """One document, ready to render; built only by `pohsd.documents` builders."""

    kind: str
    document_id: str
    kenmerk: str
    datum: date
    titel: str = field(repr=False)
    client_id: str
    fields: TemplateFields
    blocks: tuple[Block, ...] = field(repr=False)
    omitted: tuple[Omission, ...] = ()
    findings: tuple[Finding, ...] = ()
    footer: str = "Vertrouwelijk"
    version: int = 1
    intake_id: str | None = None
    referral_id: str | None = None
    consent_id: str | None = None
    recipient_id: str | None = None
    soep: Soep | None = None
    large_print: bool = False

    @property
    def purpose(self) -> str:
        return PURPOSES[self.kind]

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.blocking)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.blocking)

    def text(self) -> str:
        """The body as plain text (preview, checks, tests); headings on their own line."""
        out: list[str] = [self.titel, ""]
        for block in self.blocks:
            if isinstance(block, Heading):
                out.append("")
            out.extend(block_text(block))
        return "\n".join(out).strip() + "\n"


@dataclass(frozen=True)
class VerwijsbriefModel(LetterModel):
    """Verwijsbrief aan een aanbieder (letters §1): only what the gerichte toestemming covers."""

    bsn_included: bool = False


@dataclass(frozen=True)
class TerugkoppelingModel(LetterModel):
    """Terugkoppeling aan de huisarts (letters §2.1–2.2): letter plus SOEP text."""


@dataclass(frozen=True)
class StatusupdateModel(LetterModel):
    """Statusupdate verwijzing (letters §2.3): a short SOEP for the GP."""


@dataclass(frozen=True)
class B1SamenvattingModel(LetterModel):
    """Samenvatting voor de cliënt in B1 (letters §3): no codes, no scores."""
