"""Symbols a system font may lack (the 🔒 of "niet vastleggen"), with a fallback it has."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

LOCK = "\U0001f512"
LOCK_FALLBACK = "\u22a0"  # ⊠: in every common UI font, unlike the emoji


def displayable(text: str, font: QFont) -> str:
    """Return `text` with the lock emoji replaced when `font` cannot draw it (no tofu box)."""
    if LOCK in text and not QFontMetrics(font).inFontUcs4(ord(LOCK)):
        return text.replace(LOCK, LOCK_FALLBACK)
    return text
