"""Step 7 (letters §0.1): the POH edits free-text parts of a model; step 6 then runs again.

Only free text can be edited (hulpvraag, vraag aan de ontvanger, beoordeling, …): structured
fields stay bound to data. An edit replaces the body of one section (between its heading and
the next heading of the same or a higher level) or the free part of one SOEP line. The edited
text is XML-safe text; it is never scanned for placeholders (the body is not a template).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from pohsd.documents.b1 import EMPTY, b1_lint
from pohsd.documents.common import text_checks
from pohsd.documents.models import (
    SAMENVATTING,
    STATUSUPDATE,
    TERUGKOPPELING,
    VERWIJSBRIEF,
    Block,
    Bullets,
    Finding,
    Heading,
    LetterModel,
    Paragraph,
    Soep,
    block_text,
)
from pohsd.documents.sanitize import bsn_like, lines, one_line
from pohsd.documents.soep import length_findings

SIGNALERING = "Signalering:"
#: Check codes that step 6 recomputes after an edit; other findings (stale map …) stay.
RECHECKED = ("bsn_in_text", "code_pattern", "soep_field_length", "soep_block_length")


@dataclass(frozen=True)
class EditablePart:
    """One free-text part of a letter: `key` for `with_edits`, the label and current text.

    `section` is the heading whose body is replaced; `soep` the SOEP line ("E", "P").
    """

    key: str
    label: str
    section: str = ""
    soep: str = ""
    bullets: bool = False
    drops: str = ""  # an omission ("niet ingevuld") that no longer applies once filled in


_PARTS: dict[str, tuple[EditablePart, ...]] = {
    VERWIJSBRIEF: (
        EditablePart("hulpvraag", "Hulpvraag", section="Hulpvraag"),
        EditablePart(
            "vraag", "Vraag aan de ontvanger", section="Vraag aan u", drops="Vraag aan de ontvanger"
        ),
    ),
    TERUGKOPPELING: (
        EditablePart("kern", "Kern", section="Kern"),
        EditablePart("hulpvraag", "Aanleiding en hulpvraag", section="Aanleiding en hulpvraag"),
        EditablePart("beoordeling", "Beoordeling (E in de SOEP-tekst)", soep="E"),
        EditablePart("vraag", "Vraag aan de huisarts", section="Vraag aan de huisarts"),
    ),
    STATUSUPDATE: (
        EditablePart("beoordeling", "Beoordeling (E)", soep="E"),
        EditablePart("vervolg", "Plan en vervolg (P)", soep="P"),
    ),
    SAMENVATTING: (
        EditablePart("goed", "Wat gaat goed", section="Wat gaat goed", bullets=True),
        EditablePart(
            "veranderen", "Wat wilt u veranderen", section="Wat wilt u veranderen", bullets=True
        ),
        EditablePart("doen", "Wat gaan we doen", section="Wat gaan we doen", bullets=True),
    ),
}


def editable_parts(model: LetterModel) -> tuple[EditablePart, ...]:
    return _PARTS.get(model.kind, ())


def _span(blocks: tuple[Block, ...], heading: str) -> tuple[int, int] | None:
    """(first body index, end index) of the section under `heading`, or None."""
    for i, block in enumerate(blocks):
        if isinstance(block, Heading) and block.text == heading:
            end = i + 1
            while end < len(blocks):
                nxt = blocks[end]
                if isinstance(nxt, Heading) and nxt.level <= block.level:
                    break
                if isinstance(nxt, Paragraph) and nxt.text == "Met vriendelijke groet,":
                    break
                end += 1
            return i + 1, end
    return None


def _assessment(e_line: str) -> tuple[str, str]:
    """The free beoordeling before "Signalering:" and the bound rest of a GP feedback E line."""
    head, sep, rest = e_line.partition(SIGNALERING)
    return (head.strip(), f"{sep}{rest}".strip()) if sep else (e_line.strip(), "")


def part_text(model: LetterModel, part: EditablePart) -> str:
    """The current text of `part`, one line per paragraph or bullet ("" for "-")."""
    if part.soep:
        value = dict(model.soep.fields()).get(part.soep, "") if model.soep else ""
        if model.kind == TERUGKOPPELING and part.soep == "E":
            value = _assessment(value)[0]
        return "" if value == "-" else value
    span = _span(model.blocks, part.section)
    if span is None:
        return ""
    out = [line.removeprefix("- ") if part.bullets else line
           for block in model.blocks[span[0]:span[1]] for line in block_text(block)]  # fmt: skip
    return "\n".join(line for line in out if line not in ("-", EMPTY))


def _body(part: EditablePart, text: str, empty: str) -> list[Block]:
    rows = [line.removeprefix("- ").strip() if part.bullets else line for line in lines(text)]
    rows = [r for r in rows if r]
    if not rows:
        return [Paragraph(empty)]
    if part.bullets:
        return [Bullets(tuple(rows))]
    return [Paragraph(row) for row in rows]


def with_edits(model: LetterModel, edits: Mapping[str, str]) -> LetterModel:
    """A copy of `model` with the free-text parts in `edits` (by key) replaced; checks rerun.

    Unknown keys are ignored. Same document id, kenmerk and version: nothing is final yet.
    """
    parts = {p.key: p for p in editable_parts(model)}
    blocks = model.blocks
    soep = model.soep
    omitted = list(model.omitted)
    for key, text in edits.items():
        part = parts.get(key)
        if part is None:
            continue
        if part.soep and soep is not None:
            blocks, soep = _edit_soep(model.kind, blocks, soep, part.soep, text)
        elif part.section:
            span = _span(blocks, part.section)
            if span is None:
                continue
            empty = EMPTY if model.kind == SAMENVATTING else "-"
            blocks = (*blocks[: span[0]], *_body(part, text, empty), *blocks[span[1] :])
        if part.drops and text.strip():
            omitted = [o for o in omitted if o.item != part.drops]
    return dataclasses.replace(
        model, blocks=tuple(blocks), soep=soep, omitted=tuple(omitted),
        findings=_recheck(model, tuple(blocks), soep),
    )  # fmt: skip


def _edit_soep(
    kind: str, blocks: tuple[Block, ...], soep: Soep, line: str, text: str
) -> tuple[tuple[Block, ...], Soep]:
    old = dict(soep.fields())[line]
    value = one_line(text)
    if kind == TERUGKOPPELING and line == "E":
        rest = _assessment(old)[1]
        if value and not value.endswith((".", "!", "?")):
            value += "."
        value = " ".join(x for x in (value, rest) if x)
    new = dataclasses.replace(soep, **{line.lower(): value or "-"})
    # the letter form of a status update shows the SOEP lines as paragraphs
    replaced = tuple(
        Paragraph(f"{line}: {value or '-'}", b.bold)
        if isinstance(b, Paragraph) and b.text == f"{line}: {old}"
        else b
        for b in blocks
    )
    return replaced, new


def _bsn_allowed(model: LetterModel) -> bool:
    """BSN was allowed in this letter when its text holds one and step 6 did not object."""
    if getattr(model, "bsn_included", False):
        return True
    codes = {f.code for f in model.findings}
    return bool(bsn_like(model.text())) and "bsn_in_text" not in codes


def _recheck(
    model: LetterModel, blocks: tuple[Block, ...], soep: Soep | None
) -> tuple[Finding, ...]:
    kept = [f for f in model.findings if f.code not in RECHECKED and not f.code.startswith("b1_")]
    samenvatting = model.kind == SAMENVATTING
    extra = " ".join(v for _, v in soep.fields()) if soep else ""
    checked = [Paragraph(model.titel), *blocks] if samenvatting else list(blocks)
    found = text_checks(checked, bsn_allowed=_bsn_allowed(model), codes_blocked=samenvatting,
                        extra=extra)  # fmt: skip
    if samenvatting:
        found += b1_lint(blocks, read_aloud=model.large_print)
    if soep is not None:
        found += length_findings(soep)
    return (*found, *kept)


__all__ = ["EditablePart", "editable_parts", "part_text", "with_edits"]
