r"""Central settings for IT: a system-wide policy.json whose values no user setting can weaken.

The file lives in platformdirs' site config dir (`C:\ProgramData\pohsd\policy.json` on Windows,
`/etc/xdg/pohsd/policy.json` on Linux); `POHSD_POLICY` points elsewhere (tests, staging).
Keys (resources/schema/policy.schema.json): `socialmap.url`, `lock.idle_minutes_max`,
`backup.folder`, `practice` (naam, agb_code, adres, telefoon, huisartsen). Unknown keys and
values of the wrong shape are refused one by one: logged (key names only), listed in
`Policy.problems` and in `pohsd-cli selftest`; the valid keys still apply.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import site_config_dir

from pohsd.paths import resources_dir

POLICY_ENV = "POHSD_POLICY"
FILE_NAME = "policy.json"
SOCIALMAP_URL = "socialmap.url"
IDLE_MAX = "lock.idle_minutes_max"
BACKUP_FOLDER = "backup.folder"
PRACTICE = "practice"
# The settings (ws.practice.setting keys) a policy key governs.
IDLE_SETTING = "idle_minutes"
FIXED_SETTINGS = {SOCIALMAP_URL: SOCIALMAP_URL, BACKUP_FOLDER: BACKUP_FOLDER}

log = logging.getLogger("pohsd.policy")


def policy_path() -> Path:
    """Where the policy is read from: $POHSD_POLICY, else the site config dir."""
    chosen = os.environ.get(POLICY_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    return Path(site_config_dir("pohsd", appauthor=False)) / FILE_NAME


@dataclass(frozen=True)
class Policy:
    """The valid part of the policy file; an empty Policy when there is no file."""

    path: Path | None = None
    socialmap_url: str | None = None
    idle_minutes_max: int | None = None
    backup_folder: str | None = None
    practice: tuple[tuple[str, Any], ...] = ()
    problems: tuple[str, ...] = field(default=())

    @property
    def active(self) -> bool:
        return self.path is not None

    @property
    def practice_fields(self) -> frozenset[str]:
        """Names of the Practice fields the policy fixes."""
        return frozenset(name for name, _ in self.practice)

    def is_fixed(self, key: str) -> bool:
        """True when the setting `key` is fully fixed (the user cannot change it at all)."""
        return (key == SOCIALMAP_URL and self.socialmap_url is not None) or (
            key == BACKUP_FOLDER and self.backup_folder is not None
        )

    def effective_setting(self, key: str, value: str) -> str:
        """The value that applies: the policy's for fixed keys, the idle time capped."""
        if key == SOCIALMAP_URL and self.socialmap_url is not None:
            return self.socialmap_url
        if key == BACKUP_FOLDER and self.backup_folder is not None:
            return self.backup_folder
        if key == IDLE_SETTING and self.idle_minutes_max is not None:
            try:
                return str(min(int(value), self.idle_minutes_max))
            except ValueError:
                return str(self.idle_minutes_max)
        return value

    def weakens(self, key: str, value: str) -> bool:
        """True when storing `value` for `key` would go against the policy."""
        if self.is_fixed(key):
            return value.strip() != self.effective_setting(key, "")
        if key == IDLE_SETTING and self.idle_minutes_max is not None:
            try:
                return int(value) > self.idle_minutes_max
            except ValueError:
                return True
        return False

    def apply_practice(self, practice: Any) -> Any:
        """A copy of the Practice DTO with the fixed fields replaced by the policy's values."""
        if not self.practice:
            return practice
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in self.practice}
        return dataclasses.replace(practice, **values)


def _schema() -> dict[str, Any]:
    text = (resources_dir() / "schema" / "policy.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def parse_policy(data: object, path: Path) -> Policy:
    """Check each key against the schema; keep the valid ones, describe the rest."""
    import jsonschema  # deferred: only when a policy file exists

    if not isinstance(data, dict):
        return Policy(path=path, problems=("het bestand is geen JSON-object",))
    schema = _schema()
    known: dict[str, Any] = schema["properties"]
    problems: list[str] = []
    valid: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            problems.append(f"onbekende sleutel '{key}' genegeerd")
            continue
        validator = jsonschema.Draft202012Validator(known[key])
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        if error is not None:
            where = "/".join(str(p) for p in error.path)
            problems.append(f"'{key}{'/' + where if where else ''}' ongeldig: {error.validator}")
            continue
        valid[key] = value
    backup = valid.get(BACKUP_FOLDER)
    practice = valid.get(PRACTICE, {})
    return Policy(
        path=path,
        socialmap_url=valid.get(SOCIALMAP_URL),
        idle_minutes_max=valid.get(IDLE_MAX),
        backup_folder=os.path.expandvars(os.path.expanduser(backup)) if backup else None,
        practice=tuple(sorted(practice.items())),
        problems=tuple(problems),
    )


def read_policy(path: Path | None = None) -> Policy:
    """Read and check the policy file; no file gives an empty Policy (nothing fixed)."""
    path = path or policy_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Policy()
    except OSError as exc:
        return Policy(path=path, problems=(f"niet leesbaar ({exc.strerror})",))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        where = f" (regel {line})" if line else ""
        return Policy(path=path, problems=(f"geen geldige JSON{where}; niets toegepast",))
    return parse_policy(data, path)


_cache: dict[tuple[str, int, int], Policy] = {}
_lock = threading.Lock()


def current_policy() -> Policy:
    """The policy in force, re-read when the file changes; problems are logged once."""
    path = policy_path()
    try:
        stat = path.stat()
    except OSError:
        return Policy()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    with _lock:
        cached = _cache.get(key)
        if cached is not None:
            return cached
        policy = read_policy(path)
        _cache.clear()
        _cache[key] = policy
    for problem in policy.problems:  # key names and schema keywords only, never values
        log.warning("policy.problem %s", problem)
    return policy
