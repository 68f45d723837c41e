"""`audit verify|show` (the NEN 7513 log) and `selftest`."""

from __future__ import annotations

import argparse
import dataclasses

from pohsd.cli.messages import EXIT_ERROR, EXIT_OK, CliError, emit_json, out, say
from pohsd.cli.parser import SubParsers, add_command, add_group, add_json_option
from pohsd.cli.session import data_paths, unlocked


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        rows, broken = ws.audit.verify()
    if args.json:
        emit_json({"ok": broken is None, "rows": rows, "first_broken_seq": broken})
    elif broken is None:
        out(f"ok: {rows} regels")
    if broken is not None:
        raise CliError(
            EXIT_ERROR,
            f"audit log broken at seq {broken}; report this to the administrator",
            f"logboek aangetast bij regel {broken}; meld dit bij de beheerder",
        )
    return EXIT_OK


def cmd_audit_show(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        entries = list(reversed(ws.audit.entries(client_id=args.client)))  # oldest first
    if args.json:
        emit_json([dataclasses.asdict(e) for e in entries])
        return EXIT_OK
    for e in entries:
        what = f"{e.object_type}:{e.object_id}" if e.object_id else e.object_type
        client = f"  client={e.client_id}" if e.client_id else ""
        out(
            f"{e.seq:>6}  {e.ts_utc[:19].replace('T', ' ')}Z  {e.user_name:<16}  {e.source:<3}  "
            f"{e.action:<10}  {e.event:<18}  {e.outcome:<7}  {what}{client}".rstrip()
        )
    return EXIT_OK


def cmd_selftest(args: argparse.Namespace) -> int:
    from pohsd.selftest import run_selftest  # deferred: only this command needs it

    paths = data_paths(args)
    if args.unlock and paths.exists():
        with unlocked(args) as (ws, _):
            report = run_selftest(paths, ws)
    else:
        report = run_selftest(paths)
    if args.json:
        emit_json(report.to_json())
    else:
        for line in report.lines(args.lang):
            out(line)
    warnings = report.count("warn")
    if report.ok:
        say(
            f"selftest passed ({warnings} warning(s))",
            f"zelftest geslaagd ({warnings} waarschuwing(en))",
        )
        return EXIT_OK
    failed = ", ".join(c.name for c in report.checks if c.status == "fail")
    say(f"error: selftest failed: {failed}", f"fout: zelftest mislukt: {failed}")
    return EXIT_ERROR


def register_audit(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    actions = add_group(sub, common, "audit", "the NEN 7513 audit log")
    add_json_option(
        add_command(actions, common, "verify", "check the log's HMAC chain", cmd_audit_verify)
    )
    show = add_command(actions, common, "show", "show the log, oldest first", cmd_audit_show)
    show.add_argument("--client", metavar="ID", help="only the rows about this client id")
    add_json_option(show)


def register_selftest(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    selftest = add_command(
        sub,
        common,
        "selftest",
        "check SQLCipher and its settings, the KDF, letter templates, fonts, translations, "
        "the data folder, the policy file and (locked) the existing data; exit 0 when all pass",
        cmd_selftest,
    )
    selftest.add_argument(
        "--unlock",
        action="store_true",
        help="also unlock (passphrase as for other commands) to check the audit log and the map",
    )
    selftest.add_argument(
        "--lang",
        choices=("nl", "en"),
        default="nl",
        help="OK / LET OP / FOUT (nl) or OK / WARN / FAIL (en)",
    )
    add_json_option(selftest)
