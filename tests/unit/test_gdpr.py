"""AVG export and erasure on a real SQLCipher database: one zip, one transaction, a ledger."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import pytest
from pypdf import PdfReader

from pohsd.domain.enums import Rol
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.services.gdpr import read_ledger_file
from pohsd.workspace import Workspace
from tests.conftest import CANARY_FAMILY, CANARY_GIVEN, TEST_PASSPHRASE
from tests.unit.gdpr_support import ID_ONLY_TABLES, make_canary, other_client, rows_holding


@pytest.fixture
def canary(workspace):
    return make_canary(workspace)


def _events(ws: Workspace, event: str) -> list:
    return [e for e in ws.audit.entries() if e.event == event]


def test_export_writes_one_zip_with_the_three_members(workspace, canary, tmp_path):
    other = other_client(workspace)
    workspace.clients.open(other)  # a row about another client that must not leak
    path = workspace.gdpr.export(canary.client_id, tmp_path / "out", today=date(2026, 12, 1))
    short = canary.client_id.replace("-", "")[:8]
    assert path.name == f"avg-inzage_2026-12-01_{short}.zip"
    assert CANARY_FAMILY not in path.name
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["audit.json", "client.json", "overzicht.pdf"]
        client = json.loads(archive.read("client.json"))
        audit = json.loads(archive.read("audit.json"))
        pdf = archive.read("overzicht.pdf")
    assert client["format"] == "pohsd-client/1"
    assert client["client"]["family_name"] == CANARY_FAMILY
    assert client["referrals"][0]["history"][-1]["to"] == "gestart"
    entries = audit["entries"]
    assert entries
    assert all(canary.client_id in (e["client_id"], e["object_id"]) for e in entries)
    assert {"client.import", "letter.client_summary"} <= {e["event"] for e in entries}
    assert other not in json.dumps(audit)
    assert {"seq", "ts_utc", "user_name", "action", "event"} <= set(entries[0])
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    expected = ("Uw persoonsgegevens", CANARY_FAMILY, "Leefgebied", "Verwijzingen", "Brieven",
                "Samenvatting voor u", "dossier ingezien", "Toestemmingen")  # fmt: skip
    for words in expected:
        assert words in text, words
    exported = _events(workspace, "client.avg_export")
    assert len(exported) == 1
    assert exported[0].client_id == canary.client_id
    assert exported[0].action == "export"


def test_a_second_export_the_same_day_never_overwrites(workspace, canary, tmp_path):
    first = workspace.gdpr.export(canary.client_id, tmp_path, today=date(2026, 12, 1))
    second = workspace.gdpr.export(canary.client_id, tmp_path, today=date(2026, 12, 1))
    assert first != second
    assert first.exists()
    assert second.exists()


def test_export_of_an_unknown_client_writes_nothing_and_logs_nothing(workspace, tmp_path):
    with pytest.raises(PohsdError) as err:
        workspace.gdpr.export("no-such-client", tmp_path / "out")
    assert err.value.code == ErrorCode.NOT_FOUND
    assert not (tmp_path / "out").exists()
    assert _events(workspace, "client.avg_export") == []


def test_erase_removes_every_row_but_keeps_the_audit_log(workspace, canary, paths):
    other = other_client(workspace)
    assert rows_holding(workspace, CANARY_FAMILY)  # the canary is really stored
    before = workspace.audit.verify()
    workspace.gdpr.erase(canary.client_id)
    for needle in (CANARY_FAMILY, CANARY_GIVEN):
        assert rows_holding(workspace, needle) == []
    holding_id = {t.split(".")[0] for t in rows_holding(workspace, canary.client_id)}
    assert holding_id <= ID_ONLY_TABLES
    assert "erasure_ledger" in holding_id
    assert [c.id for c in workspace.clients.search("")] == [other]
    rows, broken = workspace.audit.verify()
    assert broken is None
    assert rows > before[0]
    erased = _events(workspace, "gdpr.erase")
    assert len(erased) == 1
    assert erased[0].client_id == canary.client_id
    assert erased[0].action == "delete"
    assert workspace.gdpr.ledger() == {canary.client_id: date.today()}
    assert read_ledger_file(paths) == {canary.client_id}
    # the WAL was folded back and truncated
    wal = paths.db.with_name(paths.db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_no_canary_in_the_raw_files_after_erase(workspace, canary, paths):
    workspace.gdpr.erase(canary.client_id)
    workspace.close()
    for path in paths.data_dir.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            for marker in (CANARY_FAMILY, CANARY_GIVEN):
                assert marker.encode() not in raw, path.name
                assert marker.encode("utf-16-le") not in raw, path.name


def test_erase_runs_with_secure_delete_and_leaves_no_free_page_behind(workspace, canary):
    """DELETE under secure_delete zeroes the freed cells; the checkpoint empties the WAL."""
    workspace.gdpr.erase(canary.client_id)
    raw = workspace._ctx.engine.raw_connection()
    try:
        cursor = raw.cursor()
        secure = cursor.execute("PRAGMA secure_delete").fetchone()[0]
        busy, wal_pages, _moved = cursor.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        raw.close()
    assert secure == 1  # SQLCipher's default, and the erase sets it too
    assert (busy, wal_pages) == (0, 0)  # nothing of the erase is left in the WAL


def test_erase_of_an_unknown_client_is_not_found_and_records_nothing(workspace, paths):
    with pytest.raises(PohsdError) as err:
        workspace.gdpr.erase("no-such-client")
    assert err.value.code == ErrorCode.NOT_FOUND
    assert workspace.gdpr.ledger() == {}
    assert not paths.erasure_ledger.exists()


def test_replay_erases_a_client_that_came_back(workspace, canary, paths):
    """A restore brings the database back: the ledger file erases the client again."""
    raw = workspace._ctx.engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
    backup = paths.db.read_bytes()  # everything is in the main file now
    workspace.gdpr.erase(canary.client_id)
    assert workspace.gdpr.replay_ledger() == 0  # nothing present: nothing to do
    workspace.close()
    # the restore: the old file comes back (ledger table without the id), the sidecar stays
    for suffix in ("-wal", "-shm"):
        paths.db.with_name(paths.db.name + suffix).unlink(missing_ok=True)
    paths.db.write_bytes(backup)
    ws = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        assert ws.clients.count() == 1
        assert ws.gdpr.ledger() == {}
        assert ws.gdpr.replay_ledger() == 1
        assert ws.clients.count() == 0
        assert rows_holding(ws, CANARY_FAMILY) == []
        assert ws.gdpr.ledger() == {canary.client_id: date.today()}
        replayed = [e for e in ws.audit.entries() if e.event == "gdpr.erase"]
        assert len(replayed) == 1
    finally:
        ws.close()


def test_replay_takes_extra_ids_and_writes_both_ledgers(workspace, paths):
    first, second = other_client(workspace), other_client(workspace)
    assert workspace.gdpr.replay_ledger([first, "gone-already"]) == 1
    assert {c.id for c in workspace.clients.search("")} == {second}
    assert set(workspace.gdpr.ledger()) == {first, "gone-already"}
    assert read_ledger_file(paths) == {first, "gone-already"}


def test_a_damaged_ledger_file_is_refused(paths):
    paths.ensure()
    paths.erasure_ledger.write_text("{not json", encoding="utf-8")
    with pytest.raises(PohsdError) as err:
        read_ledger_file(paths)
    assert err.value.code == ErrorCode.STORAGE_ERROR
    paths.erasure_ledger.unlink()
    assert read_ledger_file(paths) == set()


def test_roles_a_huisarts_may_not_erase_and_a_poh_only_without_beheerder(workspace, paths):
    client = other_client(workspace)
    workspace.add_user("arts", TEST_PASSPHRASE, rol=Rol.HUISARTS, kdf=WEAK_TEST_PARAMS,
                       allow_weak_kdf=True)  # fmt: skip
    assert workspace.gdpr.may_erase()  # sanne is a poh and there is no beheerder yet
    workspace.add_user("beheer", TEST_PASSPHRASE, rol=Rol.BEHEERDER, kdf=WEAK_TEST_PARAMS,
                       allow_weak_kdf=True)  # fmt: skip
    assert not workspace.gdpr.may_erase()
    with pytest.raises(PohsdError) as err:
        workspace.gdpr.erase(client)
    assert err.value.params["rule"] == "erase_not_allowed"
    workspace.close()
    for name, allowed in (("arts", False), ("beheer", True)):
        ws = Workspace.unlock(paths, name, TEST_PASSPHRASE, allow_weak_kdf=True)
        try:
            assert ws.gdpr.may_erase() is allowed
        finally:
            ws.close()
    ws = Workspace.unlock(paths, "beheer", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        ws.gdpr.erase(client)
        assert ws.clients.count() == 0
    finally:
        ws.close()
