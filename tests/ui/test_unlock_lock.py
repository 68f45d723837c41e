"""Unlocking, wrong passphrases, recovery, and every way of locking (no client data left)."""

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,  # noqa: TID251 — tests look for the boxes the controllers show
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from pohsd.domain.changes import Changes
from pohsd.domain.client import ClientInput
from pohsd.domain.errors import PohsdError
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace
from tests.conftest import CANARY_FAMILY, CANARY_GIVEN, TEST_PASSPHRASE
from ui.app import build_main_window
from ui.main_window import CLIENTS, TODAY, MainWindow
from ui.tasks import TaskRunner

NEW_PASSPHRASE = "een nieuwe lange zin"


@pytest.fixture
def existing(created: tuple[Workspace, str]) -> str:
    """A closed database with user sanne and one client named with the canary; the recovery key."""
    ws, recovery = created
    ws.clients.create(
        ClientInput(given_name=CANARY_GIVEN, family_name=CANARY_FAMILY, birth_date=date(1980, 2, 3))
    )
    ws.close()
    return recovery


@pytest.fixture
def runner(qapp: object) -> TaskRunner:
    return TaskRunner()


@pytest.fixture
def make_window(qtbot, paths: AppPaths, runner: TaskRunner) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        win = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=runner)
        windows.append(win)
        win.start()
        qtbot.waitUntil(lambda: win.unlock_page.view.user.count() > 0)
        return win

    yield make
    close_windows(windows, runner)


def close_windows(windows: list[MainWindow], runner: TaskRunner) -> None:
    """Lock, stop the runner, deliver its last callbacks, then delete the windows."""
    for win in windows:
        win.lock("test")
        win.dispose()
    runner.shutdown()
    QCoreApplication.processEvents()
    for win in windows:
        win.close()
        win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def unlock(qtbot, win: MainWindow, passphrase: str = TEST_PASSPHRASE) -> None:
    field = win.unlock_page.view.passphrase
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.is_unlocked)


def current_workspace(qtbot, runner: TaskRunner) -> Workspace:
    found: list[Workspace] = []
    runner.db(lambda ws: ws).success(found.append).run()
    qtbot.waitUntil(lambda: bool(found))
    return found[0]


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            column = 0
            while (index := model.index(row, column, parent)).isValid():
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if value is not None:
                        yield str(value)
                if column == 0:
                    pending.append(index)
                column += 1


def visible_texts(root: QWidget) -> list[str]:
    """Every text a widget tree holds: labels, fields, buttons, combos, item models, titles."""
    widgets = [root, *root.findChildren(QWidget)]
    widgets += [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    texts: list[str] = []
    for w in widgets:
        texts += [w.windowTitle(), w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, QLabel | QLineEdit | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QTextEdit | QPlainTextEdit):
            texts.append(w.toPlainText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView):
            texts += list(_model_texts(w))
    return texts


def canary_shown(win: MainWindow) -> bool:
    return any(CANARY_GIVEN in t or CANARY_FAMILY in t for t in visible_texts(win))


def test_wrong_then_right_passphrase(qtbot, existing, make_window) -> None:
    win = make_window()
    page = win.unlock_page
    assert win.root.currentWidget() is page
    assert page.view.user.currentText() == "Sanne de Vries"
    assert win.windowTitle() == "POH Sociaal Domein"

    qtbot.keyClicks(page.view.passphrase, "dit is niet de goede zin")
    qtbot.mouseClick(page.view.unlock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.message.isVisible())
    assert page.view.message.text() == (
        "Deze wachtwoordzin klopt niet. Controleer hoofdletters en probeer het opnieuw."
    )
    assert page.view.passphrase.text() == ""
    assert win.focusWidget() is page.view.passphrase
    assert not win.is_unlocked

    unlock(qtbot, win)
    assert win.root.currentWidget() is win.shell
    assert not page.view.message.isVisible()
    assert win.windowTitle() == "POH Sociaal Domein — Huisartsenpraktijk De Linde"
    assert win.shell.user_label.text() == "Sanne de Vries"
    assert win.shell.pages.currentIndex() == TODAY
    assert win.today.empty.text() == "Geen acties. Nieuwe cliënt: Ctrl+N"


def test_many_wrong_tries_wait_but_never_lock_out(qtbot, existing, make_window) -> None:
    win = make_window()
    page = win.unlock_page
    for tries in range(1, 6):
        qtbot.keyClicks(page.view.passphrase, "fout fout fout")
        qtbot.keyClick(page.view.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=tries: page.vm.failed_tries == n)
    assert not page.view.unlock.isEnabled()
    assert page.view.status.text() == ("Even wachten: over 2 seconden kunt u het opnieuw proberen.")
    qtbot.keyClicks(page.view.passphrase, TEST_PASSPHRASE)
    qtbot.keyClick(page.view.passphrase, Qt.Key.Key_Return)  # ignored while waiting
    assert page.vm.failed_tries == 5
    assert not page.vm.busy
    page.vm._countdown.timeout.emit()  # the countdown, one second at a time
    assert "over 1 seconden" in page.view.status.text()
    page.vm._countdown.timeout.emit()
    assert page.view.unlock.isEnabled()
    page.view.passphrase.clear()
    unlock(qtbot, win)
    assert page.vm.failed_tries == 0


def test_ctrl_l_locks_and_leaves_no_client_data(qtbot, existing, make_window, runner) -> None:
    win = make_window()
    unlock(qtbot, win)
    win.go_to(CLIENTS)
    qtbot.waitUntil(lambda: canary_shown(win))
    ws = current_workspace(qtbot, runner)
    assert not ws.key_is_zeroed

    win.activateWindow()
    qtbot.waitActive(win)
    with qtbot.waitSignal(win.locked) as locked:
        qtbot.keyClick(win.shell.rail, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locked.args == ["manual"]
    assert win.root.currentWidget() is win.unlock_page
    assert not canary_shown(win)
    qtbot.waitUntil(lambda: ws.key_is_zeroed)
    assert ws.closed
    assert win.windowTitle() == "POH Sociaal Domein"
    assert not canary_shown(win)  # also after late task callbacks

    unlock(qtbot, win)  # unlock again works, and shows the data again
    win.go_to(CLIENTS)
    qtbot.waitUntil(lambda: canary_shown(win))


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_lock_button_and_open_dialogs(qtbot, existing, make_window, runner) -> None:
    win = make_window()
    unlock(qtbot, win)
    win.go_to(CLIENTS)
    qtbot.waitUntil(lambda: canary_shown(win))
    win.show_help()
    help_box = win.findChild(QMessageBox, "helpBox")
    assert help_box.isVisible()
    assert "Zoek een cliënt" in help_box.text()
    qtbot.mouseClick(win.shell.lock_button, Qt.MouseButton.LeftButton)
    assert not win.is_unlocked
    assert not help_box.isVisible()
    assert not [d for d in win.findChildren(QDialog) if d.isVisible()]
    assert not canary_shown(win)


def test_idle_timeout_locks(qtbot, existing, make_window, runner) -> None:
    win = make_window()
    unlock(qtbot, win)
    assert win.idle.active
    assert win.idle.interval_ms == 5 * 60_000
    ws = current_workspace(qtbot, runner)
    with qtbot.waitSignal(win.locked, timeout=2000) as locked:
        win.idle.set_interval_ms(30)
    assert locked.args == ["idle"]
    assert not win.idle.active
    qtbot.waitUntil(lambda: ws.key_is_zeroed)


def test_user_input_restarts_idle_timer(qtbot, existing, make_window) -> None:
    win = make_window()
    unlock(qtbot, win)
    win.idle.set_interval_ms(10_000)
    timer = win.idle._timer
    started = timer.timerId()  # QTimer.start() on a running timer gives it a new id
    qtbot.keyClick(win.shell.search, Qt.Key.Key_Shift)
    assert timer.isActive()
    assert timer.timerId() != started
    restarted = timer.timerId()
    win.shell.search.repaint()  # no user input: no restart
    assert timer.timerId() == restarted


def test_suspend_locks(qtbot, existing, make_window) -> None:
    win = make_window()
    unlock(qtbot, win)
    with qtbot.waitSignal(win.locked) as locked:
        win.session_lock._on_state(Qt.ApplicationState.ApplicationSuspended)
    assert locked.args == ["suspend"]
    assert win.root.currentWidget() is win.unlock_page


def test_status_line_and_search_shortcut(qtbot, existing, make_window) -> None:
    win = make_window()
    unlock(qtbot, win)
    assert win.shell.saved_label.text() == ""
    win.bridge.publish(Changes(clients=True))
    assert win.shell.saved_label.text().startswith("opgeslagen ")
    win.activateWindow()
    qtbot.waitActive(win)
    qtbot.keyClick(win.shell.rail, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.shell.pages.currentIndex() == CLIENTS
    win.go_to(TODAY)
    qtbot.keyClicks(win.shell.search, "Z")  # the first letter moves on to the Cliënten search
    assert win.shell.pages.currentIndex() == CLIENTS
    assert win.shell.search.text() == ""
    assert QApplication.focusWidget() is win.clients.list_view.search
    qtbot.keyClicks(QApplication.focusWidget(), "wan")
    assert win.clients.list_view.search.text() == "Zwan"


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_recovery_key_sets_new_passphrase(qtbot, existing, make_window, paths) -> None:
    recovery = existing
    win = make_window()
    qtbot.mouseClick(win.unlock_page.view.forgot, Qt.MouseButton.LeftButton)
    dialog = win.findChild(QDialog, "recoveryDialog")
    assert dialog.isVisible()
    key_field = dialog.findChild(QLineEdit, "recoveryKeyInput")
    qtbot.keyClicks(key_field, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphrase"), NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphraseRepeat"), NEW_PASSPHRASE)
    ok = dialog.findChild(QPushButton, "recoveryOk")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    key_error = dialog.findChild(QLabel, "recoveryKeyError")
    qtbot.waitUntil(key_error.isVisible)
    assert key_error.text().startswith("Deze herstelsleutel klopt niet.")
    assert not win.is_unlocked

    key_field.clear()
    qtbot.keyClicks(key_field, recovery.lower().replace("-", " "))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.is_unlocked)
    assert not [d for d in win.findChildren(QDialog) if d.isVisible()]
    assert win.shell.user_label.text() == "Sanne de Vries"

    with pytest.raises(PohsdError):
        Workspace.derive_keys(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    win.lock()
    unlock(qtbot, win, NEW_PASSPHRASE)
    assert win.root.currentWidget() is win.shell


def test_demo_mode_prepares_and_marks_everything(
    qtbot, paths: AppPaths, practice, runner, monkeypatch
) -> None:
    made: list[bool] = []

    def fake_ensure_demo(demo_paths: AppPaths) -> bool:
        # ensure_demo itself uses the production KDF; the test only checks the UI around it
        ws, _key = Workspace.create(
            demo_paths,
            practice,
            "demo",
            "demo",
            kdf=WEAK_TEST_PARAMS,
            allow_weak_kdf=True,
            demo=True,
        )
        ws.close()
        made.append(True)
        return True

    monkeypatch.setattr("ui.app._prepare_demo", fake_ensure_demo)
    win = build_main_window(
        paths, demo=True, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=runner
    )
    try:
        win.start()
        view = win.unlock_page.view
        assert view.status.text() == "Demo wordt klaargezet…"
        assert not view.unlock.isEnabled()
        assert view.demo_hint.isVisible()
        assert view.demo_hint.text() == "Demo: gebruiker demo, wachtwoordzin demo"
        assert win.windowTitle() == "POH Sociaal Domein — DEMO — fictieve gegevens"
        qtbot.waitUntil(lambda: view.user.count() == 1 and view.unlock.isEnabled())
        assert made == [True]
        assert view.user.currentData() == "demo"
        unlock(qtbot, win, "demo")
        assert win.shell.demo_band.isVisible()
        assert win.shell.demo_band.text() == "DEMO — fictieve gegevens"
        assert win.windowTitle().endswith("— DEMO — fictieve gegevens")
    finally:
        close_windows([win], runner)
