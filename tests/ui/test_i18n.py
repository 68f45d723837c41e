"""Translations: English on the unlock screen, placeholders kept, catalogue and code agree."""

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from ui.app import build_main_window
from ui.i18n import arg, install_translators, remove_translators, translations_dir
from ui.tasks import TaskRunner

REPO = Path(__file__).resolve().parents[2]
TS = translations_dir() / "pohsd_en.ts"
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages() -> Iterator[tuple[str, str, list[str]]]:
    for context in ET.parse(TS).getroot().iter("context"):  # noqa: S314 — our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"obsolete", "vanished"}:
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            yield name, message.findtext("source") or "", forms or [translation.text or ""]


@pytest.fixture
def english(qapp) -> Iterator[list[QTranslator]]:
    translators = install_translators(qapp, "en")
    yield translators
    remove_translators(qapp, translators)


def test_lang_en_shows_english_unlock_screen(qtbot, english, created, paths: AppPaths) -> None:
    assert english, "pohsd_en.qm was not found"
    assert QLocale().language() == QLocale.Language.English
    created[0].close()
    runner = TaskRunner()
    win = build_main_window(paths, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True, runner=runner)
    try:
        win.start()
        view = win.unlock_page.view
        qtbot.waitUntil(lambda: view.user.count() == 1)
        assert view.unlock.text() == "Unlock"
        assert view.intro.text() == "Locked. Choose your name and type your passphrase."
        assert view.forgot.text() == "Forgot passphrase?"
        qtbot.keyClicks(view.passphrase, "wrong passphrase here")
        view.unlock.click()
        qtbot.waitUntil(view.message.isVisible)
        assert view.message.text().startswith("This passphrase is not correct.")
    finally:
        win.dispose()
        runner.shutdown()
        QCoreApplication.processEvents()
        win.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_dutch_is_the_default(qapp) -> None:
    translators = install_translators(qapp, "nl")
    try:
        assert QLocale().language() == QLocale.Language.Dutch
        assert QLocale().territory() == QLocale.Country.Netherlands
        # Qt's own catalogue: standard buttons in Dutch
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        remove_translators(qapp, translators)


def test_every_translation_keeps_its_placeholders() -> None:
    checked = 0
    for context, source, forms in messages():
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            assert form, f"untranslated: {context}: {source}"
            assert sorted(PLACEHOLDER.findall(form)) == wanted, f"{context}: {source} → {form}"
            checked += 1
    assert checked > 300


def test_no_message_sits_in_an_empty_context() -> None:
    # A module-level tr() gives lupdate no class name: the app would never find those strings.
    empty = [source for context, source, _ in messages() if not context.strip()]
    assert not empty, f"strings without a context (module-level tr?): {empty[:5]}"


def test_qm_matches_ts(qapp) -> None:
    translator = QTranslator()
    assert translator.load("pohsd_en", str(translations_dir()))
    for context, source, forms in messages():
        if len(forms) == 1:
            assert translator.translate(context, source) == forms[0], f"{context}: {source}"


def test_tr_helpers_use_their_class_as_context() -> None:
    """lupdate files `self.tr(...)` under the class name; the runtime context must match."""
    for path in sorted((REPO / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            calls_tr = any(
                isinstance(n, ast.Call)
                and isinstance(n.func, ast.Attribute)
                and n.func.attr == "tr"
                and isinstance(n.func.value, ast.Name)
                and n.func.value.id == "self"
                for n in ast.walk(cls)
            )
            if not calls_tr:
                continue
            own = [f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "tr"]
            assert own, f"{path.name}: {cls.name} calls self.tr but defines no tr()"
            literals = [
                n.args[0].value
                for n in ast.walk(own[0])
                if isinstance(n, ast.Call) and n.args and isinstance(n.args[0], ast.Constant)
            ]
            assert literals == [cls.name], f"{path.name}: {cls.name}.tr uses {literals}"


def test_arg_fills_qt_placeholders() -> None:
    assert arg("opgeslagen %1", "10:42") == "opgeslagen 10:42"
    assert arg("%2 en %1", "a", "b") == "b en a"
    assert arg("100%1 zeker %3", "x") == "100x zeker %3"
