"""Shared pieces of the delta-sync tests: feeds, a change set, a second workspace, comparisons."""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.bench_socialmap import MockHsds
from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE

# tables whose rows a delta must leave exactly as a full import writes them (rid aside)
ROW_TABLES = ("locations", "service_term", "service_postcode4", "languages", "service_weekday",
              "cost_options", "capacity")  # fmt: skip
QUERIES = ("schuld", "taal", "eenzaam", "buurt", "huis", "opvoed", "werk zoeken", "geld")


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def publish(server: MockHsds, feed: list[dict[str, Any]]) -> None:
    """Let the loopback publisher serve `feed` from now on (same URL)."""
    server.services = feed
    server.minimal = [{"id": s["id"], "last_modified": s.get("last_modified")} for s in feed]
    server.since.clear()


def changed_feed(services: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The next feed: 6 edited, 1 closed, 2 gone, 1 new, 1 broken; and which ids are which."""
    feed = copy.deepcopy(services)
    now = stamp()
    active = [s for s in feed if s.get("status", "active") == "active"]
    edited, closed, gone, broken = active[:6], active[6], active[7:9], active[9]
    for n, svc in enumerate(edited):
        svc["description"] = f"{svc.get('description') or ''} Nieuw: schuldhulp en taalcafé {n}."
        svc["last_modified"] = now
    edited[0]["name"] = "Taalhuis Overvecht Noord"
    closed["status"] = "inactive"
    closed["last_modified"] = now
    fresh = copy.deepcopy(active[10])
    fresh.update(id=str(uuid.uuid4()), name="Buurtkamer De Nieuwe Brug", last_modified=now)
    gone_ids = {s["id"] for s in gone}
    feed = [s for s in feed if s["id"] not in gone_ids]
    index = next(n for n, s in enumerate(feed) if s["id"] == broken["id"])
    feed[index] = {"id": broken["id"], "name": "Kapot", "status": "active", "email": 12,
                   "phones": [], "last_modified": now}  # fmt: skip
    feed.append(fresh)
    ids = {
        "edited": [s["id"] for s in edited],
        "closed": closed["id"],
        "gone": sorted(gone_ids),
        "new": fresh["id"],
        "broken": broken["id"],
    }
    return feed, ids


def other_workspace(root: Path, practice: Practice) -> Workspace:
    ws, _ = Workspace.create(
        AppPaths.resolve(root), practice, "sanne", TEST_PASSPHRASE,
        kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True,
    )  # fmt: skip
    return ws


def all_ids(ws: Workspace) -> list[str]:
    with ws.socialmap._open() as con:
        return sorted(r[0] for r in con.execute("SELECT id FROM services"))


def table_rows(ws: Workspace) -> dict[str, list[str]]:
    """Every row of the filter tables and the FTS source rows (keyed by service id, not rid)."""
    out: dict[str, list[str]] = {}
    with ws.socialmap._open() as con:
        for table in ROW_TABLES:
            out[table] = sorted(repr(r) for r in con.execute(f"SELECT * FROM {table}"))
        out["search_text"] = sorted(
            repr(r)
            for r in con.execute(
                "SELECT s.id, t.name, t.organization, t.topics, t.description, t.name_stem,"
                " t.body_stem FROM search_text t JOIN services s ON s.rid = t.rid"
            )
        )
    return out


def searches(ws: Workspace) -> dict[str, list[tuple[str, float]]]:
    return {
        q: [(m.hit.service_id, round(m.hit.score, 6)) for m in ws.socialmap.search(q, limit=200)]
        for q in QUERIES
    }


def fts_ok(ws: Workspace) -> bool:
    with ws.socialmap._open() as con:
        con.execute("INSERT INTO services_fts (services_fts, rank) VALUES ('integrity-check', 1)")
    return True


def map_files(ws: Workspace) -> dict[str, str]:
    """sha256 of every file in the map folder, at rest (the kept reader closed)."""
    ws.socialmap.close_map()
    folder = ws.paths.data_dir / "socialmap"
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def service_json(ws: Workspace, sid: str) -> str:
    return json.dumps(ws.socialmap.service(sid), sort_keys=True, ensure_ascii=False)
