"""NEN 7513 audit log: rows per action, append-only triggers, HMAC chain catches edits."""

from datetime import date

import pytest
import sqlcipher3

from pohsd.domain.client import ClientInput
from pohsd.store.engine import connect
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE


def _raw(paths):
    key = Workspace.derive_keys(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True).keys[0]
    return connect(paths.db, key)


def _with_clients(workspace, n=3):
    ids = []
    for i in range(n):
        client, _ = workspace.clients.create(ClientInput(f"Naam{i}", "Test", date(1990, 1, 1)))
        ids.append(client.id)
    return ids


def test_actions_are_logged_with_ids_only(workspace):
    (cid,) = _with_clients(workspace, 1)
    workspace.clients.search("Naam0")
    workspace.clients.open(cid)
    events = [(e.action, e.event) for e in workspace.audit.entries()]
    assert ("create", "client.create") in events
    assert ("search", "client.search") in events
    assert ("read", "client.open") in events
    assert ("login", "session.unlock") not in events  # created, not unlocked
    log = workspace.clients.access_log(cid)
    assert {e.event for e in log} == {"client.create", "client.open"}
    assert all(e.client_id == cid and e.user_name == "Sanne de Vries" for e in log)
    assert all(e.workstation for e in log)


def test_search_logs_hit_count_not_the_term(paths, workspace):
    _with_clients(workspace, 2)
    workspace.clients.search("Naam1")
    con = _raw(paths)
    row = con.execute(
        "SELECT detail_code FROM audit_log WHERE event='client.search' ORDER BY seq DESC"
    ).fetchone()
    everything = " ".join(str(v) for r in con.execute("SELECT * FROM audit_log") for v in r)
    con.close()
    assert row[0] == "hits=1"
    assert "Naam1" not in everything


def test_triggers_reject_update_and_delete(paths, workspace):
    _with_clients(workspace)
    con = _raw(paths)
    with pytest.raises(sqlcipher3.IntegrityError):
        con.execute("UPDATE audit_log SET action='read' WHERE seq=2")
    with pytest.raises(sqlcipher3.IntegrityError):
        con.execute("DELETE FROM audit_log WHERE seq=2")
    con.close()
    assert workspace.audit.verify()[1] is None


def _tamper(paths, sql):
    con = _raw(paths)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute(sql)
    con.close()


def test_chain_whole_after_normal_use(workspace):
    _with_clients(workspace)
    rows, broken = workspace.audit.verify()
    assert rows >= 5
    assert broken is None


def test_chain_names_an_edited_row(paths, workspace):
    _with_clients(workspace)
    _tamper(paths, "UPDATE audit_log SET user_id='someone-else' WHERE seq=4")
    assert workspace.audit.verify()[1] == 4


def test_chain_names_a_deleted_row(paths, workspace):
    _with_clients(workspace)
    _tamper(paths, "DELETE FROM audit_log WHERE seq=3")
    assert workspace.audit.verify()[1] == 3


def test_chain_notices_the_newest_row_removed(paths, workspace):
    _with_clients(workspace)
    rows, _ = workspace.audit.verify()
    _tamper(paths, f"DELETE FROM audit_log WHERE seq={rows}")
    assert workspace.audit.verify()[1] == rows


def test_chain_survives_key_rotation(workspace):
    from pohsd.security.kdf import WEAK_TEST_PARAMS

    _with_clients(workspace)
    workspace.add_user("piet", "pietjes lange zin", kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True)
    workspace.remove_user("piet")
    _with_clients(workspace, 1)
    events = [e.event for e in workspace.audit.entries()]
    assert "key.rotate" in events
    assert workspace.audit.verify()[1] is None


def test_removed_newest_rows_stay_visible_after_new_activity(paths, created):
    ws, _ = created
    _with_clients(ws)
    rows, _ = ws.audit.verify()
    ws.close()  # writes a lock row: rows + 1
    _tamper(paths, f"DELETE FROM audit_log WHERE seq>={rows}")
    again = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        assert again.audit.verify()[1] == rows
    finally:
        again.close()
