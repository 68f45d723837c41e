"""`letter gp-feedback|client-summary|referral|status-update`: write one document (exchange §2)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pohsd.cli.messages import EXIT_INVALID, EXIT_OK, CliError, emit_json, out, say
from pohsd.cli.parser import SubParsers, add_command, add_group, add_json_option
from pohsd.cli.referrals import explain
from pohsd.cli.session import unlocked
from pohsd.documents.models import LetterModel
from pohsd.documents.soep import ASCII, VEILIG
from pohsd.domain.errors import PohsdError, ValidationError
from pohsd.workspace import Workspace

LETTER_RULES: dict[str, tuple[str, str]] = {
    "consent_required": (
        "no gerichte toestemming for this referral: the letter cannot be made",
        "geen gerichte toestemming voor deze verwijzing: de brief kan niet worden gemaakt",
    ),
    "consent_withdrawn": (
        "the gerichte toestemming was withdrawn: no new letter to this recipient",
        "de gerichte toestemming is ingetrokken: geen nieuwe brief aan deze ontvanger",
    ),
    "consent_expired": (
        "the gerichte toestemming has expired: record a new one first",
        "de gerichte toestemming is verlopen: leg eerst een nieuwe vast",
    ),
    "consent_other_recipient": (
        "the consent is for another recipient",
        "de toestemming geldt voor een andere ontvanger",
    ),
    "bsn_in_text": (
        "the text holds a number that looks like a BSN where no BSN is allowed; remove it",
        "de tekst bevat een nummer dat op een BSN lijkt, waar geen BSN mag staan; haal het weg",
    ),
    "code_pattern": (
        "the client summary holds a code (ICPC, ZR level or question id); remove it",
        "de samenvatting bevat een code (ICPC, ZR-niveau of vraagnummer); haal die weg",
    ),
    "unknown_placeholder": ("unknown field in template", "onbekend veld in sjabloon"),
    "placeholder_not_allowed": (
        "field not allowed in this template",
        "veld niet toegestaan in dit sjabloon",
    ),
    "broken_brackets": ("broken {{ }} brackets in template", "kapotte {{ }} in sjabloon"),
    "inhoud_missing": ("the template has no {{ inhoud }}", "het sjabloon mist {{ inhoud }}"),
    "inhoud_duplicate": (
        "the template has {{ inhoud }} more than once",
        "het sjabloon heeft {{ inhoud }} meer dan één keer",
    ),
    "inhoud_not_alone": (
        "{{ inhoud }} must be a paragraph of its own",
        "{{ inhoud }} moet een eigen alinea zijn",
    ),
    "template_unreadable": ("the template is not a .docx file", "het sjabloon is geen .docx"),
}


def _explain(exc: PohsdError) -> CliError:
    if isinstance(exc, ValidationError) and exc.rule in LETTER_RULES:
        en, nl = LETTER_RULES[exc.rule]
        names = exc.params.get("names")
        if names:  # template tags, never client data
            listed = ", ".join(f"{{{{ {n} }}}}" for n in names)
            suggestions = [s for s in exc.params.get("suggestions", []) if s]
            hint = f" (did you mean {{{{ {suggestions[0]} }}}}?)" if suggestions else ""
            hint_nl = f" (bedoelt u {{{{ {suggestions[0]} }}}}?)" if suggestions else ""
            template = exc.params.get("template", "")
            en = f"{en} '{template}': {listed}{hint}. Ask the beheerder to fix the template"
            nl = (
                f"{nl} '{template}': {listed}{hint_nl}. "
                "Vraag de beheerder het sjabloon aan te passen"
            )
        return CliError(EXIT_INVALID, en, nl)
    return explain(exc)


@contextmanager
def _explained() -> Iterator[None]:
    try:
        yield
    except PohsdError as exc:
        raise _explain(exc) from None


def _write(ws: Workspace, model: LetterModel, args: argparse.Namespace) -> Path:
    """Freeze the letter (letters.md §0.1 step 8: Definitief before Uitvoer), then write it."""
    mode = ASCII if getattr(args, "charset", VEILIG) == ASCII else VEILIG
    frozen = ws.letters.finalise(model)
    model = frozen.model or model
    return ws.letters.export(
        model, Path(args.out), args.format, mode=mode, width=getattr(args, "width", 80)
    )


def _report(model: LetterModel, path: Path, args: argparse.Namespace) -> int:
    if args.json:
        emit_json({
            "path": str(path), "kind": model.kind, "kenmerk": model.kenmerk,
            "document_id": model.document_id,
            "omitted": [{"item": o.item, "reason": o.reason} for o in model.omitted],
            "warnings": [f.code for f in model.warnings],
        })  # fmt: skip
    else:
        out(str(path))
    say(
        f"{model.kind} written; {len(model.omitted)} item(s) not included, "
        f"{len(model.warnings)} warning(s)",
        f"{model.kind} geschreven; {len(model.omitted)} onderdeel/onderdelen niet opgenomen, "
        f"{len(model.warnings)} waarschuwing(en)",
    )
    return EXIT_OK


def _command(
    build: Callable[[Workspace, argparse.Namespace], LetterModel],
) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        with unlocked(args) as (ws, _), _explained():
            model = build(ws, args)
            path = _write(ws, model, args)
        return _report(model, path, args)

    return run


cmd_gp_feedback = _command(lambda ws, a: ws.letters.gp_feedback(a.client_id, a.intake))
cmd_client_summary = _command(lambda ws, a: ws.letters.client_summary(a.client_id, a.intake))
cmd_referral = _command(lambda ws, a: ws.letters.referral_letter(a.referral_id))
cmd_status_update = _command(
    lambda ws, a: ws.letters.status_update(a.referral_id, vervolg=a.vervolg or "",
                                           vraag=a.vraag or "")
)  # fmt: skip


def _common(parser: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    parser.add_argument("--format", choices=formats, required=True, help="file type")
    parser.add_argument(
        "--out", metavar="PATH", required=True,
        help="a folder (the file is named <type>_<date>_<kenmerk>.<ext>) or a file path; "
        "an existing file is never overwritten",
    )  # fmt: skip
    add_json_option(parser)


def _soep_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--charset", choices=(VEILIG, ASCII), default=VEILIG,
                        help="txt: Latin-1 'veilig' (default) or 'ascii'")  # fmt: skip
    parser.add_argument("--width", type=int, default=80, metavar="N",
                        help="txt: wrap at N characters (60-120)")  # fmt: skip


def register_letter(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    actions = add_group(sub, common, "letter", "write a letter or the SOEP text (spec/letters.md)")
    gp = add_command(
        actions,
        common,
        "gp-feedback",
        "terugkoppeling aan de huisarts: SOEP text (txt) or letter",
        cmd_gp_feedback,
    )
    gp.add_argument("client_id", metavar="CLIENT_ID", help="the client id")
    gp.add_argument("--intake", metavar="ID", help="the intake or vervolg (default: the latest)")
    _common(gp, ("txt", "docx", "pdf"))
    _soep_options(gp)
    summary = add_command(
        actions, common, "client-summary", "samenvatting voor de cliënt in B1", cmd_client_summary
    )
    summary.add_argument("client_id", metavar="CLIENT_ID", help="the client id")
    summary.add_argument("--intake", metavar="ID", help="the intake (default: the latest)")
    _common(summary, ("docx", "pdf"))
    referral = add_command(
        actions,
        common,
        "referral",
        "verwijsbrief; needs an active gerichte toestemming",
        cmd_referral,
    )
    referral.add_argument("referral_id", metavar="REFERRAL_ID", help="the referral id")
    _common(referral, ("docx", "pdf"))
    status = add_command(
        actions, common, "status-update", "statusupdate verwijzing for the GP", cmd_status_update
    )
    status.add_argument("referral_id", metavar="REFERRAL_ID", help="the referral id")
    status.add_argument("--vervolg", metavar="TEXT", help="the P line (default: evaluation)")
    status.add_argument("--vraag", metavar="TEXT", help="a question to the GP")
    _common(status, ("txt", "docx", "pdf"))
    _soep_options(status)
