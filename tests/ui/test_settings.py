"""Instellingen: practice details, users (add, remove, own passphrase), idle lock, recovery key."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,  # noqa: TID251 — tests look for the boxes the controllers show
    QPushButton,
    QTabBar,
    QWidget,
)

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.ui.test_unlock_lock import close_windows
from ui.app import build_main_window
from ui.main_window import SETTINGS, MainWindow
from ui.tasks import TaskRunner
from ui.widgets.recovery_key_panel import save_pdf

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PIET_PASSPHRASE = "piet zijn eigen zin"


@pytest.fixture
def runner(qapp: object) -> TaskRunner:
    return TaskRunner()


@pytest.fixture
def win(
    qtbot, created: tuple[Workspace, str], paths: AppPaths, runner: TaskRunner
) -> Iterator[MainWindow]:
    created[0].close()
    window = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=runner)
    window.start()
    qtbot.waitUntil(lambda: window.unlock_page.view.user.count() > 0)
    unlock(qtbot, window)
    window.go_to(SETTINGS)
    yield window
    close_windows([window], runner)


def unlock(qtbot, window: MainWindow, passphrase: str = TEST_PASSPHRASE) -> None:
    field = window.unlock_page.view.passphrase
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_unlocked)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def settle(qtbot, runner: TaskRunner) -> None:
    """Wait until every task queued so far has delivered its result."""
    done: list[object] = []
    runner.db_raw(lambda: None).success(done.append).run()
    qtbot.waitUntil(lambda: bool(done))


def message_box(window: MainWindow, name: str) -> QMessageBox:
    box = window.findChild(QMessageBox, name)
    assert box is not None
    assert box.isVisible()
    return box


def test_add_then_remove_user(qtbot, win: MainWindow, paths: AppPaths) -> None:
    users = win.settings.users
    win.settings.tabs.setCurrentWidget(users)
    qtbot.waitUntil(lambda: users.users.count() == 1)
    assert users.users.item(0).text() == "Sanne de Vries (sanne) · POH sociaal domein — dat bent u"
    users.users.setCurrentRow(0)
    assert not users.remove_button.isEnabled()  # nobody removes themselves

    click(qtbot, users.add_button)
    dialog = users.findChild(QDialog, "addUserDialog")
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "newUserName"), "piet jansen")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "newUserDisplayName"), "Piet Jansen")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphrase"), PIET_PASSPHRASE)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphraseRepeat"), PIET_PASSPHRASE)
    click(qtbot, dialog.findChild(QPushButton, "addUserDialogOk"))
    name_error = dialog.findChild(QLabel, "newUserNameError")
    assert name_error.text().startswith("Een gebruikersnaam is één woord")
    dialog.findChild(QLineEdit, "newUserName").clear()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "newUserName"), "piet")
    click(qtbot, dialog.findChild(QPushButton, "addUserDialogOk"))
    qtbot.waitUntil(lambda: users.users.count() == 2)
    assert users.dialog is None
    assert win.shell.saved_label.text().startswith("opgeslagen ")
    assert [u.name for u in Workspace.list_users(paths)] == ["piet", "sanne"]

    piet_row = next(i for i in range(2) if "(piet)" in users.users.item(i).text())
    users.users.setCurrentRow(piet_row)
    assert users.remove_button.isEnabled()
    click(qtbot, users.remove_button)
    box = message_box(win, "confirmRemoveUser")
    assert "sleutel van de database wordt daarvoor vernieuwd" in box.informativeText()
    click(qtbot, box.findChild(QPushButton, "confirmRemoveUserYes"))
    qtbot.waitUntil(lambda: users.users.count() == 1)
    assert users.status.text() == "De gebruiker is verwijderd en de sleutel is vernieuwd."

    with pytest.raises(PohsdError) as removed:
        Workspace.derive_keys(paths, "piet", PIET_PASSPHRASE, allow_weak_kdf=True)
    assert removed.value.code == ErrorCode.UNKNOWN_USER
    win.lock()
    qtbot.waitUntil(lambda: win.unlock_page.view.user.count() == 1)
    assert win.unlock_page.view.user.itemText(0) == "Sanne de Vries"


def test_change_own_passphrase(qtbot, win: MainWindow) -> None:
    users = win.settings.users
    win.settings.tabs.setCurrentWidget(users)
    click(qtbot, users.passphrase_button)
    dialog = users.findChild(QDialog, "changePassphraseDialog")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "oldPassphrase"), "niet mijn oude zin")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphrase"), "mijn nieuwe lange zin")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphraseRepeat"), "mijn nieuwe lange zin")
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    old_error = dialog.findChild(QLabel, "oldPassphraseError")
    qtbot.waitUntil(old_error.isVisible)
    assert old_error.text().startswith("Deze wachtwoordzin klopt niet.")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "oldPassphrase"), TEST_PASSPHRASE)
    click(qtbot, dialog.findChild(QPushButton, "changePassphraseDialogOk"))
    qtbot.waitUntil(lambda: users.dialog is None)
    assert users.status.text() == "Uw wachtwoordzin is gewijzigd."
    win.lock()
    unlock(qtbot, win, "mijn nieuwe lange zin")
    assert win.is_unlocked


def test_practice_details_update_title(qtbot, win: MainWindow) -> None:
    practice = win.settings.practice
    form = practice.form
    qtbot.waitUntil(lambda: form.naam.text() == "Huisartsenpraktijk De Linde")
    assert form.gp_list.count() == 2
    form.agb.clear()
    qtbot.keyClicks(form.agb, "12")
    click(qtbot, practice.save_button)
    assert form.agb_error.text() == "Een AGB-code heeft 8 cijfers."
    form.agb.clear()
    qtbot.keyClicks(form.agb, "87654321")
    form.naam.clear()
    qtbot.keyClicks(form.naam, "Gezondheidscentrum Oost")
    click(qtbot, practice.save_button)
    qtbot.waitUntil(lambda: "Gezondheidscentrum Oost" in win.windowTitle())
    assert win.shell.practice_label.text() == "Gezondheidscentrum Oost"
    assert practice.status.text().startswith("Opgeslagen om ")


def test_idle_minutes_are_saved_and_applied(qtbot, win: MainWindow, runner: TaskRunner) -> None:
    security = win.settings.security
    win.settings.tabs.setCurrentWidget(security)
    settle(qtbot, runner)  # the stored value (5) has arrived
    assert security.idle.value() == 5
    security.idle.setValue(7)
    security._debounce.setInterval(1)
    qtbot.waitUntil(lambda: win.idle.interval_ms == 7 * 60_000)
    stored: list[str] = []
    runner.db(lambda ws: ws.practice.setting("idle_minutes")).success(stored.append).run()
    qtbot.waitUntil(lambda: stored == ["7"])
    assert security.idle.maximum() == 15
    assert security.idle.minimum() == 1


def test_new_recovery_key_is_shown_once(qtbot, win: MainWindow, paths, created) -> None:
    old_key = created[1]
    security = win.settings.security
    win.settings.tabs.setCurrentWidget(security)
    click(qtbot, security.new_key)
    box = message_box(win, "confirmNewRecoveryKey")
    click(qtbot, box.findChild(QPushButton, "confirmNewRecoveryKeyYes"))
    qtbot.waitUntil(lambda: security.key_dialog is not None)
    dialog = security.key_dialog
    key = dialog.panel.key
    assert dialog.panel.key_label.text().split() == key.split("-")
    close = dialog.findChild(QPushButton, "recoveryKeyClose")
    assert not close.isEnabled()
    # until confirmed, the old key still works and the shown one does not
    Workspace.derive_recovery_keys(paths, old_key).zero()
    with pytest.raises(PohsdError):
        Workspace.derive_recovery_keys(paths, key)
    click(qtbot, dialog.panel.confirm)
    click(qtbot, close)
    assert security.key_dialog is None
    qtbot.waitUntil(lambda: "in gebruik" in security.status.text())
    Workspace.derive_recovery_keys(paths, key).zero()
    with pytest.raises(PohsdError):
        Workspace.derive_recovery_keys(paths, old_key)


def test_lock_before_confirming_keeps_the_old_recovery_key(
    qtbot, win: MainWindow, paths, created
) -> None:
    old_key = created[1]
    security = win.settings.security
    win.settings.tabs.setCurrentWidget(security)
    click(qtbot, security.new_key)
    box = message_box(win, "confirmNewRecoveryKey")
    click(qtbot, box.findChild(QPushButton, "confirmNewRecoveryKeyYes"))
    qtbot.waitUntil(lambda: security.key_dialog is not None)
    shown = security.key_dialog.panel.key
    win.lock("manual")
    qtbot.waitUntil(lambda: security.key_dialog is None)
    qtbot.waitUntil(lambda: not win.runner.has_workspace)
    Workspace.derive_recovery_keys(paths, old_key).zero()
    with pytest.raises(PohsdError):
        Workspace.derive_recovery_keys(paths, shown)


def test_recovery_sheet_pdf(qapp, tmp_path: Path) -> None:
    target = tmp_path / "herstelsleutel.pdf"
    save_pdf(str(target), "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23", "De Linde")
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1000
    assert list(tmp_path.iterdir()) == [target]  # QSaveFile left no temporary file


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive widgets without objectName or accessibleName (Qt's own internals excepted)."""
    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, interactive) or widget.objectName().startswith("qt_"):
            continue
        ancestor = widget.parentWidget()
        internal = False
        while ancestor is not None:
            if isinstance(
                ancestor, QComboBox | QAbstractSpinBox | QMessageBox | QTabBar | QLineEdit
            ):
                internal = True
            ancestor = ancestor.parentWidget()
        if not internal and not (widget.objectName() and widget.accessibleName()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_names(qtbot, win: MainWindow) -> None:
    for root in (
        win.unlock_page,
        win.shell.findChild(QWidget, "header"),
        win.shell.rail,
        win.today,
        win.settings,
        win.socialmap,
        win.reports,
    ):
        assert unnamed_controls(root) == []
    click(qtbot, win.settings.users.add_button)
    assert unnamed_controls(win.settings.users.dialog) == []
