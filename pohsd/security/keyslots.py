"""keyslots.json: one slot per user plus a recovery slot, each able to unwrap the data key.

Each slot holds an X25519 key pair. The private key is sealed with AES-256-GCM under the
slot's own key (Argon2id of the passphrase, or HKDF of the recovery key). The data key (DEK)
is sealed to the slot's public key (X25519 + HKDF + AES-256-GCM). So a passphrase change
re-seals one private key, and removing a user can hand a fresh DEK to every remaining slot
without knowing their passphrases. A wrong passphrase fails at the GCM tag of the private key.
"""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.fs import write_atomic
from pohsd.security.kdf import KdfParams, derive_kek
from pohsd.security.secret import SecretKey

FORMAT = "pohsd-keyslots/1"
KIND_USER = "user"
KIND_RECOVERY = "recovery"


def backup_path(path: Path) -> Path:
    """`keyslots.json.bak`: a verified copy of the last successful save."""
    return path.with_name(path.name + ".bak")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _hkdf(material: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(material)


@dataclass
class Slot:
    id: str
    kind: str
    salt: bytes
    public_key: bytes
    sealed_private: bytes  # nonce ‖ ciphertext
    sealed_dek: bytes  # ephemeral public ‖ nonce ‖ ciphertext
    kdf: KdfParams | None = None
    user_id: str = ""
    user_name: str = ""
    display_name: str = ""
    rol: str = ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "salt": _b64(self.salt),
            "public_key": _b64(self.public_key),
            "sealed_private": _b64(self.sealed_private),
            "sealed_dek": _b64(self.sealed_dek),
        }
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_json()
        if self.kind == KIND_USER:
            data |= {
                "user_id": self.user_id,
                "user_name": self.user_name,
                "display_name": self.display_name,
                "rol": self.rol,
            }
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        kind = data["kind"]
        if kind not in (KIND_USER, KIND_RECOVERY):
            raise ValueError("slot kind")
        return cls(
            id=str(data["id"]),
            kind=kind,
            salt=_unb64(data["salt"]),
            public_key=_unb64(data["public_key"]),
            sealed_private=_unb64(data["sealed_private"]),
            sealed_dek=_unb64(data["sealed_dek"]),
            kdf=KdfParams.from_json(data["kdf"]) if "kdf" in data else None,
            user_id=str(data.get("user_id", "")),
            user_name=str(data.get("user_name", "")),
            display_name=str(data.get("display_name", "")),
            rol=str(data.get("rol", "")),
        )


@dataclass
class KeySlots:
    """The parsed slot file. Mutations return nothing; call `save()` to write atomically."""

    db_uuid: str
    dek_generation: int = 1
    slots: list[Slot] = field(default_factory=list)
    path: Path | None = None
    loaded_from_prev: bool = False
    loaded_from_backup: bool = False

    # ---- reading and writing -------------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        """Read `path`; when it is missing or damaged, fall back to `.bak`, then `.prev`.

        `.bak` is a verified copy of the last good save (same generation as `path`); `.prev`
        is the version before it (older generation: the one an interrupted rotation needs).
        """
        bak, prev = backup_path(path), path.with_name(path.name + ".prev")
        if not any(p.exists() for p in (path, bak, prev)):
            raise PohsdError(ErrorCode.KEYSLOTS_MISSING)
        for candidate, source in ((path, ""), (bak, "bak"), (prev, "prev")):
            try:
                slots = cls._parse(candidate.read_bytes())
            except (OSError, ValueError, KeyError, TypeError, PohsdError):
                continue
            slots.path = path
            slots.loaded_from_prev = source == "prev"
            slots.loaded_from_backup = source == "bak"
            return slots
        raise PohsdError(ErrorCode.KEYSLOTS_CORRUPT)

    @property
    def restored(self) -> bool:
        """keyslots.json itself was unreadable; a copy was used (the next save rewrites it)."""
        return self.loaded_from_prev or self.loaded_from_backup

    @classmethod
    def _parse(cls, raw: bytes) -> KeySlots:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("format")
        slots = [Slot.from_json(s) for s in data["slots"]]
        if not slots:
            raise ValueError("no slots")
        return cls(
            db_uuid=str(data["db_uuid"]), dek_generation=int(data["dek_generation"]), slots=slots
        )

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "db_uuid": self.db_uuid,
            "dek_generation": self.dek_generation,
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(data, indent=2, sort_keys=True).encode("utf-8")

    def save(self, path: Path | None = None) -> None:
        target = path or self.path
        if target is None:
            raise ValueError("no path")
        self.path = target
        data = self.to_bytes()
        write_atomic(target, data, keep_previous=True)
        # Read back what landed on disk; only a verified file becomes the .bak copy.
        written = target.read_bytes()
        if written == data and self._parse(written).dek_generation == self.dek_generation:
            write_atomic(backup_path(target), data)
        self.loaded_from_prev = False
        self.loaded_from_backup = False

    # ---- queries ---------------------------------------------------------------------------

    def user_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == KIND_USER]

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == KIND_RECOVERY), None)

    def slot_for_user(self, user_name: str) -> Slot:
        wanted = user_name.strip().casefold()
        for slot in self.user_slots():
            if slot.user_name.casefold() == wanted:
                return slot
        raise PohsdError(ErrorCode.UNKNOWN_USER)

    # ---- sealing ---------------------------------------------------------------------------

    def _aad(self, slot_id: str, purpose: bytes) -> bytes:
        # The DEK seal names its generation, so an old slot cannot be swapped in after a
        # rotation; the private-key seal must survive rotations, so it does not.
        generation = str(self.dek_generation).encode() if purpose == b"dek" else b""
        return b"|".join((self.db_uuid.encode(), slot_id.encode(), purpose, generation))

    def _seal_dek(self, slot_id: str, public_key: bytes, dek: SecretKey) -> bytes:
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
        eph_pub = ephemeral.public_key().public_bytes_raw()
        wrap_key = _hkdf(shared, eph_pub + public_key, b"pohsd/dek-wrap/v1")
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(wrap_key).encrypt(nonce, dek.raw(), self._aad(slot_id, b"dek"))
        return eph_pub + nonce + sealed

    def _open_dek(self, slot: Slot, private: X25519PrivateKey) -> SecretKey:
        eph_pub, nonce, sealed = slot.sealed_dek[:32], slot.sealed_dek[32:44], slot.sealed_dek[44:]
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        wrap_key = _hkdf(shared, eph_pub + slot.public_key, b"pohsd/dek-wrap/v1")
        try:
            raw = AESGCM(wrap_key).decrypt(nonce, sealed, self._aad(slot.id, b"dek"))
        except InvalidTag as exc:
            raise PohsdError(ErrorCode.KEYSLOTS_CORRUPT) from exc
        return SecretKey(raw)

    def _seal_private(self, slot_id: str, kek: bytes, private: X25519PrivateKey) -> bytes:
        raw = private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        nonce = secrets.token_bytes(12)
        return nonce + AESGCM(kek).encrypt(nonce, raw, self._aad(slot_id, b"private"))

    def _open_private(self, slot: Slot, kek: bytes, error: ErrorCode) -> X25519PrivateKey:
        nonce, sealed = slot.sealed_private[:12], slot.sealed_private[12:]
        try:
            raw = AESGCM(kek).decrypt(nonce, sealed, self._aad(slot.id, b"private"))
        except InvalidTag as exc:
            raise PohsdError(error) from exc
        return X25519PrivateKey.from_private_bytes(raw)

    def _new_slot(self, kind: str, kek: bytes, salt: bytes, dek: SecretKey, **info: Any) -> Slot:
        slot_id = str(uuid.uuid4())
        private = X25519PrivateKey.generate()
        public = private.public_key().public_bytes_raw()
        return Slot(
            id=slot_id,
            kind=kind,
            salt=salt,
            public_key=public,
            sealed_private=self._seal_private(slot_id, kek, private),
            sealed_dek=self._seal_dek(slot_id, public, dek),
            **info,
        )

    # ---- operations ------------------------------------------------------------------------

    def add_user(
        self,
        dek: SecretKey,
        *,
        user_id: str,
        user_name: str,
        passphrase: str,
        params: KdfParams,
        display_name: str = "",
        rol: str = "poh",
        allow_weak_kdf: bool = False,
    ) -> Slot:
        if any(s.user_name.casefold() == user_name.casefold() for s in self.user_slots()):
            raise PohsdError(ErrorCode.USER_EXISTS)
        salt = secrets.token_bytes(16)
        kek = derive_kek(passphrase, salt, params, allow_weak_kdf=allow_weak_kdf)
        slot = self._new_slot(
            KIND_USER,
            kek,
            salt,
            dek,
            kdf=params,
            user_id=user_id,
            user_name=user_name,
            display_name=display_name,
            rol=rol,
        )
        self.slots.append(slot)
        return slot

    def set_recovery(self, dek: SecretKey, recovery_key: bytes) -> Slot:
        """Replace the recovery slot with one for `recovery_key`."""
        salt = secrets.token_bytes(16)
        kek = _hkdf(recovery_key, salt, b"pohsd/recovery/v1")
        slot = self._new_slot(KIND_RECOVERY, kek, salt, dek)
        self.slots = [s for s in self.slots if s.kind != KIND_RECOVERY] + [slot]
        return slot

    def unlock(self, user_name: str, passphrase: str, *, allow_weak_kdf: bool = False) -> SecretKey:
        """Return the DEK for this user, or raise WRONG_PASSPHRASE at the GCM tag."""
        slot = self.slot_for_user(user_name)
        assert slot.kdf is not None  # noqa: S101 — user slots always carry kdf
        kek = derive_kek(passphrase, slot.salt, slot.kdf, allow_weak_kdf=allow_weak_kdf)
        private = self._open_private(slot, kek, ErrorCode.WRONG_PASSPHRASE)
        return self._open_dek(slot, private)

    def unlock_recovery(self, recovery_key: bytes) -> SecretKey:
        slot = self.recovery_slot()
        if slot is None:
            raise PohsdError(ErrorCode.BAD_RECOVERY_KEY)
        kek = _hkdf(recovery_key, slot.salt, b"pohsd/recovery/v1")
        private = self._open_private(slot, kek, ErrorCode.BAD_RECOVERY_KEY)
        return self._open_dek(slot, private)

    def change_passphrase(
        self,
        user_name: str,
        old_passphrase: str,
        new_passphrase: str,
        params: KdfParams,
        *,
        allow_weak_kdf: bool = False,
    ) -> None:
        """Re-seal only this user's private key under the new passphrase."""
        slot = self.slot_for_user(user_name)
        assert slot.kdf is not None  # noqa: S101
        old_kek = derive_kek(old_passphrase, slot.salt, slot.kdf, allow_weak_kdf=allow_weak_kdf)
        private = self._open_private(slot, old_kek, ErrorCode.WRONG_PASSPHRASE)
        salt = secrets.token_bytes(16)
        new_kek = derive_kek(new_passphrase, salt, params, allow_weak_kdf=allow_weak_kdf)
        slot.salt = salt
        slot.kdf = params
        slot.sealed_private = self._seal_private(slot.id, new_kek, private)

    def reset_passphrase(
        self,
        dek: SecretKey,
        user_name: str,
        new_passphrase: str,
        params: KdfParams,
        *,
        allow_weak_kdf: bool = False,
    ) -> None:
        """After a recovery unlock: give this user a fresh key pair under a new passphrase."""
        old = self.slot_for_user(user_name)
        salt = secrets.token_bytes(16)
        kek = derive_kek(new_passphrase, salt, params, allow_weak_kdf=allow_weak_kdf)
        new = self._new_slot(
            KIND_USER,
            kek,
            salt,
            dek,
            kdf=params,
            user_id=old.user_id,
            user_name=old.user_name,
            display_name=old.display_name,
            rol=old.rol,
        )
        self.slots[self.slots.index(old)] = new

    def remove_user(self, user_name: str) -> None:
        slot = self.slot_for_user(user_name)
        if len(self.user_slots()) == 1:
            raise PohsdError(ErrorCode.LAST_USER)
        self.slots.remove(slot)

    def reseal_all(self, new_dek: SecretKey) -> None:
        """Seal a rotated DEK to every slot's public key; no passphrase needed."""
        self.dek_generation += 1
        for slot in self.slots:
            slot.sealed_dek = self._seal_dek(slot.id, slot.public_key, new_dek)
