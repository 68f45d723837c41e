"""Keyslots: per-user seals, recovery, passphrase change, rotation, .prev fallback."""

import json

import pytest

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.security.kdf import WEAK_TEST_PARAMS, KdfParams, derive_kek
from pohsd.security.keyslots import KeySlots
from pohsd.security.recovery import format_recovery_key, new_recovery_key, parse_recovery_key
from pohsd.security.secret import SecretKey

W = {"params": WEAK_TEST_PARAMS, "allow_weak_kdf": True}


def _slots(tmp_path):
    dek = SecretKey.generate()
    slots = KeySlots(db_uuid="db-1", path=tmp_path / "keyslots.json")
    slots.add_user(dek, user_id="u1", user_name="sanne", passphrase="eerste zin", **W)
    slots.add_user(dek, user_id="u2", user_name="piet", passphrase="tweede zin", **W)
    recovery = new_recovery_key()
    slots.set_recovery(dek, recovery)
    slots.save()
    return dek, slots, recovery


def test_each_user_unlocks_the_same_key(tmp_path):
    dek, _, _ = _slots(tmp_path)
    loaded = KeySlots.load(tmp_path / "keyslots.json")
    assert loaded.unlock("sanne", "eerste zin", allow_weak_kdf=True).raw() == dek.raw()
    assert loaded.unlock("PIET", "tweede zin", allow_weak_kdf=True).raw() == dek.raw()


def test_wrong_passphrase_fails_at_gcm(tmp_path):
    _, slots, _ = _slots(tmp_path)
    with pytest.raises(PohsdError) as err:
        slots.unlock("sanne", "tweede zin", allow_weak_kdf=True)
    assert err.value.code == ErrorCode.WRONG_PASSPHRASE
    with pytest.raises(PohsdError) as err:
        slots.unlock("niemand", "x", allow_weak_kdf=True)
    assert err.value.code == ErrorCode.UNKNOWN_USER


def test_slot_file_holds_no_key_material_in_clear(tmp_path):
    dek, _, _ = _slots(tmp_path)
    raw = (tmp_path / "keyslots.json").read_bytes()
    assert dek.raw().hex().encode() not in raw
    assert b"eerste zin" not in raw


def test_recovery_key_round_trip_and_typos(tmp_path):
    dek, slots, recovery = _slots(tmp_path)
    text = format_recovery_key(recovery)
    assert len(text.split("-")) == 7
    assert parse_recovery_key(text.lower().replace("-", " ")) == recovery
    assert slots.unlock_recovery(parse_recovery_key(text)).raw() == dek.raw()
    typo = ("A" if text[0] != "A" else "B") + text[1:]
    with pytest.raises(PohsdError) as err:
        parse_recovery_key(typo)
    assert err.value.code == ErrorCode.BAD_RECOVERY_KEY
    with pytest.raises(PohsdError):
        slots.unlock_recovery(new_recovery_key())


def test_passphrase_change_touches_only_that_slot(tmp_path):
    dek, slots, _ = _slots(tmp_path)
    before = {s.user_name: s.to_json() for s in slots.slots if s.kind == "user"}
    slots.change_passphrase(
        "sanne", "eerste zin", "nieuwe zin", WEAK_TEST_PARAMS, allow_weak_kdf=True
    )
    after = {s.user_name: s.to_json() for s in slots.slots if s.kind == "user"}
    assert after["piet"] == before["piet"]
    assert after["sanne"] != before["sanne"]
    assert slots.unlock("sanne", "nieuwe zin", allow_weak_kdf=True).raw() == dek.raw()
    with pytest.raises(PohsdError):
        slots.unlock("sanne", "eerste zin", allow_weak_kdf=True)


def test_reseal_after_rotation_needs_no_passphrase(tmp_path):
    _, slots, recovery = _slots(tmp_path)
    slots.remove_user("piet")
    new_dek = SecretKey.generate()
    slots.reseal_all(new_dek)
    assert slots.dek_generation == 2
    assert slots.unlock("sanne", "eerste zin", allow_weak_kdf=True).raw() == new_dek.raw()
    assert slots.unlock_recovery(recovery).raw() == new_dek.raw()
    with pytest.raises(PohsdError):
        slots.unlock("piet", "tweede zin", allow_weak_kdf=True)


def test_last_user_cannot_be_removed(tmp_path):
    _, slots, _ = _slots(tmp_path)
    slots.remove_user("piet")
    with pytest.raises(PohsdError) as err:
        slots.remove_user("sanne")
    assert err.value.code == ErrorCode.LAST_USER


@pytest.mark.parametrize("damage", ["garbage", "truncate", "delete", "empty_slots"])
def test_damaged_file_falls_back_to_prev(tmp_path, damage):
    dek, slots, _ = _slots(tmp_path)
    slots.save()  # second save: the first generation becomes .prev
    path = tmp_path / "keyslots.json"
    assert (tmp_path / "keyslots.json.prev").exists()
    if damage == "garbage":
        path.write_bytes(b"\x00\xffnot json")
    elif damage == "truncate":
        path.write_bytes(path.read_bytes()[:100])
    elif damage == "delete":
        path.unlink()
    else:
        data = json.loads(path.read_text())
        data["slots"] = []
        path.write_text(json.dumps(data))
    (tmp_path / "keyslots.json.bak").unlink()  # the .bak copy is tested in tests/fault
    loaded = KeySlots.load(path)
    assert loaded.loaded_from_prev
    assert loaded.unlock("sanne", "eerste zin", allow_weak_kdf=True).raw() == dek.raw()


def test_both_damaged_is_a_clear_error(tmp_path):
    _, slots, _ = _slots(tmp_path)
    slots.save()
    (tmp_path / "keyslots.json").write_text("x")
    (tmp_path / "keyslots.json.bak").write_text("z")
    (tmp_path / "keyslots.json.prev").write_text("y")
    with pytest.raises(PohsdError) as err:
        KeySlots.load(tmp_path / "keyslots.json")
    assert err.value.code == ErrorCode.KEYSLOTS_CORRUPT
    with pytest.raises(PohsdError) as err:
        KeySlots.load(tmp_path / "nothing.json")
    assert err.value.code == ErrorCode.KEYSLOTS_MISSING


def test_weak_kdf_refused_without_test_flag():
    with pytest.raises(PohsdError) as err:
        derive_kek("x", b"s" * 16, KdfParams(8 * 1024, 1, 1))
    assert err.value.code == ErrorCode.WEAK_KDF


def test_production_kdf_rejects_wrong_passphrase(tmp_path):
    # the speed of this path is measured in bench/, not asserted here
    dek = SecretKey.generate()
    slots = KeySlots(db_uuid="db-1")
    slots.add_user(
        dek, user_id="u1", user_name="sanne", passphrase="eerste zin", params=KdfParams()
    )
    with pytest.raises(PohsdError) as err:
        slots.unlock("sanne", "verkeerd")
    assert err.value.code == ErrorCode.WRONG_PASSPHRASE
    assert slots.unlock("sanne", "eerste zin").raw() == dek.raw()


def test_secret_key_zeroes():
    key = SecretKey.generate()
    key.zero()
    assert key.is_zeroed
    assert "hidden" not in repr(key)
    with pytest.raises(RuntimeError):
        key.raw()
