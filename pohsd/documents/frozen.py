"""Frozen letters (letters §0.1 step 8): the model as canonical JSON, its hash, the version DTO.

The canonical content of a frozen version is the JSON of its `LetterModel` (sorted keys,
no spaces, UTF-8). It is hashed rather than the .docx or PDF bytes: those carry zip and
creation timestamps and depend on the practice template, so they differ on every render,
while the model holds everything each renderer shows. Rendering a frozen version again
starts from exactly these bytes, so "same hash" means "same letter".
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pohsd.documents.models import (
    SAMENVATTING,
    STATUSUPDATE,
    TERUGKOPPELING,
    VERWIJSBRIEF,
    B1SamenvattingModel,
    Block,
    Box,
    Bullets,
    Finding,
    Heading,
    LetterModel,
    Omission,
    Paragraph,
    Soep,
    StatusupdateModel,
    Table,
    TemplateFields,
    TerugkoppelingModel,
    VerwijsbriefModel,
)

FORMAT = 1
_CLASSES: dict[str, type[LetterModel]] = {
    VERWIJSBRIEF: VerwijsbriefModel,
    TERUGKOPPELING: TerugkoppelingModel,
    STATUSUPDATE: StatusupdateModel,
    SAMENVATTING: B1SamenvattingModel,
}
_BLOCKS: dict[str, type[Any]] = {
    "heading": Heading, "paragraph": Paragraph, "bullets": Bullets, "table": Table, "box": Box,
}  # fmt: skip
_VERSION_MARK = re.compile(r" · versie \d+")


@dataclass(frozen=True)
class FrozenLetter:
    """One frozen version: what the Documenten list shows; `model` when it was loaded."""

    document_id: str
    version: int
    kind: str
    kenmerk: str
    client_id: str
    sha256: str
    created_at: datetime
    author: str
    referral_id: str | None = None
    consent_id: str | None = None
    reason: str = field(default="", repr=False)
    model: LetterModel | None = field(default=None, repr=False, compare=False)


def _block(block: Block) -> dict[str, Any]:
    name = next(k for k, v in _BLOCKS.items() if isinstance(block, v))
    return {"type": name, **dataclasses.asdict(block)}


def _unblock(raw: dict[str, Any]) -> Block:
    kind = _BLOCKS[raw["type"]]
    if kind is Heading:
        return Heading(raw["text"], int(raw["level"]))
    if kind is Paragraph:
        return Paragraph(raw["text"], bool(raw["bold"]))
    if kind is Bullets:
        return Bullets(tuple(raw["items"]))
    if kind is Table:
        return Table(tuple(raw["header"]), tuple(tuple(row) for row in raw["rows"]))
    return Box(raw["text"])


def to_dict(model: LetterModel) -> dict[str, Any]:
    """Every field of `model` as JSON values; blocks carry their type."""
    out: dict[str, Any] = {"format": FORMAT}
    for f in dataclasses.fields(model):
        value = getattr(model, f.name)
        if f.name == "blocks":
            value = [_block(b) for b in value]
        elif f.name == "datum":
            value = value.isoformat()
        elif f.name == "fields":
            value = value.context()
        elif f.name in ("omitted", "findings"):
            value = [dataclasses.asdict(x) for x in value]
        elif f.name == "soep":
            value = dataclasses.asdict(value) if value is not None else None
        out[f.name] = value
    return out


def canonical(model: LetterModel) -> bytes:
    """The bytes that are stored and hashed: sorted keys, no whitespace, UTF-8."""
    return json.dumps(
        to_dict(model), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")


def sha256_of(model: LetterModel) -> str:
    return hashlib.sha256(canonical(model)).hexdigest()


def from_json(content: str | bytes) -> LetterModel:
    """The model stored by `canonical`; raises ValueError/KeyError on a damaged record."""
    raw = json.loads(content)
    if raw.pop("format", None) != FORMAT:
        raise ValueError("unknown frozen letter format")
    cls = _CLASSES[raw["kind"]]
    fields_raw = raw["fields"]
    raw["fields"] = TemplateFields(
        praktijk=dict(fields_raw["praktijk"]), afzender=dict(fields_raw["afzender"]),
        huisarts=dict(fields_raw["huisarts"]), ontvanger=dict(fields_raw["ontvanger"]),
        document=dict(fields_raw["document"]), betreft=fields_raw["betreft"],
    )  # fmt: skip
    raw["datum"] = date.fromisoformat(raw["datum"])
    raw["blocks"] = tuple(_unblock(b) for b in raw["blocks"])
    raw["omitted"] = tuple(Omission(**o) for o in raw["omitted"])
    raw["findings"] = tuple(Finding(**f) for f in raw["findings"])
    raw["soep"] = Soep(**raw["soep"]) if raw.get("soep") is not None else None
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in raw.items() if k in names})


def versioned(model: LetterModel, version: int) -> LetterModel:
    """`model` as version `version`: a correction says "versie N" next to its kenmerk."""
    footer = _VERSION_MARK.sub("", model.footer)
    kenmerk = model.kenmerk
    if version > 1:
        mark = f"Kenmerk {model.kenmerk}"
        footer = footer.replace(mark, f"{mark} · versie {version}", 1)
        kenmerk = f"{model.kenmerk} · versie {version}"
    document = {**model.fields.document, "kenmerk": kenmerk}
    fields = dataclasses.replace(model.fields, document=document)
    return dataclasses.replace(model, version=version, footer=footer, fields=fields)


__all__ = ["FrozenLetter", "canonical", "from_json", "sha256_of", "to_dict", "versioned"]
