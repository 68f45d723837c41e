"""Restoring a backup set on real SQLCipher: data back, erasures kept, failures harmless."""

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from pohsd.domain.client import Address, ClientInput
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.services.gdpr import GdprService
from pohsd.store.backup import contains_plaintext
from pohsd.store.engine import connect
from pohsd.workspace import Workspace
from tests.conftest import CANARY_FAMILY, TEST_PASSPHRASE

OTHER = "een heel andere wachtwoordzin"


def _client(ws: Workspace, family: str) -> str:
    client, _ = ws.clients.create(
        ClientInput(
            "Jan",
            family,
            date(1980, 1, 1),
            address=Address("Kerkstraat", "1", "", "3511 AB", "Utrecht"),
        )
    )
    return client.id


def _families(ws: Workspace) -> set[str]:
    return {c.family_name for c in ws.clients.search("", include_archived=True)}


def _restore(ws: Workspace, set_dir: Path, passphrase: str | None = TEST_PASSPHRASE) -> Workspace:
    return ws.backup.restore(set_dir, passphrase=passphrase, allow_weak_kdf=True)


def test_restore_brings_the_data_of_the_set_back(created: tuple[Workspace, str]) -> None:
    ws = created[0]
    _client(ws, CANARY_FAMILY)
    info = ws.backup.create()
    _client(ws, "Nabackup")
    assert _families(ws) == {CANARY_FAMILY, "Nabackup"}
    head_before = ws.audit.head()[0]

    restored = _restore(ws, info.path)
    try:
        assert ws.closed
        assert ws.key_is_zeroed
        assert not restored.closed
        assert _families(restored) == {CANARY_FAMILY}
        assert restored.audit.verify()[1] is None  # the chain of the set, still whole
        events = [e.event for e in restored.audit.entries(limit=10)]
        assert "backup.restore" in events
        assert "backup.restore_begin" not in events
        # the file that was live is kept beside it, encrypted with the same key
        kept = list(ws.paths.data_dir.glob("pohsd.db.before-restore-*"))
        assert len(kept) == 1
        assert not contains_plaintext(kept[0], [CANARY_FAMILY.encode(), b"Nabackup"])
        con = connect(kept[0], restored._dek)
        try:
            count = con.execute("SELECT count(*) FROM client").fetchone()[0]
            seq = con.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        finally:
            con.close()
        assert count == 2
        assert seq >= head_before  # the rows since the backup are not lost: they are in there
        assert not list(ws.paths.data_dir.glob("pohsd.db.restore-*"))  # no staging left
    finally:
        restored.close()
    # the restored database unlocks normally with the passphrase
    again = Workspace.unlock(ws.paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        assert _families(again) == {CANARY_FAMILY}
    finally:
        again.close()


def test_a_client_erased_after_the_backup_stays_erased(created: tuple[Workspace, str]) -> None:
    ws = created[0]
    keep = _client(ws, "Blijft")
    gone = _client(ws, "Gewist")
    info = ws.backup.create()
    ws.gdpr.erase(gone)
    assert _families(ws) == {"Blijft"}

    restored = _restore(ws, info.path)
    try:
        assert _families(restored) == {"Blijft"}
        assert gone in restored.gdpr.ledger()
        restored.clients.open(keep)
        with pytest.raises(PohsdError):
            restored.clients.open(gone)
    finally:
        restored.close()


def test_restore_failure_leaves_the_current_database_in_place(
    created: tuple[Workspace, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = created[0]
    _client(ws, CANARY_FAMILY)
    info = ws.backup.create()
    _client(ws, "Nabackup")
    before = ws.paths.db.read_bytes()  # after close the WAL is folded in; compare contents

    def boom(self: GdprService, extra_ids: object = ()) -> int:
        raise OSError("disk gone")

    monkeypatch.setattr(GdprService, "replay_ledger", boom)
    with pytest.raises(PohsdError) as caught:
        _restore(ws, info.path)
    assert caught.value.code == ErrorCode.RESTORE_FAILED
    assert before  # read above
    assert not list(ws.paths.data_dir.glob("pohsd.db.before-restore-*"))
    assert not list(ws.paths.data_dir.glob("pohsd.db.restore-*"))
    assert not list(ws.paths.data_dir.glob("pohsd.db.failed-restore"))
    monkeypatch.undo()
    again = Workspace.unlock(ws.paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        assert _families(again) == {CANARY_FAMILY, "Nabackup"}
        assert again.audit.verify()[1] is None
        assert "backup.restore_begin" in {e.event for e in again.audit.entries(limit=5)}
    finally:
        again.close()


def test_a_damaged_set_is_refused_before_anything_changes(created: tuple[Workspace, str]) -> None:
    ws = created[0]
    _client(ws, CANARY_FAMILY)
    info = ws.backup.create()
    db = info.path / "pohsd.db"
    data = bytearray(db.read_bytes())
    data[5000] ^= 1
    db.write_bytes(bytes(data))
    with pytest.raises(PohsdError) as caught:
        _restore(ws, info.path)
    assert caught.value.code == ErrorCode.BACKUP_INVALID
    assert not ws.closed  # nothing happened: still open, same data
    assert _families(ws) == {CANARY_FAMILY}
    assert not ws.backup.list()[0].verified


def test_wrong_confirmation_passphrase_is_refused(created: tuple[Workspace, str]) -> None:
    ws = created[0]
    info = ws.backup.create()
    with pytest.raises(PohsdError) as caught:
        _restore(ws, info.path, passphrase="niet de goede wachtwoordzin")
    assert caught.value.code == ErrorCode.WRONG_PASSPHRASE
    assert not ws.closed


def test_a_set_of_another_database_is_refused(
    created: tuple[Workspace, str], tmp_path: Path
) -> None:
    ws = created[0]
    info = ws.backup.create()
    manifest = json.loads((info.path / "manifest.json").read_text())
    manifest["db_uuid"] = "00000000-0000-0000-0000-000000000000"
    (info.path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(PohsdError) as caught:
        _restore(ws, info.path)
    assert caught.value.code == ErrorCode.BACKUP_OTHER_DB
    assert not ws.closed


def test_a_set_from_before_a_key_rotation_needs_the_old_passphrase(
    created: tuple[Workspace, str],
) -> None:
    ws = created[0]
    ws.add_user("piet", OTHER, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True)
    _client(ws, CANARY_FAMILY)
    info = ws.backup.create()
    ws.remove_user("piet")  # rotates the data key: the set is under the old one
    current_slots = ws.paths.keyslots.read_bytes()

    with pytest.raises(PohsdError) as caught:
        _restore(ws, info.path, passphrase=None)
    assert caught.value.code == ErrorCode.BACKUP_OLD_KEY
    assert not ws.closed

    restored = _restore(ws, info.path)
    try:
        assert _families(restored) == {CANARY_FAMILY}
    finally:
        restored.close()
    # the current key file stays: the removed user does not come back
    assert ws.paths.keyslots.read_bytes() == current_slots
    with pytest.raises(PohsdError) as caught:
        Workspace.unlock(ws.paths, "piet", OTHER, allow_weak_kdf=True)
    assert caught.value.code == ErrorCode.UNKNOWN_USER
    again = Workspace.unlock(ws.paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    again.close()


def test_a_copied_set_can_be_restored_from_elsewhere(
    created: tuple[Workspace, str], tmp_path: Path
) -> None:
    ws = created[0]
    _client(ws, CANARY_FAMILY)
    info = ws.backup.create()
    moved = tmp_path / "usb" / info.name
    shutil.copytree(info.path, moved)
    restored = _restore(ws, moved)
    try:
        assert _families(restored) == {CANARY_FAMILY}
    finally:
        restored.close()
