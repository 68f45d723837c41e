"""Letter templates (letters §4): defaults, the practice override folder, placeholder checks.

A template may only hold the whitelisted fields, `label("…", field)` and the body `inhoud`
(exactly once, as its own paragraph): no loops, conditions or expressions (§4.2–4.3).
"""

from __future__ import annotations

import difflib
import io
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from pohsd.documents.models import KINDS, SAMENVATTING, VERWIJSBRIEF
from pohsd.domain.errors import ValidationError
from pohsd.fs import write_atomic
from pohsd.paths import resources_dir

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
BODY = "inhoud"
FIELDS = (
    "praktijk.naam", "praktijk.adres", "praktijk.postcode_plaats", "praktijk.telefoon",
    "praktijk.email", "praktijk.website", "praktijk.agb", "afzender.naam", "afzender.functie",
    "afzender.telefoon", "afzender.email", "afzender.bereikbaar", "huisarts.naam",
    "huisarts.agb", "ontvanger.adresblok", "document.titel", "document.datum",
    "document.kenmerk", "betreft",
)  # fmt: skip
NOT_ALLOWED = {
    SAMENVATTING: ("praktijk.agb", "huisarts.agb", "betreft"),
}
ONLY_IN = {"ontvanger.adresblok": (VERWIJSBRIEF, SAMENVATTING)}
_TAG = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}|\{#(.*?)#\}", re.DOTALL)
_LABEL = re.compile(r"""^label\(\s*(["'])(.*?)\1\s*,\s*([a-z_.]+)\s*\)$""", re.DOTALL)
# a practice's file is untrusted: no entities, no network, no huge trees
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_PARTS = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")


@dataclass(frozen=True)
class Placeholder:
    """One tag as written: the body, a field, or a field with a label."""

    raw: str
    name: str
    label: str | None = None

    @property
    def is_body(self) -> bool:
        return self.name == BODY


@dataclass
class TemplateReport:
    """What the import check found (letters §4.3); `ok` when nothing blocks activation."""

    unknown: list[tuple[str, str | None]] = field(default_factory=list)  # (tag, did you mean)
    not_allowed: list[str] = field(default_factory=list)
    broken: int = 0
    body_count: int = 0
    body_alone: bool = True

    @property
    def ok(self) -> bool:
        return not (self.unknown or self.not_allowed or self.broken) and (
            self.body_count == 1 and self.body_alone
        )

    def raise_first(self, template: str) -> None:
        """ValidationError("template", rule) naming the offending tags in `params`."""
        if self.unknown:
            err = ValidationError("template", "unknown_placeholder")
            err.params.update(template=template, names=[u[0] for u in self.unknown],
                              suggestions=[u[1] or "" for u in self.unknown])  # fmt: skip
        elif self.not_allowed:
            err = ValidationError("template", "placeholder_not_allowed")
            err.params.update(template=template, names=list(self.not_allowed))
        elif self.broken:
            err = ValidationError("template", "broken_brackets")
            err.params.update(template=template)
        elif self.body_count != 1 or not self.body_alone:
            rule = (
                "inhoud_missing"
                if self.body_count == 0
                else ("inhoud_duplicate" if self.body_count > 1 else "inhoud_not_alone")
            )
            err = ValidationError("template", rule)
            err.params.update(template=template)
        else:
            return
        raise err


def parse_tag(inner: str) -> Placeholder | None:
    """The placeholder a `{{ … }}` holds, or None when it is not a permitted form."""
    text = " ".join(inner.split())
    for curly, plain in (("“", '"'), ("”", '"'), ("„", '"'), ("‘", "'"), ("’", "'")):
        text = text.replace(curly, plain)
    if text in (BODY, f"p {BODY}"):
        return Placeholder(text, BODY)
    if (m := _LABEL.match(text)) is not None:
        return Placeholder(text, m.group(3), m.group(2))
    if re.fullmatch(r"[a-z_]+(\.[a-z_]+)?", text):
        return Placeholder(text, text)
    return None


def _paragraphs(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """Every w:p (body, tables, text boxes) with its runs' text merged."""
    for p in root.iter(f"{W}p"):
        # nested paragraphs (a text box inside a paragraph) are visited on their own
        texts = [t.text or "" for t in p.iter(f"{W}t") if _owner(t) is p]
        yield p, "".join(texts)


def _owner(element: etree._Element) -> etree._Element | None:
    node = element.getparent()
    while node is not None and node.tag != f"{W}p":
        node = node.getparent()
    return node


def _xml_parts(data: bytes) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return {n: archive.read(n) for n in archive.namelist()}
    except zipfile.BadZipFile as exc:
        raise ValidationError("template", "template_unreadable") from exc


def check_template(data: bytes, kind: str) -> TemplateReport:
    """Merge runs per paragraph in body, tables, headers, footers and text boxes; check tags."""
    report = TemplateReport()
    for name, xml in _xml_parts(data).items():
        if not _PARTS.match(name):
            continue
        root = etree.fromstring(xml, _PARSER)
        for _p, text in _paragraphs(root):
            rest = text
            for match in _TAG.finditer(text):
                rest = rest.replace(match.group(0), "", 1)
                inner = match.group(1)
                tag = parse_tag(inner) if inner is not None else None
                raw = " ".join((match.group(1) or match.group(2) or match.group(3) or "").split())
                if tag is None or (not tag.is_body and tag.name not in FIELDS):
                    suggestion = difflib.get_close_matches(
                        tag.name if tag else raw, [*FIELDS, BODY], n=1
                    )
                    report.unknown.append((raw, suggestion[0] if suggestion else None))
                    continue
                if tag.is_body:
                    report.body_count += 1
                    report.body_alone &= text.strip() == match.group(0).strip()
                    continue
                if tag.name in NOT_ALLOWED.get(kind, ()) or kind not in ONLY_IN.get(
                    tag.name, KINDS
                ):
                    report.not_allowed.append(tag.name)
            if any(b in rest for b in ("{{", "}}", "{%", "%}", "{#", "#}")):
                report.broken += 1
    return report


def lookup(context: Mapping[str, object], name: str) -> str:
    value: object = context
    for part in name.split("."):
        value = value.get(part, "") if isinstance(value, Mapping) else ""
    return str(value or "")


def prepare(data: bytes, context: Mapping[str, object]) -> bytes:
    """Drop paragraphs whose placeholders are all empty; make the body tag docxtpl's `{{p …}}`.

    Called after `check_template` passed, so every tag is a known field or the body.
    """
    parts = _xml_parts(data)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            if _PARTS.match(name):
                xml = _prepare_part(xml, context)
            archive.writestr(name, xml)
    return out.getvalue()


def _prepare_part(xml: bytes, context: Mapping[str, object]) -> bytes:
    root = etree.fromstring(xml, _PARSER)
    for p, text in list(_paragraphs(root)):
        tags = [parse_tag(m.group(1) or "") for m in _TAG.finditer(text) if m.group(1)]
        if not tags:
            continue
        if any(t is not None and t.is_body for t in tags):
            texts = [t for t in p.iter(f"{W}t") if _owner(t) is p]
            texts[0].text = "{{p inhoud }}"
            for t in texts[1:]:
                t.text = ""
            continue
        rendered = _TAG.sub(lambda m: _value(m.group(1) or "", context), text)
        if not rendered.strip() and p.getparent() is not None and _removable(p):
            p.getparent().remove(p)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _removable(p: etree._Element) -> bool:
    """A paragraph may go unless it is the last one in a table cell (Word needs one there)."""
    parent = p.getparent()
    if parent is not None and parent.tag == f"{W}tc":
        return len(parent.findall(f"{W}p")) > 1
    return True


def _value(inner: str, context: Mapping[str, object]) -> str:
    tag = parse_tag(inner)
    if tag is None or tag.is_body:
        return ""
    value = lookup(context, tag.name)
    return f"{tag.label}{value}" if tag.label is not None and value else value


def label_function() -> Callable[[str, object], str]:
    """`label("AGB-code: ", praktijk.agb)`: the label only when the value is not empty."""

    def label(prefix: str, value: object) -> str:
        return f"{prefix}{value}" if value else ""

    return label


class TemplateStore:
    """Default templates in resources/templates; a practice's copies in `<data_dir>/templates`."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @staticmethod
    def default_path(kind: str) -> Path:
        if kind not in KINDS:
            raise ValidationError("kind", "unknown_option")
        return resources_dir() / "templates" / f"{kind}.docx"

    def override_path(self, kind: str) -> Path:
        return self.folder / self.default_path(kind).name

    def path_for(self, kind: str) -> Path:
        override = self.override_path(kind)
        return override if override.is_file() else self.default_path(kind)

    def is_default(self, kind: str) -> bool:
        return not self.override_path(kind).is_file()

    def install(self, kind: str, data: bytes) -> TemplateReport:
        """Check and store a practice template; refused (ValidationError) when it has errors."""
        report = check_template(data, kind)
        report.raise_first(self.override_path(kind).name)
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.override_path(kind), data)
        return report

    def restore_default(self, kind: str) -> None:
        """Herstel standaard: remove the practice's copy; the built-in template applies again."""
        self.override_path(kind).unlink(missing_ok=True)
