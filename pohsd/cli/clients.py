"""`client import|export|list`: one client's whole record as `pohsd-client/1` (exchange.md §1)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pohsd.cli.messages import (
    EXIT_CONFLICT,
    EXIT_INVALID,
    EXIT_OK,
    RULES,
    CliError,
    describe,
    emit_json,
    out,
    say,
)
from pohsd.cli.parser import SubParsers, add_command, add_group, add_json_option
from pohsd.cli.session import unlocked
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.exchange.importer import read_document
from pohsd.exchange.schema import MAX_BYTES
from pohsd.fs import write_atomic

# Rules of the exchange format (English, Dutch); the shared table covers the others.
FILE_RULES: dict[str, tuple[str, str]] = {
    "invalid_json": ("not valid JSON", "geen geldige JSON"),
    "file_too_large": ("the file is larger than 50 MB", "het bestand is groter dan 50 MB"),
    "not_utf8": ("not UTF-8 text", "geen UTF-8-tekst"),
    "unknown_format": ("not a pohsd-client/1 file", "geen pohsd-client/1-bestand"),
    "unknown_key": ("unknown key", "onbekende sleutel"),
    "unknown_question": (
        "unknown question id for this question-set version",
        "onbekende vraag-id voor deze versie van de vragenlijst",
    ),
    "unknown_version": ("unknown question-set version", "onbekende versie van de vragenlijst"),
    "unknown_signal": ("unknown signal", "onbekende signalering"),
    "unknown_code": ("unknown ICPC code", "onbekende ICPC-code"),
    "wrong_type": ("wrong kind of value", "verkeerd soort waarde"),
    "too_deep": ("nested too deeply", "te diep genest"),
    "too_many": ("too many items", "te veel onderdelen"),
    "id_format": ("not a valid id (UUID)", "geen geldige id (UUID)"),
    "date_format": ("write the date as yyyy-mm-dd", "schrijf de datum als jjjj-mm-dd"),
    "month_format": ("write the month as yyyy-mm", "schrijf de maand als jjjj-mm"),
    "datetime_format": (
        "write the time as ISO 8601 with its offset, e.g. 2026-11-02T10:31:00+01:00",
        "schrijf de tijd als ISO 8601 met tijdzone, bijv. 2026-11-02T10:31:00+01:00",
    ),
    "not_a_number": ("not a number", "geen getal"),
    "not_an_integer": ("not a whole number", "geen heel getal"),
    "too_many_decimals": ("too many decimals", "te veel decimalen"),
    "not_a_date": ("not a date", "geen datum"),
    "out_of_range": ("outside the allowed range", "buiten het toegestane bereik"),
    "duplicate_option": ("a choice appears twice", "een keuze staat er twee keer"),
    "exclusive_option": ("this choice cannot be combined", "deze keuze kan niet samen met andere"),
    "duplicate_id": ("this id appears twice in the file", "deze id staat twee keer in het bestand"),
    "state_conflict": (
        "a question has both a value and a state",
        "een vraag heeft zowel een antwoord als een status",
    ),
    "not_answerable": ("this is a card, not a question", "dit is een kaart, geen vraag"),
    "inconsistent": ("does not fit the other fields", "past niet bij de andere velden"),
    "time_order": ("times are not in order", "tijden staan niet op volgorde"),
    "transition_not_allowed": ("status change not allowed", "deze statuswijziging mag niet"),
    "unknown_consent": (
        "does not point at a gerichte toestemming in the file",
        "verwijst niet naar een gerichte toestemming in het bestand",
    ),
    "consent_other_recipient": (
        "the consent is for another recipient",
        "de toestemming geldt voor een andere ontvanger",
    ),
    "unknown_goal": ("unknown goal id", "onbekende doel-id"),
    "unknown_referral": ("unknown referral id", "onbekende verwijzing-id"),
    "not_supported": (
        "referrals cannot be imported yet (this version has no referral records)",
        "verwijzingen kunnen nog niet worden ingelezen (deze versie heeft er nog geen opslag voor)",
    ),
}
_OBJECTS = {"client": ("client", "cliënt"), "intake": ("intake", "intake"),
            "consent": ("consent", "toestemming"), "goal": ("goal", "doel")}  # fmt: skip


def _invalid(exc: ValidationError) -> CliError:
    en, nl = FILE_RULES.get(exc.rule) or RULES.get(exc.rule) or ("invalid", "ongeldig")
    return CliError(
        EXIT_INVALID,
        f"invalid file, nothing was imported: {exc.field}: {en}",
        f"ongeldig bestand, er is niets ingelezen: {exc.field}: {nl}",
    )


def _conflict(exc: PohsdError) -> CliError:
    where = str(exc.params.get("field", ""))
    what_en, what_nl = _OBJECTS.get(str(exc.params.get("object_type", "")), ("record", "gegeven"))
    return CliError(
        EXIT_CONFLICT,
        f"{where}: this {what_en} id already exists; nothing was imported "
        "(--merge updates the existing client)",
        f"{where}: deze {what_nl}-id bestaat al; er is niets ingelezen "
        "(--merge werkt de bestaande cliënt bij)",
    )


def cmd_client_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationError("$", "file_too_large")  # before reading it into memory
        data = read_document(path.read_bytes())
    except ValidationError as exc:
        raise _invalid(exc) from None  # checked before unlocking: no passphrase needed
    with unlocked(args) as (ws, _):
        try:
            client_id = ws.transfer.import_client(data, merge=args.merge)
        except ValidationError as exc:
            raise _invalid(exc) from None
        except PohsdError as exc:
            if exc.code == ErrorCode.DB_EXISTS:
                raise _conflict(exc) from None
            raise describe(exc) from None
    if args.json:
        emit_json({"client_id": client_id, "merged": bool(args.merge)})
    else:
        out(client_id)
    say("client imported", "cliënt ingelezen")
    return EXIT_OK


def cmd_client_export(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        doc = ws.transfer.export_client(args.id)
    data = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if args.out:
        write_atomic(Path(args.out), data)
        say(f"client exported to {args.out}", f"cliënt geëxporteerd naar {args.out}")
        return EXIT_OK
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # pragma: no cover - a text-only stdout
        out(data.decode("utf-8").rstrip("\n"))
    else:  # bytes: UTF-8 whatever the console's code page is
        sys.stdout.flush()
        buffer.write(data)
        buffer.flush()
    return EXIT_OK


def cmd_client_list(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        clients = ws.transfer.list_clients()
    if args.json:
        emit_json(
            [
                {
                    "id": c.id,
                    "given_name": c.given_name,
                    "family_name": c.family_name,
                    "birth_date": c.birth_date.isoformat(),
                    "postal_code": c.postal_code,
                    "intakes": c.intakes,
                    "status": c.status,
                }
                for c in clients
            ]
        )
        return EXIT_OK
    names = [f"{c.family_name}, {c.given_name}" for c in clients]
    width = max([len("naam"), *(len(n) for n in names)])
    out(f"{'id':<36}  {'naam':<{width}}  {'geboren':<10}  {'postcode':<8}  intakes  status")
    for c, name in zip(clients, names, strict=True):
        born = c.birth_date.strftime("%d-%m-%Y")
        out(f"{c.id:<36}  {name:<{width}}  {born:<10}  {c.postal_code:<8}  "
            f"{c.intakes:>7}  {c.status}")  # fmt: skip
    return EXIT_OK


def register_client(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    actions = add_group(sub, common, "client", "import, export or list clients (pohsd-client/1)")
    imp = add_command(
        actions,
        common,
        "import",
        "read one client from a pohsd-client/1 JSON file; prints the client id",
        cmd_client_import,
    )
    imp.add_argument("file", metavar="FILE", help="the JSON file (UTF-8)")
    imp.add_argument(
        "--merge",
        action="store_true",
        help="update the records of an existing client with the same ids",
    )
    add_json_option(imp)
    exp = add_command(
        actions,
        common,
        "export",
        "write one client's whole record as pohsd-client/1 JSON (to stdout or --out)",
        cmd_client_export,
    )
    exp.add_argument("id", metavar="ID", help="the client id")
    exp.add_argument("--out", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    add_json_option(
        add_command(
            actions,
            common,
            "list",
            "list the clients: id, name, birth date, postcode, intakes, status",
            cmd_client_list,
        )
    )
