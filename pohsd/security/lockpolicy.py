"""When the workplace locks itself: the idle limit and its bounds (the UI applies it)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_IDLE_MINUTES = 5
MAX_IDLE_MINUTES = 15
MIN_IDLE_MINUTES = 1
FREE_TRIES = 5
MAX_DELAY_SECONDS = 30


@dataclass(frozen=True)
class LockPolicy:
    idle_minutes: int = DEFAULT_IDLE_MINUTES

    def __post_init__(self) -> None:
        clamped = max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, int(self.idle_minutes)))
        object.__setattr__(self, "idle_minutes", clamped)

    @property
    def idle_ms(self) -> int:
        return self.idle_minutes * 60_000


def unlock_delay_seconds(failed_tries: int) -> int:
    """Wait before the next try: none for the first five, then 2, 4, 8 … up to 30 s.

    The delay only slows guessing; it never locks anyone out of their data.
    """
    if failed_tries < FREE_TRIES:
        return 0
    return min(MAX_DELAY_SECONDS, 2 ** (failed_tries - FREE_TRIES + 1))


def passphrase_strength(passphrase: str) -> int:
    """A rough 0–4 score for the hint under the passphrase field (length and variety)."""
    length = len(passphrase)
    if length < 8:
        return 0
    classes = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    score = 1
    if length >= 12:
        score += 1
    if length >= 16 or words >= 4:
        score += 1
    if classes >= 3 or words >= 3:
        score += 1
    return min(score, 4)


MIN_PASSPHRASE_LENGTH = 10
