"""Instellingen → Gebruikers / Beveiliging end to end: keys really change, every step audited."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton

from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.paths import AppPaths
from pohsd.security.secret import SecretKey
from pohsd.store.engine import connect
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.ui import test_settings as settings_tests
from tests.ui.test_settings import PIET_PASSPHRASE, click, message_box, unlock
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
runner, win = settings_tests.runner, settings_tests.win  # an unlocked window on Instellingen

NEW_PASSPHRASE = "een heel nieuwe wachtwoordzin"


def on_db(qtbot, runner: TaskRunner, fn):
    """Run `fn(ws)` on the DB thread (as the UI does) and return its result."""
    out: list[object] = []
    runner.db(fn).success(out.append).failure(out.append).run()
    qtbot.waitUntil(lambda: bool(out))
    assert not isinstance(out[0], BaseException), out[0]
    return out[0]


def events(qtbot, runner: TaskRunner) -> list[str]:
    return [e.event for e in on_db(qtbot, runner, lambda ws: ws.audit.entries(limit=50))]


def add_piet(qtbot, window: MainWindow) -> None:
    users = window.settings.users
    window.settings.tabs.setCurrentWidget(users)
    qtbot.waitUntil(lambda: users.users.count() == 1)
    click(qtbot, users.add_button)
    dialog = users.findChild(QDialog, "addUserDialog")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "newUserName"), "piet")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "newUserDisplayName"), "Piet Jansen")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphrase"), PIET_PASSPHRASE)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphraseRepeat"), PIET_PASSPHRASE)
    click(qtbot, dialog.findChild(QPushButton, "addUserDialogOk"))
    qtbot.waitUntil(lambda: users.users.count() == 2)


def test_add_then_remove_rotates_the_data_key_and_audits(
    qtbot, win: MainWindow, runner: TaskRunner, paths: AppPaths
) -> None:
    add_piet(qtbot, win)
    assert "user.create" in events(qtbot, runner)
    Workspace.derive_keys(paths, "piet", PIET_PASSPHRASE, allow_weak_kdf=True).zero()  # works
    old_key = bytes(on_db(qtbot, runner, lambda ws: ws._dek.raw()))

    users = win.settings.users
    users.users.setCurrentRow(next(i for i in range(2) if "(piet)" in users.users.item(i).text()))
    click(qtbot, users.remove_button)
    click(
        qtbot, message_box(win, "confirmRemoveUser").findChild(QPushButton, "confirmRemoveUserYes")
    )
    qtbot.waitUntil(lambda: users.users.count() == 1)
    seen = events(qtbot, runner)
    assert seen.index("key.rotate") < seen.index("user.remove")  # newest first: rotate is last
    new_key = bytes(on_db(qtbot, runner, lambda ws: ws._dek.raw()))
    assert new_key != old_key
    with pytest.raises(PohsdError) as wrong:  # the old data key no longer opens the database
        connect(paths.db, SecretKey(bytearray(old_key)))
    assert wrong.value.code == ErrorCode.DB_WRONG_KEY
    connect(paths.db, SecretKey(bytearray(new_key))).close()
    with pytest.raises(PohsdError):
        Workspace.derive_keys(paths, "piet", PIET_PASSPHRASE, allow_weak_kdf=True)
    assert on_db(qtbot, runner, lambda ws: ws.audit.verify())[1] is None


def test_change_own_passphrase_old_fails_new_works_audited(
    qtbot, win: MainWindow, runner: TaskRunner, paths: AppPaths
) -> None:
    users = win.settings.users
    win.settings.tabs.setCurrentWidget(users)
    click(qtbot, users.passphrase_button)
    dialog = users.findChild(QDialog, "changePassphraseDialog")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "oldPassphrase"), TEST_PASSPHRASE)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphrase"), NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphraseRepeat"), NEW_PASSPHRASE)
    click(qtbot, dialog.findChild(QPushButton, "changePassphraseDialogOk"))
    qtbot.waitUntil(lambda: users.dialog is None)
    assert events(qtbot, runner)[0] == "user.passphrase"
    with pytest.raises(PohsdError) as old:
        Workspace.derive_keys(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    assert old.value.code == ErrorCode.WRONG_PASSPHRASE
    Workspace.derive_keys(paths, "sanne", NEW_PASSPHRASE, allow_weak_kdf=True).zero()
    win.lock()
    unlock(qtbot, win, NEW_PASSPHRASE)
    assert win.is_unlocked


def test_new_recovery_key_then_recovery_unlock_sets_a_new_passphrase(
    qtbot, win: MainWindow, runner: TaskRunner, paths: AppPaths
) -> None:
    security = win.settings.security
    win.settings.tabs.setCurrentWidget(security)
    click(qtbot, security.new_key)
    box = message_box(win, "confirmNewRecoveryKey")
    click(qtbot, box.findChild(QPushButton, "confirmNewRecoveryKeyYes"))
    qtbot.waitUntil(lambda: security.key_dialog is not None)
    key = security.key_dialog.panel.key
    click(qtbot, security.key_dialog.panel.confirm)
    click(qtbot, security.key_dialog.findChild(QPushButton, "recoveryKeyClose"))
    qtbot.waitUntil(lambda: "in gebruik" in security.status.text())
    assert events(qtbot, runner)[0] == "recovery.renew"

    win.lock()
    qtbot.waitUntil(lambda: win.unlock_page.view.user.count() > 0)
    click(qtbot, win.unlock_page.view.forgot)
    dialog = win.findChild(QDialog, "recoveryDialog")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "recoveryKeyInput"), key)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphrase"), NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphraseRepeat"), NEW_PASSPHRASE)
    click(qtbot, dialog.findChild(QPushButton, "recoveryOk"))
    qtbot.waitUntil(lambda: win.is_unlocked)
    entries = on_db(qtbot, runner, lambda ws: ws.audit.entries(limit=5))
    reset = next(e for e in entries if e.event == "user.passphrase_reset")
    assert reset.user_name == "Sanne de Vries"  # the audit view shows the display name
    assert "session.unlock" in [e.event for e in entries]
    with pytest.raises(PohsdError):
        Workspace.derive_keys(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    Workspace.derive_keys(paths, "sanne", NEW_PASSPHRASE, allow_weak_kdf=True).zero()
    assert on_db(qtbot, runner, lambda ws: ws.audit.verify())[1] is None
