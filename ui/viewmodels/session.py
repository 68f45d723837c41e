"""What the shell knows about the app and the unlocked session (gathered on the DB thread)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths
from pohsd.security.kdf import KdfParams
from pohsd.security.lockpolicy import LockPolicy

from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace

IDLE_SETTING = "idle_minutes"


@dataclass(frozen=True)
class AppConfig:
    """Composition settings handed down from `ui.app` (tests pass a weak KDF)."""

    paths: AppPaths
    demo: bool = False
    kdf: KdfParams | None = None
    allow_weak_kdf: bool = False


@dataclass(frozen=True)
class SessionInfo:
    """The facts the shell shows after unlocking: no client data."""

    user_name: str
    user_label: str
    practice: Practice
    idle_minutes: int
    is_demo: bool


def read_session(ws: Workspace) -> SessionInfo:
    """Run on the DB thread."""
    try:
        idle = int(ws.practice.setting(IDLE_SETTING, str(LockPolicy().idle_minutes)))
    except ValueError:
        idle = LockPolicy().idle_minutes
    return SessionInfo(
        user_name=ws.user.name,
        user_label=ws.user.label,
        practice=ws.practice.get(),
        idle_minutes=LockPolicy(idle).idle_minutes,
        is_demo=ws.is_demo,
    )


def install_workspace(runner: TaskRunner, ws: Workspace) -> SessionInfo:
    """Run on the DB thread: hand the opened workspace to the runner; close it on failure."""
    try:
        info = read_session(ws)
    except BaseException:
        ws.close(event="session.logout")
        raise
    runner.set_workspace(ws)
    return info
