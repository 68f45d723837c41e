"""`pohsd-cli client import|export|list` end to end: exit codes, output, nothing half-stored."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE
from tests.unit.cli_support import initialised_cli

DATA = Path(__file__).resolve().parents[1] / "data" / "exchange"
FULL = DATA / "full_client.json"
CLIENT_ID = "6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)
    return tmp_path / "data"


@pytest.fixture
def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run `pohsd-cli ARGS --data-dir DIR`; return (exit code, stdout, stderr)."""
    return initialised_cli(data_dir, monkeypatch, capsys)


def _listing(cli) -> list[dict]:
    code, out, err = cli("client", "list", "--json")
    assert code == 0, err
    return json.loads(out)


def _canon(node):
    if isinstance(node, dict):
        return {k: _canon(v) for k, v in node.items() if k != "exported_at"}
    if isinstance(node, list):
        return [_canon(v) for v in node]
    if isinstance(node, str) and len(node) > 19 and node[10:11] == "T":
        return datetime.fromisoformat(node).astimezone(UTC).isoformat()
    return node


def _bad_file(tmp_path: Path, change) -> Path:
    doc = json.loads(FULL.read_text(encoding="utf-8"))
    change(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_import_prints_the_id_and_list_shows_the_client(cli):
    code, out, err = cli("client", "import", str(FULL))
    assert code == 0, err
    assert out.strip() == CLIENT_ID
    assert "client imported" in err
    assert "cliënt ingelezen" in err
    assert "Jansen" not in err
    [row] = _listing(cli)
    assert row == {
        "id": CLIENT_ID,
        "given_name": "Ron",
        "family_name": "Jansen",
        "birth_date": "1980-03-14",
        "postal_code": "3562 AB",
        "intakes": 2,
        "status": "open",  # the newest, the vervolg, is still open
    }
    code, out, _ = cli("client", "list")
    assert code == 0
    assert "Jansen, Ron" in out
    assert "14-03-1980" in out
    assert out.splitlines()[0].split()[:2] == ["id", "naam"]


def test_import_json_output(cli):
    code, out, _ = cli("client", "import", str(FULL), "--json")
    assert code == 0
    assert json.loads(out) == {"client_id": CLIENT_ID, "merged": False}


def test_export_to_stdout_round_trips(cli):
    cli("client", "import", str(FULL))
    code, out, err = cli("client", "export", CLIENT_ID)
    assert code == 0, err
    assert err == ""
    doc = json.loads(out)
    assert _canon(doc) == _canon(json.loads(FULL.read_text(encoding="utf-8")))


def test_export_to_a_file_is_atomic_and_names_no_client(cli, tmp_path: Path):
    cli("client", "import", str(FULL))
    target = tmp_path / "uitvoer" / "dossier.json"
    target.parent.mkdir()
    code, out, err = cli("client", "export", CLIENT_ID, "--out", str(target))
    assert code == 0, err
    assert out == ""
    assert str(target) in err
    assert "Ron" not in err
    assert "Jansen" not in err
    assert json.loads(target.read_text(encoding="utf-8"))["client"]["id"] == CLIENT_ID
    assert [p.name for p in target.parent.iterdir()] == ["dossier.json"]  # no temp file left
    code, _, _ = cli("client", "import", str(target), "--merge")
    assert code == 0


def test_export_of_an_unknown_client(cli):
    code, out, err = cli("client", "export", CLIENT_ID)
    assert code == 4
    assert out == ""
    assert "not found" in err
    assert "niet gevonden" in err


@pytest.mark.parametrize(
    ("change", "path", "en", "nl"),
    [
        (lambda d: d["client"]["address"].update(postal_code="35620 AB"),
         "client.address.postal_code", "1234 AB", "1234 AB"),
        (lambda d: d["intakes"][0]["answers"].update({"geld.schulden.soort": ["gokken"]}),
         "intakes[0].answers.geld.schulden.soort", "not one of the choices",
         "geen van de mogelijkheden"),
        (lambda d: d["intakes"][0]["signals"][0].update(by="x"),
         "intakes[0].signals[0].by", "unknown key", "onbekende sleutel"),
        (lambda d: d["client"].update(birth_date="2999-01-01"),
         "client.birth_date", "date lies in the future", "datum ligt in de toekomst"),
        (lambda d: d.update(format="pohsd-client/0"),
         "format", "not a pohsd-client/1 file", "geen pohsd-client/1-bestand"),
    ],
)  # fmt: skip
def test_import_of_an_invalid_file_exits_4_and_stores_nothing(cli, tmp_path, change, path, en, nl):
    code, out, err = cli("client", "import", str(_bad_file(tmp_path, change)))
    assert code == 4
    assert out == ""
    assert path in err
    assert en in err
    assert nl in err
    assert "nothing was imported" in err
    assert "er is niets ingelezen" in err
    assert _listing(cli) == []


def test_invalid_json_is_refused_before_asking_a_passphrase(cli, tmp_path, monkeypatch):
    monkeypatch.delenv("POHSD_PASSPHRASE")
    path = tmp_path / "broken.json"
    path.write_text('{"format": "pohsd-client/1",', encoding="utf-8")
    code, _, err = cli("client", "import", str(path))
    assert code == 4
    assert "$: not valid JSON" in err
    assert "geen geldige JSON" in err


def test_a_bom_is_accepted(cli, tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + FULL.read_bytes())
    code, out, _ = cli("client", "import", str(path))
    assert code == 0
    assert out.strip() == CLIENT_ID


def test_a_second_import_is_a_conflict_unless_merge(cli, tmp_path):
    cli("client", "import", str(FULL))
    renamed = _bad_file(tmp_path, lambda d: d["client"].update(given_name="Ronald"))
    code, out, err = cli("client", "import", str(renamed))
    assert code == 5
    assert out == ""
    assert "client.id" in err
    assert "already exists" in err
    assert "--merge" in err
    assert [(r["given_name"], r["intakes"]) for r in _listing(cli)] == [("Ron", 2)]
    code, out, err = cli("client", "import", str(renamed), "--merge")
    assert code == 0, err
    assert out.strip() == CLIENT_ID
    assert [(r["given_name"], r["intakes"]) for r in _listing(cli)] == [("Ronald", 2)]


def test_wrong_passphrase_and_missing_file(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("POHSD_PASSPHRASE", "niet de goede wachtwoordzin")
    code, _, err = cli("client", "list")
    assert code == 3
    assert "wrong passphrase" in err
    code, _, err = cli("client", "import", str(tmp_path / "nope.json"))
    assert code == 1
    assert "nope.json" in err


def test_client_needs_an_action(cli):
    code, _, err = cli("client")
    assert code == 2
    assert "usage" in err
