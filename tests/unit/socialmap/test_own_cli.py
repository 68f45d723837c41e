"""`pohsd-cli socialmap own list|export`: JSON shape, retired marks, a package that imports."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from pohsd.paths import AppPaths
from pohsd.socialmap.package import read_package
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.unit.cli_support import initialised_cli
from tests.unit.socialmap.test_own_validate import WANDEL


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    data_dir = tmp_path / "data"
    return initialised_cli(data_dir, monkeypatch, capsys), data_dir


def _seed(data_dir: Path) -> tuple[str, str]:
    ws = Workspace.unlock(AppPaths.resolve(data_dir), "sanne", TEST_PASSPHRASE,
                          allow_weak_kdf=True, source="cli")  # fmt: skip
    try:
        active = ws.socialmap.own.save(WANDEL)
        old = ws.socialmap.own.save(replace(WANDEL, name="Oud clubje"))
        ws.socialmap.own.retire(old)
    finally:
        ws.close()
    return active, old


def test_list_json_and_text(cli) -> None:
    run, data_dir = cli
    code, out, _ = run("socialmap", "own", "list", "--json")
    assert code == 0
    assert json.loads(out) == []
    active, old = _seed(data_dir)
    code, out, _ = run("socialmap", "own", "list", "--json")
    items = {i["id"]: i for i in json.loads(out)}
    assert code == 0
    assert set(items) == {active, old}
    assert items[active]["name"] == WANDEL.name
    assert not items[active]["retired"]
    assert items[old]["retired"]
    assert items[active]["topics"] == list(WANDEL.topics)
    code, out, _ = run("socialmap", "own", "list")
    assert "niet meer actief" in out
    assert WANDEL.name in out


def test_export_writes_a_package_of_the_active_ones(cli, tmp_path: Path) -> None:
    run, data_dir = cli
    active, _ = _seed(data_dir)
    target = tmp_path / "eigen.zip"
    code, out, _ = run("socialmap", "own", "export", "--out", str(target), "--json")
    assert code == 0
    assert json.loads(out) == {"path": str(target), "count": 1}
    assert [s["id"] for s in read_package(target)] == [active]
