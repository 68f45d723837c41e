"""A damaged keyslots.json falls back to its verified copy (.bak), says so calmly, and heals."""

from __future__ import annotations

from pathlib import Path

import pytest

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.security.keyslots import KeySlots, backup_path
from pohsd.unlock import keyslots_restored
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.ui.test_unlock_lock import close_windows, unlock
from ui.app import build_main_window
from ui.tasks import TaskRunner

OTHER = "piet"
OTHER_PASSPHRASE = "een andere lange wachtwoordzin"

DAMAGES = {
    "truncated": lambda raw: raw[: len(raw) // 3],
    "empty": lambda raw: b"",
    "garbage": lambda raw: b"\x00\xff" + raw[2:],
    "flipped_byte": lambda raw: raw.replace(b'"slots"', b'"slotz"', 1),
}


def _damage(path: Path, how: str) -> None:
    path.write_bytes(DAMAGES[how](path.read_bytes()))


@pytest.fixture
def rotated(created, paths: AppPaths) -> AppPaths:
    """Two users, then one removed: the data key was rotated, .prev is the OLD generation."""
    ws, _ = created
    ws.add_user(OTHER, OTHER_PASSPHRASE, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True)
    ws.remove_user(OTHER)
    ws.close()
    return paths


def test_every_save_writes_a_verified_copy(created, paths: AppPaths) -> None:
    ws, _ = created
    assert backup_path(paths.keyslots).read_bytes() == paths.keyslots.read_bytes()
    ws.new_recovery_key()  # another save
    assert backup_path(paths.keyslots).read_bytes() == paths.keyslots.read_bytes()
    assert KeySlots.load(backup_path(paths.keyslots)).recovery_slot() is not None


@pytest.mark.parametrize("how", sorted(DAMAGES))
def test_damaged_file_after_a_rotation_opens_from_the_copy_and_is_rewritten(
    rotated: AppPaths, how: str
) -> None:
    paths = rotated
    good = paths.keyslots.read_bytes()
    _damage(paths.keyslots, how)
    paths.keyslots.with_name("keyslots.json.prev").unlink()  # .prev alone could not help here
    loaded = KeySlots.load(paths.keyslots)
    assert loaded.restored
    assert loaded.loaded_from_backup
    assert keyslots_restored(paths)  # what the unlock screen asks

    ws = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        assert ws.audit.verify()[1] is None
    finally:
        ws.close()
    assert paths.keyslots.read_bytes() == good  # the next save rewrote the main file
    assert not KeySlots.load(paths.keyslots).restored


def test_without_the_copy_a_rotated_database_would_be_lost(rotated: AppPaths) -> None:
    """The honest counterpart: .prev holds the old key generation, so the .bak is what saves us."""
    paths = rotated
    _damage(paths.keyslots, "truncated")
    backup_path(paths.keyslots).unlink()
    with pytest.raises(PohsdError) as err:
        Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    assert err.value.code in {ErrorCode.DB_WRONG_KEY, ErrorCode.KEYSLOTS_CORRUPT}


def test_all_copies_damaged_is_a_clear_error(rotated: AppPaths) -> None:
    paths = rotated
    for name in ("keyslots.json", "keyslots.json.bak", "keyslots.json.prev"):
        _damage(paths.data_dir / name, "truncated")
    with pytest.raises(PohsdError) as err:
        Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    assert err.value.code == ErrorCode.KEYSLOTS_CORRUPT


def test_unlock_screen_shows_a_calm_note_and_unlocks(qtbot, created, paths: AppPaths) -> None:
    created[0].close()
    _damage(paths.keyslots, "truncated")
    runner = TaskRunner()
    win = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=runner)
    try:
        win.show()
        win.start()
        note = win.unlock_page.view.keyslots_note
        qtbot.waitUntil(lambda: win.unlock_page.view.user.count() > 0)
        qtbot.waitUntil(note.isVisible)
        assert note.text().startswith("Het sleutelbestand was beschadigd; de reservekopie")
        if Path("/tmp/h6").is_dir():
            win.grab().save("/tmp/h6/unlock_keyslots_note.png")
        unlock(qtbot, win)
    finally:
        close_windows([win], runner)
    assert not KeySlots.load(paths.keyslots).restored  # healed by the unlock


def test_unlock_screen_has_no_note_normally(qtbot, created, paths: AppPaths) -> None:
    created[0].close()
    runner = TaskRunner()
    win = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=runner)
    try:
        win.show()
        win.start()
        qtbot.waitUntil(lambda: win.unlock_page.view.user.count() > 0)
        qtbot.wait(200)  # both background look-ups have answered
        assert not win.unlock_page.view.keyslots_note.isVisible()
    finally:
        close_windows([win], runner)


def test_a_deleted_main_file_is_not_mistaken_for_a_first_run(created, paths: AppPaths) -> None:
    created[0].close()
    paths.keyslots.unlink()
    paths.keyslots.with_name("keyslots.json.prev").unlink(missing_ok=True)
    assert paths.exists()  # the unlock screen, not the first-run wizard
    assert keyslots_restored(paths)
    Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True).close()
    assert paths.keyslots.exists()
