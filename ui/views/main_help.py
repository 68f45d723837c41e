"""The pages of the main window in rail order, and the F1 help text of each."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TODAY, CLIENTS, SOCIALMAP, REPORTS, SETTINGS = range(5)
HELP = {
    TODAY: QT_TRANSLATE_NOOP(
        "MainWindow",
        "Vandaag laat zien wat er vandaag en deze week te doen is. Een nieuwe cliënt maakt u "
        "met Ctrl+N.",
    ),
    CLIENTS: QT_TRANSLATE_NOOP(
        "MainWindow",
        "Zoek een cliënt op naam, geboortedatum of postcode (Ctrl+F) en open het dossier. "
        "Elke keer dat een dossier wordt geopend, komt dat in het logboek. Een nieuwe cliënt "
        "maakt u met Ctrl+N.",
    ),
    SOCIALMAP: QT_TRANSLATE_NOOP(
        "MainWindow",
        "Zoek een voorziening: typ een hulpvraag (Ctrl+F) en verfijn met de filters."
        " Enter opent de details; de ster markeert een favoriet.",
    ),
    REPORTS: QT_TRANSLATE_NOOP(
        "MainWindow",
        "Kies een periode en klik op Rapport maken. U ziet alleen totalen, nooit personen; "
        "aantallen onder 5 staan er als <5. Exporteren kan als CSV of PDF.",
    ),
    SETTINGS: QT_TRANSLATE_NOOP(
        "MainWindow",
        "Hier stelt u de praktijkgegevens, de gebruikers en de beveiliging in. "
        "Praktijkgegevens bewaart u met Opslaan; de andere instellingen worden meteen bewaard.",
    ),
}
HELP_LOCKED = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Kies uw naam, typ uw wachtwoordzin en druk op Enter. Wachtwoordzin vergeten? Gebruik dan "
    "de herstelsleutel uit de kluis van de praktijk.",
)
SHORTCUTS = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Sneltoetsen: Ctrl+F zoeken · Ctrl+N nieuwe cliënt · Ctrl+L vergrendelen · F1 hulp.",
)
