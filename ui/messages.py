"""ErrorCode and validation rules → Dutch sentences (translated at display time)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.progress import CancelledError
from pohsd.socialmap.client import NetworkError

_CTX = "Messages"

_ERRORS: dict[ErrorCode, str] = {
    ErrorCode.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Messages", "Deze wachtwoordzin klopt niet. Controleer hoofdletters en probeer het opnieuw."
    ),
    ErrorCode.UNKNOWN_USER: QT_TRANSLATE_NOOP("Messages", "Deze gebruiker bestaat niet."),
    ErrorCode.USER_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "Er is al een gebruiker met deze naam. Kies een andere naam."
    ),
    ErrorCode.LAST_USER: QT_TRANSLATE_NOOP(
        "Messages", "De laatste gebruiker kan niet worden verwijderd."
    ),
    ErrorCode.WEAK_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Messages", "Deze wachtwoordzin is te zwak. Gebruik minstens 10 tekens, liefst een zin."
    ),
    ErrorCode.WEAK_KDF: QT_TRANSLATE_NOOP(
        "Messages", "De beveiligingsinstellingen zijn te zwak; de database wordt niet geopend."
    ),
    ErrorCode.BAD_RECOVERY_KEY: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze herstelsleutel klopt niet. Controleer de groepen van vier tekens en probeer opnieuw.",
    ),
    ErrorCode.KEYSLOTS_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "Het sleutelbestand ontbreekt. Zet de laatste back-up terug of neem contact op met "
        "de beheerder.",
    ),
    ErrorCode.KEYSLOTS_CORRUPT: QT_TRANSLATE_NOOP(
        "Messages",
        "Het sleutelbestand is beschadigd en de vorige versie ook. Zet de laatste back-up "
        "terug of neem contact op met de beheerder.",
    ),
    ErrorCode.DB_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "De database is niet gevonden op deze plek. Er is niets aangemaakt."
    ),
    ErrorCode.DB_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "Hier staat al een database. Er is niets overschreven."
    ),
    ErrorCode.DB_WRONG_KEY: QT_TRANSLATE_NOOP(
        "Messages",
        "De database past niet bij het sleutelbestand. Zet de laatste back-up terug of neem "
        "contact op met de beheerder.",
    ),
    ErrorCode.DB_CORRUPT: QT_TRANSLATE_NOOP(
        "Messages", "De database is beschadigd. Zet de laatste back-up terug."
    ),
    ErrorCode.DB_TOO_NEW: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze database is gemaakt met een nieuwere versie van het programma. Installeer de "
        "nieuwste versie; de database is niet veranderd.",
    ),
    ErrorCode.DB_MIGRATION_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "Het bijwerken van de database is mislukt. Er is niets veranderd; een kopie staat in "
        "de map backups.",
    ),
    ErrorCode.DB_CIPHER_SETTINGS: QT_TRANSLATE_NOOP(
        "Messages",
        "De versleuteling heeft onverwachte instellingen; de database wordt niet geopend.",
    ),
    ErrorCode.DB_BUSY: QT_TRANSLATE_NOOP(
        "Messages", "De database is even bezet. Probeer het zo opnieuw."
    ),
    ErrorCode.DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages", "De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer opnieuw."
    ),
    ErrorCode.STORAGE_ERROR: QT_TRANSLATE_NOOP(
        "Messages",
        "Opslaan is mislukt: de schijf gaf een fout (vol of defect). Het laatste is niet "
        "opgeslagen; wat eerder was opgeslagen is veilig.",
    ),
    ErrorCode.NETWORK_LOCATION: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze map staat op een netwerkschijf. Kies een map op deze computer; de database mag "
        "niet op een netwerkschijf staan.",
    ),
    ErrorCode.CLOUD_LOCATION: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze map wordt met de cloud gesynchroniseerd (zoals OneDrive of Dropbox). Kies een "
        "andere map.",
    ),
    ErrorCode.LOCKED: QT_TRANSLATE_NOOP("Messages", "Het programma is vergrendeld."),
    ErrorCode.DEMO_ONLY: QT_TRANSLATE_NOOP("Messages", "Dit kan alleen in de demo."),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "Dit gegeven bestaat niet (meer)."),
    ErrorCode.INVALID_INPUT: QT_TRANSLATE_NOOP("Messages", "Deze invoer klopt niet."),
    ErrorCode.AUDIT_BROKEN: QT_TRANSLATE_NOOP(
        "Messages", "Het logboek is aangetast. Meld dit bij de beheerder."
    ),
    ErrorCode.BACKUP_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "De back-up is mislukt: de controle van de kopie klopte niet. Er is geen back-up "
        "bewaard; uw gegevens zijn niet veranderd.",
    ),
    ErrorCode.BACKUP_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "Deze back-up is beschadigd of onvolledig en kan niet worden teruggezet."
    ),
    ErrorCode.BACKUP_OTHER_DB: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze back-up hoort bij een andere database (een andere praktijk of installatie). "
        "Er is niets veranderd.",
    ),
    ErrorCode.BACKUP_OLD_KEY: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze back-up is gemaakt met een eerdere sleutel. Vul de wachtwoordzin in die u toen had.",
    ),
    ErrorCode.RESTORE_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "Terugzetten is mislukt. De huidige gegevens zijn niet veranderd."
    ),
}

_RULES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "Vul dit in."),
    "policy": QT_TRANSLATE_NOOP(
        "Messages", "Dit is vastgelegd door de beheerder en kan hier niet worden gewijzigd."
    ),
    "too_long": QT_TRANSLATE_NOOP("Messages", "Deze tekst is te lang."),
    "control_characters": QT_TRANSLATE_NOOP("Messages", "Deze tekst bevat ongeldige tekens."),
    "bsn_elfproef": QT_TRANSLATE_NOOP(
        "Messages", "Dit BSN klopt niet (elfproef). Controleer de negen cijfers."
    ),
    "postcode_format": QT_TRANSLATE_NOOP("Messages", "Schrijf de postcode als 1234 AB."),
    "phone_format": QT_TRANSLATE_NOOP(
        "Messages", "Dit telefoonnummer klopt niet. Gebruik 10 cijfers, bijvoorbeeld 06 12345678."
    ),
    "email_format": QT_TRANSLATE_NOOP("Messages", "Dit e-mailadres klopt niet."),
    "agb_format": QT_TRANSLATE_NOOP("Messages", "Een AGB-code heeft 8 cijfers."),
    "date_in_future": QT_TRANSLATE_NOOP("Messages", "Deze datum ligt in de toekomst."),
    "date_in_past": QT_TRANSLATE_NOOP("Messages", "Kies vandaag of een latere datum."),
    "bsn_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "Het BSN mag alleen naar een zorgaanbieder. Haal het vinkje bij BSN weg."
    ),
    "date_too_old": QT_TRANSLATE_NOOP("Messages", "Deze datum ligt te ver in het verleden."),
    "date_format": QT_TRANSLATE_NOOP("Messages", "Schrijf de datum als dd-mm-jjjj."),
    "unknown_option": QT_TRANSLATE_NOOP("Messages", "Kies een van de mogelijkheden."),
    "passphrase_too_short": QT_TRANSLATE_NOOP(
        "Messages", "De wachtwoordzin moet minstens 10 tekens hebben. Een korte zin werkt goed."
    ),
    "passphrase_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "De twee wachtwoordzinnen zijn niet gelijk."
    ),
    "user_name_format": QT_TRANSLATE_NOOP(
        "Messages", "Een gebruikersnaam is één woord zonder spaties, bijvoorbeeld 'sanne'."
    ),
    "cannot_remove_self": QT_TRANSLATE_NOOP(
        "Messages", "U kunt uzelf niet verwijderen. Laat een andere gebruiker dit doen."
    ),
    # intake answers (pohsd.intake.answers, flow, finance)
    "wrong_type": QT_TRANSLATE_NOOP("Messages", "Dit antwoord heeft niet de goede vorm."),
    "duplicate_option": QT_TRANSLATE_NOOP(
        "Messages", "Deze keuze staat er al. Kies elke mogelijkheid maar één keer."
    ),
    "exclusive_option": QT_TRANSLATE_NOOP(
        "Messages", "Deze keuze gaat niet samen met de andere keuzes."
    ),
    "too_many": QT_TRANSLATE_NOOP("Messages", "Dit zijn te veel keuzes."),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "Dit is geen getal."),
    "not_an_integer": QT_TRANSLATE_NOOP("Messages", "Vul een heel getal in, zonder komma."),
    "too_many_decimals": QT_TRANSLATE_NOOP(
        "Messages", "Gebruik hoogstens twee cijfers achter de komma."
    ),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "Dit getal is te groot of te klein."),
    "not_a_date": QT_TRANSLATE_NOOP(
        "Messages", "Dit is geen datum. Schrijf de datum als dd-mm-jjjj."
    ),
    "unknown_key": QT_TRANSLATE_NOOP("Messages", "Dit antwoord bevat een onbekend onderdeel."),
    "inconsistent": QT_TRANSLATE_NOOP(
        "Messages", "Dit antwoord spreekt zichzelf tegen, bijvoorbeeld 'nee' met een aantal."
    ),
    "not_answerable": QT_TRANSLATE_NOOP("Messages", "Bij deze kaart hoort geen antwoord."),
    "unknown_state": QT_TRANSLATE_NOOP(
        "Messages", "Kies een antwoord, 'weet niet' of 'wil niet zeggen'."
    ),
    "state_conflict": QT_TRANSLATE_NOOP(
        "Messages", "Een antwoord en 'weet niet' of 'wil niet zeggen' gaan niet samen."
    ),
    "unknown_question": QT_TRANSLATE_NOOP(
        "Messages", "Deze vraag staat niet (meer) in deze vragenlijst."
    ),
    "niet_vastleggen": QT_TRANSLATE_NOOP(
        "Messages", "De cliënt heeft geen toestemming gegeven om dit vast te leggen."
    ),
    "month_format": QT_TRANSLATE_NOOP(
        "Messages", "Schrijf de maand als mm-jjjj, bijvoorbeeld 03-2025."
    ),
    "unknown_view": QT_TRANSLATE_NOOP("Messages", "Dit onderdeel van het gesprek bestaat niet."),
    "no_location": QT_TRANSLATE_NOOP(
        "Messages", "Bij deze postcode weet de kaart geen plek; de afstand kan niet worden bepaald."
    ),
    # referrals and gerichte toestemming (pohsd.services.referrals, consents)
    "consent_required": QT_TRANSLATE_NOOP(
        "Messages", "Een verwijzing heeft een gerichte toestemming van de cliënt nodig."
    ),
    "unknown_consent": QT_TRANSLATE_NOOP("Messages", "Deze toestemming bestaat niet (meer)."),
    "consent_other_recipient": QT_TRANSLATE_NOOP(
        "Messages", "Deze toestemming geldt voor een andere ontvanger."
    ),
    "consent_not_active": QT_TRANSLATE_NOOP(
        "Messages",
        "De toestemming voor deze ontvanger is ingetrokken of verlopen. Leg een nieuwe "
        "toestemming vast.",
    ),
    "unknown_goal": QT_TRANSLATE_NOOP("Messages", "Dit doel staat niet (meer) in het plan."),
    "one_line": QT_TRANSLATE_NOOP("Messages", "Houd dit op één regel."),
    "missing_taxonomy": QT_TRANSLATE_NOOP(
        "Messages",
        "Bij deze voorziening staat in de sociale kaart niet hoe de toegang loopt; verwijzen "
        "kan daarom niet.",
    ),
    "transition_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "Deze stap kan niet vanuit de huidige status van de verwijzing."
    ),
    "foutief_not_permitted": QT_TRANSLATE_NOOP(
        "Messages",
        "Alleen wie de verwijzing maakte of een beheerder kan hem op 'Foutief ingevoerd' zetten.",
    ),
    "before_creation": QT_TRANSLATE_NOOP(
        "Messages", "Deze datum ligt vóór het maken van de verwijzing."
    ),
    "time_order": QT_TRANSLATE_NOOP(
        "Messages", "Deze datum ligt vóór een eerdere datum. Controleer de volgorde."
    ),
    "not_terminal": QT_TRANSLATE_NOOP(
        "Messages",
        "Opnieuw verwijzen kan pas als de verwijzing is afgerond, afgewezen, niet gestart of "
        "geannuleerd.",
    ),
    "already_sent": QT_TRANSLATE_NOOP(
        "Messages",
        "Deze verwijzing is al verstuurd en kan niet meer worden verwijderd. Zet hem op "
        "Geannuleerd of Foutief ingevoerd.",
    ),
    "has_follow_up": QT_TRANSLATE_NOOP(
        "Messages", "Op deze verwijzing bouwt een nieuwe verwijzing voort; verwijderen kan niet."
    ),
    # letters (pohsd.documents, ws.letters)
    "consent_withdrawn": QT_TRANSLATE_NOOP(
        "Messages", "De cliënt heeft de toestemming ingetrokken. Leg een nieuwe toestemming vast."
    ),
    "consent_expired": QT_TRANSLATE_NOOP(
        "Messages", "De toestemming is verlopen. Vraag de cliënt opnieuw om toestemming."
    ),
    "bsn_in_text": QT_TRANSLATE_NOOP(
        "Messages", "Er staat een BSN in de tekst, waar dat niet mag. Haal het nummer weg."
    ),
    "code_pattern": QT_TRANSLATE_NOOP(
        "Messages", "Er staat een code in de tekst voor de cliënt. Schrijf het in gewone woorden."
    ),
    "unknown_placeholder": QT_TRANSLATE_NOOP(
        "Messages", "Het sjabloon heeft een onbekend veld. Vraag de beheerder het aan te passen."
    ),
    "placeholder_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "Het sjabloon gebruikt een veld dat in deze brief niet mag."
    ),
    "broken_brackets": QT_TRANSLATE_NOOP(
        "Messages", "In het sjabloon staan haakjes {{ }} die niet kloppen."
    ),
    "inhoud_missing": QT_TRANSLATE_NOOP(
        "Messages", "Het sjabloon mist het veld {{ inhoud }} voor de tekst van de brief."
    ),
    "inhoud_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "Het veld {{ inhoud }} staat meer dan één keer in het sjabloon."
    ),
    "inhoud_not_alone": QT_TRANSLATE_NOOP(
        "Messages", "Het veld {{ inhoud }} moet op een eigen regel staan, zonder andere tekst."
    ),
    "template_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Dit bestand is geen leesbaar Word-bestand (.docx)."
    ),
    "beheerder_only": QT_TRANSLATE_NOOP(
        "Messages", "Alleen een beheerder kan dit doen. Vraag de beheerder van de praktijk."
    ),
    "erase_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "Alleen de beheerder mag dossiers wissen (of de POH als de praktijk geen beheerder "
        "heeft). Vraag de beheerder van de praktijk.",
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def rule_text(rule: str) -> str:
    return tr(_RULES.get(rule, _ERRORS[ErrorCode.INVALID_INPUT]))


_FEED_REASONS: dict[str, str] = {
    "drop_too_large": QT_TRANSLATE_NOOP(
        "Messages", "er zouden meer dan 20 % van de voorzieningen verdwijnen"
    ),
    "missing_taxonomy": QT_TRANSLATE_NOOP(
        "Messages", "de leefgebieden of de toegang ontbreken in de kaart"
    ),
    "duplicate_id": QT_TRANSLATE_NOOP("Messages", "dezelfde voorziening staat er dubbel in"),
    "no_valid_services": QT_TRANSLATE_NOOP("Messages", "er staat geen geldige voorziening in"),
    "html_response": QT_TRANSLATE_NOOP(
        "Messages", "de bron gaf een webpagina in plaats van gegevens"
    ),
    "not_hsds_api": QT_TRANSLATE_NOOP(
        "Messages", "op dit adres staat geen HSDS-kaart; controleer het adres"
    ),
    "wrong_content_type": QT_TRANSLATE_NOOP(
        "Messages", "op dit adres staat geen HSDS-kaart; controleer het adres"
    ),
    "bad_url": QT_TRANSLATE_NOOP("Messages", "het adres moet beginnen met https:// of http://"),
    "incomplete": QT_TRANSLATE_NOOP(
        "Messages", "de lijst met voorzieningen kwam niet helemaal binnen"
    ),
    "not_services": QT_TRANSLATE_NOOP("Messages", "de bron gaf geen geldige voorzieningen"),
    "invalid_json": QT_TRANSLATE_NOOP("Messages", "de gegevens van de bron zijn beschadigd"),
    "too_large": QT_TRANSLATE_NOOP("Messages", "de kaart is groter dan toegestaan"),
}

_CANCELLED = QT_TRANSLATE_NOOP(
    "Messages", "Bijwerken is geannuleerd. De vorige kaart blijft in gebruik."
)
_NETWORK: dict[str, str] = {
    "offline": QT_TRANSLATE_NOOP(
        "Messages",
        "Er is geen internetverbinding (of het adres van de bron bestaat niet). De sociale kaart "
        "is niet bijgewerkt; de vorige kaart blijft in gebruik.",
    ),
    "connect": QT_TRANSLATE_NOOP(
        "Messages",
        "De server van de sociale kaart is niet bereikbaar. Probeer het later opnieuw of "
        "controleer het adres. De vorige kaart blijft in gebruik.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "Messages",
        "De server van de sociale kaart antwoordt niet op tijd. Probeer het later opnieuw; de "
        "vorige kaart blijft in gebruik.",
    ),
    "http_client": QT_TRANSLATE_NOOP(
        "Messages",
        "Op dit adres staat geen HSDS-kaart (de server antwoordde met foutcode %1). Controleer "
        "het adres; de vorige kaart blijft in gebruik.",
    ),
    "http_server": QT_TRANSLATE_NOOP(
        "Messages",
        "De server van de sociale kaart heeft een storing (foutcode %1). Probeer het later "
        "opnieuw; de vorige kaart blijft in gebruik.",
    ),
}


def network_error_text(exc: NetworkError) -> str:
    """Why a sync could not reach the publisher, in calm Dutch; the old map always stays."""
    if exc.code == "cancelled":
        return tr(_CANCELLED)
    if exc.code.startswith("http_"):
        status = exc.code.removeprefix("http_")
        key = "http_server" if status.startswith("5") else "http_client"
        return tr(_NETWORK[key]).replace("%1", status[:3])
    key = "offline" if exc.code == "connect" and exc.offline else exc.code
    return tr(_NETWORK.get(key, _NETWORK["connect"]))


def feed_error_text(rule: str) -> str:
    """Why a sociale kaart was refused; the previous map always stays in use."""
    reason = _FEED_REASONS.get(
        rule, QT_TRANSLATE_NOOP("Messages", "het bestand is geen geldige kaart")
    )
    return tr(
        QT_TRANSLATE_NOOP(
            "Messages", "De sociale kaart is niet ingelezen: %1. De vorige kaart blijft in gebruik."
        )
    ).replace("%1", tr(reason))


def error_text(exc: BaseException) -> str:
    """A Dutch sentence for any exception; unknown ones get a generic text (they are bugs)."""
    if isinstance(exc, NetworkError):
        return network_error_text(exc)
    if isinstance(exc, CancelledError):
        return tr(_CANCELLED)
    if isinstance(exc, ValidationError) and exc.field == "socialmap":
        return feed_error_text(exc.rule)
    if isinstance(exc, ValidationError):
        return rule_text(exc.rule)
    if isinstance(exc, PohsdError):
        if exc.code == ErrorCode.INVALID_INPUT and "rule" in exc.params:
            return rule_text(str(exc.params["rule"]))
        return tr(_ERRORS.get(exc.code, _ERRORS[ErrorCode.INVALID_INPUT]))
    return tr(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Er ging iets mis in het programma. Er is niets verloren gegaan; probeer het "
            "opnieuw. Blijft het misgaan, meld het dan bij de beheerder.",
        )
    )
