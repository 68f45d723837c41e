"""argparse pieces shared by the command groups: no abbreviations, the common options."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import NoReturn

from pohsd.cli.messages import EXIT_USAGE, say

Handler = Callable[[argparse.Namespace], int]
SubParsers = argparse._SubParsersAction  # type: ignore[type-arg]


class Parser(argparse.ArgumentParser):
    """No abbreviated options, so `--passphrase` can never mean `--passphrase-file`."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        say(f"error: {message}", "fout: ongeldige opdracht (zie --help)")
        raise SystemExit(EXIT_USAGE)


def common_options() -> argparse.ArgumentParser:
    """Options every command takes, before or after the command name.

    SUPPRESS keeps a sub-command's default from overwriting a value given before it.
    There is deliberately no option that takes a passphrase itself.
    """
    common = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    group = common.add_argument_group("common options")
    group.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder (default: POHSD_HOME or the user data folder)",
    )
    group.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="acting user (or POHSD_USER; default: the only user)",
    )
    group.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the passphrase from FILE (else POHSD_PASSPHRASE, else a prompt)",
    )
    return common


def add_command(
    sub: SubParsers,
    common: argparse.ArgumentParser,
    name: str,
    help_text: str,
    handler: Handler | None = None,
) -> Parser:
    parser: Parser = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
    if handler is not None:
        parser.set_defaults(handler=handler)
    return parser


def add_group(
    sub: SubParsers, common: argparse.ArgumentParser, name: str, help_text: str
) -> SubParsers:
    """A command with sub-commands (`user add`, `audit verify`, …)."""
    group = add_command(sub, common, name, help_text)
    return group.add_subparsers(dest="action", metavar="ACTION", required=True)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")


def add_new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="read the new passphrase from FILE (else POHSD_NEW_PASSPHRASE, else a double prompt)",
    )
