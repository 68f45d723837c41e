"""Migrations: fixtures of every released revision upgrade to head; newer DBs are refused."""

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.paths import AppPaths
from pohsd.security.secret import SecretKey
from pohsd.store import migrate
from pohsd.store.engine import connect, make_engine
from pohsd.store.models import Base
from pohsd.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "migrations" / "fixtures"
FIXTURE_USER = "sanne"
FIXTURE_PASSPHRASE = "fixture passphrase 0001"


def _copy_fixture(name: str, tmp_path: Path) -> AppPaths:
    src = FIXTURES / name
    paths = AppPaths.resolve(tmp_path / "data")
    shutil.copytree(src, paths.data_dir)
    return paths


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()))
def test_released_fixture_upgrades_to_head(fixture, tmp_path):
    paths = _copy_fixture(fixture, tmp_path)
    ws = Workspace.unlock(paths, FIXTURE_USER, FIXTURE_PASSPHRASE, allow_weak_kdf=True)
    try:
        hits = ws.clients.search("Fixture")
        assert [c.family_name for c in hits] == ["Fixture"]
        client = ws.clients.open(hits[0].id)
        assert [p.naam for p in client.network] == ["Marja"]
        assert ws.audit.verify()[1] is None
        assert ws.practice.get().naam == "Praktijk Fixture"
    finally:
        ws.close()
    if fixture.split("-")[0] != migrate.head_revision():
        assert any(p.name.startswith("pre-migrate-") for p in paths.backups.iterdir())


def test_first_fixture_exists():
    assert (FIXTURES / "0001" / "pohsd.db").exists()


def test_newer_database_refused_and_untouched(paths, created):
    ws, _ = created
    ws.close()
    key = Workspace.derive_keys(
        paths, "sanne", "correct horse battery staple", allow_weak_kdf=True
    ).keys[0]
    con = connect(paths.db, key)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.close()
    before = paths.db.read_bytes()
    with pytest.raises(PohsdError) as err:
        Workspace.unlock(paths, "sanne", "correct horse battery staple", allow_weak_kdf=True)
    assert err.value.code == ErrorCode.DB_TOO_NEW
    assert paths.db.read_bytes() == before


def test_schema_matches_models(paths, workspace):
    """`alembic check`: the migrations produce exactly the ORM's schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    key = Workspace.derive_keys(
        paths, "sanne", "correct horse battery staple", allow_weak_kdf=True
    ).keys[0]
    engine = make_engine(paths.db, key)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            migrate.head_revision()
        )
    engine.dispose()
    assert diff == []


def test_backup_copy_is_encrypted_and_verified(paths, workspace, tmp_path):
    from pohsd.store.backup import backup_database

    key = Workspace.derive_keys(
        paths, "sanne", "correct horse battery staple", allow_weak_kdf=True
    ).keys[0]
    target = tmp_path / "copy.db"
    backup_database(paths.db, key, target)
    assert not target.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(PohsdError):
        connect(target, SecretKey.generate())
    con = connect(target, key)
    assert con.execute("SELECT count(*) FROM app_user").fetchone()[0] == 1
    con.close()
