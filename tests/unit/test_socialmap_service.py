"""ws.socialmap: import into a generation, the 20 % hold, rollback, search, favourites, notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pohsd.domain.errors import PohsdError, ValidationError
from pohsd.socialmap import generation as gen
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE


def sid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


S0, S1 = sid(0), sid(1)


def svc(sid: str, name: str, topic: str = "geld.schulden", **extra) -> dict:
    """A small valid service in the Dutch profile."""
    data = {
        "id": sid,
        "name": name,
        "description": f"{name}: hulp in de wijk.",
        "status": "active",
        "organization": {
            "id": "10000000-0000-4000-8000-000000000001",
            "name": "Wijkwerk Noord",
            "description": "Welzijn.",
        },
        "attributes": [
            {"taxonomy_term": {"code": topic, "name": "Schulden", "taxonomy": "nl-leefgebieden"}},
            {
                "taxonomy_term": {
                    "code": "vrij",
                    "name": "Vrij toegankelijk",
                    "taxonomy": "nl-toegang",
                }
            },
        ],
    }
    data.update(extra)
    return data


def _with_ids(service: dict) -> dict:
    """Give every nested object the uuid `id` (and links) that HSDS 3.0 requires."""
    counter = iter(range(1, 10_000))
    base = int(service["id"][-12:]) * 100

    def new_id() -> str:
        return f"20000000-0000-4000-8000-{base + next(counter):012d}"

    for key, items in service.items():
        if isinstance(items, list):
            for item in items:
                item.setdefault("id", new_id())
                if key != "attributes":
                    item.setdefault("service_id", service["id"])
    for attr in service.get("attributes", []):
        term = attr["taxonomy_term"]
        term.setdefault("id", new_id())
        term.setdefault("description", term["name"])
        attr.update(taxonomy_term_id=term["id"], link_id=service["id"], link_entity="service")
        attr.setdefault("link_type", "leefgebied")
    return service


def tiny(n: int = 10) -> list[dict]:
    out = [svc(sid(i), f"Voorziening {i}") for i in range(n)]
    out[0].update(
        name="Schuldhulpmaatje",
        cost_options=[{"amount": 0, "currency": "EUR"}],
        languages=[{"code": "ar", "name": "Arabisch"}],
        assured_date="2020-01-01",
    )
    out[1]["attributes"][0]["taxonomy_term"].update(code="meedoen.taal", name="Taal")
    return [_with_ids(s) for s in out]


def _files(ws: Workspace) -> dict[str, bytes]:
    """The map files as they are at rest (the kept reader connection closed, as at a lock)."""
    ws.socialmap.close_map()
    folder = ws.paths.data_dir / "socialmap"
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_import_flips_pointer_and_audits(workspace: Workspace) -> None:
    result = workspace.socialmap.import_services(tiny(), source="tiny")
    assert result.count == 10
    assert result.withdrawn == 0
    assert result.skipped == []
    st = workspace.socialmap.status()
    assert (st.generation_id, st.count, st.source) == (result.generation_id, 10, "tiny")
    assert st.stale_count == 1
    assert workspace.practice.setting("socialmap.current") == result.generation_id
    events = [e.event for e in workspace.audit.entries()]
    assert "socialmap.import" in events
    assert workspace.audit.verify()[1] is None


def test_invalid_services_are_listed_as_skipped(workspace: Workspace) -> None:
    services = tiny()
    services.append({"id": "bad", "name": "Kapot", "status": "active"})
    result = workspace.socialmap.import_services(services, source="tiny")
    assert result.count == 10
    assert [sid for sid, _ in result.skipped] == ["bad"]


def test_broken_feed_is_a_validation_error(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as info:
        workspace.socialmap.import_services([svc(S0, "A"), svc(S0, "B")], source="x")
    assert info.value.rule == "duplicate_id"
    assert workspace.socialmap.status().generation_id is None


def test_large_drop_is_held_and_leaves_map_untouched(workspace: Workspace) -> None:
    first = workspace.socialmap.import_services(tiny(), source="tiny")
    before = _files(workspace)
    smaller = tiny()[:7]  # 3 of 10 withdrawn: 30 %
    with pytest.raises(ValidationError) as info:
        workspace.socialmap.import_services(smaller, source="tiny")
    assert info.value.rule == "drop_too_large"
    assert info.value.params["withdrawn"] == 3
    assert info.value.params["active"] == 10
    assert _files(workspace) == before
    assert workspace.socialmap.status().generation_id == first.generation_id
    result = workspace.socialmap.import_services(smaller, source="tiny", accept_drop=True)
    assert result.withdrawn == 3
    assert workspace.socialmap.status().count == 7


def test_marking_inactive_counts_as_withdrawn(workspace: Workspace) -> None:
    workspace.socialmap.import_services(tiny(), source="tiny")
    services = tiny()
    for s in services[:3]:
        s["status"] = "inactive"
    with pytest.raises(ValidationError):
        workspace.socialmap.import_services(services, source="tiny")
    services[2]["status"] = "active"  # 2 of 10 = 20 %: allowed
    assert workspace.socialmap.import_services(services, source="tiny").withdrawn == 2


def test_failed_build_leaves_map_and_pointer(workspace: Workspace, monkeypatch) -> None:
    first = workspace.socialmap.import_services(tiny(), source="tiny")
    before = _files(workspace)

    def boom(*args, **kwargs):
        raise PohsdError(gen.ErrorCode.DISK_FULL)

    monkeypatch.setattr(gen, "verify", boom)
    with pytest.raises(PohsdError):
        workspace.socialmap.import_services(tiny(12), source="tiny")
    assert _files(workspace) == before
    assert workspace.practice.setting("socialmap.current") == first.generation_id


def test_keeps_previous_for_rollback_and_prunes_older(workspace: Workspace) -> None:
    ids = [workspace.socialmap.import_services(tiny(10 + i), source="t").generation_id
           for i in range(3)]  # fmt: skip
    folder = workspace.paths.data_dir / "socialmap"
    assert sorted(gen.list_generations(folder)) == sorted(ids[1:])
    assert workspace.socialmap.rollback() == ids[1]
    assert workspace.socialmap.status().count == 11
    assert "socialmap.rollback" in [e.event for e in workspace.audit.entries()]


def test_search_reasons_favourite_and_note(workspace: Workspace) -> None:
    workspace.socialmap.import_services(tiny(), source="tiny")
    hits = workspace.socialmap.search("schuld", topic="geld", language="ar")
    assert [h.hit.service_id for h in hits] == [S0]
    assert hits[0].reasons == ("past bij: schulden", "gratis", "spreekt Arabisch")
    assert [h.hit.service_id for h in workspace.socialmap.search("", topic="meedoen")] == [S1]
    workspace.socialmap.set_favourite(S0, True)
    workspace.socialmap.set_note(S0, "  Vraag naar Fatima.  ")
    data = workspace.socialmap.service(S0)
    assert data["name"] == "Schuldhulpmaatje"
    assert data["favourite"] is True
    assert data["note"] == "Vraag naar Fatima."
    # the POH's marks survive a new import
    workspace.socialmap.import_services(tiny(), source="tiny")
    assert workspace.socialmap.service(S0)["favourite"] is True
    workspace.socialmap.set_favourite(S0, False)
    workspace.socialmap.set_note(S0, "")
    data = workspace.socialmap.service(S0)
    assert data["favourite"] is False
    assert data["note"] == ""
    with pytest.raises(ValidationError):
        workspace.socialmap.set_note(S0, "x" * 10_001)
    with pytest.raises(PohsdError):
        workspace.socialmap.service("nope")


def test_map_survives_reopen(workspace: Workspace, paths) -> None:
    workspace.socialmap.import_services(tiny(), source="tiny")
    user = workspace.user.name
    workspace.close()
    ws = Workspace.unlock(paths, user, TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        assert ws.socialmap.status().count == 10
        assert ws.socialmap.search("schuldhulpmaatje")[0].hit.service_id == S0
    finally:
        ws.close()


def test_no_map_yet(workspace: Workspace) -> None:
    st = workspace.socialmap.status()
    assert st.generation_id is None
    assert st.count == 0
    with pytest.raises(PohsdError):
        workspace.socialmap.search("schuld")


def test_import_path_json_and_package(workspace: Workspace, shared_dir: Path) -> None:
    base = shared_dir / "socialmap" / "utrecht-overvecht"
    data = json.loads((base / "services.json").read_text("utf-8"))
    result = workspace.socialmap.import_path(base / "services.json")
    assert result.count == len(data)
    again = workspace.socialmap.import_path(base / "datapackage")
    assert again.count == len(data)
    assert again.withdrawn == 0
    st = workspace.socialmap.status()
    assert st.source == "datapackage"
    assert st.count == sum(1 for s in data if s.get("status") != "inactive")
    hits = workspace.socialmap.search("schulden", topic="geld.schulden")
    assert hits
    assert all("geld.schulden" in h.hit.topics for h in hits)
    assert all(h.reasons[0].startswith("past bij: ") for h in hits)


def test_map_is_rekeyed_with_the_data_key(workspace: Workspace) -> None:
    workspace.socialmap.import_services(tiny(), source="tiny")
    workspace.rotate_dek()
    assert workspace.socialmap.status().count == 10
    assert workspace.socialmap.search("schuldhulpmaatje")[0].hit.service_id == S0
    assert workspace.socialmap.import_services(tiny(), source="tiny").withdrawn == 0
