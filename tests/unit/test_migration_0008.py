"""Migration 0008 (eigen aanbod): an old database gains own_services, keeps its data, goes back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from pohsd.store import migrate
from pohsd.store.engine import make_engine
from pohsd.workspace import Workspace
from tests.unit.socialmap.test_own_validate import WANDEL
from tests.unit.test_migration_0004 import _copy, _tables
from tests.unit.test_migrations import FIXTURE_PASSPHRASE, FIXTURE_USER


def test_the_0003_fixture_has_no_own_services_yet(tmp_path):
    version, tables = _tables(_copy(tmp_path))
    assert version == "0003"
    assert "own_services" not in tables


def test_an_old_database_upgrades_and_own_services_work(tmp_path):
    paths = _copy(tmp_path)
    ws = Workspace.unlock(paths, FIXTURE_USER, FIXTURE_PASSPHRASE, allow_weak_kdf=True)
    try:
        sid = ws.socialmap.own.save(WANDEL)
        assert [o.id for o in ws.socialmap.own.list()] == [sid]
        assert ws.socialmap.own.get(sid).updated_at is not None
        assert ws.clients.search("Fixture")  # the old data is still there
        assert ws.audit.verify()[1] is None
    finally:
        ws.close()
    version, tables = _tables(paths)
    assert version == migrate.head_revision()
    assert "own_services" in tables


def test_downgrade_to_0007_and_up_again(tmp_path):
    paths = _copy(tmp_path)
    key = Workspace.derive_keys(paths, FIXTURE_USER, FIXTURE_PASSPHRASE, allow_weak_kdf=True)
    engine = make_engine(paths.db, key.keys[0], foreign_keys=False)
    try:
        for target, present in (("0008", True), ("0007", False), ("head", True)):
            with engine.begin() as conn:
                if target == "0007":
                    command.downgrade(migrate._config(conn), target)
                else:
                    command.upgrade(migrate._config(conn), target)
            with engine.connect() as conn:
                assert ("own_services" in inspect(conn).get_table_names()) is present, target
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                assert conn.execute(text("SELECT count(*) FROM client")).scalar() == 1
    finally:
        engine.dispose()
