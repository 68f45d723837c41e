"""Error codes raised by the core; the UI and CLI turn them into sentences."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Every failure a person may see. Codes, never sentences (texts live in ui.messages)."""

    WRONG_PASSPHRASE = "wrong_passphrase"
    UNKNOWN_USER = "unknown_user"
    USER_EXISTS = "user_exists"
    LAST_USER = "last_user"
    WEAK_PASSPHRASE = "weak_passphrase"
    WEAK_KDF = "weak_kdf"
    BAD_RECOVERY_KEY = "bad_recovery_key"
    KEYSLOTS_MISSING = "keyslots_missing"
    KEYSLOTS_CORRUPT = "keyslots_corrupt"
    DB_MISSING = "db_missing"
    DB_EXISTS = "db_exists"
    DB_WRONG_KEY = "db_wrong_key"
    DB_CORRUPT = "db_corrupt"
    DB_TOO_NEW = "db_too_new"
    DB_MIGRATION_FAILED = "db_migration_failed"
    DB_CIPHER_SETTINGS = "db_cipher_settings"
    DB_BUSY = "db_busy"
    DISK_FULL = "disk_full"
    STORAGE_ERROR = "storage_error"
    NETWORK_LOCATION = "network_location"
    CLOUD_LOCATION = "cloud_location"
    LOCKED = "locked"
    DEMO_ONLY = "demo_only"
    NOT_FOUND = "not_found"
    INVALID_INPUT = "invalid_input"
    AUDIT_BROKEN = "audit_broken"
    BACKUP_FAILED = "backup_failed"
    BACKUP_INVALID = "backup_invalid"
    BACKUP_OTHER_DB = "backup_other_db"
    BACKUP_OLD_KEY = "backup_old_key"
    RESTORE_FAILED = "restore_failed"


class PohsdError(Exception):
    """A known failure with a code and parameters; never carries client data in its text."""

    def __init__(self, code: ErrorCode, **params: object) -> None:
        super().__init__(code.value)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.code.value


class ValidationError(PohsdError):
    """Input that breaks a rule; `field` names the input, `rule` the broken rule."""

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(ErrorCode.INVALID_INPUT, field=field, rule=rule)
        self.field = field
        self.rule = rule

    def __str__(self) -> str:
        return f"{self.field}: {self.rule}"
