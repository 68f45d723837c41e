"""The NSIS installer script compiles (makensis on Linux) and keeps user data on uninstall."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "windows" / "pohsd.nsi"


@pytest.fixture
def fake_onedir(tmp_path: Path) -> Path:
    """Stands in for dist/pohsd: the two programs and an _internal folder."""
    folder = tmp_path / "dist" / "pohsd"
    (folder / "_internal" / "resources").mkdir(parents=True)
    for name in ("pohsd.exe", "pohsd-cli.exe"):
        (folder / name).write_bytes(b"MZ fake")
    (folder / "_internal" / "resources" / "README").write_text("fake", encoding="utf-8")
    return folder


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian: nsis) not found")
def test_installer_script_compiles_without_warnings(fake_onedir: Path, tmp_path: Path):
    out = tmp_path / "pohsd-9.8.7-setup.exe"
    result = subprocess.run(
        ["makensis", "-V2", "-WX", "-DVERSION=9.8.7", f"-DSRCDIR={fake_onedir}",
         f"-DOUTFILE={out}", f"-DICON={ROOT / 'resources' / 'icons' / 'pohsd.ico'}", str(SCRIPT)],
        capture_output=True, text=True, timeout=120, check=False, cwd=SCRIPT.parent,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    data = out.read_bytes()
    assert data[:2] == b"MZ"
    assert len(data) > 50_000


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian: nsis) not found")
def test_a_missing_onedir_fails_the_build(tmp_path: Path):
    result = subprocess.run(
        ["makensis", "-V2", f"-DSRCDIR={tmp_path / 'nothing'}", f"-DOUTFILE={tmp_path / 'x.exe'}",
         str(SCRIPT)],
        capture_output=True, text=True, timeout=120, check=False, cwd=SCRIPT.parent,
    )  # fmt: skip
    assert result.returncode != 0


def test_per_user_and_data_kept_unless_ticked():
    text = SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APPID}"' in text
    assert "HKLM" not in text  # nothing system-wide
    assert '"ook mijn gegevens verwijderen"' in text
    uninstall = text[text.index('Section "Uninstall"') :]
    removals = [line.strip() for line in uninstall.splitlines() if "${DATADIR}" in line]
    assert removals == ['RMDir /r "${DATADIR}"']
    guarded = re.search(
        r"\$\{If\} \$RemoveData == \$\{BST_CHECKED\}\s+RMDir /r \"\$\{DATADIR\}\"\s+\$\{EndIf\}",
        uninstall,
    )
    assert guarded, "the data folder may only be removed when the box is ticked"
    assert "StrCpy $RemoveData 0" in text  # a silent uninstall keeps the data
