"""The .docx output: every document for two personas re-opened with python-docx; hostile text."""

import io
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from pohsd.documents.docx_render import render_docx
from pohsd.documents.models import Bullets, Paragraph, Table
from pohsd.documents.templates import TemplateStore
from tests.unit.documents.personas import bare_model

HOSTILE = ("A\x00B\x0bC\ud800D {{ praktijk.naam }} {% for x in y %}{{ x }}{% endfor %} "
           "{_{ }_} {_% %_} <w:t>& &amp; ]]> 😀 \u202e einde")  # fmt: skip
SHOWN = ("A\ufffdB\ufffdC\ufffdD {{ praktijk.naam }} {% for x in y %}{{ x }}{% endfor %} "
         "{_{ }_} {_% %_} <w:t>& &amp; ]]> 😀 \u202e einde")  # fmt: skip


def _open(data: bytes):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # every XML part parses
        for name in archive.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                etree.fromstring(archive.read(name))
    return docx.Document(io.BytesIO(data))


def _all_text(document) -> list[str]:
    paragraphs = [p.text for p in document.paragraphs]
    for table in document.tables:
        paragraphs += [cell.text for row in table.rows for cell in row.cells]
    return paragraphs


def _header_footer(document) -> str:
    section = document.sections[0]
    return "\n".join(p.text for part in (section.header, section.footer) for p in part.paragraphs)


def _check_fields(workspace, model, data: bytes) -> list[str]:
    document = _open(data)
    texts = _all_text(document)
    practice = workspace.practice.get()
    head = _header_footer(document)
    assert practice.naam in head
    assert model.kenmerk in head
    assert "{{" not in "\n".join(texts) + head  # no placeholder left
    assert texts.count(model.titel) == 1
    body = [b for b in model.blocks if isinstance(b, Paragraph)]
    for block in body:  # every paragraph of the model, in order, as its own paragraph
        assert block.text in texts
    for block in model.blocks:
        if isinstance(block, Bullets):
            bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
            assert set(block.items) <= set(bullets)
        if isinstance(block, Table):
            cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
            assert set(block.header) <= cells
    return texts


@pytest.mark.parametrize("persona", ["ron", "greet"])
def test_every_document_for_two_personas(workspace, persona, request):
    p = request.getfixturevalue(persona)
    letters = workspace.letters
    models = [
        letters.gp_feedback(p.client_id),
        letters.client_summary(p.client_id),
        letters.referral_letter(p.referral_id),
        letters.status_update(p.referral_id),
    ]
    for model in models:
        texts = _check_fields(workspace, model, letters.render(model, "docx"))
        if model.kind == "verwijsbrief":
            head = "\n".join(texts)
            assert model.fields.ontvanger["adresblok"].split("\n")[0] in head
            assert "AGB-code praktijk: 01234567" in _header_footer(
                _open(letters.render(model, "docx"))
            )
        if model.kind == "samenvatting":
            assert "AGB" not in _header_footer(_open(letters.render(model, "docx")))
            assert "Datum:" not in texts


def test_ron_gp_letter_field_by_field(workspace, ron):
    model = workspace.letters.gp_feedback(ron.client_id)
    document = _open(workspace.letters.render(model, "docx"))
    texts = _all_text(document)
    assert texts[0] == "Terugkoppeling praktijkondersteuner sociaal domein – intake"
    assert document.paragraphs[0].style.name == "Title"
    assert f"Datum: {model.fields.document['datum']}" in texts
    assert "Aan: M. Jansen, huisarts" in texts
    assert "Betreft: Ron Bakker, geboren 14-06-1980" in texts
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["Kern", "Contacten", "Aanleiding en hulpvraag"]
    assert "Z01 Armoede/financiële problemen" in texts
    assert "44 (< 60)" in texts
    assert "Rapportcijfer leven" in texts
    footer = _header_footer(document)
    assert "Vertrouwelijk – medisch beroepsgeheim" in footer
    xml = zipfile.ZipFile(io.BytesIO(workspace.letters.render(model, "docx"))).read(
        "word/footer1.xml").decode()  # fmt: skip
    assert "NUMPAGES" in xml
    assert "PAGE" in xml


def test_hostile_text_renders_literally_and_the_file_stays_valid(workspace, ron):
    model = workspace.letters.gp_feedback(ron.client_id)
    note = "x" * 10_000
    hostile = replace(
        model,
        blocks=(*model.blocks, Paragraph(HOSTILE), Bullets((HOSTILE, note)),
                Table(("a", "b"), ((HOSTILE, "\t<tab>"),))),
        fields=replace(model.fields, praktijk={**model.fields.praktijk,
                                               "naam": "De {{ Linde }} & <Zn> {_{"}),
    )  # fmt: skip
    data = workspace.letters.render(hostile, "docx")
    document = _open(data)
    texts = _all_text(document)
    assert texts.count(SHOWN) == 3
    assert note in texts
    assert " <tab>" in texts
    head = _header_footer(document).replace("\u2060", "")
    assert "De {{ Linde }} & <Zn> {_{" in head


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=200))
def test_any_string_gives_a_valid_docx(text, tmp_path_factory):
    model = bare_model(blocks=(Paragraph(text), Bullets((text,))))
    document = _open(render_docx(model, TemplateStore.default_path("statusupdate")))
    assert len(document.paragraphs) >= 2


@pytest.mark.skipif(
    shutil.which("libreoffice") is None,
    reason="libreoffice is not on PATH: the .docx → PDF conversion is not tried",
)
def test_libreoffice_converts_each_letter(workspace, ron, tmp_path):
    letters = workspace.letters
    models = [
        letters.gp_feedback(ron.client_id),
        letters.client_summary(ron.client_id),
        letters.referral_letter(ron.referral_id),
        letters.status_update(ron.referral_id),
    ]
    for model in models:
        path = letters.export(model, tmp_path, "docx")
        subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
                        str(tmp_path), str(path)], check=True, capture_output=True,
                       timeout=180)  # fmt: skip
        pdf = path.with_suffix(".pdf")
        assert pdf.exists()
        assert pdf.read_bytes().startswith(b"%PDF")
        assert re.match(r"^[a-z]+_\d{4}-\d{2}-\d{2}_[0-9A-Z]{8}\.pdf$", pdf.name)
