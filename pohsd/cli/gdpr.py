"""`gdpr export|erase|retention`: AVG inzage and erasure, and the WGBO retention list."""

from __future__ import annotations

import argparse
from pathlib import Path

from pohsd.cli.messages import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliError, emit_json, out, say
from pohsd.cli.parser import SubParsers, add_command, add_group, add_json_option
from pohsd.cli.session import unlocked
from pohsd.domain.errors import PohsdError

NOT_ALLOWED = CliError(
    EXIT_INVALID,
    "only a beheerder may erase records (or a poh when the practice has no beheerder)",
    "alleen een beheerder mag dossiers wissen (of een poh als de praktijk geen beheerder heeft)",
)


def _refused(exc: PohsdError) -> CliError | None:
    return NOT_ALLOWED if exc.params.get("rule") == "erase_not_allowed" else None


def cmd_gdpr_export(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        path = ws.gdpr.export(args.id, Path(args.out))
    if args.json:
        emit_json({"path": str(path), "client_id": args.id})
    else:
        out(str(path))
    say("AVG export written (client.json, audit.json, overzicht.pdf)",
        "AVG-inzage geschreven (client.json, audit.json, overzicht.pdf)")  # fmt: skip
    return EXIT_OK


def cmd_gdpr_erase(args: argparse.Namespace) -> int:
    if not args.confirm:
        raise CliError(
            EXIT_USAGE,
            "erasing cannot be undone; add --confirm to erase this record for good",
            "wissen kan niet ongedaan worden gemaakt; voeg --confirm toe om dit dossier "
            "definitief te wissen",
        )
    with unlocked(args) as (ws, _):
        try:
            ws.gdpr.erase(args.id)
        except PohsdError as exc:
            raise _refused(exc) or exc from None
    if args.json:
        emit_json({"erased": [args.id]})
    say("record erased; its id is kept in the erasure ledger",
        "dossier gewist; de id staat in het wisregister")  # fmt: skip
    return EXIT_OK


def cmd_gdpr_retention(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        items = ws.gdpr.past_retention()
    if args.json:
        emit_json([i.to_json() for i in items])  # no names: this list may leave the program
        return EXIT_OK
    if not items:
        say("no records are past their retention term",
            "geen dossiers voorbij de bewaartermijn")  # fmt: skip
        return EXIT_OK
    out(f"{'id':<36}  {'nummer':<8}  geboren  laatste wijziging  termijn tot")
    for i in items:
        last, end = i.last_change.strftime("%d-%m-%Y"), i.term_end.strftime("%d-%m-%Y")
        out(f"{i.client_id:<36}  {i.number:<8}  {i.birth_year:>7}  {last:<17}  {end}")
    return EXIT_OK


def register_gdpr(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    actions = add_group(sub, common, "gdpr", "AVG rights: export or erase a record; retention")
    exp = add_command(
        actions,
        common,
        "export",
        "write avg-inzage_<date>_<id>.zip (client.json, audit.json, overzicht.pdf) to DIR",
        cmd_gdpr_export,
    )
    exp.add_argument("id", metavar="CLIENT_ID", help="the client id")
    exp.add_argument(
        "--out", metavar="FILE", required=True, help="the .zip to write, or a folder for it"
    )
    add_json_option(exp)
    erase = add_command(
        actions,
        common,
        "erase",
        "delete every row about the client for good (the audit log keeps ids only)",
        cmd_gdpr_erase,
    )
    erase.add_argument("id", metavar="CLIENT_ID", help="the client id")
    erase.add_argument("--confirm", action="store_true", help="required: erasing is final")
    add_json_option(erase)
    add_json_option(
        add_command(
            actions,
            common,
            "retention",
            "list records past the WGBO term (20 years after the last change), without names",
            cmd_gdpr_retention,
        )
    )
