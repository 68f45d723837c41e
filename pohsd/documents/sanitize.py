"""Text hygiene for documents: XML 1.0 character filter, newlines, BSN and code detection."""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

# XML 1.0: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. Everything
# else (C0 controls pasted from Word or Excel, lone surrogates, U+FFFE/FFFF) becomes U+FFFD.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# C1 controls are valid XML but never meant as text.
_C1 = re.compile("[\u007f-\u009f]")
_NINE_DIGITS = re.compile(r"(?<![\d])(\d(?:[ .]?\d){8})(?![\d])")

#: Code patterns that must never reach the client summary (letters §0.1, §3.2).
ICPC_PATTERN = re.compile(r"\b[A-Z]\d\d\b")
QUESTION_ID_PATTERN = re.compile(
    r"\b(?:gezondheid|geld|wonen|meedoen|opening|meting|prioriteit|netwerk|plan|vervolg)"
    r"\.[a-z0-9_]+(?:\.[a-z0-9_]+)?\b"
)
ZR_PATTERN = re.compile(
    r"\bZRM?\b|\b(?:acute problematiek|niet zelfredzaam|beperkt zelfredzaam|"
    r"voldoende zelfredzaam|volledig zelfredzaam)\b",
    re.IGNORECASE,
)


def xml_safe(text: object) -> str:
    """`text` as a string that is valid in XML 1.0: invalid characters become U+FFFD.

    Line breaks become a single newline; tabs are kept (the renderers make them spaces).
    """
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _NOT_XML.sub(REPLACEMENT, value)
    return _C1.sub(REPLACEMENT, value)


def one_line(text: object) -> str:
    """`xml_safe` text with every run of whitespace (newlines, tabs) folded to one space."""
    return " ".join(xml_safe(text).split())


def lines(text: object) -> list[str]:
    """The non-empty lines of a free text, each stripped and with tabs as spaces."""
    return [" ".join(line.split()) for line in xml_safe(text).split("\n") if line.strip()]


def elfproef(digits: str) -> bool:
    """The BSN eleven test: 9 digits, weights 9..2 and -1, sum divisible by 11 (not 0)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0 and int(digits) != 0


def bsn_like(text: str) -> list[str]:
    """Every 9-digit number in `text` (spaces or dots allowed) that passes the elfproef."""
    found = []
    for match in _NINE_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if elfproef(digits):
            found.append(digits)
    return found


def code_patterns(text: str) -> list[str]:
    """ICPC codes, ZR levels and question ids found in `text` (each once, in order)."""
    out: list[str] = []
    for pattern in (ICPC_PATTERN, ZR_PATTERN, QUESTION_ID_PATTERN):
        for match in pattern.finditer(text):
            if match.group(0) not in out:
                out.append(match.group(0))
    return out
