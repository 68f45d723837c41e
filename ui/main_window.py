"""The shell: unlock screen, header, left rail, pages, status line, shortcuts and locking."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,  # noqa: TID251 — the shell is a controller
    QStackedWidget,
    QStyle,
    QWidget,
)
from typing_extensions import override

from pohsd.domain.changes import Changes
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.intake import Draft
from pohsd.domain.practice import Practice
from pohsd.security.lockpolicy import LockPolicy
from pohsd.unlock import SlotUser
from ui.bridge import ChangeBridge
from ui.clipboard import shared_clipboard
from ui.dialogs.client_edit_dialog import ClientEditDialog
from ui.dialogs.drafts_dialog import DraftsDialog
from ui.dialogs.firstrun_wizard import FirstRunWizard
from ui.dialogs.letter_dialog import LetterDialog
from ui.dialogs.recovery_dialog import RecoveryDialog
from ui.dialogs.referral_dialog import ReferralDialog
from ui.dialogs.signal_dialog import SignalDialog
from ui.dialogs.socialmap_sync import SocialMapSyncDialog
from ui.i18n import arg
from ui.idle import IdleWatcher, SessionLockWatcher
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.session import AppConfig, SessionInfo
from ui.views.main_help import (  # noqa: F401 - the page indices are used by callers
    CLIENTS,
    HELP,
    HELP_LOCKED,
    REPORTS,
    SETTINGS,
    SHORTCUTS,
    SOCIALMAP,
    TODAY,
)
from ui.views.main_window_view import MainWindowView
from ui.widgets.clients_page import ClientsPage
from ui.widgets.report_page import ReportPage
from ui.widgets.settings_page import SettingsPage
from ui.widgets.socialmap_page import SocialMapPage
from ui.widgets.today_page import TodayPage
from ui.widgets.unlock_page import UnlockPage

log = logging.getLogger(__name__)

APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "POH Sociaal Domein")
DEMO_TEXT = QT_TRANSLATE_NOOP("MainWindow", "DEMO — fictieve gegevens")


class Page(Protocol):
    def clear(self) -> None: ...
    def refresh(self) -> None: ...


class MainWindow(QMainWindow):
    """The main window: unlock page and shell in one stack.

    Signals:
        unlocked(): a session started (after unlock, recovery or the first-run wizard).
        locked(str): the session was locked; the reason code.
        quit_requested(): the first-run wizard was cancelled before a database existed.
    """

    unlocked = Signal()
    locked = Signal(str)
    quit_requested = Signal()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("MainWindow", text)

    def __init__(
        self,
        config: AppConfig,
        runner: TaskRunner,
        bridge: ChangeBridge,
        idle: IdleWatcher,
        session_lock: SessionLockWatcher,
        *,
        prepare_demo: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.config = config
        self.runner = runner
        self.bridge = bridge
        self.idle = idle
        self.session_lock = session_lock
        self._prepare_demo = prepare_demo
        self.session: SessionInfo | None = None
        self.wizard: FirstRunWizard | None = None
        self.setMinimumSize(960, 600)
        self.resize(1366, 768)

        self.root = QStackedWidget(self)
        self.root.setObjectName("rootStack")
        self.setCentralWidget(self.root)
        self.unlock_page = UnlockPage(config, runner, self.root)
        self.shell = MainWindowView(self.root)
        self.root.addWidget(self.unlock_page)
        self.root.addWidget(self.shell)

        self.today = TodayPage(runner, bridge, self.shell)
        self.clients = ClientsPage(
            runner,
            bridge,
            self.shell,
            editor_factory=ClientEditDialog,
            signal_dialog_factory=SignalDialog,
            referral_dialog_factory=ReferralDialog,
            letter_dialog_factory=LetterDialog,
        )
        self.socialmap = SocialMapPage(
            runner,
            self.shell,
            sync_dialog_factory=SocialMapSyncDialog,
            referral_dialog_factory=ReferralDialog,
            bridge=bridge,
        )
        self.reports = ReportPage(runner, self.shell)
        self.settings = SettingsPage(config, runner, bridge, self.shell)
        self.pages: list[Page] = [
            self.today,
            self.clients,
            self.socialmap,
            self.reports,
            self.settings,
        ]
        icon = self.style().standardIcon
        pixmap = QStyle.StandardPixmap
        for page, pix, text in (
            (self.today, pixmap.SP_FileDialogInfoView, self.tr("Vandaag")),
            (self.clients, pixmap.SP_DirHomeIcon, self.tr("Cliënten")),
            (self.socialmap, pixmap.SP_DriveNetIcon, self.tr("Sociale kaart")),
            (self.reports, pixmap.SP_FileDialogContentsView, self.tr("Rapportage")),
            (self.settings, pixmap.SP_FileDialogDetailedView, self.tr("Instellingen")),
        ):
            self.shell.add_page(icon(pix), text, page)  # type: ignore[arg-type]
        self.shell.rail.currentRowChanged.connect(self.shell.pages.setCurrentIndex)
        self.shell.rail.currentRowChanged.connect(self._page_shown)

        self.unlock_page.unlocked.connect(self._enter)
        self.unlock_page.recovery_requested.connect(self._open_recovery)
        self.shell.lock_button.clicked.connect(lambda: self.lock("manual"))
        self.shell.search.textEdited.connect(self._search_typed)
        self.shell.search.returnPressed.connect(self.focus_search)
        self.today.new_client_requested.connect(self.new_client)
        self.today.client_requested.connect(self._open_from_today)
        self.today.intake_requested.connect(self._open_intake_from_today)
        self.today.count_changed.connect(self._today_count)
        self.settings.practice_changed.connect(self._practice_changed)
        self.settings.idle_minutes_changed.connect(self._idle_minutes_changed)
        self.settings.lock_requested.connect(self.lock)
        self.bridge.changed.connect(self._changed)
        self.runner.busy_changed.connect(self.shell.busy_label.setVisible)
        self.runner.unhandled.connect(self._unhandled)
        self.idle.idle.connect(lambda: self.lock("idle"))
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(shared_clipboard().clear_now)
        self.session_lock.lock_requested.connect(self.lock)
        for keys, slot in (
            ("Ctrl+F", self.focus_search),
            ("Ctrl+N", self.new_client),
            ("Ctrl+L", lambda: self.lock("manual")),
            ("F1", self.show_help),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self.setWindowTitle(self._title(None))

    # ---- starting ------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the first-run wizard, prepare the demo, or show the unlock screen."""
        paths = self.config.paths
        if self.config.demo and not paths.exists() and self._prepare_demo is not None:
            self.show()
            self.unlock_page.set_preparing(True)
            self.runner.db_raw(self._prepare_demo).success(self._demo_ready).failure(
                self._demo_failed
            ).run()
        elif not paths.exists():
            self.wizard = FirstRunWizard(self.config, self.runner)
            self.wizard.completed.connect(self._wizard_done)
            self.wizard.rejected.connect(self.quit_requested.emit)
            self.wizard.show()
        else:
            self.show()
            self.unlock_page.reset()

    def _demo_ready(self, _created: object) -> None:
        self.unlock_page.set_preparing(False)
        self.unlock_page.reset()

    def _demo_failed(self, exc: BaseException) -> None:
        self.unlock_page.set_preparing(False)
        self.unlock_page.show_error(exc)

    def _wizard_done(self, session: SessionInfo) -> None:
        self.show()
        self._enter(session)
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None

    def _open_recovery(self, user_name: str, users: list[SlotUser]) -> None:
        dialog = RecoveryDialog(self.config, self.runner, user_name, users, self)
        dialog.recovered.connect(self._enter)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    # ---- unlocked ------------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.session is not None

    def _enter(self, session: SessionInfo) -> None:
        self.session = session
        self._apply_practice(session.practice)
        self.shell.user_label.setText(session.user_label)
        demo = session.is_demo or self.config.demo
        self.shell.demo_band.setVisible(demo)
        self.shell.status_demo.setVisible(demo)
        self.shell.saved_label.clear()
        self.root.setCurrentWidget(self.shell)
        self.go_to(TODAY)
        for page in self.pages:
            page.refresh()
        self.idle.set_policy(LockPolicy(session.idle_minutes))
        self.idle.start()
        self.shell.rail.setFocus()
        log.info("session.unlocked")
        self.unlocked.emit()
        self._offer_drafts()

    def _offer_drafts(self) -> None:
        """Changes autosaved but never confirmed (a crash, a lock) are offered back."""
        self.runner.db(lambda ws: ws.intakes.pending_drafts()).success(self._show_drafts).run()

    def _show_drafts(self, drafts: list[Draft]) -> None:
        if not drafts or self.session is None:
            return
        dialog = DraftsDialog(drafts, self)
        dialog.restore_requested.connect(self._restore_drafts)
        dialog.discard_requested.connect(self._discard_drafts)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _restore_drafts(self, intake_id: str, _client_id: str) -> None:
        self.go_to(CLIENTS)
        self.clients.open_intake(intake_id)

    def _discard_drafts(self, intake_id: str) -> None:
        self.runner.db(lambda ws: ws.intakes.discard_drafts(intake_id)).success(
            lambda changes: self.bridge.publish(changes, self)
        ).run()

    def _page_shown(self, index: int) -> None:
        """The Sociale kaart knows the client open in Cliënten: it can refer for them."""
        if self.pages[index] is self.socialmap:
            client = self.clients.open_client_record()
            if client is None:
                self.socialmap.set_client(None)
            else:
                self.socialmap.set_client(
                    client.id,
                    client.full_name,
                    client.age_on(date.today()),
                    client.address.postal_code,
                )

    def _open_from_today(self, client_id: str, tab: str, referral_id: str) -> None:
        """A Vandaag row: the client's record at the tab where the work continues."""
        if self.is_unlocked:
            self.go_to(CLIENTS)
            self.clients.open_at(client_id, tab, referral_id)

    def _open_intake_from_today(self, intake_id: str) -> None:
        if self.is_unlocked:
            self.go_to(CLIENTS)
            self.clients.open_intake_screen(intake_id)

    def _today_count(self, count: int) -> None:
        """The rail shows how many follow-ups and actions wait (a count, never a name)."""
        item = self.shell.rail.item(TODAY)
        if item is not None:
            text = self.tr("Vandaag")
            item.setText(f"{text} ({count})" if count and self.is_unlocked else text)

    def go_to(self, index: int) -> None:
        self.shell.rail.setCurrentRow(index)

    def focus_search(self) -> None:
        if not self.is_unlocked:
            return
        if self.shell.rail.currentRow() == SOCIALMAP:
            self.socialmap.focus_search()
            return
        self.go_to(CLIENTS)
        self.clients.focus_search()

    def new_client(self) -> None:
        if not self.is_unlocked:
            return
        self.go_to(CLIENTS)
        self.clients.new_client()

    def show_help(self) -> None:
        if self.is_unlocked:
            text = self.tr(HELP[self.shell.rail.currentRow()])
        else:
            text = self.tr(HELP_LOCKED)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Hulp"), text, parent=self)
        box.setObjectName("helpBox")
        box.setInformativeText(self.tr(SHORTCUTS))
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()

    def _search_typed(self, text: str) -> None:
        """Typing in the header search continues in the Cliënten search field."""
        if not text or not self.is_unlocked:
            return
        self.shell.search.clear()
        self.focus_search()
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus is not self.shell.search:
            focus.insert(text)

    def _practice_changed(self, practice: Practice) -> None:
        if self.session is not None:
            self._apply_practice(practice)

    def _apply_practice(self, practice: Practice) -> None:
        self.shell.practice_label.setText(practice.naam)
        self.setWindowTitle(self._title(practice.naam))

    def _title(self, practice_name: str | None) -> str:
        parts = [self.tr(APP_TITLE)]
        if practice_name:
            parts.append(practice_name)
        if self.config.demo or (self.session is not None and self.session.is_demo):
            parts.append(self.tr(DEMO_TEXT))
        return " — ".join(parts)

    def _idle_minutes_changed(self, minutes: int) -> None:
        if self.is_unlocked:
            self.idle.set_policy(LockPolicy(minutes))

    def _changed(self, _changes: Changes, _initiator: object) -> None:
        if self.is_unlocked:
            self.shell.saved_label.setText(
                arg(self.tr("opgeslagen %1"), QTime.currentTime().toString("HH:mm"))
            )

    def _unhandled(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr(APP_TITLE), error_text(exc), parent=self
        )
        box.setObjectName("errorBox")
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()

    # ---- locking -------------------------------------------------------------------------------

    def lock(self, reason: str = "manual") -> None:
        """Clear every page first, show the unlock screen, then close the workspace."""
        if self.session is None:
            return
        self.clients.flush_autosave()  # queued before the workspace closes, so written first
        self.session = None
        self.idle.stop()
        shared_clipboard().clear_now()  # only if it still holds our text
        self._clear_everything()
        self.root.setCurrentWidget(self.unlock_page)
        self.setWindowTitle(self._title(None))
        self.runner.close_workspace("session.lock")
        # callbacks of tasks queued before the lock may still arrive: clear once more after them
        self.runner.db_raw(lambda: None).success(lambda _r: self._after_close()).run()
        self.unlock_page.reset()
        log.info("session.locked reason=%s", reason)
        self.locked.emit(reason)

    def _clear_everything(self) -> None:
        for page in self.pages:
            page.clear()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                force_close = getattr(dialog, "force_close", None)
                if callable(force_close):
                    force_close()
                else:
                    dialog.reject()
        self.shell.search.clear()
        self.shell.practice_label.clear()
        self.shell.user_label.clear()
        self.shell.saved_label.clear()

    def _after_close(self) -> None:
        if self.session is None:
            for page in self.pages:
                page.clear()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: on Windows, ask for session-lock messages."""
        super().showEvent(event)
        self.session_lock.watch_window(int(self.winId()))

    def dispose(self) -> None:
        """Detach the application-wide filters (tests; the app quits instead)."""
        self.idle.stop()
        self.session_lock.dispose()
