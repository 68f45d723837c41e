"""What a mutation changed, so each view refreshes only what it shows (Anki OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    clients: bool = False
    users: bool = False
    practice: bool = False
    audit: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            clients=self.clients or other.clients,
            users=self.users or other.users,
            practice=self.practice or other.practice,
            audit=self.audit or other.audit,
        )
