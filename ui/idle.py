"""Lock triggers the UI applies: user-input idle timer, suspend and (on Windows) session lock.

What Qt offers, per platform:
- `QGuiApplication.applicationStateChanged` reports `ApplicationSuspended` only on mobile
  platforms; on Windows, macOS and Linux desktops it switches between Active and Inactive
  (another window has focus), which is no reason to lock.
- Qt has no signal for the Windows session lock (Win+L) or for sleep. On Windows we register
  the main window with `WTSRegisterSessionNotification` and read `WM_WTSSESSION_CHANGE`
  (`WTS_SESSION_LOCK`) and `WM_POWERBROADCAST` (`PBT_APMSUSPEND`, also sent when the lid
  closes into sleep) through a `QAbstractNativeEventFilter`.
- Elsewhere the idle timer and Ctrl+L remain; suspend is covered by the idle limit.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from typing_extensions import override

from pohsd.security.lockpolicy import LockPolicy

if sys.platform == "win32":
    import ctypes
    import ctypes.wintypes

log = logging.getLogger(__name__)

_INPUT_EVENTS = frozenset(
    int(t)
    for t in (
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    )
)


class IdleWatcher(QObject):
    """Application event filter: restarts a timer on every user input.

    Signals:
        idle(): no keyboard, mouse or touch input for the whole interval.
    """

    idle = Signal()

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LockPolicy().idle_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._installed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._installed

    def set_policy(self, policy: LockPolicy) -> None:
        self.set_interval_ms(policy.idle_ms)

    def set_interval_ms(self, ms: int) -> None:
        """Change the limit (tests use a few milliseconds); restarts a running timer."""
        self._timer.setInterval(max(1, ms))
        if self._installed:
            self._timer.start()

    def start(self) -> None:
        if not self._installed:
            self._app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        if self._installed:
            self._app.removeEventFilter(self)
            self._installed = False
        self._timer.stop()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: any user input restarts the countdown."""
        if int(event.type()) in _INPUT_EVENTS:
            self._timer.start()
        return False

    def _on_timeout(self) -> None:
        if self._installed:
            self.idle.emit()


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    """Reads Windows messages for session lock and suspend."""

    WM_WTSSESSION_CHANGE = 0x02B1
    WTS_SESSION_LOCK = 0x7
    WM_POWERBROADCAST = 0x0218
    PBT_APMSUSPEND = 0x4

    def __init__(self, on_lock: Callable[[str], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    @override
    def nativeEventFilter(self, eventType: QByteArray | bytes, message: int) -> object:
        """Override QAbstractNativeEventFilter.nativeEventFilter."""
        if bytes(eventType) in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):
            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == self.WM_WTSSESSION_CHANGE and msg.wParam == self.WTS_SESSION_LOCK:
                self._on_lock("session_lock")
            elif msg.message == self.WM_POWERBROADCAST and msg.wParam == self.PBT_APMSUSPEND:
                self._on_lock("suspend")
        return False, 0


class SessionLockWatcher(QObject):
    """Turns platform events (suspend, Windows session lock) into lock requests.

    Signals:
        lock_requested(str): the reason code ("suspend" or "session_lock").
    """

    lock_requested = Signal(str)

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._hwnd: int | None = None
        self._native: _WindowsSessionFilter | None = None
        app.applicationStateChanged.connect(self._on_state)
        if sys.platform == "win32":
            self._native = _WindowsSessionFilter(self.lock_requested.emit)
            app.installNativeEventFilter(self._native)

    def watch_window(self, win_id: int) -> None:
        """Ask Windows to send session-change messages to this top-level window."""
        if sys.platform != "win32" or self._hwnd is not None:
            return
        try:
            ok = ctypes.windll.wtsapi32.WTSRegisterSessionNotification(
                ctypes.wintypes.HWND(win_id), 0
            )
        except OSError:
            ok = 0
        if ok:
            self._hwnd = win_id
        else:
            log.warning("session.lock_watch_unavailable")

    def dispose(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self._app.applicationStateChanged.disconnect(self._on_state)
        if self._native is not None:
            self._app.removeNativeEventFilter(self._native)
            self._native = None
        if sys.platform == "win32" and self._hwnd is not None:
            ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(
                ctypes.wintypes.HWND(self._hwnd)
            )
            self._hwnd = None

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit("suspend")
