"""`pohsd-cli report`: happy path (csv and json), bad dates and usage errors."""

import json
from datetime import timedelta
from pathlib import Path

import pytest

from pohsd.paths import AppPaths
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.unit import report_fixture
from tests.unit.cli_support import initialised_cli


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)
    return tmp_path / "data"


@pytest.fixture
def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    return initialised_cli(data_dir, monkeypatch, capsys)


@pytest.fixture
def practice(cli, data_dir: Path) -> report_fixture.Fixture:
    ws = Workspace.unlock(AppPaths.resolve(data_dir), "sanne", TEST_PASSPHRASE,
                          allow_weak_kdf=True, source="cli")  # fmt: skip
    try:
        return report_fixture.build(ws)
    finally:
        ws.close(event="session.logout")


def test_report_csv_and_json(cli, practice, tmp_path):
    start = (practice.today - timedelta(days=30)).strftime("%d-%m-%Y")
    end = practice.today.isoformat()
    code, out, err = cli("report", "--from", start, "--to", end, "--out", str(tmp_path))
    assert code == 0, err
    path = Path(out.strip())
    assert path.suffix == ".csv"
    text = path.read_bytes().decode("utf-8-sig")
    assert "Verwijzingen per toegang" in text
    assert "Totaal;11" in text
    assert "report written" in err
    assert "rapportage geschreven" in err
    target = tmp_path / "rapport.json"
    code, out, err = cli("report", "--from", start, "--to", end, "--format", "json",
                         "--per-pc4", "--out", str(target), "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["path"] == str(target)
    data = json.loads(target.read_text("utf-8"))
    assert data["per_pc4"] is True
    kern = next(t for t in data["tables"] if t["key"] == "kerngetallen")
    assert [c["key"] for c in kern["columns"]] == ["1234", "5678"]


def test_report_refuses_bad_dates(cli, tmp_path):
    code, _, err = cli("report", "--from", "31-02-2026", "--to", "2026-03-31",
                       "--out", str(tmp_path))  # fmt: skip
    assert code == 4
    assert "--from" in err
    code, _, err = cli("report", "--from", "2026-04-01", "--to", "2026-03-31",
                       "--out", str(tmp_path))  # fmt: skip
    assert code == 4
    assert "vóór" in err
    code, _, _ = cli("report", "--from", "2026-01-01", "--to", "2026-03-31")
    assert code == 2  # --out is required
    code, _, _ = cli("report", "--from", "2026-01-01", "--to", "2026-03-31", "--format", "xlsx",
                     "--out", str(tmp_path))  # fmt: skip
    assert code == 2
    assert not list(tmp_path.glob("rapportage_*"))
