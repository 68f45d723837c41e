"""WGBO retention: a record's term ends 20 years after its newest change; bulk erasure."""

from __future__ import annotations

from datetime import date, timedelta

from pohsd.services.gdpr import add_years, read_ledger_file
from tests.conftest import CANARY_FAMILY
from tests.unit.gdpr_support import backdate, make_canary, other_client


def test_add_years_keeps_the_day_and_handles_leap_days():
    assert add_years(date(2006, 3, 14), 20) == date(2026, 3, 14)
    assert add_years(date(2008, 2, 29), 20) == date(2028, 2, 29)
    assert add_years(date(2004, 2, 29), 21) == date(2025, 2, 28)


def test_the_term_ends_twenty_years_after_the_last_change(workspace):
    client_id = other_client(workspace)
    today = date.today()
    assert workspace.gdpr.past_retention() == []
    end = add_years(today, 20)
    assert workspace.gdpr.past_retention(today=end - timedelta(days=1)) == []
    [item] = workspace.gdpr.past_retention(today=end)
    assert item.client_id == client_id
    assert item.number == client_id.replace("-", "")[:8]
    assert (item.birth_year, item.last_change, item.term_end) == (1962, today, end)
    assert item.name == "Ineke Visser"  # for the screen only
    assert "Visser" not in repr(item)
    assert set(item.to_json()) == {"client_id", "number", "birth_year", "last_change",
                                   "term_end", "archived"}  # fmt: skip


def test_a_backdated_record_is_listed_until_something_under_it_changes(workspace):
    old = other_client(workspace)
    backdate(workspace, old, 21)
    fresh = other_client(workspace)
    [item] = workspace.gdpr.past_retention()
    assert item.client_id == old
    assert item.last_change.year == date.today().year - 21
    intake = workspace.intakes.start(old)  # a new conversation is a change of the record
    assert intake is not None
    assert workspace.gdpr.past_retention() == []
    assert fresh not in {i.client_id for i in workspace.gdpr.past_retention()}


def test_children_count_a_letter_or_referral_note_keeps_the_record(workspace):
    canary = make_canary(workspace)
    backdate(workspace, canary.client_id, 25)
    # the referral note, GP feedback and draft were written today: the record is not due
    assert workspace.gdpr.past_retention() == []


def test_bulk_erase_of_the_chosen_records_one_audit_row_each(workspace, paths):
    first, second, kept = (other_client(workspace) for _ in range(3))
    for client_id in (first, second, kept):
        backdate(workspace, client_id, 22)
    listed = {i.client_id for i in workspace.gdpr.past_retention()}
    assert listed == {first, second, kept}
    assert workspace.gdpr.erase_many([first, second, "already-gone"]) == 2
    assert {c.id for c in workspace.clients.search("", include_archived=True)} == {kept}
    rows = [e for e in workspace.audit.entries() if e.event == "gdpr.erase"]
    assert sorted(e.client_id for e in rows) == sorted([first, second])
    assert read_ledger_file(paths) == {first, second}
    assert workspace.audit.verify()[1] is None


def test_the_listing_is_audited_as_a_search_without_names(workspace):
    make_canary(workspace)
    workspace.gdpr.past_retention(today=date.today() + timedelta(days=365 * 21))
    [entry] = [e for e in workspace.audit.entries() if e.event == "gdpr.retention"]
    assert entry.action == "search"
    assert entry.client_id == ""
    assert CANARY_FAMILY not in repr(entry)
