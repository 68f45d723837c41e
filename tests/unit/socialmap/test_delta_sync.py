"""An incremental sync from a loopback server gives the same map as a full import of that feed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bench import gen_socialmap
from bench.bench_socialmap import MockHsds
from pohsd.domain.errors import PohsdError
from pohsd.domain.practice import Practice
from pohsd.services.socialmap_generations import SYNCED_AT
from pohsd.socialmap import generation as gen
from pohsd.socialmap.package import read_package
from pohsd.workspace import Workspace
from tests.unit.socialmap import delta_support as ds


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("kaart") / "kaart"
    gen_socialmap.build(folder, 150, seed=11)
    return read_package(folder)


@pytest.fixture(params=["generated", "overvecht"])
def feed(request: pytest.FixtureRequest, generated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if request.param == "generated":
        return generated
    shared = request.getfixturevalue("shared_dir")
    path = shared / "socialmap" / "utrecht-overvecht" / "services.json"
    return json.loads(path.read_text("utf-8"))


@pytest.fixture
def server(feed: list[dict[str, Any]]) -> Iterator[MockHsds]:
    mock = MockHsds(feed)
    yield mock
    mock.stop()


@pytest.fixture
def other(tmp_path: Path, practice: Practice) -> Iterator[Workspace]:
    ws = ds.other_workspace(tmp_path / "other", practice)
    yield ws
    ws.close()


def _events(ws: Workspace) -> list[str]:
    """Audit events, newest first."""
    return [e.event for e in ws.audit.entries()]


def test_incremental_sync_equals_full_import(
    workspace: Workspace, other: Workspace, server: MockHsds, feed: list[dict[str, Any]]
) -> None:
    sm = workspace.socialmap
    first = sm.sync(server.url)
    assert _events(workspace).count("socialmap.import") == 1
    before = server.requests
    final, ids = ds.changed_feed(feed)
    ds.publish(server, final)

    result = sm.sync()
    assert _events(workspace)[0] == "socialmap.sync"  # newest first: the delta path, no rebuild
    assert result.generation_id == first.generation_id  # applied in place (DESIGN §1)
    assert server.requests - before < 12  # discover, changes, minimal ids: no full listing
    other.socialmap.import_services(feed, source="vergelijking")
    full = other.socialmap.import_services(final, source="vergelijking")
    assert (result.count, result.withdrawn) == (full.count, full.withdrawn)
    assert result.withdrawn == 4  # closed, two gone, one broken
    assert result.skipped == full.skipped
    assert [sid for sid, _ in result.skipped] == [ids["broken"]]

    assert ds.all_ids(workspace) == ds.all_ids(other)
    assert ids["new"] in ds.all_ids(workspace)
    assert not set(ids["gone"]) & set(ds.all_ids(workspace))
    for sid in [*ids["edited"], ids["closed"], ids["new"]]:
        assert ds.service_json(workspace, sid) == ds.service_json(other, sid)
    assert sm.service(ids["edited"][0])["name"] == "Taalhuis Overvecht Noord"
    with pytest.raises(PohsdError):
        sm.service(ids["broken"])
    assert ds.table_rows(workspace) == ds.table_rows(other)
    assert ds.searches(workspace) == ds.searches(other)
    assert any(ds.searches(workspace).values())
    assert sm.status().count == other.socialmap.status().count
    assert ds.fts_ok(workspace)
    hits = {m.hit.service_id for m in sm.search("Buurtkamer Nieuwe Brug")}
    assert ids["new"] in hits
    assert ids["closed"] not in {m.hit.service_id for m in sm.search("", limit=500)}


def test_rollback_after_incremental_sync_returns_to_the_old_map(
    workspace: Workspace, server: MockHsds, feed: list[dict[str, Any]]
) -> None:
    sm = workspace.socialmap
    first = sm.sync(server.url)
    old_ids, old_search = ds.all_ids(workspace), ds.searches(workspace)
    old_active = sm.status().count
    final, ids = ds.changed_feed(feed)
    old_edited = ds.service_json(workspace, ids["edited"][0])
    ds.publish(server, final)
    sm.sync()
    synced_ids, synced_edited = ds.all_ids(workspace), ds.service_json(workspace, ids["edited"][0])
    synced_active = sm.status().count
    assert synced_ids != old_ids

    assert sm.rollback() == first.generation_id  # the sync is undone inside the same file
    assert _events(workspace)[0] == "socialmap.rollback"
    assert ds.all_ids(workspace) == old_ids
    assert ds.service_json(workspace, ids["edited"][0]) == old_edited
    for gone in ids["gone"]:
        assert sm.service(gone)["id"] == gone
    assert ds.searches(workspace) == old_search
    assert ds.fts_ok(workspace)
    assert sm.status().count == old_active
    assert sm.rollback() == first.generation_id  # and forward again
    assert ds.all_ids(workspace) == synced_ids
    assert ds.service_json(workspace, ids["edited"][0]) == synced_edited
    assert sm.status().count == synced_active


def test_rollback_after_a_full_import_that_followed_a_sync_flips_the_file(
    workspace: Workspace, server: MockHsds, feed: list[dict[str, Any]]
) -> None:
    sm = workspace.socialmap
    first = sm.sync(server.url)
    final, _ = ds.changed_feed(feed)
    ds.publish(server, final)
    sm.sync()
    synced_ids = ds.all_ids(workspace)
    full = sm.import_services(feed, source="bestand")  # a full import: a new generation
    assert full.generation_id != first.generation_id
    assert sm.rollback() == first.generation_id  # back to the synced map, as it was
    assert ds.all_ids(workspace) == synced_ids
    assert sm.rollback() == full.generation_id  # the file flips back, not the old sync


def test_favourites_and_notes_survive_a_sync(
    workspace: Workspace, server: MockHsds, feed: list[dict[str, Any]]
) -> None:
    sm = workspace.socialmap
    sm.sync(server.url)
    final, ids = ds.changed_feed(feed)
    edited, gone = ids["edited"][1], ids["gone"][0]
    sm.set_favourite(edited, True)
    sm.set_note(edited, "Wachttijd ongeveer twee weken")
    sm.set_favourite(gone, True)
    ds.publish(server, final)
    sm.sync()
    after = sm.service(edited)
    assert (after["favourite"], after["note"]) == (True, "Wachttijd ongeveer twee weken")
    assert "Nieuw: schuldhulp" in after["description"]
    assert set(sm.favourites()) == {edited, gone}  # kept in pohsd.db, even for a gone one


def test_second_sync_without_changes_keeps_the_generation(
    workspace: Workspace, server: MockHsds
) -> None:
    sm = workspace.socialmap
    first = sm.sync(server.url)
    files = ds.map_files(workspace)
    again = sm.sync()
    assert again.generation_id == first.generation_id
    assert again.count == first.count
    assert ds.map_files(workspace) == files
    assert gen.list_generations(workspace.paths.data_dir / "socialmap") == [first.generation_id]


class _SmallPages(MockHsds):
    """A publisher that refuses pages of more than 100 items."""

    def answer(self, path: str, query: dict[str, str]) -> tuple[int, bytes]:
        if int(query.get("per_page", "1")) > 100:
            return 400, b'{"error": "per_page too large"}'
        return super().answer(path, query)


def test_id_listing_falls_back_to_small_pages(
    workspace: Workspace, generated: list[dict[str, Any]]
) -> None:
    server = _SmallPages(generated)
    try:
        sm = workspace.socialmap
        sm.sync(server.url)
        final, ids = ds.changed_feed(generated)
        ds.publish(server, final)
        before = server.requests
        result = sm.sync()
        assert result.withdrawn == 4
        assert not set(ids["gone"]) & set(ds.all_ids(workspace))
        assert server.requests - before > len(final) // 50  # pages of 50 ids
    finally:
        server.stop()


def test_rollback_target_names_what_a_rollback_returns_to(
    workspace: Workspace, server: MockHsds, feed: list[dict[str, Any]]
) -> None:
    sm = workspace.socialmap
    assert sm.rollback_target() is None  # no map yet
    sm.sync(server.url)
    assert sm.rollback_target() is None  # the first map has nothing before it
    first_built, first_active = sm.status().built_at, sm.status().count
    final, _ = ds.changed_feed(feed)
    ds.publish(server, final)
    sm.sync()
    synced_built = sm.status().built_at
    target = sm.rollback_target()
    assert target is not None
    # 6 edited, 1 closed, 2 gone, 1 new and the broken one (gone, as a full import of the
    # feed would leave it out) come back as they were
    assert (target.kind, target.services, target.built_at) == ("sync", 11, first_built)
    sm.rollback()
    assert sm.status().count == first_active
    redo = sm.rollback_target()
    assert redo is not None
    assert (redo.kind, redo.services, redo.built_at) == ("sync", 11, synced_built)
    full = sm.import_services(feed, source="bestand")
    after_import = sm.rollback_target()
    assert after_import is not None
    assert (after_import.kind, after_import.services) == ("import", first_active)
    assert sm.rollback() != full.generation_id


def test_a_sync_after_a_rollback_brings_back_what_was_undone(
    workspace: Workspace, server: MockHsds, feed: list[dict[str, Any]]
) -> None:
    sm = workspace.socialmap
    sm.sync(server.url)
    now = datetime.now(UTC).replace(microsecond=0)
    # the first sync two hours ago and the changes one hour ago: well outside the client's
    # five minutes of slack, so only a sync that compares the whole listing sees them again
    workspace.practice.set_setting(SYNCED_AT, (now - timedelta(hours=2)).isoformat())
    final, ids = ds.changed_feed(feed)
    hour_ago = (now - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for service in final:
        if service.get("last_modified", "") > hour_ago:
            service["last_modified"] = hour_ago
    ds.publish(server, final)
    sm.sync()
    synced_ids, synced_edited = ds.all_ids(workspace), ds.service_json(workspace, ids["edited"][0])
    sm.rollback()
    assert ds.all_ids(workspace) != synced_ids
    sm.sync()  # nothing changed at the source since the undone sync
    assert ds.all_ids(workspace) == synced_ids
    assert ds.service_json(workspace, ids["edited"][0]) == synced_edited
    assert ds.fts_ok(workspace)
