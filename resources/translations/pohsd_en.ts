<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutSettings</name>
    <message>
        <source>POH Sociaal Domein</source>
        <translation>POH Sociaal Domein</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Logboekbestanden</source>
        <translation>Log files</translation>
    </message>
    <message>
        <source>Gegevensmap openen</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>De gegevens zijn versleuteld. Kopieer de map niet naar OneDrive, Dropbox of een netwerkschijf; gebruik de back-upfunctie.</source>
        <translation>The data is encrypted. Do not copy the folder to OneDrive, Dropbox or a network drive; use the backup function.</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>wat gaat er gebeuren</source>
        <translation>what is going to happen</translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Actie verwijderen</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>wanneer</source>
        <translation>when</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>één woord, bijvoorbeeld piet</source>
        <translation>one word, for example piet</translation>
    </message>
    <message>
        <source>Weergavenaam</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>bijvoorbeeld Piet Jansen</source>
        <translation>for example Piet Jansen</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Geef de wachtwoordzin persoonlijk door; de nieuwe gebruiker kan hem later zelf wijzigen.</source>
        <translation>Hand over the passphrase in person; the new user can change it later.</translation>
    </message>
</context>
<context>
    <name>AlcoholEditor</name>
    <message>
        <source>Dagen per week</source>
        <translation>Days a week</translation>
    </message>
    <message>
        <source>Glazen op zo&apos;n dag</source>
        <translation>Glasses on such a day</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>In deze map staan echte gegevens. De demo gebruikt alleen een eigen, lege map.</source>
        <translation>This folder holds real data. The demo only uses its own, empty folder.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>aanmaken</source>
        <translation>create</translation>
    </message>
    <message>
        <source>lezen</source>
        <translation>read</translation>
    </message>
    <message>
        <source>wijzigen</source>
        <translation>update</translation>
    </message>
    <message>
        <source>verwijderen</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>zoeken</source>
        <translation>search</translation>
    </message>
    <message>
        <source>afdrukken</source>
        <translation>print</translation>
    </message>
    <message>
        <source>exporteren</source>
        <translation>export</translation>
    </message>
    <message>
        <source>kopiëren</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>noodtoegang</source>
        <translation>emergency access</translation>
    </message>
    <message>
        <source>aanmelden</source>
        <translation>log in</translation>
    </message>
    <message>
        <source>afmelden</source>
        <translation>log out</translation>
    </message>
    <message>
        <source>vergrendelen</source>
        <translation>lock</translation>
    </message>
    <message>
        <source>ontgrendelen</source>
        <translation>unlock</translation>
    </message>
    <message>
        <source>controlepunt</source>
        <translation>checkpoint</translation>
    </message>
    <message>
        <source>Dossier geopend</source>
        <translation>Record opened</translation>
    </message>
    <message>
        <source>BSN getoond</source>
        <translation>BSN shown</translation>
    </message>
    <message>
        <source>Dossier aangemaakt</source>
        <translation>Record created</translation>
    </message>
    <message>
        <source>Gegevens gewijzigd</source>
        <translation>Details changed</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Teruggezet uit archief</source>
        <translation>Restored from archive</translation>
    </message>
    <message>
        <source>Gezocht</source>
        <translation>Searched</translation>
    </message>
    <message>
        <source>Dossier ingelezen</source>
        <translation>Record imported</translation>
    </message>
    <message>
        <source>Dossier uitgevoerd</source>
        <translation>Record exported</translation>
    </message>
    <message>
        <source>Intake begonnen</source>
        <translation>Intake started</translation>
    </message>
    <message>
        <source>Vervolggesprek begonnen</source>
        <translation>Follow-up started</translation>
    </message>
    <message>
        <source>Intake geopend</source>
        <translation>Intake opened</translation>
    </message>
    <message>
        <source>Vervolggesprek geopend</source>
        <translation>Follow-up opened</translation>
    </message>
    <message>
        <source>Gesprekken bekeken</source>
        <translation>Conversations viewed</translation>
    </message>
    <message>
        <source>Intake vastgelegd</source>
        <translation>Intake recorded</translation>
    </message>
    <message>
        <source>Vervolggesprek vastgelegd</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <source>Aanvulling na afronden (intake)</source>
        <translation>Addendum after closing (intake)</translation>
    </message>
    <message>
        <source>Aanvulling na afronden (vervolg)</source>
        <translation>Addendum after closing (follow-up)</translation>
    </message>
    <message>
        <source>Intake afgerond</source>
        <translation>Intake closed</translation>
    </message>
    <message>
        <source>Vervolggesprek afgerond</source>
        <translation>Follow-up closed</translation>
    </message>
    <message>
        <source>Gesprek voortgezet</source>
        <translation>Conversation continued</translation>
    </message>
    <message>
        <source>Niet-bevestigde wijzigingen weggegooid</source>
        <translation>Unconfirmed changes discarded</translation>
    </message>
    <message>
        <source>Signaal vastgelegd</source>
        <translation>Signal recorded</translation>
    </message>
    <message>
        <source>Actie bij signaal</source>
        <translation>Action on signal</translation>
    </message>
    <message>
        <source>Signaal afgesloten</source>
        <translation>Signal closed</translation>
    </message>
    <message>
        <source>Financieel overzicht gewijzigd</source>
        <translation>Financial overview changed</translation>
    </message>
    <message>
        <source>Plan gewijzigd</source>
        <translation>Plan changed</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Consent to record</translation>
    </message>
    <message>
        <source>Gerichte toestemming</source>
        <translation>Specific consent</translation>
    </message>
    <message>
        <source>Toestemming ingetrokken</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Leefgebiedenweb opgeslagen</source>
        <translation>Domain web saved</translation>
    </message>
    <message>
        <source>Leefgebiedenweb afgedrukt</source>
        <translation>Domain web printed</translation>
    </message>
    <message>
        <source>programma</source>
        <translation>application</translation>
    </message>
    <message>
        <source>opdrachtregel</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>mislukt</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Werkplek</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <source>Verandering sinds de intake</source>
        <translation>Change since the intake</translation>
    </message>
    <message>
        <source>Een verandering bij één vraag is een aanwijzing, geen bewijs. Hoe groot een betekenisvolle verandering is, is voor deze vragen niet bekend.</source>
        <translation>A change in one question is an indication, not proof. How large a meaningful change is, is not known for these questions.</translation>
    </message>
    <message>
        <source>Er is geen intake om mee te vergelijken.</source>
        <translation>There is no intake to compare with.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Huidige wachtwoordzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Cliënt bewerken</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sluiten zonder op te slaan (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Er is niets opgeslagen. Verbeter het gemarkeerde veld.</source>
        <translation>Nothing was saved. Please correct the marked field.</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ClientFormView</name>
    <message>
        <source>Gegevens van de cliënt</source>
        <translation>Client details</translation>
    </message>
    <message>
        <source>Velden met een * zijn verplicht. De rest mag leeg blijven.</source>
        <translation>Fields marked * are required. The rest may stay empty.</translation>
    </message>
    <message>
        <source>Persoonsgegevens</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Voornaam *</source>
        <translation>First name *</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Achternaam *</source>
        <translation>Last name *</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geboortedatum *</source>
        <translation>Date of birth *</translation>
    </message>
    <message>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>9 cijfers</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Toon BSN</source>
        <translation>Show BSN</translation>
    </message>
    <message>
        <source>Het tonen van het BSN wordt vastgelegd in het logboek.</source>
        <translation>Showing the BSN is recorded in the access log.</translation>
    </message>
    <message>
        <source>Verantwoordelijke huisarts</source>
        <translation>Responsible GP</translation>
    </message>
    <message>
        <source>Kies of typ een naam</source>
        <translation>Choose or type a name</translation>
    </message>
    <message>
        <source>Huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Adres en contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation>Addition</translation>
    </message>
    <message>
        <source>toevoeging</source>
        <translation>addition</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>06 12345678</source>
        <translation>06 12345678</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Huishouden: wie woont er in huis</source>
        <translation>Household: who lives in the home</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Huisgenoot toevoegen</source>
        <translation>Add household member</translation>
    </message>
    <message>
        <source>Netwerk: wie helpt of staat klaar</source>
        <translation>Network: who helps or is ready to help</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Mag benaderd</source>
        <translation>May be contacted</translation>
    </message>
    <message>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Netwerkpersoon toevoegen</source>
        <translation>Add network person</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Status traject</source>
        <translation>Pathway status</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Zoek cliënt</source>
        <translation>Search client</translation>
    </message>
    <message>
        <source>Zoek op naam, geboortedatum (dd-mm-jjjj) of postcode…  (Ctrl+F)</source>
        <translation>Search by name, date of birth (dd-mm-yyyy) or postcode…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Toon gearchiveerd</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Toon gearchiveerde cliënten</source>
        <translation>Show archived clients</translation>
    </message>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Nieuwe cliënt (Ctrl+N)</source>
        <translation>New client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Lijst van cliënten</source>
        <translation>List of clients</translation>
    </message>
    <message>
        <source>Geen cliënten gevonden. Nieuwe cliënt: Ctrl+N</source>
        <translation>No clients found. New client: Ctrl+N</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Verwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Persoonsgegevens</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Verantwoordelijke huisarts</source>
        <translation>Responsible GP</translation>
    </message>
    <message>
        <source>← Terug naar lijst</source>
        <translation>← Back to list</translation>
    </message>
    <message>
        <source>Terug naar de lijst</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Terug naar de lijst (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Toon BSN</source>
        <translation>Show BSN</translation>
    </message>
    <message>
        <source>Het tonen van het BSN wordt vastgelegd in het logboek.</source>
        <translation>Showing the BSN is recorded in the access log.</translation>
    </message>
    <message>
        <source>Onderdelen van het dossier</source>
        <translation>Parts of the record</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Gegevens bewerken</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Dossier archiveren</source>
        <translation>Archive record</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Netwerk: wie helpt de cliënt</source>
        <translation>Network: who helps the client</translation>
    </message>
    <message>
        <source>Nog geen netwerk vastgelegd. Voeg personen toe via Bewerken.</source>
        <translation>No network recorded yet. Add people via Edit.</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Nog geen huisgenoten vastgelegd. Voeg ze toe via Bewerken.</source>
        <translation>No household members recorded yet. Add them via Edit.</translation>
    </message>
    <message>
        <source>Wie heeft dit dossier ingezien</source>
        <translation>Who has viewed this record</translation>
    </message>
    <message>
        <source>Elke keer dat iemand dit dossier opent, wijzigt of het BSN toont, staat hier. Nieuwste bovenaan.</source>
        <translation>Every time someone opens or changes this record or shows the BSN, it is listed here. Newest first.</translation>
    </message>
    <message>
        <source>Logboek van dit dossier</source>
        <translation>Access log of this record</translation>
    </message>
    <message>
        <source>Komt in een volgende versie.</source>
        <translation>Comes in a later version.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>1 cliënt</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>De eerste %1 cliënten. Zoek gerichter om minder te zien.</source>
        <translation>The first %1 clients. Search more precisely to see fewer.</translation>
    </message>
    <message>
        <source>%1 cliënten</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>%1 jaar</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>Huisarts: %1</source>
        <translation>GP: %1</translation>
    </message>
    <message>
        <source>Terugzetten uit archief</source>
        <translation>Restore from archive</translation>
    </message>
    <message>
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Dossier terugzetten uit archief</source>
        <translation>Restore record from archive</translation>
    </message>
    <message>
        <source>Dossier archiveren</source>
        <translation>Archive record</translation>
    </message>
    <message>
        <source>BSN: niet vastgelegd</source>
        <translation>BSN: not recorded</translation>
    </message>
    <message>
        <source>BSN: %1</source>
        <translation>BSN: %1</translation>
    </message>
    <message>
        <source>Toon BSN</source>
        <translation>Show BSN</translation>
    </message>
    <message>
        <source>Verberg BSN</source>
        <translation>Hide BSN</translation>
    </message>
    <message>
        <source>Dossier archiveren? Er wordt niets verwijderd: het dossier blijft bewaard, maar staat niet meer in de lijst. Terugvinden kan met &apos;Toon gearchiveerd&apos;.</source>
        <translation>Archive this record? Nothing is deleted: the record is kept but no longer appears in the list. You can find it again with &apos;Show archived&apos;.</translation>
    </message>
    <message>
        <source>Ja, archiveren</source>
        <translation>Yes, archive</translation>
    </message>
    <message>
        <source>Dossier terugzetten uit het archief? Het staat dan weer in de lijst.</source>
        <translation>Restore this record from the archive? It will appear in the list again.</translation>
    </message>
    <message>
        <source>Ja, terugzetten</source>
        <translation>Yes, restore</translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <source>Vervolg a&amp;fronden</source>
        <translation>&amp;Finish follow-up</translation>
    </message>
    <message>
        <source>Intake a&amp;fronden</source>
        <translation>&amp;Finish intake</translation>
    </message>
    <message>
        <source>Gesprek afronden? Wat nog niet bevestigd was, wordt nu vastgelegd. Later wijzigen kan; dat wordt als aanvulling vastgelegd.</source>
        <translation>Finish the conversation? What was not yet confirmed is recorded now. Changing it later is possible; that is recorded as an addendum.</translation>
    </message>
    <message>
        <source>&amp;Ja, afronden</source>
        <translation>&amp;Yes, finish</translation>
    </message>
    <message>
        <source>Ja, afronden</source>
        <translation>Yes, finish</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vervolggesprek: %1</source>
        <translation>Follow-up conversation: %1</translation>
    </message>
    <message>
        <source>Vervolggesprek: nog niet gekozen (standaard over 6 weken: %1)</source>
        <translation>Follow-up conversation: not chosen yet (default in 6 weeks: %1)</translation>
    </message>
    <message>
        <source>Afgerond op %1. Wijzigingen worden nu als aanvulling vastgelegd.</source>
        <translation>Finished on %1. Changes are now recorded as addenda.</translation>
    </message>
</context>
<context>
    <name>ConsentDomains</name>
    <message>
        <source>Niet vastleggen over:</source>
        <translation>Do not record about:</translation>
    </message>
    <message>
        <source>Niet vastleggen: %1</source>
        <translation>Do not record: %1</translation>
    </message>
</context>
<context>
    <name>ConversationsTabView</name>
    <message>
        <source>Nieuwe &amp;intake</source>
        <translation>New &amp;intake</translation>
    </message>
    <message>
        <source>Nieuwe intake</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source>&amp;Vervolggesprek</source>
        <translation>&amp;Follow-up conversation</translation>
    </message>
    <message>
        <source>Nieuw vervolggesprek</source>
        <translation>New follow-up conversation</translation>
    </message>
    <message>
        <source>Cijfers en vragenlijsten opnieuw, naast de intake</source>
        <translation>Ratings and questionnaires again, next to the intake</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Gekozen gesprek openen</source>
        <translation>Open the chosen conversation</translation>
    </message>
    <message>
        <source>Gekozen gesprek openen (Enter)</source>
        <translation>Open the chosen conversation (Enter)</translation>
    </message>
    <message>
        <source>Gesprekken met deze cliënt</source>
        <translation>Conversations with this client</translation>
    </message>
    <message>
        <source>Nog geen gesprekken. Begin met &apos;Nieuwe intake&apos; (Alt+I).</source>
        <translation>No conversations yet. Start with &apos;New intake&apos; (Alt+I).</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 07-03-1980.</source>
        <translation>Write the date as dd-mm-yyyy, for example 07-03-1980.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Niet-bevestigde wijzigingen</source>
        <translation>Unconfirmed changes</translation>
    </message>
    <message>
        <source>Er zijn niet-bevestigde wijzigingen van %1 bij een gesprek (%2 antwoorden).</source>
        <translation>There are unconfirmed changes from %1 in a conversation (%2 answers).</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Wijzigingen terugzetten</source>
        <translation>Restore the changes</translation>
    </message>
    <message>
        <source>Het gesprek openen met deze wijzigingen</source>
        <translation>Open the conversation with these changes</translation>
    </message>
    <message>
        <source>&amp;Weggooien</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Wijzigingen weggooien</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <source>Wat u niet kiest, wordt bij de volgende keer ontgrendelen weer aangeboden.</source>
        <translation>What you do not choose is offered again the next time you unlock.</translation>
    </message>
    <message>
        <source>Later beslissen</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>FinanceEditor</name>
    <message>
        <source>Financieel overzicht</source>
        <translation>Financial overview</translation>
    </message>
    <message>
        <source>Inkomsten per maand</source>
        <translation>Income per month</translation>
    </message>
    <message>
        <source>+ Inkomen toevoegen</source>
        <translation>+ Add income</translation>
    </message>
    <message>
        <source>Vaste lasten per maand</source>
        <translation>Fixed costs per month</translation>
    </message>
    <message>
        <source>+ Vaste last toevoegen</source>
        <translation>+ Add fixed cost</translation>
    </message>
    <message>
        <source>Schulden</source>
        <translation>Debts</translation>
    </message>
    <message>
        <source>+ Schuld toevoegen</source>
        <translation>+ Add debt</translation>
    </message>
    <message>
        <source>Totaal inkomsten</source>
        <translation>Total income</translation>
    </message>
    <message>
        <source>Totaal vaste lasten</source>
        <translation>Total fixed costs</translation>
    </message>
    <message>
        <source>Vrij besteedbaar per maand</source>
        <translation>Left to spend per month</translation>
    </message>
    <message>
        <source>Inkomsten min vaste lasten. Het overzicht oordeelt niet of dat genoeg is.</source>
        <translation>Income minus fixed costs. The overview does not judge whether that is enough.</translation>
    </message>
    <message>
        <source>%1 bij %2 schuldeisers; achterstanden %3; deurwaarder of beslag: %4</source>
        <translation>%1 with %2 creditors; arrears %3; bailiff or garnishment: %4</translation>
    </message>
    <message>
        <source>geen vastgelegd</source>
        <translation>none recorded</translation>
    </message>
</context>
<context>
    <name>FinanceRow</name>
    <message>
        <source>achterstand</source>
        <translation>arrears</translation>
    </message>
    <message>
        <source>incasso</source>
        <translation>collection</translation>
    </message>
    <message>
        <source>deurwaarder</source>
        <translation>bailiff</translation>
    </message>
    <message>
        <source>beslag</source>
        <translation>garnishment</translation>
    </message>
    <message>
        <source>Schuldeiser</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <source>bedrag, bv. 1.210,50</source>
        <translation>amount, e.g. 1.210,50</translation>
    </message>
    <message>
        <source>sinds mm-jjjj</source>
        <translation>since mm-yyyy</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Regel verwijderen</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Soort, regel %1</source>
        <translation>Kind, line %1</translation>
    </message>
    <message>
        <source>Schuldeiser, regel %1</source>
        <translation>Creditor, line %1</translation>
    </message>
    <message>
        <source>Bedrag, regel %1</source>
        <translation>Amount, line %1</translation>
    </message>
    <message>
        <source>Sinds (maand), regel %1</source>
        <translation>Since (month), line %1</translation>
    </message>
    <message>
        <source>regel %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Regel %1 verwijderen</source>
        <translation>Remove line %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>POH Sociaal Domein — eerste keer instellen</source>
        <translation>POH Sociaal Domein — first-time setup</translation>
    </message>
    <message>
        <source>&lt; Vorige</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Volgende &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Voltooien</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GoalBox</name>
    <message>
        <source>wat de cliënt wil bereiken, in eigen woorden</source>
        <translation>what the client wants to achieve, in their own words</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>streefdatum</source>
        <translation>target date</translation>
    </message>
    <message>
        <source>Streefcijfer</source>
        <translation>Target rating</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Acties: wie doet wat, wanneer</source>
        <translation>Actions: who does what, when</translation>
    </message>
    <message>
        <source>+ Actie</source>
        <translation>+ Action</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Leefgebied van doel %1</source>
        <translation>Life domain of goal %1</translation>
    </message>
    <message>
        <source>Doel %1 in eigen woorden</source>
        <translation>Goal %1 in own words</translation>
    </message>
    <message>
        <source>Streefcijfer doel %1</source>
        <translation>Target rating goal %1</translation>
    </message>
    <message>
        <source>Streefdatum doel %1</source>
        <translation>Target date goal %1</translation>
    </message>
    <message>
        <source>Stand van doel %1</source>
        <translation>State of goal %1</translation>
    </message>
    <message>
        <source>Actie toevoegen aan doel %1</source>
        <translation>Add action to goal %1</translation>
    </message>
    <message>
        <source>Doel %1 verwijderen</source>
        <translation>Remove goal %1</translation>
    </message>
</context>
<context>
    <name>HouseholdRow</name>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Voornaam huisgenoot</source>
        <translation>First name of household member</translation>
    </message>
    <message>
        <source>Geboortedatum huisgenoot</source>
        <translation>Date of birth of household member</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Huisgenoot verwijderen</source>
        <translation>Remove household member</translation>
    </message>
</context>
<context>
    <name>IntakeExtras</name>
    <message>
        <source>standaard %1</source>
        <translation>default %1</translation>
    </message>
    <message>
        <source>Open signalen: %1</source>
        <translation>Open signals: %1</translation>
    </message>
    <message>
        <source>Plan niet bewaard (%1): %2</source>
        <translation>Plan not saved (%1): %2</translation>
    </message>
</context>
<context>
    <name>IntakeModels</name>
    <message>
        <source>Vervolggesprek</source>
        <translation>Follow-up conversation</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>● afgerond</source>
        <translation>● finished</translation>
    </message>
    <message>
        <source>◐ open</source>
        <translation>◐ open</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Immediately</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Binnen 3 werkdagen</source>
        <translation>Within 3 working days</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>onterecht</source>
        <translation>not justified</translation>
    </message>
    <message>
        <source>afgehandeld</source>
        <translation>handled</translation>
    </message>
    <message>
        <source>Eenzaamheid (De Jong Gierveld, 0–6)</source>
        <translation>Loneliness (De Jong Gierveld, 0–6)</translation>
    </message>
    <message>
        <source>Psychische gezondheid (MHI-5, 0–100)</source>
        <translation>Mental health (MHI-5, 0–100)</translation>
    </message>
    <message>
        <source>Rapportcijfer voor het leven</source>
        <translation>Life satisfaction rating</translation>
    </message>
    <message>
        <source>Cijfer %1</source>
        <translation>Rating %1</translation>
    </message>
    <message>
        <source>Zelfredzaamheid: %1</source>
        <translation>Self-sufficiency: %1</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Vervolg op</source>
        <translation>Follow-up on</translation>
    </message>
    <message>
        <source>Meting</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Gemeld op %1. Enter of dubbelklik opent het signaal.</source>
        <translation>Raised on %1. Enter or double-click opens the signal.</translation>
    </message>
    <message>
        <source>Eenzaamheid (De Jong Gierveld)</source>
        <translation>Loneliness (De Jong Gierveld)</translation>
    </message>
    <message>
        <source>MHI-5</source>
        <translation>MHI-5</translation>
    </message>
    <message>
        <source>Moeite met rondkomen</source>
        <translation>Difficulty making ends meet</translation>
    </message>
    <message>
        <source>Rapportcijfer</source>
        <translation>Life rating</translation>
    </message>
    <message>
        <source>Zeker bij formulieren</source>
        <translation>Confidence with forms</translation>
    </message>
    <message>
        <source>%1: nog 1 vraag</source>
        <translation>%1: 1 question to go</translation>
    </message>
    <message>
        <source>%1: nog %2 vragen</source>
        <translation>%1: %2 questions to go</translation>
    </message>
    <message>
        <source>%1: %2 van 6 — %3 (emotioneel %4, sociaal %5)</source>
        <translation>%1: %2 of 6 — %3 (emotional %4, social %5)</translation>
    </message>
    <message>
        <source>%1: %2 van 100 — onder 60: %3</source>
        <translation>%1: %2 of 100 — below 60: %3</translation>
    </message>
    <message>
        <source>%1: %2 van 100 — 60 of hoger</source>
        <translation>%1: %2 of 100 — 60 or higher</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: beperkt — let op bij brieven en formulieren</source>
        <translation>%1: limited — take care with letters and forms</translation>
    </message>
    <message>
        <source>%1: voldoende zeker</source>
        <translation>%1: confident enough</translation>
    </message>
    <message>
        <source>%1: ja (%2)</source>
        <translation>%1: yes (%2)</translation>
    </message>
    <message>
        <source>%1: nee</source>
        <translation>%1: no</translation>
    </message>
</context>
<context>
    <name>IntakeNav</name>
    <message>
        <source>niet besproken</source>
        <translation>not discussed</translation>
    </message>
    <message>
        <source>deels</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>besproken</source>
        <translation>discussed</translation>
    </message>
    <message>
        <source>bewust overgeslagen</source>
        <translation>skipped on purpose</translation>
    </message>
    <message>
        <source>niet vastleggen</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>%1: %2. Tijd: %3 van %4 minuten</source>
        <translation>%1: %2. Time: %3 of %4 minutes</translation>
    </message>
    <message>
        <source>(langer dan de richttijd; dat mag)</source>
        <translation>(longer than the guide; that is fine)</translation>
    </message>
    <message>
        <source>(pauze)</source>
        <translation>(paused)</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>%1 · gestart %2</source>
        <translation>%1 · started %2</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>Vervolggesprek</source>
        <translation>Follow-up conversation</translation>
    </message>
    <message>
        <source>U verliet %1. Wilt u het cijfer voor dit leefgebied vragen? Dat mag ook later.</source>
        <translation>You left %1. Would you like to ask the rating for this life domain? Later is fine too.</translation>
    </message>
    <message>
        <source>%1 van %2 vragen besproken</source>
        <translation>%1 of %2 questions discussed</translation>
    </message>
    <message>
        <source>Gesprekstijd / richttijd (uu:mm)</source>
        <translation>Conversation time / guide (h:mm)</translation>
    </message>
</context>
<context>
    <name>IntakeTabs</name>
    <message>
        <source>Nog geen prioriteiten.</source>
        <translation>No priorities yet.</translation>
    </message>
    <message>
        <source>Wens: “%1”</source>
        <translation>Wish: “%1”</translation>
    </message>
    <message>
        <source>Nog geen doelen.</source>
        <translation>No goals yet.</translation>
    </message>
    <message>
        <source>Volgend gesprek: %1</source>
        <translation>Next conversation: %1</translation>
    </message>
    <message>
        <source>Nog geen vervolggesprek gepland.</source>
        <translation>No follow-up conversation planned yet.</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Kijkmodus: notities, scores en signalen zijn verborgen. F11 om terug te gaan.</source>
        <translation>Viewing mode: notes, scores and signals are hidden. F11 to go back.</translation>
    </message>
    <message>
        <source>← &amp;Dossier</source>
        <translation>← &amp;Record</translation>
    </message>
    <message>
        <source>Terug naar het dossier</source>
        <translation>Back to the record</translation>
    </message>
    <message>
        <source>Terug naar het dossier (Alt+D); alles is bewaard</source>
        <translation>Back to the record (Alt+R); everything is saved</translation>
    </message>
    <message>
        <source>&amp;Kijkmodus (F11)</source>
        <translation>&amp;Viewing mode (F11)</translation>
    </message>
    <message>
        <source>Kijkmodus</source>
        <translation>Viewing mode</translation>
    </message>
    <message>
        <source>Scherm naar de cliënt: verbergt notities, scores en signalen (F11)</source>
        <translation>Screen turned to the client: hides notes, scores and signals (F11)</translation>
    </message>
    <message>
        <source>&amp;Paneel</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Paneel signalen en notities</source>
        <translation>Panel with signals and notes</translation>
    </message>
    <message>
        <source>Paneel met signalen en notities tonen of verbergen</source>
        <translation>Show or hide the panel with signals and notes</translation>
    </message>
    <message>
        <source>Signaal &amp;openen</source>
        <translation>&amp;Open signal</translation>
    </message>
    <message>
        <source>Open signaal bekijken</source>
        <translation>View the open signal</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Onderdelen van het gesprek</source>
        <translation>Parts of the conversation</translation>
    </message>
    <message>
        <source>Pijltjes kiezen, Enter opent. Ctrl+PgDn: volgende</source>
        <translation>Arrows choose, Enter opens. Ctrl+PgDn: next</translation>
    </message>
    <message>
        <source>○ niet besproken  ◐ deels
● besproken  ⊘ overgeslagen
🔒 niet vastleggen</source>
        <translation>○ not discussed  ◐ partly
● discussed  ⊘ skipped
🔒 not recorded</translation>
    </message>
    <message>
        <source>Pau&amp;ze</source>
        <translation>Pau&amp;se</translation>
    </message>
    <message>
        <source>Tijd pauzeren</source>
        <translation>Pause the time</translation>
    </message>
    <message>
        <source>De tijd stilzetten en weer laten lopen (Alt+Z)</source>
        <translation>Stop the time and let it run again (Alt+S)</translation>
    </message>
    <message>
        <source>Niet &amp;nu</source>
        <translation>Not &amp;now</translation>
    </message>
    <message>
        <source>Cijfer nu niet vragen</source>
        <translation>Do not ask the rating now</translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>‹ Vo&amp;rige</source>
        <translation>‹ Pr&amp;evious</translation>
    </message>
    <message>
        <source>Vorige onderwerp</source>
        <translation>Previous topic</translation>
    </message>
    <message>
        <source>Vorige onderwerp (Ctrl+PgUp)</source>
        <translation>Previous topic (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>&amp;Volgende ›</source>
        <translation>Ne&amp;xt ›</translation>
    </message>
    <message>
        <source>Volgende onderwerp</source>
        <translation>Next topic</translation>
    </message>
    <message>
        <source>Volgende onderwerp (Ctrl+PgDn)</source>
        <translation>Next topic (Ctrl+PgDn)</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Signalen van dit gesprek</source>
        <translation>Signals of this conversation</translation>
    </message>
    <message>
        <source>Geen signalen.</source>
        <translation>No signals.</translation>
    </message>
    <message>
        <source>Signaal &amp;toevoegen…</source>
        <translation>Add si&amp;gnal…</translation>
    </message>
    <message>
        <source>Signaal toevoegen</source>
        <translation>Add signal</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notities bij dit gesprek</source>
        <translation>Notes on this conversation</translation>
    </message>
    <message>
        <source>Vrije notities voor het hele gesprek</source>
        <translation>Free notes for the whole conversation</translation>
    </message>
    <message>
        <source>Alles wordt vanzelf bewaard.</source>
        <translation>Everything is saved automatically.</translation>
    </message>
    <message>
        <source>Voorstellen</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Voorstellen uit de sociale kaart komen in het Plan.</source>
        <translation>Suggestions from the social map come in the Plan.</translation>
    </message>
</context>
<context>
    <name>JnEditor</name>
    <message>
        <source>Ja</source>
        <extracomment>More options than this are offered in a drop-down list instead of radio buttons.</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>LabelledChoiceEditor</name>
    <message>
        <source>Hoeveel:</source>
        <translation>How many:</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Toelichting (wat, wie, hoe vaak)</source>
        <translation>Details (what, who, how often)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>POH Sociaal Domein</source>
        <translation>POH Sociaal Domein</translation>
    </message>
    <message>
        <source>DEMO — fictieve gegevens</source>
        <translation>DEMO — fictitious data</translation>
    </message>
    <message>
        <source>Vandaag laat zien wat er vandaag en deze week te doen is. Een nieuwe cliënt maakt u met Ctrl+N.</source>
        <translation>Today shows what needs doing today and this week. Create a new client with Ctrl+N.</translation>
    </message>
    <message>
        <source>Zoek een cliënt op naam, geboortedatum of postcode (Ctrl+F) en open het dossier. Elke keer dat een dossier wordt geopend, komt dat in het logboek. Een nieuwe cliënt maakt u met Ctrl+N.</source>
        <translation>Search for a client by name, date of birth or postcode (Ctrl+F) and open the record. Every time a record is opened, it is recorded in the access log. Create a new client with Ctrl+N.</translation>
    </message>
    <message>
        <source>De rapportage komt in een volgende versie.</source>
        <translation>Reporting comes in a later version.</translation>
    </message>
    <message>
        <source>Hier stelt u de praktijkgegevens, de gebruikers en de beveiliging in. Praktijkgegevens bewaart u met Opslaan; de andere instellingen worden meteen bewaard.</source>
        <translation>Here you set up the practice details, the users and security. Practice details are kept with Save; the other settings are saved straight away.</translation>
    </message>
    <message>
        <source>Kies uw naam, typ uw wachtwoordzin en druk op Enter. Wachtwoordzin vergeten? Gebruik dan de herstelsleutel uit de kluis van de praktijk.</source>
        <translation>Choose your name, type your passphrase and press Enter. Forgot your passphrase? Use the recovery key from the practice safe.</translation>
    </message>
    <message>
        <source>Sneltoetsen: Ctrl+F zoeken · Ctrl+N nieuwe cliënt · Ctrl+L vergrendelen · F1 hulp.</source>
        <translation>Shortcuts: Ctrl+F search · Ctrl+N new client · Ctrl+L lock · F1 help.</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
    <message>
        <source>Rapportage</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>Zoek een voorziening: typ een hulpvraag (Ctrl+F) en verfijn met de filters. Enter opent de details; de ster markeert een favoriet.</source>
        <translation>Find a service: type a need (Ctrl+F) and narrow down with the filters. Enter opens the details; the star marks a favourite.</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Hulp</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>opgeslagen %1</source>
        <translation>saved %1</translation>
    </message>
</context>
<context>
    <name>MainWindowView</name>
    <message>
        <source>Zoek cliënt</source>
        <translation>Search client</translation>
    </message>
    <message>
        <source>Zoek cliënt… (Ctrl+F)</source>
        <translation>Search client… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Vergrendelen (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>DEMO — fictieve gegevens</source>
        <translation>DEMO — fictitious data</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>bezig…</source>
        <translation>working…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Deze wachtwoordzin klopt niet. Controleer hoofdletters en probeer het opnieuw.</source>
        <translation>This passphrase is not correct. Check capital letters and try again.</translation>
    </message>
    <message>
        <source>Deze gebruiker bestaat niet.</source>
        <translation>This user does not exist.</translation>
    </message>
    <message>
        <source>Er is al een gebruiker met deze naam. Kies een andere naam.</source>
        <translation>There is already a user with this name. Choose another name.</translation>
    </message>
    <message>
        <source>De laatste gebruiker kan niet worden verwijderd.</source>
        <translation>The last user cannot be removed.</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin is te zwak. Gebruik minstens 10 tekens, liefst een zin.</source>
        <translation>This passphrase is too weak. Use at least 10 characters, preferably a sentence.</translation>
    </message>
    <message>
        <source>De beveiligingsinstellingen zijn te zwak; de database wordt niet geopend.</source>
        <translation>The security settings are too weak; the database will not be opened.</translation>
    </message>
    <message>
        <source>Deze herstelsleutel klopt niet. Controleer de groepen van vier tekens en probeer opnieuw.</source>
        <translation>This recovery key is not correct. Check the groups of four characters and try again.</translation>
    </message>
    <message>
        <source>Het sleutelbestand ontbreekt. Zet de laatste back-up terug of neem contact op met de beheerder.</source>
        <translation>The key file is missing. Restore the latest backup or contact the administrator.</translation>
    </message>
    <message>
        <source>Het sleutelbestand is beschadigd en de vorige versie ook. Zet de laatste back-up terug of neem contact op met de beheerder.</source>
        <translation>The key file is damaged, and so is its previous version. Restore the latest backup or contact the administrator.</translation>
    </message>
    <message>
        <source>De database is niet gevonden op deze plek. Er is niets aangemaakt.</source>
        <translation>The database was not found in this location. Nothing was created.</translation>
    </message>
    <message>
        <source>Hier staat al een database. Er is niets overschreven.</source>
        <translation>There is already a database here. Nothing was overwritten.</translation>
    </message>
    <message>
        <source>De database past niet bij het sleutelbestand. Zet de laatste back-up terug of neem contact op met de beheerder.</source>
        <translation>The database does not match the key file. Restore the latest backup or contact the administrator.</translation>
    </message>
    <message>
        <source>De database is beschadigd. Zet de laatste back-up terug.</source>
        <translation>The database is damaged. Restore the latest backup.</translation>
    </message>
    <message>
        <source>Deze database is gemaakt met een nieuwere versie van het programma. Installeer de nieuwste versie; de database is niet veranderd.</source>
        <translation>This database was made with a newer version of the program. Install the latest version; the database has not been changed.</translation>
    </message>
    <message>
        <source>Het bijwerken van de database is mislukt. Er is niets veranderd; een kopie staat in de map backups.</source>
        <translation>Updating the database failed. Nothing was changed; a copy is in the backups folder.</translation>
    </message>
    <message>
        <source>De versleuteling heeft onverwachte instellingen; de database wordt niet geopend.</source>
        <translation>The encryption has unexpected settings; the database will not be opened.</translation>
    </message>
    <message>
        <source>De database is even bezet. Probeer het zo opnieuw.</source>
        <translation>The database is busy for a moment. Please try again shortly.</translation>
    </message>
    <message>
        <source>De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer opnieuw.</source>
        <translation>The disk is full. Nothing was saved; free up space and try again.</translation>
    </message>
    <message>
        <source>Opslaan is mislukt: de schijf gaf een fout (vol of defect). Het laatste is niet opgeslagen; wat eerder was opgeslagen is veilig.</source>
        <translation>Saving failed: the disk reported an error (full or faulty). The last change was not saved; what was saved before is safe.</translation>
    </message>
    <message>
        <source>Deze map staat op een netwerkschijf. Kies een map op deze computer; de database mag niet op een netwerkschijf staan.</source>
        <translation>This folder is on a network drive. Choose a folder on this computer; the database may not be on a network drive.</translation>
    </message>
    <message>
        <source>Deze map wordt met de cloud gesynchroniseerd (zoals OneDrive of Dropbox). Kies een andere map.</source>
        <translation>This folder is synchronised with the cloud (such as OneDrive or Dropbox). Choose another folder.</translation>
    </message>
    <message>
        <source>Het programma is vergrendeld.</source>
        <translation>The program is locked.</translation>
    </message>
    <message>
        <source>Dit kan alleen in de demo.</source>
        <translation>This is only possible in the demo.</translation>
    </message>
    <message>
        <source>Dit gegeven bestaat niet (meer).</source>
        <translation>This item does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze invoer klopt niet.</source>
        <translation>This input is not correct.</translation>
    </message>
    <message>
        <source>Het logboek is aangetast. Meld dit bij de beheerder.</source>
        <translation>The access log has been tampered with. Report this to the administrator.</translation>
    </message>
    <message>
        <source>Vul dit in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>Deze tekst is te lang.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>Deze tekst bevat ongeldige tekens.</source>
        <translation>This text contains invalid characters.</translation>
    </message>
    <message>
        <source>Dit BSN klopt niet (elfproef). Controleer de negen cijfers.</source>
        <translation>This BSN is not valid (eleven test). Check the nine digits.</translation>
    </message>
    <message>
        <source>Schrijf de postcode als 1234 AB.</source>
        <translation>Write the postcode as 1234 AB.</translation>
    </message>
    <message>
        <source>Dit telefoonnummer klopt niet. Gebruik 10 cijfers, bijvoorbeeld 06 12345678.</source>
        <translation>This phone number is not valid. Use 10 digits, for example 06 12345678.</translation>
    </message>
    <message>
        <source>Dit e-mailadres klopt niet.</source>
        <translation>This email address is not valid.</translation>
    </message>
    <message>
        <source>Een AGB-code heeft 8 cijfers.</source>
        <translation>An AGB code has 8 digits.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>Deze datum ligt te ver in het verleden.</source>
        <translation>This date is too far in the past.</translation>
    </message>
    <message>
        <source>Schrijf de datum als dd-mm-jjjj.</source>
        <translation>Write the date as dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>Kies een van de mogelijkheden.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>De wachtwoordzin moet minstens 10 tekens hebben. Een korte zin werkt goed.</source>
        <translation>The passphrase must have at least 10 characters. A short sentence works well.</translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Een gebruikersnaam is één woord zonder spaties, bijvoorbeeld &apos;sanne&apos;.</source>
        <translation>A user name is one word without spaces, for example &apos;sanne&apos;.</translation>
    </message>
    <message>
        <source>U kunt uzelf niet verwijderen. Laat een andere gebruiker dit doen.</source>
        <translation>You cannot remove yourself. Ask another user to do this.</translation>
    </message>
    <message>
        <source>Dit antwoord heeft niet de goede vorm.</source>
        <translation>This answer does not have the right form.</translation>
    </message>
    <message>
        <source>Deze keuze staat er al. Kies elke mogelijkheid maar één keer.</source>
        <translation>This choice is there already. Choose each option only once.</translation>
    </message>
    <message>
        <source>Deze keuze gaat niet samen met de andere keuzes.</source>
        <translation>This choice does not go together with the other choices.</translation>
    </message>
    <message>
        <source>Dit zijn te veel keuzes.</source>
        <translation>These are too many choices.</translation>
    </message>
    <message>
        <source>Dit is geen getal.</source>
        <translation>This is not a number.</translation>
    </message>
    <message>
        <source>Vul een heel getal in, zonder komma.</source>
        <translation>Enter a whole number, without a decimal comma.</translation>
    </message>
    <message>
        <source>Gebruik hoogstens twee cijfers achter de komma.</source>
        <translation>Use at most two digits after the decimal comma.</translation>
    </message>
    <message>
        <source>Dit getal is te groot of te klein.</source>
        <translation>This number is too large or too small.</translation>
    </message>
    <message>
        <source>Dit is geen datum. Schrijf de datum als dd-mm-jjjj.</source>
        <translation>This is not a date. Write the date as dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>Dit antwoord bevat een onbekend onderdeel.</source>
        <translation>This answer contains an unknown part.</translation>
    </message>
    <message>
        <source>Dit antwoord spreekt zichzelf tegen, bijvoorbeeld &apos;nee&apos; met een aantal.</source>
        <translation>This answer contradicts itself, for example &apos;no&apos; with a number.</translation>
    </message>
    <message>
        <source>Bij deze kaart hoort geen antwoord.</source>
        <translation>This card takes no answer.</translation>
    </message>
    <message>
        <source>Kies een antwoord, &apos;weet niet&apos; of &apos;wil niet zeggen&apos;.</source>
        <translation>Choose an answer, &apos;don&apos;t know&apos; or &apos;rather not say&apos;.</translation>
    </message>
    <message>
        <source>Een antwoord en &apos;weet niet&apos; of &apos;wil niet zeggen&apos; gaan niet samen.</source>
        <translation>An answer and &apos;don&apos;t know&apos; or &apos;rather not say&apos; do not go together.</translation>
    </message>
    <message>
        <source>Deze vraag staat niet (meer) in deze vragenlijst.</source>
        <translation>This question is not (or no longer) in this questionnaire.</translation>
    </message>
    <message>
        <source>De cliënt heeft geen toestemming gegeven om dit vast te leggen.</source>
        <translation>The client did not give consent to record this.</translation>
    </message>
    <message>
        <source>Schrijf de maand als mm-jjjj, bijvoorbeeld 03-2025.</source>
        <translation>Write the month as mm-yyyy, for example 03-2025.</translation>
    </message>
    <message>
        <source>Dit onderdeel van het gesprek bestaat niet.</source>
        <translation>This part of the conversation does not exist.</translation>
    </message>
    <message>
        <source>er zouden meer dan 20 % van de voorzieningen verdwijnen</source>
        <translation>more than 20 % of the services would disappear</translation>
    </message>
    <message>
        <source>de leefgebieden of de toegang ontbreken in de kaart</source>
        <translation>the life domains or the access routes are missing from the map</translation>
    </message>
    <message>
        <source>dezelfde voorziening staat er dubbel in</source>
        <translation>the same service appears twice</translation>
    </message>
    <message>
        <source>er staat geen geldige voorziening in</source>
        <translation>it contains no valid service</translation>
    </message>
    <message>
        <source>de bron gaf een webpagina in plaats van gegevens</source>
        <translation>the source returned a web page instead of data</translation>
    </message>
    <message>
        <source>het bestand is geen geldige kaart</source>
        <translation>the file is not a valid map</translation>
    </message>
    <message>
        <source>De sociale kaart is niet ingelezen: %1. De vorige kaart blijft in gebruik.</source>
        <translation>The social map was not imported: %1. The previous map stays in use.</translation>
    </message>
    <message>
        <source>Er ging iets mis in het programma. Er is niets verloren gegaan; probeer het opnieuw. Blijft het misgaan, meld het dan bij de beheerder.</source>
        <translation>Something went wrong in the program. Nothing was lost; please try again. If it keeps going wrong, report it to the administrator.</translation>
    </message>
</context>
<context>
    <name>NetworkModel</name>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>broer of zus</source>
        <translation>brother or sister</translation>
    </message>
    <message>
        <source>ander familielid</source>
        <translation>other relative</translation>
    </message>
    <message>
        <source>vriend(in)</source>
        <translation>friend</translation>
    </message>
    <message>
        <source>buur</source>
        <translation>neighbour</translation>
    </message>
    <message>
        <source>kennis</source>
        <translation>acquaintance</translation>
    </message>
    <message>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>hulpverlener</source>
        <translation>care professional</translation>
    </message>
    <message>
        <source>huisgenoot</source>
        <translation>housemate</translation>
    </message>
    <message>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <source>mantelzorger</source>
        <translation>informal carer</translation>
    </message>
    <message>
        <source>praktische hulp</source>
        <translation>practical help</translation>
    </message>
    <message>
        <source>steun, luisterend oor</source>
        <translation>support, listening ear</translation>
    </message>
    <message>
        <source>contactpersoon</source>
        <translation>contact person</translation>
    </message>
    <message>
        <source>bewindvoerder</source>
        <translation>financial administrator</translation>
    </message>
    <message>
        <source>mentor of curator</source>
        <translation>mentor or guardian</translation>
    </message>
    <message>
        <source>geen vaste rol</source>
        <translation>no fixed role</translation>
    </message>
    <message>
        <source>man</source>
        <translation>male</translation>
    </message>
    <message>
        <source>vrouw</source>
        <translation>female</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mag benaderd worden</source>
        <translation>May be contacted</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Netwerk &amp;bewerken…</source>
        <translation>Edit net&amp;work…</translation>
    </message>
    <message>
        <source>Netwerk bewerken</source>
        <translation>Edit network</translation>
    </message>
    <message>
        <source>De netwerkpersonen staan bij de cliënt (tabblad Netwerk)</source>
        <translation>The network persons belong to the client (Network tab)</translation>
    </message>
    <message>
        <source>Nog niemand vastgelegd.</source>
        <translation>Nobody recorded yet.</translation>
    </message>
    <message>
        <source>mag benaderd worden: %1</source>
        <translation>may be contacted: %1</translation>
    </message>
</context>
<context>
    <name>NetworkRow</name>
    <message>
        <source>Naam netwerkpersoon</source>
        <translation>Name of network person</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Rollen van deze persoon</source>
        <translation>Roles of this person</translation>
    </message>
    <message>
        <source>Telefoon netwerkpersoon</source>
        <translation>Phone of network person</translation>
    </message>
    <message>
        <source>Mag ik contact met deze persoon opnemen?</source>
        <translation>May I contact this person?</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Netwerkpersoon verwijderen</source>
        <translation>Remove network person</translation>
    </message>
    <message>
        <source>Kies rollen…</source>
        <translation>Choose roles…</translation>
    </message>
    <message>
        <source>Nog geen rol gekozen</source>
        <translation>No role chosen yet</translation>
    </message>
</context>
<context>
    <name>OverviewIntakeView</name>
    <message>
        <source>Leefgebiedenweb</source>
        <translation>Life domain web</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Signalen van deze cliënt</source>
        <translation>Signals of this client</translation>
    </message>
    <message>
        <source>Geen signalen.</source>
        <translation>No signals.</translation>
    </message>
    <message>
        <source>Prioriteiten en wens</source>
        <translation>Priorities and wish</translation>
    </message>
    <message>
        <source>Doelen en vervolg</source>
        <translation>Goals and follow-up</translation>
    </message>
    <message>
        <source>Verwijzingen komen in een volgende versie.</source>
        <translation>Referrals come in a next version.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Te kort: gebruik minstens 10 tekens.</source>
        <translation>Too short: use at least 10 characters.</translation>
    </message>
    <message>
        <source>Zwak: maak de zin wat langer.</source>
        <translation>Weak: make the sentence a little longer.</translation>
    </message>
    <message>
        <source>Redelijk: een extra woord maakt hem sterker.</source>
        <translation>Fair: one more word makes it stronger.</translation>
    </message>
    <message>
        <source>Goed.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <source>Sterk.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Sterkte van de wachtwoordzin</source>
        <translation>Strength of the passphrase</translation>
    </message>
    <message>
        <source>Herhaal de wachtwoordzin</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Herhaling</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Tip: een korte zin van vier woorden.</source>
        <translation>Tip: a short sentence of four words.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Komt in een volgende versie</source>
        <translation>Comes in a later version</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>cliënt</source>
        <translation>client</translation>
    </message>
    <message>
        <source>POH</source>
        <translation>POH</translation>
    </message>
    <message>
        <source>loopt</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>bereikt</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>deels bereikt</source>
        <translation>partly achieved</translation>
    </message>
    <message>
        <source>niet bereikt</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>Nog geen doelen. Voeg een doel toe of kies eerst prioriteiten.</source>
        <translation>No goals yet. Add a goal or choose priorities first.</translation>
    </message>
    <message>
        <source>+ Doel toevoe&amp;gen</source>
        <translation>+ Add goa&amp;l</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Vraag aan huisarts</source>
        <translation>Question to the GP</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: medicatie bespreken, alcohol</source>
        <translation>For example: discuss medication, alcohol</translation>
    </message>
    <message>
        <source>Voorstellen uit de sociale kaart</source>
        <translation>Suggestions from the social map</translation>
    </message>
    <message>
        <source>Hier komen passende voorzieningen uit de sociale kaart, met de reden en &apos;Verwijzen…&apos;. Dat komt met de sociale kaart in een volgende versie.</source>
        <translation>Matching services from the social map will appear here, with the reason and &apos;Refer…&apos;. That comes with the social map in a next version.</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>loopt</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>bereikt</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>deels bereikt</source>
        <translation>partly achieved</translation>
    </message>
    <message>
        <source>niet bereikt</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>%1 van %2 acties gedaan</source>
        <translation>%1 of %2 actions done</translation>
    </message>
</context>
<context>
    <name>PracticeForm</name>
    <message>
        <source>Naam van de praktijk</source>
        <translation>Name of the practice</translation>
    </message>
    <message>
        <source>bijvoorbeeld Huisartsenpraktijk De Linde</source>
        <translation>for example Huisartsenpraktijk De Linde</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>AGB-code van de praktijk</source>
        <translation>AGB code of the practice</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>&amp;AGB-code</source>
        <translation>&amp;AGB code</translation>
    </message>
    <message>
        <source>Adres van de praktijk</source>
        <translation>Address of the practice</translation>
    </message>
    <message>
        <source>straat en huisnummer, postcode en plaats</source>
        <translation>street and house number, postcode and town</translation>
    </message>
    <message>
        <source>A&amp;dres</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>Telefoonnummer van de praktijk</source>
        <translation>Phone number of the practice</translation>
    </message>
    <message>
        <source>bijvoorbeeld 030 1234567</source>
        <translation>for example 030 1234567</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Naam van een huisarts</source>
        <translation>Name of a GP</translation>
    </message>
    <message>
        <source>bijvoorbeeld dr. A. de Wit, dan Enter</source>
        <translation>for example dr. A. de Wit, then Enter</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Huisartsen in de praktijk</source>
        <translation>GPs in the practice</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Huisartsen</source>
        <translation>&amp;GPs</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Welkom. Vul eerst de gegevens van de praktijk in. U kunt ze later wijzigen.</source>
        <translation>Welcome. First fill in the details of the practice. You can change them later.</translation>
    </message>
</context>
<context>
    <name>PracticeSettings</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Praktijkgegevens opslaan</source>
        <translation>Save practice details</translation>
    </message>
    <message>
        <source>Opgeslagen om %1.</source>
        <translation>Saved at %1.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>⚑ alleen</source>
        <translation>⚑ alone</translation>
    </message>
    <message>
        <source>Alleen vragen als de cliënt alleen is.</source>
        <translation>Only ask when the client is alone.</translation>
    </message>
    <message>
        <source>(POH)</source>
        <translation>(POH)</translation>
    </message>
    <message>
        <source>Waarneming: niet hardop vragen.</source>
        <translation>Observation: not asked aloud.</translation>
    </message>
    <message>
        <source>🔒 niet vastleggen (geen toestemming)</source>
        <translation>🔒 not recorded (no consent)</translation>
    </message>
    <message>
        <source>Zelfredzaamheid (uw beoordeling als POH, 1–5)</source>
        <translation>Self-sufficiency (your rating as POH, 1–5)</translation>
    </message>
    <message>
        <source>Vervolggesprek op</source>
        <translation>Follow-up conversation on</translation>
    </message>
    <message>
        <source>Weet niet</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Wil niet zeggen</source>
        <translation>Rather not say</translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Vervolg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>%1 — cijfer van de cliënt (0–10), doorgetrokken lijn</source>
        <translation>%1 — client&apos;s rating (0–10), solid line</translation>
    </message>
    <message>
        <source>%1 — zelfredzaamheid volgens POH (1–5), stippellijn</source>
        <translation>%1 — self-sufficiency by the POH (1–5), dashed line</translation>
    </message>
    <message>
        <source>Zelfredzaamheid op dezelfde schaal: 1 = 0 · 2 = 2,5 · 3 = 5 · 4 = 7,5 · 5 = 10</source>
        <translation>Self-sufficiency on the same scale: 1 = 0 · 2 = 2.5 · 3 = 5 · 4 = 7.5 · 5 = 10</translation>
    </message>
    <message>
        <source>cijfer</source>
        <translation>rating</translation>
    </message>
    <message>
        <source>zr</source>
        <translation>ss</translation>
    </message>
</context>
<context>
    <name>RadarPanel</name>
    <message>
        <source>Leefgebiedenweb</source>
        <translation>Life domain web</translation>
    </message>
    <message>
        <source>Nog geen cijfers of zelfredzaamheid vastgelegd.</source>
        <translation>No ratings or self-sufficiency recorded yet.</translation>
    </message>
    <message>
        <source>Op&amp;slaan als PNG…</source>
        <translation>S&amp;ave as PNG…</translation>
    </message>
    <message>
        <source>Leefgebiedenweb opslaan als PNG</source>
        <translation>Save the life domain web as PNG</translation>
    </message>
    <message>
        <source>Afdr&amp;ukken…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Leefgebiedenweb afdrukken</source>
        <translation>Print the life domain web</translation>
    </message>
    <message>
        <source>Leefgebiedenweb opslaan</source>
        <translation>Save the life domain web</translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>RankEditor</name>
    <message>
        <source>Belangrijkste, plaats %1</source>
        <translation>Most important, place %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Wachtwoordzin vergeten</source>
        <translation>Forgot passphrase</translation>
    </message>
    <message>
        <source>Pak het blad met de herstelsleutel uit de kluis van de praktijk. Typ de sleutel over en kies een nieuwe wachtwoordzin.</source>
        <translation>Take the recovery key sheet from the practice safe. Type in the key and choose a new passphrase.</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Ontgrendelen met de herstelsleutel</source>
        <translation>Unlock with the recovery key</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Nieuwe herstelsleutel</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>Deze sleutel gaat werken zodra u bevestigt dat hij veilig bewaard is. Daarna werkt de vorige herstelsleutel niet meer.</source>
        <translation>This key takes effect once you confirm it is stored safely. After that the previous recovery key no longer works.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Herstelsleutel — POH Sociaal Domein</source>
        <translation>Recovery key — POH Sociaal Domein</translation>
    </message>
    <message>
        <source>Praktijk: %1</source>
        <translation>Practice: %1</translation>
    </message>
    <message>
        <source>Gemaakt op: %1</source>
        <translation>Made on: %1</translation>
    </message>
    <message>
        <source>Met deze sleutel kan de database worden geopend als niemand zijn wachtwoordzin meer weet. Wie deze sleutel heeft, kan alle gegevens lezen. Bewaar dit blad in de kluis van de praktijk en maak er geen kopieën van.</source>
        <translation>With this key the database can be opened when nobody remembers their passphrase. Whoever has this key can read all data. Keep this sheet in the practice safe and make no copies of it.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Dit is de herstelsleutel. Hij wordt maar één keer getoond. Met deze sleutel komt u weer bij de gegevens als iedereen de wachtwoordzin kwijt is. Print hem en leg het blad in de kluis van de praktijk.</source>
        <translation>This is the recovery key. It is shown only once. With this key you can reach the data again if everyone has lost their passphrase. Print it and put the sheet in the practice safe.</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Herstelsleutel afdrukken</source>
        <translation>Print recovery key</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Herstelsleutel opslaan als PDF</source>
        <translation>Save recovery key as PDF</translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel veilig bewaard</source>
        <translation>I have stored the recovery key safely</translation>
    </message>
    <message>
        <source>Naar de printer gestuurd.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>The file could not be saved. Choose another folder.</translation>
    </message>
    <message>
        <source>Opgeslagen als %1. Print het bestand en verwijder het daarna, of bewaar het op een USB-stick in de kluis.</source>
        <translation>Saved as %1. Print the file and delete it afterwards, or keep it on a USB stick in the safe.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>De database is aangemaakt en versleuteld.</source>
        <translation>The database has been created and encrypted.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Automatisch vergrendelen</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <source>Minuten tot automatisch vergrendelen</source>
        <translation>Minutes until automatic lock</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <source>Zonder toetsaanslag of muisbeweging vergrendelt het programma zich na deze tijd (1 tot 15 minuten). Met Ctrl+L vergrendelt u meteen.</source>
        <translation>Without a keystroke or mouse movement the program locks itself after this time (1 to 15 minutes). Ctrl+L locks immediately.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Een nieuwe herstelsleutel vervangt de vorige: het oude blad in de kluis werkt daarna niet meer. Doe dit als het blad zoek is of als iemand het heeft gezien die het niet mocht zien.</source>
        <translation>A new recovery key replaces the previous one: the old sheet in the safe no longer works afterwards. Do this when the sheet is lost or when someone saw it who should not have.</translation>
    </message>
    <message>
        <source>Nieuwe herstelsleutel maken…</source>
        <translation>Make a new recovery key…</translation>
    </message>
    <message>
        <source>Nieuwe herstelsleutel maken</source>
        <translation>Make a new recovery key</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Nieuwe herstelsleutel</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>Een nieuwe herstelsleutel maken? De vorige herstelsleutel werkt daarna niet meer.</source>
        <translation>Make a new recovery key? The previous recovery key will no longer work.</translation>
    </message>
    <message>
        <source>Nieuwe sleutel maken</source>
        <translation>Make new key</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De nieuwe herstelsleutel is in gebruik.</source>
        <translation>The new recovery key is in use.</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source>Favoriet</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Toegang</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Gecontroleerd</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Eigen notitie</source>
        <translation>Own note</translation>
    </message>
    <message>
        <source>Alleen voor deze praktijk; wordt vanzelf bewaard.</source>
        <translation>Only for this practice; saved automatically.</translation>
    </message>
    <message>
        <source>Let op: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>gecontroleerd op %1</source>
        <translation>checked on %1</translation>
    </message>
    <message>
        <source>ouder dan 12 maanden, controleer de gegevens</source>
        <translation>older than 12 months, please verify the details</translation>
    </message>
    <message>
        <source>op dit moment geen plek (wachtlijst)</source>
        <translation>no places at the moment (waiting list)</translation>
    </message>
    <message>
        <source>%1 plekken vrij</source>
        <translation>%1 places available</translation>
    </message>
    <message>
        <source>Markeer als favoriet</source>
        <translation>Mark as favourite</translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <source>niet gecontroleerd sinds %1</source>
        <translation>not checked since %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Beveiliging</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Urgentie: %1</source>
        <translation>Urgency: %1</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Wat is er gedaan of afgesproken? (wat, met wie, wanneer)</source>
        <translation>What was done or agreed? (what, with whom, when)</translation>
    </message>
    <message>
        <source>Actie: wat, met wie, wanneer</source>
        <translation>Action: what, with whom, when</translation>
    </message>
    <message>
        <source>Hiermee is het signaal &amp;afgehandeld</source>
        <translation>The signal is &amp;handled by this</translation>
    </message>
    <message>
        <source>Hiermee is het signaal afgehandeld</source>
        <translation>The signal is handled by this</translation>
    </message>
    <message>
        <source>Reden waarom het signaal onterecht is</source>
        <translation>Reason why the signal is not justified</translation>
    </message>
    <message>
        <source>Waarom is dit signaal onterecht? (verplicht)</source>
        <translation>Why is this signal not justified? (required)</translation>
    </message>
    <message>
        <source>&amp;Onterecht…</source>
        <translation>&amp;Not justified…</translation>
    </message>
    <message>
        <source>Signaal is onterecht</source>
        <translation>Signal is not justified</translation>
    </message>
    <message>
        <source>&amp;Later in dit gesprek (15 min)</source>
        <translation>&amp;Later in this conversation (15 min)</translation>
    </message>
    <message>
        <source>Later in dit gesprek</source>
        <translation>Later in this conversation</translation>
    </message>
    <message>
        <source>Actie &amp;vastleggen</source>
        <translation>&amp;Record action</translation>
    </message>
    <message>
        <source>Actie vastleggen</source>
        <translation>Record action</translation>
    </message>
    <message>
        <source>Actie vastleggen (Ctrl+Enter)</source>
        <translation>Record action (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Meldcode huiselijk geweld en kindermishandeling: stappen</source>
        <translation>Reporting code domestic violence and child abuse: steps</translation>
    </message>
    <message>
        <source>Mogelijke acties (vult de tekst aan)</source>
        <translation>Possible actions (added to the text)</translation>
    </message>
    <message>
        <source>Meldcode stap %1</source>
        <translation>Reporting code step %1</translation>
    </message>
    <message>
        <source>Schrijf op wat er is gedaan of afgesproken.</source>
        <translation>Write down what was done or agreed.</translation>
    </message>
    <message>
        <source>Schrijf de reden op en kies nog eens Onterecht.</source>
        <translation>Write down the reason and choose Not justified again.</translation>
    </message>
    <message>
        <source>Een reden is verplicht als het signaal onterecht is.</source>
        <translation>A reason is required when the signal is not justified.</translation>
    </message>
</context>
<context>
    <name>SignalPresenter</name>
    <message>
        <source>⚠ Open signaal: %1. Dit blijft staan tot het is afgehandeld.</source>
        <translation>⚠ Open signal: %1. This stays until it is handled.</translation>
    </message>
    <message>
        <source>⚠ Open signalen: %1. Dit blijft staan tot ze zijn afgehandeld.</source>
        <translation>⚠ Open signals: %1. This stays until they are handled.</translation>
    </message>
</context>
<context>
    <name>SocialMap</name>
    <message>
        <source>Gezondheid</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Lichamelijke gezondheid</source>
        <translation>Physical health</translation>
    </message>
    <message>
        <source>Psychische gezondheid en stress</source>
        <translation>Mental health and stress</translation>
    </message>
    <message>
        <source>Alcohol, drugs en gokken</source>
        <translation>Alcohol, drugs and gambling</translation>
    </message>
    <message>
        <source>Leefstijl</source>
        <translation>Lifestyle</translation>
    </message>
    <message>
        <source>Zelfzorg en dagelijkse activiteiten</source>
        <translation>Self-care and daily activities</translation>
    </message>
    <message>
        <source>Geheugen en dementie</source>
        <translation>Memory and dementia</translation>
    </message>
    <message>
        <source>Steun voor mantelzorgers</source>
        <translation>Support for informal carers</translation>
    </message>
    <message>
        <source>Geld</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Rondkomen en inkomen</source>
        <translation>Making ends meet and income</translation>
    </message>
    <message>
        <source>Schulden en betalingsachterstanden</source>
        <translation>Debts and payment arrears</translation>
    </message>
    <message>
        <source>Administratie en formulieren</source>
        <translation>Paperwork and forms</translation>
    </message>
    <message>
        <source>Toeslagen en regelingen</source>
        <translation>Allowances and schemes</translation>
    </message>
    <message>
        <source>Voedsel en eerste levensbehoeften</source>
        <translation>Food and basic needs</translation>
    </message>
    <message>
        <source>Juridische vragen</source>
        <translation>Legal questions</translation>
    </message>
    <message>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Woningzoeken en huisvesting</source>
        <translation>Finding a home and accommodation</translation>
    </message>
    <message>
        <source>Dreigende huisuitzetting</source>
        <translation>Threatened eviction</translation>
    </message>
    <message>
        <source>Woningkwaliteit en energie</source>
        <translation>Housing quality and energy</translation>
    </message>
    <message>
        <source>Woningaanpassing en hulpmiddelen</source>
        <translation>Home adaptations and aids</translation>
    </message>
    <message>
        <source>Relaties thuis en opvoeding</source>
        <translation>Relationships at home and parenting</translation>
    </message>
    <message>
        <source>Veiligheid en huiselijk geweld</source>
        <translation>Safety and domestic violence</translation>
    </message>
    <message>
        <source>Buurt en overlast</source>
        <translation>Neighbourhood and nuisance</translation>
    </message>
    <message>
        <source>Meedoen</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Ontmoeting en eenzaamheid</source>
        <translation>Meeting people and loneliness</translation>
    </message>
    <message>
        <source>Dagbesteding en activiteiten</source>
        <translation>Day activities</translation>
    </message>
    <message>
        <source>Werk en opleiding</source>
        <translation>Work and education</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <source>Taal, lezen en schrijven</source>
        <translation>Language, reading and writing</translation>
    </message>
    <message>
        <source>Digitale vaardigheden</source>
        <translation>Digital skills</translation>
    </message>
    <message>
        <source>Sport en bewegen in de wijk</source>
        <translation>Sport and exercise in the neighbourhood</translation>
    </message>
    <message>
        <source>Zingeving en levensvragen</source>
        <translation>Meaning and life questions</translation>
    </message>
    <message>
        <source>Vrij toegankelijk</source>
        <translation>Open access</translation>
    </message>
    <message>
        <source>Aanmelding nodig</source>
        <translation>Registration needed</translation>
    </message>
    <message>
        <source>Beschikking nodig</source>
        <translation>Decision (beschikking) needed</translation>
    </message>
    <message>
        <source>Verwijzing zorg</source>
        <translation>Healthcare referral</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Oekraïens</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>Duits</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Frans</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Somalisch</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Bron: %1 · kaart van %2 · %3 voorzieningen</source>
        <translation>Source: %1 · map of %2 · %3 services</translation>
    </message>
</context>
<context>
    <name>SocialMapPage</name>
    <message>
        <source>Sociale kaart importeren</source>
        <translation>Import social map</translation>
    </message>
    <message>
        <source>Sociale kaart (*.zip *.json datapackage.json)</source>
        <translation>Social map (*.zip *.json datapackage.json)</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
</context>
<context>
    <name>SocialMapView</name>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
    <message>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Sociale kaart importeren</source>
        <translation>Import social map</translation>
    </message>
    <message>
        <source>Zoek in de sociale kaart</source>
        <translation>Search the social map</translation>
    </message>
    <message>
        <source>Zoek op hulpvraag, voorziening of organisatie…  (Ctrl+F)</source>
        <translation>Search by need, service or organisation…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Leefgebied of onderwerp</source>
        <translation>Life domain or topic</translation>
    </message>
    <message>
        <source>Alle leefgebieden</source>
        <translation>All life domains</translation>
    </message>
    <message>
        <source>Toegang</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Elke toegang</source>
        <translation>Any access</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Elke taal</source>
        <translation>Any language</translation>
    </message>
    <message>
        <source>Open op dag</source>
        <translation>Open on day</translation>
    </message>
    <message>
        <source>Elke dag</source>
        <translation>Any day</translation>
    </message>
    <message>
        <source>open op %1</source>
        <translation>open on %1</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Alleen gratis voorzieningen</source>
        <translation>Free services only</translation>
    </message>
    <message>
        <source>Postcode (4 cijfers)</source>
        <translation>Postcode (4 digits)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Nog geen sociale kaart. Importeer een kaart via Instellingen of pohsd-cli socialmap import.</source>
        <translation>No social map yet. Import a map via Settings or pohsd-cli socialmap import.</translation>
    </message>
    <message>
        <source>Gevonden voorzieningen</source>
        <translation>Services found</translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord of minder filters.</source>
        <translation>Nothing found. Try another word or fewer filters.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Geen acties. Nieuwe cliënt: Ctrl+N</source>
        <translation>No actions. New client: Ctrl+N</translation>
    </message>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Nieuwe cliënt (Ctrl+N)</source>
        <translation>New client (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Demo wordt klaargezet…</source>
        <translation>Preparing the demo…</translation>
    </message>
    <message>
        <source>Typ uw wachtwoordzin.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <source>Even wachten: over %1 seconden kunt u het opnieuw proberen.</source>
        <translation>Please wait: you can try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>POH Sociaal Domein</source>
        <translation>POH Sociaal Domein</translation>
    </message>
    <message>
        <source>Vergrendeld. Kies uw naam en typ uw wachtwoordzin.</source>
        <translation>Locked. Choose your name and type your passphrase.</translation>
    </message>
    <message>
        <source>Demo: gebruiker demo, wachtwoordzin demo</source>
        <translation>Demo: user demo, passphrase demo</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>&amp;Gebruiker</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin vergeten?</source>
        <translation>Forgot passphrase?</translation>
    </message>
    <message>
        <source>Wachtwoordzin vergeten</source>
        <translation>Forgot passphrase</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <source>POH sociaal domein</source>
        <translation>POH social domain</translation>
    </message>
    <message>
        <source>Huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Gebruiker toevoegen</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>Eerste gebruiker</source>
        <translation>First user</translation>
    </message>
    <message>
        <source>Dit wordt uw eigen account. Kies een wachtwoordzin die u onthoudt: een korte zin van een paar woorden werkt goed.</source>
        <translation>This will be your own account. Choose a passphrase you will remember: a short sentence of a few words works well.</translation>
    </message>
    <message>
        <source>Database maken</source>
        <translation>Create database</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>één woord, bijvoorbeeld sanne</source>
        <translation>one word, for example sanne</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>Weergavenaam</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>bijvoorbeeld Sanne de Vries</source>
        <translation>for example Sanne de Vries</translation>
    </message>
    <message>
        <source>&amp;Weergavenaam</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <source>De database wordt aangemaakt en versleuteld…</source>
        <translation>Creating and encrypting the database…</translation>
    </message>
</context>
<context>
    <name>UsersSettings</name>
    <message>
        <source>Iedere gebruiker heeft een eigen wachtwoordzin. Wie is verwijderd, kan de gegevens niet meer openen.</source>
        <translation>Every user has their own passphrase. Someone who has been removed can no longer open the data.</translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Gebruiker toevoegen…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Mijn wachtwoordzin wijzigen…</source>
        <translation>Change my passphrase…</translation>
    </message>
    <message>
        <source>%1 — dat bent u</source>
        <translation>%1 — that is you</translation>
    </message>
    <message>
        <source>De gebruiker is toegevoegd.</source>
        <translation>The user has been added.</translation>
    </message>
    <message>
        <source>Gebruiker verwijderen</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <source>Gebruiker %1 verwijderen?</source>
        <translation>Remove user %1?</translation>
    </message>
    <message>
        <source>Deze gebruiker kan daarna niet meer ontgrendelen. De sleutel van de database wordt daarvoor vernieuwd; dat duurt even. Wat deze gebruiker heeft vastgelegd, blijft bewaard.</source>
        <translation>This user will no longer be able to unlock. The database key is renewed for that; this takes a moment. What this user recorded is kept.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De gebruiker wordt verwijderd en de sleutel vernieuwd…</source>
        <translation>Removing the user and renewing the key…</translation>
    </message>
    <message>
        <source>De gebruiker is verwijderd en de sleutel is vernieuwd.</source>
        <translation>The user has been removed and the key has been renewed.</translation>
    </message>
    <message>
        <source>Uw wachtwoordzin is gewijzigd.</source>
        <translation>Your passphrase has been changed.</translation>
    </message>
</context>
<context>
    <name>ViewContent</name>
    <message>
        <source>Meer vragen</source>
        <translation>More questions</translation>
    </message>
    <message>
        <source>Cliënt is nu alleen in de kamer (⚑-vragen tonen)</source>
        <translation>Client is alone in the room now (show ⚑ questions)</translation>
    </message>
    <message>
        <source>Cliënt is nu alleen in de kamer</source>
        <translation>Client is alone in the room now</translation>
    </message>
    <message>
        <source>Onderwerpen: kies waar de cliënt over wil praten</source>
        <translation>Topics: choose what the client wants to talk about</translation>
    </message>
    <message>
        <source>▾ Meer vragen (%1)</source>
        <translation>▾ More questions (%1)</translation>
    </message>
    <message>
        <source>▸ Meer vragen (%1)</source>
        <translation>▸ More questions (%1)</translation>
    </message>
</context>
<context>
    <name>ZrEditor</name>
    <message>
        <source>Beoordeel de situatie van nu: begin bij 5 en ga omlaag tot de beschrijving past. Niet beoordelen mag ook.</source>
        <translation>Rate the situation now: start at 5 and go down until the description fits. Not rating is fine too.</translation>
    </message>
</context>
</TS>
