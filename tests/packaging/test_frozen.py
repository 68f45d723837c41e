"""The PyInstaller build: a frozen `pohsd-cli selftest` passes, `pohsd --demo` reaches unlock.

Slow (a build takes 2–7 minutes on the 2-core CI machine), so opt-in with `--slow`. Set
POHSD_FROZEN_DIST to an existing `dist/pohsd` folder to test that build instead of making one.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
EXE = ".exe" if sys.platform == "win32" else ""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The onedir folder with both programs: given, or built once per session."""
    given = os.environ.get("POHSD_FROZEN_DIST")
    if given:
        return Path(given)
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller not installed (pip install -e ".[build]")')
    out = tmp_path_factory.mktemp("frozen")
    env = {**os.environ, "POHSD_DIST": str(out / "dist"), "POHSD_BUILD": str(out / "work")}
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build-linux.sh"), sys.executable],
        capture_output=True, text=True, env=env, timeout=1200, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return out / "dist" / "pohsd"


def _run(program: Path, *args: str, env: dict[str, str] | None = None, timeout: int = 180):
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, timeout=timeout, check=False,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def test_onedir_holds_both_programs_and_the_data_files(dist: Path):
    assert (dist / f"pohsd{EXE}").is_file()
    assert (dist / f"pohsd-cli{EXE}").is_file()
    internal = dist / "_internal"
    assert (internal / "resources" / "templates" / "verwijsbrief.docx").is_file()
    assert (internal / "resources" / "translations" / "qtbase_nl.qm").is_file()
    assert sorted(p.name for p in (internal / "pohsd" / "store" / "migrations" / "versions")
                  .glob("0001_*.py"))  # fmt: skip
    assert list((internal / "sqlcipher3").glob("_sqlite3*"))
    assert not list(internal.rglob("*QtQml*")), "unused Qt modules must be excluded"


def test_frozen_selftest_passes(dist: Path, tmp_path: Path):
    result = _run(dist / f"pohsd-cli{EXE}", "selftest", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("sqlcipher", "encrypted_db", "kdf", "templates", "fonts", "translations",
                 "schema", "data_dir"):  # fmt: skip
        assert re.search(rf"^OK +{name} ", result.stdout, re.MULTILINE), result.stdout
    assert "qtbase_nl.qm geldig" in result.stdout
    assert "zelftest geslaagd" in result.stderr


def test_frozen_cli_creates_and_verifies_a_database(dist: Path, tmp_path: Path):
    """Alembic runs its migration scripts from the bundled files."""
    env = {"POHSD_TEST_WEAK_KDF": "1", "POHSD_PASSPHRASE": TEST_PASSPHRASE}
    data = str(tmp_path / "data")
    init = _run(dist / f"pohsd-cli{EXE}", "init", "--data-dir", data, "--practice-name",
                "De Linde", "--practice-agb", "01234567", "--user", "sanne", env=env)  # fmt: skip
    assert init.returncode == 0, init.stderr
    verify = _run(dist / f"pohsd-cli{EXE}", "audit", "verify", "--data-dir", data, env=env)
    assert verify.returncode == 0, verify.stderr
    assert verify.stdout.startswith("ok: ")


def test_frozen_cli_imports_a_large_map_with_worker_processes(dist: Path, tmp_path: Path):
    """From PARALLEL_MIN services on, spawned workers prepare the map: the frozen program must
    start itself as a worker (multiprocessing.freeze_support in packaging/entry_cli.py); a
    worker that runs the CLI instead breaks the pool and the import fails."""
    from bench import gen_socialmap
    from pohsd.socialmap.prepare import PARALLEL_MIN, WORKERS_ENV

    gen_socialmap.build(tmp_path / "kaart", PARALLEL_MIN, seed=3)
    env = {"POHSD_TEST_WEAK_KDF": "1", "POHSD_PASSPHRASE": TEST_PASSPHRASE, WORKERS_ENV: "2"}
    data = tmp_path / "data"
    init = _run(dist / f"pohsd-cli{EXE}", "init", "--data-dir", str(data), "--practice-name",
                "De Linde", "--practice-agb", "01234567", "--user", "sanne", env=env)  # fmt: skip
    assert init.returncode == 0, init.stderr
    result = _run(dist / f"pohsd-cli{EXE}", "socialmap", "import", str(tmp_path / "kaart"),
                  "--json", "--data-dir", str(data), env=env, timeout=600)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert json.loads(result.stdout)["count"] == PARALLEL_MIN
    assert not list((data / "socialmap").glob("*-stage*")) + list(
        (data / "socialmap").glob("*-ranks")
    )


def test_frozen_demo_reaches_the_unlock_screen(dist: Path, tmp_path: Path):
    data = tmp_path / "demo"
    env = {"QT_QPA_PLATFORM": "offscreen", "POHSD_EXIT_AFTER_UNLOCK_SHOWN": "1"}
    result = _run(dist / f"pohsd{EXE}", "--demo", "--data-dir", str(data), env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "unlock-shown users=1" in result.stdout
    log = (data / "logs" / "pohsd.log").read_text(encoding="utf-8")
    assert "app.unlock_shown users=1" in log
    assert (data / "DEMO").is_file()
