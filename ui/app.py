"""Entry point and composition root: arguments, paths, logging, QApplication, translators."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: TID251 — composition root

import pohsd
from pohsd.instance import AlreadyRunning, InstanceLock
from pohsd.paths import AppPaths, resources_dir
from pohsd.policy import current_policy
from pohsd.security.kdf import KdfParams
from ui.bridge import ChangeBridge
from ui.dialogs.backup_exit import install_backup_hooks
from ui.i18n import LANGUAGES, install_translators
from ui.idle import IdleWatcher, SessionLockWatcher
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.session import AppConfig

log = logging.getLogger("pohsd")

MIN_POINT_SIZE = 10.0
EXIT_ALREADY_RUNNING = 3  # a second pohsd on the same data folder
# Test hook for the packaged build (tests/packaging/test_frozen.py, bench startup_frozen): with
# POHSD_EXIT_AFTER_UNLOCK_SHOWN=1 the app quits (exit 0) as soon as the unlock screen lists its
# users, after logging `app.unlock_shown` and printing `unlock-shown users=N` if it has a console.
# It exits 4 if loading the users fails and 5 if the screen is not there within two minutes.
EXIT_AFTER_UNLOCK_SHOWN = "POHSD_EXIT_AFTER_UNLOCK_SHOWN"
UNLOCK_SHOWN_TIMEOUT_MS = 120_000

STYLE_SHEET = """
QFrame#card { background: #ffffff; border: 1px solid #d5dde3; border-radius: 8px; }
QFrame#header { background: #ffffff; border-bottom: 1px solid #d5dde3; }
QFrame#statusLine { background: #eef2f5; border-top: 1px solid #d5dde3; }
QListWidget#navRail { background: #eef2f5; border: none; border-right: 1px solid #d5dde3;
    padding-top: 8px; outline: 0; }
QListWidget#navRail::item { padding: 4px 10px; border-radius: 6px; margin: 0 6px; }
QListWidget#navRail::item:selected { background: #d4e6ef; color: #12303f; }
QLabel#demoBand, QLabel#statusDemo { background: #f6d57a; color: #3d2e00; font-weight: bold;
    padding: 4px 10px; }
QLabel[role="error"] { color: #a1261b; }
QLabel[role="hint"] { color: #52606d; }
QLabel[role="empty"] { color: #52606d; font-size: 13pt; }
QLabel[role="demo"] { background: #fbeec2; color: #3d2e00; padding: 6px 8px; border-radius: 4px; }
QLabel#recoveryKey { background: #f7f9fa; border: 1px dashed #9aa5b1; border-radius: 6px;
    padding: 16px; color: #12303f; }
QLineEdit[policy="fixed"] { background: #eef2f5; color: #3e4c59; }
QPushButton[primary="true"] { background: #2f6f8f; color: #ffffff; border: 1px solid #255a75;
    border-radius: 4px; padding: 6px 16px; }
QPushButton[primary="true"]:disabled { background: #9fb8c6; border-color: #9fb8c6; }
QPushButton[primary="true"]:hover { background: #275f7b; }
"""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pohsd", description="POH Sociaal Domein")
    parser.add_argument("--data-dir", help="map voor de gegevens (anders POHSD_HOME of standaard)")
    parser.add_argument("--demo", action="store_true", help="werk met fictieve demogegevens")
    parser.add_argument("--lang", choices=LANGUAGES, default="nl", help="taal: nl of en")
    return parser.parse_args(list(argv) if argv is not None else None)


def setup_logging(paths: AppPaths) -> None:
    """Event codes only go to the log; never client data."""
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir / "pohsd.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # migration chatter: not events

    def excepthook(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        log.error("unhandled exception", exc_info=(kind, value, tb))

    sys.excepthook = excepthook


def calm_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f5f7f8",
        QPalette.ColorRole.WindowText: "#1f2933",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#eef2f5",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2933",
        QPalette.ColorRole.PlaceholderText: "#7b8794",
        QPalette.ColorRole.Text: "#1f2933",
        QPalette.ColorRole.Button: "#e9eef2",
        QPalette.ColorRole.ButtonText: "#1f2933",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#2f6f8f",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#1d5f80",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa5b1"))
    return palette


def readable_font(font: QFont) -> QFont:
    """The system font, but never below 10 pt."""
    readable = QFont(font)
    if readable.pointSizeF() < MIN_POINT_SIZE:
        readable.setPointSizeF(MIN_POINT_SIZE)
    return readable


def configure_application(app: QApplication) -> None:
    """Fusion, the calm light palette, a base font of at least 10 pt, the style sheet."""
    app.setApplicationName("pohsd")
    app.setApplicationDisplayName("POH Sociaal Domein")
    app.setApplicationVersion(pohsd.__version__)
    app.setStyle("Fusion")
    app.setPalette(calm_palette())
    app.setFont(readable_font(app.font()))
    app.setStyleSheet(STYLE_SHEET)
    icon = resources_dir() / "icons" / "pohsd.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def _prepare_demo(paths: AppPaths) -> bool:
    """On the DB thread: make the demo folder (the core import happens there, not at start)."""
    from pohsd.demo import ensure_demo  # deferred: startup budget (DB thread)

    return ensure_demo(paths)


def claim_data_dir(paths: AppPaths) -> InstanceLock | None:
    """One pohsd per data folder: take its lock, or say (in Dutch) that it is already open."""
    lock = InstanceLock(paths.data_dir)
    try:
        return lock.acquire()
    except AlreadyRunning:
        log.info("app.already_running")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "POH Sociaal Domein",
        QCoreApplication.translate("App", "pohsd is al geopend met deze gegevensmap."),
        QMessageBox.StandardButton.Ok,
    )
    box.setObjectName("alreadyRunningBox")
    box.setAccessibleName(QCoreApplication.translate("App", "pohsd is al geopend"))
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Gebruik het venster dat al open is (kijk in de taakbalk). Wilt u hier toch "
            "beginnen, sluit dan eerst dat venster.\n\nGegevensmap: {folder}",
        ).format(folder=paths.data_dir)
    )
    box.exec()
    return None


def build_main_window(
    paths: AppPaths,
    *,
    demo: bool = False,
    kdf: KdfParams | None = None,
    allow_weak_kdf: bool = False,
    runner: TaskRunner | None = None,
) -> MainWindow:
    """Compose the main window and its collaborators (tests pass a weak KDF and a runner)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("a QApplication must exist")
    runner = runner or TaskRunner()
    config = AppConfig(paths=paths, demo=demo, kdf=kdf, allow_weak_kdf=allow_weak_kdf)
    bridge = ChangeBridge()
    window = MainWindow(
        config,
        runner,
        bridge,
        IdleWatcher(app),
        SessionLockWatcher(app),
        prepare_demo=(lambda: _prepare_demo(paths)) if demo else None,
    )
    bridge.setParent(window)
    window.idle.setParent(window)
    window.session_lock.setParent(window)
    return window


def exit_when_unlock_shown(app: QApplication, window: MainWindow) -> None:
    """The EXIT_AFTER_UNLOCK_SHOWN hook: quit once the visible unlock screen has its users."""

    def shown(users: list[object]) -> None:
        if not window.isVisible() or window.root.currentWidget() is not window.unlock_page:
            return
        log.info("app.unlock_shown users=%d", len(users))
        if sys.stdout is not None:  # a windowed Windows build has no console
            sys.stdout.write(f"unlock-shown users={len(users)}\n")
            sys.stdout.flush()
        QTimer.singleShot(0, app.quit)

    def not_shown(event: str, code: int) -> None:
        log.error("app.%s", event)
        app.exit(code)

    window.unlock_page.vm.users_loaded.connect(shown)
    window.unlock_page.vm.failed.connect(lambda _exc: not_shown("unlock_failed", 4))
    QTimer.singleShot(UNLOCK_SHOWN_TIMEOUT_MS, lambda: not_shown("unlock_not_shown", 5))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    paths = AppPaths.resolve(args.data_dir, demo=args.demo)
    paths.ensure()
    setup_logging(paths)
    log.info("app.start version=%s demo=%s", pohsd.__version__, int(args.demo))
    if current_policy().active:  # problems in IT's policy file are logged as it is read
        log.info("app.policy path=%s", current_policy().path)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    configure_application(app)
    install_translators(app, args.lang)
    if args.demo and paths.exists() and not paths.is_demo:
        # --demo never opens real data
        QMessageBox.critical(
            None,
            "POH Sociaal Domein",
            QCoreApplication.translate(
                "App",
                "In deze map staan echte gegevens. De demo gebruikt alleen een eigen, lege map.",
            ),
        )
        return 2
    instance = claim_data_dir(paths)  # before the unlock window; released when we exit
    if instance is None:
        return EXIT_ALREADY_RUNNING
    runner = TaskRunner()
    app.aboutToQuit.connect(runner.shutdown)
    window = build_main_window(paths, demo=args.demo, runner=runner)
    window.quit_requested.connect(app.quit)
    install_backup_hooks(window, runner)  # daily after unlock, and on closing
    if os.environ.get(EXIT_AFTER_UNLOCK_SHOWN) == "1":
        exit_when_unlock_shown(app, window)
    try:
        window.start()
    except Exception as exc:  # a bug or an unusable folder: say so in Dutch, log the rest
        log.exception("app.start_failed")
        QMessageBox.critical(None, "POH Sociaal Domein", error_text(exc))
        return 1
    code = app.exec()
    log.info("app.stop")
    instance.release()
    return code


if __name__ == "__main__":
    sys.exit(main())
