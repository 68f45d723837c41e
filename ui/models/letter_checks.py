"""Step-6 check results (letters §0.1, §3.2) as calm Dutch lines for the preview."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pohsd.documents.models import Finding
from ui.i18n import arg

_CTX = "LetterChecks"
_TEXTS: dict[str, str] = {
    "bsn_in_text": QT_TRANSLATE_NOOP(
        "LetterChecks",
        "Er staat een BSN (9 cijfers die de elfproef halen) in de tekst, waar dat niet mag. "
        "Haal het nummer weg.",
    ),
    "code_pattern": QT_TRANSLATE_NOOP(
        "LetterChecks",
        "Er staat een code in de samenvatting voor de cliënt (%1). Schrijf het in gewone woorden.",
    ),
    "unknown_placeholder": QT_TRANSLATE_NOOP(
        "LetterChecks",
        "Het sjabloon heeft een onbekend veld. Vraag de beheerder het sjabloon aan te passen.",
    ),
    "b1_long_sentence": QT_TRANSLATE_NOOP(
        "LetterChecks", "Een zin is lang (%1). Maak er twee korte zinnen van."
    ),
    "b1_passive": QT_TRANSLATE_NOOP(
        "LetterChecks", "Een zin staat in de lijdende vorm. Schrijf liever 'u' of 'ik' doet iets."
    ),
    "b1_average": QT_TRANSLATE_NOOP(
        "LetterChecks", "De zinnen zijn gemiddeld wat lang (%1). Kortere zinnen lezen makkelijker."
    ),
    "b1_jargon": QT_TRANSLATE_NOOP("LetterChecks", "Moeilijk woord: %1."),
    "b1_abbreviation": QT_TRANSLATE_NOOP(
        "LetterChecks", "Afkorting '%1': schrijf het woord liever helemaal uit."
    ),
    "b1_too_long": QT_TRANSLATE_NOOP(
        "LetterChecks", "De samenvatting is lang (%1). Houd het bij één kantje."
    ),
    "soep_field_length": QT_TRANSLATE_NOOP(
        "LetterChecks",
        "Regel %1 van de SOEP-tekst is langer dan 1500 tekens; het HIS kan hem afkappen.",
    ),
    "soep_block_length": QT_TRANSLATE_NOOP(
        "LetterChecks", "De SOEP-tekst is langer dan 4000 tekens; het HIS kan hem afkappen."
    ),
    "socialmap_stale": QT_TRANSLATE_NOOP(
        "LetterChecks",
        "Gegevens sociale kaart mogelijk verouderd. Controleer het adres van de ontvanger.",
    ),
}
_OTHER = QT_TRANSLATE_NOOP("LetterChecks", "Controleer de tekst (%1).")
_ALL_GOOD = QT_TRANSLATE_NOOP("LetterChecks", "De controle vond niets bijzonders.")


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def finding_text(finding: Finding) -> str:
    """One check result; blocking ones say what to change."""
    text = _TEXTS.get(finding.code)
    if text is None:
        return arg(tr(_OTHER), finding.code)
    return arg(tr(text), finding.detail)


def no_findings_text() -> str:
    return tr(_ALL_GOOD)
