"""pohsd-cli backup / backup list / restore: output, exit codes, bilingual messages."""

import json
from pathlib import Path

import pytest

from tests.unit.cli_support import initialised_cli


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    run = initialised_cli(tmp_path / "data", monkeypatch, capsys)
    run.data_dir = tmp_path / "data"  # type: ignore[attr-defined]
    return run


def test_backup_prints_the_set_and_lists_it(cli, tmp_path: Path) -> None:
    code, out, err = cli("backup")
    assert code == 0, err
    set_dir = Path(out.strip())
    assert set_dir.parent == cli.data_dir / "backups"
    assert (set_dir / "manifest.json").exists()
    assert "back-up gemaakt en gecontroleerd" in err
    assert "backup made and verified" in err

    code, out, _ = cli("backup", "list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [s["name"] for s in listed] == [set_dir.name]
    assert listed[0]["verified"] is True
    assert listed[0]["kind"] == "manual"

    code, out, _ = cli("backup", "list")
    assert code == 0
    assert set_dir.name in out
    assert " ok" in out


def test_backup_to_another_folder_with_json(cli, tmp_path: Path) -> None:
    target = tmp_path / "share"
    code, out, err = cli("backup", "--to", str(target), "--json")
    assert code == 0, err
    info = json.loads(out)
    assert Path(info["path"]).parent == target
    assert info["verified"] is True
    assert info["rows"] > 0


def test_backup_list_rejects_to(cli) -> None:
    code, _, err = cli("backup", "list", "--to", "/tmp/x")
    assert code == 2
    assert "--to" in err
    assert "hoort bij" in err


def test_restore_needs_confirm_then_restores(cli) -> None:
    code, out, _ = cli("backup")
    set_dir = out.strip()
    code, _, err = cli("restore", set_dir)
    assert code == 2
    assert "--confirm" in err
    assert "terugzetten" in err
    assert not list(cli.data_dir.glob("pohsd.db.before-restore-*"))

    code, _, err = cli("restore", set_dir, "--confirm")
    assert code == 0, err
    assert "teruggezet" in err
    assert "restored" in err
    assert len(list(cli.data_dir.glob("pohsd.db.before-restore-*"))) == 1
    code, out, _ = cli("audit", "show", "--json")
    assert "backup.restore" in {row["event"] for row in json.loads(out)}


def test_restore_of_a_damaged_set_is_refused_bilingually(cli) -> None:
    code, out, _ = cli("backup")
    set_dir = Path(out.strip())
    (set_dir / "manifest.json").write_text("{}")
    code, _, err = cli("restore", str(set_dir), "--confirm")
    assert code == 4
    assert "damaged or incomplete" in err
    assert "beschadigd of onvolledig" in err
