"""Render a letter model as PDF with fpdf2 and the bundled DejaVu Sans (fonts embedded).

The same blocks as the .docx; the letterhead is the practice's name and address as text
(letters §4.1 fallback). PDF/A-2b conformance is not claimed.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pohsd.documents.common import GREETING
from pohsd.documents.models import (
    SAMENVATTING,
    VERWIJSBRIEF,
    Box,
    Bullets,
    Heading,
    LetterModel,
    Paragraph,
    Table,
)
from pohsd.documents.sanitize import REPLACEMENT, xml_safe
from pohsd.paths import resources_dir

FONT = "DejaVu"
MARGIN = 20  # mm
BASE_PT, LARGE_PT = 10.5, 14
#: Relative column widths: the Metingen table and the referrals table of the GP letter.
COLUMN_WIDTHS = {4: (4, 3, 3, 3), 5: (5, 7, 3.5, 3, 3)}


@cache
def _glyphs() -> frozenset[int]:
    from fontTools.ttLib import TTFont  # deferred: startup budget (comes with fpdf2)

    path = resources_dir() / "fonts" / "DejaVuSans.ttf"
    return frozenset(TTFont(path)["cmap"].getBestCmap())


def printable(text: object) -> str:
    """XML-safe text whose every character has a glyph in the bundled font (else U+FFFD)."""
    glyphs = _glyphs()
    clean = xml_safe(text).replace("\t", " ")
    return "".join(c if c == "\n" or ord(c) in glyphs else REPLACEMENT for c in clean)


def _make_pdf(model: LetterModel) -> Any:
    from fpdf import FPDF  # deferred: startup budget

    fields = model.fields
    with_agb = model.kind != SAMENVATTING

    class LetterPdf(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font(FONT, "B", 11)
            self.cell(0, 5, printable(fields.praktijk.get("naam", "")), new_x="LMARGIN",
                      new_y="NEXT")  # fmt: skip
            self.set_font(FONT, "", 8.5)
            bits = [fields.praktijk.get(k, "") for k in ("adres", "postcode_plaats", "telefoon")]
            line = " · ".join(b for b in bits if b)
            if with_agb and fields.praktijk.get("agb"):
                line += f" · AGB-code praktijk: {fields.praktijk['agb']}"
            self.cell(0, 4.5, printable(line), new_x="LMARGIN", new_y="NEXT", align="L")
            if self.page_no() > 1 and fields.betreft:
                self.cell(0, 4.5, printable(f"Betreft: {fields.betreft}"), new_x="LMARGIN",
                          new_y="NEXT")  # fmt: skip
            self.set_draw_color(160, 160, 160)
            self.line(MARGIN, self.get_y() + 1.5, self.w - MARGIN, self.get_y() + 1.5)
            self.ln(6)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font(FONT, "", 8)
            text = f"{model.footer} · pagina {self.page_no()} van {{nb}}"
            self.cell(0, 5, printable(text), align="C")

    pdf = LetterPdf(format="A4", unit="mm")
    fonts = resources_dir() / "fonts"
    pdf.add_font(FONT, "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(MARGIN, 18, MARGIN)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(model.kind)
    pdf.set_creator("pohsd")
    pdf.set_author(printable(fields.praktijk.get("naam", "")))
    return pdf


def render_pdf(model: LetterModel) -> bytes:
    """The PDF bytes of `model`; nothing is written to disk."""
    pdf = _make_pdf(model)
    size = LARGE_PT if model.large_print else BASE_PT
    line = size * 0.5
    pdf.add_page()
    address = model.fields.ontvanger.get("adresblok", "")
    if address:
        pdf.set_font(FONT, "", size)
        pdf.set_y(max(pdf.get_y(), 45))
        pdf.multi_cell(90, line, printable(address), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(line * 2)
    pdf.set_font(FONT, "B", size + 4)
    pdf.multi_cell(0, line * 1.4, printable(model.titel), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(line * 0.6)
    if model.kind != SAMENVATTING:
        pdf.set_font(FONT, "", size)
        dated = f"Datum: {model.fields.document.get('datum', '')}"
        if model.kind == VERWIJSBRIEF:
            dated += f"     Kenmerk: {model.kenmerk}"
        pdf.multi_cell(0, line, printable(dated), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(line * 0.35)
    for block in model.blocks:
        _block(pdf, block, size, line)
    return bytes(pdf.output())


def _block(pdf: Any, block: object, size: float, line: float) -> None:
    width = pdf.w - 2 * MARGIN
    if isinstance(block, Heading):
        if pdf.will_page_break(line * 6):
            pdf.add_page()  # keep a heading with the first lines under it
        else:
            pdf.ln(line * (0.8 if block.level == 1 else 0.4))
        pdf.set_font(FONT, "B", size + (1.5 if block.level == 1 else 0.5))
        pdf.multi_cell(
            0, line * 1.2, printable(block.text), new_x="LMARGIN", new_y="NEXT", align="L"
        )
        pdf.ln(line * 0.2)
    elif isinstance(block, Paragraph):
        if block.text == GREETING:  # a blank line before the signature
            pdf.ln(line)
        pdf.set_font(FONT, "B" if block.bold else "", size)
        pdf.multi_cell(0, line, printable(block.text), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(line * 0.35)
    elif isinstance(block, Bullets):
        pdf.set_font(FONT, "", size)
        for item in block.items:
            pdf.set_x(pdf.l_margin)
            pdf.cell(5, line, "•")
            pdf.multi_cell(
                width - 5, line, printable(item), new_x="LMARGIN", new_y="NEXT", align="L"
            )
            pdf.ln(line * 0.15)
        pdf.ln(line * 0.3)
    elif isinstance(block, Table):
        pdf.set_font(FONT, "", size - 1)
        widths = COLUMN_WIDTHS.get(len(block.header))
        with pdf.table(line_height=line, first_row_as_headings=True, padding=1.2,
                       headings_style=_bold(), text_align="LEFT", col_widths=widths,
                       ) as table:  # fmt: skip
            for row in (block.header, *block.rows):
                cells = table.row()
                for value in row:
                    cells.cell(printable(value))
        pdf.ln(line * 0.6)
    elif isinstance(block, Box):
        pdf.ln(line * 0.4)
        pdf.set_font(FONT, "B", size)
        pdf.multi_cell(0, line * 1.1, printable(block.text), border=1, padding=2,
                       new_x="LMARGIN", new_y="NEXT", align="L")  # fmt: skip
        pdf.ln(line * 0.6)


def _bold() -> Any:
    from fpdf.fonts import FontFace  # deferred: startup budget

    return FontFace(emphasis="BOLD")
