"""Where pohsd keeps its files: --data-dir, POHSD_HOME or the platform's user dirs."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

DB_NAME = "pohsd.db"
KEYSLOTS_NAME = "keyslots.json"
DEMO_MARKER = "DEMO"


def resources_dir() -> Path:
    """The bundled `resources/` folder: beside the packages, or inside a PyInstaller build."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    config_dir: Path

    @classmethod
    def resolve(
        cls, data_dir: str | os.PathLike[str] | None = None, *, demo: bool = False
    ) -> AppPaths:
        """Pick the folders; nothing is created here (see `ensure`)."""
        dirs = PlatformDirs("pohsd", appauthor=False, roaming=False)
        chosen = data_dir or os.environ.get("POHSD_HOME")
        if chosen:
            base = Path(chosen).expanduser().absolute()
            root = base
            log_dir = base / "logs"
            config_dir = base / "config"
        else:
            root = Path(dirs.user_data_dir)
            log_dir = Path(dirs.user_log_dir)
            config_dir = Path(dirs.user_config_dir)
        if demo and not chosen:
            root = root / "demo"
            log_dir = log_dir / "demo"
            config_dir = config_dir / "demo"
        return cls(data_dir=root, log_dir=log_dir, config_dir=config_dir)

    @property
    def db(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def keyslots(self) -> Path:
        return self.data_dir / KEYSLOTS_NAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def erasure_ledger(self) -> Path:
        """Sidecar copy of the erasure ledger: a restore replaces the database, not this file."""
        return self.data_dir / "erasure-ledger.json"

    @property
    def demo_marker(self) -> Path:
        return self.data_dir / DEMO_MARKER

    @property
    def is_demo(self) -> bool:
        return self.demo_marker.exists()

    def exists(self) -> bool:
        return self.db.exists() and any(
            self.keyslots.with_name(self.keyslots.name + suffix).exists()
            for suffix in ("", ".bak", ".prev")  # the copies KeySlots.load falls back to
        )

    def ensure(self) -> None:
        for folder in (self.data_dir, self.log_dir, self.config_dir):
            folder.mkdir(parents=True, exist_ok=True)
