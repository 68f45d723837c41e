"""Exit codes and the bilingual (English / Dutch) text of every error the CLI can show."""

from __future__ import annotations

import json
import sys

from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_LOCKED, EXIT_INVALID, EXIT_CONFLICT = 0, 1, 2, 3, 4, 5

# Every ErrorCode → (exit code, English, Dutch). Codes only: never client data in these texts.
ERRORS: dict[ErrorCode, tuple[int, str, str]] = {
    ErrorCode.WRONG_PASSPHRASE: (EXIT_LOCKED, "wrong passphrase", "wachtwoordzin klopt niet"),
    ErrorCode.UNKNOWN_USER: (EXIT_INVALID, "unknown user", "onbekende gebruiker"),
    ErrorCode.USER_EXISTS: (
        EXIT_CONFLICT,
        "a user with this name already exists",
        "er is al een gebruiker met deze naam",
    ),
    ErrorCode.LAST_USER: (
        EXIT_CONFLICT,
        "the last user cannot be removed",
        "de laatste gebruiker kan niet worden verwijderd",
    ),
    ErrorCode.WEAK_PASSPHRASE: (
        EXIT_INVALID,
        "passphrase too weak: use at least 10 characters",
        "wachtwoordzin te zwak: gebruik minstens 10 tekens",
    ),
    ErrorCode.WEAK_KDF: (
        EXIT_ERROR,
        "the key file uses key-derivation settings that are too weak; refused",
        "het sleutelbestand gebruikt te zwakke instellingen; geweigerd",
    ),
    ErrorCode.BAD_RECOVERY_KEY: (
        EXIT_LOCKED,
        "recovery key is not correct",
        "herstelsleutel klopt niet",
    ),
    ErrorCode.KEYSLOTS_MISSING: (
        EXIT_ERROR,
        "the key file keyslots.json is missing; restore the latest backup",
        "het sleutelbestand keyslots.json ontbreekt; zet de laatste back-up terug",
    ),
    ErrorCode.KEYSLOTS_CORRUPT: (
        EXIT_ERROR,
        "the key file keyslots.json is damaged; restore the latest backup",
        "het sleutelbestand keyslots.json is beschadigd; zet de laatste back-up terug",
    ),
    ErrorCode.DB_MISSING: (
        EXIT_ERROR,
        "no database found here; nothing was created",
        "geen database gevonden op deze plek; er is niets aangemaakt",
    ),
    ErrorCode.DB_EXISTS: (
        EXIT_CONFLICT,
        "a database already exists here; nothing was overwritten",
        "hier staat al een database; er is niets overschreven",
    ),
    ErrorCode.DB_WRONG_KEY: (
        EXIT_ERROR,
        "the database does not match the key file; restore the latest backup",
        "de database past niet bij het sleutelbestand; zet de laatste back-up terug",
    ),
    ErrorCode.DB_CORRUPT: (
        EXIT_ERROR,
        "the database is damaged; restore the latest backup",
        "de database is beschadigd; zet de laatste back-up terug",
    ),
    ErrorCode.DB_TOO_NEW: (
        EXIT_ERROR,
        "this database was made by a newer version; install it (nothing was changed)",
        "deze database komt van een nieuwere versie; installeer die (er is niets veranderd)",
    ),
    ErrorCode.DB_MIGRATION_FAILED: (
        EXIT_ERROR,
        "updating the database failed; nothing was changed, a copy is in backups/",
        "bijwerken van de database mislukt; er is niets veranderd, een kopie staat in backups/",
    ),
    ErrorCode.DB_CIPHER_SETTINGS: (
        EXIT_ERROR,
        "unexpected encryption settings (SQLCipher); the database is not opened",
        "onverwachte versleutelinstellingen (SQLCipher); de database wordt niet geopend",
    ),
    ErrorCode.DB_BUSY: (
        EXIT_ERROR,
        "the database is busy; try again in a moment",
        "de database is even bezet; probeer het zo opnieuw",
    ),
    ErrorCode.DISK_FULL: (
        EXIT_ERROR,
        "the disk is full; nothing was saved",
        "de schijf is vol; er is niets opgeslagen",
    ),
    ErrorCode.STORAGE_ERROR: (
        EXIT_ERROR,
        "saving failed: the disk reported an error (full or faulty); earlier data is safe",
        "opslaan mislukt: de schijf gaf een fout (vol of defect); eerder opgeslagen gegevens "
        "zijn veilig",
    ),
    ErrorCode.NETWORK_LOCATION: (
        EXIT_INVALID,
        "this folder is on a network drive; choose a folder on this computer",
        "deze map staat op een netwerkschijf; kies een map op deze computer",
    ),
    ErrorCode.CLOUD_LOCATION: (
        EXIT_INVALID,
        "this folder is synced to the cloud (OneDrive, Dropbox…); choose another folder",
        "deze map wordt met de cloud gesynchroniseerd (OneDrive, Dropbox…); kies een andere map",
    ),
    ErrorCode.LOCKED: (EXIT_LOCKED, "locked", "vergrendeld"),
    ErrorCode.DEMO_ONLY: (EXIT_ERROR, "this only works in the demo", "dit kan alleen in de demo"),
    ErrorCode.NOT_FOUND: (EXIT_INVALID, "not found", "niet gevonden"),
    ErrorCode.INVALID_INPUT: (EXIT_INVALID, "invalid input", "ongeldige invoer"),
    ErrorCode.AUDIT_BROKEN: (
        EXIT_ERROR,
        "the audit log has been tampered with; report this to the administrator",
        "het logboek is aangetast; meld dit bij de beheerder",
    ),
    ErrorCode.BACKUP_FAILED: (
        EXIT_ERROR,
        "the backup failed its check and was removed; your data was not changed",
        "de back-up kwam niet door de controle en is verwijderd; uw gegevens zijn niet veranderd",
    ),
    ErrorCode.BACKUP_INVALID: (
        EXIT_INVALID,
        "this backup is damaged or incomplete and cannot be restored",
        "deze back-up is beschadigd of onvolledig en kan niet worden teruggezet",
    ),
    ErrorCode.BACKUP_OTHER_DB: (
        EXIT_INVALID,
        "this backup belongs to another database; nothing was changed",
        "deze back-up hoort bij een andere database; er is niets veranderd",
    ),
    ErrorCode.BACKUP_OLD_KEY: (
        EXIT_LOCKED,
        "this backup was made under an earlier key: give the passphrase you had then",
        "deze back-up is gemaakt met een eerdere sleutel: geef de wachtwoordzin van toen",
    ),
    ErrorCode.RESTORE_FAILED: (
        EXIT_ERROR,
        "restoring failed; the current data is unchanged",
        "terugzetten mislukt; de huidige gegevens zijn niet veranderd",
    ),
}

RULES: dict[str, tuple[str, str]] = {
    "required": ("this is required", "dit is verplicht"),
    "too_long": ("text too long", "tekst te lang"),
    "control_characters": ("contains invalid characters", "bevat ongeldige tekens"),
    "agb_format": ("an AGB code has 8 digits", "een AGB-code heeft 8 cijfers"),
    "phone_format": ("not a valid phone number", "geen geldig telefoonnummer"),
    "email_format": ("not a valid e-mail address", "geen geldig e-mailadres"),
    "postcode_format": ("write the postcode as 1234 AB", "schrijf de postcode als 1234 AB"),
    "bsn_elfproef": ("BSN fails the elfproef", "BSN klopt niet (elfproef)"),
    "date_format": ("write the date as dd-mm-yyyy", "schrijf de datum als dd-mm-jjjj"),
    "date_in_future": ("date lies in the future", "datum ligt in de toekomst"),
    "date_in_past": ("choose today or a later date", "kies vandaag of een latere datum"),
    "bsn_not_allowed": (
        "the BSN may only go to a zorgaanbieder (AGB code or verwijzing-zorg)",
        "het BSN mag alleen naar een zorgaanbieder (AGB-code of verwijzing-zorg)",
    ),
    "date_too_old": ("date lies too far in the past", "datum ligt te ver in het verleden"),
    "unknown_option": ("not one of the choices", "geen van de mogelijkheden"),
    "passphrase_too_short": (
        "the passphrase needs at least 10 characters (a short sentence works well)",
        "de wachtwoordzin moet minstens 10 tekens hebben (een korte zin werkt goed)",
    ),
    "passphrase_mismatch": (
        "the two passphrases are not the same",
        "de twee wachtwoordzinnen zijn niet gelijk",
    ),
    "passphrase_empty": ("the passphrase is empty", "de wachtwoordzin is leeg"),
    "user_name_format": (
        "a user name is one word without spaces, e.g. 'sanne'",
        "een gebruikersnaam is één woord zonder spaties, bijvoorbeeld 'sanne'",
    ),
    "cannot_remove_self": (
        "you cannot remove yourself; let another user do it",
        "u kunt uzelf niet verwijderen; laat een andere gebruiker dit doen",
    ),
    "no_location": (
        "the sociale kaart has no location near this postcode, so distances are unknown",
        "de sociale kaart heeft geen locatie bij deze postcode; de afstand is onbekend",
    ),
    "no_intake": (
        "this client has no intake yet; suggestions come from an intake",
        "deze cliënt heeft nog geen intake; suggesties komen uit een intake",
    ),
    "out_of_range": ("value out of range", "waarde buiten het toegestane bereik"),
}

# Validation field paths of the core → the option a person typed (English, Dutch).
FIELDS: dict[str, tuple[str, str]] = {
    "naam": ("--practice-name", "--practice-name"),
    "agb_code": ("--practice-agb", "--practice-agb"),
    "huisartsen": ("--gp", "--gp"),
    "max_km": ("--max-km", "--max-km"),
    "limit": ("--limit", "--limit"),
}
# Rules whose sentence already says what is wrong: no field label in front.
_SELF_EXPLAINING = {
    "passphrase_too_short",
    "passphrase_mismatch",
    "passphrase_empty",
    "user_name_format",
    "cannot_remove_self",
    "no_location",
    "no_intake",
}


class CliError(Exception):
    """A failure with its exit code and an English and a Dutch sentence."""

    def __init__(self, exit_code: int, en: str, nl: str) -> None:
        super().__init__(en)
        self.exit_code, self.en, self.nl = exit_code, en, nl


def describe(exc: PohsdError) -> CliError:
    """Turn a core error into its exit code and bilingual message (one table, above)."""
    # a code added later without a row still gets a sane exit (the unit test demands the row)
    exit_code, en, nl = ERRORS.get(exc.code, (EXIT_ERROR, exc.code.value, exc.code.value))
    rule = exc.rule if isinstance(exc, ValidationError) else exc.params.get("rule")
    if rule is not None:
        en, nl = RULES.get(str(rule), (en, nl))
        field = str(exc.field if isinstance(exc, ValidationError) else exc.params.get("field", ""))
        if field and rule not in _SELF_EXPLAINING:
            label_en, label_nl = FIELDS.get(field.split("[")[0], (field, field))
            en, nl = f"{label_en}: {en}", f"{label_nl}: {nl}"
    return CliError(exit_code, en, nl)


def say(en: str, nl: str) -> None:
    """A message for the person at the terminal (stderr), in English and Dutch."""
    sys.stderr.write(f"{en} / {nl}\n")
    sys.stderr.flush()


def out(text: str = "") -> None:
    """The command's result on stdout (messages go to stderr through `say`)."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def emit_json(data: object) -> None:
    out(json.dumps(data, ensure_ascii=False, indent=2))
