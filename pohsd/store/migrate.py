"""Bring pohsd.db to the newest schema: refuse newer, back up first, check before commit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.security.secret import SecretKey
from pohsd.store.backup import backup_database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config  # deferred: startup budget

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory  # deferred: startup budget

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None  # noqa: S101 — the package always ships revisions
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # deferred: startup budget

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext  # deferred: startup budget

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, db_path: Path, key: SecretKey, backup_dir: Path) -> str | None:
    """Migrate to head. Return the backup path's name when a backup was taken, else None.

    `engine` must open connections with foreign_keys OFF (batch mode recreates tables).
    """
    from alembic import command  # deferred: startup budget

    with engine.connect() as probe:
        current = current_revision(probe)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise PohsdError(ErrorCode.DB_TOO_NEW, revision=current)
    backup_name = None
    if current is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = backup_dir / f"pre-migrate-{stamp}-{current}.db"
        backup_database(db_path, key, target)
        backup_name = target.name
    try:
        with engine.begin() as connection:
            command.upgrade(_config(connection), "head")
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            integrity = connection.execute(text("PRAGMA integrity_check")).scalar()
            if problems or integrity != "ok":
                raise PohsdError(ErrorCode.DB_MIGRATION_FAILED)
    except PohsdError:
        raise
    except Exception as exc:
        raise PohsdError(ErrorCode.DB_MIGRATION_FAILED) from exc
    return backup_name
