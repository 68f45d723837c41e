"""Item models for a client's network and household, and the Dutch labels of their choices."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from typing_extensions import override

from pohsd.domain.client import HouseholdMember, NetworkPerson
from pohsd.domain.enums import Gender
from ui.models.client_list_model import BatchTableModel, format_date

_CTX = "NetworkModel"

# The stored codes are Dutch already; these tables let a translation show other words.
_CHOICES: dict[str, str] = {
    "partner": QT_TRANSLATE_NOOP("NetworkModel", "partner"),
    "kind": QT_TRANSLATE_NOOP("NetworkModel", "kind"),
    "ouder": QT_TRANSLATE_NOOP("NetworkModel", "ouder"),
    "broer of zus": QT_TRANSLATE_NOOP("NetworkModel", "broer of zus"),
    "ander familielid": QT_TRANSLATE_NOOP("NetworkModel", "ander familielid"),
    "vriend(in)": QT_TRANSLATE_NOOP("NetworkModel", "vriend(in)"),
    "buur": QT_TRANSLATE_NOOP("NetworkModel", "buur"),
    "kennis": QT_TRANSLATE_NOOP("NetworkModel", "kennis"),
    "vrijwilliger": QT_TRANSLATE_NOOP("NetworkModel", "vrijwilliger"),
    "hulpverlener": QT_TRANSLATE_NOOP("NetworkModel", "hulpverlener"),
    "huisgenoot": QT_TRANSLATE_NOOP("NetworkModel", "huisgenoot"),
    "anders": QT_TRANSLATE_NOOP("NetworkModel", "anders"),
    "mantelzorger": QT_TRANSLATE_NOOP("NetworkModel", "mantelzorger"),
    "praktische hulp": QT_TRANSLATE_NOOP("NetworkModel", "praktische hulp"),
    "steun, luisterend oor": QT_TRANSLATE_NOOP("NetworkModel", "steun, luisterend oor"),
    "contactpersoon": QT_TRANSLATE_NOOP("NetworkModel", "contactpersoon"),
    "bewindvoerder": QT_TRANSLATE_NOOP("NetworkModel", "bewindvoerder"),
    "mentor of curator": QT_TRANSLATE_NOOP("NetworkModel", "mentor of curator"),
    "geen vaste rol": QT_TRANSLATE_NOOP("NetworkModel", "geen vaste rol"),
}

_GENDERS: dict[Gender, str] = {
    Gender.MAN: QT_TRANSLATE_NOOP("NetworkModel", "man"),
    Gender.VROUW: QT_TRANSLATE_NOOP("NetworkModel", "vrouw"),
    Gender.ANDERS: QT_TRANSLATE_NOOP("NetworkModel", "anders"),
    Gender.ONBEKEND: QT_TRANSLATE_NOOP("NetworkModel", "onbekend"),
}


_ANSWERS: dict[bool | None, str] = {
    None: QT_TRANSLATE_NOOP("NetworkModel", "onbekend"),
    True: QT_TRANSLATE_NOOP("NetworkModel", "ja"),
    False: QT_TRANSLATE_NOOP("NetworkModel", "nee"),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def choice_text(code: str) -> str:
    """Label of a relation or role code."""
    return _translate(_CHOICES[code]) if code in _CHOICES else code


def gender_text(gender: Gender) -> str:
    return _translate(_GENDERS[gender])


def yes_no_text(value: bool | None) -> str:
    """Ja / Nee / Onbekend for a three-state answer."""
    return _translate(_ANSWERS[value])


class NetworkModel(BatchTableModel[NetworkPerson]):
    """Network persons: naam, relatie, rol, telefoon, mag benaderd."""

    CONTEXT = _CTX
    COLUMNS = (
        QT_TRANSLATE_NOOP("NetworkModel", "Naam"),
        QT_TRANSLATE_NOOP("NetworkModel", "Relatie"),
        QT_TRANSLATE_NOOP("NetworkModel", "Rol"),
        QT_TRANSLATE_NOOP("NetworkModel", "Telefoon"),
        QT_TRANSLATE_NOOP("NetworkModel", "Mag benaderd worden"),
    )

    @override
    def cell(self, obj: NetworkPerson, column: int) -> str:
        if column == 0:
            return obj.naam
        if column == 1:
            return choice_text(obj.relatie)
        if column == 2:
            return ", ".join(choice_text(r) for r in obj.rol) or "—"
        if column == 3:
            return obj.telefoon or "—"
        return yes_no_text(obj.mag_benaderd)


class HouseholdModel(BatchTableModel[HouseholdMember]):
    """Household members: relatie, voornaam, geboortedatum."""

    CONTEXT = _CTX
    COLUMNS = (
        QT_TRANSLATE_NOOP("NetworkModel", "Relatie"),
        QT_TRANSLATE_NOOP("NetworkModel", "Voornaam"),
        QT_TRANSLATE_NOOP("NetworkModel", "Geboortedatum"),
    )

    @override
    def cell(self, obj: HouseholdMember, column: int) -> str:
        if column == 0:
            return choice_text(obj.relation)
        if column == 1:
            return obj.given_name
        return format_date(obj.birth_date) or "—"
