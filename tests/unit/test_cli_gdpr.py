"""`pohsd-cli gdpr export|erase|retention` end to end: files, refusals, exit codes."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from pohsd.paths import AppPaths
from pohsd.services.gdpr import read_ledger_file
from tests.conftest import TEST_PASSPHRASE
from tests.unit.cli_support import initialised_cli
from tests.unit.test_cli_clients import CLIENT_ID, FULL


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    run = initialised_cli(data_dir, monkeypatch, capsys)
    code, _, err = run("client", "import", str(FULL))
    assert code == 0, err
    return run


def test_export_writes_the_zip_into_the_folder(cli, tmp_path):
    code, out, err = cli("gdpr", "export", CLIENT_ID, "--out", str(tmp_path / "inzage"), "--json")
    assert code == 0, err
    path = Path(json.loads(out)["path"])
    assert path.parent == tmp_path / "inzage"
    assert path.name == f"avg-inzage_{date.today().isoformat()}_6f1c2a4e.zip"
    with zipfile.ZipFile(path) as archive:
        assert set(archive.namelist()) == {"client.json", "audit.json", "overzicht.pdf"}
    assert "Jansen" not in out
    assert "Jansen" not in err


def test_export_to_a_named_zip_file_as_the_spec_writes_it(cli, tmp_path):
    target = tmp_path / "aanvraag" / "inzage.zip"
    code, out, err = cli("gdpr", "export", CLIENT_ID, "--out", str(target), "--json")
    assert code == 0, err
    assert Path(json.loads(out)["path"]) == target
    with zipfile.ZipFile(target) as archive:
        assert "client.json" in archive.namelist()
    code, out, err = cli("gdpr", "export", CLIENT_ID, "--out", str(target), "--json")
    assert code == 0, err
    assert Path(json.loads(out)["path"]).name == "inzage-2.zip"  # never overwritten


def test_export_of_an_unknown_client_exits_4(cli, tmp_path):
    code, _, err = cli("gdpr", "export", "no-such-id", "--out", str(tmp_path))
    assert code == 4
    assert "not found / fout: niet gevonden" in err


def test_erase_refuses_without_confirm_in_both_languages(cli):
    code, _, err = cli("gdpr", "erase", CLIENT_ID)
    assert code == 2
    assert "add --confirm" in err
    assert "voeg --confirm toe" in err
    code, out, _ = cli("client", "list", "--json")
    assert [c["id"] for c in json.loads(out)] == [CLIENT_ID]


def test_erase_with_confirm_removes_the_client_and_fills_the_ledger(cli, data_dir):
    code, out, err = cli("gdpr", "erase", CLIENT_ID, "--confirm", "--json")
    assert code == 0, err
    assert json.loads(out) == {"erased": [CLIENT_ID]}
    assert "dossier gewist" in err
    assert json.loads(cli("client", "list", "--json")[1]) == []
    assert read_ledger_file(AppPaths.resolve(data_dir)) == {CLIENT_ID}
    code, out, _ = cli("audit", "show", "--client", CLIENT_ID, "--json")
    assert code == 0
    assert json.loads(out)[-1]["event"] == "gdpr.erase"
    code, _, err = cli("gdpr", "erase", CLIENT_ID, "--confirm")
    assert code == 4
    assert "niet gevonden" in err


def test_erase_by_a_huisarts_is_refused(cli, data_dir, monkeypatch):
    new = data_dir.parent / "new.txt"
    new.write_text(TEST_PASSPHRASE + "-arts", encoding="utf-8")
    code, _, err = cli("user", "add", "arts", "--role", "huisarts", "--new-passphrase-file",
                       str(new))  # fmt: skip
    assert code == 0, err
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE + "-arts")
    code, _, err = cli("gdpr", "erase", CLIENT_ID, "--confirm", "--user", "arts")
    assert code == 4
    assert "only a beheerder may erase" in err
    assert "alleen een beheerder mag" in err


def test_retention_lists_no_names(cli):
    code, out, err = cli("gdpr", "retention", "--json")
    assert code == 0, err
    assert json.loads(out) == []
    code, out, err = cli("gdpr", "retention")
    assert code == 0
    assert "geen dossiers voorbij de bewaartermijn" in err
