"""Build the neutral default letter templates in resources/templates/ (reproducible).

Run: python scripts/make_letter_templates.py. Each template has the practice letterhead as text
(no logo), the whitelisted placeholders of spec/letters.md §4.2, the body `{{ inhoud }}` in its
own paragraph, and PAGE / NUMPAGES fields in the footer. The files are committed; a practice
may replace one with its own copy in `<data_dir>/templates/` (same file name).
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "templates"
FOOTERS = {
    "verwijsbrief": "Kenmerk {{ document.kenmerk }} · Vertrouwelijk · pagina ",
    "terugkoppeling": "Kenmerk {{ document.kenmerk }} · Vertrouwelijk – medisch beroepsgeheim "
    "· pagina ",
    "statusupdate": "Kenmerk {{ document.kenmerk }} · Vertrouwelijk – medisch beroepsgeheim "
    "· pagina ",
    "samenvatting": "Kenmerk {{ document.kenmerk }} · pagina ",
}
FIXED_TIME = (2026, 1, 1, 0, 0, 0)  # zip entry dates, so a rebuild gives identical bytes


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) as begin / instruction / separate / result / end runs."""
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"),
                       ("end", None)):  # fmt: skip
        run = paragraph.add_run()
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == code:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {code} "
            run._r.append(instr)
        else:
            run.text = text


def build(kind: str) -> bytes:
    doc = Document()
    doc.core_properties.author = "pohsd"
    doc.core_properties.title = kind
    doc.core_properties.created = doc.core_properties.modified = datetime(2026, 1, 1)
    doc.core_properties.last_modified_by = "pohsd"
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(12 if kind == "samenvatting" else 10.5)

    header = section.header
    first = header.paragraphs[0]
    run = first.add_run("{{ praktijk.naam }}")
    run.bold = True
    run.font.size = Pt(12)
    line = header.add_paragraph(
        "{{ praktijk.adres }} · {{ praktijk.postcode_plaats }} · {{ praktijk.telefoon }}"
    )
    line.runs[0].font.size = Pt(9)
    if kind != "samenvatting":
        agb = header.add_paragraph('{{ label("AGB-code praktijk: ", praktijk.agb) }}')
        agb.runs[0].font.size = Pt(9)
    web = header.add_paragraph('{{ label("", praktijk.website) }}')
    web.runs[0].font.size = Pt(9)

    for paragraph in header.paragraphs:
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.space_before = Pt(0)
    if kind in ("verwijsbrief", "samenvatting"):
        address = doc.add_paragraph("{{ ontvanger.adresblok }}")  # window-envelope position
        address.paragraph_format.space_before = Pt(30)
        address.paragraph_format.space_after = Pt(24)
    doc.add_paragraph("{{ document.titel }}", style="Title")
    if kind == "verwijsbrief":
        doc.add_paragraph("Datum: {{ document.datum }}     Kenmerk: {{ document.kenmerk }}")
    elif kind != "samenvatting":
        doc.add_paragraph("Datum: {{ document.datum }}")
    doc.add_paragraph("{{ inhoud }}")

    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(FOOTERS[kind])
    _field(foot, "PAGE")
    foot.add_run(" van ")
    _field(foot, "NUMPAGES")
    for r in foot.runs:
        r.font.size = Pt(8)

    raw = io.BytesIO()
    doc.save(raw)
    return _normalise_zip(raw.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Same bytes on every run: fixed entry times, sorted names."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    return out.getvalue()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for kind in FOOTERS:
        (OUT / f"{kind}.docx").write_bytes(build(kind))
        print(f"wrote {OUT / f'{kind}.docx'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
