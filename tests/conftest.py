"""Shared fixtures: offscreen Qt, a fresh encrypted workspace per test, demo-free paths."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace

SHARED = Path(__file__).resolve().parents[2] / "shared"
TEST_PASSPHRASE = "correct horse battery staple"
CANARY_GIVEN = "Zwanhilde"
CANARY_FAMILY = "Kwakernaat-Oosterbeek"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False, help="run slow tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip_slow = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if {"qtbot", "qapp", "qtmodeltester"} & set(getattr(item, "fixturenames", ())):
            item.add_marker("gui")
        if "slow" in item.keywords and not config.getoption("--slow"):
            item.add_marker(skip_slow)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real platformdirs folders."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "home" / "state"))
    monkeypatch.delenv("POHSD_HOME", raising=False)
    monkeypatch.delenv("POHSD_PASSPHRASE", raising=False)
    monkeypatch.delenv("POHSD_USER", raising=False)
    # no IT policy file from this machine (pohsd/policy.py); tests that need one set their own
    monkeypatch.setenv("POHSD_POLICY", str(tmp_path / "no-policy" / "policy.json"))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.resolve(tmp_path / "data")


@pytest.fixture
def practice() -> Practice:
    return Practice(
        naam="Huisartsenpraktijk De Linde",
        agb_code="01234567",
        adres="Lindelaan 1, 3500 AA Utrecht",
        telefoon="030 1234567",
        huisartsen=("dr. A. de Wit", "dr. B. Bakker"),
    )


@pytest.fixture
def created(paths: AppPaths, practice: Practice) -> Iterator[tuple[Workspace, str]]:
    """A fresh encrypted database at head with user 'sanne' (weak test KDF)."""
    ws, recovery = Workspace.create(
        paths,
        practice,
        "sanne",
        TEST_PASSPHRASE,
        display_name="Sanne de Vries",
        kdf=WEAK_TEST_PARAMS,
        allow_weak_kdf=True,
    )
    yield ws, recovery
    ws.close()


@pytest.fixture
def workspace(created: tuple[Workspace, str]) -> Workspace:
    return created[0]


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
