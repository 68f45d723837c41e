"""`backup [--to DIR]`, `backup list` and `restore SET_DIR --confirm` (verified encrypted sets)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pohsd.cli.messages import EXIT_OK, EXIT_USAGE, CliError, emit_json, out, say
from pohsd.cli.parser import SubParsers, add_command, add_json_option
from pohsd.cli.session import unlocked, weak_kdf_for_tests


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} kB"


def cmd_backup(args: argparse.Namespace) -> int:
    if args.action == "list":
        if args.to:
            raise CliError(
                EXIT_USAGE,
                "--to is for making a backup, not for 'backup list'",
                "--to hoort bij het maken van een back-up, niet bij 'backup list'",
            )
        return _list(args)
    with unlocked(args) as (ws, _):
        info = ws.backup.create(args.to or None)
    if args.json:
        emit_json(info.to_json())
    else:
        out(str(info.path))
    say(
        f"backup made and verified: {info.name} ({_size(info.size)}, {info.rows} rows)",
        f"back-up gemaakt en gecontroleerd: {info.name} ({_size(info.size)}, {info.rows} regels)",
    )
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        sets = ws.backup.list()
        folder = ws.backup.folder()
    if args.json:
        emit_json([s.to_json() for s in sets])
        return EXIT_OK
    for s in sets:
        when = s.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
        state = "ok" if s.verified else "NIET GECONTROLEERD"
        out(f"{s.name:<20}  {when}  {s.kind:<8}  {_size(s.size):>9}  {state}")
    if not sets:
        say(f"no backups in {folder}", f"geen back-ups in {folder}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    if not args.confirm:
        raise CliError(
            EXIT_USAGE,
            "restoring replaces the current data with the backup; add --confirm",
            "terugzetten vervangt de huidige gegevens door de back-up; voeg --confirm toe",
        )
    set_dir = Path(args.set_dir).expanduser()
    with unlocked(args) as (ws, passphrase):
        restored = ws.backup.restore(
            set_dir, passphrase=passphrase, allow_weak_kdf=weak_kdf_for_tests()
        )
        restored.close(event="session.logout")
    say(
        f"restored {set_dir.name}; the previous database was kept as pohsd.db.before-restore-…",
        f"{set_dir.name} teruggezet; de vorige database is bewaard als pohsd.db.before-restore-…",
    )
    return EXIT_OK


def register_backup(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    backup = add_command(
        sub, common, "backup", "make a verified encrypted backup, or list them", cmd_backup
    )
    backup.add_argument(
        "action", nargs="?", choices=["list"], help="'list': show the backup sets instead"
    )
    backup.add_argument("--to", metavar="DIR", help="backup folder (default: the setting)")
    add_json_option(backup)
    restore = add_command(
        sub, common, "restore", "put a backup set back (the current file is kept)", cmd_restore
    )
    restore.add_argument("set_dir", metavar="SET_DIR", help="the backup set folder")
    restore.add_argument(
        "--confirm", action="store_true", help="yes, replace the current data with this backup"
    )
