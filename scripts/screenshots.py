"""Render the main screens offscreen at 1366×768 into PNG files (review and README images).

Usage: python scripts/screenshots.py [--out docs/screenshots] [--lang nl|en]
Works in a temporary data folder; the demo data is fictional.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget, QWizard

from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import DEMO_PASSPHRASE
from ui.app import build_main_window, configure_application
from ui.i18n import install_translators
from ui.main_window import CLIENTS, SETTINGS, SOCIALMAP, TODAY, MainWindow
from ui.tasks import TaskRunner
from ui.widgets.intake_page import IntakePage

SIZE = (1366, 768)
REPO = Path(__file__).resolve().parents[1]


class Idle:
    """Tracks whether the runner has work queued."""

    def __init__(self, runner: TaskRunner) -> None:
        self.busy = False
        runner.busy_changed.connect(self._set)

    def _set(self, busy: bool) -> None:
        self.busy = busy


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not become ready")
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QTest.qWait(50)


def settle(idle: Idle) -> None:
    QTest.qWait(50)
    wait_until(lambda: not idle.busy)
    QTest.qWait(200)  # let item views lay out


def shoot(widget: QWidget, out: Path, name: str) -> None:
    QCoreApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)


def type_into(parent: QWidget, name: str, text: str) -> None:
    field = parent.findChild(QLineEdit, name)
    field.setFocus()
    QTest.keyClicks(field, text)


def first_run(root: Path, runner: TaskRunner, idle: Idle, out: Path) -> None:
    paths = AppPaths.resolve(root / "nieuw")
    win = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=runner)
    win.start()
    wizard = win.wizard
    if wizard is None:
        raise RuntimeError("expected the first-run wizard")
    page = wizard.practice_page
    type_into(page, "practiceName", "Huisartsenpraktijk De Linde")
    type_into(page, "practiceAgb", "01234567")
    type_into(page, "practiceAddress", "Lindelaan 1, 3500 AA Utrecht")
    type_into(page, "practicePhone", "030 1234567")
    for gp in ("dr. A. de Wit", "dr. B. Bakker"):
        type_into(page, "practiceGpInput", gp)
        QTest.keyClick(page.findChild(QLineEdit, "practiceGpInput"), Qt.Key.Key_Return)
    shoot(wizard, out, "firstrun_1_praktijk")
    wizard.next()
    user = wizard.user_page
    type_into(user, "wizardUserName", "sanne")
    type_into(user, "wizardDisplayName", "Sanne de Vries")
    type_into(user, "passphrase", "vier woorden op een rij")
    type_into(user, "passphraseRepeat", "vier woorden op een rij")
    shoot(wizard, out, "firstrun_2_gebruiker")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_until(lambda: wizard.currentPage() is wizard.recovery_page)
    shoot(wizard, out, "firstrun_3_herstelsleutel")
    wizard.recovery_page.panel.confirm.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until(lambda: win.is_unlocked)
    settle(idle)
    win.lock("manual")
    settle(idle)
    win.dispose()
    win.close()


def demo(root: Path, runner: TaskRunner, idle: Idle, out: Path) -> MainWindow:
    paths = AppPaths.resolve(root / "demo")
    win = build_main_window(paths, demo=True, runner=runner)
    win.resize(*SIZE)
    win.start()
    win.resize(*SIZE)
    page = win.unlock_page
    wait_until(lambda: page.view.user.count() > 0 and page.view.unlock.isEnabled(), 120)
    shoot(win, out, "unlock")
    type_into(page.view, "unlockPassphrase", DEMO_PASSPHRASE)
    page.view.unlock.click()
    wait_until(lambda: win.is_unlocked, 60)
    settle(idle)
    shoot(win, out, "vandaag")
    win.go_to(CLIENTS)
    settle(idle)
    shoot(win, out, "clienten")
    shoot(win, out, "main")
    win.go_to(SETTINGS)
    settle(idle)
    shoot(win, out, "instellingen")
    win.settings.tabs.setCurrentIndex(1)
    settle(idle)
    shoot(win, out, "instellingen_gebruikers")
    win.settings.tabs.setCurrentIndex(2)
    shoot(win, out, "instellingen_beveiliging")
    social_map(win, idle, out)
    win.go_to(TODAY)
    return win


def social_map(win: MainWindow, idle: Idle, out: Path) -> None:
    """The Sociale kaart with the demo map: search "schulden", the first hit opened."""
    win.go_to(SOCIALMAP)
    settle(idle)
    page = win.socialmap
    type_into(page.view, "socialmap_search", "schulden")
    QTest.qWait(300)  # the search debounce
    settle(idle)
    page.view.list.setCurrentIndex(page.model.index(0, 0))
    settle(idle)
    shoot(win, out, "sociale_kaart")


def open_client_named(win: MainWindow, idle: Idle, given_name: str) -> None:
    win.go_to(CLIENTS)
    settle(idle)
    model = win.clients.list_vm.model
    client = next(c for c in model.all_rows() if c.full_name.startswith(given_name))
    win.clients.open_client(client.id)
    wait_until(lambda: win.clients.stack.currentWidget() is win.clients.record_view)
    settle(idle)


def open_conversation(win: MainWindow, idle: Idle, row: int) -> IntakePage:
    tabs = win.clients.intakes
    wait_until(lambda: tabs.list_model.rowCount() > row)
    tabs.open_intake(tabs.list_model.row_object(row).id, win.clients.record_vm.client)
    page = tabs.page
    wait_until(lambda: page.content is not None)
    settle(idle)
    return page


def goto(page: IntakePage, idle: Idle, view_id: str) -> None:
    page.vm.goto(view_id)
    settle(idle)


def intake_screens(win: MainWindow, idle: Idle, out: Path) -> None:
    """The intake screen of screens.md: parts, signals, worksheet, plan, web, kijkmodus."""
    open_client_named(win, idle, "Fatima")
    wait_until(lambda: win.clients.intakes.radar.data is not None)
    settle(idle)
    shoot(win, out, "intake_overzicht")
    win.clients.record_view.show_tab("gesprekken")
    settle(idle)
    shoot(win, out, "intake_gesprekken")
    page = open_conversation(win, idle, 0)
    goto(page, idle, "geld.schulden")
    shoot(win, out, "intake")
    page.signals.open_first()
    dialog = page.signals.dialog
    if isinstance(dialog, QWidget):
        settle(idle)
        shoot(dialog, out, "intake_signaal")
        dialog.force_close()
        settle(idle)
    goto(page, idle, "gezondheid.psychisch")
    page.content.open_more()
    settle(idle)
    shoot(win, out, "intake_psychisch")
    page.set_kijkmodus(True)
    settle(idle)
    shoot(win, out, "intake_kijkmodus")
    page.set_kijkmodus(False)
    goto(page, idle, "opening")
    shoot(win, out, "intake_opening")
    goto(page, idle, "prioriteiten")
    shoot(win, out, "intake_prioriteiten")
    page.leave()
    settle(idle)

    open_client_named(win, idle, "Daan")
    page = open_conversation(win, idle, 0)
    goto(page, idle, "geld.rondkomen")
    scroll = page.view.scroll
    if page.extras.finance is not None:
        scroll.ensureWidgetVisible(page.extras.finance)
    settle(idle)
    shoot(win, out, "intake_financieel")
    goto(page, idle, "plan")
    shoot(win, out, "intake_plan")
    goto(page, idle, "afsluiting")
    shoot(win, out, "intake_afsluiting")
    page.leave()
    settle(idle)

    open_client_named(win, idle, "Henk")
    page = open_conversation(win, idle, 1)
    shoot(win, out, "intake_vervolg")
    if page.extras.changes is not None:
        page.view.scroll.ensureWidgetVisible(page.extras.changes)
    settle(idle)
    shoot(win, out, "intake_vervolg_verandering")
    page.leave()
    settle(idle)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--font-scale", type=float, default=1.0, help="e.g. 1.25 for review")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    if args.font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    install_translators(app, args.lang)
    runner = TaskRunner()
    idle = Idle(runner)
    with tempfile.TemporaryDirectory(prefix="pohsd-shots-") as tmp:
        root = Path(tmp)
        first_run(root, runner, idle, out)
        win = demo(root, runner, idle, out)
        intake_screens(win, idle, out)
        win.lock("manual")
        settle(idle)
        win.dispose()
        runner.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
