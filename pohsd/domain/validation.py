"""Input rules for Dutch personal data: BSN elfproef, postcode, phone, dates, free text."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from pohsd.domain.errors import ValidationError

MAX_TEXT = 10_000
_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s?([A-Za-z]{2})$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-]{6,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_AGB = re.compile(r"^[0-9]{8}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def bsn_valid(bsn: str) -> bool:
    """Return True when `bsn` is nine digits that pass the elfproef (weights 9..2, then -1)."""
    if not re.fullmatch(r"[0-9]{9}", bsn) or bsn == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(bsn, weights, strict=True)) % 11 == 0


def normalize_bsn(value: str, field: str = "bsn") -> str | None:
    """Strip spaces and dots; None for empty; raise when the elfproef fails."""
    text = re.sub(r"[\s.]", "", value or "")
    if not text:
        return None
    if len(text) == 8 and text.isdigit():
        text = "0" + text  # old BSNs are written with eight digits
    if not bsn_valid(text):
        raise ValidationError(field, "bsn_elfproef")
    return text


def normalize_postcode(value: str, field: str = "postal_code") -> str | None:
    """Return `1234 AB` (upper-case, one space) or None for empty; raise on anything else."""
    text = (value or "").strip()
    if not text:
        return None
    match = _POSTCODE.match(text)
    if not match:
        raise ValidationError(field, "postcode_format")
    return f"{match.group(1)} {match.group(2).upper()}"


def normalize_phone(value: str, field: str = "phone") -> str | None:
    """Keep the number as typed (trimmed) when it looks like a phone number; None for empty."""
    text = (value or "").strip()
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    if not _PHONE_CHARS.match(text) or not 9 <= len(digits) <= 15:
        raise ValidationError(field, "phone_format")
    return text


def normalize_email(value: str, field: str = "email") -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if not _EMAIL.match(text) or len(text) > 254:
        raise ValidationError(field, "email_format")
    return text


def normalize_agb(value: str, field: str = "agb_code") -> str | None:
    text = re.sub(r"\s", "", value or "")
    if not text:
        return None
    if not _AGB.match(text):
        raise ValidationError(field, "agb_format")
    return text


def check_birth_date(value: date, today: date, field: str = "birth_date") -> date:
    """Refuse a birth date in the future or more than 125 years ago."""
    if value > today:
        raise ValidationError(field, "date_in_future")
    if value.year < today.year - 125:
        raise ValidationError(field, "date_too_old")
    return value


def clean_text(
    value: str | None, field: str, *, required: bool = False, max_len: int = MAX_TEXT
) -> str | None:
    """Normalise to NFC, trim, refuse control characters and overlong text."""
    text = unicodedata.normalize("NFC", value or "").strip()
    if not text:
        if required:
            raise ValidationError(field, "required")
        return None
    if len(text) > max_len:
        raise ValidationError(field, "too_long")
    if _CONTROL.search(text):
        raise ValidationError(field, "control_characters")
    return text


def require_choice(value: str, options: tuple[str, ...], field: str) -> str:
    if value not in options:
        raise ValidationError(field, "unknown_option")
    return value
