"""Item models of the Cliënten page (model tester, batches, Dutch texts) and the date field."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from pohsd.domain.client import ClientSummary, HouseholdMember, NetworkPerson
from pohsd.domain.errors import ValidationError
from pohsd.domain.practice import AuditEntry
from ui.models.audit_model import AuditModel, local_time_text
from ui.models.client_list_model import ID_ROLE, ClientListModel
from ui.models.network_model import HouseholdModel, NetworkModel
from ui.widgets.date_edit import DateEdit, parse_date_nl


def summaries(n: int) -> list[ClientSummary]:
    return [
        ClientSummary(
            id=f"id-{i}",
            given_name=f"Voornaam{i}",
            family_name="Jansen",
            birth_date=date(1950 + i % 60, 1 + i % 12, 1 + i % 28),
            postal_code="3562 AB" if i % 2 else "",
            archived=i % 5 == 0,
        )
        for i in range(n)
    ]


def audit_entry(seq: int, action: str, event: str, outcome: str = "success") -> AuditEntry:
    return AuditEntry(
        seq=seq,
        ts_utc="2026-03-07T09:05:00.000+00:00",
        user_name="Sanne de Vries",
        rol="poh",
        workstation="praktijk-pc-2",
        source="app",
        action=action,
        event=event,
        object_type="client",
        object_id="c1",
        client_id="c1",
        outcome=outcome,
        purpose="zorgverlening",
    )


def test_client_list_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = ClientListModel()
    model.set_rows(summaries(450))
    assert model.rowCount() == 200  # first batch only
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # the tester also fetches the remaining batches
    assert model.rowCount() == 450


def test_client_list_model_fetches_in_batches_of_200() -> None:
    model = ClientListModel()
    model.set_rows(summaries(450))
    assert model.total == 450
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    model.clear()
    assert model.rowCount() == 0
    assert model.total == 0


def test_client_list_model_shows_dutch_columns_and_values() -> None:
    model = ClientListModel()
    model.set_rows(summaries(2))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Naam", "Geboortedatum", "Postcode", "Status traject", "Volgende afspraak"]
    first = [model.index(0, c).data() for c in range(5)]
    assert first == ["Voornaam0 Jansen", "01-01-1950", "—", "Gearchiveerd", "—"]
    assert model.index(1, 2).data() == "3562 AB"
    assert model.index(1, 3).data() == "—"
    assert model.index(1, 4).data(ID_ROLE) == "id-1"
    assert model.row_of("id-1") == 1
    assert model.row_of("elders") == -1


def test_audit_model_passes_the_model_tester_and_speaks_dutch(qtmodeltester: Any) -> None:
    model = AuditModel()
    model.set_rows(
        [
            audit_entry(3, "read", "client.bsn_shown"),
            audit_entry(2, "update", "client.archive", outcome="failure"),
            audit_entry(1, "create", "client.create"),
        ]
    )
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(6)] for r in range(3)]
    local = datetime(2026, 3, 7, 9, 5, tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")
    assert rows[0] == [
        local,
        "Sanne de Vries",
        "lezen",
        "BSN getoond",
        "praktijk-pc-2",
        "programma",
    ]
    assert rows[1][2:4] == ["wijzigen", "Gearchiveerd (mislukt)"]
    assert rows[2][2:4] == ["aanmaken", "Dossier aangemaakt"]
    assert model.index(0, 0).data(ID_ROLE) == 3


def test_local_time_text_converts_utc_to_local() -> None:
    moment = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    assert local_time_text(moment.isoformat()) == moment.astimezone().strftime("%d-%m-%Y %H:%M")
    assert local_time_text("onleesbaar") == "onleesbaar"


def test_network_and_household_models(qtmodeltester: Any) -> None:
    network = NetworkModel()
    network.set_rows(
        [
            NetworkPerson("Marieke", "kind", ("mantelzorger", "contactpersoon"), "06 1", True),
            NetworkPerson("Ahmed", "buur", (), "", None),
            NetworkPerson("Bert", "anders", ("bewindvoerder",), "", False),
        ]
    )
    qtmodeltester.check(network)
    assert [network.index(0, c).data() for c in range(5)] == [
        "Marieke",
        "kind",
        "mantelzorger, contactpersoon",
        "06 1",
        "ja",
    ]
    assert [network.index(1, c).data() for c in range(2, 5)] == ["—", "—", "onbekend"]
    assert network.index(2, 4).data() == "nee"
    household = HouseholdModel()
    household.set_rows(
        [HouseholdMember("partner", "Kees", date(1955, 1, 2)), HouseholdMember("kind", "Ali")]
    )
    qtmodeltester.check(household)
    assert [household.index(0, c).data() for c in range(3)] == ["partner", "Kees", "02-01-1955"]
    assert household.index(1, 2).data() == "—"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07-03-1958", date(1958, 3, 7)),
        ("7-3-1958", date(1958, 3, 7)),
        ("7/3/1958", date(1958, 3, 7)),
        ("07.03.1958", date(1958, 3, 7)),
        ("07031958", date(1958, 3, 7)),
        ("1958-03-07", date(1958, 3, 7)),
        ("  ", None),
    ],
)
def test_parse_date_nl_accepts_what_people_type(text: str, expected: date | None) -> None:
    assert parse_date_nl(text) == expected


@pytest.mark.parametrize("text", ["31-02-1980", "7-3-58", "1958", "13-13-2000", "07-03-1958x"])
def test_parse_date_nl_refuses_non_dates(text: str) -> None:
    with pytest.raises(ValueError, match="date"):
        parse_date_nl(text)


def test_date_edit_tidies_and_names_the_rule(qtbot: Any) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert edit.placeholderText() == "dd-mm-jjjj"
    qtbot.keyClicks(edit, "7-3-1958")
    edit.editingFinished.emit()
    assert edit.text() == "07-03-1958"
    assert edit.date_value() == date(1958, 3, 7)
    edit.setText("")
    qtbot.keyClicks(edit, "abc31-02-1980")  # letters are refused while typing
    assert edit.text() == "31-02-1980"
    with pytest.raises(ValidationError) as caught:
        edit.date_value("household[1].birth_date")
    assert (caught.value.field, caught.value.rule) == ("household[1].birth_date", "date_format")
    edit.set_date(None)
    assert edit.date_value() is None


def test_client_list_shows_the_traject_and_the_next_contact() -> None:
    base = dict(given_name="Ans", family_name="Boer", birth_date=date(1960, 1, 1))
    model = ClientListModel()
    model.set_rows([
        ClientSummary(id="a", **base, open_conversation=True, open_referrals=2,
                      next_contact=date(2027, 1, 15)),
        ClientSummary(id="b", **base, open_referrals=1),
        ClientSummary(id="c", **base),
        ClientSummary(id="d", **base, archived=True, open_referrals=1),
    ])  # fmt: skip
    texts = [(model.index(r, 3).data(), model.index(r, 4).data()) for r in range(4)]
    assert texts == [
        ("Gesprek loopt, 2 verwijzingen lopen", "15-01-2027"),
        ("1 verwijzing loopt", "—"),
        ("—", "—"),
        ("Gearchiveerd", "—"),
    ]
