"""The state line of the letter dialog: concept, frozen version, or a correction in progress."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pohsd.documents.models import LetterModel
from ui.i18n import arg

_CTX = "LetterState"
FINAL = QT_TRANSLATE_NOOP(
    "LetterState",
    "Definitief: versie %1, kenmerk %2. U kunt de brief nu opslaan, afdrukken of kopiëren.",
)
BLOCKED = QT_TRANSLATE_NOOP(
    "LetterState", "Concept. Los eerst op wat de controle als blokkerend meldt."
)
CORRECTION = QT_TRANSLATE_NOOP(
    "LetterState",
    "Gewijzigd na Definitief: dit wordt een nieuwe versie. Schrijf de reden van de correctie "
    "op en maak de brief opnieuw definitief.",
)
TICK = QT_TRANSLATE_NOOP(
    "LetterState",
    "Concept. Vink aan dat alles in het gesprek is besproken en maak de samenvatting dan "
    "definitief.",
)
CONCEPT = QT_TRANSLATE_NOOP(
    "LetterState",
    "Concept. Controleer de brief en maak hem definitief; daarna kunt u hem opslaan, "
    "afdrukken of kopiëren.",
)
NOT_FINAL_TIP = QT_TRANSLATE_NOOP("LetterState", "Maak de brief eerst definitief.")
BLOCKED_TIP = QT_TRANSLATE_NOOP("LetterState", "Los eerst op wat de controle als blokkerend meldt.")

#: Why a letter cannot be made, with what is missing (letters §1.1: consent is required).
CONSENT_TEXTS: dict[str, str] = {
    "consent_required": QT_TRANSLATE_NOOP(
        "LetterDialog",
        "Deze verwijsbrief kan nog niet worden gemaakt: er is geen gerichte toestemming van de "
        "cliënt voor deze ontvanger. Leg de toestemming vast bij de verwijzing.",
    ),
    "consent_other_recipient": QT_TRANSLATE_NOOP(
        "LetterDialog",
        "Deze verwijsbrief kan niet worden gemaakt: de toestemming geldt voor een andere "
        "ontvanger. Leg een toestemming vast voor deze ontvanger.",
    ),
    "consent_withdrawn": QT_TRANSLATE_NOOP(
        "LetterDialog",
        "Deze verwijsbrief kan niet worden gemaakt: de cliënt heeft de toestemming ingetrokken. "
        "Alleen met een nieuwe gerichte toestemming kan de brief weer.",
    ),
    "consent_expired": QT_TRANSLATE_NOOP(
        "LetterDialog",
        "Deze verwijsbrief kan niet worden gemaakt: de toestemming is verlopen. Vraag de cliënt "
        "opnieuw om toestemming en leg die vast.",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def state_text(
    model: LetterModel | None, *, final: bool, correction: bool, tick_missing: bool
) -> str:
    """One calm sentence on where the letter is in "Definitief, then Uitvoer" (letters §0.1)."""
    if model is None:
        return ""
    if final:
        return "✓ " + arg(_tr(FINAL), model.version, model.kenmerk)
    if model.blocking:
        return _tr(BLOCKED)
    if correction:
        return _tr(CORRECTION)
    return _tr(TICK) if tick_missing else _tr(CONCEPT)


def output_tip(model: LetterModel | None, *, can: bool) -> str:
    """Why the output buttons are off ("" when they are on)."""
    if can or model is None:
        return ""
    return _tr(BLOCKED_TIP) if model.blocking else _tr(NOT_FINAL_TIP)


def consent_text(rule: str) -> str:
    """Why a referral letter cannot be made (letters §1.1: consent is required), or ""."""
    # kept in the dialog's translation context, where these texts were first written
    text = CONSENT_TEXTS.get(rule)
    return QCoreApplication.translate("LetterDialog", text) if text else ""
