"""Practice details and app settings, with the values fixed by IT's policy file applied."""

from __future__ import annotations

from pohsd.domain.changes import Changes
from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ValidationError
from pohsd.domain.practice import Practice, User, validated_practice
from pohsd.policy import Policy, current_policy
from pohsd.services.base import Context
from pohsd.store.repo import practice as repo


class PracticeService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def policy(self) -> Policy:
        """The policy in force (pohsd/policy.py); the UI shows what it fixes."""
        return current_policy()

    def get(self) -> Practice:
        with self._ctx.transaction() as s:
            return current_policy().apply_practice(repo.get_practice(s))

    def update(self, practice: Practice) -> Changes:
        """Save; fields the policy fixes keep the policy's values."""
        valid = validated_practice(current_policy().apply_practice(practice))
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
        return current_policy().effective_setting(key, default if value is None else value)

    def set_setting(self, key: str, value: str) -> None:
        """Store a setting; ValidationError(key, "policy") when it would weaken the policy."""
        if current_policy().weakens(key, value):
            raise ValidationError(key, "policy")
        with self._ctx.transaction() as s:
            repo.set_setting(s, key, value)
            self._ctx.log(
                s, AuditAction.UPDATE, "setting.update", object_type="setting", detail_code=key
            )
