"""Sensitive clipboard: exclusion formats, cleared after the time only if still ours, audit."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication

from ui.clipboard import (
    DEFAULT_CLEAR_SECONDS,
    EXCLUSION_FORMATS,
    SensitiveClipboard,
    clear_seconds,
    shared_clipboard,
)


def test_copy_marks_the_text_and_audits_its_hash(qtbot: Any) -> None:
    guard = SensitiveClipboard()
    audited: list[str] = []
    guard.copy("S: Intake POH-SD.", seconds=60, audit=audited.append)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "S: Intake POH-SD."
    assert set(EXCLUSION_FORMATS) <= set(clipboard.mimeData().formats())
    assert len(audited) == 1
    assert len(audited[0]) == 64
    assert "Intake" not in audited[0]
    assert guard.pending
    assert guard.holds_ours
    guard.clear_now()
    assert clipboard.text() == ""


def test_cleared_after_the_time_when_unchanged(qtbot: Any) -> None:
    guard = SensitiveClipboard()
    guard.copy("P: Vervolg POH 14-04-2026.", seconds=1)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "P: Vervolg POH 14-04-2026."
    qtbot.waitUntil(lambda: not guard.pending, timeout=5000)
    assert clipboard.text() == ""


def test_not_cleared_when_the_user_copied_something_else(qtbot: Any) -> None:
    guard = SensitiveClipboard()
    guard.copy("E: Signalering: geen.", seconds=1)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("iets anders van de gebruiker")
    assert not guard.holds_ours
    qtbot.waitUntil(lambda: not guard.pending, timeout=5000)
    assert clipboard.text() == "iets anders van de gebruiker"
    guard.clear_now()  # a lock later leaves it alone too
    assert clipboard.text() == "iets anders van de gebruiker"


def test_the_setting_is_kept_within_bounds(qtbot: Any) -> None:
    assert clear_seconds("") == DEFAULT_CLEAR_SECONDS == 60
    assert clear_seconds("5") == 10
    assert clear_seconds("120") == 120
    assert clear_seconds("99999") == 600
    assert shared_clipboard() is shared_clipboard()
