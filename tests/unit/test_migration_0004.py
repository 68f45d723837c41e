"""Migration 0004 (referrals): a 0003 database gains the tables, keeps its data, and goes back."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from pohsd.paths import AppPaths
from pohsd.store import migrate
from pohsd.store.engine import make_engine
from pohsd.workspace import Workspace
from tests.unit.referral_support import SCHULDHULP, gericht, load_demo_map
from tests.unit.test_migrations import FIXTURE_PASSPHRASE, FIXTURE_USER, FIXTURES

REFERRAL_TABLES = {"referrals", "referral_events"}


def _copy(tmp_path: Path, name: str = "0003") -> AppPaths:
    paths = AppPaths.resolve(tmp_path / "data")
    shutil.copytree(FIXTURES / name, paths.data_dir)
    return paths


def _tables(paths: AppPaths) -> tuple[str | None, set[str]]:
    key = Workspace.derive_keys(paths, FIXTURE_USER, FIXTURE_PASSPHRASE, allow_weak_kdf=True)
    engine = make_engine(paths.db, key.keys[0], foreign_keys=False)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return version, set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_the_0003_fixture_has_no_referral_tables_yet(tmp_path):
    paths = _copy(tmp_path)
    version, tables = _tables(paths)
    assert version == "0003"
    assert not REFERRAL_TABLES & tables
    assert "socialmap_note" in tables


def test_0003_upgrades_and_referrals_work_on_the_old_data(tmp_path):
    paths = _copy(tmp_path)
    ws = Workspace.unlock(paths, FIXTURE_USER, FIXTURE_PASSPHRASE, allow_weak_kdf=True)
    try:
        client_id = ws.clients.search("Fixture")[0].id
        services = load_demo_map(ws)
        referral = ws.referrals.create(client_id, services[SCHULDHULP], consent=gericht())
        assert ws.referrals.for_client(client_id) == [referral]
        assert ws.audit.verify()[1] is None
    finally:
        ws.close()
    version, tables = _tables(paths)
    assert version == migrate.head_revision()  # 0004 and every later revision ran
    assert tables >= REFERRAL_TABLES
    assert any(p.name.startswith("pre-migrate-") and p.name.endswith("-0003.db")
               for p in paths.backups.iterdir())  # fmt: skip


def test_downgrade_to_0003_and_up_again(tmp_path):
    paths = _copy(tmp_path)
    key = Workspace.derive_keys(paths, FIXTURE_USER, FIXTURE_PASSPHRASE, allow_weak_kdf=True)
    engine = make_engine(paths.db, key.keys[0], foreign_keys=False)
    try:
        for target, present in (("0004", True), ("0003", False), ("head", True)):
            with engine.begin() as conn:
                if target == "0003":
                    command.downgrade(migrate._config(conn), target)
                else:
                    command.upgrade(migrate._config(conn), target)
            with engine.connect() as conn:
                tables = set(inspect(conn).get_table_names())
                assert (tables >= REFERRAL_TABLES) is present, target
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                assert conn.execute(text("SELECT count(*) FROM client")).scalar() == 1
    finally:
        engine.dispose()
