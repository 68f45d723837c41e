"""Argon2id parameters, derivation and calibration of the passphrase key (KEK)."""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from pohsd.domain.errors import ErrorCode, PohsdError

# RFC 9106 second recommendation: m = 64 MiB, t = 3, p = 4. t grows by calibration.
DEFAULT_MEMORY_KIB = 64 * 1024
DEFAULT_TIME_COST = 3
DEFAULT_PARALLELISM = 4
TARGET_SECONDS = 0.5
# OWASP minimum; below this a slot is refused unless a test fixture allows it.
MIN_MEMORY_KIB = 19 * 1024
MIN_TIME_COST = 2


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = DEFAULT_MEMORY_KIB
    time_cost: int = DEFAULT_TIME_COST
    parallelism: int = DEFAULT_PARALLELISM

    @property
    def is_weak(self) -> bool:
        return self.memory_kib < MIN_MEMORY_KIB or self.time_cost < MIN_TIME_COST

    def to_json(self) -> dict[str, int | str]:
        return {
            "alg": "argon2id",
            "m": self.memory_kib,
            "t": self.time_cost,
            "p": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise PohsdError(ErrorCode.KEYSLOTS_CORRUPT)
        return cls(int(data["m"]), int(data["t"]), int(data["p"]))  # type: ignore[arg-type]


WEAK_TEST_PARAMS = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


def derive_kek(
    passphrase: str, salt: bytes, params: KdfParams, *, allow_weak_kdf: bool = False
) -> bytes:
    """Argon2id(NFC(passphrase)) → 32-byte key-encryption key."""
    if params.is_weak and not allow_weak_kdf:
        raise PohsdError(ErrorCode.WEAK_KDF)
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hash_secret_raw(
        secret,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


_calibrated: KdfParams | None = None


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick t (≥ 3) so one derivation takes about `target_seconds` on this machine."""
    global _calibrated  # noqa: PLW0603 — a per-process cache of a measurement
    if _calibrated is not None:
        return _calibrated
    # Two probes (t=1 and t=3) separate the per-pass cost from the fixed cost of filling memory.
    timings = []
    for passes in (1, 3):
        probe = KdfParams(DEFAULT_MEMORY_KIB, passes, DEFAULT_PARALLELISM)
        start = time.perf_counter()
        derive_kek("calibration", b"\0" * 16, probe, allow_weak_kdf=True)
        timings.append(time.perf_counter() - start)
    per_pass = max((timings[1] - timings[0]) / 2, timings[1] / 6, 1e-3)
    time_cost = max(DEFAULT_TIME_COST, min(20, round(target_seconds / per_pass)))
    _calibrated = KdfParams(DEFAULT_MEMORY_KIB, time_cost, DEFAULT_PARALLELISM)
    return _calibrated
