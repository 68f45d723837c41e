"""Who acts and with which passphrase; opening and always closing the workspace for a command."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from pohsd.cli.messages import EXIT_ERROR, EXIT_INVALID, EXIT_LOCKED, EXIT_USAGE, CliError
from pohsd.domain.errors import ValidationError
from pohsd.instance import AlreadyRunning, InstanceLock
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS, KdfParams
from pohsd.workspace import Workspace


def weak_kdf_for_tests() -> bool:
    """POHSD_TEST_WEAK_KDF=1 exists ONLY for the test suite: fast, insecure Argon2 settings.

    It is deliberately not a command-line flag and is not documented for users; the demo does
    not use it. With it, init / user add / passphrase change write WEAK_TEST_PARAMS slots and
    unlocking accepts them. Real databases always get the calibrated production KDF.
    """
    return os.environ.get("POHSD_TEST_WEAK_KDF") == "1"


def new_slot_kdf() -> KdfParams | None:
    """KDF settings for a new slot: None means the calibrated production settings."""
    return WEAK_TEST_PARAMS if weak_kdf_for_tests() else None


EXIT_IN_USE = EXIT_LOCKED  # spec: 3 = locked; another pohsd has this data folder open


@contextmanager
def instance_held(paths: AppPaths) -> Iterator[None]:
    """Hold the data folder's instance lock, or refuse with EXIT_IN_USE (nothing is opened)."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(paths.data_dir)
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        raise CliError(
            EXIT_IN_USE,
            f"pohsd already has this data folder open ({paths.data_dir}); close the app "
            "or wait for the other command, then try again",
            f"pohsd is al geopend met deze gegevensmap ({paths.data_dir}); sluit het programma "
            "of wacht op de andere opdracht en probeer het opnieuw",
        ) from exc
    try:
        yield
    finally:
        lock.release()


def data_paths(args: argparse.Namespace) -> AppPaths:
    return AppPaths.resolve(getattr(args, "data_dir", None))


def require_db(paths: AppPaths) -> None:
    """Refuse (and create nothing) when there is no database in the data folder."""
    if not paths.exists():
        folder = paths.data_dir
        raise CliError(
            EXIT_ERROR,
            f"no database in {folder} (create one with 'pohsd-cli init'); nothing was created",
            f"geen database in {folder} (maak er een met 'pohsd-cli init'); er is niets aangemaakt",
        )


# ---- passphrases -----------------------------------------------------------------------------


def _read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(
            EXIT_INVALID,
            f"cannot read the passphrase file {path}",
            f"kan het wachtwoordzinbestand {path} niet lezen",
        ) from exc
    # One trailing line break is what an editor or `echo` adds; it is not part of the secret.
    return text.removesuffix("\n").removesuffix("\r")


def _not_empty(secret: str) -> str:
    if not secret:
        raise ValidationError("passphrase", "passphrase_empty")
    return secret


def _no_terminal(what_en: str, what_nl: str, env: str, option: str) -> NoReturn:
    raise CliError(
        EXIT_USAGE,
        f"no {what_en}: set {env} or use {option} (no terminal to ask on)",
        f"geen {what_nl}: zet {env} of gebruik {option} (geen terminal om te vragen)",
    )


def _prompt(prompt: str, *, confirm: bool) -> str:
    first = _not_empty(getpass.getpass(prompt))
    if confirm and getpass.getpass("Again / Nog een keer: ") != first:
        raise ValidationError("passphrase", "passphrase_mismatch")
    return first


def read_passphrase(args: argparse.Namespace, user: str, *, confirm: bool = False) -> str:
    """The unlock passphrase: --passphrase-file, POHSD_PASSPHRASE, or a prompt on a terminal."""
    if getattr(args, "passphrase_file", None):
        return _not_empty(_read_secret_file(args.passphrase_file))
    if "POHSD_PASSPHRASE" in os.environ:
        return _not_empty(os.environ["POHSD_PASSPHRASE"])
    if not sys.stdin.isatty():
        _no_terminal("passphrase", "wachtwoordzin", "POHSD_PASSPHRASE", "--passphrase-file")
    if confirm:  # init: the first user chooses it now
        return _prompt(_new_prompt(user), confirm=True)
    return _prompt(f"Passphrase for {user} / Wachtwoordzin voor {user}: ", confirm=False)


def read_new_passphrase(args: argparse.Namespace, user: str) -> str:
    """A new passphrase: --new-passphrase-file, POHSD_NEW_PASSPHRASE, or a double prompt."""
    if getattr(args, "new_passphrase_file", None):
        return _not_empty(_read_secret_file(args.new_passphrase_file))
    if "POHSD_NEW_PASSPHRASE" in os.environ:
        return _not_empty(os.environ["POHSD_NEW_PASSPHRASE"])
    if not sys.stdin.isatty():
        _no_terminal(
            "new passphrase",
            "nieuwe wachtwoordzin",
            "POHSD_NEW_PASSPHRASE",
            "--new-passphrase-file",
        )
    return _prompt(_new_prompt(user), confirm=True)


def _new_prompt(user: str) -> str:
    return (
        f"New passphrase for {user}, at least 10 characters / "
        f"Nieuwe wachtwoordzin voor {user}, minstens 10 tekens: "
    )


# ---- the acting user and the workspace -------------------------------------------------------


def named_user(args: argparse.Namespace) -> str | None:
    return getattr(args, "user", None) or os.environ.get("POHSD_USER") or None


def acting_user(args: argparse.Namespace, paths: AppPaths) -> str:
    """--user, POHSD_USER, or the only user there is."""
    names = [u.name for u in Workspace.list_users(paths)]
    wanted = named_user(args)
    if wanted:
        match = [n for n in names if n.casefold() == wanted.strip().casefold()]
        if not match:
            raise CliError(
                EXIT_LOCKED,
                f"unknown user '{wanted}' (see 'pohsd-cli user list')",
                f"onbekende gebruiker '{wanted}' (zie 'pohsd-cli user list')",
            )
        return match[0]
    if len(names) == 1:
        return names[0]
    raise CliError(
        EXIT_USAGE,
        "there are several users: choose one with --user NAME or POHSD_USER",
        "er zijn meerdere gebruikers: kies er een met --user NAAM of POHSD_USER",
    )


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[tuple[Workspace, str]]:
    """Open the workspace as the acting user (source "cli"); always close it, audited.

    Yields the workspace and the passphrase that opened it (`passphrase change` needs it).
    """
    paths = data_paths(args)
    require_db(paths)
    with instance_held(paths):
        user = acting_user(args, paths)
        passphrase = read_passphrase(args, user)
        ws = Workspace.unlock(
            paths, user, passphrase, allow_weak_kdf=weak_kdf_for_tests(), source="cli"
        )
        try:
            yield ws, passphrase
        finally:
            ws.close(event="session.logout")
