"""Text folding shared by search and place matching: lower case without diacritics."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without diacritics ("Café" → "cafe"), as the unicode61 tokenizer folds."""
    if text.isascii():  # most map text: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
