"""Self-test checks on existing data: locked (key file, header, map files) and unlocked."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pohsd.domain.errors import PohsdError
from pohsd.paths import AppPaths
from pohsd.selftest.checks import FAIL, OK, WARN, Check

if TYPE_CHECKING:
    from pohsd.workspace import Workspace

# The practice setting Instellingen › Sociale kaart writes (ui.viewmodels.socialmap_sync_vm).
WARN_MONTHS_KEY = "socialmap.warn_months"
DEFAULT_WARN_MONTHS = 3
_SQLITE_HEADER = b"SQLite format 3\x00"
_DAYS_PER_MONTH = 30.44


def map_age(built: datetime | None, warn_months: int, now: datetime | None = None) -> Check:
    """LET OP when the map is older than the practice's warn age (never FOUT: it still works)."""
    if built is None:
        return Check("socialmap_age", WARN, "nog geen sociale kaart geïmporteerd")
    now = now or datetime.now(UTC)
    built = built if built.tzinfo else built.replace(tzinfo=UTC)
    days = max(0, (now - built).days)
    limit = round(warn_months * _DAYS_PER_MONTH)
    detail = f"{days} dagen oud (waarschuwen na {warn_months} maanden)"
    return Check("socialmap_age", WARN if days > limit else OK, detail)


def check_locked(paths: AppPaths) -> list[Check]:
    """What can be checked without a passphrase."""
    from pohsd.socialmap.generation import list_generations
    from pohsd.unlock import list_users

    found: list[Check] = []
    try:
        users = list_users(paths)
    except PohsdError as exc:
        found.append(Check("keyslots", FAIL, f"keyslots.json onbruikbaar ({exc.code.value})"))
    else:
        found.append(Check("keyslots", OK, f"keyslots.json leesbaar, {len(users)} gebruiker(s)"))
    with paths.db.open("rb") as handle:
        header = handle.read(16)
    size_mb = paths.db.stat().st_size / 1_000_000
    if header == _SQLITE_HEADER:
        found.append(Check("database", FAIL, f"{paths.db.name} is NIET versleuteld"))
    else:
        found.append(Check("database", OK, f"{paths.db.name} versleuteld, {_mb(size_mb)} MB"))
    folder = paths.data_dir / "socialmap"
    generations = list_generations(folder)
    if not generations:
        found.append(map_age(None, DEFAULT_WARN_MONTHS))
    else:
        newest = max((folder / f"{g}.db").stat().st_mtime for g in generations)
        check = map_age(datetime.fromtimestamp(newest, UTC), DEFAULT_WARN_MONTHS)
        found.append(
            Check(check.name, check.status, f"{check.detail}; bestandsdatum, zonder ontgrendelen")
        )
    return found


def check_unlocked(ws: Workspace) -> list[Check]:
    """Unlocked: the audit chain and the map's own build date against the practice setting."""
    rows, broken = ws.audit.verify()
    if broken is None:
        audit = Check("audit", OK, f"logboek intact, {rows} regels")
    else:
        audit = Check("audit", FAIL, f"logboek aangetast bij regel {broken}")
    try:
        months = int(ws.practice.setting(WARN_MONTHS_KEY, str(DEFAULT_WARN_MONTHS)))
    except ValueError:
        months = DEFAULT_WARN_MONTHS
    status = ws.socialmap.status()
    age = map_age(status.built_at if status.generation_id else None, months)
    if status.generation_id:
        age = Check(age.name, age.status, f"{age.detail}; {status.count} voorzieningen")
    return [audit, age]


def _mb(size: float) -> str:
    """A size in Dutch notation ("0,3"): only the number gets a decimal comma, not file names."""
    return f"{size:.1f}".replace(".", ",")
