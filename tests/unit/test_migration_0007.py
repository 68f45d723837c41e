"""Migration 0007 (erasure ledger): an older database gains the table, keeps its data, goes back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from pohsd.store import migrate
from pohsd.store.engine import make_engine
from pohsd.workspace import Workspace
from tests.unit.test_migration_0004 import _copy, _tables
from tests.unit.test_migrations import FIXTURE_PASSPHRASE, FIXTURE_USER


def test_the_0003_fixture_has_no_ledger_yet(tmp_path):
    version, tables = _tables(_copy(tmp_path))
    assert version == "0003"
    assert "erasure_ledger" not in tables


def test_an_old_database_upgrades_and_erasure_works_on_its_data(tmp_path):
    paths = _copy(tmp_path)
    ws = Workspace.unlock(paths, FIXTURE_USER, FIXTURE_PASSPHRASE, allow_weak_kdf=True)
    try:
        client_id = ws.clients.search("Fixture")[0].id
        ws.gdpr.erase(client_id)
        assert ws.clients.search("Fixture") == []
        assert set(ws.gdpr.ledger()) == {client_id}
        assert ws.audit.verify()[1] is None
    finally:
        ws.close()
    version, tables = _tables(paths)
    assert version == migrate.head_revision()
    assert "erasure_ledger" in tables


def test_downgrade_to_0006_and_up_again(tmp_path):
    paths = _copy(tmp_path)
    key = Workspace.derive_keys(paths, FIXTURE_USER, FIXTURE_PASSPHRASE, allow_weak_kdf=True)
    engine = make_engine(paths.db, key.keys[0], foreign_keys=False)
    try:
        for target, present in (("0007", True), ("0006", False), ("head", True)):
            with engine.begin() as conn:
                if target == "0006":
                    command.downgrade(migrate._config(conn), target)
                else:
                    command.upgrade(migrate._config(conn), target)
            with engine.connect() as conn:
                assert ("erasure_ledger" in inspect(conn).get_table_names()) is present, target
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                assert conn.execute(text("SELECT count(*) FROM client")).scalar() == 1
    finally:
        engine.dispose()
