"""Shared pieces of the referral tests: the demo sociale kaart, a client, a consent input."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pohsd.domain.client import ClientInput
from pohsd.workspace import Workspace

DEMO_MAP = Path(__file__).resolve().parents[2] / "resources" / "socialmap" / "demo"
SCHULDHULP = "Schuldhulpverlening gemeente Demodorp"
BUURTKAMER = "Buurtkamer 't Klaverblad: koffie en een praatje"
GGZ = "Herstelcafé Noorderlicht"  # its organisation has an AGB code: a zorgaanbieder


def load_demo_map(ws: Workspace) -> dict[str, str]:
    """Import the bundled demo map; return {service name: id} of every active service."""
    ws.socialmap.import_path(DEMO_MAP)
    return {m.hit.name: m.hit.service_id for m in ws.socialmap.search("", limit=500)}


def new_client(ws: Workspace, given: str = "Ron") -> str:
    client, _ = ws.clients.create(ClientInput(given, "Jansen", date(1980, 3, 14)))
    return client.id


def gericht(**changes: Any) -> dict[str, Any]:
    """The §9.2 input without `ontvanger` (a referral fills it in from the map)."""
    base: dict[str, Any] = {
        "doel": "aanmelding schuldhulp",
        "leefgebieden": ["geld", "wonen.huisuitzetting"],
        "gegevens": ["naam en geboortedatum", "adres", "telefoon"],
        "vorm": "mondeling",
    }
    base.update(changes)
    return base
