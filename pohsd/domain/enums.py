"""Enumerations of the domain: roles, audit actions, gender, relations."""

from __future__ import annotations

from enum import StrEnum


class Rol(StrEnum):
    POH = "poh"
    HUISARTS = "huisarts"
    BEHEERDER = "beheerder"


class AuditAction(StrEnum):
    """NEN 7513 action classes."""

    CREATE = "create"
    READ = "read"
    UPDATE = "update"
    DELETE = "delete"
    SEARCH = "search"
    PRINT = "print"
    EXPORT = "export"
    COPY = "copy"
    EMERGENCY = "emergency"
    LOGIN = "login"
    LOGOUT = "logout"
    LOCK = "lock"
    UNLOCK = "unlock"
    CHECKPOINT = "checkpoint"


class AuditOutcome(StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"


class Gender(StrEnum):
    MAN = "man"
    VROUW = "vrouw"
    ANDERS = "anders"
    ONBEKEND = "onbekend"


NETWORK_RELATIES: tuple[str, ...] = (
    "partner",
    "kind",
    "ouder",
    "broer of zus",
    "ander familielid",
    "vriend(in)",
    "buur",
    "kennis",
    "vrijwilliger",
    "hulpverlener",
    "anders",
)
NETWORK_ROLLEN: tuple[str, ...] = (
    "mantelzorger",
    "praktische hulp",
    "steun, luisterend oor",
    "contactpersoon",
    "bewindvoerder",
    "mentor of curator",
    "geen vaste rol",
)
HOUSEHOLD_RELATIES: tuple[str, ...] = (
    "partner",
    "kind",
    "ouder",
    "broer of zus",
    "ander familielid",
    "huisgenoot",
    "anders",
)
