"""SecretKey: key bytes in a bytearray that can be zeroed, with HKDF subkeys."""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class SecretKey:
    """A 32-byte key held in a mutable buffer so that `zero()` can wipe it."""

    __slots__ = ("_buf",)

    def __init__(self, data: bytes | bytearray) -> None:
        if len(data) != 32:
            raise ValueError("key length")
        self._buf = bytearray(data)

    @classmethod
    def generate(cls) -> SecretKey:
        return cls(secrets.token_bytes(32))

    def __repr__(self) -> str:
        return "SecretKey(<hidden>)" if not self.is_zeroed else "SecretKey(<zeroed>)"

    @property
    def is_zeroed(self) -> bool:
        return not any(self._buf)

    def raw(self) -> bytes:
        """A bytes copy for APIs that need one (AES-GCM); keep it short-lived."""
        if self.is_zeroed:
            raise RuntimeError("key was zeroed")
        return bytes(self._buf)

    def pragma_hex(self) -> str:
        return self.raw().hex()

    def hkdf(self, info: bytes, salt: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(self.raw())

    def zero(self) -> None:
        for i in range(len(self._buf)):
            self._buf[i] = 0
