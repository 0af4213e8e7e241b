<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Reservations</source>
        <translation>Über Reservations</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Bundled software and licences:</source>
        <translation>Mitgelieferte Software und Lizenzen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reservations&lt;/b&gt;&lt;br&gt;Clinic front-desk scheduling</source>
        <translation>&lt;b&gt;Reservations&lt;/b&gt;&lt;br&gt;Terminplanung für den Empfang der Praxis</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Qt, PySide6 and psycopg are used under the GNU LGPL version 3 as separate shared libraries, which you may replace with your own builds of the same versions; their source code is on the projects&apos; sites. The LGPL and GPL texts are in {folder}; each library&apos;s own licence file is in its .dist-info folder beside the app&apos;s files.</source>
        <translation>Qt, PySide6 und psycopg werden unter der GNU LGPL Version 3 als eigenständige gemeinsam genutzte Bibliotheken verwendet, die Sie durch eigene Builds derselben Versionen ersetzen können; ihr Quellcode steht auf den Seiten der Projekte. Die Texte der LGPL und GPL liegen in {folder}; die Lizenzdatei jeder Bibliothek liegt in ihrem .dist-info-Ordner neben den Dateien der App.</translation>
    </message>
</context>
<context>
    <name>AddBlocksDialog</name>
    <message>
        <source>Add availability for %1</source>
        <translation>Verfügbarkeit für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Blocks on that date:</source>
        <translation>Zeitblöcke an diesem Datum:</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation>Mitarbeiterkonto hinzufügen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Only administrators can read the audit trail.</source>
        <translation>Nur Administratoren können das Prüfprotokoll lesen.</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Benutzer…</translation>
    </message>
    <message>
        <source>Only administrators can manage staff accounts.</source>
        <translation>Nur Administratoren können Mitarbeiterkonten verwalten.</translation>
    </message>
    <message>
        <source>Clinic settings…</source>
        <translation>Praxiseinstellungen…</translation>
    </message>
    <message>
        <source>Only administrators can change the clinic&apos;s settings.</source>
        <translation>Nur Administratoren können die Praxiseinstellungen ändern.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Jetzt sichern…</translation>
    </message>
    <message>
        <source>Only administrators can make backups.</source>
        <translation>Nur Administratoren können Sicherungen anlegen.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Only administrators can restore a backup.</source>
        <translation>Nur Administratoren können eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Restoring the backup {name}…
Reservations closes when it is done.</source>
        <translation>Die Sicherung {name} wird wiederhergestellt…
Reservations wird danach geschlossen.</translation>
    </message>
    <message>
        <source>The backup {name} is now the clinic&apos;s database.{kept}

Reservations will now close. Start it again and sign in.</source>
        <translation>Die Sicherung {name} ist jetzt die Datenbank der Praxis.{kept}

Reservations wird jetzt beendet. Starten Sie es erneut und melden Sie sich an.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Sicherung gespeichert</translation>
    </message>
    <message>
        <source>The database was backed up to {path}.</source>
        <translation>Die Datenbank wurde in {path} gesichert.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the database?</source>
        <translation>Datenbank ersetzen?</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Wiederherstellung abgelehnt</translation>
    </message>
    <message>
        <source> The database it replaced is kept at {kept}.</source>
        <translation> Die ersetzte Datenbank wird in {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s database with the backup {name}?

Everything entered since that backup was made will no longer be in the database. The backup is checked before anything is replaced, and the database in use now is kept aside in {folder}.

Other workstations must close Reservations first. Reservations closes after the restore.</source>
        <translation>Die Datenbank der Praxis durch die Sicherung {name} ersetzen?

Alles, was seit dieser Sicherung eingegeben wurde, ist danach nicht mehr in der Datenbank. Die Sicherung wird geprüft, bevor etwas ersetzt wird, und die jetzige Datenbank wird in {folder} aufbewahrt.

Andere Arbeitsplätze müssen Reservations vorher schließen. Reservations wird nach der Wiederherstellung beendet.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>AppointmentBook</name>
    <message>
        <source>Nothing can be booked for {client} at {when} with {provider}: {why}.</source>
        <translation>Für {client} kann am {when} bei {provider} nichts gebucht werden: {why}.</translation>
    </message>
    <message>
        <source>Booked {client} at {when} with {provider}.</source>
        <translation>Gebucht: {client}, {when} bei {provider}.</translation>
    </message>
    <message>
        <source>Held {when} with {provider} for {client}. Confirm it with Ctrl+Enter.</source>
        <translation>{when} bei {provider} für {client} vorgemerkt. Mit Strg+Eingabe bestätigen.</translation>
    </message>
    <message>
        <source>Move {client} from {before} with {old} to {after} with {new}?</source>
        <translation>{client} von {before} bei {old} auf {after} bei {new} verschieben?</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>Termin verschieben</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Bei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>wartet seit %1 Min.</translation>
    </message>
    <message>
        <source>late %1 min</source>
        <translation>%1 Min. verspätet</translation>
    </message>
    <message>
        <source>due in %1 min</source>
        <translation>fällig in %1 Min.</translation>
    </message>
</context>
<context>
    <name>ArrivalsPanel</name>
    <message>
        <source>&lt;b&gt;Arrivals today&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ankünfte heute&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Arrivals today</source>
        <translation>Ankünfte heute</translation>
    </message>
    <message>
        <source>Nobody is due in the next hour.</source>
        <translation>In der nächsten Stunde wird niemand erwartet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Arrivals today&lt;/b&gt; · %1 waiting · %2 late · %3 due</source>
        <translation>&lt;b&gt;Ankünfte heute&lt;/b&gt; · %1 wartend · %2 verspätet · %3 fällig</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>When: {local} {zone} ({utc} UTC)</source>
        <translation>Wann: {local} {zone} ({utc} UTC)</translation>
    </message>
    <message>
        <source>Who: {actor} at {workstation}</source>
        <translation>Wer: {actor} an {workstation}</translation>
    </message>
    <message>
        <source>Changed: {keys}</source>
        <translation>Geändert: {keys}</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Any client: type a name, email or phone</source>
        <translation>Alle Patienten: Name, E-Mail oder Telefon eingeben</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>No single client matches &apos;{text}&apos;: pick one from the suggestions.</source>
        <translation>Kein einzelner Patient passt zu „{text}“: Wählen Sie einen aus den Vorschlägen.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Only administrators can read the audit trail.</source>
        <translation>Nur Administratoren können das Prüfprotokoll lesen.</translation>
    </message>
    <message>
        <source>Select a row to see what changed.</source>
        <translation>Wählen Sie eine Zeile, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Show &amp;raw values</source>
        <translation>&amp;Rohwerte anzeigen</translation>
    </message>
    <message>
        <source>The row as stored: action, record, ids and the values before and after</source>
        <translation>Die Zeile wie gespeichert: Aktion, Datensatz, IDs und die Werte vorher und nachher</translation>
    </message>
    <message>
        <source>Hide &amp;raw values</source>
        <translation>&amp;Rohwerte ausblenden</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (für mehr blättern)</translation>
    </message>
    <message>
        <source>{count} entries{more}</source>
        <translation>{count} Einträge{more}</translation>
    </message>
    <message>
        <source>{what}
{when}, by {who} at {workstation}</source>
        <translation>{what}
{when}, von {who} an {workstation}</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>a client</source>
        <translation>ein Patient</translation>
    </message>
    <message>
        <source>a provider</source>
        <translation>ein Behandler</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>eine unbekannte Zeit</translation>
    </message>
    <message>
        <source>Held {when} with {provider} for {client}</source>
        <translation>{when} bei {provider} für {client} vorgemerkt</translation>
    </message>
    <message>
        <source>Confirmed {client}&apos;s visit, {when} with {provider}</source>
        <translation>Termin von {client} bestätigt, {when} bei {provider}</translation>
    </message>
    <message>
        <source>Cancelled {client}&apos;s visit, {when} with {provider}</source>
        <translation>Termin von {client} abgesagt, {when} bei {provider}</translation>
    </message>
    <message>
        <source> (reason: {reason})</source>
        <translation> (Grund: {reason})</translation>
    </message>
    <message>
        <source>The hold for {client}, {when} with {provider}, ran out</source>
        <translation>Die Vormerkung für {client}, {when} bei {provider}, ist abgelaufen</translation>
    </message>
    <message>
        <source>Moved {client}&apos;s visit with {provider} from {before} to {when}</source>
        <translation>Termin von {client} bei {provider} von {before} auf {when} verschoben</translation>
    </message>
    <message>
        <source>Checked in {client} for {when} with {provider}</source>
        <translation>Ankunft von {client} für {when} bei {provider} erfasst</translation>
    </message>
    <message>
        <source>Completed {client}&apos;s visit, {when} with {provider}</source>
        <translation>Termin von {client} abgeschlossen, {when} bei {provider}</translation>
    </message>
    <message>
        <source>Marked {client} a no-show, {when} with {provider}</source>
        <translation>{client} als nicht erschienen markiert, {when} bei {provider}</translation>
    </message>
    <message>
        <source>Undid the check-in or no-show of {client}, {when} with {provider}</source>
        <translation>Ankunft oder Nichterscheinen von {client} zurückgenommen, {when} bei {provider}</translation>
    </message>
    <message>
        <source>Noted the reminder call to {client} about {when} with {provider}</source>
        <translation>Erinnerungsanruf bei {client} zu {when} bei {provider} notiert</translation>
    </message>
    <message>
        <source>Changed the note on {client}&apos;s visit, {when} with {provider}</source>
        <translation>Notiz zum Termin von {client} geändert, {when} bei {provider}</translation>
    </message>
    <message>
        <source>{field} set to “{new}”</source>
        <translation>{field} auf „{new}“ gesetzt</translation>
    </message>
    <message>
        <source>{field} “{old}” removed</source>
        <translation>{field} „{old}“ entfernt</translation>
    </message>
    <message>
        <source>{field} from “{old}” to “{new}”</source>
        <translation>{field} von „{old}“ auf „{new}“</translation>
    </message>
    <message>
        <source>Added client {name}</source>
        <translation>Patient {name} hinzugefügt</translation>
    </message>
    <message>
        <source>Changed client {name}: {changes}</source>
        <translation>Patient {name} geändert: {changes}</translation>
    </message>
    <message>
        <source>Added provider {name}</source>
        <translation>Behandler {name} hinzugefügt</translation>
    </message>
    <message>
        <source>Changed provider {name}: {changes}</source>
        <translation>Behandler {name} geändert: {changes}</translation>
    </message>
    <message>
        <source>Added availability for {provider}: {day} {hours}</source>
        <translation>Verfügbarkeit für {provider} hinzugefügt: {day} {hours}</translation>
    </message>
    <message>
        <source>Removed availability of {provider}: {day} {hours}</source>
        <translation>Verfügbarkeit von {provider} entfernt: {day} {hours}</translation>
    </message>
    <message>
        <source>Changed availability of {provider} on {day}: {changes}</source>
        <translation>Verfügbarkeit von {provider} am {day} geändert: {changes}</translation>
    </message>
    <message>
        <source>Laid a weekly pattern for {provider}</source>
        <translation>Wochenmuster für {provider} angelegt</translation>
    </message>
    <message>
        <source>Added the account {account} ({role})</source>
        <translation>Konto {account} hinzugefügt ({role})</translation>
    </message>
    <message>
        <source>Made {account} {role}</source>
        <translation>{account} zur Rolle {role} gemacht</translation>
    </message>
    <message>
        <source>Deactivated the account {account}</source>
        <translation>Konto {account} deaktiviert</translation>
    </message>
    <message>
        <source>Reactivated the account {account}</source>
        <translation>Konto {account} reaktiviert</translation>
    </message>
    <message>
        <source>Set a new password for {account}</source>
        <translation>Neues Passwort für {account} gesetzt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>A sign-in failed</source>
        <translation>Eine Anmeldung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The account {account} was locked after failed sign-ins</source>
        <translation>Das Konto {account} wurde nach fehlgeschlagenen Anmeldungen gesperrt</translation>
    </message>
    <message>
        <source>A sign-in to the locked account {account} was refused</source>
        <translation>Eine Anmeldung am gesperrten Konto {account} wurde abgewiesen</translation>
    </message>
    <message>
        <source>Unlocked the screen</source>
        <translation>Bildschirm entsperrt</translation>
    </message>
    <message>
        <source>A wrong password was typed on the lock screen</source>
        <translation>Auf dem Sperrbildschirm wurde ein falsches Passwort eingegeben</translation>
    </message>
    <message>
        <source>Changed the clinic settings: {changes}</source>
        <translation>Praxiseinstellungen geändert: {changes}</translation>
    </message>
</context>
<context>
    <name>BlockRowsEditor</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Add another block</source>
        <translation>Weiteren Zeitblock &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Block %1 from</source>
        <translation>Zeitblock %1 von</translation>
    </message>
    <message>
        <source>Block %1 until</source>
        <translation>Zeitblock %1 bis</translation>
    </message>
    <message>
        <source>00:00 as the end means midnight at the end of the day.</source>
        <translation>00:00 als Ende bedeutet Mitternacht am Ende des Tages.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove block %1</source>
        <translation>Zeitblock %1 entfernen</translation>
    </message>
</context>
<context>
    <name>BookVisitDialog</name>
    <message>
        <source>Book a visit</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <source>{when} with {provider}</source>
        <translation>{when} bei {provider}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>e.g. interpreter needed</source>
        <translation>z. B. Dolmetscher nötig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Vormerken</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Terminart:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Enter holds the time; Ctrl+Enter holds and confirms it.</source>
        <translation>Eingabe merkt die Zeit vor; Strg+Eingabe merkt sie vor und bestätigt sie.</translation>
    </message>
</context>
<context>
    <name>BookVisitWords</name>
    <message>
        <source>that time is booked</source>
        <translation>diese Zeit ist gebucht</translation>
    </message>
    <message>
        <source>that time is held at another desk</source>
        <translation>diese Zeit ist an einem anderen Arbeitsplatz vorgemerkt</translation>
    </message>
    <message>
        <source>inside the booking notice</source>
        <translation>innerhalb der Vorlaufzeit</translation>
    </message>
    <message>
        <source>beyond how far ahead the clinic books</source>
        <translation>weiter im Voraus, als die Praxis bucht</translation>
    </message>
    <message>
        <source>that time has passed</source>
        <translation>diese Zeit ist vorbei</translation>
    </message>
    <message>
        <source>the client already has a visit that day</source>
        <translation>der Patient hat an diesem Tag schon einen Termin</translation>
    </message>
    <message>
        <source>runs past the available time or into another visit</source>
        <translation>reicht über die verfügbare Zeit hinaus oder in einen anderen Termin</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geb. {date}</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <source>Held</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
</context>
<context>
    <name>BookingTab</name>
    <message>
        <source>&amp;Find client</source>
        <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>Client &amp;history…</source>
        <translation>Patienten&amp;verlauf…</translation>
    </message>
    <message>
        <source>&amp;Hold slot</source>
        <translation>Zeitfenster &amp;vormerken</translation>
    </message>
    <message>
        <source>&amp;Confirm hold</source>
        <translation>Vormerkung &amp;bestätigen</translation>
    </message>
    <message>
        <source>&amp;Move reservation…</source>
        <translation>Termin ve&amp;rschieben…</translation>
    </message>
    <message>
        <source>Cance&amp;l reservation…</source>
        <translation>Termin &amp;absagen…</translation>
    </message>
    <message>
        <source>&amp;Stop moving</source>
        <translation>Verschieben be&amp;enden</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Tag und Uhrzeit</translation>
    </message>
    <message>
        <source>Appointment book or free slots</source>
        <translation>Terminbuch oder freie Zeitfenster</translation>
    </message>
    <message>
        <source>Appointment &amp;book</source>
        <translation>Termin&amp;buch</translation>
    </message>
    <message>
        <source>&amp;Free slots</source>
        <translation>&amp;Freie Zeitfenster</translation>
    </message>
    <message>
        <source>1. Client</source>
        <translation>1. Patient</translation>
    </message>
    <message>
        <source>2. Day and time</source>
        <translation>2. Tag und Uhrzeit</translation>
    </message>
    <message>
        <source>3. Hold and confirm</source>
        <translation>3. Vormerken und bestätigen</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Patient bearbeiten…</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Termine</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hold left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>{client} with {provider}, {when} ({zone}): {status}</source>
        <translation>{client} bei {provider}, {when} ({zone}): {status}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>The hold runs out soon: confirm it now.</source>
        <translation>Die Vormerkung läuft bald ab: Jetzt bestätigen.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>Held, %n min left</source>
        <translation>
            <numerusform>Vorgemerkt, noch %n Min.</numerusform>
            <numerusform>Vorgemerkt, noch %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message numerus="yes">
        <source>Held %n min</source>
        <translation>
            <numerusform>Vorgemerkt %n Min.</numerusform>
            <numerusform>Vorgemerkt %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>CalendarPublisher</name>
    <message numerus="yes">
        <source>CalDAV: %n provider(s) failed ({reason})</source>
        <translation>
            <numerusform>CalDAV: %n Behandler fehlgeschlagen ({reason})</numerusform>
            <numerusform>CalDAV: %n Behandler fehlgeschlagen ({reason})</numerusform>
        </translation>
    </message>
    <message>
        <source>CalDAV: not published ({reason})</source>
        <translation>CalDAV: nicht veröffentlicht ({reason})</translation>
    </message>
    <message>
        <source>Publishing to the providers&apos; calendars failed; it is tried again every few minutes.</source>
        <translation>Die Veröffentlichung in den Kalendern der Behandler ist fehlgeschlagen; sie wird alle paar Minuten erneut versucht.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Vorige Woche</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation>Nächs&amp;te Woche</translation>
    </message>
    <message>
        <source>&amp;Add availability…</source>
        <translation>Verfügbarkeit &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add one or more blocks on a date</source>
        <translation>Einen oder mehrere Zeitblöcke an einem Datum hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Weekly pattern…</source>
        <translation>&amp;Wochenmuster…</translation>
    </message>
    <message>
        <source>Repeat blocks on chosen weekdays over a range of dates</source>
        <translation>Zeitblöcke an gewählten Wochentagen über einen Zeitraum wiederholen</translation>
    </message>
    <message>
        <source>Time &amp;off…</source>
        <translation>&amp;Abwesenheit…</translation>
    </message>
    <message>
        <source>Take a whole day, or part of it, off</source>
        <translation>Einen ganzen Tag oder einen Teil davon frei nehmen</translation>
    </message>
    <message>
        <source>&amp;New provider…</source>
        <translation>&amp;Neuer Behandler…</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Behandler hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected provider</source>
        <translation>Gewählten Behandler ändern</translation>
    </message>
    <message>
        <source>No provider selected</source>
        <translation>Kein Behandler gewählt</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>Rückgängig oder Wiederholen nicht möglich</translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <source>not called</source>
        <translation>nicht angerufen</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>left message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>Reminder calls for {day}</source>
        <translation>Erinnerungsanrufe für {day}</translation>
    </message>
    <message>
        <source>Visits to call about</source>
        <translation>Termine zum Anrufen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Bei</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>kein Telefon</translation>
    </message>
    <message>
        <source>Call to {client}</source>
        <translation>Anruf bei {client}</translation>
    </message>
    <message>
        <source>Saved: {client}.</source>
        <translation>Gespeichert: {client}.</translation>
    </message>
</context>
<context>
    <name>CancelReservationDialog</name>
    <message>
        <source>Cancel reservation</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>Cancel {client}&apos;s reservation with {provider} on {when}?</source>
        <translation>Termin von {client} bei {provider} am {when} absagen?</translation>
    </message>
    <message>
        <source>Reason (optional), e.g. client is ill</source>
        <translation>Grund (optional), z. B. Patient ist krank</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Grund der Absage</translation>
    </message>
    <message>
        <source>Cancel &amp;reservation</source>
        <translation>Termin &amp;absagen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Role of {name}</source>
        <translation>Rolle von {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>ClientActions</name>
    <message>
        <source>Added {client}. Pick a free slot and hold it (Enter).</source>
        <translation>{client} hinzugefügt. Wählen Sie ein freies Zeitfenster und merken Sie es vor (Eingabe).</translation>
    </message>
    <message>
        <source>Choose the client to edit first (Ctrl+F).</source>
        <translation>Wählen Sie zuerst den zu bearbeitenden Patienten (Strg+F).</translation>
    </message>
    <message>
        <source>Saved {client}.</source>
        <translation>{client} gespeichert.</translation>
    </message>
    <message>
        <source>Several clients match “{typed}”. Pick the right one in the Client list (Up/Down, then Enter), then hold.</source>
        <translation>Mehrere Patienten passen zu „{typed}“. Wählen Sie den richtigen in der Patientenliste (Auf/Ab, dann Eingabe) und merken Sie dann vor.</translation>
    </message>
    <message>
        <source>Choose a client first: type a name, email or phone in the Client box (Ctrl+F).</source>
        <translation>Wählen Sie zuerst einen Patienten: Name, E-Mail oder Telefon ins Feld Patient eingeben (Strg+F).</translation>
    </message>
</context>
<context>
    <name>ClientBookingsModel</name>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ClientFinder</name>
    <message>
        <source>Name, email or phone digits</source>
        <translation>Name, E-Mail oder Telefonziffern</translation>
    </message>
    <message>
        <source>Find client</source>
        <translation>Patient suchen</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Gefundene Patienten</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Client&apos;s history</source>
        <translation>Patientenverlauf</translation>
    </message>
    <message>
        <source>The chosen client&apos;s reservations (Ctrl+H)</source>
        <translation>Termine des gewählten Patienten (Strg+H)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>{count} or more clients found</source>
        <translation>{count} oder mehr Patienten gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n Patient gefunden</numerusform>
            <numerusform>%n Patienten gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientHistoryDialog</name>
    <message>
        <source>Bookings of this client</source>
        <translation>Termine dieses Patienten</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Select a row to see what changed.</source>
        <translation>Wählen Sie eine Zeile, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Verlauf von {name}</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>Slot length</source>
        <translation>Länge eines Zeitfensters</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>How long one bookable slot is; divides an hour, or whole hours.</source>
        <translation>Wie lang ein buchbares Zeitfenster ist; teilt eine Stunde oder umfasst ganze Stunden.</translation>
    </message>
    <message>
        <source>Notice needed</source>
        <translation>Nötige Vorlaufzeit</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>How long before a visit it can still be booked.</source>
        <translation>Wie lange vor einem Termin noch gebucht werden kann.</translation>
    </message>
    <message>
        <source>Book at most</source>
        <translation>Höchstens buchen</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> Tage im Voraus</translation>
    </message>
    <message>
        <source>How far ahead the desk may book.</source>
        <translation>Wie weit im Voraus der Empfang buchen darf.</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Vormerkdauer</translation>
    </message>
    <message>
        <source>How long a hold keeps its slot before it must be confirmed.</source>
        <translation>Wie lange eine Vormerkung ihr Zeitfenster hält, bevor sie bestätigt werden muss.</translation>
    </message>
    <message>
        <source>Bookings per client per day</source>
        <translation>Termine pro Patient und Tag</translation>
    </message>
    <message>
        <source>How many live bookings one client may have on one day.</source>
        <translation>Wie viele aktive Termine ein Patient an einem Tag haben darf.</translation>
    </message>
    <message>
        <source>Free lapsed holds every</source>
        <translation>Abgelaufene Vormerkungen freigeben alle</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>How often each desk looks for holds that ran out.</source>
        <translation>Wie oft jeder Arbeitsplatz nach abgelaufenen Vormerkungen sucht.</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Bildschirm sperren nach</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> Minuten ohne Nutzung</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse before the screen locks.</source>
        <translation>Minuten ohne Tastatur oder Maus, bevor der Bildschirm gesperrt wird.</translation>
    </message>
    <message>
        <source>Clinic time zone</source>
        <translation>Zeitzone der Praxis</translation>
    </message>
    <message>
        <source>The zone the clinic&apos;s day and the lists are shown in.</source>
        <translation>Die Zeitzone, in der der Praxistag und die Listen angezeigt werden.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefonregion</translation>
    </message>
    <message>
        <source>The country assumed for phone numbers typed without +code.</source>
        <translation>Das Land, das für Telefonnummern ohne +Vorwahl angenommen wird.</translation>
    </message>
    <message>
        <source>Email reminders (1 = on)</source>
        <translation>E-Mail-Erinnerungen (1 = an)</translation>
    </message>
    <message>
        <source>Email each confirmed visit&apos;s client a reminder; 0 turns it off.</source>
        <translation>Jedem Patienten mit bestätigtem Termin eine Erinnerung mailen; 0 schaltet das ab.</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source> hours before the visit</source>
        <translation> Stunden vor dem Termin</translation>
    </message>
    <message>
        <source>How long before a confirmed visit its reminder is sent.</source>
        <translation>Wie lange vor einem bestätigten Termin die Erinnerung verschickt wird.</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Praxiseinstellungen</translation>
    </message>
    <message>
        <source>These settings apply to every workstation of the clinic.</source>
        <translation>Diese Einstellungen gelten für alle Arbeitsplätze der Praxis.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>The details were written to the log file {path}.</source>
        <translation>Die Details wurden in die Protokolldatei {path} geschrieben.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Die Details konnten nicht in eine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>Something went wrong inside Reservations: {what}</source>
        <translation>In Reservations ist ein Fehler aufgetreten: {what}</translation>
    </message>
    <message>
        <source>The app is still running, but the last action may not have finished. Check its result before you go on, and tell IT if this happens again.</source>
        <translation>Die App läuft weiter, aber die letzte Aktion ist eventuell nicht abgeschlossen. Prüfen Sie das Ergebnis, bevor Sie weitermachen, und informieren Sie die IT, wenn das wieder passiert.</translation>
    </message>
    <message>
        <source>Reservations: unexpected error</source>
        <translation>Reservations: unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Berichte…</translation>
    </message>
    <message>
        <source>&amp;Import clients from CSV…</source>
        <translation>Patienten aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Export &amp;clients to CSV…</source>
        <translation>&amp;Patienten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;bookings to CSV…</source>
        <translation>&amp;Termine als CSV exportieren…</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;calendar file (ICS)…</source>
        <translation>&amp;Kalenderdatei des Behandlers (ICS)…</translation>
    </message>
    <message>
        <source>&amp;Send due reminders now</source>
        <translation>Fällige Erinnerungen jetzt &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Publish calendars (CalDAV) now</source>
        <translation>Kalender jetzt &amp;veröffentlichen (CalDAV)</translation>
    </message>
    <message>
        <source>Email reminder &amp;settings…</source>
        <translation>E-Mail-Erinnerungen &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Dat&amp;en</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Patienten exportieren</translation>
    </message>
    <message>
        <source>{n} clients written to {path}.</source>
        <translation>{n} Patienten in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Export bookings of the last and next 90 days</source>
        <translation>Termine der letzten und nächsten 90 Tage exportieren</translation>
    </message>
    <message>
        <source>{n} bookings written to {path}.</source>
        <translation>{n} Termine in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Behandler:</translation>
    </message>
    <message>
        <source>{n} visits written to {path}.</source>
        <translation>{n} Besuche in {path} geschrieben.</translation>
    </message>
    <message>
        <source>No provider has a CalDAV calendar set up (reservations-app caldav configure).</source>
        <translation>Für keinen Behandler ist ein CalDAV-Kalender eingerichtet (reservations-app caldav configure).</translation>
    </message>
    <message>
        <source>{n} calendar(s) up to date: {saved} saved, {deleted} deleted.</source>
        <translation>Aktuelle Kalender: {n}; {saved} gespeichert, {deleted} gelöscht.</translation>
    </message>
    <message>
        <source>{due} due, {sent} sent{failed}</source>
        <translation>{due} fällig, {sent} gesendet{failed}</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/reservations or a file path</source>
        <translation>postgresql://benutzer@server:5432/reservations oder ein Dateipfad</translation>
    </message>
    <message>
        <source>PostgreSQL only</source>
        <translation>Nur PostgreSQL</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test the connection before saving.</source>
        <translation>Testen Sie die Verbindung vor dem Speichern.</translation>
    </message>
    <message>
        <source>Database address:</source>
        <translation>Datenbankadresse:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The app uses the new database from its next start.</source>
        <translation>Die App verwendet die neue Datenbank ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Changed: test the connection again.</source>
        <translation>Geändert: Testen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>Verbunden. %1</translation>
    </message>
    <message>
        <source>Cannot use this database: %1</source>
        <translation>Diese Datenbank kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>The address is saved in %1.</source>
        <translation>Die Adresse ist in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The password is saved in %1.</source>
        <translation>Das Passwort ist in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>Waiting for the database…</source>
        <translation>Warten auf die Datenbank…</translation>
    </message>
    <message>
        <source>Cannot reach the database server; retrying. {reason}</source>
        <translation>Der Datenbankserver ist nicht erreichbar; neuer Versuch läuft. {reason}</translation>
    </message>
    <message>
        <source>The database file is locked by another program; retrying. You can sign in once it is free.</source>
        <translation>Die Datenbankdatei ist von einem anderen Programm gesperrt; neuer Versuch läuft. Sie können sich anmelden, sobald sie frei ist.</translation>
    </message>
</context>
<context>
    <name>DayBookPanel</name>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>Behan&amp;dler</translation>
    </message>
    <message>
        <source>Which providers to show</source>
        <translation>Welche Behandler angezeigt werden</translation>
    </message>
    <message>
        <source>Why there is no bookable time</source>
        <translation>Warum keine Zeit buchbar ist</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Nobody has availability on this day. Add it on the Calendar tab, or go to another day (Alt+Right).</source>
        <translation>An diesem Tag hat niemand Verfügbarkeit. Fügen Sie sie auf der Registerkarte Kalender hinzu oder wechseln Sie den Tag (Alt+Rechts).</translation>
    </message>
    <message>
        <source>Everyone working that day</source>
        <translation>Alle, die an diesem Tag arbeiten</translation>
    </message>
</context>
<context>
    <name>DayPaint</name>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>held, %n min left</source>
        <translation>
            <numerusform>vorgemerkt, noch %n Min.</numerusform>
            <numerusform>vorgemerkt, noch %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>held</source>
        <translation>vorgemerkt</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>eingetroffen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>their time %1</source>
        <translation>dortige Zeit %1</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Appointment book</source>
        <translation>Terminbuch</translation>
    </message>
    <message>
        <source>One column per provider. Arrows move between times and providers, Enter books the free time or opens the booking, the menu key shows what can be done.</source>
        <translation>Eine Spalte pro Behandler. Die Pfeiltasten wechseln zwischen Zeiten und Behandlern, Eingabe bucht die freie Zeit oder öffnet den Termin, die Menütaste zeigt, was möglich ist.</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>A new clinic</source>
        <translation>Eine neue Praxis</translation>
    </message>
    <message>
        <source>This database has no providers and no clients yet.</source>
        <translation>Diese Datenbank hat noch keine Behandler und keine Patienten.</translation>
    </message>
    <message>
        <source>Create a demo clinic with five providers, six weeks of availability, 80 clients and some bookings, to look around and practise? Or start empty and add your own.</source>
        <translation>Eine Demo-Praxis mit fünf Behandlern, sechs Wochen Verfügbarkeit, 80 Patienten und einigen Terminen anlegen, um sich umzusehen und zu üben? Oder leer beginnen und eigene Daten eingeben.</translation>
    </message>
    <message>
        <source>Create a &amp;demo clinic</source>
        <translation>&amp;Demo-Praxis anlegen</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Demo-Praxis</translation>
    </message>
    <message>
        <source>Creating the demo clinic…</source>
        <translation>Demo-Praxis wird angelegt…</translation>
    </message>
    <message>
        <source>The demo clinic could not be created: {reason}</source>
        <translation>Die Demo-Praxis konnte nicht angelegt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <source>Adding providers</source>
        <translation>Behandler werden angelegt</translation>
    </message>
    <message>
        <source>Laying out availability</source>
        <translation>Verfügbarkeit wird angelegt</translation>
    </message>
    <message>
        <source>Adding clients</source>
        <translation>Patienten werden angelegt</translation>
    </message>
    <message>
        <source>Adding visit types</source>
        <translation>Terminarten werden angelegt</translation>
    </message>
    <message>
        <source>Booking appointments</source>
        <translation>Termine werden gebucht</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>EditBlockDialog</name>
    <message>
        <source>Change block for %1</source>
        <translation>Zeitblock von %1 ändern</translation>
    </message>
    <message>
        <source>New times on %1:</source>
        <translation>Neue Zeiten am %1:</translation>
    </message>
</context>
<context>
    <name>EditClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Patient bearbeiten</translation>
    </message>
    <message>
        <source>Client&apos;s name</source>
        <translation>Name des Patienten</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Geburtsdatum bekannt</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Join a household…</source>
        <translation>Einem &amp;Haushalt beitreten…</translation>
    </message>
    <message>
        <source>&amp;Leave household</source>
        <translation>Haushalt &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Haushalt:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Shares contact details with client {id}&apos;s household</source>
        <translation>Teilt die Kontaktdaten mit dem Haushalt von Patient {id}</translation>
    </message>
    <message>
        <source>Not in a household</source>
        <translation>In keinem Haushalt</translation>
    </message>
    <message>
        <source>Join a household</source>
        <translation>Einem Haushalt beitreten</translation>
    </message>
    <message>
        <source>Whose household does {client} belong to?</source>
        <translation>Zu wessen Haushalt gehört {client}?</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet; the first row names the columns.</source>
        <translation>Eine aus einer Tabellenkalkulation gespeicherte CSV-Datei; die erste Zeile benennt die Spalten.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Client list</source>
        <translation>Patientenliste</translation>
    </message>
    <message>
        <source>Cannot read the file: {reason}</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. Create the first one: an administrator, who can later add accounts for the front desk and the providers. The password needs at least {n} characters.</source>
        <translation>Diese Datenbank hat noch keine Mitarbeiterkonten. Legen Sie das erste an: einen Administrator, der später Konten für den Empfang und die Behandler anlegen kann. Das Passwort braucht mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Administrator &amp;anlegen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>HoldPanel</name>
    <message>
        <source>Chosen client</source>
        <translation>Gewählter Patient</translation>
    </message>
    <message>
        <source>Chosen slot</source>
        <translation>Gewähltes Zeitfenster</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>Current reservation</source>
        <translation>Aktueller Termin</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Reservation status</source>
        <translation>Terminstatus</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>None chosen: find one on the left (Ctrl+F).</source>
        <translation>Keiner gewählt: links suchen (Strg+F).</translation>
    </message>
    <message>
        <source>None chosen: pick a free slot.</source>
        <translation>Keines gewählt: Wählen Sie ein freies Zeitfenster.</translation>
    </message>
    <message>
        <source>{provider}&lt;br&gt;{when} ({zone})</source>
        <translation>{provider}&lt;br&gt;{when} ({zone})</translation>
    </message>
    <message>
        <source>None yet. Hold a slot, or pick a reservation from the list below.</source>
        <translation>Noch keiner. Merken Sie ein Zeitfenster vor oder wählen Sie einen Termin aus der Liste unten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{client}&lt;/b&gt; with {provider}&lt;br&gt;{day}, {time}</source>
        <translation>&lt;b&gt;{client}&lt;/b&gt; bei {provider}&lt;br&gt;{day}, {time}</translation>
    </message>
    <message>
        <source>Held: {left} left</source>
        <translation>Vorgemerkt: noch {left}</translation>
    </message>
    <message>
        <source>Confirm it (Ctrl+Enter) before the time runs out.</source>
        <translation>Bestätigen Sie (Strg+Eingabe), bevor die Zeit abläuft.</translation>
    </message>
    <message>
        <source>The hold ran out and the slot was freed. Hold it again if it is still free.</source>
        <translation>Die Vormerkung ist abgelaufen und das Zeitfenster wurde freigegeben. Merken Sie es erneut vor, falls es noch frei ist.</translation>
    </message>
    <message>
        <source>Booked. Move or cancel it here if plans change.</source>
        <translation>Gebucht. Hier verschieben oder absagen, falls sich etwas ändert.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>Hold about to expire</source>
        <translation>Vormerkung läuft gleich ab</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>Patienten importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language applies the next time the app starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Colour key</source>
        <translation>Farblegende</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Held (min left)</source>
        <translation>Vorgemerkt (Min. übrig)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Reservations is locked</source>
        <translation>Reservations ist gesperrt</translation>
    </message>
    <message>
        <source>The screen was locked.</source>
        <translation>Der Bildschirm wurde gesperrt.</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use.</source>
        <translation>Der Bildschirm wurde nach einer Weile ohne Nutzung gesperrt.</translation>
    </message>
    <message>
        <source>{why} Enter the password of {user} to continue where you left off, or sign in as someone else with Switch user.</source>
        <translation>{why} Geben Sie das Passwort von {user} ein, um dort weiterzumachen, wo Sie aufgehört haben, oder melden Sie sich mit „Benutzer wechseln“ als jemand anderes an.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Falsches Passwort. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Reservations.</source>
        <translation>Bei Reservations anmelden.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Datenbank: {where}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Email reminders</source>
        <translation>E-Mail-Erinnerungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Platzhalter: {names}</translation>
    </message>
    <message>
        <source>Subject: {subject}

{body}</source>
        <translation>Betreff: {subject}

{body}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main tabs</source>
        <translation>Hauptregisterkarten</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Find a client and book a slot (Ctrl+1)</source>
        <translation>Patient suchen und Zeitfenster buchen (Strg+1)</translation>
    </message>
    <message>
        <source>Providers&apos; availability (Ctrl+2)</source>
        <translation>Verfügbarkeit der Behandler (Strg+2)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Booking tab</source>
        <translation>Registerkarte &amp;Termine</translation>
    </message>
    <message>
        <source>&amp;Calendar tab</source>
        <translation>Registerkarte &amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Database connection…</source>
        <translation>Datenbank&amp;verbindung…</translation>
    </message>
    <message>
        <source>&amp;About Reservations</source>
        <translation>&amp;Über Reservations</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>Bildschirm &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Sprache…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Booking</source>
        <translation>&amp;Termine</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>Dienst&amp;plan</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ver&amp;waltung</translation>
    </message>
    <message>
        <source>&amp;Visit types…</source>
        <translation>Termin&amp;arten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Signed in as {user} ({role})</source>
        <translation>Angemeldet als {user} ({role})</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Datenbank: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) expired</source>
        <translation>
            <numerusform>%n Vormerkung abgelaufen</numerusform>
            <numerusform>%n Vormerkungen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>{what} ({menu} menu)</source>
        <translation>{what} (Menü {menu})</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>The new connection is saved and is used the next time Reservations starts.</source>
        <translation>Die neue Verbindung ist gespeichert und wird beim nächsten Start von Reservations verwendet.</translation>
    </message>
    <message>
        <source>The connection to the database was lost ({reason}). Reconnecting… Changes made now may fail; try them again once this message is gone.</source>
        <translation>Die Verbindung zur Datenbank ist unterbrochen ({reason}). Verbindung wird wiederhergestellt… Änderungen können jetzt fehlschlagen; wiederholen Sie sie, sobald diese Meldung verschwunden ist.</translation>
    </message>
    <message>
        <source>Reconnected to the database</source>
        <translation>Wieder mit der Datenbank verbunden</translation>
    </message>
    <message>
        <source>Reservations — {user}</source>
        <translation>Reservations — {user}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation>Was in welcher Spalte steht</translation>
    </message>
    <message>
        <source>Read as {encoding}, columns separated by &apos;{delimiter}&apos;. The first rows of the file:</source>
        <translation>Gelesen als {encoding}, Spalten getrennt durch „{delimiter}“. Die ersten Zeilen der Datei:</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Bold days have availability; underlined days have bookings.</source>
        <translation>Fett gedruckte Tage haben Verfügbarkeit; unterstrichene Tage haben Termine.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Client&apos;s name</source>
        <translation>Name des Patienten</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.org (optional)</source>
        <translation>name@beispiel.de (optional)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>+1 555 010 2030 (optional)</source>
        <translation>+49 151 0000000 (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Use the selected client</source>
        <translation>Gewählten Patienten &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the selected existing client</source>
        <translation>Den gewählten vorhandenen Patienten verwenden</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate: %n client(s) on file with the same name, email or phone. If it is them, use the one below; if not, press Save anyway.</source>
        <translation>
            <numerusform>Mögliches Duplikat: %n Patient mit demselben Namen, derselben E-Mail oder Telefonnummer ist schon erfasst. Wenn es diese Person ist, verwenden Sie den Eintrag unten; sonst klicken Sie auf „Trotzdem speichern“.</numerusform>
            <numerusform>Mögliches Duplikat: %n Patienten mit demselben Namen, derselben E-Mail oder Telefonnummer sind schon erfasst. Wenn es einer davon ist, verwenden Sie den Eintrag unten; sonst klicken Sie auf „Trotzdem speichern“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>The database did not answer, so this was not saved. Nothing you typed is lost: try again once the message about the database is gone.</source>
        <translation>Die Datenbank hat nicht geantwortet, daher wurde nichts gespeichert. Ihre Eingaben gehen nicht verloren: Versuchen Sie es erneut, sobald die Meldung zur Datenbank verschwunden ist.</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Warten auf die Datenbank…</translation>
    </message>
    <message>
        <source>Cannot reach the database server; retrying. What is on screen stays; changes are off until it answers.</source>
        <translation>Der Datenbankserver ist nicht erreichbar; neuer Versuch läuft. Die Anzeige bleibt erhalten; Änderungen sind gesperrt, bis er antwortet.</translation>
    </message>
    <message>
        <source>The database file is locked by another program; retrying. What is on screen stays; changes are off until it is free.</source>
        <translation>Die Datenbankdatei ist von einem anderen Programm gesperrt; neuer Versuch läuft. Die Anzeige bleibt erhalten; Änderungen sind gesperrt, bis sie frei ist.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Bitte erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>will be added</source>
        <translation>wird hinzugefügt</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>{added} will be added, {duplicates} duplicate(s) and {invalid} invalid row(s) will be left out.</source>
        <translation>Hinzugefügt werden: {added}. Ausgelassen werden: {duplicates} Duplikate und {invalid} ungültige Zeilen.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Day sheet…</source>
        <translation>&amp;Tagesblatt…</translation>
    </message>
    <message>
        <source>Day sheet of this &amp;provider…</source>
        <translation>Tagesblatt dieses &amp;Behandlers…</translation>
    </message>
    <message>
        <source>&amp;Call list for the next clinic day…</source>
        <translation>&amp;Anrufliste für den nächsten Praxistag…</translation>
    </message>
    <message>
        <source>&amp;Reminder calls…</source>
        <translation>Erinner&amp;ungsanrufe…</translation>
    </message>
    <message>
        <source>&amp;Appointment card for the client…</source>
        <translation>Termin&amp;karte für den Patienten…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>Put the cursor on a provider&apos;s column in the appointment book first.</source>
        <translation>Setzen Sie den Cursor zuerst in die Spalte eines Behandlers im Terminbuch.</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Tagesblatt</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>Choose the client first (Ctrl+F).</source>
        <translation>Wählen Sie zuerst den Patienten (Strg+F).</translation>
    </message>
    <message>
        <source>Appointment card</source>
        <translation>Terminkarte</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF: {error}</source>
        <translation>Das PDF konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>left message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>held</source>
        <translation>vorgemerkt</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>eingetroffen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Behandler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>{who} · {visits} · times in {zone}</source>
        <translation>{who} · {visits} · Zeiten in {zone}</translation>
    </message>
    <message>
        <source>Day sheet: {date}</source>
        <translation>Tagesblatt: {date}</translation>
    </message>
    <message>
        <source>Nothing is booked on this day.</source>
        <translation>An diesem Tag ist nichts gebucht.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>kein Telefon</translation>
    </message>
    <message>
        <source>Call list: {date}</source>
        <translation>Anrufliste: {date}</translation>
    </message>
    <message>
        <source>{visits} to remind</source>
        <translation>{visits} zu erinnern</translation>
    </message>
    <message>
        <source>No visits to remind on the next clinic day.</source>
        <translation>Am nächsten Praxistag gibt es keine Termine zum Erinnern.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Bei</translation>
    </message>
    <message>
        <source>Your next appointments: {client}</source>
        <translation>Ihre nächsten Termine: {client}</translation>
    </message>
    <message numerus="yes">
        <source>Please tell us at least %n hour(s) ahead if you cannot come.</source>
        <translation>
            <numerusform>Bitte sagen Sie mindestens %n Stunde vorher ab, wenn Sie nicht kommen können.</numerusform>
            <numerusform>Bitte sagen Sie mindestens %n Stunden vorher ab, wenn Sie nicht kommen können.</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments are booked.</source>
        <translation>Es sind keine Termine gebucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Encrypt this backup with a passphrase? Without the passphrase nobody can read it, and nobody can restore it either: keep it safe.</source>
        <translation>Diese Sicherung mit einer Passphrase verschlüsseln? Ohne die Passphrase kann niemand sie lesen und auch niemand sie wiederherstellen: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>This looks like removable media, which is easily lost. </source>
        <translation>Dies scheint ein Wechseldatenträger zu sein, der leicht verloren geht. </translation>
    </message>
    <message>
        <source>Encrypt the backup?</source>
        <translation>Sicherung verschlüsseln?</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Passphrase (at least 10 characters):</source>
        <translation>Passphrase (mindestens 10 Zeichen):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was saved.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Verschlüsselte Sicherung</translation>
    </message>
    <message>
        <source>This backup is encrypted. Its passphrase:</source>
        <translation>Diese Sicherung ist verschlüsselt. Ihre Passphrase:</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>New provider</source>
        <translation>Neuer Behandler</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Behandler bearbeiten</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>e.g. Dr. Ann Lee</source>
        <translation>z. B. Dr. Anna Lehmann</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Type part of a name, e.g. Berlin or New_York.</source>
        <translation>Geben Sie einen Teil eines Namens ein, z. B. Berlin oder New_York.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Provider colour</source>
        <translation>Farbe des Behandlers</translation>
    </message>
</context>
<context>
    <name>ProviderModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>ProviderPanel</name>
    <message>
        <source>Search providers</source>
        <translation>Behandler suchen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Behandler</translation>
    </message>
</context>
<context>
    <name>RecurringActions</name>
    <message>
        <source>Recurring &amp;visit…</source>
        <translation>&amp;Serientermin…</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>&amp;Waitlist</source>
        <translation>&amp;Warteliste</translation>
    </message>
</context>
<context>
    <name>RemindersStatus</name>
    <message>
        <source>Reminders: {reason}</source>
        <translation>Erinnerungen: {reason}</translation>
    </message>
    <message>
        <source>Email reminders of the visits in the next {hours} hours</source>
        <translation>E-Mail-Erinnerungen für die Termine der nächsten {hours} Stunden</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Booked h</source>
        <translation>Gebuchte Std.</translation>
    </message>
    <message>
        <source>Available h</source>
        <translation>Verfügbare Std.</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Quote Nichterscheinen</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Späte Absagen</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Behandler</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Save charts as &amp;PNG…</source>
        <translation>Diagramme als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save &amp;report as PDF…</source>
        <translation>&amp;Bericht als PDF speichern…</translation>
    </message>
    <message>
        <source>Utilisation per provider</source>
        <translation>Auslastung je Behandler</translation>
    </message>
    <message>
        <source>No-show rate over time</source>
        <translation>Nichterscheinen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Zahlen des Berichts</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Reservations report</source>
        <translation>Terminbericht</translation>
    </message>
    <message>
        <source>{first} to {last}, {provider}, {period}</source>
        <translation>{first} bis {last}, {provider}, {period}</translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation>Diagramme speichern</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ReservationWrites</name>
    <message>
        <source>Pick a free slot first.</source>
        <translation>Wählen Sie zuerst ein freies Zeitfenster.</translation>
    </message>
    <message>
        <source>Held {when} with {provider} for {client}. Confirm it with Ctrl+Enter.</source>
        <translation>{when} bei {provider} für {client} vorgemerkt. Mit Strg+Eingabe bestätigen.</translation>
    </message>
    <message>
        <source>Nothing to confirm: hold a slot first.</source>
        <translation>Nichts zu bestätigen: Merken Sie zuerst ein Zeitfenster vor.</translation>
    </message>
    <message>
        <source>Confirmed: {client} with {provider}, {when}.</source>
        <translation>Bestätigt: {client} bei {provider}, {when}.</translation>
    </message>
    <message>
        <source>Pick the reservation to cancel in the list below first.</source>
        <translation>Wählen Sie zuerst den abzusagenden Termin in der Liste unten.</translation>
    </message>
    <message>
        <source>Cancelled: {client} with {provider}, {when}.</source>
        <translation>Abgesagt: {client} bei {provider}, {when}.</translation>
    </message>
    <message>
        <source>Pick a held or confirmed reservation to move first.</source>
        <translation>Wählen Sie zuerst einen vorgemerkten oder bestätigten Termin zum Verschieben.</translation>
    </message>
    <message>
        <source>Move &amp;here</source>
        <translation>&amp;Hierher verschieben</translation>
    </message>
    <message>
        <source>Moving {client}&apos;s reservation ({when} with {provider}). Pick the new day and time, then press Enter. Esc stops moving.</source>
        <translation>Termin von {client} wird verschoben ({when} bei {provider}). Wählen Sie den neuen Tag und die Uhrzeit und drücken Sie Eingabe. Esc beendet das Verschieben.</translation>
    </message>
    <message>
        <source>&amp;Hold slot</source>
        <translation>Zeitfenster &amp;vormerken</translation>
    </message>
    <message>
        <source>Moved {client}&apos;s reservation to {when} with {provider}.</source>
        <translation>Termin von {client} auf {when} bei {provider} verschoben.</translation>
    </message>
    <message>
        <source>Moved {client}&apos;s reservation to {when}.</source>
        <translation>Termin von {client} auf {when} verschoben.</translation>
    </message>
    <message>
        <source>The hold for {client} ({when} with {provider}) ran out and the slot was freed. Hold it again if it is still free.</source>
        <translation>Die Vormerkung für {client} ({when} bei {provider}) ist abgelaufen und das Zeitfenster wurde freigegeben. Merken Sie es erneut vor, falls es noch frei ist.</translation>
    </message>
</context>
<context>
    <name>ReservationsPanel</name>
    <message>
        <source>Which reservations</source>
        <translation>Welche Termine</translation>
    </message>
    <message>
        <source>On the chosen day</source>
        <translation>Am gewählten Tag</translation>
    </message>
    <message>
        <source>Upcoming (8 weeks)</source>
        <translation>Kommende (8 Wochen)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Held or confirmed</source>
        <translation>Vorgemerkt oder bestätigt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Search client or provider</source>
        <translation>Patient oder Behandler suchen</translation>
    </message>
    <message>
        <source>Search reservations</source>
        <translation>Termine durchsuchen</translation>
    </message>
    <message>
        <source>Only the chosen c&amp;lient</source>
        <translation>Nur ge&amp;wählter Patient</translation>
    </message>
    <message>
        <source>Only the chosen client</source>
        <translation>Nur gewählter Patient</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>&amp;Reservations:</source>
        <translation>&amp;Termine:</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation>Neues Passwort für {name}</translation>
    </message>
    <message>
        <source>The new password also lifts a lockout.</source>
        <translation>Das neue Passwort hebt auch eine Sperre auf.</translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message>
        <source>&amp;Change times…</source>
        <translation>Zeiten &amp;ändern…</translation>
    </message>
    <message>
        <source>&amp;Delete block</source>
        <translation>Zeitblock &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Add availability on %1…</source>
        <translation>Verfügbarkeit am %1 &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Time off on %1…</source>
        <translation>A&amp;bwesenheit am %1…</translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>Bookings cancelled: %1.</source>
        <translation>Abgesagte Termine: %1.</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>There is nothing to %1.</source>
        <translation>Es gibt nichts zum %1.</translation>
    </message>
    <message>
        <source>Bookings given back: %1.</source>
        <translation>Zurückgegebene Termine: %1.</translation>
    </message>
    <message>
        <source>Booking %1 could not be given back: %2.</source>
        <translation>Termin %1 konnte nicht zurückgegeben werden: %2.</translation>
    </message>
    <message>
        <source>Time off noted on %1: there was no availability then, and weekly patterns will leave it out.</source>
        <translation>Abwesenheit am %1 vermerkt: Es gab dann keine Verfügbarkeit, und Wochenmuster lassen den Tag aus.</translation>
    </message>
    <message>
        <source>Add availability on %1</source>
        <translation>Verfügbarkeit am %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete block %1 on %2</source>
        <translation>Zeitblock %1 am %2 löschen</translation>
    </message>
    <message>
        <source>Change block %1 to %2 on %3</source>
        <translation>Zeitblock %1 am %3 auf %2 ändern</translation>
    </message>
    <message>
        <source>Weekly pattern %1 to %2</source>
        <translation>Wochenmuster %1 bis %2</translation>
    </message>
    <message>
        <source>Blocks created: %1; already there and skipped: %2.</source>
        <translation>Erstellte Zeitblöcke: %1; bereits vorhanden und übersprungen: %2.</translation>
    </message>
    <message>
        <source>Time off on %1</source>
        <translation>Abwesenheit am %1</translation>
    </message>
    <message>
        <source>Time off %2 on %1</source>
        <translation>Abwesenheit %2 am %1</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>Nothing was changed: bookings fall in this time. Move or cancel them first.</source>
        <translation>Nichts wurde geändert: In diese Zeit fallen Termine. Verschieben oder sagen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>There was no availability in that time; nothing was changed.</source>
        <translation>In dieser Zeit gab es keine Verfügbarkeit; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation>„%2“: %1 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Nothing was changed, and this step was taken off the undo history.</source>
        <translation>Nichts wurde geändert, und dieser Schritt wurde aus dem Rückgängig-Verlauf entfernt.</translation>
    </message>
    <message>
        <source>Nothing was changed. The undo history was cleared, as it no longer matches the schedule.</source>
        <translation>Es wurde nichts geändert. Der Rückgängig-Verlauf wurde gelöscht, da er nicht mehr zum Zeitplan passt.</translation>
    </message>
    <message>
        <source>Bookings that fall in this time: %1</source>
        <translation>Termine in dieser Zeit: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Cancel them too?</source>
        <translation>Auch diese absagen?</translation>
    </message>
    <message>
        <source>Bookings in the way</source>
        <translation>Termine im Weg</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Recurring visit</source>
        <translation>Serientermin</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>months (same weekday)</source>
        <translation>Monate (gleicher Wochentag)</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Termine:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Book the visits that fit, skip the others</source>
        <translation>Passende Termine buchen, die anderen überspringen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Book series</source>
        <translation>Serie &amp;buchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Behandler:</translation>
    </message>
    <message>
        <source>Visit type:</source>
        <translation>Terminart:</translation>
    </message>
    <message>
        <source>First visit:</source>
        <translation>Erster Termin:</translation>
    </message>
    <message>
        <source>Repeat every:</source>
        <translation>Wiederholen alle:</translation>
    </message>
    <message>
        <source>On (none: the first visit&apos;s day):</source>
        <translation>An (keiner: Tag des ersten Termins):</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message>
        <source>Date of the first visit</source>
        <translation>Datum des ersten Termins</translation>
    </message>
    <message>
        <source>Time of the visits</source>
        <translation>Uhrzeit der Termine</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Preview of the visits</source>
        <translation>Vorschau der Termine</translation>
    </message>
    <message>
        <source>Choose a client, a provider and a visit type.</source>
        <translation>Wählen Sie einen Patienten, einen Behandler und eine Terminart.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of them cannot be booked as asked</source>
        <translation>, davon können %1 nicht wie gewünscht gebucht werden</translation>
    </message>
    <message>
        <source>, all fit</source>
        <translation>, alle passen</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked to book</source>
        <translation>
            <numerusform>%n zum Buchen angehakt</numerusform>
            <numerusform>%n zum Buchen angehakt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesPreviewModel</name>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nearest free</source>
        <translation>Nächste freie Zeit</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Booked by another client</source>
        <translation>Von einem anderen Patienten gebucht</translation>
    </message>
    <message>
        <source>Held at another desk</source>
        <translation>An einem anderen Arbeitsplatz vorgemerkt</translation>
    </message>
    <message>
        <source>Inside the notice</source>
        <translation>Innerhalb der Vorlaufzeit</translation>
    </message>
    <message>
        <source>Beyond the booking horizon</source>
        <translation>Außerhalb des Buchungszeitraums</translation>
    </message>
    <message>
        <source>In the past</source>
        <translation>In der Vergangenheit</translation>
    </message>
    <message>
        <source>Client already booked that day</source>
        <translation>Patient hat an diesem Tag schon einen Termin</translation>
    </message>
    <message>
        <source>Does not fit before the next booking or the block end</source>
        <translation>Passt nicht vor den nächsten Termin oder das Ende des Zeitblocks</translation>
    </message>
    <message>
        <source>Provider not available then</source>
        <translation>Behandler zu dieser Zeit nicht verfügbar</translation>
    </message>
    <message>
        <source>Tick to book the nearest free start that day instead</source>
        <translation>Anhaken, um stattdessen den nächsten freien Beginn an diesem Tag zu buchen</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <source>&amp;Previous day</source>
        <translation>V&amp;orheriger Tag</translation>
    </message>
    <message>
        <source>Ne&amp;xt day</source>
        <translation>Nä&amp;chster Tag</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Next day with &amp;free slots</source>
        <translation>Nächster Tag mit &amp;freien Zeitfenstern</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Behan&amp;dler:</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Freie Zeitfenster</translation>
    </message>
    <message>
        <source>Free slots summary</source>
        <translation>Übersicht freier Zeitfenster</translation>
    </message>
    <message>
        <source>No free slots</source>
        <translation>Keine freien Zeitfenster</translation>
    </message>
    <message>
        <source>Go to the next day with free slots</source>
        <translation>Zum nächsten Tag mit freien Zeitfenstern</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Behandler</translation>
    </message>
    <message numerus="yes">
        <source>%n free slot(s) on {day}</source>
        <translation>
            <numerusform>%n freies Zeitfenster am {day}</numerusform>
            <numerusform>%n freie Zeitfenster am {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>No later day in the next four months has free slots.</source>
        <translation>In den nächsten vier Monaten hat kein Tag freie Zeitfenster.</translation>
    </message>
    <message>
        <source>The next day with free slots is {day}.</source>
        <translation>Der nächste Tag mit freien Zeitfenstern ist {day}.</translation>
    </message>
    <message>
        <source>&amp;Go to {day}</source>
        <translation>&amp;Zu {day} wechseln</translation>
    </message>
    <message>
        <source>No free slots: all of {weekday} is inside the {hours}-hour notice ({day}).</source>
        <translation>Keine freien Zeitfenster: Der ganze {weekday} liegt innerhalb der Vorlaufzeit von {hours} Stunden ({day}).</translation>
    </message>
    <message>
        <source>No free slots: the free times of {day} are already past.</source>
        <translation>Keine freien Zeitfenster: Die freien Zeiten am {day} sind schon vorbei.</translation>
    </message>
    <message>
        <source>No free slots: {day} is fully booked.</source>
        <translation>Keine freien Zeitfenster: {day} ist ausgebucht.</translation>
    </message>
    <message>
        <source>No free slots: {provider} has no availability on {day}.</source>
        <translation>Keine freien Zeitfenster: {provider} hat am {day} keine Verfügbarkeit.</translation>
    </message>
    <message>
        <source>No free slots: nobody has availability on {day}.</source>
        <translation>Keine freien Zeitfenster: Niemand hat am {day} Verfügbarkeit.</translation>
    </message>
    <message>
        <source>No free slots on {day}.</source>
        <translation>Keine freien Zeitfenster am {day}.</translation>
    </message>
</context>
<context>
    <name>SlotTableModel</name>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Clinic time</source>
        <translation>Praxiszeit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>{provider} · {zone} · {count} free</source>
        <translation>{provider} · {zone} · {count} frei</translation>
    </message>
    <message>
        <source>{provider}: {when} to {end} ({zone})</source>
        <translation>{provider}: {when} bis {end} ({zone})</translation>
    </message>
    <message>
        <source>Clinic time: {when}</source>
        <translation>Praxiszeit: {when}</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <source>Time off for %1</source>
        <translation>Abwesenheit von %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Whole day</source>
        <translation>&amp;Ganzer Tag</translation>
    </message>
    <message>
        <source>&amp;Part of the day:</source>
        <translation>&amp;Teil des Tages:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Mitarbeiterkonten</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>&amp;Arrived</source>
        <translation>E&amp;ingetroffen</translation>
    </message>
    <message>
        <source>C&amp;ompleted</source>
        <translation>Ab&amp;geschlossen</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Nicht erschienen</translation>
    </message>
    <message>
        <source>&amp;Undo status</source>
        <translation>Status &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>No&amp;te…</source>
        <translation>No&amp;tiz…</translation>
    </message>
    <message>
        <source>{client} has arrived.</source>
        <translation>{client} ist eingetroffen.</translation>
    </message>
    <message>
        <source>{client}&apos;s visit is completed.</source>
        <translation>Der Termin von {client} ist abgeschlossen.</translation>
    </message>
    <message>
        <source>{client} is marked as a no-show.</source>
        <translation>{client} ist als nicht erschienen markiert.</translation>
    </message>
    <message>
        <source>{client} is back to confirmed.</source>
        <translation>{client} ist wieder bestätigt.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note for {client}&apos;s visit:</source>
        <translation>Notiz zum Termin von {client}:</translation>
    </message>
    <message>
        <source>Note saved for {client}.</source>
        <translation>Notiz für {client} gespeichert.</translation>
    </message>
    <message>
        <source>Pick a booking in the appointment book first.</source>
        <translation>Wählen Sie zuerst einen Termin im Terminbuch.</translation>
    </message>
</context>
<context>
    <name>VisitTypesDialog</name>
    <message>
        <source>Visit types</source>
        <translation>Terminarten</translation>
    </message>
    <message>
        <source>New &amp;type</source>
        <translation>Neue &amp;Terminart</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Buffer before, minutes</source>
        <translation>Puffer vorher, Minuten</translation>
    </message>
    <message>
        <source>Buffer after, minutes</source>
        <translation>Puffer nachher, Minuten</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Offered (untick to retire it)</source>
        <translation>Angeboten (Häkchen entfernen, um sie nicht mehr anzubieten)</translation>
    </message>
    <message>
        <source>Providers who offer it; none ticked: all</source>
        <translation>Behandler, die sie anbieten; keiner angehakt: alle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Length (min):</source>
        <translation>&amp;Dauer (Min.):</translation>
    </message>
    <message>
        <source>Buffer &amp;before (min):</source>
        <translation>Puffer &amp;vorher (Min.):</translation>
    </message>
    <message>
        <source>Buffer &amp;after (min):</source>
        <translation>Puffer n&amp;achher (Min.):</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Providers (none: all):</source>
        <translation>&amp;Behandler (keiner: alle):</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (nicht mehr angeboten)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
</context>
<context>
    <name>WaitlistEntryDialog</name>
    <message>
        <source>Waitlist entry</source>
        <translation>Eintrag auf der Warteliste</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Vormittags</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Nachmittags</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Earliest time</source>
        <translation>Früheste Uhrzeit</translation>
    </message>
    <message>
        <source>Latest time</source>
        <translation>Späteste Uhrzeit</translation>
    </message>
    <message>
        <source>Urgent: offer first</source>
        <translation>Dringend: zuerst anbieten</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>Visit type:</source>
        <translation>Terminart:</translation>
    </message>
    <message>
        <source>With (none: anyone):</source>
        <translation>Bei (keiner: beliebig):</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Wochentage:</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>Tageszeit:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>WaitlistHint</name>
    <message>
        <source>Waitlisted clients for this time</source>
        <translation>Patienten auf der Warteliste für diese Zeit</translation>
    </message>
    <message>
        <source>Show &amp;waitlisted</source>
        <translation>&amp;Warteliste zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted client(s) fit %1 with %2</source>
        <translation>
            <numerusform>%n Patient auf der Warteliste passt zu %1 bei %2</numerusform>
            <numerusform>%n Patienten auf der Warteliste passen zu %1 bei %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Bei</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Urgent · %1</source>
        <translation>Dringend · %1</translation>
    </message>
    <message>
        <source>Offered %1</source>
        <translation>Angeboten: %1</translation>
    </message>
    <message>
        <source>Offered %1, held until %2</source>
        <translation>Angeboten: %1, vorgemerkt bis %2</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Jeder Tag</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>Mitternacht</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Filter by client</source>
        <translation>Nach Patient filtern</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Offer this time</source>
        <translation>Diese Zeit &amp;anbieten</translation>
    </message>
    <message>
        <source>Show the whole list</source>
        <translation>Die ganze Liste anzeigen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) on the list</source>
        <translation>
            <numerusform>%n Patient auf der Liste</numerusform>
            <numerusform>%n Patienten auf der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted client(s) fit %1 with %2</source>
        <translation>
            <numerusform>%n Patient auf der Warteliste passt zu %1 bei %2</numerusform>
            <numerusform>%n Patienten auf der Warteliste passen zu %1 bei %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a client and a visit type.</source>
        <translation>Wählen Sie einen Patienten und eine Terminart.</translation>
    </message>
</context>
<context>
    <name>WaitlistStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Week grid</source>
        <translation>Wochenraster</translation>
    </message>
    <message>
        <source>Drag down a day to add availability. Up and Down select a block, Enter changes its times, Delete removes it. Left and Right select a booking, Enter opens it. Ctrl+Page Up and Ctrl+Page Down change the week.</source>
        <translation>Auf einem Tag nach unten ziehen, um Verfügbarkeit hinzuzufügen. Auf und Ab wählen einen Zeitblock, Eingabe ändert seine Zeiten, Entf löscht ihn. Links und Rechts wählen einen Termin, Eingabe öffnet ihn. Strg+Bild auf und Strg+Bild ab wechseln die Woche.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>WeeklyPatternDialog</name>
    <message>
        <source>Weekly pattern for %1</source>
        <translation>Wochenmuster für %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Blocks on each of those days:</source>
        <translation>Zeitblöcke an jedem dieser Tage:</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
</TS>
