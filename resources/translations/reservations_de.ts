<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled software and licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reservations&lt;/b&gt;&lt;br&gt;Clinic front-desk scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt, PySide6 and psycopg are used under the GNU LGPL version 3 as separate shared libraries, which you may replace with your own builds of the same versions; their source code is on the projects&apos; sites. The LGPL and GPL texts are in {folder}; each library&apos;s own licence file is in its .dist-info folder beside the app&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddBlocksDialog</name>
    <message>
        <source>Add availability for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks on that date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can read the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can manage staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change the clinic&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can make backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} is now the clinic&apos;s database. The database it replaced is kept at {kept}.

Reservations will now close. Start it again and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s database with the backup {name}?

Everything entered since that backup was made will no longer be in the database. The backup is checked before anything is replaced, and the database in use now is kept aside in {folder}.

Other workstations must close Reservations first. Reservations closes after the restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>When: {local} {zone} ({utc} UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who: {actor} at {workstation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Any client: type a name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single client matches &apos;{text}&apos;: pick one from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can read the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;raw values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row as stored: action, record, ids and the values before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;raw values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}
{when}, by {who} at {workstation}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockRowsEditor</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add another block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00:00 as the end means midnight at the end of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove block %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingTab</name>
    <message>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move reservation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l reservation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Day and free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Hold and confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {client}. Pick a free slot and hold it (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a free slot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held {when} with {provider} for {client}. Confirm it with Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several clients match “{typed}”. Pick the right one in the Client list (Up/Down, then Enter), then hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client first: type a name, email or phone in the Client box (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to confirm: hold a slot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: {client} with {provider}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the reservation to cancel in the list below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {client} with {provider}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a held or confirmed reservation to move first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving {client}&apos;s reservation ({when} with {provider}). Pick the new day and slot, then press Enter. Esc stops moving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {client}&apos;s reservation to {when} with {provider}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold for {client} ({when} with {provider}) ran out and the slot was freed. Hold it again if it is still free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} with {provider}, {when} ({zone}): {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold runs out soon: confirm it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Held, %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Held %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>&amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add availability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one or more blocks on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat blocks on chosen weekdays over a range of dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a whole day, or part of it, off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelReservationDialog</name>
    <message>
        <source>Cancel reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {client}&apos;s reservation with {provider} on {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional), e.g. client is ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Role of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientBookingsModel</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFinder</name>
    <message>
        <source>Name, email or phone digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen client&apos;s reservations (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} or more clients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientHistoryDialog</name>
    <message>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings apply to every workstation of the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>The details were written to the log file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Reservations: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is still running, but the last action may not have finished. Check its result before you go on, and tell IT if this happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import clients from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;clients to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;bookings to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;calendar file (ICS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send due reminders now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish calendars (CalDAV) now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email reminder &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} clients written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookings of the last and next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bookings written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} visits written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider has a CalDAV calendar set up (reservations-app caldav configure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} calendar(s) up to date: {saved} saved, {deleted} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} due, {sent} sent{failed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/reservations or a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app uses the new database from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: test the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>A new clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no providers and no clients yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo clinic with five providers, six weeks of availability, 80 clients and some bookings, to look around and practise? Or start empty and add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;demo clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo clinic could not be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditBlockDialog</name>
    <message>
        <source>Change block for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New times on %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet; the first row names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. Create the first one: an administrator, who can later add accounts for the front desk and the providers. The password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldPanel</name>
    <message>
        <source>Chosen client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen: find one on the left (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen: pick a free slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider}&lt;br&gt;{when} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. Hold a slot, or pick a reservation from the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{client}&lt;/b&gt; with {provider}&lt;br&gt;{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm it (Ctrl+Enter) before the time runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold ran out and the slot was freed. Hold it again if it is still free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked. Move or cancel it here if plans change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold about to expire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Colour key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held (min left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Reservations is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen was locked after a while without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} Enter the password of {user} to continue where you left off, or sign in as someone else with Switch user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Reservations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Email reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: {subject}

{body}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client and book a slot (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers&apos; availability (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Booking tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) expired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({menu} menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new connection is saved and is used the next time Reservations starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost ({reason}). Reconnecting… Changes made now may fail; try them again once this message is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations — {user}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as {encoding}, columns separated by &apos;{delimiter}&apos;. The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold days have availability; underlined days have bookings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 555 010 2030 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate: %n client(s) on file with the same name, email or phone. If it is them, use the one below; if not, press Save anyway.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>The database did not answer, so this was not saved. Nothing you typed is lost: try again once the message about the database is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server; retrying. What is on screen stays; changes are off until it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is locked by another program; retrying. What is on screen stays; changes are off until it is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} will be added, {duplicates} duplicate(s) and {invalid} invalid row(s) will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>New provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr. Ann Lee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, e.g. Berlin or New_York.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPanel</name>
    <message>
        <source>Search providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersStatus</name>
    <message>
        <source>Reminders: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email reminders of the visits in the next {hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save charts as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation per provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show rate over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}, {provider}, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationsPanel</name>
    <message>
        <source>Which reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming (8 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held or confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search client or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chosen c&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chosen client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reservations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password also lifts a lockout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message>
        <source>&amp;Change times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add availability on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time off on %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings cancelled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live bookings fall in that time. Move or cancel them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add availability on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete block %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change block %1 to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That block no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly pattern %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks created: %1; already there and skipped: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off %2 on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>Nothing was changed: bookings fall in this time. Move or cancel them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no availability in that time; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed, and this step was taken off the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings that fall in this time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel them too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings in the way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <source>&amp;Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day with &amp;free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free slots summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next day with free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n free slot(s) on {day}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No later day in the next four months has free slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next day with free slots is {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slots: all of {weekday} is inside the {hours}-hour notice ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slots: the free times of {day} are already past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slots: {day} is fully booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slots: {provider} has no availability on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slots: nobody has availability on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slots on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotTableModel</name>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} · {zone} · {count} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider}: {when} to {end} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic time: {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <source>Time off for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of the day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Week grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag down a day to add availability. Up and Down select a block, Enter changes its times, Delete removes it. Ctrl+Page Up and Ctrl+Page Down change the week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyPatternDialog</name>
    <message>
        <source>Weekly pattern for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks on each of those days:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
