"""`pohsd-cli`: the headless commands of spec/exchange.md §2; passphrases never come from argv.

Exit codes: 0 ok · 1 error · 2 usage · 3 locked / wrong passphrase · 4 invalid input · 5 conflict
· 6 data folder in use (the app or another command has it open).
Results go to stdout, messages (English / Dutch, never client data) to stderr.
"""

from __future__ import annotations

import sys

from pohsd.cli.audit import register_audit, register_selftest
from pohsd.cli.backup import register_backup
from pohsd.cli.clients import register_client
from pohsd.cli.gdpr import register_gdpr
from pohsd.cli.letters import register_letter
from pohsd.cli.messages import EXIT_ERROR, EXIT_USAGE, CliError, describe, say
from pohsd.cli.parser import Parser, common_options
from pohsd.cli.referrals import register_consent, register_referral
from pohsd.cli.report import register_report
from pohsd.cli.socialmap import register_socialmap, register_suggest
from pohsd.cli.users import register_init, register_passphrase, register_user
from pohsd.domain.errors import PohsdError

# One register function per command group, each in its own module. Later issues add
# socialmap, letter, report, backup and gdpr here; nothing half-done is registered before then.
COMMAND_GROUPS = (
    register_init,
    register_user,
    register_passphrase,
    register_client,
    register_socialmap,
    register_consent,
    register_referral,
    register_suggest,
    register_letter,
    register_report,
    register_gdpr,
    register_backup,
    register_audit,
    register_selftest,
)


def build_parser() -> Parser:
    common = common_options()
    parser = Parser(
        prog="pohsd-cli",
        description="Headless commands of pohsd. The passphrase comes from POHSD_PASSPHRASE, "
        "--passphrase-file or a prompt, never from an argument.",
        epilog="exit codes: 0 ok, 1 error, 2 usage, 3 locked or wrong passphrase, "
        "4 invalid input, 5 conflict, 6 data folder in use",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for register in COMMAND_GROUPS:
        register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command and return its exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return int(args.handler(args))
    except CliError as exc:
        failure = exc
    except PohsdError as exc:
        failure = describe(exc)
    except KeyboardInterrupt:
        failure = CliError(EXIT_ERROR, "interrupted", "afgebroken")
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        failure = CliError(
            EXIT_ERROR,
            f"file system error: {exc.strerror or type(exc).__name__}{where}",
            f"fout in het bestandssysteem: {exc.strerror or type(exc).__name__}{where}",
        )
    except Exception as exc:  # a bug: name its type only, never its text (it may hold data)
        failure = CliError(
            EXIT_ERROR,
            f"unexpected failure ({type(exc).__name__}); please report it",
            f"onverwachte fout ({type(exc).__name__}); meld dit bij de beheerder",
        )
    say(f"error: {failure.en}", f"fout: {failure.nl}")
    return failure.exit_code


if __name__ == "__main__":
    sys.exit(main())
