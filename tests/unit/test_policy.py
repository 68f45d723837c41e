"""IT's policy file: parsing, refused keys, and that user settings cannot weaken it."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from pohsd.cli import main
from pohsd.domain.errors import ValidationError
from pohsd.domain.practice import Practice
from pohsd.policy import Policy, current_policy, policy_path, read_policy
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE

URL = "https://kaart.example.invalid/hsds"


@pytest.fixture
def policy_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Write a policy.json and point POHSD_POLICY at it."""
    path = tmp_path / "etc" / "policy.json"

    def write(data: object) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        monkeypatch.setenv("POHSD_POLICY", str(path))
        return path

    return write


def test_no_file_fixes_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("POHSD_POLICY", str(tmp_path / "absent.json"))
    policy = current_policy()
    assert policy == Policy()
    assert not policy.active
    assert policy.effective_setting("idle_minutes", "12") == "12"
    assert not policy.weakens("socialmap.url", "https://elders.invalid")


def test_default_location_is_the_site_config_dir(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("POHSD_POLICY")
    assert policy_path().name == "policy.json"
    assert policy_path().parent.name == "pohsd"


def test_valid_keys_are_read(policy_file, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("BACKUPROOT", "/srv/back")
    policy = read_policy(
        policy_file(
            {
                "$comment": "ingesteld door ICT",
                "socialmap.url": URL,
                "lock.idle_minutes_max": 10,
                "backup.folder": "$BACKUPROOT/pohsd",
                "practice": {"naam": "Gezondheidscentrum Oost", "agb_code": "01234567"},
            }
        )
    )
    assert policy.problems == ()
    assert policy.socialmap_url == URL
    assert policy.idle_minutes_max == 10
    assert policy.backup_folder == "/srv/back/pohsd"
    assert policy.practice_fields == {"naam", "agb_code"}


def test_unknown_and_invalid_keys_are_refused_one_by_one(policy_file, caplog):
    caplog.set_level(logging.WARNING, "pohsd.policy")
    policy_file(
        {
            "lock.idle_minutes_max": 60,  # above the app's own 15-minute ceiling
            "socialmap.url": "ftp://elders",
            "backup.folder": "D:/Back-ups",
            "lock.idle": 3,
            "practice": {"naam": "X", "fax": "1"},
        }
    )
    policy = current_policy()
    assert policy.backup_folder == "D:/Back-ups"  # the valid key still applies
    assert policy.idle_minutes_max is None
    assert policy.socialmap_url is None
    assert policy.practice == ()
    text = " | ".join(policy.problems)
    assert "onbekende sleutel 'lock.idle' genegeerd" in text
    assert "'lock.idle_minutes_max' ongeldig: maximum" in text
    assert "'socialmap.url' ongeldig: pattern" in text
    assert "'practice' ongeldig: additionalProperties" in text
    assert "policy.problem onbekende sleutel 'lock.idle'" in caplog.text


@pytest.mark.parametrize(
    ("content", "problem"),
    [("{niet json", "geen geldige JSON (regel 1)"), ("[1, 2]", "geen JSON-object")],
)
def test_broken_files_apply_nothing(policy_file, content: str, problem: str):
    policy = read_policy(policy_file(content))
    assert policy.active
    assert problem in policy.problems[0]
    assert policy.socialmap_url is None


def test_idle_time_can_be_shorter_never_longer(policy_file, workspace: Workspace):
    workspace.practice.set_setting("idle_minutes", "12")
    policy_file({"lock.idle_minutes_max": 8})
    assert workspace.practice.setting("idle_minutes", "5") == "8"  # the stored 12 is capped
    workspace.practice.set_setting("idle_minutes", "3")
    assert workspace.practice.setting("idle_minutes", "5") == "3"
    with pytest.raises(ValidationError) as caught:
        workspace.practice.set_setting("idle_minutes", "9")
    assert (caught.value.field, caught.value.rule) == ("idle_minutes", "policy")
    assert workspace.practice.setting("idle_minutes", "5") == "3"


def test_fixed_settings_win_and_cannot_be_changed(policy_file, workspace: Workspace):
    workspace.practice.set_setting("socialmap.url", "https://eigen.invalid/api")
    policy_file({"socialmap.url": URL, "backup.folder": "/srv/backups"})
    assert workspace.practice.setting("socialmap.url") == URL
    assert workspace.practice.setting("backup.folder") == "/srv/backups"
    with pytest.raises(ValidationError):
        workspace.practice.set_setting("socialmap.url", "https://eigen.invalid/api")
    with pytest.raises(ValidationError):
        workspace.practice.set_setting("backup.folder", "/tmp/elders")
    workspace.practice.set_setting("socialmap.url", URL)  # the same value is fine
    assert workspace.practice.policy().is_fixed("backup.folder")


def test_sync_uses_the_policy_url_and_refuses_another(policy_file, workspace: Workspace):
    policy_file({"socialmap.url": URL})
    assert workspace.socialmap.plan_sync().url == URL
    assert workspace.socialmap.plan_sync(URL).url == URL
    with pytest.raises(ValidationError) as caught:
        workspace.socialmap.plan_sync("https://eigen.invalid/api")
    assert caught.value.rule == "policy"


def test_practice_details_fixed_for_every_user(policy_file, workspace: Workspace):
    policy_file({"practice": {"naam": "Gezondheidscentrum Oost", "agb_code": "07654321"}})
    shown = workspace.practice.get()
    assert (shown.naam, shown.agb_code) == ("Gezondheidscentrum Oost", "07654321")
    workspace.practice.update(Practice("Mijn eigen naam", "01234567", adres="Dorpsstraat 1"))
    after = workspace.practice.get()
    assert after.naam == "Gezondheidscentrum Oost"  # the user's edit cannot override it
    assert after.agb_code == "07654321"
    assert after.adres == "Dorpsstraat 1"  # fields the policy leaves open stay editable


def test_a_changed_file_is_read_again(policy_file):
    path = policy_file({"lock.idle_minutes_max": 10})
    assert current_policy().idle_minutes_max == 10
    path.write_text(json.dumps({"lock.idle_minutes_max": 4, "$comment": "strenger"}))
    assert current_policy().idle_minutes_max == 4


def test_cli_sync_refuses_another_url(policy_file, created, paths, monkeypatch, capsys):
    created[0].close()
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)
    policy_file({"socialmap.url": URL})
    code = main(["socialmap", "sync", "https://eigen.invalid/api", "--data-dir",
                 str(paths.data_dir)])  # fmt: skip
    assert code == 4
    assert "de beheerder heeft de bron vastgelegd" in capsys.readouterr().err


def test_backups_go_to_the_policy_folder(policy_file, workspace: Workspace, tmp_path: Path):
    workspace.practice.set_setting("backup.folder", str(tmp_path / "eigen"))
    policy_file({"backup.folder": str(tmp_path / "beheer")})
    assert workspace.backup.folder() == tmp_path / "beheer"
