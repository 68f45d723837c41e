"""Sociale kaart bijwerken through the GUI, against a real HSDS API on 127.0.0.1."""

from __future__ import annotations

import math
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from pohsd.domain.progress import CancelledError
from pohsd.services.socialmap import URL
from pohsd.socialmap import client
from pohsd.socialmap.client import NetworkError
from tests.ui.intake_support import WAIT_MS, db, runner, settle
from tests.unit.test_socialmap_service import tiny
from tests.unit.test_socialmap_sync import Reply, _envelope, _fast, _json, serve
from ui.dialogs.socialmap_sync import SocialMapSyncDialog
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.socialmap_sync_vm import FAILED_KIND_KEY, URL_KEY
from ui.widgets.socialmap_page import SocialMapPage

__all__ = ["_fast", "runner", "serve"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path("/tmp/shots")


def shot(widget: QWidget, name: str) -> None:
    """Render for a human look, only where /tmp/shots exists (a developer's machine)."""
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


class Feed:
    """An HSDS 3.0 publisher of `services`, in pages of `client.PER_PAGE`; no incremental."""

    def __init__(self, services: list[dict]) -> None:
        self.services = services
        self.gate: threading.Event | None = None  # when set up, page 2 waits for it
        self.asked = threading.Event()

    def __call__(self, path: str, query: dict[str, str]) -> Reply:
        if path == "/":
            return _json({"version": "3.0.0", "profile": "https://pohsd.example/profiel"})
        if path != "/services":
            return _json({"error": "not found"}, 404)
        if "modified_after" in query or "minimal" in query:
            return _json({"error": "not supported"}, 400)
        page, per = int(query.get("page", "1")), int(query.get("per_page", "50"))
        pages = max(1, math.ceil(len(self.services) / per))
        if page == 2 and self.gate is not None:
            self.asked.set()
            self.gate.wait(WAIT_MS / 1000)
        return _json(_envelope(self.services[(page - 1) * per : page * per], page, pages))


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client, "PER_PAGE", 3)


@pytest.fixture
def page(qtbot: Any, runner: TaskRunner) -> Iterator[SocialMapPage]:
    widget = SocialMapPage(runner, sync_dialog_factory=SocialMapSyncDialog)
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    yield widget
    if widget.sync_dialog is not None:
        widget.sync_dialog.force_close()
    widget.clear()
    settle(qtbot, runner)


def shown(qtbot: Any, page: SocialMapPage) -> None:
    with qtbot.waitSignal(page.vm.prefs_changed, timeout=WAIT_MS):
        page.show()


def open_dialog(qtbot: Any, page: SocialMapPage) -> SocialMapSyncDialog:
    qtbot.mouseClick(page.view.sync_button, Qt.MouseButton.LeftButton)
    dialog = page.sync_dialog
    assert isinstance(dialog, SocialMapSyncDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def sync_in(qtbot: Any, dialog: SocialMapSyncDialog, url: str | None = None) -> str:
    """Type the address (if given), click Bijwerken, wait for the outcome; the message."""
    if url is not None:
        dialog.url.setText("")
        qtbot.keyClicks(dialog.url, url)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=WAIT_MS)
    return dialog.message.text()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_url_key_is_the_one_the_service_reads() -> None:
    assert URL_KEY == URL


def test_sync_shows_progress_then_the_result_and_skipped(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage, serve: Any
) -> None:
    services = tiny(11)
    del services[10]["name"]  # one service the checks skip
    server = serve(Feed(services))
    shown(qtbot, page)
    assert page.view.banner.isVisible()
    assert page.view.banner_text.text() == "Er is nog geen sociale kaart."
    dialog = open_dialog(qtbot, page)
    assert dialog.url.text() == ""
    assert dialog.windowTitle() == "Sociale kaart bijwerken"
    stages: list[str] = []
    page.sync_job.progress.connect(lambda _p: stages.append(dialog.stage.text()))

    message = sync_in(qtbot, dialog, server.url)
    assert message == "De sociale kaart is bijgewerkt: 10 diensten bijgewerkt, 1 overgeslagen."
    assert any(s.startswith("Voorzieningen ophalen: ") for s in stages), stages
    # read while checked (streaming): the skipped one counts as read
    assert any(s.startswith("Inlezen: ") and " van 11" in s for s in stages), stages
    assert sum("page=" in p for p in server.seen) == 4  # pages of three
    assert not dialog.bar.isVisible()
    assert dialog.close_button.text() == "Sluiten"

    assert dialog.show_skipped.isVisible()
    assert dialog.show_skipped.text() == "Overgeslagen tonen (1)"
    assert not dialog.skipped.isVisible()
    qtbot.mouseClick(dialog.show_skipped, Qt.MouseButton.LeftButton)
    assert dialog.skipped.isVisible()
    assert "00000000-0000-4000-8000-000000000010" in dialog.skipped.toPlainText()
    shot(dialog, "socialmap_sync_done.png")

    qtbot.waitUntil(lambda: "10 voorzieningen" in page.view.status.text(), timeout=WAIT_MS)
    assert server.url in page.view.status.text()
    assert not page.view.banner.isVisible()
    assert db(qtbot, runner, lambda ws: ws.practice.setting(URL_KEY)) == server.url
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sync_dialog is None)

    again = open_dialog(qtbot, page)
    assert again.url.text() == server.url  # prefilled from the setting


def test_cancel_keeps_the_old_map(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage, serve: Any
) -> None:
    db(qtbot, runner, lambda ws: ws.socialmap.import_services(tiny(4), source="oude kaart"))
    feed = Feed(tiny(9))
    feed.gate = threading.Event()
    server = serve(feed)
    shown(qtbot, page)
    assert "4 voorzieningen" in page.view.status.text()
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.url, server.url)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.bar.isVisible()
    assert not dialog.start_button.isEnabled()
    assert dialog.close_button.text() == "Annuleren"
    qtbot.waitUntil(feed.asked.is_set, timeout=WAIT_MS)
    shot(dialog, "socialmap_sync_running.png")

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # stays open to say what happened
    assert dialog.stage.text() == "Bezig met annuleren…"
    feed.gate.set()
    qtbot.waitUntil(lambda: not page.sync_job.running, timeout=WAIT_MS)
    assert dialog.message.text() == "Bijwerken is geannuleerd. De vorige kaart blijft in gebruik."
    assert dialog.close_button.text() == "Sluiten"
    status = db(qtbot, runner, lambda ws: ws.socialmap.status())
    assert (status.count, status.source) == (4, "oude kaart")
    assert db(qtbot, runner, lambda ws: ws.practice.setting(FAILED_KIND_KEY)) == ""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.sync_dialog is None)


def test_the_database_stays_usable_while_the_server_is_slow(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage, serve: Any
) -> None:
    """The network part runs on a work thread: opening a client need not wait for the server."""
    feed = Feed(tiny(9))
    feed.gate = threading.Event()
    server = serve(feed)
    shown(qtbot, page)
    assert page.sync_job.start(server.url)
    qtbot.waitUntil(feed.asked.is_set, timeout=WAIT_MS)  # the fetch is now waiting on page 2
    answered: list[int] = []
    runner.db(lambda ws: ws.clients.count()).success(answered.append).run()
    qtbot.waitUntil(lambda: answered == [0], timeout=3000)  # the server still holds page 2
    assert not feed.gate.is_set()
    feed.gate.set()
    qtbot.waitUntil(lambda: not page.sync_job.running, timeout=WAIT_MS)
    assert db(qtbot, runner, lambda ws: ws.socialmap.status().count) == 9


def test_a_large_drop_is_asked_and_applied_only_on_toch_bijwerken(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage, serve: Any
) -> None:
    db(qtbot, runner, lambda ws: ws.socialmap.import_services(tiny(10), source="oude kaart"))
    server = serve(Feed(tiny(10)[:5]))
    shown(qtbot, page)
    dialog = open_dialog(qtbot, page)
    sync_in(qtbot, dialog, server.url)
    assert dialog.held_box.isVisible()
    assert dialog.held_text.text().startswith(
        "De nieuwe kaart haalt 5 van de 10 voorzieningen weg. Dat is meer dan 20 %"
    )
    shot(dialog, "socialmap_sync_held.png")
    qtbot.mouseClick(dialog.keep_old, Qt.MouseButton.LeftButton)
    assert not dialog.held_box.isVisible()
    assert dialog.message.text() == "De huidige kaart blijft in gebruik."
    assert db(qtbot, runner, lambda ws: ws.socialmap.status().count) == 10

    sync_in(qtbot, dialog)
    assert dialog.held_box.isVisible()
    qtbot.mouseClick(dialog.accept_drop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.sync_job.running, timeout=WAIT_MS)
    assert dialog.message.text().startswith(
        "De sociale kaart is bijgewerkt: 5 diensten bijgewerkt, 0 overgeslagen."
    )
    assert "5 voorzieningen zijn ingetrokken." in dialog.message.text()
    assert not dialog.show_skipped.isVisible()
    assert db(qtbot, runner, lambda ws: ws.socialmap.status().count) == 5


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("refused", "De server van de sociale kaart is niet bereikbaar."),
        ("unknown_host", "Er is geen internetverbinding (of het adres van de bron bestaat niet)."),
        (
            "not_found",
            "Op dit adres staat geen HSDS-kaart (de server antwoordde met foutcode 404).",
        ),
        ("html", "De sociale kaart is niet ingelezen: de bron gaf een webpagina in plaats van"),
        ("slow", "De server van de sociale kaart antwoordt niet op tijd."),
    ],
)
def test_errors_are_calm_dutch_and_marked_offline(
    qtbot: Any,
    runner: TaskRunner,
    page: SocialMapPage,
    serve: Any,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    expected: str,
) -> None:
    db(qtbot, runner, lambda ws: ws.socialmap.import_services(tiny(3), source="oude kaart"))
    gate = threading.Event()

    def route(path: str, _query: dict[str, str]) -> Reply:
        if kind == "html":
            return 200, {"Content-Type": "text/html"}, b"<html><body>Inloggen</body></html>"
        if kind == "slow":
            gate.wait(5)
        return _json({"error": "not found"}, 404)

    url = {
        "refused": f"http://127.0.0.1:{closed_port()}",
        "unknown_host": "http://geen-sociale-kaart.invalid",
    }.get(kind) or serve(route).url
    monkeypatch.setattr(client, "TIMEOUT", 0.3)
    shown(qtbot, page)
    dialog = open_dialog(qtbot, page)
    message = sync_in(qtbot, dialog, url)
    gate.set()
    assert message.startswith(expected), message
    assert message.endswith("De vorige kaart blijft in gebruik.") or message.endswith(
        "de vorige kaart blijft in gebruik."
    )
    assert "Traceback" not in message
    assert "http" not in message.lower().replace("https:// of http://", "")
    assert db(qtbot, runner, lambda ws: ws.socialmap.status().count) == 3
    offline = kind in ("refused", "unknown_host", "slow")
    qtbot.waitUntil(lambda: page.view.banner.isVisible(), timeout=WAIT_MS)
    assert page.view.banner_text.text().startswith("Bijwerken lukte op ")
    assert page.view.status.text().endswith(" · offline") is offline
    if kind == "refused":
        shot(page, "socialmap_banner_failed.png")


def test_network_error_codes_have_texts(qapp: Any) -> None:
    texts = {
        code: error_text(NetworkError(code))
        for code in ("timeout", "connect", "cancelled", "http_500", "http_403")
    }
    assert texts["http_500"].startswith(
        "De server van de sociale kaart heeft een storing (foutcode 500)"
    )
    assert "foutcode 403" in texts["http_403"]
    assert texts["cancelled"] == error_text(CancelledError())
    assert error_text(NetworkError("connect", offline=True)).startswith("Er is geen internet")
    assert all("%" not in t and "Er ging iets mis" not in t for t in texts.values())


def test_favourite_and_note_survive_a_resync_through_the_gui(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage, serve: Any
) -> None:
    services = tiny(6)
    feed = Feed(services)
    server = serve(feed)
    shown(qtbot, page)
    dialog = open_dialog(qtbot, page)
    sync_in(qtbot, dialog, server.url)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=WAIT_MS)

    page.view.list.setFocus()
    names = [page.model.index(n, 0).data().split("\n")[0] for n in range(6)]
    page.view.list.setCurrentIndex(page.model.index(names.index("Schuldhulpmaatje"), 0))
    qtbot.waitUntil(lambda: page.detail.title.text() == "Schuldhulpmaatje", timeout=WAIT_MS)
    sid = page.detail.service_id
    qtbot.mouseClick(page.detail.star, Qt.MouseButton.LeftButton)
    page.detail.note.setFocus()
    qtbot.keyClicks(page.detail.note, "Vraag naar Ahmed")
    page.view.search.setFocus()  # leaving the note saves it
    qtbot.waitUntil(
        lambda: (
            db(qtbot, runner, lambda ws: ws.socialmap.service(sid)["note"]) == "Vraag naar Ahmed"
        ),
        timeout=WAIT_MS,
    )

    services[0] = {**services[0], "description": "Nieuwe beschrijving van de bron."}
    dialog = open_dialog(qtbot, page)
    assert dialog.url.text() == server.url
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter
    qtbot.waitUntil(lambda: not page.sync_job.running, timeout=WAIT_MS)
    assert dialog.message.text().startswith("De sociale kaart is bijgewerkt: 6 diensten")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    description = page.findChild(QLabel, "service_description")
    qtbot.waitUntil(lambda: "Nieuwe beschrijving" in description.text(), timeout=WAIT_MS)
    data = db(qtbot, runner, lambda ws: ws.socialmap.service(sid))
    assert data["description"] == "Nieuwe beschrijving van de bron."
    assert (data["favourite"], data["note"]) == (True, "Vraag naar Ahmed")
    qtbot.waitUntil(
        lambda: page.detail.service_id == sid and page.detail.star.isChecked(), timeout=WAIT_MS
    )
    assert page.detail.note.toPlainText() == "Vraag naar Ahmed"
    assert QApplication.activeModalWidget() is None


def test_a_lock_cancels_the_sync_and_nothing_comes_back(
    qtbot: Any, runner: TaskRunner, page: SocialMapPage, serve: Any
) -> None:
    db(qtbot, runner, lambda ws: ws.socialmap.import_services(tiny(4), source="oude kaart"))
    feed = Feed(tiny(9))
    feed.gate = threading.Event()
    server = serve(feed)
    shown(qtbot, page)
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.url, server.url)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(feed.asked.is_set, timeout=WAIT_MS)
    dialog.force_close()  # what the window does on a lock, then it clears every page
    page.clear()
    assert not dialog.isVisible()
    assert not page.sync_job.running
    feed.gate.set()
    settle(qtbot, runner)
    qtbot.wait(50)
    assert page.view.status.text() == ""
    assert not page.view.banner.isVisible()
    assert not page.view.busy.isVisible()
    assert db(qtbot, runner, lambda ws: ws.socialmap.status().count) == 4
