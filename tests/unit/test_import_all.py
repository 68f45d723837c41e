"""Importing every module of pohsd and ui does no work: no files, no folders, no Qt app."""

import os
import subprocess
import sys
from pathlib import Path

IMPORT_ALL = """
import importlib, pkgutil
import pohsd, ui
names = []
for package in (pohsd, ui):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        leaf = info.name.rsplit(".", 1)[-1]
        if leaf == "__main__" or info.name.startswith("pohsd.store.migrations."):
            continue  # a __main__ runs a program; Alembic scripts run inside Alembic only
        importlib.import_module(info.name)
        names.append(info.name)
from PySide6.QtCore import QCoreApplication
assert QCoreApplication.instance() is None, "a module created the application"
print(len(names))
"""


def test_importing_every_module_creates_no_files(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "POHSD_")) and key not in {"APPDATA", "LOCALAPPDATA"}
    }
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PYTHONDONTWRITEBYTECODE="1",
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout.split()[-1]) > 30
    assert sorted(tmp_path.rglob("*")) == [home]
