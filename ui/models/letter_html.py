"""A letter model as HTML for the preview and for printing; every text is escaped."""

from __future__ import annotations

from html import escape

from pohsd.documents.models import Block, Box, Bullets, Heading, LetterModel, Paragraph, Table


def _e(text: str) -> str:
    return escape(text, quote=True)


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        tag = "h2" if block.level <= 1 else "h3"
        size = "13pt" if block.level <= 1 else "11pt"
        return f"<{tag} style='font-size: {size};'>{_e(block.text)}</{tag}>"
    if isinstance(block, Paragraph):
        text = _e(block.text)
        return f"<p><b>{text}</b></p>" if block.bold else f"<p>{text}</p>"
    if isinstance(block, Bullets):
        items = "".join(f"<li>{_e(item)}</li>" for item in block.items)
        return f"<ul>{items}</ul>"
    if isinstance(block, Table):
        head = "".join(f"<th align='left'>{_e(h)}</th>" for h in block.header)
        rows = "".join(
            "<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>" for row in block.rows
        )
        return f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{rows}</table>"
    if isinstance(block, Box):
        return (
            "<table border='1' cellspacing='0' cellpadding='8'>"
            f"<tr><td>{_e(block.text)}</td></tr></table>"
        )
    return ""


def letter_html(model: LetterModel) -> str:
    """Letterhead lines, title, body and footer; no markup from data reaches the output."""
    f = model.fields
    head = [f.praktijk.get("naam", ""), f.praktijk.get("adres", ""),
            f.praktijk.get("postcode_plaats", ""), f.praktijk.get("telefoon", "")]  # fmt: skip
    letterhead = " · ".join(_e(x) for x in head if x)
    address = f.ontvanger.get("adresblok", "")
    parts = [
        "<html><body style='font-size: 11pt;'>",
        f"<p style='color: #555;'>{letterhead}</p>" if letterhead else "",
        f"<p>{'<br>'.join(_e(x) for x in address.splitlines())}</p>" if address else "",
        f"<p>{_e(f.document.get('datum', ''))} &nbsp; Kenmerk: {_e(model.kenmerk)}</p>",
        f"<h1 style='font-size: 16pt;'>{_e(model.titel)}</h1>",
        *(_block(b) for b in model.blocks),
        f"<hr><p style='color: #555;'>{_e(model.footer)}</p>",
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)
