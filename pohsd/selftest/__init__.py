"""Installation self-test (`pohsd-cli selftest`): one OK / LET OP / FOUT line per check.

Without a passphrase it checks the installation and what can be seen of existing data (key
file, database header, sociale-kaart age); unlocked (`--unlock`) it also verifies the database,
the audit chain and the map from the inside. Exit 0 only when nothing failed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pohsd.paths import AppPaths
from pohsd.selftest.checks import FAIL, OK, WARN, Check

if TYPE_CHECKING:
    from pohsd.workspace import Workspace

__all__ = ["FAIL", "OK", "WARN", "Check", "SelftestReport", "run_selftest"]

LABELS = {
    "nl": {OK: "OK", WARN: "LET OP", FAIL: "FOUT"},
    "en": {OK: "OK", WARN: "WARN", FAIL: "FAIL"},
}


@dataclass(frozen=True)
class SelftestReport:
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        """True when no required check failed (warnings are allowed)."""
        return all(c.status != FAIL for c in self.checks)

    def count(self, status: str) -> int:
        return sum(c.status == status for c in self.checks)

    def lines(self, lang: str = "nl") -> list[str]:
        labels = LABELS.get(lang, LABELS["nl"])
        width = max(len(c.name) for c in self.checks)
        return [f"{labels[c.status]:<7}{c.name:<{width}}  {c.detail}".rstrip() for c in self.checks]

    def to_json(self) -> dict[str, object]:
        return {"ok": self.ok, "checks": [asdict(c) for c in self.checks]}


def _guarded(name: str, run: Callable[[], Check | list[Check]]) -> list[Check]:
    try:
        result = run()
    except Exception as exc:  # a failing check must not hide the others
        missing = f": {exc.name}" if isinstance(exc, ImportError) and exc.name else ""
        return [Check(name, FAIL, f"mislukt ({type(exc).__name__}{missing})")]
    return result if isinstance(result, list) else [result]


def run_selftest(paths: AppPaths, workspace: Workspace | None = None) -> SelftestReport:
    """Run every check; folders this creates for the test are removed again when empty.

    With an unlocked `workspace` (the caller opens and closes it) the data checks go further.
    """
    from pohsd.selftest import checks, data  # deferred: sqlcipher and friends

    folder = paths.data_dir
    created: list[Path] = []
    missing = folder
    while not missing.exists() and missing.parent != missing:
        created.append(missing)
        missing = missing.parent
    had_data = paths.exists()
    found: list[Check] = []
    try:
        found += _guarded("sqlcipher", checks.check_sqlcipher)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            found.append(Check("data_dir", FAIL, f"{folder}: kan map niet maken ({exc.strerror})"))
        else:
            data_dir = _guarded("data_dir", lambda: checks.check_data_dir(folder))
            found += data_dir
            if data_dir[0].status == OK:
                found += _guarded("encrypted_db", lambda: checks.check_encrypted_db(folder))
            else:
                found.append(Check("encrypted_db", FAIL, "overgeslagen: datamap is ongeschikt"))
        found += _guarded("kdf", checks.check_kdf)
        found += _guarded("templates", checks.check_templates)
        found += _guarded("fonts", checks.check_fonts)
        found += _guarded("translations", checks.check_translations)
        found += _guarded("schema", checks.check_schema)
        found += _guarded("policy", checks.check_policy)
        if had_data:
            locked = _guarded("database", lambda: data.check_locked(paths))
            if workspace is not None:  # the map's own date replaces the file date
                locked = [c for c in locked if c.name != "socialmap_age"]
                locked += _guarded("unlocked", lambda: data.check_unlocked(workspace))
            found += locked
        else:
            found.append(
                Check("database", OK, f"nog geen database in {folder}; niets te controleren")
            )
    finally:
        for made in created:  # innermost first
            try:
                made.rmdir()
            except OSError:
                break
    return SelftestReport(tuple(found))
