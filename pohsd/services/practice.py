"""Practice details and app settings."""

from __future__ import annotations

from pohsd.domain.changes import Changes
from pohsd.domain.enums import AuditAction
from pohsd.domain.practice import Practice, User
from pohsd.domain.validation import clean_text, normalize_agb, normalize_phone
from pohsd.services.base import Context
from pohsd.store.repo import practice as repo


def validated_practice(practice: Practice) -> Practice:
    huisartsen = tuple(
        clean_text(naam, f"huisartsen[{i}]", required=True, max_len=200) or ""
        for i, naam in enumerate(practice.huisartsen)
        if naam.strip()
    )
    return Practice(
        naam=clean_text(practice.naam, "naam", required=True, max_len=200) or "",
        agb_code=normalize_agb(practice.agb_code) or "",
        adres=clean_text(practice.adres, "adres", max_len=500) or "",
        telefoon=normalize_phone(practice.telefoon, "telefoon") or "",
        huisartsen=huisartsen,
    )


class PracticeService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def get(self) -> Practice:
        with self._ctx.transaction() as s:
            return repo.get_practice(s)

    def update(self, practice: Practice) -> Changes:
        valid = validated_practice(practice)
        with self._ctx.transaction() as s:
            repo.save_practice(s, valid)
            self._ctx.log(s, AuditAction.UPDATE, "practice.update", object_type="practice")
        return Changes(practice=True, audit=True)

    def users(self) -> list[User]:
        with self._ctx.transaction() as s:
            return repo.active_users(s)

    def setting(self, key: str, default: str = "") -> str:
        with self._ctx.transaction() as s:
            value = repo.get_setting(s, key)
            return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self._ctx.transaction() as s:
            repo.set_setting(s, key, value)
            self._ctx.log(
                s, AuditAction.UPDATE, "setting.update", object_type="setting", detail_code=key
            )
