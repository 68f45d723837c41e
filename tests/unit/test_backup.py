"""Backup sets on real SQLCipher: manifest, verification failures, schedule and retention."""

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import pohsd
from pohsd.domain.client import Address, ClientInput
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.progress import Progress
from pohsd.services import backup as backup_module
from pohsd.services.backup_sets import BackupInfo, list_sets, sets_to_prune, verify_set
from pohsd.store.backup import SQLITE_MAGIC, contains_plaintext, sha256_file
from pohsd.workspace import Workspace
from tests.conftest import CANARY_FAMILY, CANARY_GIVEN


def _client(ws: Workspace, given: str = CANARY_GIVEN, family: str = CANARY_FAMILY) -> str:
    client, _ = ws.clients.create(
        ClientInput(
            given,
            family,
            date(1971, 5, 2),
            bsn="111222333",
            address=Address("Canarystraat", "7", "", "3562 AB", "Utrecht"),
        )
    )
    return client.id


def _manifest(set_dir: Path) -> dict:
    return json.loads((set_dir / "manifest.json").read_text(encoding="utf-8"))


def _rewrite_manifest(set_dir: Path, **changes: object) -> None:
    data = _manifest(set_dir) | changes
    (set_dir / "manifest.json").write_text(json.dumps(data), encoding="utf-8")


def test_backup_set_has_db_keyslots_and_a_true_manifest(workspace: Workspace) -> None:
    _client(workspace)
    seen: list[Progress] = []
    info = workspace.backup.create(progress=seen.append)

    assert info.path.parent == workspace.paths.backups
    assert sorted(p.name for p in info.path.iterdir()) == [
        "keyslots.json",
        "manifest.json",
        "pohsd.db",
    ]
    manifest = _manifest(info.path)
    assert manifest["format"] == "pohsd-backup/1"
    assert manifest["app_version"] == pohsd.__version__
    assert manifest["kind"] == "manual"
    assert manifest["alembic_revision"] == info.revision
    assert info.revision
    assert manifest["db_sha256"] == sha256_file(info.path / "pohsd.db")
    assert manifest["tables"]["client"] == 1
    assert manifest["tables"]["app_user"] == 1
    assert manifest["db_uuid"] == workspace._slots.db_uuid
    assert manifest["map_generation"] is None
    assert manifest["verified_at"]
    assert datetime.fromisoformat(manifest["created_at"]) == info.created_at
    # the head printed in the manifest is the chain head the copy ends with
    seq, mac = manifest["audit_head"]["seq"], manifest["audit_head"]["mac"]
    assert seq > 0
    assert len(mac) == 64
    assert workspace.audit.head()[0] == seq + 1  # plus the backup.create row itself
    assert (info.path / "keyslots.json").read_bytes() == workspace.paths.keyslots.read_bytes()
    assert seen
    assert seen[-1].done == seen[-1].total > 0
    # ciphertext only: no SQLite header, no client name, no database id in the raw bytes
    raw = (info.path / "pohsd.db").read_bytes()
    assert SQLITE_MAGIC not in raw
    assert CANARY_FAMILY.encode() not in raw
    assert not contains_plaintext(
        info.path / "pohsd.db", [CANARY_GIVEN.encode(), manifest["db_uuid"].encode()]
    )
    events = [(e.event, e.outcome) for e in workspace.audit.entries(limit=3)]
    assert events[0] == ("backup.create", "success")
    assert info.verified
    assert workspace.backup.list() == [info]


def test_canary_helper_finds_plaintext(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    con = sqlite3.connect(plain)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (?)", (CANARY_FAMILY,))
    con.commit()
    con.close()
    assert contains_plaintext(plain)
    # a canary spanning the 1 MiB read boundary is still found
    big = tmp_path / "big.bin"
    big.write_bytes(b"\x01" * ((1 << 20) - 4) + b"CANARY-XYZ" + b"\x02" * 100)
    assert contains_plaintext(big, [b"CANARY-XYZ"])
    assert not contains_plaintext(big, [b"CANARY-ABC"])


def test_verify_fails_on_a_flipped_byte(workspace: Workspace) -> None:
    info = workspace.backup.create()
    db = info.path / "pohsd.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x40
    db.write_bytes(bytes(data))
    with pytest.raises(PohsdError) as caught:
        workspace.backup.verify(info.path)
    assert caught.value.code == ErrorCode.BACKUP_INVALID
    assert caught.value.params["reason"] == "sha256"
    # even with the checksum forged, SQLCipher's page HMAC catches the change
    _rewrite_manifest(info.path, db_sha256=sha256_file(db))
    with pytest.raises(PohsdError) as caught:
        workspace.backup.verify(info.path)
    assert caught.value.params.get("reason") in {"integrity", "open"}, caught.value.code
    assert not workspace.backup.list()[0].verified  # size same, but listing says: re-check


def test_verify_fails_on_a_plaintext_database(workspace: Workspace) -> None:
    info = workspace.backup.create()
    db = info.path / "pohsd.db"
    db.unlink()
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE client (x)")
    con.commit()
    con.close()
    _rewrite_manifest(info.path, db_sha256=sha256_file(db), db_size=db.stat().st_size)
    with pytest.raises(PohsdError) as caught:
        workspace.backup.verify(info.path)
    assert caught.value.params["reason"] == "plaintext"


def test_verify_fails_on_a_row_count_mismatch(workspace: Workspace) -> None:
    _client(workspace)
    info = workspace.backup.create()
    tables = _manifest(info.path)["tables"] | {"client": 2}
    _rewrite_manifest(info.path, tables=tables)
    with pytest.raises(PohsdError) as caught:
        verify_set(info.path, workspace._dek)
    assert caught.value.params["reason"] == "row_counts"


def test_a_failed_verification_removes_the_set(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise PohsdError(ErrorCode.BACKUP_INVALID, reason="row_counts")

    monkeypatch.setattr(backup_module, "verify_set", broken)
    with pytest.raises(PohsdError) as caught:
        workspace.backup.create()
    assert caught.value.code == ErrorCode.BACKUP_FAILED
    assert list(workspace.paths.backups.iterdir()) == []  # no set, no .partial folder
    last = workspace.audit.entries(limit=1)[0]
    assert (last.event, last.outcome) == ("backup.create", "failure")


def test_backup_folder_setting_may_be_a_synced_or_network_folder(
    workspace: Workspace, tmp_path: Path
) -> None:
    # the data folder refuses OneDrive; backups are ciphertext and may go there
    share = tmp_path / "OneDrive" / "praktijk-backups"
    workspace.practice.set_setting("backup.folder", str(share))
    info = workspace.backup.create()
    assert info.path.parent == share
    assert [s.name for s in workspace.backup.list()] == [info.name]
    other = tmp_path / "elders"
    assert workspace.backup.create(other).path.parent == other


def test_due_daily_and_on_exit(workspace: Workspace) -> None:
    assert workspace.backup.due("daily")
    info = workspace.backup.create(kind="daily")
    assert info.kind == "daily"
    assert not workspace.backup.due("daily")
    assert workspace.backup.due("daily", now=info.created_at + timedelta(hours=25))
    assert workspace.backup.run_if_due("daily") is None
    assert workspace.backup.due("on_exit")
    workspace.practice.set_setting("backup.on_exit", "0")
    workspace.practice.set_setting("backup.daily", "0")
    assert not workspace.backup.due("on_exit")
    assert not workspace.backup.due("daily", now=info.created_at + timedelta(days=9))


def _info(name: str, when: datetime, verified: bool = True) -> BackupInfo:
    return BackupInfo(Path(name), name, when, "daily", 1, verified)


def test_retention_keeps_seven_daily_and_four_weekly() -> None:
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)  # a Monday
    sets = [_info(f"d{i:02}", start + timedelta(days=i)) for i in range(60)]
    sets.append(_info("d59-evening", start + timedelta(days=59, hours=8)))
    sets.append(_info("broken", start + timedelta(days=1), verified=False))
    pruned = {s.name for s in sets_to_prune(sets, 7, 4)}
    kept = {s.name for s in sets if s.verified} - pruned
    daily = {"d59-evening"} | {f"d{i:02}" for i in range(53, 59)}
    assert daily <= kept  # the newest of each of the last 7 days
    assert "d59" in pruned  # same day as d59-evening, older
    assert len(kept) == 11  # 7 daily + 4 weekly
    weekly = sorted(kept - daily)
    # the newest set of each of the 4 ISO weeks before those already kept
    weeks = sorted({(start + timedelta(days=int(n[1:]))).isocalendar()[:2] for n in weekly})
    assert len(weeks) == 4
    assert "broken" not in pruned  # unverified folders are left alone


def test_retention_never_removes_the_only_verified_set() -> None:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    only = _info("only", now - timedelta(days=400))
    assert sets_to_prune([only, _info("bad", now, verified=False)], 0, 0) == []
    assert [s.name for s in sets_to_prune([only, _info("new", now)], 0, 0)] == ["only"]


def test_prune_after_a_good_backup_uses_the_settings(workspace: Workspace) -> None:
    workspace.practice.set_setting("backup.keep_daily", "2")
    workspace.practice.set_setting("backup.keep_weekly", "0")
    start = datetime(2026, 2, 2, 8, tzinfo=UTC)
    for day in range(4):
        workspace.backup.create(kind="daily", now=start + timedelta(days=day))
    names = [s.name for s in list_sets(workspace.paths.backups)]
    assert names == ["20260205T080000Z", "20260204T080000Z"]
    assert workspace.backup.keep_counts() == (2, 0)


def test_an_unusable_folder_gives_a_clear_error_and_leaves_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "bestand"
    not_a_folder.write_text("geen map")
    with pytest.raises(PohsdError) as caught:
        workspace.backup.create(not_a_folder / "backups")
    assert caught.value.code in {ErrorCode.STORAGE_ERROR, ErrorCode.DISK_FULL}
    assert not_a_folder.read_text() == "geen map"


def test_a_half_written_set_from_a_crash_is_cleaned_up(workspace: Workspace) -> None:
    stale = workspace.paths.backups / ".20200101T000000Z.partial"
    stale.mkdir(parents=True)
    (stale / "pohsd.db").write_bytes(b"half")
    other = workspace.paths.backups / "eigen-map"  # not ours: left alone
    other.mkdir()
    info = workspace.backup.create()
    assert sorted(p.name for p in workspace.paths.backups.iterdir()) == sorted(
        ["eigen-map", info.name]
    )
    assert [s.name for s in workspace.backup.list()] == [info.name]
