"""Render a letter model into its .docx template with docxtpl (autoescape, strict, sandboxed).

Substitution runs once over the template only: the body is built with python-docx and placed
at `{{ inhoud }}` as a subdocument, so client text is never read as a placeholder.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pohsd.documents.models import Block, Box, Bullets, Heading, LetterModel, Paragraph, Table
from pohsd.documents.sanitize import xml_safe
from pohsd.documents.templates import W_NS, check_template, label_function, prepare

LARGE_PT = 14
# docxtpl rewrites these four sequences in the rendered XML after Jinja has run; a run break
# inside each keeps client text literal (Word shows the runs as one text).
_DOCXTPL_SEQUENCES = ("{_{", "}_}", "{_%", "%_}")
_JOINER = "\u2060"


def _literal_chunks(text: str) -> list[str]:
    """Split `text` so that no chunk holds one of docxtpl's post-render sequences."""
    chunks, start = [], 0
    for i in range(1, len(text)):
        if text[i] == "_" and text[i - 1] in "{}%":
            chunks.append(text[start:i])
            start = i
    chunks.append(text[start:])
    return [c for c in chunks if c]


def _clean_value(value: object) -> object:
    """Context values: XML-safe, tabs as spaces, docxtpl's sequences defused with a joiner."""
    if isinstance(value, dict):
        return {k: _clean_value(v) for k, v in value.items()}
    text = xml_safe(value).replace("\t", " ")
    for seq in _DOCXTPL_SEQUENCES:
        text = text.replace(seq, seq[0] + _JOINER + seq[1:])
    return text


def _add_text(paragraph: Any, text: str, *, bold: bool = False, size: int | None = None) -> None:
    from docx.shared import Pt  # deferred: startup budget

    lines = xml_safe(text).replace("\t", " ").split("\n")
    for n, line in enumerate(lines):
        for chunk in _literal_chunks(line) or [""]:
            run = paragraph.add_run(chunk)
            run.bold = bold or None
            if size:
                run.font.size = Pt(size)
        if n < len(lines) - 1:
            paragraph.add_run().add_break()


def fill_body(doc: Any, model: LetterModel) -> None:
    """Add the model's blocks to a python-docx document using Word's built-in styles."""
    size = LARGE_PT if model.large_print else None
    for block in model.blocks:
        _add_block(doc, block, size)


def _add_block(doc: Any, block: Block, size: int | None) -> None:
    if isinstance(block, Heading):
        p = doc.add_paragraph(style="Heading 1" if block.level == 1 else "Heading 2")
        _add_text(p, block.text, size=size)
    elif isinstance(block, Paragraph):
        _add_text(doc.add_paragraph(), block.text, bold=block.bold, size=size)
    elif isinstance(block, Bullets):
        for item in block.items:
            _add_text(doc.add_paragraph(style="List Bullet"), item, size=size)
    elif isinstance(block, Table):
        table = doc.add_table(rows=1 + len(block.rows), cols=len(block.header))
        table.style = "Table Grid"
        for col, title in enumerate(block.header):
            _add_text(table.cell(0, col).paragraphs[0], title, bold=True, size=size)
        for r, row in enumerate(block.rows, start=1):
            for col, value in enumerate(row):
                _add_text(table.cell(r, col).paragraphs[0], value, size=size)
        doc.add_paragraph()
    elif isinstance(block, Box):
        table = doc.add_table(rows=1, cols=1)
        table.style = "Table Grid"
        _add_text(table.cell(0, 0).paragraphs[0], block.text, bold=True, size=size)
        doc.add_paragraph()


class BodyXml:
    """The body as WordprocessingML paragraphs and tables, inserted at `{{p inhoud }}`.

    Built with python-docx in a scratch document that shares the default styles (Heading 1,
    List Bullet, Table Grid …) with the templates; `__html__` tells the autoescaping Jinja
    environment that this value is markup, exactly like docxtpl's own Subdoc.
    """

    def __init__(self, model: LetterModel) -> None:
        from docx import Document  # deferred: startup budget

        self._doc = Document()
        fill_body(self._doc, model)

    def __html__(self) -> str:
        from lxml import etree  # deferred: startup budget

        body = self._doc.element.body
        parts = [etree.tostring(child, encoding="unicode") for child in body
                 if child.tag != f"{{{W_NS}}}sectPr"]  # fmt: skip
        return "".join(parts)

    __str__ = __html__


def render_docx(model: LetterModel, template: Path) -> bytes:
    """The .docx bytes of `model` in `template`; nothing is written to disk.

    Raises:
        ValidationError("template", …): unknown, not allowed or broken placeholders, or a
            missing / duplicate `inhoud` (the params name them and the template).
    """
    from docxtpl import DocxTemplate  # deferred: startup budget
    from jinja2 import StrictUndefined  # deferred: startup budget
    from jinja2.sandbox import SandboxedEnvironment  # deferred: startup budget

    data = Path(template).read_bytes()
    check_template(data, model.kind).raise_first(Path(template).name)
    context: dict[str, Any] = {k: _clean_value(v) for k, v in model.fields.context().items()}
    tpl = DocxTemplate(io.BytesIO(prepare(data, context)))
    body = BodyXml(model)
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)
    tpl.render({**context, "inhoud": body, "label": label_function()}, jinja_env=env,
               autoescape=True)  # fmt: skip
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()
