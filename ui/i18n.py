"""Translators (Qt's Dutch catalogue, our English one), the default locale and resource paths."""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from typing_extensions import override

from pohsd.paths import resources_dir

LANGUAGES = ("nl", "en")
_PLACEHOLDER = re.compile(r"%(\d)")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def arg(text: str, *values: object) -> str:
    """Fill Qt-style `%1`, `%2` … placeholders (the form translators keep intact)."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, text)


class PseudoTranslator(QTranslator):
    """Lengthens every string by a factor, to review layouts for longer languages.

    Enabled with `POHSD_PSEUDO_TR=1.4` (Vorta's TRANS_SCALE).
    """

    def __init__(self, scale: float, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._scale = max(1.0, scale)

    @override
    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Override QTranslator.translate."""
        extra = int(len(source_text) * (self._scale - 1.0))
        return f"{source_text}{'~' * extra}" if extra else source_text

    @override
    def isEmpty(self) -> bool:
        """Override QTranslator.isEmpty."""
        return False


def default_locale(lang: str) -> QLocale:
    language = QLocale.Language.English if lang == "en" else QLocale.Language.Dutch
    return QLocale(language, QLocale.Country.Netherlands)


def install_translators(app: QCoreApplication, lang: str = "nl") -> list[QTranslator]:
    """Install the catalogues for `lang` ("nl" or "en") and set the default locale.

    Source strings are Dutch, so Dutch needs only Qt's own catalogue (dialog buttons and the
    like); English loads `pohsd_en.qm`. Returns the installed translators (see
    `remove_translators`).
    """
    if lang not in LANGUAGES:
        raise ValueError(lang)
    installed: list[QTranslator] = []
    if lang == "nl":
        qt_nl = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_nl.load("qtbase_nl", qt_dir) or qt_nl.load("qtbase_nl", str(translations_dir())):
            installed.append(qt_nl)
    else:
        own = QTranslator(app)
        if own.load("pohsd_en", str(translations_dir())):
            installed.append(own)
    scale = os.environ.get("POHSD_PSEUDO_TR", "")
    if scale:
        with contextlib.suppress(ValueError):
            installed.append(PseudoTranslator(float(scale), app))
    for translator in installed:
        app.installTranslator(translator)
    QLocale.setDefault(default_locale(lang))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(default_locale("nl"))
