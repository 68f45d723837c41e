"""pohsd.socialmap.delta through `apply_sync`: drop rule, failures leave the map as it was."""

from __future__ import annotations

import copy
import errno
from datetime import UTC, datetime
from typing import Any

import pytest

from bench import gen_socialmap
from pohsd.domain.errors import PohsdError, ValidationError
from pohsd.domain.progress import CancelledError, CancelToken, Progress
from pohsd.socialmap import delta, replace
from pohsd.socialmap import generation as gen
from pohsd.socialmap.package import read_package
from pohsd.socialmap.search_index import words
from pohsd.socialmap.sync import Fetched
from pohsd.workspace import Workspace
from tests.unit.socialmap import delta_support as ds

URL = "http://127.0.0.1:9/hsds"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("kaart") / "kaart"
    gen_socialmap.build(folder, 60, seed=5)
    return read_package(folder)


@pytest.fixture
def loaded(workspace: Workspace, services: list[dict[str, Any]]) -> Workspace:
    workspace.socialmap.import_services(services, source=URL)
    return workspace


def _changes(changed: list[dict[str, Any]], ids: list[str] | None) -> Fetched:
    return Fetched(
        URL, datetime.now(UTC), None, tuple(changed), None if ids is None else tuple(ids)
    )


def _edited(services: list[dict[str, Any]], n: int, text: str = " Gewijzigd.") -> list[dict]:
    out = copy.deepcopy(services[:n])
    for svc in out:
        svc["description"] = (svc.get("description") or "") + text
        svc["last_modified"] = ds.stamp()
    return out


def _ids(services: list[dict[str, Any]]) -> list[str]:
    return [s["id"] for s in services]


def _active(services: list[dict[str, Any]]) -> list[str]:
    return [s["id"] for s in services if s.get("status", "active") == "active"]


def _assert_unchanged(ws: Workspace, files: dict[str, str], current: str) -> None:
    assert ds.map_files(ws) == files  # same files, byte for byte; no half-built copy left
    assert ws.socialmap.status().generation_id == current


def test_changes_are_applied_and_audited(loaded: Workspace, services: list[dict]) -> None:
    sm = loaded.socialmap
    old = sm.status()
    edited = _edited(services, 3)
    result = sm.apply_sync(_changes(edited, _ids(services)))
    assert result.generation_id == old.generation_id  # applied in place, one transaction
    assert (result.count, result.withdrawn, result.skipped) == (len(services), 0, [])
    assert sm.service(edited[0]["id"])["description"].endswith("Gewijzigd.")
    assert loaded.audit.entries()[0].event == "socialmap.sync"
    assert loaded.practice.setting("socialmap.url") == URL
    assert loaded.audit.verify()[1] is None
    folder = loaded.paths.data_dir / "socialmap"
    assert gen.list_generations(folder) == [result.generation_id]  # no copy of the map


def test_without_an_id_list_nothing_is_withdrawn(loaded: Workspace, services: list[dict]) -> None:
    result = loaded.socialmap.apply_sync(_changes(_edited(services, 1), None))
    assert (result.count, result.withdrawn) == (len(services), 0)


def test_drop_rule_holds_a_large_withdrawal(loaded: Workspace, services: list[dict]) -> None:
    sm = loaded.socialmap
    current = sm.status().generation_id or ""
    files = ds.map_files(loaded)
    active = _active(services)
    keep = [i for i in _ids(services) if i not in set(active[: len(active) // 4])]  # 25 % gone
    with pytest.raises(ValidationError) as err:
        sm.apply_sync(_changes([], keep))
    assert (err.value.field, err.value.rule) == ("socialmap", "drop_too_large")
    assert err.value.params["withdrawn"] == len(active) // 4
    _assert_unchanged(loaded, files, current)

    closed = copy.deepcopy([s for s in services if s["id"] in set(active[:15])])
    for svc in closed:
        svc["status"] = "defunct"  # closing counts as withdrawing
    with pytest.raises(ValidationError):
        sm.apply_sync(_changes(closed, _ids(services)))
    _assert_unchanged(loaded, files, current)

    result = sm.apply_sync(_changes([], keep), accept_drop=True)
    assert result.withdrawn == len(active) // 4
    assert result.count == len(keep)


def test_cancel_during_the_build_leaves_the_map(loaded: Workspace, services: list[dict]) -> None:
    current = loaded.socialmap.status().generation_id or ""
    files = ds.map_files(loaded)
    token = CancelToken()
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        token.cancel()

    with pytest.raises(CancelledError):
        loaded.socialmap.apply_sync(
            _changes(_edited(services, 4), _ids(services)), progress=progress, cancel=token
        )
    assert seen
    assert seen[0].stage == gen.STAGE
    _assert_unchanged(loaded, files, current)


def test_invalid_change_sets_leave_the_map(loaded: Workspace, services: list[dict]) -> None:
    current = loaded.socialmap.status().generation_id or ""
    files = ds.map_files(loaded)
    twice = _edited(services, 1) * 2
    with pytest.raises(ValidationError) as err:
        loaded.socialmap.apply_sync(_changes(twice, _ids(services)))
    assert err.value.rule == "duplicate_id"
    _assert_unchanged(loaded, files, current)

    bare = _edited(services, len(services))
    for svc in bare:
        svc["attributes"] = []  # no service in the final map has the profile's taxonomies
    with pytest.raises(ValidationError) as err:
        loaded.socialmap.apply_sync(_changes(bare, _ids(services)))
    assert err.value.rule == "missing_taxonomy"
    _assert_unchanged(loaded, files, current)


@pytest.mark.parametrize("where", ["insert_rows", "delete_services", "check"])
def test_a_disk_error_leaves_the_map(
    loaded: Workspace, services: list[dict], monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    current = loaded.socialmap.status().generation_id or ""
    files = ds.map_files(loaded)

    def full_disk(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(delta if where == "check" else gen, where, full_disk)
    with pytest.raises(OSError):
        loaded.socialmap.apply_sync(_changes(_edited(services, 2), _ids(services)))
    _assert_unchanged(loaded, files, current)
    monkeypatch.undo()
    assert loaded.socialmap.apply_sync(_changes(_edited(services, 2), _ids(services))).count


def test_only_invalid_changes_are_skipped_and_removed(
    loaded: Workspace, services: list[dict]
) -> None:
    broken = [{"id": services[0]["id"], "name": "Kapot", "status": "active", "email": 12}]
    result = loaded.socialmap.apply_sync(_changes(broken, _ids(services)))
    assert [sid for sid, _ in result.skipped] == [services[0]["id"]]
    assert "email" in result.skipped[0][1]
    assert result.count == len(services) - 1
    with pytest.raises(PohsdError):
        loaded.socialmap.service(services[0]["id"])


def test_a_full_listing_with_few_changes_takes_the_delta(
    loaded: Workspace, services: list[dict]
) -> None:
    listing = copy.deepcopy(services[1:])  # the first one is gone
    listing[0]["name"] = "Inloop De Regenboog"  # a change without a new last_modified
    fetched = Fetched(URL, datetime.now(UTC), listing)
    with loaded.socialmap._open() as con:
        change = delta.from_listing(con, listing)
    assert change is not None
    assert [s["id"] for s in change.changed] == [listing[0]["id"]]
    assert change.withdrawn == {services[0]["id"]}
    result = loaded.socialmap.apply_sync(fetched)
    assert loaded.audit.entries()[0].event == "socialmap.sync"
    assert result.count == len(services) - 1
    assert loaded.socialmap.service(listing[0]["id"])["name"] == "Inloop De Regenboog"


def test_a_full_listing_with_many_changes_is_imported_whole(
    loaded: Workspace, services: list[dict]
) -> None:
    listing = _edited(services, len(services), " Alles nieuw.")
    result = loaded.socialmap.apply_sync(Fetched(URL, datetime.now(UTC), listing))
    assert loaded.audit.entries()[0].event == "socialmap.import"
    assert result.count == len(services)


def test_an_older_format_generation_is_rebuilt(loaded: Workspace, services: list[dict]) -> None:
    with loaded.socialmap._open() as con:
        con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
        assert delta.from_changes(con, [], None) is None
        assert delta.from_listing(con, services) is None
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                    [str(delta.schema.SCHEMA_VERSION)])  # fmt: skip
        assert delta.from_changes(con, [], None) is not None


def test_the_check_catches_rows_missing_from_the_index(
    loaded: Workspace, services: list[dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    current = loaded.socialmap.status().generation_id or ""
    files = ds.map_files(loaded)
    insert = gen.insert_rows

    def without_fts(con: Any, rows: Any, first_rid: int, end_rid: int, **kw: Any) -> None:
        insert(con, rows, first_rid, end_rid, index=False)  # rows, but no FTS entries

    monkeypatch.setattr(gen, "insert_rows", without_fts)
    fresh = {**copy.deepcopy(services[0]), "id": "7d0c6a52-8f43-4d2e-9a57-2b1f0c9e4a11"}
    with pytest.raises(PohsdError) as err:  # the new service's FTS entry is missing
        loaded.socialmap.apply_sync(
            _changes([*_edited(services, 3), fresh], [*_ids(services), fresh["id"]])
        )
    assert err.value.code.name == "DB_CORRUPT"
    _assert_unchanged(loaded, files, current)

    def without_fts_rewrite(con: Any, updated: Any) -> None:
        con.execute("DELETE FROM services_fts")  # as if the rewritten ones lost their entries

    monkeypatch.setattr(replace, "_rewrite_own_rows", without_fts_rewrite)
    with pytest.raises(PohsdError) as err:
        loaded.socialmap.apply_sync(_changes(_edited(services, 3), _ids(services)))
    assert err.value.code.name == "DB_CORRUPT"
    _assert_unchanged(loaded, files, current)


def test_an_edited_service_keeps_its_rid_and_place_and_is_found_by_its_new_name(
    loaded: Workspace, services: list[dict]
) -> None:
    svc = copy.deepcopy(next(s for s in services if s.get("status", "active") == "active"))
    sid, old_name = svc["id"], svc["name"]

    def place() -> tuple[int, int]:
        with loaded.socialmap._open() as con:
            found = con.execute("SELECT rid, qrank FROM service_rank WHERE service_id = ?", [sid])
            return found.fetchone()

    before = place()
    svc["name"] = "Kookcafe Zonnebloem"
    loaded.socialmap.apply_sync(_changes([svc], _ids(services)))
    assert place() == before  # rewritten where it was, not appended
    assert sid in {m.hit.service_id for m in loaded.socialmap.search("Kookcafe Zonnebloem")}
    assert sid in {m.hit.service_id for m in loaded.socialmap.search("kookc")}  # names_fts
    gone = set(words(old_name)) - set(words(svc["name"]))
    assert gone
    with loaded.socialmap._open() as con:
        for word in gone:  # the old name's words no longer find it in the names-only index
            found = con.execute(
                "SELECT rowid FROM names_fts WHERE names_fts MATCH ?", [f'name:"{word}"']
            )
            assert before[1] not in {r[0] for r in found}
        name = con.execute("SELECT name FROM search_text WHERE rid = ?", [before[0]]).fetchone()
        assert name[0] == "Kookcafe Zonnebloem"
    assert ds.fts_ok(loaded)


def test_the_same_services_can_change_twice(loaded: Workspace, services: list[dict]) -> None:
    sm = loaded.socialmap
    sm.apply_sync(_changes(_edited(services, 3), _ids(services)))
    again = _edited(services, 3, " Nogmaals gewijzigd.")  # the newest rids change again
    result = sm.apply_sync(_changes(again, _ids(services)))
    assert result.count == len(services)
    assert sm.service(again[2]["id"])["description"].endswith("Nogmaals gewijzigd.")
    hits = {m.hit.service_id for m in sm.search("Nogmaals gewijzigd")}
    assert {s["id"] for s in again if s.get("status", "active") == "active"} <= hits
    assert ds.fts_ok(loaded)


def test_meta_keeps_the_active_count(loaded: Workspace, services: list[dict]) -> None:
    def counts() -> tuple[int, int]:
        with loaded.socialmap._open() as con:
            scanned = con.execute(f"SELECT count(*) FROM ({delta.ACTIVE_SQL})").fetchone()[0]
            return delta.active_count(con), scanned

    stored, scanned = counts()
    assert stored == scanned == len(_active(services))
    closed = copy.deepcopy([s for s in services if s["id"] in set(_active(services)[:3])])
    for svc in closed:
        svc["status"] = "inactive"
    gone = _active(services)[3]
    reopened = [copy.deepcopy(s) for s in services if s["id"] not in set(_active(services))][:1]
    for svc in reopened:
        svc["status"] = "active"
    keep = [i for i in _ids(services) if i != gone]
    loaded.socialmap.apply_sync(_changes(closed + reopened, keep))
    stored, scanned = counts()
    assert stored == scanned == len(_active(services)) - 4 + len(reopened)


def _rowids(ws: Workspace, table: str, sid: str) -> list[int]:
    with ws.socialmap._open() as con:
        return [r[0] for r in con.execute(f"SELECT rowid FROM {table} WHERE service_id = ?", [sid])]


def test_a_small_edit_rewrites_only_the_tables_that_differ(
    loaded: Workspace, services: list[dict]
) -> None:
    svc = next(s for s in services if s.get("phones") and s.get("service_at_locations"))
    sid = svc["id"]
    before = {t: _rowids(loaded, t, sid) for t in ("locations", "phones", "service_term")}
    assert all(before.values())
    edited = copy.deepcopy(svc)
    edited["description"] = "Nu ook op zaterdag open."
    edited["phones"][0]["number"] = "030 000 0000"
    loaded.socialmap.apply_sync(_changes([edited], _ids(services)))
    after = {t: _rowids(loaded, t, sid) for t in before}
    assert after["locations"] == before["locations"]  # equal rows: left where they were
    assert after["service_term"] == before["service_term"]
    assert after["phones"] != before["phones"]  # the changed table is rewritten
    stored = loaded.socialmap.service(sid)
    assert stored["description"] == "Nu ook op zaterdag open."
    assert stored["phones"][0]["number"] == "030 000 0000"
    hits = {m.hit.service_id for m in loaded.socialmap.search("zaterdag open")}
    assert sid in hits
    with loaded.socialmap._open() as con:
        found = con.execute("SELECT number FROM phones WHERE service_id = ?", [sid])
        numbers = [r[0] for r in found]
    assert "030 000 0000" in numbers
    assert ds.fts_ok(loaded)
