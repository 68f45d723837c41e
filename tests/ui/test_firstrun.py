"""First start: the wizard from the practice page to the unlocked main window."""

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QWizard

from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace
from ui.app import build_main_window, calm_palette, parse_args, readable_font
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

PASSPHRASE = "vier woorden op een rij"


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def make_window(qtbot, paths: AppPaths, runner: TaskRunner) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        win = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=runner)
        qtbot.addWidget(win)
        windows.append(win)
        return win

    yield make
    for win in windows:
        if win.wizard is not None:
            qtbot.addWidget(win.wizard)
        win.dispose()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_wizard_creates_database_and_opens_main_window(qtbot, make_window, paths) -> None:
    win = make_window()
    win.start()
    wizard = win.wizard
    assert wizard is not None
    assert wizard.isVisible()
    assert not win.isVisible()

    page = wizard.practice_page
    qtbot.keyClicks(page.findChild(QLineEdit, "practiceName"), "Huisartsenpraktijk De Linde")
    agb = page.findChild(QLineEdit, "practiceAgb")
    qtbot.keyClicks(agb, "1234")
    qtbot.keyClicks(page.findChild(QLineEdit, "practiceAddress"), "Lindelaan 1, 3500 AA Utrecht")
    qtbot.keyClicks(page.findChild(QLineEdit, "practicePhone"), "030 1234567")
    gp_input = page.findChild(QLineEdit, "practiceGpInput")
    qtbot.keyClicks(gp_input, "dr. A. de Wit")
    qtbot.keyClick(gp_input, Qt.Key.Key_Return)
    # Enter adds the GP to the list and does not move the wizard on
    assert page.findChild(QListWidget, "practiceGpList").count() == 1
    assert wizard.currentPage() is page

    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    agb_error = page.findChild(QLabel, "practiceAgbError")
    assert agb_error.isVisible()
    assert agb_error.text() == "Een AGB-code heeft 8 cijfers."
    assert wizard.currentPage() is page

    agb.clear()
    qtbot.keyClicks(agb, "01234567")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.user_page

    user_page = wizard.user_page
    qtbot.keyClicks(user_page.findChild(QLineEdit, "wizardUserName"), "sanne")
    qtbot.keyClicks(user_page.findChild(QLineEdit, "wizardDisplayName"), "Sanne de Vries")
    qtbot.keyClicks(user_page.findChild(QLineEdit, "passphrase"), "kort")
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    error = user_page.findChild(QLabel, "passphraseError")
    assert error.isVisible()
    assert "minstens 10 tekens" in error.text()
    assert not paths.exists()

    user_page.findChild(QLineEdit, "passphrase").clear()
    qtbot.keyClicks(user_page.findChild(QLineEdit, "passphrase"), PASSPHRASE)
    qtbot.keyClicks(user_page.findChild(QLineEdit, "passphraseRepeat"), PASSPHRASE)
    strength = user_page.findChild(QLabel, "passphraseStrength")
    assert strength.text() in {"Goed.", "Sterk."}
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=3000)
    assert paths.exists()

    key_text = wizard.recovery_page.findChild(QLabel, "recoveryKey").text()
    assert len(key_text.split()) == 7
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()  # closing before the key is kept does nothing
    assert wizard.isVisible()
    click(qtbot, wizard.recovery_page.panel.confirm)
    assert finish.isEnabled()
    click(qtbot, finish)

    qtbot.waitUntil(lambda: win.isVisible() and win.is_unlocked, timeout=3000)
    assert win.windowTitle() == "POH Sociaal Domein — Huisartsenpraktijk De Linde"
    assert win.shell.practice_label.text() == "Huisartsenpraktijk De Linde"
    assert win.shell.user_label.text() == "Sanne de Vries"
    assert not wizard.isVisible()
    # the database is real: the same passphrase unlocks it on another thread later
    users = Workspace.list_users(paths)
    assert [u.name for u in users] == ["sanne"]


def test_wizard_shows_core_errors_beside_fields(qtbot, make_window) -> None:
    win = make_window()
    win.start()
    wizard = win.wizard
    page = wizard.practice_page
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    name_error = page.findChild(QLabel, "practiceNameError")
    assert name_error.text() == "Vul dit in."
    qtbot.keyClicks(page.findChild(QLineEdit, "practiceName"), "De Linde")
    qtbot.keyClicks(page.findChild(QLineEdit, "practicePhone"), "12")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert not name_error.isVisible()
    assert "telefoonnummer" in page.findChild(QLabel, "practicePhoneError").text()
    assert wizard.currentPage() is page


def test_cancel_before_creating_requests_quit(qtbot, make_window, paths) -> None:
    win = make_window()
    win.start()
    with qtbot.waitSignal(win.quit_requested, timeout=1000):
        win.wizard.reject()
    assert not paths.exists()


def test_arguments() -> None:
    args = parse_args(["--data-dir", "/tmp/x", "--demo", "--lang", "en"])
    assert (args.data_dir, args.demo, args.lang) == ("/tmp/x", True, "en")
    assert parse_args([]).lang == "nl"


def test_application_is_calm_and_readable(qapp) -> None:
    small = QFont(qapp.font())
    small.setPointSizeF(8)
    assert readable_font(small).pointSizeF() == 10
    large = QFont(small)
    large.setPointSizeF(12)
    assert readable_font(large).pointSizeF() == 12
    palette = calm_palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#f5f7f8"
    assert palette.color(QPalette.ColorRole.Base).name() == "#ffffff"
