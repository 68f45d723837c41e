"""The encrypted store: file format, wrong keys, missing paths, transactions, threads, rotation."""

import hashlib
import threading
from datetime import date

import pytest
import sqlcipher3
from sqlalchemy import text

from pohsd.domain.client import Address, ClientInput
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.security.secret import SecretKey
from pohsd.store.engine import EXPECTED_SETTINGS, connect, make_engine
from pohsd.store.location import check_location
from pohsd.store.models import ClientRow
from pohsd.workspace import Workspace
from tests.conftest import CANARY_FAMILY, CANARY_GIVEN, TEST_PASSPHRASE


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _canary_client():
    return ClientInput(
        CANARY_GIVEN,
        CANARY_FAMILY,
        date(1971, 5, 2),
        bsn="111222333",
        address=Address("Canarystraat", "7", "", "3562 AB", "Utrecht"),
    )


def _keys(paths, user="sanne", passphrase=TEST_PASSPHRASE):
    return Workspace.derive_keys(paths, user, passphrase, allow_weak_kdf=True)


def test_no_plaintext_in_db_wal_or_keyslots(paths, workspace):
    holder = connect(paths.db, _keys(paths).keys[0])  # keeps the WAL from being checkpointed away
    workspace.clients.create(_canary_client())
    files = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    assert paths.db in files
    assert any(p.name.endswith("-wal") for p in files)  # WAL really is in use
    for path in files:
        raw = path.read_bytes()
        for marker in (CANARY_GIVEN, CANARY_FAMILY, "Canarystraat", "111222333"):
            assert marker.encode() not in raw, path.name
            assert marker.encode("utf-16-le") not in raw, path.name
    assert not paths.db.read_bytes().startswith(b"SQLite format 3")
    holder.close()


def test_cipher_settings_pinned(paths, workspace):
    key = _keys(paths).keys[0]
    con = connect(paths.db, key)
    try:
        assert con.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        settings = {r[0] for r in con.execute("PRAGMA cipher_settings")}
        assert settings >= EXPECTED_SETTINGS
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        con.close()


def test_wrong_passphrase_rejected_and_database_untouched(paths, created):
    ws, _ = created
    ws.close()
    before = {p.name: _digest(p) for p in paths.data_dir.iterdir() if p.is_file()}
    with pytest.raises(PohsdError) as err:
        Workspace.unlock(paths, "sanne", "niet de goede zin", allow_weak_kdf=True)
    assert err.value.code == ErrorCode.WRONG_PASSPHRASE
    after = {p.name: _digest(p) for p in paths.data_dir.iterdir() if p.is_file()}
    assert before == after


def test_wrong_raw_key_fails_fast(paths, workspace):
    with pytest.raises(PohsdError) as err:
        connect(paths.db, SecretKey.generate())
    assert err.value.code == ErrorCode.DB_WRONG_KEY


def test_missing_path_is_not_created(tmp_path):
    missing = tmp_path / "nope" / "pohsd.db"
    with pytest.raises(PohsdError) as err:
        connect(missing, SecretKey.generate())
    assert err.value.code == ErrorCode.DB_MISSING
    assert not missing.exists()
    assert not missing.parent.exists()


def test_open_on_missing_database_creates_nothing(paths, created):
    ws, _ = created
    keys = _keys(paths)
    ws.close()
    paths.db.rename(paths.db.with_suffix(".moved"))
    for suffix in ("-wal", "-shm"):
        paths.db.with_name(paths.db.name + suffix).unlink(missing_ok=True)
    with pytest.raises(PohsdError) as err:
        Workspace.open(paths, "sanne", keys)
    assert err.value.code == ErrorCode.DB_MISSING
    assert not paths.db.exists()


def test_rollback_on_exception_inside_transaction(paths, workspace):
    workspace.clients.create(_canary_client())
    engine = make_engine(paths.db, _keys(paths).keys[0])
    from datetime import UTC, datetime

    from sqlalchemy.orm import Session

    def failing_write():
        now = datetime.now(UTC)
        with Session(engine) as s, s.begin():
            s.add(
                ClientRow(
                    id="x",
                    given_name="A",
                    family_name="B",
                    birth_date=date(2000, 1, 1),
                    created_at=now,
                    updated_at=now,
                )
            )
            s.flush()
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        failing_write()
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM client")).scalar() == 1
    engine.dispose()


def test_engine_refuses_other_threads(paths, workspace):
    engine = make_engine(paths.db, _keys(paths).keys[0])
    errors = []

    def other():
        try:
            with engine.connect():
                pass
        except RuntimeError as exc:
            errors.append(exc)

    thread = threading.Thread(target=other)
    thread.start()
    thread.join()
    assert errors
    engine.dispose()


def test_close_zeroes_key_and_refuses_use(paths, created):
    ws, _ = created
    ws.close()
    assert ws.closed
    assert ws.key_is_zeroed
    with pytest.raises(PohsdError) as err:
        ws.add_user("piet", "een lange wachtwoordzin")
    assert err.value.code == ErrorCode.LOCKED


def test_remove_user_rotates_the_data_key(paths, workspace):
    from pohsd.security.kdf import WEAK_TEST_PARAMS

    workspace.add_user("piet", "pietjes lange zin", kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True)
    client, _ = workspace.clients.create(_canary_client())
    old_key = SecretKey(_keys(paths, "piet", "pietjes lange zin").keys[0].raw())
    workspace.remove_user("piet")
    with pytest.raises(PohsdError) as err:
        connect(paths.db, old_key)
    assert err.value.code == ErrorCode.DB_WRONG_KEY
    with pytest.raises(PohsdError):
        Workspace.derive_keys(paths, "piet", "pietjes lange zin", allow_weak_kdf=True)
    workspace.close()
    again = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    assert again.clients.open(client.id).family_name == CANARY_FAMILY
    assert again.audit.verify()[1] is None
    again.close()


def test_interrupted_rotation_is_finished_at_next_open(paths, created):
    ws, _ = created
    client, _ = ws.clients.create(_canary_client())
    ws.close()
    from pohsd.security.keyslots import KeySlots

    # crash after the slot file was written with a new key but before PRAGMA rekey
    slots = KeySlots.load(paths.keyslots)
    slots.reseal_all(SecretKey.generate())
    slots.save()
    again = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    assert again.clients.open(client.id).given_name == CANARY_GIVEN
    again.close()
    # the repaired slot file alone opens the database now
    third = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    assert KeySlots.load(paths.keyslots).dek_generation >= 3
    third.close()


def test_corrupt_keyslots_fall_back_to_previous_generation(paths, created):
    ws, _ = created
    ws.new_recovery_key()  # a second save: the first file is now keyslots.json.prev
    ws.close()
    paths.keyslots.write_bytes(b"{broken")
    again = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    assert again.user.name == "sanne"
    again.close()
    assert paths.keyslots.read_bytes().startswith(b"{\n")  # repaired


def test_recovery_key_opens_and_resets_passphrase(paths, created):
    ws, recovery = created
    ws.close()
    keys = Workspace.derive_recovery_keys(paths, recovery)
    again = Workspace.open(paths, "sanne", keys)
    from pohsd.security.kdf import WEAK_TEST_PARAMS

    again.reset_passphrase(
        "sanne", "een hele nieuwe zin", kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True
    )
    again.close()
    with pytest.raises(PohsdError):
        Workspace.derive_keys(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    Workspace.unlock(paths, "sanne", "een hele nieuwe zin", allow_weak_kdf=True).close()


def test_short_passphrase_refused_at_create(paths, practice):
    from pohsd.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        Workspace.create(paths, practice, "sanne", "kort")
    assert not paths.db.exists()
    assert not paths.keyslots.exists()


def test_create_refuses_existing_database(paths, practice, workspace):
    from pohsd.security.kdf import WEAK_TEST_PARAMS

    before = _digest(paths.db)
    with pytest.raises(PohsdError) as err:
        Workspace.create(
            paths, practice, "x", TEST_PASSPHRASE, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True
        )
    assert err.value.code == ErrorCode.DB_EXISTS
    assert _digest(paths.db) == before


@pytest.mark.parametrize(
    ("folder", "code"),
    [
        ("\\\\server\\share\\pohsd", ErrorCode.NETWORK_LOCATION),
        ("//server/share/pohsd", ErrorCode.NETWORK_LOCATION),
        ("/home/sanne/OneDrive - Praktijk/pohsd", ErrorCode.CLOUD_LOCATION),
        ("/home/sanne/Dropbox/pohsd", ErrorCode.CLOUD_LOCATION),
    ],
)
def test_network_and_cloud_folders_refused(folder, code):
    from pathlib import Path, PureWindowsPath

    target = Path(folder) if not folder.startswith("\\\\") else PureWindowsPath(folder)
    with pytest.raises(PohsdError) as err:
        check_location(target)  # type: ignore[arg-type]
    assert err.value.code == code


def test_network_mount_refused(tmp_path, monkeypatch):
    from pohsd.store import location

    monkeypatch.setattr(location, "_mount_fstype", lambda _p: "cifs")
    with pytest.raises(PohsdError) as err:
        check_location(tmp_path)
    assert err.value.code == ErrorCode.NETWORK_LOCATION


def test_local_folder_accepted(tmp_path):
    check_location(tmp_path / "new" / "folder")


def test_sqlcipher_refuses_plain_sqlite_read(paths, workspace):
    plain = sqlcipher3.connect(str(paths.db))
    with pytest.raises(sqlcipher3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_moments_come_back_aware_in_utc(workspace):
    from datetime import UTC

    client, _ = workspace.clients.create(_canary_client())
    again = workspace.clients.open(client.id)
    assert again.created_at is not None
    assert again.created_at.tzinfo is not None
    assert again.created_at.utcoffset().total_seconds() == 0
    summary, _ = workspace.intakes.start(client.id)
    assert workspace.intakes.list_for_client(client.id)[0].created_at.tzinfo == UTC
    assert summary.created_at.tzinfo is not None
