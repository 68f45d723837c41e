"""`socialmap own list|export`: the POH's eigen aanbod (issue 4 §9)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from pohsd.cli.messages import EXIT_OK, emit_json, out, say
from pohsd.cli.parser import SubParsers, add_command, add_group, add_json_option
from pohsd.cli.session import unlocked
from pohsd.domain.own_service import OwnService


def _own_json(own: OwnService) -> dict[str, object]:
    data = asdict(own.data)
    data["topics"] = list(own.data.topics)
    data["languages"] = list(own.data.languages)
    data["opening"] = [asdict(o) for o in own.data.opening]
    return {
        "id": own.id,
        "retired": own.retired,
        "updated_at": own.updated_at.isoformat() if own.updated_at else None,
        **data,
    }


def cmd_own_list(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        items = ws.socialmap.own.list(include_retired=True)
    if args.json:
        emit_json([_own_json(o) for o in items])
        return EXIT_OK
    for o in items:
        mark = "  (niet meer actief)" if o.retired else ""
        out(f"{o.id}  {o.data.name} — {o.data.organization}{mark}")
    if not items:
        say("no own services", "geen eigen aanbod")
    return EXIT_OK


def cmd_own_export(args: argparse.Namespace) -> int:
    with unlocked(args) as (ws, _):
        path = ws.socialmap.own.export_package(Path(args.out))
        count = len(ws.socialmap.own.list(include_retired=False))
    if args.json:
        emit_json({"path": str(path), "count": count})
        return EXIT_OK
    out(str(path))
    say(f"{count} own services written", f"{count} eigen voorzieningen geschreven")
    return EXIT_OK


def register_own(actions: SubParsers, common: argparse.ArgumentParser) -> None:
    own = add_group(actions, common, "own", "the practice's own services (eigen aanbod)")
    add_json_option(
        add_command(own, common, "list", "list the own services (retired ones too)", cmd_own_list)
    )
    export = add_command(
        own, common, "export", "write the active own services as an HSDS data package (.zip)",
        cmd_own_export,
    )  # fmt: skip
    export.add_argument("--out", metavar="FILE", required=True, help="the .zip file to write")
    add_json_option(export)
