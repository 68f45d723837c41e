"""Sensitive clipboard: marked for Windows to skip history and cloud, cleared after a while.

The text is cleared after N seconds (setting, default 60), at lock and at quit, but only if
the clipboard still holds our text: something the user copied since is left alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_SETTING = "brieven.klembord_seconden"
DEFAULT_CLEAR_SECONDS = 60
MIN_CLEAR_SECONDS, MAX_CLEAR_SECONDS = 10, 600
_DWORD_ZERO = b"\x00\x00\x00\x00"
#: Windows clipboard formats that keep the text out of clipboard history and cloud clipboard.
#: Qt registers a `application/x-qt-windows-mime;value="…"` type as that native format name;
#: elsewhere they are harmless extra formats.
EXCLUSION_FORMATS: dict[str, bytes] = {
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': (
        _DWORD_ZERO
    ),
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': _DWORD_ZERO,
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': _DWORD_ZERO,
}


def clear_seconds(value: str) -> int:
    """The stored setting as seconds within the allowed range (the default when unreadable)."""
    try:
        seconds = int(value)
    except ValueError:
        return DEFAULT_CLEAR_SECONDS
    return max(MIN_CLEAR_SECONDS, min(MAX_CLEAR_SECONDS, seconds))


def sensitive_mime(text: str) -> QMimeData:
    """Plain text plus the exclusion formats."""
    data = QMimeData()
    data.setText(text)
    for mime, value in EXCLUSION_FORMATS.items():
        data.setData(mime, value)
    return data


class SensitiveClipboard(QObject):
    """Puts sensitive text on the clipboard and takes it off again if still unchanged."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self.seconds = DEFAULT_CLEAR_SECONDS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)

    @property
    def holds_ours(self) -> bool:
        """True while the clipboard still holds the text we put there."""
        return self._ours is not None and self._clipboard().text() == self._ours

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def copy(
        self, text: str, *, seconds: int | None = None, audit: Callable[[str], None] | None = None
    ) -> None:
        """Copy `text` (marked sensitive); clear after `seconds`; `audit(sha256)` once copied."""
        self._clipboard().setMimeData(sensitive_mime(text))
        self._ours = text
        self._timer.start(1000 * (self.seconds if seconds is None else seconds))
        if audit is not None:
            audit(hashlib.sha256(text.encode("utf-8")).hexdigest())

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds our text (timer, lock, quit)."""
        self._timer.stop()
        if self.holds_ours:
            self._clipboard().clear()
        self._ours = None

    @staticmethod
    def _clipboard() -> QClipboard:
        clipboard = QGuiApplication.clipboard()
        if clipboard is None:
            raise RuntimeError("no clipboard without a QGuiApplication")
        return clipboard


_shared: SensitiveClipboard | None = None


def shared_clipboard() -> SensitiveClipboard:
    """The application's one guard (so lock and quit can clear what any dialog copied)."""
    global _shared  # noqa: PLW0603 — one per application
    app = QGuiApplication.instance()
    if _shared is None or _shared.parent() is not app:
        _shared = SensitiveClipboard(app)
    return _shared
