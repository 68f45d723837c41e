"""`pohsd-cli socialmap import|search|status` end to end: exit codes, JSON shape, the 20 % hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pohsd.cli import main
from tests.conftest import TEST_PASSPHRASE
from tests.unit.test_socialmap_service import S0, tiny


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run `pohsd-cli ARGS --data-dir DIR` on a fresh practice; return (code, stdout, stderr)."""
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)
    data_dir = tmp_path / "data"

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data_dir)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, _, err = run("init", "--practice-name", "De Linde", "--practice-agb", "01234567",
                       "--user", "sanne")  # fmt: skip
    assert code == 0, err
    return run


def _write(tmp_path: Path, services: list[dict], name: str = "kaart.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(services, ensure_ascii=False), encoding="utf-8")
    return path


def test_status_before_any_import(cli) -> None:
    code, out, _ = cli("socialmap", "status", "--json")
    assert code == 0
    assert json.loads(out)["generation_id"] is None
    code, out, _ = cli("socialmap", "status")
    assert code == 0
    assert "geen sociale kaart" in out


def test_import_search_status_tiny(cli, tmp_path: Path) -> None:
    code, out, err = cli("socialmap", "import", str(_write(tmp_path, tiny())), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["count"] == 10
    assert result["skipped"] == []
    assert result["withdrawn"] == 0
    code, out, err = cli("socialmap", "search", "schuld", "--topic", "geld", "--language", "ar",
                         "--free", "--json")  # fmt: skip
    assert code == 0, err
    hits = json.loads(out)
    assert [h["service_id"] for h in hits] == [S0]
    hit = hits[0]
    assert hit["service_name"] == "Schuldhulpmaatje"
    assert hit["organization_name"] == "Wijkwerk Noord"
    assert hit["topics"] == ["geld.schulden"]
    assert hit["toegang"] == ["vrij"]
    assert hit["distance_km"] is None
    assert isinstance(hit["score"], float)
    assert hit["reasons"] == ["past bij: schulden", "gratis", "spreekt Arabisch"]
    code, out, _ = cli("socialmap", "search", "schuldhulpmaatje")
    assert code == 0
    assert "Schuldhulpmaatje" in out
    assert "gratis" in out
    code, out, _ = cli("socialmap", "status", "--json")
    status = json.loads(out)
    assert status["count"] == 10
    assert status["source"] == "kaart.json"
    assert status["stale_count"] == 1
    code, out, _ = cli("socialmap", "status")
    assert code == 0
    assert "actieve voorzieningen: 10" in out


def test_drop_is_held_until_accepted(cli, tmp_path: Path) -> None:
    assert cli("socialmap", "import", str(_write(tmp_path, tiny())))[0] == 0
    smaller = _write(tmp_path, tiny()[:5], "klein.json")
    code, _, err = cli("socialmap", "import", str(smaller))
    assert code == 4
    assert "5 of 10" in err
    assert "--accept-drop" in err
    assert json.loads(cli("socialmap", "status", "--json")[1])["count"] == 10
    code, out, _ = cli("socialmap", "import", str(smaller), "--accept-drop", "--json")
    assert code == 0
    assert json.loads(out)["withdrawn"] == 5


def test_broken_file_exits_invalid(cli, tmp_path: Path) -> None:
    bad = tmp_path / "kapot.json"
    bad.write_text("<html>oops</html>", encoding="utf-8")
    code, _, err = cli("socialmap", "import", str(bad))
    assert code == 4
    assert "html_response" in err
    code, _, err = cli("socialmap", "import", str(tmp_path / "bestaat-niet"))
    assert code == 4
    assert "missing_file" in err


def test_real_package_and_json(cli, shared_dir: Path) -> None:
    base = shared_dir / "socialmap" / "utrecht-overvecht"
    code, out, err = cli("socialmap", "import", str(base / "datapackage"), "--json")
    assert code == 0, err
    total = json.loads(out)["count"]
    assert total == len(json.loads((base / "services.json").read_text("utf-8")))
    code, out, err = cli("socialmap", "import", str(base / "services.json"), "--json")
    assert code == 0, err
    code, out, err = cli("socialmap", "search", "schulden", "--topic", "geld.schulden",
                         "--postcode", "3561 AB", "--limit", "5", "--json")  # fmt: skip
    assert code == 0, err
    hits = json.loads(out)
    assert 0 < len(hits) <= 5
    assert all("geld.schulden" in h["topics"] for h in hits)
    assert all(h["reasons"][0].startswith("past bij: ") for h in hits)


def test_rollback_goes_back_and_forward_again(cli, tmp_path: Path) -> None:
    code, _, err = cli("socialmap", "rollback")
    assert code == 4
    assert "no earlier map" in err
    assert "geen eerdere kaart" in err
    first = json.loads(cli("socialmap", "import", str(_write(tmp_path, tiny())), "--json")[1])
    code, _, err = cli("socialmap", "rollback")
    assert code == 4, "one import leaves nothing to go back to"
    smaller = _write(tmp_path, tiny()[:9], "klein.json")
    second = json.loads(cli("socialmap", "import", str(smaller), "--json")[1])
    code, out, err = cli("socialmap", "rollback", "--json")
    assert code == 0, err
    back = json.loads(out)
    assert back["generation_id"] == first["generation_id"]
    assert (back["undone"], back["count"]) == ("import", 10)
    assert json.loads(cli("socialmap", "status", "--json")[1])["count"] == 10
    code, out, err = cli("socialmap", "rollback")
    assert code == 0, err
    assert "vorige kaart is weer in gebruik" in err
    assert f"generatie: {second['generation_id']}" in out
    assert "actieve voorzieningen: 9" in out
