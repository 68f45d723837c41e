"""One way for CLI tests to run `pohsd-cli … --data-dir DIR` on a fresh, initialised data folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pohsd.cli import main
from tests.conftest import TEST_PASSPHRASE

Run = Callable[..., tuple[int, str, str]]


def initialised_cli(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Run:
    """Weak KDF + test passphrase in the environment, `init` done; run(*args) → (code, out, err)."""
    monkeypatch.setenv("POHSD_TEST_WEAK_KDF", "1")
    monkeypatch.setenv("POHSD_PASSPHRASE", TEST_PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data_dir)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, _, err = run("init", "--practice-name", "De Linde", "--practice-agb", "01234567",
                       "--user", "sanne")  # fmt: skip
    assert code == 0, err
    return run
