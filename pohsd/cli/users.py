"""`init`, `user add|remove|list` and `passphrase change`: the database and its keyslots."""

from __future__ import annotations

import argparse

from pohsd.cli.messages import EXIT_OK, EXIT_USAGE, CliError, emit_json, out, say
from pohsd.cli.parser import (
    SubParsers,
    add_command,
    add_group,
    add_json_option,
    add_new_passphrase_option,
)
from pohsd.cli.session import (
    data_paths,
    instance_held,
    named_user,
    new_slot_kdf,
    read_new_passphrase,
    read_passphrase,
    require_db,
    unlocked,
    weak_kdf_for_tests,
)
from pohsd.domain.enums import Rol
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.practice import Practice, validated_practice
from pohsd.workspace import Workspace


def cmd_init(args: argparse.Namespace) -> int:
    paths = data_paths(args)
    user = named_user(args)
    if not user:
        raise CliError(
            EXIT_USAGE,
            "init needs the first user's name: --user NAME",
            "init heeft de naam van de eerste gebruiker nodig: --user NAAM",
        )
    if paths.db.exists() or paths.keyslots.exists():
        raise PohsdError(ErrorCode.DB_EXISTS)  # before asking for a passphrase
    # checked before the passphrase prompt, so a typo does not cost a passphrase twice
    practice = validated_practice(
        Practice(naam=args.practice_name, agb_code=args.practice_agb, huisartsen=tuple(args.gp))
    )
    passphrase = read_passphrase(args, user, confirm=True)
    with instance_held(paths):
        ws, recovery = Workspace.create(
            paths,
            practice,
            user,
            passphrase,
            display_name=args.display_name or "",
            kdf=new_slot_kdf(),
            allow_weak_kdf=weak_kdf_for_tests(),
            source="cli",
        )
        name = ws.user.name
        ws.close(event="session.logout")
    say(
        f"database created in {paths.data_dir} for user {name}; recovery key:",
        f"database aangemaakt in {paths.data_dir} voor gebruiker {name}; herstelsleutel:",
    )
    out(recovery)
    say(
        "note: keep this recovery key safe (print it, put it in the practice safe); "
        "it is shown only once",
        "let op: bewaar deze herstelsleutel goed (print hem, leg hem in de praktijkkluis); "
        "hij wordt maar één keer getoond",
    )
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        wanted = args.name.strip().casefold()
        if any(u.name.casefold() == wanted for u in ws.list_slot_users()):
            raise PohsdError(ErrorCode.USER_EXISTS)  # before asking for the new passphrase
        new = read_new_passphrase(args, args.name)
        user, _ = ws.add_user(
            args.name,
            new,
            display_name=args.display_name or "",
            rol=Rol(args.role),
            kdf=new_slot_kdf(),
            allow_weak_kdf=weak_kdf_for_tests(),
        )
    say(
        f"user added: {user.name} (role {user.rol.value})",
        f"gebruiker toegevoegd: {user.name} (rol {user.rol.value})",
    )
    return EXIT_OK


def cmd_user_remove(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        ws.remove_user(args.name)
    say(
        f"user removed: {args.name}; the data key was replaced, the old passphrase opens nothing",
        f"gebruiker verwijderd: {args.name}; de datasleutel is vervangen, "
        "de oude wachtwoordzin opent niets meer",
    )
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace) -> int:
    """List the users from keyslots.json: what the unlock screen shows, no passphrase needed."""
    paths = data_paths(args)
    require_db(paths)
    users = Workspace.list_users(paths)
    if args.json:
        emit_json([{"name": u.name, "display_name": u.display_name, "role": u.rol} for u in users])
        return EXIT_OK
    width = max([len("gebruiker"), *(len(u.name) for u in users)])
    out(f"{'gebruiker':<{width}}  {'rol':<9}  naam")
    for u in users:
        out(f"{u.name:<{width}}  {u.rol:<9}  {u.display_name}".rstrip())
    return EXIT_OK


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, old):
        name = ws.user.name
        new = read_new_passphrase(args, name)
        ws.change_passphrase(old, new, kdf=new_slot_kdf(), allow_weak_kdf=weak_kdf_for_tests())
    say(f"passphrase changed for {name}", f"wachtwoordzin gewijzigd voor {name}")
    return EXIT_OK


def register_init(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub, common, "init", "create the encrypted database and the first user (--user)", cmd_init
    )
    p.add_argument("--practice-name", required=True, metavar="N", help="name of the practice")
    p.add_argument("--practice-agb", required=True, metavar="AGB", help="AGB code (8 digits)")
    p.add_argument("--display-name", metavar="D", help="the first user's full name")
    p.add_argument(
        "--gp", action="append", default=[], metavar="NAME", help="a huisarts (repeat for more)"
    )


def register_user(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    actions = add_group(sub, common, "user", "add, remove or list users")
    add = add_command(actions, common, "add", "add a user (a new keyslot)", cmd_user_add)
    add.add_argument("name", metavar="NAME", help="one word, e.g. sanne")
    add.add_argument("--display-name", metavar="D", help="full name")
    add.add_argument(
        "--role", choices=[r.value for r in Rol], default=Rol.POH.value, help="default: poh"
    )
    add_new_passphrase_option(add)
    remove = add_command(
        actions, common, "remove", "remove a user; replaces the data key", cmd_user_remove
    )
    remove.add_argument("name", metavar="NAME")
    add_json_option(add_command(actions, common, "list", "list the users", cmd_user_list))


def register_passphrase(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    actions = add_group(sub, common, "passphrase", "change your passphrase")
    change = add_command(
        actions, common, "change", "change the acting user's passphrase", cmd_passphrase_change
    )
    add_new_passphrase_option(change)
