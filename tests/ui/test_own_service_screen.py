"""Eigen aanbod in the Sociale kaart: add, find with "eigen", edit, retire, offer again, export."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from pohsd.domain.own_service import OpeningTime, OwnServiceInput
from tests.ui.intake_support import WAIT_MS, db, runner, settle
from ui.models.service_model import ROW_ROLE, ResultRow
from ui.tasks import TaskRunner
from ui.widgets.own_service_dialog import OwnServiceDialog
from ui.widgets.own_services_list import OwnServicesDialog
from ui.widgets.socialmap_page import SocialMapPage

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DEMO = Path(__file__).resolve().parents[2] / "resources" / "socialmap" / "demo"
NAME = "Wandelclub De Linde"


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[SocialMapPage]:
    db(qtbot, runner, lambda ws: ws.socialmap.import_path(DEMO))
    widget = SocialMapPage(runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.vm.results_changed, timeout=WAIT_MS):
        widget.show()
    yield widget
    widget.clear()
    settle(qtbot, runner)


def rows(page: SocialMapPage) -> list[ResultRow]:
    return [page.model.index(n, 0).data(ROW_ROLE) for n in range(page.model.rowCount())]


def search(qtbot: Any, page: SocialMapPage, text: str) -> list[ResultRow]:
    page.view.search.clear()
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        qtbot.keyClicks(page.view.search, text)
    return rows(page)


def shown_texts(page: SocialMapPage) -> list[str]:
    return [page.model.index(n, 0).data() for n in range(page.model.rowCount())]


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick_topic(qtbot: Any, dialog: OwnServiceDialog, code: str) -> None:
    tree = dialog.form.tree
    tree.setFocus()
    tree.setCurrentItem(dialog.form.topic_items[code])
    qtbot.keyClick(tree, Qt.Key.Key_Space)


def open_add(qtbot: Any, page: SocialMapPage) -> OwnServiceDialog:
    click(qtbot, page.view.own_add_button)
    dialog = page.own.editor
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Eigen aanbod toevoegen"
    return dialog


def fill_basic(qtbot: Any, dialog: OwnServiceDialog) -> None:
    f = dialog.form
    qtbot.keyClicks(f.name, NAME)
    qtbot.keyClicks(f.organization, "Buurtvereniging De Linde")
    qtbot.keyClicks(f.description, "Elke dinsdag samen wandelen door het park, met koffie na.")
    click(qtbot, f.toegang_buttons["aanmelding"])
    qtbot.keyClicks(f.street, "Parklaan 3")
    qtbot.keyClicks(f.postal_code, "3511 AB")
    qtbot.keyClicks(f.city, "Utrecht")
    tuesday = f.days[1]
    assert not tuesday.opens.isEnabled()
    click(qtbot, tuesday.check)
    assert tuesday.opens.isEnabled()


def add_entry(qtbot: Any, page: SocialMapPage) -> str:
    dialog = open_add(qtbot, page)
    fill_basic(qtbot, dialog)
    tick_topic(qtbot, dialog, "meedoen.ontmoeting")
    ids: list[str] = []
    dialog.saved.connect(ids.append)
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):  # the refresh after saving
        click(qtbot, dialog.save_button)
    assert page.own.editor is None  # closed
    return ids[0]


def test_add_then_found_with_eigen_mark(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage
) -> None:
    sid = add_entry(qtbot, page)
    qtbot.waitUntil(lambda: page.detail.title.text() == NAME, timeout=WAIT_MS)  # shown at once
    assert page.detail.service_id == sid
    stored = db(qtbot, runner, lambda ws: ws.socialmap.own.get(sid))
    assert stored.data.topics == ("meedoen.ontmoeting",)
    assert stored.data.toegang == "aanmelding"
    assert stored.data.opening == (OpeningTime("TU", "09:00", "12:00"),)
    assert stored.data.postal_code == "3511 AB"

    found = search(qtbot, page, "Wandelclub")
    assert [r.name for r in found] == [NAME]
    assert found[0].own
    text = shown_texts(page)[0]
    assert "Buurtvereniging De Linde · eigen aanbod" in text
    assert "Ontmoeting en eenzaamheid" in text
    others = search(qtbot, page, "schulden")
    assert others
    assert not any("eigen aanbod" in t for t in shown_texts(page))

    search(qtbot, page, "wandelen park")  # a word from the description
    page.view.list.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.detail.title.text() == NAME, timeout=WAIT_MS)
    assert page.detail.own_chip.isVisible()
    assert page.detail.own_chip.text() == "eigen aanbod"
    assert page.detail.own_edit.isVisible()
    assert page.detail.own_offer.text() == "Niet meer aanbieden"
    assert page.findChild(QLabel, "service_hours").text() == "di 09:00–12:00"


def test_edit_from_the_detail(qtbot: Any, runner: TaskRunner, page: SocialMapPage) -> None:
    sid = add_entry(qtbot, page)
    search(qtbot, page, "Wandelclub")
    page.view.list.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.detail.service_id == sid, timeout=WAIT_MS)
    click(qtbot, page.detail.own_edit)
    dialog = page.own.editor
    assert dialog is not None
    assert dialog.windowTitle() == "Eigen aanbod bewerken"
    qtbot.waitUntil(lambda: dialog.form.name.text() == NAME, timeout=WAIT_MS)
    assert dialog.form.toegang_buttons["aanmelding"].isChecked()
    assert dialog.form.days[1].check.isChecked()
    assert dialog.form.topic_items["meedoen.ontmoeting"].checkState(0) == Qt.CheckState.Checked
    dialog.form.name.selectAll()
    qtbot.keyClicks(dialog.form.name, "Wandelgroep Parkzicht")
    tick_topic(qtbot, dialog, "meedoen.sport")
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        qtbot.keyClick(dialog.form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.detail.title.text() == "Wandelgroep Parkzicht", timeout=WAIT_MS)
    assert page.own.editor is None  # Ctrl+Enter saved and closed it
    entry = db(qtbot, runner, lambda ws: ws.socialmap.own.get(sid))
    assert entry.data.name == "Wandelgroep Parkzicht"
    assert set(entry.data.topics) == {"meedoen.ontmoeting", "meedoen.sport"}
    assert [r.service_id for r in search(qtbot, page, "Parkzicht")] == [sid]
    assert search(qtbot, page, "Wandelclub") == []


def test_retire_list_and_offer_again(qtbot: Any, runner: TaskRunner, page: SocialMapPage) -> None:
    sid = add_entry(qtbot, page)
    search(qtbot, page, "Wandelclub")
    page.view.list.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.detail.service_id == sid, timeout=WAIT_MS)
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        click(qtbot, page.detail.own_offer)
    assert rows(page) == []
    assert page.detail.message.text().startswith("Niet meer aangeboden:")
    assert page.detail.own_offer.text() == "Weer aanbieden"  # the way back, right there
    assert db(qtbot, runner, lambda ws: ws.socialmap.own.get(sid).retired)
    assert search(qtbot, page, "Wandelclub") == []

    click(qtbot, page.view.own_list_button)
    listing = page.own.list_dialog
    assert isinstance(listing, OwnServicesDialog)
    qtbot.waitUntil(lambda: listing.row_texts() == [(NAME, "niet meer aangeboden", True)])
    grey = listing.table.topLevelItem(0).foreground(0).color()
    assert grey != listing.palette().color(listing.palette().ColorRole.Text)
    assert listing.offer_button.text() == "Weer aanbieden"
    assert not listing.export_button.isEnabled()  # nothing offered to export
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        click(qtbot, listing.offer_button)
    qtbot.waitUntil(lambda: listing.row_texts() == [(NAME, "aangeboden", False)])
    assert listing.offer_button.text() == "Niet meer aanbieden"
    assert [r.service_id for r in rows(page)] == [sid]  # back in the results at once
    click(qtbot, listing.close_button)
    assert page.own.list_dialog is None


def test_offer_again_from_the_detail(qtbot: Any, runner: TaskRunner, page: SocialMapPage) -> None:
    sid = add_entry(qtbot, page)
    qtbot.waitUntil(lambda: page.detail.service_id == sid, timeout=WAIT_MS)
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        click(qtbot, page.detail.own_offer)
    assert sid not in [r.service_id for r in rows(page)]
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        click(qtbot, page.detail.own_offer)  # now "Weer aanbieden"
    assert sid in [r.service_id for r in rows(page)]
    qtbot.waitUntil(lambda: page.detail.own_offer.text() == "Niet meer aanbieden", timeout=WAIT_MS)
    assert not page.detail.message.isVisible()
    assert not db(qtbot, runner, lambda ws: ws.socialmap.own.get(sid).retired)


def test_add_from_the_list_and_export_a_zip(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage, tmp_path: Path, monkeypatch: Any
) -> None:
    click(qtbot, page.view.own_list_button)
    listing = page.own.list_dialog
    assert listing is not None
    qtbot.waitUntil(lambda: listing.empty.isVisible())
    assert listing.empty.text().startswith("Nog geen eigen aanbod.")
    click(qtbot, listing.add_button)
    dialog = listing.editor
    assert dialog is not None
    fill_basic(qtbot, dialog)
    tick_topic(qtbot, dialog, "meedoen.ontmoeting")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: listing.row_texts() == [(NAME, "aangeboden", False)], timeout=WAIT_MS)

    target = tmp_path / "uit" / "eigen"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    click(qtbot, listing.export_button)
    qtbot.waitUntil(lambda: listing.status.text().startswith("Opgeslagen als"), timeout=WAIT_MS)
    written = target.with_name("eigen.zip")
    assert listing.status.text() == "Opgeslagen als eigen.zip."
    with zipfile.ZipFile(written) as archive:
        names = archive.namelist()
        assert any(n.endswith("datapackage.json") for n in names)
        services = next(n for n in names if n.endswith("services.csv"))
        assert NAME in archive.read(services).decode("utf-8")


def test_no_topic_shows_dutch_message_and_keeps_the_text(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage
) -> None:
    dialog = open_add(qtbot, page)
    fill_basic(qtbot, dialog)
    click(qtbot, dialog.save_button)
    error = dialog.findChild(QLabel, "own_topics_error")
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert error.text() == "Kies minstens één onderwerp; zo wordt het aanbod gevonden."
    assert dialog.status.text() == "Er is niets opgeslagen. Verbeter het gemarkeerde veld."
    assert dialog.isVisible()
    assert QApplication.focusWidget() is dialog.form.tree
    assert dialog.form.name.text() == NAME
    assert dialog.form.description.toPlainText().startswith("Elke dinsdag samen wandelen")
    assert dialog.form.days[1].check.isChecked()
    assert db(qtbot, runner, lambda ws: ws.socialmap.own.list()) == []

    dialog.form.postal_code.clear()
    qtbot.keyClicks(dialog.form.postal_code, "35")
    tick_topic(qtbot, dialog, "meedoen.ontmoeting")
    click(qtbot, dialog.save_button)
    postcode_error = dialog.findChild(QLabel, "own_postal_code_error")
    qtbot.waitUntil(postcode_error.isVisible, timeout=WAIT_MS)
    assert "1234 AB" in postcode_error.text()
    assert not error.isVisible()  # the earlier message is gone

    dialog.form.postal_code.clear()
    qtbot.keyClicks(dialog.form.postal_code, "3511AB")
    tuesday = dialog.form.days[1]
    tuesday.closes.setTime(tuesday.opens.time().addSecs(-3600))
    click(qtbot, dialog.save_button)
    times_error = dialog.findChild(QLabel, "own_opening_error")
    qtbot.waitUntil(times_error.isVisible, timeout=WAIT_MS)
    assert times_error.text() == "De eindtijd moet later zijn dan de begintijd."
    assert QApplication.focusWidget() is tuesday.closes
    click(qtbot, dialog.cancel_button)
    assert db(qtbot, runner, lambda ws: ws.socialmap.own.list()) == []


def test_half_an_address_is_told_before_saving(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage
) -> None:
    dialog = open_add(qtbot, page)
    qtbot.keyClicks(dialog.form.name, NAME)
    qtbot.keyClicks(dialog.form.organization, "Buurtvereniging")
    tick_topic(qtbot, dialog, "meedoen.ontmoeting")
    qtbot.keyClicks(dialog.form.city, "Utrecht")
    click(qtbot, dialog.save_button)
    error = dialog.findChild(QLabel, "own_street_error")
    assert error.isVisible()
    assert error.text().startswith("Vul straat en huisnummer, postcode en plaats alle drie in")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.street)
    assert db(qtbot, runner, lambda ws: ws.socialmap.own.list()) == []
    dialog.form.city.clear()
    qtbot.keyClicks(dialog.form.location_name, "Lindepark, bij de vijver")  # a place, no address
    with qtbot.waitSignal(page.vm.results_changed, timeout=WAIT_MS):
        click(qtbot, dialog.save_button)
    assert [r.name for r in search(qtbot, page, "Wandelclub")] == [NAME]


def test_extra_slots_and_other_languages_survive_an_edit(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage
) -> None:
    data = OwnServiceInput(
        name="Taalcafé", organization="Bibliotheek", topics=("meedoen.taal", "meedoen"),
        opening=(OpeningTime("MO", "10:00", "12:00"), OpeningTime("MO", "19:00", "21:00")),
        languages=("nl", "ar", "so"), min_age=16, free=False,
    )  # fmt: skip
    sid = db(qtbot, runner, lambda ws: ws.socialmap.own.save(data))
    editor = page.own.open_editor(sid)
    qtbot.waitUntil(lambda: editor.form.name.text() == "Taalcafé", timeout=WAIT_MS)
    f = editor.form
    assert f.language_checks["ar"].isChecked()
    assert not f.language_checks["en"].isChecked()
    assert f.other_languages.text() == "so"
    assert f.min_age.value() == 16
    assert f.max_age.text() == "–"
    assert not f.free.isChecked()
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        click(qtbot, editor.save_button)
    again = db(qtbot, runner, lambda ws: ws.socialmap.own.get(sid)).data
    assert again == data


def test_first_own_entry_without_a_map(qtbot: Any, runner: TaskRunner) -> None:
    page = SocialMapPage(runner)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitSignal(page.vm.status_changed, timeout=WAIT_MS):
        page.show()
    assert page.view.stack.currentIndex() == 0  # "Nog geen sociale kaart"
    assert page.view.own_add_button.isEnabled()
    try:
        add_entry(qtbot, page)
        assert page.view.stack.currentIndex() == 1
        assert [r.name for r in rows(page)] == [NAME]
        assert "1 voorzieningen" in page.view.status.text()
    finally:
        page.clear()
        settle(qtbot, runner)


def test_lock_discards_the_open_editor(qtbot: Any, page: SocialMapPage) -> None:
    dialog = open_add(qtbot, page)
    qtbot.keyClicks(dialog.form.name, "Geheim initiatief")
    page.clear()
    assert not dialog.isVisible()
    assert dialog.form.name.text() == ""
    assert page.own.editor is None


def test_accessible_names(qtbot: Any, page: SocialMapPage) -> None:
    dialog = open_add(qtbot, page)
    listing = page.own.open_list()
    widgets = [page.view.own_add_button, page.view.own_list_button, page.detail.own_edit,
               page.detail.own_offer, dialog.save_button, dialog.cancel_button,
               *dialog.form.tab_chain(), listing.table, listing.add_button, listing.edit_button,
               listing.offer_button, listing.export_button, listing.close_button]  # fmt: skip
    for widget in widgets:
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
    dialog.reject()
    listing.reject()
