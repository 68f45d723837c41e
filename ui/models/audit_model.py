"""Item model over audit rows: who saw or changed a client record (the Logboek tab)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from typing_extensions import override

from pohsd.domain.practice import AuditEntry
from ui.models.client_list_model import BatchTableModel

_CTX = "AuditModel"

_ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("AuditModel", "aanmaken"),
    "read": QT_TRANSLATE_NOOP("AuditModel", "lezen"),
    "update": QT_TRANSLATE_NOOP("AuditModel", "wijzigen"),
    "delete": QT_TRANSLATE_NOOP("AuditModel", "verwijderen"),
    "search": QT_TRANSLATE_NOOP("AuditModel", "zoeken"),
    "print": QT_TRANSLATE_NOOP("AuditModel", "afdrukken"),
    "export": QT_TRANSLATE_NOOP("AuditModel", "exporteren"),
    "copy": QT_TRANSLATE_NOOP("AuditModel", "kopiëren"),
    "emergency": QT_TRANSLATE_NOOP("AuditModel", "noodtoegang"),
    "login": QT_TRANSLATE_NOOP("AuditModel", "aanmelden"),
    "logout": QT_TRANSLATE_NOOP("AuditModel", "afmelden"),
    "lock": QT_TRANSLATE_NOOP("AuditModel", "vergrendelen"),
    "unlock": QT_TRANSLATE_NOOP("AuditModel", "ontgrendelen"),
    "checkpoint": QT_TRANSLATE_NOOP("AuditModel", "controlepunt"),
}

_EVENTS: dict[str, str] = {
    "client.open": QT_TRANSLATE_NOOP("AuditModel", "Dossier geopend"),
    "client.bsn_shown": QT_TRANSLATE_NOOP("AuditModel", "BSN getoond"),
    "client.create": QT_TRANSLATE_NOOP("AuditModel", "Dossier aangemaakt"),
    "client.update": QT_TRANSLATE_NOOP("AuditModel", "Gegevens gewijzigd"),
    "client.archive": QT_TRANSLATE_NOOP("AuditModel", "Gearchiveerd"),
    "client.unarchive": QT_TRANSLATE_NOOP("AuditModel", "Teruggezet uit archief"),
    "client.search": QT_TRANSLATE_NOOP("AuditModel", "Gezocht"),
    "client.import": QT_TRANSLATE_NOOP("AuditModel", "Dossier ingelezen"),
    "client.export": QT_TRANSLATE_NOOP("AuditModel", "Dossier uitgevoerd"),
    "intake.create": QT_TRANSLATE_NOOP("AuditModel", "Intake begonnen"),
    "vervolg.create": QT_TRANSLATE_NOOP("AuditModel", "Vervolggesprek begonnen"),
    "intake.open": QT_TRANSLATE_NOOP("AuditModel", "Intake geopend"),
    "vervolg.open": QT_TRANSLATE_NOOP("AuditModel", "Vervolggesprek geopend"),
    "intake.overview": QT_TRANSLATE_NOOP("AuditModel", "Gesprekken bekeken"),
    "intake.update": QT_TRANSLATE_NOOP("AuditModel", "Intake vastgelegd"),
    "vervolg.update": QT_TRANSLATE_NOOP("AuditModel", "Vervolggesprek vastgelegd"),
    "intake.addendum": QT_TRANSLATE_NOOP("AuditModel", "Aanvulling na afronden (intake)"),
    "vervolg.addendum": QT_TRANSLATE_NOOP("AuditModel", "Aanvulling na afronden (vervolg)"),
    "intake.complete": QT_TRANSLATE_NOOP("AuditModel", "Intake afgerond"),
    "vervolg.complete": QT_TRANSLATE_NOOP("AuditModel", "Vervolggesprek afgerond"),
    "intake.contact": QT_TRANSLATE_NOOP("AuditModel", "Gesprek voortgezet"),
    "intake.drafts_discarded": QT_TRANSLATE_NOOP(
        "AuditModel", "Niet-bevestigde wijzigingen weggegooid"
    ),
    "signal.raise": QT_TRANSLATE_NOOP("AuditModel", "Signaal vastgelegd"),
    "signal.action": QT_TRANSLATE_NOOP("AuditModel", "Actie bij signaal"),
    "signal.close": QT_TRANSLATE_NOOP("AuditModel", "Signaal afgesloten"),
    "finance.update": QT_TRANSLATE_NOOP("AuditModel", "Financieel overzicht gewijzigd"),
    "plan.update": QT_TRANSLATE_NOOP("AuditModel", "Plan gewijzigd"),
    "consent.vastleggen": QT_TRANSLATE_NOOP("AuditModel", "Toestemming vastleggen"),
    "consent.gericht": QT_TRANSLATE_NOOP("AuditModel", "Gerichte toestemming"),
    "consent.withdraw": QT_TRANSLATE_NOOP("AuditModel", "Toestemming ingetrokken"),
    "leefgebiedenweb.png": QT_TRANSLATE_NOOP("AuditModel", "Leefgebiedenweb opgeslagen"),
    "leefgebiedenweb.print": QT_TRANSLATE_NOOP("AuditModel", "Leefgebiedenweb afgedrukt"),
}

_SOURCES: dict[str, str] = {
    "app": QT_TRANSLATE_NOOP("AuditModel", "programma"),
    "cli": QT_TRANSLATE_NOOP("AuditModel", "opdrachtregel"),
}


_FAILED = QT_TRANSLATE_NOOP("AuditModel", "mislukt")


def _translate(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def local_time_text(ts_utc: str) -> str:
    """An ISO UTC timestamp as local time, dd-mm-jjjj HH:MM (the raw text if unreadable)."""
    try:
        moment = datetime.fromisoformat(ts_utc)
    except ValueError:
        return ts_utc
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def action_text(action: str) -> str:
    return _translate(_ACTIONS[action]) if action in _ACTIONS else action


def event_text(event: str, outcome: str = "success") -> str:
    text = _translate(_EVENTS[event]) if event in _EVENTS else ""
    if outcome == "failure":
        failed = _translate(_FAILED)
        text = f"{text} ({failed})" if text else failed
    return text


class AuditModel(BatchTableModel[AuditEntry]):
    """Audit rows of one client, newest first: datum/tijd, gebruiker, actie, wat, werkplek, bron."""

    CONTEXT = _CTX
    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditModel", "Datum en tijd"),
        QT_TRANSLATE_NOOP("AuditModel", "Gebruiker"),
        QT_TRANSLATE_NOOP("AuditModel", "Actie"),
        QT_TRANSLATE_NOOP("AuditModel", "Omschrijving"),
        QT_TRANSLATE_NOOP("AuditModel", "Werkplek"),
        QT_TRANSLATE_NOOP("AuditModel", "Bron"),
    )

    @override
    def cell(self, obj: AuditEntry, column: int) -> str:
        if column == 0:
            return local_time_text(obj.ts_utc)
        if column == 1:
            return obj.user_name
        if column == 2:
            return action_text(obj.action)
        if column == 3:
            return event_text(obj.event, obj.outcome)
        if column == 4:
            return obj.workstation
        return _translate(_SOURCES[obj.source]) if obj.source in _SOURCES else obj.source

    @override
    def object_id(self, obj: AuditEntry) -> object:
        return obj.seq
