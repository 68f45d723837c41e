"""Eigen aanbod in a workspace: on the map at once, kept through import, sync and rollback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bench.bench_socialmap import MockHsds
from pohsd.domain.errors import ValidationError
from pohsd.domain.practice import Practice
from pohsd.socialmap.suggest import ClientPlace, Need, suggest
from pohsd.workspace import Workspace
from tests.unit.referral_support import DEMO_MAP
from tests.unit.socialmap import delta_support as ds
from tests.unit.socialmap.test_own_validate import WANDEL

WORD = "wandelen"  # from WANDEL's description, in no map


def _found(ws: Workspace, sid: str, text: str = WORD) -> bool:
    return any(h.hit.service_id == sid for h in ws.socialmap.search(text))


def _events(ws: Workspace) -> list[str]:
    return [e.event for e in ws.audit.entries()]


@pytest.fixture
def other(tmp_path: Path, practice: Practice) -> Iterator[Workspace]:
    ws = ds.other_workspace(tmp_path / "other", practice)
    yield ws
    ws.close()


def test_saved_without_a_map_is_searchable_and_marked_eigen(workspace: Workspace):
    own = workspace.socialmap.own
    sid = own.save(WANDEL)
    hits = workspace.socialmap.search(WORD)
    assert [(h.hit.service_id, h.own) for h in hits] == [(sid, True)]
    assert own.ids() == {sid}
    assert workspace.socialmap.service(sid)["name"] == WANDEL.name
    assert own.get(sid).data.postal_code == "3563 CB"
    assert "socialmap.own.create" in _events(workspace)


def test_edit_keeps_ids_and_retire_removes_from_search(workspace: Workspace):
    own = workspace.socialmap.own
    load = workspace.socialmap.import_path(DEMO_MAP)
    sid = own.save(WANDEL)
    before = workspace.socialmap.service(sid)
    own.save(replace(WANDEL, name="Wandelclub Het Park"), sid)
    after = workspace.socialmap.service(sid)
    assert after["name"] == "Wandelclub Het Park"
    assert after["organization"]["id"] == before["organization"]["id"]
    assert after["service_at_locations"][0]["location_id"] == (
        before["service_at_locations"][0]["location_id"])  # fmt: skip
    assert workspace.socialmap.status().count == load.count + 1
    own.retire(sid)
    assert not _found(workspace, sid)
    assert workspace.socialmap.status().count == load.count
    assert own.list(include_retired=False) == []
    assert own.get(sid).retired
    own.reactivate(sid)
    assert _found(workspace, sid)
    assert {"socialmap.own.update", "socialmap.own.retire"} <= set(_events(workspace))
    with pytest.raises(ValidationError):
        own.save(replace(WANDEL, topics=()), sid)


def test_other_hits_are_not_marked_eigen(workspace: Workspace):
    workspace.socialmap.import_path(DEMO_MAP)
    workspace.socialmap.own.save(WANDEL)
    hits = workspace.socialmap.search("")
    assert sum(h.own for h in hits) == 1
    assert len(hits) > 1


def test_suggested_for_a_matching_need(workspace: Workspace):
    workspace.socialmap.import_path(DEMO_MAP)
    sid = workspace.socialmap.own.save(WANDEL)
    place = ClientPlace(postcode="3563 AA", city="Utrecht", age=40)
    with workspace.socialmap._open() as con:
        found = suggest(con, [Need("meedoen.ontmoeting", "Ontmoeting")], place, limit=200)
        none = suggest(con, [Need("geld.schulden", "Schulden")], place, limit=200)
    assert sid in [s.service_id for s in found]
    assert sid not in [s.service_id for s in none]


def test_survives_full_import_and_rollback(workspace: Workspace):
    sm = workspace.socialmap
    sid = sm.own.save(WANDEL)
    first = sm.import_path(DEMO_MAP)
    assert first.withdrawn == 0  # the own entry does not count as withdrawn by the feed
    assert _found(workspace, sid)
    sm.own.save(replace(WANDEL, name="Wandelclub Na Import"), sid)
    sm.import_path(DEMO_MAP)
    sm.rollback()
    assert sm.service(sid)["name"] == "Wandelclub Na Import"  # re-applied on rollback too
    sm.own.retire(sid)
    sm.rollback()
    assert not _found(workspace, sid)


def test_survives_an_incremental_sync(workspace: Workspace, shared_dir: Path):
    path = shared_dir / "socialmap" / "utrecht-overvecht" / "services.json"
    feed: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))
    server = MockHsds(feed)
    try:
        sm = workspace.socialmap
        sm.sync(server.url)
        sid = sm.own.save(WANDEL)
        final, changed = ds.changed_feed(feed)
        ds.publish(server, final)
        result = sm.sync()
        assert "socialmap.sync" in _events(workspace)  # the delta path ran
        assert result.withdrawn == 4  # closed, 2 gone, broken: the own entry is not counted
        assert _found(workspace, sid)
        assert _found(workspace, changed["new"], "Nieuwe Brug")
    finally:
        server.stop()


def test_export_imports_cleanly_into_another_workspace(
    workspace: Workspace, other: Workspace, tmp_path: Path
):
    sm = workspace.socialmap
    sm.import_path(DEMO_MAP)
    ids = [
        sm.own.save(WANDEL),
        sm.own.save(
            replace(
                WANDEL,
                name="Taalmaatjes",
                topics=("meedoen.taal",),
                toegang="aanmelding",
                free=False,
                opening=(),
                phone="",
            )
        ),
    ]
    retired = sm.own.save(replace(WANDEL, name="Oud clubje"))
    sm.own.retire(retired)
    target = sm.own.export_package(tmp_path / "uit" / "eigen.zip")
    assert target.is_file()
    assert not list(target.parent.glob(".pohsd-*"))
    result = other.socialmap.import_path(target)
    assert result.count == 2
    assert not result.skipped
    for sid in ids:
        mine, theirs = sm.service(sid), other.socialmap.service(sid)
        assert theirs == mine
    assert not other.socialmap.own.ids()  # a colleague's entries are map entries there
    assert "socialmap.own.export" in _events(workspace)


def test_located_at_the_maps_pc4_centroid_so_distance_works(workspace: Workspace):
    workspace.socialmap.import_path(DEMO_MAP)
    sid = workspace.socialmap.own.save(replace(WANDEL, postal_code="9998 XY", city="Demodorp"))
    far = workspace.socialmap.own.save(replace(WANDEL, name="Elders", postal_code="1011 AB"))
    hits = {h.hit.service_id: h for h in workspace.socialmap.search(WORD, postcode4="9998")}
    assert hits[sid].distance_km is not None
    assert hits[sid].distance_km < 1.0
    assert hits[far].distance_km is None  # a PC4 the map does not know: no position
    loc = workspace.socialmap.service(far)["service_at_locations"][0]["location"]
    assert "latitude" not in loc
