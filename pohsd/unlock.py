"""Before unlocking: the users on the unlock screen and the slow key derivation.

Light on purpose (no database, no SQLAlchemy): the unlock screen imports this, and the heavy
workspace is imported on the DB thread while the passphrase is typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from pohsd.domain.errors import PohsdError, ValidationError
from pohsd.paths import AppPaths
from pohsd.security.keyslots import KeySlots
from pohsd.security.lockpolicy import MIN_PASSPHRASE_LENGTH
from pohsd.security.recovery import parse_recovery_key
from pohsd.security.secret import SecretKey


@dataclass(frozen=True)
class SlotUser:
    """A user as listed on the unlock screen, read from keyslots.json before unlocking."""

    name: str
    display_name: str
    rol: str

    @property
    def label(self) -> str:
        return self.display_name or self.name


@dataclass(frozen=True)
class KeyCandidates:
    """Data keys to try, newest first: a rotation interrupted by a crash leaves two."""

    keys: tuple[SecretKey, ...]

    def zero(self) -> None:
        for key in self.keys:
            key.zero()


def check_passphrase(passphrase: str, field: str = "passphrase") -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(field, "passphrase_too_short")


def slots_with_prev(paths: AppPaths) -> list[KeySlots]:
    current = KeySlots.load(paths.keyslots)
    found = [current]
    prev_path = paths.keyslots.with_name(paths.keyslots.name + ".prev")
    if not current.loaded_from_prev and prev_path.exists():
        try:
            prev = KeySlots._parse(prev_path.read_bytes())
        except (ValueError, KeyError, TypeError, PohsdError):
            return found
        if prev.dek_generation != current.dek_generation:
            prev.path = paths.keyslots
            found.append(prev)
    return found


def keyslots_restored(paths: AppPaths) -> bool:
    """keyslots.json was damaged and a copy is in use (the unlock screen says so, calmly)."""
    return KeySlots.load(paths.keyslots).restored


def list_users(paths: AppPaths) -> list[SlotUser]:
    slots = KeySlots.load(paths.keyslots)
    return sorted(
        (SlotUser(s.user_name, s.display_name, s.rol) for s in slots.user_slots()),
        key=lambda u: u.label.casefold(),
    )


def derive_keys(
    paths: AppPaths, user_name: str, passphrase: str, *, allow_weak_kdf: bool = False
) -> KeyCandidates:
    """Argon2id + GCM: the slow, thread-safe part of unlocking (no database touched)."""
    keys: list[SecretKey] = []
    first_error: PohsdError | None = None
    all_slots = slots_with_prev(paths)
    all_slots[0].slot_for_user(user_name)  # a removed user is unknown, whatever .prev holds
    for slots in all_slots:
        try:
            keys.append(slots.unlock(user_name, passphrase, allow_weak_kdf=allow_weak_kdf))
        except PohsdError as exc:
            first_error = first_error or exc
    if not keys:
        assert first_error is not None  # noqa: S101
        raise first_error
    return KeyCandidates(tuple(keys))


def derive_recovery_keys(paths: AppPaths, recovery_text: str) -> KeyCandidates:
    recovery = parse_recovery_key(recovery_text)
    return KeyCandidates((KeySlots.load(paths.keyslots).unlock_recovery(recovery),))
