"""`consent add|withdraw`, `referral create|status`: gerichte toestemming and §8 lifecycle."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

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
from pohsd.domain.referral import (
    EXPECTED_START_UNKNOWN,
    FOUTIEF,
    REASON_CONSENT_WITHDRAWN,
    SOURCES,
    STATE_CODES,
    Referral,
    ReferralEvent,
    allowed_next,
)
from pohsd.services.consents import GEGEVENS_ALTIJD, VORMEN
from pohsd.services.referral_store import check_bsn, consent_recipient, recipient_snapshot

# Rules of consents and referrals (English, Dutch); the shared table covers the others.
REFERRAL_RULES: dict[str, tuple[str, str]] = {
    "consent_required": (
        "a referral needs a gerichte toestemming for this recipient (--consent)",
        "een verwijzing heeft een gerichte toestemming voor deze ontvanger nodig (--consent)",
    ),
    "unknown_consent": (
        "not a gerichte toestemming of this client",
        "geen gerichte toestemming van deze cliënt",
    ),
    "consent_other_recipient": (
        "the consent is for another recipient",
        "de toestemming geldt voor een andere ontvanger",
    ),
    "consent_not_active": (
        "the consent was withdrawn or has expired",
        "de toestemming is ingetrokken of verlopen",
    ),
    "unknown_goal": ("not a goal of this client", "geen doel van deze cliënt"),
    "foutief_not_permitted": (
        "only the creator of the referral or a beheerder may mark it foutief",
        "alleen wie de verwijzing maakte of een beheerder mag haar op foutief zetten",
    ),
    "before_creation": (
        "the date lies before the referral was made",
        "de datum ligt voor het maken van de verwijzing",
    ),
    "time_order": (
        "the date lies before the previous status change",
        "de datum ligt voor de vorige statuswijziging",
    ),
    "already_sent": (
        "only a concept that was never sent can be deleted",
        "alleen een concept dat nooit is verstuurd kan worden verwijderd",
    ),
    "not_terminal": (
        "only a finished referral can be made again",
        "alleen een afgesloten verwijzing kan opnieuw",
    ),
    "one_line": ("write this on one line", "schrijf dit op één regel"),
    "bsn_not_allowed": (
        "BSN may only go to a zorgaanbieder (AGB code or verwijzing-zorg in the sociale kaart)",
        "BSN mag alleen naar een zorgaanbieder (AGB-code of verwijzing-zorg in de sociale kaart)",
    ),
    "missing_taxonomy": (
        "the service has no access route (nl-toegang) in the sociale kaart",
        "de voorziening heeft geen toegang (nl-toegang) in de sociale kaart",
    ),
    "inconsistent": ("does not fit this status", "past niet bij deze status"),
    "unknown_key": ("unknown field", "onbekend veld"),
    "wrong_type": ("wrong kind of value", "verkeerd soort waarde"),
    "duplicate_option": ("a choice appears twice", "een keuze staat er twee keer"),
}
# Core field names → the option a person typed.
OPTIONS: dict[str, str] = {
    "consent_id": "--consent",
    "goal_id": "--goal",
    "question": "--question",
    "to": "STATUS",
    "effective": "--effective",
    "source": "--source",
    "reason_code": "--reason",
    "reason_text": "--reason-text",
    "result": "--result",
    "expected_start": "--expected-start",
    "note": "--note",
    "leefgebieden": "--leefgebieden",
    "gegevens": "--gegevens",
    "doel": "--doel",
    "vorm": "--vorm",
    "geldig_tot": "--geldig-tot",
    "service_id": "SERVICE_ID",
    "ontvanger": "--recipient",
}
_STATE_CONFLICTS = {"transition_not_allowed", "already_sent", "not_terminal"}
_NOT_FOUND = {
    "referral": ("referral not found", "verwijzing niet gevonden"),
    "consent": ("consent not found", "toestemming niet gevonden"),
    "client": ("client not found", "cliënt niet gevonden"),
    "service": ("service not found in the sociale kaart", "voorziening niet in de sociale kaart"),
}


def explain(exc: PohsdError) -> CliError:
    """A consent or referral failure as exit code and bilingual sentence (codes, never data)."""
    if exc.code == ErrorCode.NOT_FOUND:
        what = str(exc.params.get("object_type") or exc.params.get("what") or "")
        en, nl = _NOT_FOUND.get(what, ("not found", "niet gevonden"))
        return CliError(EXIT_INVALID, en, nl)
    if not isinstance(exc, ValidationError):
        return describe(exc)
    if exc.rule == "transition_not_allowed":
        src, to = str(exc.params.get("from_state", "")), str(exc.params.get("to_state", ""))
        options = ", ".join(allowed_next(src)) or "-"
        return CliError(
            EXIT_CONFLICT,
            f"status change {src} → {to} is not allowed (from {src}: {options})",
            f"statuswijziging {src} → {to} mag niet (vanuit {src}: {options})",
        )
    en, nl = REFERRAL_RULES.get(exc.rule) or RULES.get(exc.rule) or ("invalid", "ongeldig")
    field = exc.field.removeprefix("consent.")
    label = OPTIONS.get(field.split(".")[0].split("[")[0], field)
    code = EXIT_CONFLICT if exc.rule in _STATE_CONFLICTS else EXIT_INVALID
    return CliError(code, f"{label}: {en}", f"{label}: {nl}")


@contextmanager
def _explained() -> Iterator[None]:
    try:
        yield
    except PohsdError as exc:
        raise explain(exc) from None


def parse_day(value: str | None, option: str) -> date | None:
    """yyyy-mm-dd or dd-mm-yyyy; None when not given."""
    if value is None:
        return None
    text = value.strip()
    try:
        if len(text) == 10 and text[2] == "-" and text[5] == "-":
            return date(int(text[6:]), int(text[3:5]), int(text[:2]))
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(
            EXIT_INVALID,
            f"{option}: write the date as yyyy-mm-dd",
            f"{option}: schrijf de datum als jjjj-mm-dd",
        ) from None


def _items(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


# ---- output ------------------------------------------------------------------------------------


def event_json(e: ReferralEvent) -> dict[str, Any]:
    data: dict[str, Any] = {
        "seq": e.seq, "from": e.from_state, "to": e.to,
        "effectief_op": e.effectief_op.isoformat(), "vastgelegd_op": e.vastgelegd_op.isoformat(),
        "user": e.user, "source": e.source,
    }  # fmt: skip
    if e.reason_code or e.reason_text:
        data["reason"] = {"code": e.reason_code or None, "text": e.reason_text or None}
    if e.to == "wachtlijst":
        start = e.expected_start
        data["expected_start"] = start.isoformat() if start else EXPECTED_START_UNKNOWN
    if e.result:
        data["result"] = e.result
    if e.note:
        data["note"] = e.note
    return data


def referral_json(r: Referral) -> dict[str, Any]:
    return {
        "id": r.id, "client_id": r.client_id, "status": r.status, "label": r.label,
        "fhir_status": r.fhir_status, "service_id": r.service_id,
        "service_name": r.service_name, "organization_name": r.organization_name,
        "toegang": r.toegang, "consent_id": r.consent_id, "goal_id": r.goal_id,
        "based_on": r.based_on, "urgency": r.urgency, "question": r.question,
        "next": list(r.next_states()), "history": [event_json(e) for e in r.history],
    }  # fmt: skip


# ---- commands ----------------------------------------------------------------------------------


def cmd_consent_add(args: argparse.Namespace) -> int:
    gegevens = _items(args.gegevens)
    if GEGEVENS_ALTIJD not in gegevens:
        gegevens.insert(0, GEGEVENS_ALTIJD)  # always part of a gerichte toestemming (§9.2)
    raw: dict[str, Any] = {
        "vorm": args.vorm, "doel": args.doel, "leefgebieden": _items(args.leefgebieden),
        "gegevens": gegevens,
    }  # fmt: skip
    until = parse_day(args.geldig_tot, "--geldig-tot")
    if until is not None:
        raw["geldig_tot"] = until
    with unlocked(args) as (ws, _), _explained():
        service = ws.socialmap.service(args.recipient)
        raw["ontvanger"] = consent_recipient(recipient_snapshot(service))
        check_bsn(raw, service, "gegevens")
        record, _changes = ws.consents.add_gericht(args.client_id, raw)
    if args.json:
        emit_json({"consent_id": record.id, "consent": record.data})
    else:
        out(record.id)
    say("gerichte toestemming recorded", "gerichte toestemming vastgelegd")
    return EXIT_OK


def cmd_consent_withdraw(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _), _explained():
        record, _changes = ws.consents.withdraw(args.consent_id)
        still_open = ws.referrals.open_for_consent(record.id) if record.kind == "gericht" else []
    # a withdrawn toestemming voor vastleggen is a new record with besluit "nee"
    state = record.status if record.kind == "gericht" else f"vastleggen {record.besluit}"
    if args.json:
        emit_json({
            "consent_id": record.id, "status": state,
            "open_referrals": [referral_json(r) for r in still_open],
        })  # fmt: skip
    else:
        out(f"{record.id} {state}")
        for r in still_open:
            out(f"{r.id}  {r.status}  {r.service_name}")
    say("consent withdrawn", "toestemming ingetrokken")
    if still_open:
        say(
            f"{len(still_open)} open referral(s) to this recipient; cancel each with: "
            f"pohsd-cli referral status REFERRAL_ID geannuleerd --reason "
            f'"{REASON_CONSENT_WITHDRAWN}"',
            f"{len(still_open)} open verwijzing(en) naar deze ontvanger; annuleer elk met: "
            f"pohsd-cli referral status REFERRAL_ID geannuleerd --reason "
            f'"{REASON_CONSENT_WITHDRAWN}"',
        )
    return EXIT_OK


def cmd_referral_create(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _), _explained():
        referral = ws.referrals.create(
            args.client_id, args.service_id, consent_id=args.consent, goal_id=args.goal,
            question=args.question or "",
        )  # fmt: skip
    if args.json:
        emit_json(referral_json(referral))
    else:
        out(referral.id)
    say("referral created as concept", "verwijzing als concept gemaakt")
    return EXIT_OK


def cmd_referral_status(args: argparse.Namespace) -> int:
    effective = parse_day(args.effective, "--effective") or date.today()
    start = None
    if args.expected_start is not None and args.expected_start != EXPECTED_START_UNKNOWN:
        start = parse_day(args.expected_start, "--expected-start")
    reason_code, reason_text = args.reason, args.reason_text or ""
    if args.status == FOUTIEF and reason_code and not reason_text:
        reason_code, reason_text = None, reason_code  # foutief has a text, no codes
    with unlocked(args) as (ws, _), _explained():
        referral = ws.referrals.transition(
            args.referral_id, args.status, effective=effective, source=args.source,
            reason_code=reason_code, reason_text=reason_text, result=args.result,
            expected_start=start, note=args.note or "",
        )  # fmt: skip
    if args.json:
        emit_json(referral_json(referral))
    else:
        out(f"{referral.id} {referral.status}")
    say(f"status is now {referral.status}", f"status is nu {referral.label}")
    return EXIT_OK


# ---- registration ------------------------------------------------------------------------------


def register_consent(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    actions = add_group(sub, common, "consent", "gerichte toestemming (spec/intake.md §9.2)")
    add = add_command(
        actions, common, "add",
        "record a gerichte toestemming for one recipient of the sociale kaart; prints its id",
        cmd_consent_add,
    )  # fmt: skip
    add.add_argument("client_id", metavar="CLIENT_ID", help="the client id")
    add.add_argument("--recipient", metavar="SERVICE_ID", required=True, help="service id")
    add.add_argument(
        "--leefgebieden", metavar="CODE,…", required=True, help="domain or topic codes"
    )
    add.add_argument(
        "--gegevens", metavar="ITEM,…", required=True,
        help=f"data to share, e.g. 'adres,telefoon' ('{GEGEVENS_ALTIJD}' is always included)",
    )  # fmt: skip
    add.add_argument("--doel", metavar="TEXT", required=True, help="purpose of sharing")
    add.add_argument("--vorm", choices=VORMEN, required=True, help="mondeling or schriftelijk")
    add.add_argument("--geldig-tot", metavar="DATE", help="valid until (yyyy-mm-dd)")
    add_json_option(add)
    withdraw = add_command(
        actions, common, "withdraw",
        "withdraw a consent; lists the open referrals to that recipient", cmd_consent_withdraw,
    )  # fmt: skip
    withdraw.add_argument("consent_id", metavar="CONSENT_ID", help="the consent id")
    add_json_option(withdraw)


def register_referral(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    actions = add_group(sub, common, "referral", "referrals and their status (spec/intake.md §8)")
    create = add_command(
        actions, common, "create", "new referral in concept; prints its id", cmd_referral_create
    )
    create.add_argument("client_id", metavar="CLIENT_ID", help="the client id")
    create.add_argument("service_id", metavar="SERVICE_ID", help="service of the sociale kaart")
    create.add_argument(
        "--consent", metavar="CONSENT_ID", required=True,
        help="an active gerichte toestemming for this service",
    )  # fmt: skip
    create.add_argument("--goal", metavar="GOAL_ID", help="the goal of the plan it serves")
    create.add_argument("--question", metavar="TEXT", help="the question to the provider")
    add_json_option(create)
    status = add_command(
        actions, common, "status", "record a status change (as reported)", cmd_referral_status
    )
    status.add_argument("referral_id", metavar="REFERRAL_ID", help="the referral id")
    status.add_argument("status", metavar="STATUS", choices=STATE_CODES,
                        help=f"one of: {', '.join(STATE_CODES)}")  # fmt: skip
    status.add_argument("--effective", metavar="DATE", help="when it happened (default today)")
    status.add_argument("--source", choices=SOURCES, default="anders", help="how you heard it")
    status.add_argument("--reason", metavar="CODE", help="reason (afgewezen, niet_gestart, "
                        "geannuleerd); for foutief the explanation")  # fmt: skip
    status.add_argument("--reason-text", metavar="TEXT", help="explanation of the reason")
    status.add_argument("--result", metavar="R", help="afgerond: doel bereikt|deels|niet "
                        "bereikt|onbekend")  # fmt: skip
    status.add_argument("--expected-start", metavar="DATE", help="wachtlijst: date or onbekend")
    status.add_argument("--note", metavar="TEXT", help="a note")
    add_json_option(status)
