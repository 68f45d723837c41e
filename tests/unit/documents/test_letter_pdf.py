"""The PDF output (fpdf2 + DejaVu Sans): same content as the .docx, checked with pypdf."""

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from pohsd.documents.models import Bullets, Paragraph
from pohsd.documents.pdf import printable, render_pdf
from tests.unit.documents.personas import bare_model


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("persona", ["ron", "greet"])
def test_every_document_as_pdf(workspace, persona, request):
    p = request.getfixturevalue(persona)
    letters = workspace.letters
    for model in (
        letters.gp_feedback(p.client_id),
        letters.client_summary(p.client_id),
        letters.referral_letter(p.referral_id),
        letters.status_update(p.referral_id),
    ):
        data = letters.render(model, "pdf")
        assert data.startswith(b"%PDF-")
        text = _squash(_text(data))
        assert _squash(model.titel) in text
        assert f"Kenmerk {model.kenmerk}" in text
        assert "pagina 1 van" in text
        assert workspace.practice.get().naam in text
        for block in model.blocks:
            if isinstance(block, Paragraph):
                assert _squash(block.text) in text, block.text
        reader = PdfReader(io.BytesIO(data))
        fonts = {str(f.get("/BaseFont")) for page in reader.pages
                 for f in page["/Resources"]["/Font"].values()}  # fmt: skip
        assert all("DejaVu" in f for f in fonts)  # embedded Unicode font, no core fonts


def test_ron_referral_pdf_field_by_field(workspace, ron):
    model = workspace.letters.referral_letter(ron.referral_id)
    text = _squash(_text(workspace.letters.render(model, "pdf")))
    assert "AGB-code praktijk: 01234567" in text
    assert "Gemeente Demodorp Schuldhulpverlening gemeente Demodorp Raadhuisplein 1" in text
    assert f"Kenmerk: {model.kenmerk}" in text
    assert "Urgentie: met voorrang – betalingsregeling energie loopt" in text
    assert "• Schulden totaal ongeveer: € 23.000" in text
    assert "psychiater" not in text
    assert "999993653" not in text
    assert "Vertrouwelijk" in text


def test_hostile_text_in_pdf():
    hostile = "A\x00B\ud800C {{ x }} <w:t>& 😀 \u4e2d"
    model = bare_model(blocks=(Paragraph(hostile), Bullets(("y" * 10_000,))))
    text = _text(render_pdf(model))
    assert "{{ x }} <w:t>&" in text
    assert "y" * 50 in text
    assert printable("\x00\ud800\u4e2d") == "\ufffd\ufffd\ufffd"  # no glyph → U+FFFD
    assert printable("é € 😀") == "é € 😀"


def test_large_print_for_read_aloud(workspace, greet):
    summary = workspace.letters.client_summary(greet.client_id)
    normal = replace(summary, large_print=False)
    pages = len(PdfReader(io.BytesIO(render_pdf(summary))).pages)
    assert pages >= len(PdfReader(io.BytesIO(render_pdf(normal))).pages)
