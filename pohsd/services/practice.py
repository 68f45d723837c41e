"""Practice details and app settings."""

from __future__ import annotations

from pohsd.domain.changes import Changes
from pohsd.domain.enums import AuditAction
from pohsd.domain.practice import Practice, User, validated_practice
from pohsd.services.base import Context
from pohsd.store.repo import practice as repo


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
