"""Cliënten page end to end: dialog, validation, search, record, BSN, archive, lock."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from pohsd.domain.changes import Changes
from pohsd.domain.client import Address, ClientInput, HouseholdMember, NetworkPerson
from pohsd.domain.enums import Gender
from tests.ui.intake_support import WAIT_MS, db, runner
from ui.bridge import ChangeBridge
from ui.dialogs.client_edit_dialog import ClientEditDialog
from ui.tasks import TaskRunner
from ui.widgets.clients_page import ClientsPage

__all__ = ["runner"]
# The offscreen platform plugin says this whenever a dialog is shown; it is not our warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


# -- fixtures: the runner (a DB thread owning a fresh workspace) comes from intake_support --


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[ClientsPage]:
    widget = ClientsPage(runner, ChangeBridge(), editor_factory=ClientEditDialog)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    with qtbot.waitSignal(widget.list_vm.results_changed, timeout=WAIT_MS):
        widget.refresh()
    yield widget
    widget.clear()
    qtbot.waitUntil(lambda: not runner.busy_state["now"], timeout=WAIT_MS)  # type: ignore[attr-defined]


def add_client(qtbot: Any, runner: TaskRunner, data: ClientInput) -> str:
    client, _changes = db(qtbot, runner, lambda ws: ws.clients.create(data))
    return client.id


def reload(qtbot: Any, page: ClientsPage) -> None:
    with qtbot.waitSignal(page.list_vm.results_changed, timeout=WAIT_MS):
        page.list_vm.search_now()


def names(page: ClientsPage) -> list[str]:
    model = page.list_vm.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def search(qtbot: Any, page: ClientsPage, text: str) -> list[str]:
    field = page.list_view.search
    field.setText("")
    with qtbot.waitSignal(page.list_vm.results_changed, timeout=WAIT_MS):
        qtbot.keyClicks(field, text)
    return names(page)


def editor(qtbot: Any, page: ClientsPage) -> ClientEditDialog:
    qtbot.waitUntil(lambda: page.findChild(ClientEditDialog) is not None, timeout=WAIT_MS)
    dialog = page.findChild(ClientEditDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def field(dialog: QWidget, name: str) -> Any:
    widget = dialog.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def type_basics(qtbot: Any, dialog: ClientEditDialog, *, birth: str = "07-03-1958") -> None:
    qtbot.keyClicks(field(dialog, "client_given_name"), "Johanna")
    qtbot.keyClicks(field(dialog, "client_family_name"), "de Vries")
    qtbot.keyClicks(field(dialog, "client_birth_date"), birth)


def open_record(qtbot: Any, page: ClientsPage, row: int = 0) -> None:
    table = page.list_view.table
    rect = table.visualRect(page.list_vm.model.index(row, 0))
    # a real double-click: QTest's mouseDClick alone skips the first press and release
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.record_vm.log_loaded, timeout=WAIT_MS):
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.stack.currentWidget() is page.record_view


def log_rows(page: ClientsPage) -> list[tuple[str, str]]:
    model = page.record_vm.audit_model
    return [(model.index(r, 2).data(), model.index(r, 3).data()) for r in range(model.rowCount())]


def count(qtbot: Any, runner: TaskRunner) -> int:
    return db(qtbot, runner, lambda ws: ws.clients.count())


JOHANNA = ClientInput(
    given_name="Johanna",
    family_name="de Vries-Bakker",
    birth_date=date(1958, 3, 7),
    gender=Gender.VROUW,
    bsn="111222333",
    address=Address("Kastanjelaan", "12", "bis", "3562AB", "Utrecht"),
    phone="06 24681357",
    email="johanna@example.nl",
    responsible_gp="dr. A. de Wit",
    household=(HouseholdMember("partner", "Kees", date(1955, 1, 2)),),
    network=(NetworkPerson("Marieke", "kind", ("mantelzorger",), "06 87654321", True),),
)


# -- creating through the dialog ------------------------------------------------------------


def test_create_client_by_typing_shows_it_in_the_list(qtbot: Any, page: ClientsPage) -> None:
    assert page.list_view.stack.currentWidget() is page.list_view.empty
    assert "Geen cliënten gevonden" in page.list_view.empty.text()
    page.new_client()
    dialog = editor(qtbot, page)
    assert dialog.windowTitle() == "Nieuwe cliënt"
    type_basics(qtbot, dialog, birth="7-3-1958")
    gender = field(dialog, "client_gender")
    gender.setCurrentIndex(gender.findData("vrouw"))
    qtbot.keyClicks(field(dialog, "client_postal_code"), "3562ab")
    qtbot.keyClicks(field(dialog, "client_city"), "Utrecht")
    qtbot.mouseClick(field(dialog, "household_add"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(dialog, "household_0_given_name"), "Kees")
    qtbot.mouseClick(field(dialog, "network_add"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(dialog, "network_0_naam"), "Marieke")
    field(dialog, "network_0_rol").menu().actions()[0].setChecked(True)
    with (
        qtbot.waitSignal(page.list_vm.results_changed, timeout=WAIT_MS),
        qtbot.waitSignal(dialog.saved, timeout=WAIT_MS),
    ):
        qtbot.mouseClick(field(dialog, "client_save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(ClientEditDialog) is None, timeout=WAIT_MS)
    assert names(page) == ["Johanna de Vries"]
    model = page.list_vm.model
    assert [model.index(0, c).data() for c in range(5)] == [
        "Johanna de Vries",
        "07-03-1958",
        "3562 AB",
        "—",
        "—",
    ]
    assert page.list_view.table.currentIndex().row() == 0  # the new client is selected
    stored = db(qtbot, page._runner, lambda ws: ws.clients.open(model.row_object(0).id))
    assert stored.household[0].given_name == "Kees"
    assert stored.network[0].rol == ("mantelzorger",)


def test_ctrl_enter_saves(qtbot: Any, page: ClientsPage) -> None:
    page.new_client()
    dialog = editor(qtbot, page)
    type_basics(qtbot, dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.keyClick(
            field(dialog, "client_birth_date"),
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier,
        )
    assert count(qtbot, page._runner) == 1


def test_invalid_bsn_is_shown_beside_the_field_and_nothing_is_stored(
    qtbot: Any, page: ClientsPage
) -> None:
    page.new_client()
    dialog = editor(qtbot, page)
    type_basics(qtbot, dialog)
    bsn = field(dialog, "client_bsn_edit")
    qtbot.keyClicks(bsn, "123456789")
    qtbot.mouseClick(field(dialog, "client_save"), Qt.MouseButton.LeftButton)
    error = field(dialog, "error_bsn")
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert error.text().startswith("Dit BSN klopt niet (elfproef)")
    assert dialog.isVisible()
    assert dialog.focusWidget() is bsn
    assert "niets opgeslagen" in field(dialog, "client_form_status").text()
    assert count(qtbot, page._runner) == 0
    # correcting it clears the message and saves
    bsn.setText("111222333")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(field(dialog, "client_save"), Qt.MouseButton.LeftButton)
    assert count(qtbot, page._runner) == 1


def test_invalid_postcode_message(qtbot: Any, page: ClientsPage) -> None:
    page.new_client()
    dialog = editor(qtbot, page)
    type_basics(qtbot, dialog)
    postcode = field(dialog, "client_postal_code")
    qtbot.keyClicks(postcode, "12345")
    qtbot.mouseClick(field(dialog, "client_save"), Qt.MouseButton.LeftButton)
    error = field(dialog, "error_address_postal_code")
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert error.text() == "Schrijf de postcode als 1234 AB."
    assert dialog.focusWidget() is postcode
    assert count(qtbot, page._runner) == 0


def test_impossible_date_gives_date_format(qtbot: Any, page: ClientsPage) -> None:
    page.new_client()
    dialog = editor(qtbot, page)
    type_basics(qtbot, dialog, birth="31-02-1980")
    qtbot.mouseClick(field(dialog, "client_save"), Qt.MouseButton.LeftButton)
    error = field(dialog, "error_birth_date")
    assert error.isVisible()  # found before anything reaches the core
    assert error.text() == "Schrijf de datum als dd-mm-jjjj."
    assert dialog.focusWidget() is field(dialog, "client_birth_date")
    assert count(qtbot, page._runner) == 0


def test_network_error_appears_on_its_row(qtbot: Any, page: ClientsPage) -> None:
    page.new_client()
    dialog = editor(qtbot, page)
    type_basics(qtbot, dialog)
    qtbot.mouseClick(field(dialog, "network_add"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(field(dialog, "network_add"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(dialog, "network_0_naam"), "Marieke")
    qtbot.keyClicks(field(dialog, "network_1_naam"), "Ahmed")
    qtbot.keyClicks(field(dialog, "network_1_telefoon"), "12")
    qtbot.mouseClick(field(dialog, "client_save"), Qt.MouseButton.LeftButton)
    error = field(dialog, "network_1_error")
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert error.text().startswith("Dit telefoonnummer klopt niet")
    assert not field(dialog, "network_0_error").isVisible()
    assert dialog.focusWidget() is field(dialog, "network_1_telefoon")
    # removing the row renumbers the rest and lets the client be saved
    qtbot.mouseClick(field(dialog, "network_1_remove"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QWidget, "network_1_naam") is None
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(field(dialog, "client_save"), Qt.MouseButton.LeftButton)
    assert count(qtbot, page._runner) == 1


# -- list and search ------------------------------------------------------------------------


def test_search_by_name_date_or_postcode_narrows_the_list(
    qtbot: Any, page: ClientsPage, runner: TaskRunner
) -> None:
    add_client(qtbot, runner, JOHANNA)
    add_client(
        qtbot,
        runner,
        ClientInput("Piet", "Jansen", date(1980, 1, 15), address=Address(postal_code="3511 AA")),
    )
    add_client(
        qtbot,
        runner,
        ClientInput(
            "Fatima", "El Amrani", date(1991, 11, 2), address=Address(postal_code="3562CD")
        ),
    )
    reload(qtbot, page)
    assert len(names(page)) == 3
    searches_before = len(db(qtbot, runner, lambda ws: ws.audit.entries()))
    assert search(qtbot, page, "jans") == ["Piet Jansen"]
    # one audited search for four keystrokes: it waits 150 ms after the last one
    entries = db(qtbot, runner, lambda ws: ws.audit.entries())
    assert len(entries) == searches_before + 1
    assert entries[0].action == "search"
    assert search(qtbot, page, "02-11-1991") == ["Fatima El Amrani"]
    assert search(qtbot, page, "3562") == ["Johanna de Vries-Bakker", "Fatima El Amrani"]
    assert search(qtbot, page, "3562 ab") == ["Johanna de Vries-Bakker"]
    assert search(qtbot, page, "niemand") == []
    assert page.list_view.stack.currentWidget() is page.list_view.empty


def test_keyboard_opens_and_escape_returns(
    qtbot: Any, page: ClientsPage, runner: TaskRunner
) -> None:
    add_client(qtbot, runner, JOHANNA)
    reload(qtbot, page)
    page.focus_search()
    qtbot.keyClick(page.list_view.search, Qt.Key.Key_Down)
    assert page.list_view.table.currentIndex().row() == 0
    with qtbot.waitSignal(page.record_vm.loaded, timeout=WAIT_MS):
        qtbot.keyClick(page.list_view.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.record_view
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(page.record_view.tabs, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.list_view


# -- the record -----------------------------------------------------------------------------


def test_opening_a_record_is_a_read_in_the_logboek(
    qtbot: Any, page: ClientsPage, runner: TaskRunner
) -> None:
    client_id = add_client(qtbot, runner, JOHANNA)
    reload(qtbot, page)
    open_record(qtbot, page)
    rv = page.record_view
    assert rv.name_label.text() == "Johanna de Vries-Bakker"
    assert "3562 AB" in rv.facts_label.text()
    assert "dr. A. de Wit" in rv.facts_label.text()
    assert "jaar (07-03-1958)" in rv.facts_label.text()
    assert rv.values["street"].text() == "Kastanjelaan 12 bis"
    assert rv.values["gender"].text() == "vrouw"
    titles = [rv.tabs.tabText(i) for i in range(rv.tabs.count())]
    assert titles == [
        "Overzicht",
        "Gesprekken",
        "Plan",
        "Uitkomsten",
        "Verwijzingen",
        "Documenten",
        "Netwerk",
        "Toestemmingen",
        "Logboek",
    ]
    placeholder = rv.tab_pages["plan"].findChild(QLabel)
    assert placeholder is not None
    assert placeholder.text() == "Komt in een volgende versie."
    assert ("lezen", "Dossier geopend") in log_rows(page)
    assert ("aanmaken", "Dossier aangemaakt") in log_rows(page)
    stamp = page.record_vm.audit_model.index(0, 0).data()
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", stamp)  # local time, dd-mm-jjjj HH:MM
    assert page.record_vm.audit_model.index(0, 1).data() == "Sanne de Vries"
    assert page.record_vm.audit_model.index(0, 5).data() == "programma"
    log = db(qtbot, runner, lambda ws: ws.clients.access_log(client_id))
    assert (log[0].action, log[0].event) == ("read", "client.open")
    # Netwerk tab
    network = page.record_vm.network_model
    assert [network.index(0, c).data() for c in range(5)] == [
        "Marieke",
        "kind",
        "mantelzorger",
        "06 87654321",
        "ja",
    ]
    assert page.record_vm.household_model.index(0, 2).data() == "02-01-1955"
    qtbot.mouseClick(rv.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.list_view


def test_toon_bsn_reveals_it_and_is_audited(
    qtbot: Any, page: ClientsPage, runner: TaskRunner
) -> None:
    client_id = add_client(qtbot, runner, JOHANNA)
    reload(qtbot, page)
    open_record(qtbot, page)
    rv = page.record_view
    assert "111222333" not in rv.bsn_label.text()
    assert "•" in rv.bsn_label.text()
    with qtbot.waitSignal(page.record_vm.log_loaded, timeout=WAIT_MS):
        qtbot.mouseClick(rv.bsn_button, Qt.MouseButton.LeftButton)
    assert rv.bsn_label.text() == "BSN: 111222333"
    assert rv.bsn_button.text() == "Verberg BSN"
    assert ("lezen", "BSN getoond") in log_rows(page)
    events = [e.event for e in db(qtbot, runner, lambda ws: ws.clients.access_log(client_id))]
    assert events.count("client.bsn_shown") == 1
    qtbot.mouseClick(rv.bsn_button, Qt.MouseButton.LeftButton)  # hiding again is not a read
    assert "111222333" not in rv.bsn_label.text()


def test_edit_changes_the_name(qtbot: Any, page: ClientsPage, runner: TaskRunner) -> None:
    add_client(qtbot, runner, JOHANNA)
    reload(qtbot, page)
    open_record(qtbot, page)
    qtbot.mouseClick(page.record_view.edit_button, Qt.MouseButton.LeftButton)
    network_id = page.record_vm.client.network[0].id
    dialog = editor(qtbot, page)
    assert dialog.windowTitle() == "Cliënt bewerken"  # never the client's name
    given = field(dialog, "client_given_name")
    assert given.text() == "Johanna"
    assert field(dialog, "client_birth_date").text() == "07-03-1958"
    assert field(dialog, "household_0_given_name").text() == "Kees"
    assert field(dialog, "network_0_naam").text() == "Marieke"
    assert field(dialog, "client_bsn_edit").echoMode() == QLineEdit.EchoMode.Password
    given.setText("")
    qtbot.keyClicks(given, "Jo")
    with qtbot.waitSignal(page.record_vm.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(field(dialog, "client_save"), Qt.MouseButton.LeftButton)
    assert page.record_view.name_label.text() == "Jo de Vries-Bakker"
    qtbot.waitUntil(lambda: names(page) == ["Jo de Vries-Bakker"], timeout=WAIT_MS)
    stored = db(qtbot, runner, lambda ws: ws.clients.open(page.record_vm.client.id))
    assert stored.given_name == "Jo"
    assert stored.bsn == "111222333"  # the masked BSN survived the edit
    assert [p.id for p in stored.network] == [network_id]  # rows keep their identity


def test_archive_hides_from_list_unless_toon_gearchiveerd(
    qtbot: Any, page: ClientsPage, runner: TaskRunner
) -> None:
    add_client(qtbot, runner, JOHANNA)
    reload(qtbot, page)
    open_record(qtbot, page)
    rv = page.record_view
    qtbot.mouseClick(rv.archive_button, Qt.MouseButton.LeftButton)
    assert rv.confirm_frame.isVisible()
    assert "niets verwijderd" in rv.confirm_text.text()
    with qtbot.waitSignal(page.list_vm.results_changed, timeout=WAIT_MS):
        qtbot.mouseClick(rv.confirm_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rv.archive_button.text() == "Terugzetten uit archief", timeout=WAIT_MS)
    assert rv.archived_label.isVisible()
    qtbot.mouseClick(rv.back_button, Qt.MouseButton.LeftButton)
    assert names(page) == []
    with qtbot.waitSignal(page.list_vm.results_changed, timeout=WAIT_MS):
        qtbot.mouseClick(page.list_view.show_archived, Qt.MouseButton.LeftButton)
    assert names(page) == ["Johanna de Vries-Bakker"]
    assert page.list_vm.model.index(0, 3).data() == "Gearchiveerd"
    assert count(qtbot, runner) == 1  # archived, never deleted
    # and back again
    open_record(qtbot, page)
    qtbot.mouseClick(rv.archive_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rv.confirm_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rv.archive_button.text() == "Archiveren", timeout=WAIT_MS)
    assert not rv.archived_label.isVisible()


# -- lock -----------------------------------------------------------------------------------

SECRETS = (
    "Johanna",
    "Vries-Bakker",
    "07-03-1958",
    "111222333",
    "Kastanjelaan",
    "3562 AB",
    "06 24681357",
    "johanna@example.nl",
    "Kees",
    "Marieke",
    "06 87654321",
)


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person or a screen reader could get from the widget tree under `root`."""
    found = [root.windowTitle()]
    for label in root.findChildren(QLabel):
        found.append(label.text())
    for edit in root.findChildren(QLineEdit):
        found += [edit.text(), edit.placeholderText()]
    for button in root.findChildren(QAbstractButton):
        found += [button.text(), button.toolTip()]
    for combo in root.findChildren(QComboBox):
        found.append(combo.currentText())
    for model in root.findChildren(QAbstractItemModel):
        while model.canFetchMore(model.index(-1, -1)):
            model.fetchMore(model.index(-1, -1))
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.index(row, column).data(role)
                    if value is not None:
                        found.append(str(value))
    return found


def test_clear_removes_every_client_datum(
    qtbot: Any, page: ClientsPage, runner: TaskRunner
) -> None:
    add_client(qtbot, runner, JOHANNA)
    reload(qtbot, page)
    page.list_view.search.setText("Johanna")
    open_record(qtbot, page)
    with qtbot.waitSignal(page.record_vm.bsn_revealed, timeout=WAIT_MS):
        qtbot.mouseClick(page.record_view.bsn_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.record_view.edit_button, Qt.MouseButton.LeftButton)
    dialog = editor(qtbot, page)
    before = " ".join(visible_texts(page))
    assert all(secret in before for secret in SECRETS)  # the walk does see the data

    page.clear()

    assert not dialog.isVisible()
    roots = [page, *QApplication.topLevelWidgets()]
    after = " ".join(text for root in roots for text in visible_texts(root))
    leaked = [secret for secret in SECRETS if secret in after]
    assert leaked == []
    assert page.stack.currentWidget() is page.list_view
    # after unlocking again the list comes back
    with qtbot.waitSignal(page.list_vm.results_changed, timeout=WAIT_MS):
        page.refresh()
    assert names(page) == ["Johanna de Vries-Bakker"]


# -- accessibility --------------------------------------------------------------------------


def unnamed_focusable(root: QWidget) -> list[str]:
    """Focusable widgets of `root`'s window without an objectName or an accessibleName."""
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window():
            continue  # combo popups live in their own windows
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


def test_every_interactive_widget_is_named(
    qtbot: Any, page: ClientsPage, runner: TaskRunner
) -> None:
    add_client(qtbot, runner, JOHANNA)
    reload(qtbot, page)
    open_record(qtbot, page)
    assert unnamed_focusable(page) == []
    qtbot.mouseClick(page.record_view.edit_button, Qt.MouseButton.LeftButton)
    dialog = editor(qtbot, page)
    assert unnamed_focusable(dialog) == []


def test_a_hidden_list_does_not_search_until_shown(
    qtbot: Any, page: ClientsPage, runner: TaskRunner
) -> None:
    page.hide()
    before = len(db(qtbot, runner, lambda ws: ws.audit.entries()))
    add_client(qtbot, runner, JOHANNA)
    page._bridge.publish(Changes(clients=True))
    qtbot.wait(400)
    after = db(qtbot, runner, lambda ws: ws.audit.entries())
    assert [e.action for e in after[: len(after) - before]] == ["create"]  # no unseen search
    with qtbot.waitSignal(page.list_vm.results_changed, timeout=WAIT_MS):
        page.show()
    assert names(page) == ["Johanna de Vries-Bakker"]
