"""`socialmap import|sync|search|status|rollback` and `suggest`: the sociale kaart."""

from __future__ import annotations

import argparse

from pohsd.cli.messages import (
    EXIT_ERROR,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    emit_json,
    out,
    say,
)
from pohsd.cli.parser import SubParsers, add_command, add_group, add_json_option
from pohsd.cli.session import unlocked
from pohsd.cli.socialmap_own import register_own
from pohsd.domain.errors import ValidationError
from pohsd.services.socialmap import ImportResult, MapHit
from pohsd.socialmap.client import NetworkError
from pohsd.socialmap.suggest import Suggestion


def _refused(exc: ValidationError) -> CliError:
    if exc.rule == "drop_too_large":
        lost, active = exc.params.get("withdrawn"), exc.params.get("active")
        return CliError(
            EXIT_INVALID,
            f"the new map would withdraw {lost} of {active} active services (more than 20 %); "
            "run again with --accept-drop to accept",
            f"de nieuwe kaart trekt {lost} van de {active} actieve voorzieningen in (meer dan "
            "20 %); herhaal met --accept-drop om dit te accepteren",
        )
    detail = str(exc.params.get("detail") or "")
    where = f" ({detail})" if detail else ""
    return CliError(
        EXIT_INVALID,
        f"the sociale kaart was not imported: {exc.rule}{where}",
        f"de sociale kaart is niet ingelezen: {exc.rule}{where}",
    )


def cmd_import(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        try:
            result = ws.socialmap.import_path(args.path, accept_drop=args.accept_drop)
        except ValidationError as exc:
            if exc.field != "socialmap":
                raise
            raise _refused(exc) from None
    return _report(result, args.json)


_NETWORK_NL = {
    "timeout": "de server antwoordt niet op tijd",
    "connect": "de server is niet bereikbaar",
    "cancelled": "afgebroken",
}


def cmd_sync(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        try:
            result = ws.socialmap.sync(args.url, accept_drop=args.accept_drop)
        except ValidationError as exc:
            if exc.field == "socialmap_url" and exc.rule == "policy":
                raise CliError(
                    EXIT_INVALID,
                    "the administrator fixed the source in the policy file; omit the URL",
                    "de beheerder heeft de bron vastgelegd in het beheerbestand; laat de URL weg",
                ) from None
            if exc.field == "socialmap_url":
                raise CliError(
                    EXIT_INVALID,
                    "no address given and none remembered: pass the URL of the HSDS API",
                    "geen adres opgegeven en geen onthouden: geef de URL van de HSDS-API",
                ) from None
            if exc.field != "socialmap":
                raise
            raise _refused(exc) from None
        except NetworkError as exc:
            nl = _NETWORK_NL.get(exc.code, f"de server gaf een fout ({exc.code})")
            raise CliError(
                EXIT_ERROR,
                f"the sociale kaart was not synchronised: {exc.code}",
                f"de sociale kaart is niet bijgewerkt: {nl}",
            ) from None
    return _report(result, args.json)


def _report(result: ImportResult, as_json: bool) -> int:
    skipped = [{"id": sid, "reason": reason} for sid, reason in result.skipped]
    if as_json:
        emit_json({
            "generation_id": result.generation_id,
            "count": result.count,
            "skipped": skipped,
            "withdrawn": result.withdrawn,
        })  # fmt: skip
        return EXIT_OK
    for item in skipped:
        say(
            f"skipped {item['id']}: {item['reason']}",
            f"overgeslagen {item['id']}: {item['reason']}",
        )
    out(f"{result.count} voorzieningen ingelezen (generatie {result.generation_id}); "
        f"{len(skipped)} overgeslagen, {result.withdrawn} ingetrokken")  # fmt: skip
    return EXIT_OK


def _hit_json(m: MapHit) -> dict[str, object]:
    h = m.hit
    return {
        "service_id": h.service_id,
        "service_name": h.name,
        "organization_name": h.organization_name,
        "topics": list(h.topics),
        "toegang": list(h.toegang),
        "distance_km": None if m.distance_km is None else round(m.distance_km, 2),
        "score": round(h.score, 4),
        "reasons": list(m.reasons),
        "snippet": h.snippet,
    }


def cmd_search(args: argparse.Namespace) -> int:
    filters: dict[str, object] = {"limit": args.limit}
    for name in ("topic", "toegang", "age", "language"):
        if getattr(args, name) is not None:
            filters[name] = getattr(args, name)
    if args.postcode:
        filters["postcode4"] = args.postcode.replace(" ", "")[:4]
    if args.max_km is not None:
        if not args.postcode:
            raise CliError(
                EXIT_USAGE,
                "--max-km needs --postcode (the distance is measured from there)",
                "--max-km heeft --postcode nodig (de afstand wordt vanaf daar gemeten)",
            )
        filters["max_km"] = args.max_km
    if args.free:
        filters["free"] = True
    with unlocked(args) as (ws, _):
        hits = ws.socialmap.search(args.text, **filters)
    if args.json:
        emit_json([_hit_json(m) for m in hits])
        return EXIT_OK
    for m in hits:
        org = f" — {m.hit.organization_name}" if m.hit.organization_name else ""
        why = f"  [{' · '.join(m.reasons)}]" if m.reasons else ""
        out(f"{m.hit.service_id}  {m.hit.name}{org}{why}")
    if not hits:
        say("no services found", "geen voorzieningen gevonden")
    return EXIT_OK


def _suggestion_json(sug: Suggestion) -> dict[str, object]:
    return {
        "service_id": sug.service_id,
        "service_name": sug.service_name,
        "organization_name": sug.organization_name,
        "topics": list(sug.topics),
        "toegang": list(sug.toegang),
        "distance_km": sug.distance_km,
        "score": sug.score,
        "reasons": list(sug.reasons),
        "need": sug.need,
        "assured_date": sug.assured_date,
    }


def cmd_suggest(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        found = ws.socialmap.suggest(args.client_id, args.intake, limit=args.limit)
    if args.json:
        emit_json([_suggestion_json(sug) for sug in found])
        return EXIT_OK
    for sug in found:
        org = f" — {sug.organization_name}" if sug.organization_name else ""
        out(f"{sug.service_id}  {sug.service_name}{org}  [{' · '.join(sug.reasons)}]")
    if not found:
        say(
            "no suggestions: the intake names no topic that needs help, or the map has none",
            "geen suggesties: de intake noemt geen onderwerp met een hulpvraag, of de kaart"
            " heeft er geen",
        )
    return EXIT_OK


def register_suggest(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    cmd = add_command(
        sub,
        common,
        "suggest",
        "services from the sociale kaart for a client's intake, ranked, with reasons",
        cmd_suggest,
    )
    cmd.add_argument("client_id", metavar="CLIENT_ID", help="the client's id")
    cmd.add_argument("--intake", metavar="ID", help="this intake (default: the latest)")
    cmd.add_argument("--limit", metavar="N", type=int, default=20, help="at most N (20)")
    add_json_option(cmd)


def cmd_status(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        st = ws.socialmap.status()
    built = st.built_at.isoformat() if st.built_at else None
    if args.json:
        emit_json({
            "source": st.source or None,
            "generation_id": st.generation_id,
            "count": st.count,
            "built_at": built,
            "stale_count": st.stale_count,
        })  # fmt: skip
        return EXIT_OK
    if st.generation_id is None:
        out("geen sociale kaart ingelezen")
        return EXIT_OK
    when = st.built_at.strftime("%d-%m-%Y %H:%M") if st.built_at else "?"
    out(f"bron: {st.source}\ngeneratie: {st.generation_id} ({when} UTC)\n"
        f"actieve voorzieningen: {st.count}\nlanger dan 12 maanden niet bevestigd: "
        f"{st.stale_count}")  # fmt: skip
    return EXIT_OK


def cmd_rollback(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        target = ws.socialmap.rollback_target()
        if target is None:
            raise CliError(
                EXIT_INVALID,
                "there is no earlier map to go back to",
                "er is geen eerdere kaart om naar terug te gaan",
            )
        generation = ws.socialmap.rollback()
        st = ws.socialmap.status()
    built = st.built_at.isoformat() if st.built_at else None
    if args.json:
        emit_json({"generation_id": generation, "undone": target.kind, "count": st.count,
                   "built_at": built})  # fmt: skip
        return EXIT_OK
    if target.kind == "sync":
        say(f"the last sync was undone ({target.services} services as they were before it);"
            " roll back again to redo it",
            f"de laatste keer bijwerken is teruggedraaid ({target.services} voorzieningen zoals"
            " ze ervoor waren); nog eens terugzetten zet die weer terug")  # fmt: skip
    else:
        say(
            "the previous map is current again; roll back again to return to the newer one",
            "de vorige kaart is weer in gebruik; nog eens terugzetten geeft weer de nieuwere",
        )
    when = st.built_at.strftime("%d-%m-%Y %H:%M") if st.built_at else "?"
    out(f"generatie: {generation} ({when} UTC)\nactieve voorzieningen: {st.count}")
    return EXIT_OK


def register_socialmap(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    actions = add_group(sub, common, "socialmap", "import, search or inspect the sociale kaart")
    imp = add_command(
        actions,
        common,
        "import",
        "import an HSDS data package (folder or .zip) or a JSON file of full services",
        cmd_import,
    )
    imp.add_argument("path", metavar="PATH", help="package folder, .zip or .json file")
    imp.add_argument(
        "--accept-drop",
        action="store_true",
        help="accept a new map that withdraws more than 20 %% of the active services",
    )
    add_json_option(imp)
    sync = add_command(
        actions,
        common,
        "sync",
        "fetch the sociale kaart from an HSDS API (the remembered URL when none is given)",
        cmd_sync,
    )
    sync.add_argument("url", metavar="URL", nargs="?", help="base URL of the HSDS API")
    sync.add_argument(
        "--accept-drop",
        action="store_true",
        help="accept a new map that withdraws more than 20 %% of the active services",
    )
    add_json_option(sync)
    find = add_command(actions, common, "search", "search the sociale kaart", cmd_search)
    find.add_argument("text", metavar="TEXT", help="search words (may be empty: '')")
    find.add_argument("--topic", metavar="CODE", help="leefgebied code, e.g. geld.schulden")
    find.add_argument("--toegang", metavar="CODE", help="toegang code, e.g. vrij")
    find.add_argument("--postcode", metavar="PC", help="the client's postcode (1234 AB)")
    find.add_argument(
        "--max-km", metavar="N", type=float, help="only services within N km of --postcode"
    )
    find.add_argument("--age", metavar="N", type=int, help="the client's age")
    find.add_argument("--language", metavar="L", help="language code, e.g. ar")
    find.add_argument("--free", action="store_true", help="only services without cost")
    find.add_argument("--limit", metavar="N", type=int, default=20, help="at most N (20)")
    add_json_option(find)
    add_json_option(
        add_command(
            actions,
            common,
            "status",
            "source, generation, counts and stale entries of the sociale kaart",
            cmd_status,
        )
    )
    add_json_option(
        add_command(
            actions,
            common,
            "rollback",
            "go back to the map before the last import or sync (again: forward again)",
            cmd_rollback,
        )
    )
    register_own(actions, common)
