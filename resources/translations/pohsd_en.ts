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
        <source>pohsd is al geopend met deze gegevensmap.</source>
        <translation>pohsd is already open with this data folder.</translation>
    </message>
    <message>
        <source>pohsd is al geopend</source>
        <translation>pohsd is already open</translation>
    </message>
    <message>
        <source>Gebruik het venster dat al open is (kijk in de taakbalk). Wilt u hier toch beginnen, sluit dan eerst dat venster.

Gegevensmap: {folder}</source>
        <translation>Use the window that is already open (look in the taskbar). To start here instead, close that window first.

Data folder: {folder}</translation>
    </message>
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
    <name>BackupHooks</name>
    <message>
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>De dagelijkse back-up is mislukt.</source>
        <translation>The daily backup failed.</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <source>Back-up maken</source>
        <translation>Making a backup</translation>
    </message>
    <message>
        <source>Een back-up maken voor het afsluiten…</source>
        <translation>Making a backup before closing…</translation>
    </message>
    <message>
        <source>Voortgang van de back-up</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>De back-up bij het afsluiten is mislukt.</source>
        <translation>The backup on closing failed.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Een back-up is een versleutelde kopie van alle gegevens, met het sleutelbestand erbij. Elke kopie wordt direct na het maken gecontroleerd. De map mag op een netwerkschijf van de praktijk staan; de sociale kaart wordt niet meegekopieerd (die haalt u opnieuw op).</source>
        <translation>A backup is an encrypted copy of all data, including the key file. Every copy is checked straight after it is made. The folder may be on a network drive of the practice; the social map is not copied (you fetch it again).</translation>
    </message>
    <message>
        <source>Map voor back-ups</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Map kiezen</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <source>Elke dag een back-up maken (na het ontgrendelen)</source>
        <translation>Make a backup every day (after unlocking)</translation>
    </message>
    <message>
        <source>Elke dag een back-up maken</source>
        <translation>Make a backup every day</translation>
    </message>
    <message>
        <source>Een back-up maken bij het afsluiten</source>
        <translation>Make a backup when closing</translation>
    </message>
    <message>
        <source>Aantal dagelijkse back-ups bewaren</source>
        <translation>Number of daily backups to keep</translation>
    </message>
    <message>
        <source> dagelijkse</source>
        <translation> daily</translation>
    </message>
    <message>
        <source>Aantal wekelijkse back-ups bewaren</source>
        <translation>Number of weekly backups to keep</translation>
    </message>
    <message>
        <source> wekelijkse</source>
        <translation> weekly</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Nu een back-up maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Voortgang van de back-up</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>Back-ups in deze map</source>
        <translation>Backups in this folder</translation>
    </message>
    <message>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Gekozen back-up terugzetten</source>
        <translation>Restore the chosen backup</translation>
    </message>
    <message>
        <source>Map voor back-ups kiezen</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Bezig met de back-up…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>Back-up gemaakt en gecontroleerd: %1 (%2).</source>
        <translation>Backup made and checked: %1 (%2).</translation>
    </message>
    <message>
        <source>De back-up is teruggezet. Ontgrendel opnieuw met uw wachtwoordzin om verder te werken.</source>
        <translation>The backup has been restored. Unlock again with your passphrase to continue.</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
</context>
<context>
    <name>BackupTable</name>
    <message>
        <source>Handmatig</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Dagelijks</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Bij afsluiten</source>
        <translation>On closing</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Gecontroleerd</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Regelnummers</source>
        <translation>Row numbers</translation>
    </message>
    <message>
        <source>Kolomkoppen</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Gecontroleerd na het maken</source>
        <translation>Checked after it was made</translation>
    </message>
    <message>
        <source>Niet (meer) in orde; deze back-up wordt niet teruggezet</source>
        <translation>Not (or no longer) sound; this backup will not be restored</translation>
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
    <message>
        <source>gesprek loopt</source>
        <translation>conversation in progress</translation>
    </message>
    <message>
        <source>1 verwijzing loopt</source>
        <translation>1 referral in progress</translation>
    </message>
    <message>
        <source>%1 verwijzingen lopen</source>
        <translation>%1 referrals in progress</translation>
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
        <source>Uitkomsten</source>
        <translation>Outcomes</translation>
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
    <name>ConsentsTabView</name>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Vastleggen: wat de cliënt bij de opening koos. Gericht: per verwijzing, voor één ontvanger. Nieuwste bovenaan.</source>
        <translation>Recording: what the client chose at the opening. Specific: per referral, for one recipient. Newest first.</translation>
    </message>
    <message>
        <source>Toestemmingen van de cliënt</source>
        <translation>Consents of the client</translation>
    </message>
    <message>
        <source>Nog geen toestemmingen vastgelegd. De toestemming voor vastleggen wordt in de opening van het gesprek gevraagd; een gerichte toestemming bij een verwijzing.</source>
        <translation>No consents recorded yet. Consent to record is asked at the opening of the conversation; specific consent with a referral.</translation>
    </message>
    <message>
        <source>&amp;Intrekken…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
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
    <name>DocumentsModel</name>
    <message>
        <source>Opgeslagen als bestand</source>
        <translation>Saved as file</translation>
    </message>
    <message>
        <source>Afgedrukt</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Gekopieerd voor het HIS</source>
        <translation>Copied for the HIS</translation>
    </message>
    <message>
        <source>Verwijsbrief</source>
        <extracomment>The audit row holds the purpose of use, not the type: the purpose says enough here.</extracomment>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>Terugkoppeling of statusupdate voor de huisarts</source>
        <translation>Feedback or status update for the GP</translation>
    </message>
    <message>
        <source>Samenvatting voor de cliënt</source>
        <translation>Summary for the client</translation>
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
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Uitvoer</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Terugkoppeling huisarts</source>
        <translation>GP feedback</translation>
    </message>
    <message>
        <source>Statusupdate verwijzing</source>
        <translation>Referral status update</translation>
    </message>
    <message>
        <source>correctie</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>Reden van de correctie: %1</source>
        <translation>Reason for the correction: %1</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Nog geen gesprek: een brief volgt op een gesprek.</source>
        <translation>No conversation yet: a letter follows a conversation.</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <source>vervolggesprek</source>
        <translation>follow-up conversation</translation>
    </message>
    <message>
        <source>Over het laatste gesprek: %1 van %2.</source>
        <translation>About the latest conversation: %1 of %2.</translation>
    </message>
</context>
<context>
    <name>DocumentsTabView</name>
    <message>
        <source>Brief maken</source>
        <translation>Write a letter</translation>
    </message>
    <message>
        <source>Terugkoppeling huisarts…</source>
        <translation>GP feedback…</translation>
    </message>
    <message>
        <source>Terugkoppeling aan de huisarts maken</source>
        <translation>Write feedback to the GP</translation>
    </message>
    <message>
        <source>Samenvatting voor de cliënt…</source>
        <translation>Summary for the client…</translation>
    </message>
    <message>
        <source>Samenvatting voor de cliënt maken</source>
        <translation>Write a summary for the client</translation>
    </message>
    <message>
        <source>Brief bij een verwijzing</source>
        <translation>Letter for a referral</translation>
    </message>
    <message>
        <source>Verwijzingen van deze cliënt</source>
        <translation>Referrals of this client</translation>
    </message>
    <message>
        <source>Nog geen verwijzingen. Een verwijzing maakt u vanuit het plan of de sociale kaart.</source>
        <translation>No referrals yet. You make a referral from the plan or the social map.</translation>
    </message>
    <message>
        <source>Verwijsbrief…</source>
        <translation>Referral letter…</translation>
    </message>
    <message>
        <source>Verwijsbrief maken voor de gekozen verwijzing</source>
        <translation>Write a referral letter for the chosen referral</translation>
    </message>
    <message>
        <source>Statusupdate…</source>
        <translation>Status update…</translation>
    </message>
    <message>
        <source>Statusupdate voor de huisarts over de gekozen verwijzing</source>
        <translation>Status update for the GP about the chosen referral</translation>
    </message>
    <message>
        <source>Definitieve documenten</source>
        <translation>Final documents</translation>
    </message>
    <message>
        <source>Nog geen definitieve documenten. Maak een brief en kies daarin &apos;Definitief maken&apos;.</source>
        <translation>No final documents yet. Write a letter and choose &apos;Make final&apos; in it.</translation>
    </message>
    <message>
        <source>Openen…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Gekozen definitieve versie openen</source>
        <translation>Open the chosen final version</translation>
    </message>
    <message>
        <source>Gemaakte documenten</source>
        <translation>Documents produced</translation>
    </message>
    <message>
        <source>Elke keer dat een brief is opgeslagen, afgedrukt of gekopieerd. Nieuwste bovenaan.</source>
        <translation>Every time a letter was saved, printed or copied. Newest first.</translation>
    </message>
    <message>
        <source>Nog geen documenten gemaakt.</source>
        <translation>No documents produced yet.</translation>
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
    <message>
        <source>Verwijzing naar %1 staat klaar als concept.</source>
        <translation>Referral to %1 is ready as a draft.</translation>
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
    <name>LetterChecks</name>
    <message>
        <source>Er staat een BSN (9 cijfers die de elfproef halen) in de tekst, waar dat niet mag. Haal het nummer weg.</source>
        <translation>The text contains a BSN (9 digits that pass the eleven test), where that is not allowed. Remove the number.</translation>
    </message>
    <message>
        <source>Er staat een code in de samenvatting voor de cliënt (%1). Schrijf het in gewone woorden.</source>
        <translation>The summary for the client contains a code (%1). Write it in plain words.</translation>
    </message>
    <message>
        <source>Het sjabloon heeft een onbekend veld. Vraag de beheerder het sjabloon aan te passen.</source>
        <translation>The template has an unknown field. Ask the administrator to adjust the template.</translation>
    </message>
    <message>
        <source>Een zin is lang (%1). Maak er twee korte zinnen van.</source>
        <translation>A sentence is long (%1). Make it two short sentences.</translation>
    </message>
    <message>
        <source>Een zin staat in de lijdende vorm. Schrijf liever &apos;u&apos; of &apos;ik&apos; doet iets.</source>
        <translation>A sentence is in the passive voice. Prefer &apos;you&apos; or &apos;I&apos; do something.</translation>
    </message>
    <message>
        <source>De zinnen zijn gemiddeld wat lang (%1). Kortere zinnen lezen makkelijker.</source>
        <translation>The sentences are rather long on average (%1). Shorter sentences are easier to read.</translation>
    </message>
    <message>
        <source>Moeilijk woord: %1.</source>
        <translation>Difficult word: %1.</translation>
    </message>
    <message>
        <source>Afkorting &apos;%1&apos;: schrijf het woord liever helemaal uit.</source>
        <translation>Abbreviation &apos;%1&apos;: better write the word out in full.</translation>
    </message>
    <message>
        <source>De samenvatting is lang (%1). Houd het bij één kantje.</source>
        <translation>The summary is long (%1). Keep it to one page.</translation>
    </message>
    <message>
        <source>Regel %1 van de SOEP-tekst is langer dan 1500 tekens; het HIS kan hem afkappen.</source>
        <translation>Line %1 of the SOEP text is longer than 1500 characters; the HIS may cut it off.</translation>
    </message>
    <message>
        <source>De SOEP-tekst is langer dan 4000 tekens; het HIS kan hem afkappen.</source>
        <translation>The SOEP text is longer than 4000 characters; the HIS may cut it off.</translation>
    </message>
    <message>
        <source>Gegevens sociale kaart mogelijk verouderd. Controleer het adres van de ontvanger.</source>
        <translation>Social map details may be out of date. Check the recipient&apos;s address.</translation>
    </message>
    <message>
        <source>Controleer de tekst (%1).</source>
        <translation>Check the text (%1).</translation>
    </message>
    <message>
        <source>De controle vond niets bijzonders.</source>
        <translation>The check found nothing unusual.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Terugkoppeling aan de huisarts</source>
        <translation>Feedback to the GP</translation>
    </message>
    <message>
        <source>Samenvatting voor de cliënt</source>
        <translation>Summary for the client</translation>
    </message>
    <message>
        <source>Verwijsbrief</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>Statusupdate verwijzing</source>
        <translation>Referral status update</translation>
    </message>
    <message>
        <source>Hulpvraag</source>
        <extracomment>The labels of pohsd.documents.edits, listed so the translation tools find them.</extracomment>
        <translation>Request for help</translation>
    </message>
    <message>
        <source>Vraag aan de ontvanger</source>
        <translation>Question to the recipient</translation>
    </message>
    <message>
        <source>Kern</source>
        <translation>Key points</translation>
    </message>
    <message>
        <source>Aanleiding en hulpvraag</source>
        <translation>Reason and request for help</translation>
    </message>
    <message>
        <source>Beoordeling (E in de SOEP-tekst)</source>
        <translation>Assessment (E in the SOEP text)</translation>
    </message>
    <message>
        <source>Vraag aan de huisarts</source>
        <translation>Question to the GP</translation>
    </message>
    <message>
        <source>Beoordeling (E)</source>
        <translation>Assessment (E)</translation>
    </message>
    <message>
        <source>Plan en vervolg (P)</source>
        <translation>Plan and follow-up (P)</translation>
    </message>
    <message>
        <source>Wat gaat goed</source>
        <translation>What is going well</translation>
    </message>
    <message>
        <source>Wat wilt u veranderen</source>
        <translation>What would you like to change</translation>
    </message>
    <message>
        <source>Wat gaan we doen</source>
        <translation>What we are going to do</translation>
    </message>
    <message>
        <source>Let op: deze map wordt met de cloud gesynchroniseerd; het bestand is daar niet versleuteld.</source>
        <translation>Note: this folder is synchronised with the cloud; the file is not encrypted there.</translation>
    </message>
    <message>
        <source>De brief wordt gemaakt…</source>
        <translation>Preparing the letter…</translation>
    </message>
    <message>
        <source>Blokkeert: </source>
        <translation>Blocking: </translation>
    </message>
    <message>
        <source>Let op: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>Alles is opgenomen.</source>
        <translation>Everything is included.</translation>
    </message>
    <message>
        <source>Correctie definitief maken</source>
        <translation>Make correction final</translation>
    </message>
    <message>
        <source>Definitief maken</source>
        <translation>Make final</translation>
    </message>
    <message>
        <source>Bezig met definitief maken…</source>
        <translation>Making final…</translation>
    </message>
    <message>
        <source>Pas de vrije tekst aan. Een correctie wordt een nieuwe versie met een reden.</source>
        <translation>Edit the free text. A correction becomes a new version with a reason.</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Kies de map voor het bestand</source>
        <translation>Choose the folder for the file</translation>
    </message>
    <message>
        <source>Opgeslagen als %1 in %2. Sleep het bestand naar het HIS of open de map.</source>
        <translation>Saved as %1 in %2. Drag the file into the HIS or open the folder.</translation>
    </message>
    <message>
        <source>De brief is naar de printer gestuurd.</source>
        <translation>The letter has been sent to the printer.</translation>
    </message>
    <message>
        <source>De SOEP-tekst staat op het klembord. Na %1 seconden wordt hij gewist.</source>
        <translation>The SOEP text is on the clipboard. It will be cleared after %1 seconds.</translation>
    </message>
    <message>
        <source>Deze verwijsbrief kan nog niet worden gemaakt: er is geen gerichte toestemming van de cliënt voor deze ontvanger. Leg de toestemming vast bij de verwijzing.</source>
        <extracomment>Why a letter cannot be made, with what is missing (letters §1.1: consent is required).</extracomment>
        <translation>This referral letter cannot be written yet: there is no specific consent from the client for this recipient. Record the consent with the referral.</translation>
    </message>
    <message>
        <source>Deze verwijsbrief kan niet worden gemaakt: de toestemming geldt voor een andere ontvanger. Leg een toestemming vast voor deze ontvanger.</source>
        <translation>This referral letter cannot be written: the consent is for a different recipient. Record a consent for this recipient.</translation>
    </message>
    <message>
        <source>Deze verwijsbrief kan niet worden gemaakt: de cliënt heeft de toestemming ingetrokken. Alleen met een nieuwe gerichte toestemming kan de brief weer.</source>
        <translation>This referral letter cannot be written: the client has withdrawn consent. The letter is only possible again with a new specific consent.</translation>
    </message>
    <message>
        <source>Deze verwijsbrief kan niet worden gemaakt: de toestemming is verlopen. Vraag de cliënt opnieuw om toestemming en leg die vast.</source>
        <translation>This referral letter cannot be written: the consent has expired. Ask the client for consent again and record it.</translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message>
        <source>Verwijsbrief</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>Terugkoppeling huisarts</source>
        <translation>GP feedback</translation>
    </message>
    <message>
        <source>Statusupdate verwijzing</source>
        <translation>Referral status update</translation>
    </message>
    <message>
        <source>Samenvatting voor de cliënt</source>
        <translation>Summary for the client</translation>
    </message>
    <message>
        <source>%1 (bedoelt u %2?)</source>
        <translation>%1 (did you mean %2?)</translation>
    </message>
    <message>
        <source>Het sjabloon %1 is niet geïnstalleerd. Onbekende velden: %2.</source>
        <translation>The template %1 was not installed. Unknown fields: %2.</translation>
    </message>
    <message>
        <source>Het sjabloon %1 is niet geïnstalleerd. Deze velden mogen niet in dit soort brief: %2.</source>
        <translation>The template %1 was not installed. These fields are not allowed in this type of letter: %2.</translation>
    </message>
    <message>
        <source>Het sjabloon is niet geïnstalleerd: %1</source>
        <translation>The template was not installed: %1</translation>
    </message>
    <message>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Standaardmap voor bestanden</source>
        <translation>Default folder for files</translation>
    </message>
    <message>
        <source>geen: het programma vraagt het elke keer</source>
        <translation>none: the program asks every time</translation>
    </message>
    <message>
        <source>Kies map…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Standaardmap kiezen</source>
        <translation>Choose default folder</translation>
    </message>
    <message>
        <source>Geen standaardmap</source>
        <translation>No default folder</translation>
    </message>
    <message>
        <source>Geen standaardmap gebruiken</source>
        <translation>Do not use a default folder</translation>
    </message>
    <message>
        <source>Klembord wissen na dit aantal seconden</source>
        <translation>Clear the clipboard after this number of seconds</translation>
    </message>
    <message>
        <source> seconden</source>
        <translation> seconds</translation>
    </message>
    <message>
        <source>Klembord wissen na</source>
        <translation>Clear clipboard after</translation>
    </message>
    <message>
        <source>Bestanden krijgen een naam met soort brief, datum en kenmerk, nooit de naam van de cliënt. Kies geen map die met OneDrive of Dropbox wordt gesynchroniseerd: bestanden buiten het programma zijn niet versleuteld. Tekst voor het HIS wordt na deze tijd van het klembord gehaald, als er niets anders is gekopieerd.</source>
        <translation>Files are named with the type of letter, date and reference, never the client&apos;s name. Do not choose a folder that is synchronised with OneDrive or Dropbox: files outside the program are not encrypted. Text for the HIS is removed from the clipboard after this time, unless something else has been copied.</translation>
    </message>
    <message>
        <source>Terugkoppeling aan de huisarts</source>
        <translation>Feedback to the GP</translation>
    </message>
    <message>
        <source>Statusupdate meteen klaarzetten na Gestart, Afgerond, Afgewezen of Niet gestart</source>
        <translation>Prepare a status update straight away after Started, Completed, Declined or Not started</translation>
    </message>
    <message>
        <source>Ook een statusupdate bij Wachtlijst</source>
        <translation>Also a status update on Waiting list</translation>
    </message>
    <message>
        <source>Ook een statusupdate bij Geannuleerd</source>
        <translation>Also a status update on Cancelled</translation>
    </message>
    <message>
        <source>Sjablonen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Een sjabloon is een Word-bestand met het briefhoofd van de praktijk en velden als {{ praktijk.naam }} en {{ inhoud }}. Het programma controleert het bij installeren.</source>
        <translation>A template is a Word file with the practice letterhead and fields such as {{ praktijk.naam }} and {{ inhoud }}. The program checks it when it is installed.</translation>
    </message>
    <message>
        <source>Soort brief</source>
        <translation>Type of letter</translation>
    </message>
    <message>
        <source>Sjablonen openen</source>
        <translation>Open templates</translation>
    </message>
    <message>
        <source>Map met sjablonen openen</source>
        <translation>Open the templates folder</translation>
    </message>
    <message>
        <source>Sjabloon installeren…</source>
        <translation>Install template…</translation>
    </message>
    <message>
        <source>Sjabloon installeren</source>
        <translation>Install template</translation>
    </message>
    <message>
        <source>Standaard herstellen</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>Standaardsjabloon herstellen</source>
        <translation>Restore the default template</translation>
    </message>
    <message>
        <source>Alleen een beheerder kan sjablonen installeren of herstellen.</source>
        <translation>Only an administrator can install or restore templates.</translation>
    </message>
    <message>
        <source>Kies de standaardmap voor bestanden</source>
        <translation>Choose the default folder for files</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Opgeslagen. Let op: deze map wordt met de cloud gesynchroniseerd; bestanden buiten het programma zijn daar niet versleuteld.</source>
        <translation>Saved. Note: this folder is synchronised with the cloud; files outside the program are not encrypted there.</translation>
    </message>
    <message>
        <source>Kies een sjabloon (Word-bestand)</source>
        <translation>Choose a template (Word file)</translation>
    </message>
    <message>
        <source>Word-bestanden (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <source>Het sjabloon is geïnstalleerd. De controle vond geen fouten.</source>
        <translation>The template has been installed. The check found no errors.</translation>
    </message>
    <message>
        <source>Het standaardsjabloon is weer in gebruik.</source>
        <translation>The default template is in use again.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen.</source>
        <translation>The file could not be read.</translation>
    </message>
</context>
<context>
    <name>LetterState</name>
    <message>
        <source>Definitief: versie %1, kenmerk %2. U kunt de brief nu opslaan, afdrukken of kopiëren.</source>
        <translation>Final: version %1, reference %2. You can now save, print or copy the letter.</translation>
    </message>
    <message>
        <source>Concept. Los eerst op wat de controle als blokkerend meldt.</source>
        <translation>Draft. First resolve what the check reports as blocking.</translation>
    </message>
    <message>
        <source>Gewijzigd na Definitief: dit wordt een nieuwe versie. Schrijf de reden van de correctie op en maak de brief opnieuw definitief.</source>
        <translation>Changed after Final: this becomes a new version. Write down the reason for the correction and make the letter final again.</translation>
    </message>
    <message>
        <source>Concept. Vink aan dat alles in het gesprek is besproken en maak de samenvatting dan definitief.</source>
        <translation>Draft. Tick that everything was discussed in the conversation, then make the summary final.</translation>
    </message>
    <message>
        <source>Concept. Controleer de brief en maak hem definitief; daarna kunt u hem opslaan, afdrukken of kopiëren.</source>
        <translation>Draft. Check the letter and make it final; then you can save, print or copy it.</translation>
    </message>
    <message>
        <source>Maak de brief eerst definitief.</source>
        <translation>Make the letter final first.</translation>
    </message>
    <message>
        <source>Los eerst op wat de controle als blokkerend meldt.</source>
        <translation>First resolve what the check reports as blocking.</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <source>Voorbeeld van de brief</source>
        <translation>Preview of the letter</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Uitkomst van de controle</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Alles in deze samenvatting is in het gesprek besproken.</source>
        <translation>Everything in this summary was discussed in the conversation.</translation>
    </message>
    <message>
        <source>Bevestig: alles is in het gesprek besproken</source>
        <translation>Confirm: everything was discussed in the conversation</translation>
    </message>
    <message>
        <source>Vrije tekst</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Pas hier de vrije tekst aan. Gegevens uit het dossier wijzigt u in het dossier zelf; de controle loopt na elke wijziging opnieuw.</source>
        <translation>Edit the free text here. Details from the record are changed in the record itself; the check runs again after every change.</translation>
    </message>
    <message>
        <source>Niet opgenomen</source>
        <translation>Not included</translation>
    </message>
    <message>
        <source>Wat niet in de brief staat, en waarom</source>
        <translation>What is not in the letter, and why</translation>
    </message>
    <message>
        <source>Status van de brief</source>
        <translation>Status of the letter</translation>
    </message>
    <message>
        <source>Reden van de correctie:</source>
        <translation>Reason for the correction:</translation>
    </message>
    <message>
        <source>Reden van de correctie</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>bijvoorbeeld: datum van het gesprek aangepast</source>
        <translation>for example: date of the conversation corrected</translation>
    </message>
    <message>
        <source>Definitief maken</source>
        <translation>Make final</translation>
    </message>
    <message>
        <source>Brief definitief maken</source>
        <translation>Make the letter final</translation>
    </message>
    <message>
        <source>Corrigeren…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Een nieuwe versie maken</source>
        <translation>Make a new version</translation>
    </message>
    <message>
        <source>Exporteren als PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Exporteren als DOCX</source>
        <translation>Export as DOCX</translation>
    </message>
    <message>
        <source>Exporteren als Word-bestand (DOCX)</source>
        <translation>Export as Word file (DOCX)</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Brief afdrukken</source>
        <translation>Print the letter</translation>
    </message>
    <message>
        <source>Kopieer voor HIS</source>
        <translation>Copy for HIS</translation>
    </message>
    <message>
        <source>SOEP-tekst kopiëren voor het HIS</source>
        <translation>Copy the SOEP text for the HIS</translation>
    </message>
    <message>
        <source>⠿ Sleep naar het HIS</source>
        <translation>⠿ Drag into the HIS</translation>
    </message>
    <message>
        <source>Sleep het bestand naar het HIS</source>
        <translation>Drag the file into the HIS</translation>
    </message>
    <message>
        <source>Sleep dit naar het venster van het HIS om het bestand toe te voegen.</source>
        <translation>Drag this onto the HIS window to add the file.</translation>
    </message>
    <message>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Map met het bestand openen</source>
        <translation>Open the folder containing the file</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
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
        <source>Kies een periode en klik op Rapport maken. U ziet alleen totalen, nooit personen; aantallen onder 5 staan er als &lt;5. Exporteren kan als CSV of PDF.</source>
        <translation>Choose a period and click Make report. You see totals only, never people; numbers under 5 are shown as &lt;5. You can export as CSV or PDF.</translation>
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
        <source>De back-up is mislukt: de controle van de kopie klopte niet. Er is geen back-up bewaard; uw gegevens zijn niet veranderd.</source>
        <translation>The backup failed: the copy did not pass its check. No backup was kept; your data has not changed.</translation>
    </message>
    <message>
        <source>Deze back-up is beschadigd of onvolledig en kan niet worden teruggezet.</source>
        <translation>This backup is damaged or incomplete and cannot be restored.</translation>
    </message>
    <message>
        <source>Deze back-up hoort bij een andere database (een andere praktijk of installatie). Er is niets veranderd.</source>
        <translation>This backup belongs to a different database (another practice or installation). Nothing has changed.</translation>
    </message>
    <message>
        <source>Deze back-up is gemaakt met een eerdere sleutel. Vul de wachtwoordzin in die u toen had.</source>
        <translation>This backup was made with an earlier key. Enter the passphrase you had then.</translation>
    </message>
    <message>
        <source>Terugzetten is mislukt. De huidige gegevens zijn niet veranderd.</source>
        <translation>Restoring failed. The current data has not changed.</translation>
    </message>
    <message>
        <source>Vul dit in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>Dit is vastgelegd door de beheerder en kan hier niet worden gewijzigd.</source>
        <translation>This has been set by the administrator and cannot be changed here.</translation>
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
        <source>Kies vandaag of een latere datum.</source>
        <translation>Choose today or a later date.</translation>
    </message>
    <message>
        <source>Het BSN mag alleen naar een zorgaanbieder. Haal het vinkje bij BSN weg.</source>
        <translation>The BSN may only go to a healthcare provider. Untick BSN.</translation>
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
        <source>Bij deze postcode weet de kaart geen plek; de afstand kan niet worden bepaald.</source>
        <translation>The map does not know a location for this postcode; the distance cannot be determined.</translation>
    </message>
    <message>
        <source>Een verwijzing heeft een gerichte toestemming van de cliënt nodig.</source>
        <translation>A referral needs specific consent from the client.</translation>
    </message>
    <message>
        <source>Deze toestemming bestaat niet (meer).</source>
        <translation>This consent does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze toestemming geldt voor een andere ontvanger.</source>
        <translation>This consent is for a different recipient.</translation>
    </message>
    <message>
        <source>De toestemming voor deze ontvanger is ingetrokken of verlopen. Leg een nieuwe toestemming vast.</source>
        <translation>The consent for this recipient has been withdrawn or has expired. Record a new consent.</translation>
    </message>
    <message>
        <source>Dit doel staat niet (meer) in het plan.</source>
        <translation>This goal is not (or no longer) in the plan.</translation>
    </message>
    <message>
        <source>Houd dit op één regel.</source>
        <translation>Keep this to one line.</translation>
    </message>
    <message>
        <source>Bij deze voorziening staat in de sociale kaart niet hoe de toegang loopt; verwijzen kan daarom niet.</source>
        <translation>The social map does not say how to access this service, so a referral is not possible.</translation>
    </message>
    <message>
        <source>Deze stap kan niet vanuit de huidige status van de verwijzing.</source>
        <translation>This step is not possible from the referral&apos;s current status.</translation>
    </message>
    <message>
        <source>Alleen wie de verwijzing maakte of een beheerder kan hem op &apos;Foutief ingevoerd&apos; zetten.</source>
        <translation>Only the person who made the referral or an administrator can set it to &apos;Entered in error&apos;.</translation>
    </message>
    <message>
        <source>Deze datum ligt vóór het maken van de verwijzing.</source>
        <translation>This date is before the referral was made.</translation>
    </message>
    <message>
        <source>Deze datum ligt vóór een eerdere datum. Controleer de volgorde.</source>
        <translation>This date is before an earlier date. Check the order.</translation>
    </message>
    <message>
        <source>Opnieuw verwijzen kan pas als de verwijzing is afgerond, afgewezen, niet gestart of geannuleerd.</source>
        <translation>You can only refer again once the referral is completed, declined, not started or cancelled.</translation>
    </message>
    <message>
        <source>Deze verwijzing is al verstuurd en kan niet meer worden verwijderd. Zet hem op Geannuleerd of Foutief ingevoerd.</source>
        <translation>This referral has already been sent and can no longer be deleted. Set it to Cancelled or Entered in error.</translation>
    </message>
    <message>
        <source>Op deze verwijzing bouwt een nieuwe verwijzing voort; verwijderen kan niet.</source>
        <translation>A newer referral builds on this referral; it cannot be deleted.</translation>
    </message>
    <message>
        <source>De cliënt heeft de toestemming ingetrokken. Leg een nieuwe toestemming vast.</source>
        <translation>The client has withdrawn consent. Record a new consent.</translation>
    </message>
    <message>
        <source>De toestemming is verlopen. Vraag de cliënt opnieuw om toestemming.</source>
        <translation>The consent has expired. Ask the client for consent again.</translation>
    </message>
    <message>
        <source>Er staat een BSN in de tekst, waar dat niet mag. Haal het nummer weg.</source>
        <translation>The text contains a BSN, where that is not allowed. Remove the number.</translation>
    </message>
    <message>
        <source>Er staat een code in de tekst voor de cliënt. Schrijf het in gewone woorden.</source>
        <translation>The text for the client contains a code. Write it in plain words.</translation>
    </message>
    <message>
        <source>Het sjabloon heeft een onbekend veld. Vraag de beheerder het aan te passen.</source>
        <translation>The template has an unknown field. Ask the administrator to adjust it.</translation>
    </message>
    <message>
        <source>Het sjabloon gebruikt een veld dat in deze brief niet mag.</source>
        <translation>The template uses a field that is not allowed in this letter.</translation>
    </message>
    <message>
        <source>In het sjabloon staan haakjes {{ }} die niet kloppen.</source>
        <translation>The template contains {{ }} brackets that do not match.</translation>
    </message>
    <message>
        <source>Het sjabloon mist het veld {{ inhoud }} voor de tekst van de brief.</source>
        <translation>The template lacks the field {{ inhoud }} for the text of the letter.</translation>
    </message>
    <message>
        <source>Het veld {{ inhoud }} staat meer dan één keer in het sjabloon.</source>
        <translation>The field {{ inhoud }} appears more than once in the template.</translation>
    </message>
    <message>
        <source>Het veld {{ inhoud }} moet op een eigen regel staan, zonder andere tekst.</source>
        <translation>The field {{ inhoud }} must be on a line of its own, without other text.</translation>
    </message>
    <message>
        <source>Dit bestand is geen leesbaar Word-bestand (.docx).</source>
        <translation>This file is not a readable Word file (.docx).</translation>
    </message>
    <message>
        <source>Alleen een beheerder kan dit doen. Vraag de beheerder van de praktijk.</source>
        <translation>Only an administrator can do this. Ask the practice&apos;s administrator.</translation>
    </message>
    <message>
        <source>Alleen de beheerder mag dossiers wissen (of de POH als de praktijk geen beheerder heeft). Vraag de beheerder van de praktijk.</source>
        <translation>Only the administrator may erase records (or the POH if the practice has no administrator). Ask the practice&apos;s administrator.</translation>
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
        <source>op dit adres staat geen HSDS-kaart; controleer het adres</source>
        <translation>there is no HSDS map at this address; check the address</translation>
    </message>
    <message>
        <source>het adres moet beginnen met https:// of http://</source>
        <translation>the address must start with https:// or http://</translation>
    </message>
    <message>
        <source>de lijst met voorzieningen kwam niet helemaal binnen</source>
        <translation>the list of services did not arrive completely</translation>
    </message>
    <message>
        <source>de bron gaf geen geldige voorzieningen</source>
        <translation>the source gave no valid services</translation>
    </message>
    <message>
        <source>de gegevens van de bron zijn beschadigd</source>
        <translation>the data from the source are damaged</translation>
    </message>
    <message>
        <source>de kaart is groter dan toegestaan</source>
        <translation>the map is larger than allowed</translation>
    </message>
    <message>
        <source>Bijwerken is geannuleerd. De vorige kaart blijft in gebruik.</source>
        <translation>Updating was cancelled. The previous map stays in use.</translation>
    </message>
    <message>
        <source>Er is geen internetverbinding (of het adres van de bron bestaat niet). De sociale kaart is niet bijgewerkt; de vorige kaart blijft in gebruik.</source>
        <translation>There is no internet connection (or the source address does not exist). The social map was not updated; the previous map stays in use.</translation>
    </message>
    <message>
        <source>De server van de sociale kaart is niet bereikbaar. Probeer het later opnieuw of controleer het adres. De vorige kaart blijft in gebruik.</source>
        <translation>The social map server cannot be reached. Try again later or check the address. The previous map stays in use.</translation>
    </message>
    <message>
        <source>De server van de sociale kaart antwoordt niet op tijd. Probeer het later opnieuw; de vorige kaart blijft in gebruik.</source>
        <translation>The social map server is not responding in time. Try again later; the previous map stays in use.</translation>
    </message>
    <message>
        <source>Op dit adres staat geen HSDS-kaart (de server antwoordde met foutcode %1). Controleer het adres; de vorige kaart blijft in gebruik.</source>
        <translation>There is no HSDS map at this address (the server replied with error code %1). Check the address; the previous map stays in use.</translation>
    </message>
    <message>
        <source>De server van de sociale kaart heeft een storing (foutcode %1). Probeer het later opnieuw; de vorige kaart blijft in gebruik.</source>
        <translation>The social map server has a fault (error code %1). Try again later; the previous map stays in use.</translation>
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
    <name>NoteDialog</name>
    <message>
        <source>Notitie of herinnering</source>
        <translation>Note or reminder</translation>
    </message>
    <message>
        <source>Notitie vastleggen</source>
        <translation>Record note</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: gebeld, geen reactie.</source>
        <translation>For example: called, no answer.</translation>
    </message>
    <message>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Nieuwe herinnering op (optioneel)</source>
        <translation>New reminder on (optional)</translation>
    </message>
    <message>
        <source>Leeg laten: de gewone termijn telt opnieuw vanaf vandaag.</source>
        <translation>Leave empty: the usual period starts again from today.</translation>
    </message>
    <message>
        <source>Nieuwe &amp;herinnering op</source>
        <translation>New &amp;reminder on</translation>
    </message>
    <message>
        <source>Schrijf een notitie, bijvoorbeeld wat u deed of hoorde.</source>
        <translation>Write a note, for example what you did or heard.</translation>
    </message>
</context>
<context>
    <name>OutcomeCharts</name>
    <message>
        <source>Rapportcijfer voor het leven</source>
        <extracomment>(colour, marker, pen style) of the rapportcijfer and then of each domain in order. DJG-6 bands (spec/intake.md §4.1): lowest total, highest total, band id, fill.</extracomment>
        <translation>Life satisfaction rating</translation>
    </message>
    <message>
        <source>Cijfers per gesprek, van 0 tot 10</source>
        <translation>Ratings per conversation, from 0 to 10</translation>
    </message>
    <message>
        <source>Eenzaamheid per gesprek (De Jong Gierveld, 0–6)</source>
        <translation>Loneliness per conversation (De Jong Gierveld, 0–6)</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <source>niet eenzaam</source>
        <translation>not lonely</translation>
    </message>
    <message>
        <source>enigszins eenzaam</source>
        <translation>somewhat lonely</translation>
    </message>
    <message>
        <source>sterk eenzaam</source>
        <translation>very lonely</translation>
    </message>
    <message>
        <source>1 contact, %1 min</source>
        <translation>1 contact, %1 min</translation>
    </message>
    <message>
        <source>%1 contacten, %2 min</source>
        <translation>%1 contacts, %2 min</translation>
    </message>
    <message>
        <source>zr %1</source>
        <translation>ss %1</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Rapportcijfer</source>
        <translation>Life rating</translation>
    </message>
    <message>
        <source>Eenzaamheid (0–6)</source>
        <translation>Loneliness (0–6)</translation>
    </message>
    <message>
        <source>MHI-5 (0–100)</source>
        <translation>MHI-5 (0–100)</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>De intake van %1 tegenover het laatste vervolggesprek van %2.</source>
        <translation>The intake of %1 compared with the latest follow-up conversation of %2.</translation>
    </message>
    <message>
        <source>De eenzaamheidsschaal is in deze gesprekken niet (volledig) afgenomen.</source>
        <translation>The loneliness scale was not (fully) completed in these conversations.</translation>
    </message>
    <message>
        <source>Laatste meting: %1 (%2).</source>
        <translation>Latest measurement: %1 (%2).</translation>
    </message>
    <message>
        <source>Bij de intake: %1 (%2).</source>
        <translation>At the intake: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>OutcomesTabView</name>
    <message>
        <source>Cijfers over de tijd</source>
        <translation>Ratings over time</translation>
    </message>
    <message>
        <source>Het cijfer dat de cliënt zelf geeft, van 0 (heel slecht) tot 10 (heel goed), per gesprek. Een ontbrekend antwoord is een onderbreking in de lijn.</source>
        <translation>The rating the client gives themselves, from 0 (very bad) to 10 (very good), per conversation. A missing answer is a gap in the line.</translation>
    </message>
    <message>
        <source>Eenzaamheid (De Jong Gierveld, 0–6)</source>
        <translation>Loneliness (De Jong Gierveld, 0–6)</translation>
    </message>
    <message>
        <source>Per gesprek</source>
        <translation>Per conversation</translation>
    </message>
    <message>
        <source>Cijfers per gesprek</source>
        <translation>Ratings per conversation</translation>
    </message>
    <message>
        <source>Verandering sinds de intake</source>
        <translation>Change since the intake</translation>
    </message>
    <message>
        <source>Een verandering in één vraag is een aanwijzing, geen bewijs. Zelfredzaamheid (zr) is het oordeel van de POH, 1 tot 5.</source>
        <translation>A change in one question is an indication, not proof. Self-sufficiency (ss) is the POH&apos;s rating, 1 to 5.</translation>
    </message>
    <message>
        <source>Na een vervolggesprek ziet u hier de verandering.</source>
        <translation>After a follow-up conversation you will see the change here.</translation>
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
    <name>OwnServiceDialog</name>
    <message>
        <source>Geef het aanbod een naam.</source>
        <extracomment>Texts that say more than the generic rule text, per (field, rule); &quot;*&quot; is any rule.</extracomment>
        <translation>Give the service a name.</translation>
    </message>
    <message>
        <source>Vul in wie het aanbod organiseert.</source>
        <translation>Enter who organises the service.</translation>
    </message>
    <message>
        <source>Kies minstens één onderwerp; zo wordt het aanbod gevonden.</source>
        <translation>Choose at least one topic; that is how the service is found.</translation>
    </message>
    <message>
        <source>Kies hoogstens 20 onderwerpen.</source>
        <translation>Choose at most 20 topics.</translation>
    </message>
    <message>
        <source>De eindtijd moet later zijn dan de begintijd.</source>
        <translation>The end time must be later than the start time.</translation>
    </message>
    <message>
        <source>Vul een telefoonnummer in met cijfers, spaties, + of -.</source>
        <translation>Enter a phone number using digits, spaces, + or -.</translation>
    </message>
    <message>
        <source>Vul andere talen in als codes van twee letters, zoals de of fr.</source>
        <translation>Enter other languages as two-letter codes, such as de or fr.</translation>
    </message>
    <message>
        <source>Vul de postcode in als vier cijfers en twee letters, zoals 1234 AB.</source>
        <translation>Enter the postcode as four digits and two letters, such as 1234 AB.</translation>
    </message>
    <message>
        <source>Vul een geldig e-mailadres in, zoals info@voorbeeld.nl.</source>
        <translation>Enter a valid email address, such as info@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Vul een webadres in dat begint met https://, zoals https://voorbeeld.nl.</source>
        <translation>Enter a web address starting with https://, such as https://voorbeeld.nl.</translation>
    </message>
    <message>
        <source>De leeftijd &apos;van&apos; mag niet hoger zijn dan &apos;tot en met&apos;.</source>
        <translation>The age &apos;from&apos; may not be higher than &apos;up to and including&apos;.</translation>
    </message>
    <message>
        <source>Vul straat en huisnummer, postcode en plaats alle drie in, of laat het adres leeg (een naam van de locatie mag wel alleen).</source>
        <translation>Fill in all three of street and house number, postcode and town, or leave the address empty (a location name on its own is fine).</translation>
    </message>
    <message>
        <source>Eigen aanbod bewerken</source>
        <translation>Edit own service</translation>
    </message>
    <message>
        <source>Eigen aanbod toevoegen</source>
        <translation>Add own service</translation>
    </message>
    <message>
        <source>Aanbod dat niet op de sociale kaart staat, zoals een wandelclub of een vrijwilligersgroep. Het wordt gevonden en voorgesteld als de rest, en blijft bewaard bij elke update van de kaart.</source>
        <translation>A service that is not on the social map, such as a walking club or a volunteer group. It is found and suggested like the rest, and is kept through every update of the map.</translation>
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
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Eigen aanbod opslaan</source>
        <translation>Save own service</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Gegevens laden…</source>
        <translation>Loading details…</translation>
    </message>
    <message>
        <source>Er is niets opgeslagen. Verbeter het gemarkeerde veld.</source>
        <translation>Nothing was saved. Correct the highlighted field.</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>OwnServiceForm</name>
    <message>
        <source>maandag</source>
        <extracomment>The languages offered as checkboxes; others go in the free &quot;Andere talen&quot; line.</extracomment>
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
        <source>Oekraïens</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>%1 van</source>
        <translation>%1 from</translation>
    </message>
    <message>
        <source>%1 tot</source>
        <translation>%1 until</translation>
    </message>
    <message>
        <source>Naam van het aanbod</source>
        <translation>Name of the service</translation>
    </message>
    <message>
        <source>bijv. Wandelclub De Linde</source>
        <translation>e.g. Walking club De Linde</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>wie het organiseert</source>
        <translation>who organises it</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Wat het is en voor wie; zo vindt u het terug.</source>
        <translation>What it is and who it is for; this is how you find it again.</translation>
    </message>
    <message>
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Onder&amp;werpen</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Toegang</source>
        <translation>Access</translation>
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
        <source>Tele&amp;foon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Naam van de locatie</source>
        <translation>Name of the location</translation>
    </message>
    <message>
        <source>bijv. Buurthuis De Schakel</source>
        <translation>e.g. Community centre De Schakel</translation>
    </message>
    <message>
        <source>Naam &amp;locatie</source>
        <translation>Location na&amp;me</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>&amp;Straat en nr.</source>
        <translation>&amp;Street and no.</translation>
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
        <source>&amp;Postcode, plaats</source>
        <translation>Post&amp;code, town</translation>
    </message>
    <message>
        <source>Tijden</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>Who it is for</translation>
    </message>
    <message>
        <source>Leeftijd vanaf</source>
        <translation>Age from</translation>
    </message>
    <message>
        <source>Leeftijd tot en met</source>
        <translation>Age up to and including</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>Leeftij&amp;d van</source>
        <translation>A&amp;ge from</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Andere talen, codes met komma&apos;s</source>
        <translation>Other languages, codes separated by commas</translation>
    </message>
    <message>
        <source>andere, bijv. de, fr, so</source>
        <translation>others, e.g. de, fr, so</translation>
    </message>
    <message>
        <source>&amp;Talen</source>
        <translation>&amp;Languages</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
</context>
<context>
    <name>OwnServicesDialog</name>
    <message>
        <source>Eigen aanbod</source>
        <translation>Own services</translation>
    </message>
    <message>
        <source>Aanbod dat u zelf hebt toegevoegd. Wat niet meer wordt aangeboden staat grijs en komt niet meer in de zoekresultaten.</source>
        <translation>Services you added yourself. What is no longer offered is greyed out and no longer appears in search results.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nog geen eigen aanbod. Kies Toevoegen… om een initiatief toe te voegen dat niet op de sociale kaart staat.</source>
        <translation>No own services yet. Choose Add… to add an initiative that is not on the social map.</translation>
    </message>
    <message>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Eigen aanbod toevoegen</source>
        <translation>Add own service</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Eigen aanbod bewerken</source>
        <translation>Edit own service</translation>
    </message>
    <message>
        <source>Niet meer aanbieden</source>
        <translation>Stop offering</translation>
    </message>
    <message>
        <source>Niet meer aanbieden of weer aanbieden</source>
        <translation>Stop offering or offer again</translation>
    </message>
    <message>
        <source>Exporteren als datapakket…</source>
        <translation>Export as data package…</translation>
    </message>
    <message>
        <source>Eigen aanbod exporteren als datapakket</source>
        <translation>Export own services as a data package</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>niet meer aangeboden</source>
        <translation>no longer offered</translation>
    </message>
    <message>
        <source>aangeboden</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>Weer aanbieden</source>
        <translation>Offer again</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Wordt weer aangeboden.</source>
        <translation>Offered again.</translation>
    </message>
    <message>
        <source>Niet meer aangeboden.</source>
        <translation>No longer offered.</translation>
    </message>
    <message>
        <source>Eigen aanbod exporteren</source>
        <translation>Export own services</translation>
    </message>
    <message>
        <source>Datapakket (*.zip)</source>
        <translation>Data package (*.zip)</translation>
    </message>
    <message>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Opgeslagen als %1.</source>
        <translation>Saved as %1.</translation>
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
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>AGB-code</source>
        <translation>AGB code</translation>
    </message>
    <message>
        <source>adres</source>
        <translation>address</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>huisartsen</source>
        <translation>GPs</translation>
    </message>
    <message>
        <source>Vastgelegd door de beheerder: %1. Dit kunt u hier niet wijzigen.</source>
        <translation>Set by the administrator: %1. You cannot change this here.</translation>
    </message>
    <message>
        <source>Opgeslagen om %1.</source>
        <translation>Saved at %1.</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>De wet (WGBO) zegt: bewaar een dossier 20 jaar na de laatste wijziging. Daarna mag u het wissen.</source>
        <translation>The law (WGBO) says: keep a record for 20 years after the last change. After that you may erase it.</translation>
    </message>
    <message>
        <source>Deze dossiers zijn voorbij hun bewaartermijn. Vink aan wat u wilt wissen.</source>
        <translation>These records are past their retention period. Tick the ones you want to erase.</translation>
    </message>
    <message>
        <source>Dossiers voorbij de bewaartermijn</source>
        <translation>Records past the retention period</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Laatste wijziging</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Bewaren tot</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>Kolomkoppen</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <source>Rijkoppen</source>
        <translation>Row headers</translation>
    </message>
    <message>
        <source>Er zijn geen dossiers voorbij de bewaartermijn.</source>
        <translation>There are no records past the retention period.</translation>
    </message>
    <message>
        <source>Geselecteerde dossiers wissen…</source>
        <translation>Erase selected records…</translation>
    </message>
    <message>
        <source>Geselecteerde dossiers wissen</source>
        <translation>Erase selected records</translation>
    </message>
    <message>
        <source>Alleen de beheerder kan dossiers wissen (of de POH als de praktijk geen beheerder heeft).</source>
        <translation>Only the administrator can erase records (or the POH if the practice has no administrator).</translation>
    </message>
    <message>
        <source>1 dossier definitief wissen?</source>
        <translation>Permanently erase 1 record?</translation>
    </message>
    <message>
        <source>%1 dossiers definitief wissen?</source>
        <translation>Permanently erase %1 records?</translation>
    </message>
    <message>
        <source>Alle gegevens van deze cliënten worden verwijderd. Dit kan niet ongedaan worden gemaakt. In het logboek blijven alleen nummers staan.</source>
        <translation>All data of these clients will be deleted. This cannot be undone. Only numbers remain in the log.</translation>
    </message>
    <message>
        <source>1 dossier is gewist.</source>
        <translation>1 record has been erased.</translation>
    </message>
    <message>
        <source>%1 dossiers zijn gewist.</source>
        <translation>%1 records have been erased.</translation>
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
    <name>RecordGdpr</name>
    <message>
        <source>Alleen de beheerder kan dossiers wissen (of de POH als de praktijk geen beheerder heeft).</source>
        <translation>Only the administrator can erase records (or the POH if the practice has no administrator).</translation>
    </message>
    <message>
        <source>Kies de map voor de AVG-inzage</source>
        <translation>Choose the folder for the GDPR access export</translation>
    </message>
    <message>
        <source>De AVG-inzage is opgeslagen als %1 in %2. Geef het bestand veilig aan de cliënt, bijvoorbeeld op een USB-stick.</source>
        <translation>The GDPR access export has been saved as %1 in %2. Give the file to the client securely, for example on a USB stick.</translation>
    </message>
    <message>
        <source>De AVG-inzage kon niet worden opgeslagen in deze map. Kies een andere map.</source>
        <translation>The GDPR access export could not be saved in this folder. Choose another folder.</translation>
    </message>
    <message>
        <source>Dit dossier definitief wissen? Alle gegevens van deze cliënt worden verwijderd: gesprekken, plan, toestemmingen, verwijzingen en brieven. Dit kan niet ongedaan worden gemaakt. In het logboek blijven alleen nummers staan. Maak eerst een AVG-inzage als de cliënt zijn gegevens wil hebben.</source>
        <translation>Permanently erase this record? All data of this client will be deleted: conversations, plan, consents, referrals and letters. This cannot be undone. Only numbers remain in the log. First make a GDPR access export if the client wants their data.</translation>
    </message>
</context>
<context>
    <name>RecordGdprView</name>
    <message>
        <source>Privacy (AVG)</source>
        <translation>Privacy (GDPR)</translation>
    </message>
    <message>
        <source>AVG-inzage exporteren…</source>
        <translation>Export GDPR access copy…</translation>
    </message>
    <message>
        <source>AVG-inzage exporteren</source>
        <translation>Export GDPR access copy</translation>
    </message>
    <message>
        <source>Alle gegevens van deze cliënt in één zip-bestand, met een leesbaar overzicht.</source>
        <translation>All data of this client in one zip file, with a readable overview.</translation>
    </message>
    <message>
        <source>Dossier wissen…</source>
        <translation>Erase record…</translation>
    </message>
    <message>
        <source>Dossier definitief wissen</source>
        <translation>Permanently erase record</translation>
    </message>
    <message>
        <source>Melding over AVG-inzage of wissen</source>
        <translation>Message about GDPR access export or erasure</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
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
    <name>ReferralDialog</name>
    <message>
        <source>Schrijf op wat u de ontvanger vraagt.</source>
        <extracomment>Texts that say more than the generic rule text, per (field, rule).</extracomment>
        <translation>Write down what you are asking the recipient.</translation>
    </message>
    <message>
        <source>Schrijf in één regel waarom dit voorrang of spoed heeft.</source>
        <translation>Write in one line why this has priority or is urgent.</translation>
    </message>
    <message>
        <source>Kies minstens één leefgebied of onderwerp.</source>
        <translation>Choose at least one life domain or topic.</translation>
    </message>
    <message>
        <source>Schrijf het doel op, of vul de vraag aan de ontvanger in.</source>
        <translation>Write down the purpose, or fill in the question to the recipient.</translation>
    </message>
    <message>
        <source>Kies mondeling of schriftelijk.</source>
        <translation>Choose verbal or written.</translation>
    </message>
    <message>
        <source>Geldig tot ligt vóór de datum van de toestemming.</source>
        <translation>Valid until is before the date of the consent.</translation>
    </message>
    <message>
        <source>Opnieuw verwijzen</source>
        <translation>Refer again</translation>
    </message>
    <message>
        <source>Verwijzen</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>De verwijzing wordt klaargezet als concept. Versturen doet u daarna zelf; de cliënt beslist wat er gedeeld wordt.</source>
        <translation>The referral is prepared as a draft. You send it yourself afterwards; the client decides what is shared.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sluiten zonder iets vast te leggen (Esc)</source>
        <translation>Close without recording anything (Esc)</translation>
    </message>
    <message>
        <source>Verwijzing klaarzetten</source>
        <translation>Prepare referral</translation>
    </message>
    <message>
        <source>Verwijzing klaarzetten (Ctrl+Enter)</source>
        <translation>Prepare referral (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Gegevens laden…</source>
        <translation>Loading details…</translation>
    </message>
    <message>
        <source>Dezelfde toestemming gebruiken (van %1, nog geldig)</source>
        <translation>Use the same consent (of %1, still valid)</translation>
    </message>
    <message>
        <source>Er is niets vastgelegd. Verbeter het gemarkeerde veld.</source>
        <translation>Nothing has been recorded. Correct the highlighted field.</translation>
    </message>
    <message>
        <source>Bezig met vastleggen…</source>
        <translation>Recording…</translation>
    </message>
</context>
<context>
    <name>ReferralFields</name>
    <message>
        <source>Naam en geboortedatum (altijd)</source>
        <extracomment>The `gegevens` codes of spec §9.2 (pohsd.services.consents.GEGEVENS), with their labels.</extracomment>
        <translation>Name and date of birth (always)</translation>
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
        <translation>Email</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Zelfredzaamheidsscores</source>
        <translation>Self-sufficiency scores</translation>
    </message>
    <message>
        <source>Uitkomsten vragenlijsten</source>
        <translation>Questionnaire results</translation>
    </message>
    <message>
        <source>Medische informatie</source>
        <translation>Medical information</translation>
    </message>
    <message>
        <source>Contactpersoon uit netwerk</source>
        <translation>Contact person from the network</translation>
    </message>
    <message>
        <source>Mondeling</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Schriftelijk (getekend formulier)</source>
        <translation>Written (signed form)</translation>
    </message>
    <message>
        <source>Verwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Doel in het plan</source>
        <translation>Goal in the plan</translation>
    </message>
    <message>
        <source>Geen doel</source>
        <translation>No goal</translation>
    </message>
    <message>
        <source>&amp;Doel in het plan</source>
        <translation>&amp;Goal in the plan</translation>
    </message>
    <message>
        <source>Vraag aan de ontvanger</source>
        <translation>Question to the recipient</translation>
    </message>
    <message>
        <source>Wat vraagt u de ontvanger te doen?</source>
        <translation>What are you asking the recipient to do?</translation>
    </message>
    <message>
        <source>&amp;Vraag aan de ontvanger</source>
        <translation>&amp;Question to the recipient</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Reden van de urgentie</source>
        <translation>Reason for the urgency</translation>
    </message>
    <message>
        <source>&amp;Urgentie</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <source>Gerichte toestemming van de cliënt</source>
        <translation>Specific consent of the client</translation>
    </message>
    <message>
        <source>Dezelfde toestemming gebruiken</source>
        <translation>Use the same consent</translation>
    </message>
    <message>
        <source>Leefgebieden waarover gedeeld mag worden</source>
        <translation>Life domains that may be shared about</translation>
    </message>
    <message>
        <source>&amp;Leefgebieden</source>
        <translation>&amp;Life domains</translation>
    </message>
    <message>
        <source>&amp;Gegevens</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Doel van het delen</source>
        <translation>Purpose of sharing</translation>
    </message>
    <message>
        <source>zelfde als de vraag</source>
        <translation>same as the question</translation>
    </message>
    <message>
        <source>D&amp;oel</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>Vorm: %1</source>
        <translation>Form: %1</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Datum van de toestemming</source>
        <translation>Date of the consent</translation>
    </message>
    <message>
        <source>Da&amp;tum</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>Geldig tot (optioneel)</source>
        <translation>Valid until (optional)</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg: tot de verwijzing klaar is)</source>
        <translation>dd-mm-yyyy (empty: until the referral is finished)</translation>
    </message>
    <message>
        <source>G&amp;eldig tot</source>
        <translation>&amp;Valid until</translation>
    </message>
    <message>
        <source>Naam en geboortedatum gaan altijd mee: zo weet de ontvanger om wie het gaat.</source>
        <translation>Name and date of birth are always included, so the recipient knows who it is about.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Toegang: %1</source>
        <translation>Access: %1</translation>
    </message>
    <message>
        <source>BSN kan niet mee: het BSN mag alleen naar een zorgaanbieder (Wabvpz). Deze ontvanger heeft geen AGB-code in de sociale kaart en vraagt geen verwijzing zorg.</source>
        <translation>The BSN cannot be included: it may only go to a healthcare provider (Wabvpz). This recipient has no AGB code in the social map and does not ask for a healthcare referral.</translation>
    </message>
    <message>
        <source>BSN mag mee: deze ontvanger is een zorgaanbieder. Vink het alleen aan als de ontvanger het nodig heeft.</source>
        <translation>The BSN may be included: this recipient is a healthcare provider. Only tick it if the recipient needs it.</translation>
    </message>
    <message>
        <source>Waarom? Eén regel, verplicht</source>
        <translation>Why? One line, required</translation>
    </message>
</context>
<context>
    <name>ReferralModels</name>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Aangenomen</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Niet gestart / gestopt</source>
        <translation>Not started / stopped</translation>
    </message>
    <message>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Foutief ingevoerd</source>
        <translation>Entered in error</translation>
    </message>
    <message>
        <source>normaal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>met voorrang</source>
        <translation>with priority</translation>
    </message>
    <message>
        <source>spoed</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>geldt nu</source>
        <translation>current</translation>
    </message>
    <message>
        <source>vervangen door nieuwere</source>
        <translation>replaced by a newer one</translation>
    </message>
    <message>
        <source>resultaat: %1</source>
        <translation>result: %1</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>verwachte start: %1</source>
        <translation>expected start: %1</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Effectief op</source>
        <translation>Effective on</translation>
    </message>
    <message>
        <source>Vastgelegd op</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Leefgebieden</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Gericht</source>
        <translation>Specific</translation>
    </message>
</context>
<context>
    <name>ReferralNoteDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReferralNotes</name>
    <message>
        <source>De notitie is vastgelegd.</source>
        <extracomment>Called with the referral whose terugkoppeling the POH wants to prepare (the letters helper).</extracomment>
        <translation>The note has been recorded.</translation>
    </message>
    <message>
        <source>Terugkoppeling bij %1 overgeslagen; de reden is vastgelegd.</source>
        <translation>Feedback on %1 skipped; the reason has been recorded.</translation>
    </message>
</context>
<context>
    <name>ReferralNotesModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Herinnering</source>
        <translation>Reminder</translation>
    </message>
</context>
<context>
    <name>ReferralTabs</name>
    <message>
        <source>Het concept is verwijderd.</source>
        <translation>The draft has been deleted.</translation>
    </message>
    <message>
        <source>Gericht, %1 (%2), %3</source>
        <translation>Specific, %1 (%2), %3</translation>
    </message>
    <message>
        <source>Leefgebieden: %1</source>
        <translation>Life domains: %1</translation>
    </message>
    <message>
        <source>Gegevens: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>vervolg op de verwijzing van %1 (%2)</source>
        <translation>follow-up to the referral of %1 (%2)</translation>
    </message>
    <message>
        <source>%1 staat nu op %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>Het concept voor %1 verwijderen? Het is nooit verstuurd; het verwijderen wordt vastgelegd in het logboek.</source>
        <translation>Delete the draft for %1? It was never sent; the deletion is recorded in the access log.</translation>
    </message>
    <message>
        <source>Ja, verwijderen</source>
        <translation>Yes, delete</translation>
    </message>
    <message>
        <source>Verwijzing naar %1 staat klaar als concept.</source>
        <translation>Referral to %1 is ready as a draft.</translation>
    </message>
    <message>
        <source>De toestemming voor %1 intrekken? Er kan daarna geen nieuwe brief naar deze ontvanger worden gemaakt. Wat al verstuurd is, kan niet worden teruggehaald.</source>
        <translation>Withdraw the consent for %1? No new letter to this recipient can be written afterwards. What has already been sent cannot be taken back.</translation>
    </message>
    <message>
        <source>Ja, intrekken</source>
        <translation>Yes, withdraw</translation>
    </message>
    <message>
        <source>De toestemming is ingetrokken.</source>
        <translation>The consent has been withdrawn.</translation>
    </message>
    <message>
        <source>De toestemming is ingetrokken. Deze open verwijzing steunt erop: %1. Op Geannuleerd zetten, met de reden &apos;toestemming ingetrokken&apos;?</source>
        <translation>The consent has been withdrawn. This open referral relies on it: %1. Set it to Cancelled, with the reason &apos;consent withdrawn&apos;?</translation>
    </message>
    <message>
        <source>De toestemming is ingetrokken. Deze %2 open verwijzingen steunen erop: %1. Op Geannuleerd zetten, met de reden &apos;toestemming ingetrokken&apos;?</source>
        <translation>The consent has been withdrawn. These %2 open referrals rely on it: %1. Set them to Cancelled, with the reason &apos;consent withdrawn&apos;?</translation>
    </message>
    <message>
        <source>Op Geannuleerd zetten</source>
        <translation>Set to Cancelled</translation>
    </message>
    <message>
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>1 verwijzing staat nu op Geannuleerd.</source>
        <translation>1 referral is now Cancelled.</translation>
    </message>
    <message>
        <source>%1 verwijzingen staan nu op Geannuleerd.</source>
        <translation>%1 referrals are now Cancelled.</translation>
    </message>
    <message>
        <source>Niet gelukt bij een verwijzing: %1</source>
        <translation>Failed for one referral: %1</translation>
    </message>
</context>
<context>
    <name>ReferralsTabView</name>
    <message>
        <source>Verwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Verwijzingen van de cliënt</source>
        <translation>Referrals of the client</translation>
    </message>
    <message>
        <source>Nog geen verwijzingen. Verwijs vanuit het plan van een gesprek (Voorstellen uit de sociale kaart → Verwijzen…).</source>
        <translation>No referrals yet. Refer from the plan of a conversation (Suggestions from the social map → Refer…).</translation>
    </message>
    <message>
        <source>&amp;Status wijzigen…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <source>Status van de verwijzing wijzigen</source>
        <translation>Change the status of the referral</translation>
    </message>
    <message>
        <source>Concept &amp;verwijderen</source>
        <translation>&amp;Delete draft</translation>
    </message>
    <message>
        <source>Concept verwijderen</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>&amp;Opnieuw verwijzen…</source>
        <translation>Refer &amp;again…</translation>
    </message>
    <message>
        <source>Opnieuw verwijzen</source>
        <translation>Refer again</translation>
    </message>
    <message>
        <source>&amp;Notitie of herinnering…</source>
        <translation>&amp;Note or reminder…</translation>
    </message>
    <message>
        <source>Notitie of herinnering toevoegen</source>
        <translation>Add a note or reminder</translation>
    </message>
    <message>
        <source>Bijvoorbeeld &apos;gebeld, geen reactie&apos;, eventueel met een nieuwe herinnering.</source>
        <translation>For example &apos;called, no answer&apos;, possibly with a new reminder.</translation>
    </message>
    <message>
        <source>Gekozen verwijzing</source>
        <translation>Chosen referral</translation>
    </message>
    <message>
        <source>Vraag aan de ontvanger</source>
        <translation>Question to the recipient</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Eerdere verwijzing</source>
        <translation>Earlier referral</translation>
    </message>
    <message>
        <source>Geschiedenis en notities</source>
        <translation>History and notes</translation>
    </message>
    <message>
        <source>Geschiedenis van de verwijzing</source>
        <translation>History of the referral</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Notities bij de verwijzing</source>
        <translation>Notes on the referral</translation>
    </message>
    <message>
        <source>Nog geen notities. Gebeld of gemaild zonder nieuwe status? Leg het vast met &apos;Notitie of herinnering…&apos;.</source>
        <translation>No notes yet. Called or emailed without a new status? Record it with &apos;Note or reminder…&apos;.</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>⚠ Terugkoppeling aan de huisarts nog niet klaargezet</source>
        <translation>⚠ Feedback to the GP not prepared yet</translation>
    </message>
    <message>
        <source>&amp;Klaarzetten…</source>
        <translation>&amp;Prepare…</translation>
    </message>
    <message>
        <source>Terugkoppeling aan de huisarts klaarzetten</source>
        <translation>Prepare feedback to the GP</translation>
    </message>
    <message>
        <source>Overs&amp;laan…</source>
        <translation>S&amp;kip…</translation>
    </message>
    <message>
        <source>Terugkoppeling aan de huisarts overslaan</source>
        <translation>Skip feedback to the GP</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Eerste dag van de periode</source>
        <extracomment>Tables whose chart stacks the row&apos;s cells (a legend names the columns).</extracomment>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Laatste dag van de periode</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>Rapport wordt gemaakt…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>CSV voor Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rapport exporteren</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Geëxporteerd naar %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Rapport over %1</source>
        <translation>Report on %1</translation>
    </message>
    <message>
        <source>Te weinig verwijzingen om dit te tonen (minder dan 5).</source>
        <translation>Too few referrals to show this (fewer than 5).</translation>
    </message>
    <message>
        <source>Geen gegevens in deze periode.</source>
        <translation>No data in this period.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Minder dan 5: niet getoond om personen te beschermen.</source>
        <translation>Fewer than 5: not shown to protect individuals.</translation>
    </message>
    <message>
        <source>Verborgen, zodat een aantal onder 5 niet terug te rekenen is.</source>
        <translation>Hidden, so that a count below 5 cannot be worked out.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Rapportage</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>Alleen totalen, nooit personen. Aantallen onder 5 staan er als &lt;5; een x is verborgen zodat een aantal onder 5 niet terug te rekenen is.</source>
        <translation>Totals only, never individuals. Counts below 5 are shown as &lt;5; an x is hidden so that a count below 5 cannot be worked out.</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Dit kwartaal</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Periode: dit kwartaal</source>
        <translation>Period: this quarter</translation>
    </message>
    <message>
        <source>Vorig kwartaal</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>Periode: vorig kwartaal</source>
        <translation>Period: last quarter</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Periode: dit jaar</source>
        <translation>Period: this year</translation>
    </message>
    <message>
        <source>Per postcodegebied (PC4)</source>
        <translation>By postcode area (PC4)</translation>
    </message>
    <message>
        <source>Uitsplitsen per postcodegebied</source>
        <translation>Break down by postcode area</translation>
    </message>
    <message>
        <source>Rapport maken</source>
        <translation>Make report</translation>
    </message>
    <message>
        <source>Exporteren (CSV/PDF)…</source>
        <translation>Export (CSV/PDF)…</translation>
    </message>
    <message>
        <source>Rapport exporteren</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Kies een periode en klik op ‘Rapport maken’.</source>
        <translation>Choose a period and click ‘Make report’.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>U zet de back-up van %1 terug.</source>
        <translation>You are restoring the backup from %1.</translation>
    </message>
    <message>
        <source>Wat er gebeurt:
•  De back-up wordt eerst gecontroleerd.
•  Het programma wordt vergrendeld en de huidige gegevens worden vervangen door die van de back-up. Wat u na het maken van deze back-up hebt vastgelegd, staat daarna niet meer in het programma; het huidige bestand blijft apart bewaard in de gegevensmap.
•  Cliënten die sinds de back-up zijn gewist, blijven gewist.
•  Daarna ontgrendelt u opnieuw met uw wachtwoordzin.</source>
        <translation>What happens:
•  The backup is checked first.
•  The program is locked and the current data is replaced by that of the backup. Whatever you recorded after this backup was made will no longer be in the program; the current file is kept separately in the data folder.
•  Clients erased since the backup stay erased.
•  Then you unlock again with your passphrase.</translation>
    </message>
    <message>
        <source>Uw wachtwoordzin ter bevestiging</source>
        <translation>Your passphrase to confirm</translation>
    </message>
    <message>
        <source>Uw wachtwoordzin</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <source>Bezig met terugzetten</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul uw wachtwoordzin in om te bevestigen.</source>
        <translation>Enter your passphrase to confirm.</translation>
    </message>
    <message>
        <source>Bezig met controleren en terugzetten…</source>
        <translation>Checking and restoring…</translation>
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
        <source>Vastgelegd door de beheerder: hoogstens %1 minuten.</source>
        <translation>Set by the administrator: at most %1 minutes.</translation>
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
        <source>Verwijzen…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <source>Verwijzen naar deze voorziening</source>
        <translation>Refer to this service</translation>
    </message>
    <message>
        <source>eigen aanbod</source>
        <translation>own service</translation>
    </message>
    <message>
        <source>Eigen aanbod van de praktijk</source>
        <translation>The practice&apos;s own service</translation>
    </message>
    <message>
        <source>Door de praktijk zelf toegevoegd</source>
        <translation>Added by the practice itself</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Eigen aanbod bewerken</source>
        <translation>Edit own service</translation>
    </message>
    <message>
        <source>Niet meer aanbieden</source>
        <translation>Stop offering</translation>
    </message>
    <message>
        <source>Eigen aanbod niet meer aanbieden</source>
        <translation>Stop offering this own service</translation>
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
        <source>Verwijzen voor %1</source>
        <translation>Refer for %1</translation>
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
        <source>Weer aanbieden</source>
        <translation>Offer again</translation>
    </message>
    <message>
        <source>Niet meer aangeboden: het staat niet meer in de zoekresultaten. Weer aanbieden kan hier of later via Eigen aanbod…</source>
        <translation>No longer offered: it no longer appears in search results. You can offer it again here or later via Own services…</translation>
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
        <source>eigen aanbod</source>
        <translation>own service</translation>
    </message>
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
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
    <message>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Beveiliging</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Back-up</source>
        <translation>Backup</translation>
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
    <name>SkipFeedbackDialog</name>
    <message>
        <source>Terugkoppeling overslaan</source>
        <translation>Skip feedback</translation>
    </message>
    <message>
        <source>De huisarts krijgt over deze stap geen terugkoppeling. Schrijf op waarom.</source>
        <translation>The GP will not get feedback about this step. Write down why.</translation>
    </message>
    <message>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Reden om over te slaan</source>
        <translation>Reason for skipping</translation>
    </message>
    <message>
        <source>bijv. huisarts mondeling geïnformeerd</source>
        <translation>e.g. GP informed verbally</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Schrijf waarom, bijvoorbeeld &apos;huisarts mondeling geïnformeerd&apos;.</source>
        <translation>Write why, for example &apos;GP informed verbally&apos;.</translation>
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
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>De nieuwe kaart haalt %1 van de %2 voorzieningen weg en is daarom niet ingelezen. Kijk het na met Nu bijwerken.</source>
        <translation>The new map would remove %1 of the %2 services and was therefore not imported. Check it with Update now.</translation>
    </message>
    <message>
        <source>De sociale kaart kon op %1 niet worden opgehaald.</source>
        <translation>The social map could not be fetched on %1.</translation>
    </message>
    <message>
        <source>Bijwerken lukte op %1 niet: geen verbinding met de bron. De vorige kaart blijft in gebruik.</source>
        <translation>Updating failed on %1: no connection to the source. The previous map stays in use.</translation>
    </message>
    <message>
        <source>Bijwerken lukte op %1 niet: de bron gaf geen bruikbare kaart. De vorige kaart blijft in gebruik.</source>
        <translation>Updating failed on %1: the source did not provide a usable map. The previous map stays in use.</translation>
    </message>
    <message>
        <source>Er is nog geen sociale kaart.</source>
        <translation>There is no social map yet.</translation>
    </message>
    <message>
        <source>De sociale kaart is van %1, ouder dan een maand.</source>
        <translation>The social map is from %1, older than a month.</translation>
    </message>
    <message>
        <source>De sociale kaart is van %1, ouder dan %2 maanden.</source>
        <translation>The social map is from %1, older than %2 months.</translation>
    </message>
</context>
<context>
    <name>SocialMapPage</name>
    <message>
        <source>Verwijzing naar %1 staat klaar als concept.</source>
        <translation>Referral to %1 is ready as a draft.</translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord of minder filters.</source>
        <translation>Nothing found. Try another word or fewer filters.</translation>
    </message>
    <message>
        <source>Sociale kaart importeren</source>
        <translation>Import social map</translation>
    </message>
    <message>
        <source>Sociale kaart (*.zip *.json datapackage.json)</source>
        <translation>Social map (*.zip *.json datapackage.json)</translation>
    </message>
    <message>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Bezig met bijwerken…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
</context>
<context>
    <name>SocialMapRollback</name>
    <message>
        <source>Vorige kaart</source>
        <translation>Previous map</translation>
    </message>
    <message>
        <source>Vorige kaart terugzetten…</source>
        <translation>Restore previous map…</translation>
    </message>
    <message>
        <source>Vorige kaart terugzetten</source>
        <translation>Restore previous map</translation>
    </message>
    <message>
        <source>Er is geen eerdere kaart om naar terug te gaan.</source>
        <translation>There is no earlier map to go back to.</translation>
    </message>
    <message>
        <source>Het bijwerken opnieuw doen: 1 voorziening wordt weer zoals na het bijwerken</source>
        <translation>Redo the update: 1 service becomes as it was after the update</translation>
    </message>
    <message>
        <source>Het bijwerken opnieuw doen: %1 voorzieningen worden weer zoals na het bijwerken</source>
        <translation>Redo the update: %1 services become as they were after the update</translation>
    </message>
    <message>
        <source>De laatste keer bijwerken terugdraaien: 1 voorziening komt terug zoals die was</source>
        <translation>Undo the last update: 1 service comes back as it was</translation>
    </message>
    <message>
        <source>De laatste keer bijwerken terugdraaien: %1 voorzieningen komen terug zoals ze waren</source>
        <translation>Undo the last update: %1 services come back as they were</translation>
    </message>
    <message>
        <source>%1 (kaart van %2).</source>
        <translation>%1 (map of %2).</translation>
    </message>
    <message>
        <source>1 voorziening</source>
        <translation>1 service</translation>
    </message>
    <message>
        <source>%1 voorzieningen</source>
        <translation>%1 services</translation>
    </message>
    <message>
        <source>Terug naar de nieuwere kaart (%1).</source>
        <translation>Back to the newer map (%1).</translation>
    </message>
    <message>
        <source>Terug naar de vorige kaart (%1).</source>
        <translation>Back to the previous map (%1).</translation>
    </message>
    <message>
        <source>Terug naar de nieuwere kaart van %1 (%2).</source>
        <translation>Back to the newer map of %1 (%2).</translation>
    </message>
    <message>
        <source>Terug naar de vorige kaart van %1 (%2).</source>
        <translation>Back to the previous map of %1 (%2).</translation>
    </message>
    <message>
        <source>De kaart terugzetten?</source>
        <translation>Restore the map?</translation>
    </message>
    <message>
        <source>Nog een keer terugzetten zet daarna de oudere kaart terug.</source>
        <translation>Restoring once more then brings back the older map.</translation>
    </message>
    <message>
        <source>Nog een keer terugzetten zet daarna de nieuwere kaart terug.</source>
        <translation>Restoring once more then brings back the newer map.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De kaart wordt teruggezet…</source>
        <translation>Restoring the map…</translation>
    </message>
    <message>
        <source>De kaart is teruggezet. Nog een keer terugzetten zet de oudere kaart terug.</source>
        <translation>The map has been restored. Restoring once more brings back the older map.</translation>
    </message>
    <message>
        <source>De kaart is teruggezet. Nog een keer terugzetten zet de nieuwere kaart terug.</source>
        <translation>The map has been restored. Restoring once more brings back the newer map.</translation>
    </message>
</context>
<context>
    <name>SocialMapSettings</name>
    <message>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
    <message>
        <source>Adres van de bron (HSDS-API)</source>
        <translation>Source address (HSDS API)</translation>
    </message>
    <message>
        <source>Adres van de bron</source>
        <translation>Source address</translation>
    </message>
    <message>
        <source>Bijwerken bij het starten als er internet is</source>
        <translation>Update at start-up when there is internet</translation>
    </message>
    <message>
        <source>Bijwerken bij het starten</source>
        <translation>Update at start-up</translation>
    </message>
    <message>
        <source>Waarschuwen als de kaart ouder is dan dit aantal maanden</source>
        <translation>Warn when the map is older than this number of months</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Waarschuwen als de kaart ouder is dan</source>
        <translation>Warn when the map is older than</translation>
    </message>
    <message>
        <source>Vastgelegd door de beheerder: de bron kunt u hier niet wijzigen.</source>
        <translation>Set by the administrator: you cannot change the source here.</translation>
    </message>
    <message>
        <source>Het adres is dat van de HSDS-API van de sociale kaart in uw gemeente of regio. Bijwerken doet u op het scherm Sociale kaart met Bijwerken…; bij het starten gebeurt het op de achtergrond. Lukt het niet, dan blijft de vorige kaart in gebruik en ziet u een melding.</source>
        <translation>The address is that of the HSDS API of the social map in your municipality or region. You update on the Social map screen with Update…; at start-up it happens in the background. If it fails, the previous map stays in use and you see a message.</translation>
    </message>
    <message>
        <source>Het adres moet beginnen met https:// of http://.</source>
        <translation>The address must start with https:// or http://.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SocialMapSyncDialog</name>
    <message>
        <source>Voorzieningen ophalen: %1 binnen…</source>
        <translation>Fetching services: %1 received…</translation>
    </message>
    <message>
        <source>Wijzigingen ophalen: %1 binnen…</source>
        <translation>Fetching changes: %1 received…</translation>
    </message>
    <message>
        <source>Nagaan welke voorzieningen er nog zijn: %1…</source>
        <translation>Checking which services still exist: %1…</translation>
    </message>
    <message>
        <source>Details ophalen: %1 van %2…</source>
        <translation>Fetching details: %1 of %2…</translation>
    </message>
    <message>
        <source>Inlezen: %1 van %2…</source>
        <translation>Importing: %1 of %2…</translation>
    </message>
    <message>
        <source>Sociale kaart bijwerken</source>
        <translation>Update social map</translation>
    </message>
    <message>
        <source>Adres van de bron</source>
        <translation>Source address</translation>
    </message>
    <message>
        <source>Het adres van de HSDS-API van uw sociale kaart. Bijwerken haalt alle voorzieningen op; uw favorieten en eigen notities blijven bewaard.</source>
        <translation>The address of the HSDS API of your social map. Updating fetches all services; your favourites and own notes are kept.</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Toch bijwerken</source>
        <translation>Update anyway</translation>
    </message>
    <message>
        <source>Huidige kaart houden</source>
        <translation>Keep current map</translation>
    </message>
    <message>
        <source>Overgeslagen tonen</source>
        <translation>Show skipped</translation>
    </message>
    <message>
        <source>Overgeslagen voorzieningen tonen</source>
        <translation>Show skipped services</translation>
    </message>
    <message>
        <source>Overgeslagen voorzieningen</source>
        <translation>Skipped services</translation>
    </message>
    <message>
        <source>Bijwerken</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Nu bijwerken</source>
        <translation>Update now</translation>
    </message>
    <message>
        <source>Bijwerken (Ctrl+Enter)</source>
        <translation>Update (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sluiten of annuleren</source>
        <translation>Close or cancel</translation>
    </message>
    <message>
        <source>Vul het adres van de bron in.</source>
        <translation>Fill in the source address.</translation>
    </message>
    <message>
        <source>Het adres moet beginnen met https:// of http://.</source>
        <translation>The address must start with https:// or http://.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Verbinden met de bron…</source>
        <translation>Connecting to the source…</translation>
    </message>
    <message>
        <source>De sociale kaart is bijgewerkt: %1 diensten bijgewerkt, %2 overgeslagen.</source>
        <translation>The social map has been updated: %1 services updated, %2 skipped.</translation>
    </message>
    <message>
        <source>%1 voorzieningen zijn ingetrokken.</source>
        <translation>%1 services have been withdrawn.</translation>
    </message>
    <message>
        <source>Overgeslagen tonen (%1)</source>
        <translation>Show skipped (%1)</translation>
    </message>
    <message>
        <source>De nieuwe kaart haalt %1 van de %2 voorzieningen weg. Dat is meer dan 20 % en kan een fout bij de bron zijn. Wilt u de kaart toch bijwerken? Anders blijft de huidige kaart in gebruik.</source>
        <translation>The new map removes %1 of the %2 services. That is more than 20 % and may be an error at the source. Do you want to update the map anyway? Otherwise the current map stays in use.</translation>
    </message>
    <message>
        <source>De huidige kaart blijft in gebruik.</source>
        <translation>The current map stays in use.</translation>
    </message>
    <message>
        <source>Bezig met annuleren…</source>
        <translation>Cancelling…</translation>
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
        <source>Eigen aanbod toevoegen…</source>
        <translation>Add own service…</translation>
    </message>
    <message>
        <source>Eigen aanbod toevoegen</source>
        <translation>Add own service</translation>
    </message>
    <message>
        <source>Een initiatief toevoegen dat niet op de kaart staat</source>
        <translation>Add an initiative that is not on the map</translation>
    </message>
    <message>
        <source>Eigen aanbod…</source>
        <translation>Own services…</translation>
    </message>
    <message>
        <source>Eigen aanbod bekijken en exporteren</source>
        <translation>View and export own services</translation>
    </message>
    <message>
        <source>Al het eigen aanbod, ook wat niet meer wordt aangeboden; exporteren</source>
        <translation>All own services, including those no longer offered; export</translation>
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
        <source>Bijwerken…</source>
        <translation>Update…</translation>
    </message>
    <message>
        <source>Sociale kaart bijwerken van de bron</source>
        <translation>Update the social map from the source</translation>
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
        <source>Postcode (4 cijfers) voor de afstand</source>
        <translation>Postcode (4 digits) for the distance</translation>
    </message>
    <message>
        <source>Hoogstens zoveel kilometer ver</source>
        <translation>At most this many kilometres away</translation>
    </message>
    <message>
        <source>Elke afstand</source>
        <translation>Any distance</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Typ eerst een postcode; dan telt de afstand</source>
        <translation>Type a postcode first; then the distance counts</translation>
    </message>
    <message>
        <source>Leeftijd van de cliënt</source>
        <translation>Age of the client</translation>
    </message>
    <message>
        <source>Elke leeftijd</source>
        <translation>Any age</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Nog geen sociale kaart. Kies Bijwerken om de kaart op te halen, of Importeren om een kaartbestand in te lezen.</source>
        <translation>No social map yet. Choose Update to fetch the map, or Import to read in a map file.</translation>
    </message>
    <message>
        <source>Nu bijwerken</source>
        <translation>Update now</translation>
    </message>
    <message>
        <source>Sociale kaart nu bijwerken</source>
        <translation>Update the social map now</translation>
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
    <name>StatusChangeDialog</name>
    <message>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>%1 · nu: %2</source>
        <translation>%1 · now: %2</translation>
    </message>
    <message>
        <source>Nieuwe status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Nieuwe status: %1</source>
        <translation>New status: %1</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Toelichting op de reden</source>
        <translation>Explanation of the reason</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Explanation</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Kies het resultaat…</source>
        <translation>Choose the result…</translation>
    </message>
    <message>
        <source>R&amp;esultaat</source>
        <translation>Re&amp;sult</translation>
    </message>
    <message>
        <source>Verwachte startdatum</source>
        <translation>Expected start date</translation>
    </message>
    <message>
        <source>&amp;onbekend</source>
        <translation>un&amp;known</translation>
    </message>
    <message>
        <source>Startdatum onbekend</source>
        <translation>Start date unknown</translation>
    </message>
    <message>
        <source>Verwachte &amp;start</source>
        <translation>Expected s&amp;tart</translation>
    </message>
    <message>
        <source>Wanneer gebeurde het</source>
        <translation>When did it happen</translation>
    </message>
    <message>
        <source>&amp;Wanneer gebeurde het</source>
        <translation>&amp;When did it happen</translation>
    </message>
    <message>
        <source>Hoe hoorde u het</source>
        <translation>How did you hear about it</translation>
    </message>
    <message>
        <source>&amp;Hoe hoorde u het</source>
        <translation>&amp;How did you hear about it</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Notitie (optioneel)</source>
        <translation>&amp;Note (optional)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Status vastleggen</source>
        <translation>Record status</translation>
    </message>
    <message>
        <source>Status vastleggen (Ctrl+Enter)</source>
        <translation>Record status (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Kies een reden…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>Wat was er fout? (verplicht)</source>
        <translation>What was wrong? (required)</translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Kies de nieuwe status.</source>
        <translation>Choose the new status.</translation>
    </message>
    <message>
        <source>Kies een reden.</source>
        <translation>Choose a reason.</translation>
    </message>
    <message>
        <source>Schrijf op wat er fout was.</source>
        <translation>Write down what was wrong.</translation>
    </message>
    <message>
        <source>Kies het resultaat.</source>
        <translation>Choose the result.</translation>
    </message>
    <message>
        <source>Vul de verwachte startdatum in, of kies onbekend.</source>
        <translation>Fill in the expected start date, or choose unknown.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Verwijzen…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <source>Verwijzen naar %1</source>
        <translation>Refer to %1</translation>
    </message>
    <message>
        <source>Voorstellen uit de sociale kaart</source>
        <translation>Suggestions from the social map</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <source>Voorstellen vernieuwen</source>
        <translation>Refresh suggestions</translation>
    </message>
    <message>
        <source>Voorstellen zoeken…</source>
        <translation>Looking for suggestions…</translation>
    </message>
    <message>
        <source>Passend bij de prioriteiten, signalen en lage zelfredzaamheid. U stelt voor, de cliënt beslist.</source>
        <translation>Matching the priorities, signals and low self-sufficiency. You suggest, the client decides.</translation>
    </message>
    <message>
        <source>Nog geen voorstellen: kies prioriteiten, of geef bij een onderwerp een zelfredzaamheid van 3 of lager.</source>
        <translation>No suggestions yet: choose priorities, or give a topic a self-sufficiency of 3 or lower.</translation>
    </message>
    <message>
        <source>Er is nog geen sociale kaart. Lees een kaart in of werk hem bij onder Sociale kaart.</source>
        <translation>There is no social map yet. Import a map or update it under Social map.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Vervolggesprekken</source>
        <extracomment>The sections in reading order: key, title, what it lists (a hint under the title).</extracomment>
        <translation>Follow-up conversations</translation>
    </message>
    <message>
        <source>Gepland voor deze week, en verlopen afspraken.</source>
        <translation>Planned for this week, and overdue appointments.</translation>
    </message>
    <message>
        <source>Actie nodig</source>
        <translation>Action needed</translation>
    </message>
    <message>
        <source>Verwijzingen die om een handeling vragen.</source>
        <translation>Referrals that need an action.</translation>
    </message>
    <message>
        <source>Recent gewijzigd</source>
        <translation>Recently changed</translation>
    </message>
    <message>
        <source>Stappen van verwijzingen in de afgelopen 7 dagen.</source>
        <translation>Referral steps in the past 7 days.</translation>
    </message>
    <message>
        <source>Niet afgeronde gesprekken</source>
        <translation>Unfinished conversations</translation>
    </message>
    <message>
        <source>Intakes en vervolggesprekken die nog open staan.</source>
        <translation>Intakes and follow-up conversations that are still open.</translation>
    </message>
    <message>
        <source>Vervolggesprekken deze week</source>
        <translation>Follow-up conversations this week</translation>
    </message>
    <message>
        <source>Verwijzingen met actie nodig</source>
        <translation>Referrals needing action</translation>
    </message>
    <message>
        <source>Recent gewijzigde verwijzingen</source>
        <translation>Recently changed referrals</translation>
    </message>
    <message>
        <source>Kolomkoppen</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <source>Rijkoppen</source>
        <translation>Row headers</translation>
    </message>
    <message>
        <source>Enter of dubbelklik opent de plek waar u verder werkt.</source>
        <translation>Enter or double-click opens the place where you continue working.</translation>
    </message>
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
    <message>
        <source>Bezig met laden…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>TypedConfirmView</name>
    <message>
        <source>Typ %1 om te bevestigen:</source>
        <extracomment>The word a person types to confirm an erasure (the same in every language of the UI).</extracomment>
        <translation>Type %1 to confirm:</translation>
    </message>
    <message>
        <source>Typ %1 om te bevestigen</source>
        <translation>Type %1 to confirm</translation>
    </message>
    <message>
        <source>Definitief wissen</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
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
        <source>Het sleutelbestand was beschadigd; de reservekopie wordt gebruikt. U kunt gewoon ontgrendelen, daarna wordt het bestand hersteld.</source>
        <translation>The key file was damaged; the spare copy is being used. You can unlock as usual; the file is repaired afterwards.</translation>
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
    <name>WorklistModel</name>
    <message>
        <source>Vervolggesprek</source>
        <extracomment>Texts the core gives (spec/intake.md §8); listed so translators see them.</extracomment>
        <translation>Follow-up conversation</translation>
    </message>
    <message>
        <source>Vervolggesprek verlopen</source>
        <translation>Follow-up conversation overdue</translation>
    </message>
    <message>
        <source>Intake niet afgerond</source>
        <translation>Intake not finished</translation>
    </message>
    <message>
        <source>Vervolggesprek niet afgerond</source>
        <translation>Follow-up conversation not finished</translation>
    </message>
    <message>
        <source>Concept nog niet verstuurd</source>
        <translation>Draft not sent yet</translation>
    </message>
    <message>
        <source>Geen reactie van aanbieder</source>
        <translation>No response from provider</translation>
    </message>
    <message>
        <source>Nog niet gestart</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <source>Wachtlijst: navragen</source>
        <translation>Waiting list: check in</translation>
    </message>
    <message>
        <source>Hoe loopt het?</source>
        <translation>How is it going?</translation>
    </message>
    <message>
        <source>Terugkoppeling huisarts klaarzetten</source>
        <translation>Prepare GP feedback</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>1 werkdag over tijd</source>
        <translation>1 working day overdue</translation>
    </message>
    <message>
        <source>%1 werkdagen over tijd</source>
        <translation>%1 working days overdue</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Over tijd</source>
        <translation>Overdue</translation>
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
