"""The recovery key: 128 random bits plus a check byte, written as Base32 groups of four."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets

from pohsd.domain.errors import ErrorCode, PohsdError

_GROUP = 4


def new_recovery_key() -> bytes:
    return secrets.token_bytes(16)


def _check_byte(key: bytes) -> bytes:
    return hashlib.sha256(b"pohsd-recovery" + key).digest()[:1]


def format_recovery_key(key: bytes) -> str:
    """`ABCD-EFGH-…`: 28 Base32 characters in seven groups, easy to print and type."""
    text = base64.b32encode(key + _check_byte(key)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    """Read a typed recovery key (any case, spaces or dashes); raise on a typo."""
    cleaned = re.sub(r"[\s\-]", "", text or "").upper().replace("0", "O").replace("1", "I")
    if len(cleaned) != 28 or not re.fullmatch(r"[A-Z2-7]+", cleaned):
        raise PohsdError(ErrorCode.BAD_RECOVERY_KEY)
    raw = base64.b32decode(cleaned + "====")
    key, check = raw[:16], raw[16:]
    if _check_byte(key) != check:
        raise PohsdError(ErrorCode.BAD_RECOVERY_KEY)
    return key
