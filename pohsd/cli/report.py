"""`report --from DATE --to DATE [--format csv|json|pdf] [--per-pc4] --out PATH` (exchange §2)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pohsd.cli.messages import EXIT_INVALID, EXIT_OK, CliError, emit_json, out, say
from pohsd.cli.parser import SubParsers, add_command, add_json_option
from pohsd.cli.referrals import explain, parse_day
from pohsd.cli.session import unlocked
from pohsd.domain.errors import PohsdError


def cmd_report(args: argparse.Namespace) -> int:
    start = parse_day(args.period_from, "--from")
    end = parse_day(args.period_to, "--to")
    if start is None or end is None:  # argparse requires both; kept for the type checker
        raise CliError(EXIT_INVALID, "--from and --to are required", "--from en --to zijn nodig")
    if end < start:
        raise CliError(
            EXIT_INVALID,
            "--to lies before --from",
            "--to ligt vóór --from",
        )
    with unlocked(args) as (ws, _):
        try:
            report = ws.reports.build(start, end, per_pc4=args.per_pc4)
            path = ws.reports.export(report, Path(args.out), args.format)
        except PohsdError as exc:
            raise explain(exc) from None
    if args.json:
        emit_json({"path": str(path), "format": args.format, "tables": len(report.tables)})
    else:
        out(str(path))
    say(
        f"report written ({len(report.tables)} tables; cells under {report.k} shown as <5)",
        f"rapportage geschreven ({len(report.tables)} tabellen; cellen onder {report.k} als <5)",
    )
    return EXIT_OK


def register_report(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    parser = add_command(
        sub,
        common,
        "report",
        "anonymised practice report of a period (cells under 5: <5)",
        cmd_report,
    )
    parser.add_argument(
        "--from",
        dest="period_from",
        metavar="DATE",
        required=True,
        help="first day (yyyy-mm-dd or dd-mm-yyyy)",
    )
    parser.add_argument(
        "--to", dest="period_to", metavar="DATE", required=True, help="last day, included"
    )
    parser.add_argument(
        "--format",
        choices=("csv", "json", "pdf"),
        default="csv",
        help="csv (default; UTF-8 with BOM, ';' for Dutch Excel), json or pdf",
    )
    parser.add_argument(
        "--per-pc4",
        action="store_true",
        help="split every table by postcode area (first four digits)",
    )
    parser.add_argument(
        "--out",
        metavar="PATH",
        required=True,
        help="a file, or a folder (named rapportage_<from>_<to>.<ext>)",
    )
    add_json_option(parser)
