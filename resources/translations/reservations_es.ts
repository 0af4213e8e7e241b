<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Reservations</source>
        <translation>Acerca de Reservations</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
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
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Bundled software and licences:</source>
        <translation>Software incluido y licencias:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reservations&lt;/b&gt;&lt;br&gt;Clinic front-desk scheduling</source>
        <translation>&lt;b&gt;Reservations&lt;/b&gt;&lt;br&gt;Citas para la recepción de la clínica</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Qt, PySide6 and psycopg are used under the GNU LGPL version 3 as separate shared libraries, which you may replace with your own builds of the same versions; their source code is on the projects&apos; sites. The LGPL and GPL texts are in {folder}; each library&apos;s own licence file is in its .dist-info folder beside the app&apos;s files.</source>
        <translation>Qt, PySide6 y psycopg se usan bajo la GNU LGPL versión 3 como bibliotecas compartidas independientes, que puede sustituir por sus propias compilaciones de las mismas versiones; su código fuente está en los sitios de los proyectos. Los textos de la LGPL y la GPL están en {folder}; la licencia de cada biblioteca está en su carpeta .dist-info junto a los archivos de la aplicación.</translation>
    </message>
</context>
<context>
    <name>AddBlocksDialog</name>
    <message>
        <source>Add availability for %1</source>
        <translation>Añadir disponibilidad para %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Blocks on that date:</source>
        <translation>Bloques en esa fecha:</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation>Añadir una cuenta de personal</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Only administrators can read the audit trail.</source>
        <translation>Solo los administradores pueden leer el registro de auditoría.</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Usuarios…</translation>
    </message>
    <message>
        <source>Only administrators can manage staff accounts.</source>
        <translation>Solo los administradores pueden gestionar las cuentas del personal.</translation>
    </message>
    <message>
        <source>Clinic settings…</source>
        <translation>Ajustes de la clínica…</translation>
    </message>
    <message>
        <source>Only administrators can change the clinic&apos;s settings.</source>
        <translation>Solo los administradores pueden cambiar los ajustes de la clínica.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>Only administrators can make backups.</source>
        <translation>Solo los administradores pueden hacer copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Only administrators can restore a backup.</source>
        <translation>Solo los administradores pueden restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>Restoring the backup {name}…
Reservations closes when it is done.</source>
        <translation>Restaurando la copia de seguridad {name}…
Reservations se cerrará al terminar.</translation>
    </message>
    <message>
        <source>The backup {name} is now the clinic&apos;s database.{kept}

Reservations will now close. Start it again and sign in.</source>
        <translation>La copia de seguridad {name} es ahora la base de datos de la clínica.{kept}

Reservations se cerrará ahora. Vuelva a abrirlo e inicie sesión.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad ha fallado</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <source>The database was backed up to {path}.</source>
        <translation>La base de datos se ha copiado en {path}.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the database?</source>
        <translation>¿Sustituir la base de datos?</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Restauración rechazada</translation>
    </message>
    <message>
        <source> The database it replaced is kept at {kept}.</source>
        <translation> La base de datos sustituida se conserva en {kept}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s database with the backup {name}?

Everything entered since that backup was made will no longer be in the database. The backup is checked before anything is replaced, and the database in use now is kept aside in {folder}.

Other workstations must close Reservations first. Reservations closes after the restore.</source>
        <translation>¿Sustituir la base de datos de la clínica por la copia {name}?

Todo lo introducido desde que se hizo esa copia dejará de estar en la base de datos. La copia se comprueba antes de sustituir nada, y la base de datos actual se guarda aparte en {folder}.

Los demás puestos deben cerrar Reservations antes. Reservations se cierra después de la restauración.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>AppointmentBook</name>
    <message>
        <source>Nothing can be booked for {client} at {when} with {provider}: {why}.</source>
        <translation>No se puede reservar nada para {client} a las {when} con {provider}: {why}.</translation>
    </message>
    <message>
        <source>Booked {client} at {when} with {provider}.</source>
        <translation>Reservado: {client}, {when} con {provider}.</translation>
    </message>
    <message>
        <source>Held {when} with {provider} for {client}. Confirm it with Ctrl+Enter.</source>
        <translation>Retenido {when} con {provider} para {client}. Confírmelo con Ctrl+Intro.</translation>
    </message>
    <message>
        <source>Move {client} from {before} with {old} to {after} with {new}?</source>
        <translation>¿Mover a {client} de {before} con {old} a {after} con {new}?</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>Mover reserva</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>esperando %1 min</translation>
    </message>
    <message>
        <source>late %1 min</source>
        <translation>%1 min de retraso</translation>
    </message>
    <message>
        <source>due in %1 min</source>
        <translation>llega en %1 min</translation>
    </message>
</context>
<context>
    <name>ArrivalsPanel</name>
    <message>
        <source>&lt;b&gt;Arrivals today&lt;/b&gt;</source>
        <translation>&lt;b&gt;Llegadas de hoy&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Arrivals today</source>
        <translation>Llegadas de hoy</translation>
    </message>
    <message>
        <source>Nobody is due in the next hour.</source>
        <translation>No se espera a nadie en la próxima hora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Arrivals today&lt;/b&gt; · %1 waiting · %2 late · %3 due</source>
        <translation>&lt;b&gt;Llegadas de hoy&lt;/b&gt; · %1 esperando · %2 con retraso · %3 por llegar</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>When: {local} {zone} ({utc} UTC)</source>
        <translation>Cuándo: {local} {zone} ({utc} UTC)</translation>
    </message>
    <message>
        <source>Who: {actor} at {workstation}</source>
        <translation>Quién: {actor} en {workstation}</translation>
    </message>
    <message>
        <source>Changed: {keys}</source>
        <translation>Cambiado: {keys}</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Después:</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Any client: type a name, email or phone</source>
        <translation>Cualquier paciente: escriba un nombre, correo o teléfono</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>No single client matches &apos;{text}&apos;: pick one from the suggestions.</source>
        <translation>Ningún paciente coincide solo con «{text}»: elija uno de las sugerencias.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Only administrators can read the audit trail.</source>
        <translation>Solo los administradores pueden leer el registro de auditoría.</translation>
    </message>
    <message>
        <source>Select a row to see what changed.</source>
        <translation>Seleccione una fila para ver qué cambió.</translation>
    </message>
    <message>
        <source>Show &amp;raw values</source>
        <translation>Mostrar valores &amp;originales</translation>
    </message>
    <message>
        <source>The row as stored: action, record, ids and the values before and after</source>
        <translation>La fila tal como se guardó: acción, registro, ids y los valores de antes y después</translation>
    </message>
    <message>
        <source>Hide &amp;raw values</source>
        <translation>Ocultar valores &amp;originales</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (desplácese para ver más)</translation>
    </message>
    <message>
        <source>{count} entries{more}</source>
        <translation>{count} entradas{more}</translation>
    </message>
    <message>
        <source>{what}
{when}, by {who} at {workstation}</source>
        <translation>{what}
{when}, por {who} en {workstation}</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>a client</source>
        <translation>un paciente</translation>
    </message>
    <message>
        <source>a provider</source>
        <translation>un profesional</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una hora desconocida</translation>
    </message>
    <message>
        <source>Held {when} with {provider} for {client}</source>
        <translation>Retuvo {when} con {provider} para {client}</translation>
    </message>
    <message>
        <source>Confirmed {client}&apos;s visit, {when} with {provider}</source>
        <translation>Confirmó la visita de {client}, {when} con {provider}</translation>
    </message>
    <message>
        <source>Cancelled {client}&apos;s visit, {when} with {provider}</source>
        <translation>Canceló la visita de {client}, {when} con {provider}</translation>
    </message>
    <message>
        <source> (reason: {reason})</source>
        <translation> (motivo: {reason})</translation>
    </message>
    <message>
        <source>The hold for {client}, {when} with {provider}, ran out</source>
        <translation>La retención de {client}, {when} con {provider}, caducó</translation>
    </message>
    <message>
        <source>Moved {client}&apos;s visit with {provider} from {before} to {when}</source>
        <translation>Movió la visita de {client} con {provider} de {before} a {when}</translation>
    </message>
    <message>
        <source>Checked in {client} for {when} with {provider}</source>
        <translation>Registró la llegada de {client} para {when} con {provider}</translation>
    </message>
    <message>
        <source>Completed {client}&apos;s visit, {when} with {provider}</source>
        <translation>Completó la visita de {client}, {when} con {provider}</translation>
    </message>
    <message>
        <source>Marked {client} a no-show, {when} with {provider}</source>
        <translation>Marcó a {client} como no presentado, {when} con {provider}</translation>
    </message>
    <message>
        <source>Undid the check-in or no-show of {client}, {when} with {provider}</source>
        <translation>Deshizo la llegada o la ausencia de {client}, {when} con {provider}</translation>
    </message>
    <message>
        <source>Noted the reminder call to {client} about {when} with {provider}</source>
        <translation>Anotó la llamada de recordatorio a {client} sobre {when} con {provider}</translation>
    </message>
    <message>
        <source>Changed the note on {client}&apos;s visit, {when} with {provider}</source>
        <translation>Cambió la nota de la visita de {client}, {when} con {provider}</translation>
    </message>
    <message>
        <source>{field} set to “{new}”</source>
        <translation>{field} pasa a «{new}»</translation>
    </message>
    <message>
        <source>{field} “{old}” removed</source>
        <translation>{field} «{old}» eliminado</translation>
    </message>
    <message>
        <source>{field} from “{old}” to “{new}”</source>
        <translation>{field} de «{old}» a «{new}»</translation>
    </message>
    <message>
        <source>Added client {name}</source>
        <translation>Añadió el paciente {name}</translation>
    </message>
    <message>
        <source>Changed client {name}: {changes}</source>
        <translation>Cambió el paciente {name}: {changes}</translation>
    </message>
    <message>
        <source>Added provider {name}</source>
        <translation>Añadió el profesional {name}</translation>
    </message>
    <message>
        <source>Changed provider {name}: {changes}</source>
        <translation>Cambió el profesional {name}: {changes}</translation>
    </message>
    <message>
        <source>Added availability for {provider}: {day} {hours}</source>
        <translation>Añadió disponibilidad para {provider}: {day} {hours}</translation>
    </message>
    <message>
        <source>Removed availability of {provider}: {day} {hours}</source>
        <translation>Quitó disponibilidad de {provider}: {day} {hours}</translation>
    </message>
    <message>
        <source>Changed availability of {provider} on {day}: {changes}</source>
        <translation>Cambió la disponibilidad de {provider} el {day}: {changes}</translation>
    </message>
    <message>
        <source>Laid a weekly pattern for {provider}</source>
        <translation>Creó un patrón semanal para {provider}</translation>
    </message>
    <message>
        <source>Added the account {account} ({role})</source>
        <translation>Añadió la cuenta {account} ({role})</translation>
    </message>
    <message>
        <source>Made {account} {role}</source>
        <translation>Asignó a {account} la función {role}</translation>
    </message>
    <message>
        <source>Deactivated the account {account}</source>
        <translation>Desactivó la cuenta {account}</translation>
    </message>
    <message>
        <source>Reactivated the account {account}</source>
        <translation>Reactivó la cuenta {account}</translation>
    </message>
    <message>
        <source>Set a new password for {account}</source>
        <translation>Puso una contraseña nueva para {account}</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>A sign-in failed</source>
        <translation>Falló un inicio de sesión</translation>
    </message>
    <message>
        <source>The account {account} was locked after failed sign-ins</source>
        <translation>La cuenta {account} se bloqueó tras varios inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>A sign-in to the locked account {account} was refused</source>
        <translation>Se rechazó un inicio de sesión en la cuenta bloqueada {account}</translation>
    </message>
    <message>
        <source>Unlocked the screen</source>
        <translation>Desbloqueó la pantalla</translation>
    </message>
    <message>
        <source>A wrong password was typed on the lock screen</source>
        <translation>Se escribió una contraseña incorrecta en la pantalla de bloqueo</translation>
    </message>
    <message>
        <source>Changed the clinic settings: {changes}</source>
        <translation>Cambió los ajustes de la clínica: {changes}</translation>
    </message>
</context>
<context>
    <name>BlockRowsEditor</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Add another block</source>
        <translation>&amp;Añadir otro bloque</translation>
    </message>
    <message>
        <source>Block %1 from</source>
        <translation>Bloque %1 desde</translation>
    </message>
    <message>
        <source>Block %1 until</source>
        <translation>Bloque %1 hasta</translation>
    </message>
    <message>
        <source>00:00 as the end means midnight at the end of the day.</source>
        <translation>00:00 como fin significa medianoche al final del día.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove block %1</source>
        <translation>Quitar el bloque %1</translation>
    </message>
</context>
<context>
    <name>BookVisitDialog</name>
    <message>
        <source>Book a visit</source>
        <translation>Reservar una visita</translation>
    </message>
    <message>
        <source>{when} with {provider}</source>
        <translation>{when} con {provider}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>e.g. interpreter needed</source>
        <translation>p. ej. necesita intérprete</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Retener</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Enter holds the time; Ctrl+Enter holds and confirms it.</source>
        <translation>Intro retiene la hora; Ctrl+Intro la retiene y la confirma.</translation>
    </message>
</context>
<context>
    <name>BookVisitWords</name>
    <message>
        <source>that time is booked</source>
        <translation>esa hora está reservada</translation>
    </message>
    <message>
        <source>that time is held at another desk</source>
        <translation>esa hora está retenida en otro puesto</translation>
    </message>
    <message>
        <source>inside the booking notice</source>
        <translation>dentro del plazo de antelación</translation>
    </message>
    <message>
        <source>beyond how far ahead the clinic books</source>
        <translation>más allá de hasta dónde reserva la clínica</translation>
    </message>
    <message>
        <source>that time has passed</source>
        <translation>esa hora ya ha pasado</translation>
    </message>
    <message>
        <source>the client already has a visit that day</source>
        <translation>el paciente ya tiene una visita ese día</translation>
    </message>
    <message>
        <source>runs past the available time or into another visit</source>
        <translation>se sale del tiempo disponible o choca con otra visita</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nacido el {date}</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <source>Held</source>
        <translation>Retenida</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ha llegado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
</context>
<context>
    <name>BookingTab</name>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>Client &amp;history…</source>
        <translation>&amp;Historial del paciente…</translation>
    </message>
    <message>
        <source>&amp;Hold slot</source>
        <translation>Retener &amp;hueco</translation>
    </message>
    <message>
        <source>&amp;Confirm hold</source>
        <translation>&amp;Confirmar retención</translation>
    </message>
    <message>
        <source>&amp;Move reservation…</source>
        <translation>&amp;Mover reserva…</translation>
    </message>
    <message>
        <source>Cance&amp;l reservation…</source>
        <translation>Cance&amp;lar reserva…</translation>
    </message>
    <message>
        <source>&amp;Stop moving</source>
        <translation>&amp;Dejar de mover</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Día y hora</translation>
    </message>
    <message>
        <source>Appointment book or free slots</source>
        <translation>Agenda o huecos libres</translation>
    </message>
    <message>
        <source>Appointment &amp;book</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Free slots</source>
        <translation>Huecos &amp;libres</translation>
    </message>
    <message>
        <source>1. Client</source>
        <translation>1. Paciente</translation>
    </message>
    <message>
        <source>2. Day and time</source>
        <translation>2. Día y hora</translation>
    </message>
    <message>
        <source>3. Hold and confirm</source>
        <translation>3. Retener y confirmar</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar paciente…</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hold left</source>
        <translation>Tiempo de retención</translation>
    </message>
    <message>
        <source>{client} with {provider}, {when} ({zone}): {status}</source>
        <translation>{client} con {provider}, {when} ({zone}): {status}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>The hold runs out soon: confirm it now.</source>
        <translation>La retención caduca pronto: confírmela ya.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message numerus="yes">
        <source>Held, %n min left</source>
        <translation>
            <numerusform>Retenida, queda %n min</numerusform>
            <numerusform>Retenida, quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ha llegado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message numerus="yes">
        <source>Held %n min</source>
        <translation>
            <numerusform>Retenida %n min</numerusform>
            <numerusform>Retenida %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
</context>
<context>
    <name>CalendarPublisher</name>
    <message numerus="yes">
        <source>CalDAV: %n provider(s) failed ({reason})</source>
        <translation>
            <numerusform>CalDAV: falló %n profesional ({reason})</numerusform>
            <numerusform>CalDAV: fallaron %n profesionales ({reason})</numerusform>
        </translation>
    </message>
    <message>
        <source>CalDAV: not published ({reason})</source>
        <translation>CalDAV: no publicado ({reason})</translation>
    </message>
    <message>
        <source>Publishing to the providers&apos; calendars failed; it is tried again every few minutes.</source>
        <translation>La publicación en los calendarios de los profesionales falló; se vuelve a intentar cada pocos minutos.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>&amp;Previous week</source>
        <translation>Semana ante&amp;rior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Es&amp;ta semana</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation>Semana si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Add availability…</source>
        <translation>&amp;Añadir disponibilidad…</translation>
    </message>
    <message>
        <source>Add one or more blocks on a date</source>
        <translation>Añadir uno o más bloques en una fecha</translation>
    </message>
    <message>
        <source>&amp;Weekly pattern…</source>
        <translation>Patrón &amp;semanal…</translation>
    </message>
    <message>
        <source>Repeat blocks on chosen weekdays over a range of dates</source>
        <translation>Repetir bloques en los días elegidos durante un periodo</translation>
    </message>
    <message>
        <source>Time &amp;off…</source>
        <translation>A&amp;usencia…</translation>
    </message>
    <message>
        <source>Take a whole day, or part of it, off</source>
        <translation>Ausentarse un día entero o parte de él</translation>
    </message>
    <message>
        <source>&amp;New provider…</source>
        <translation>&amp;Nuevo profesional…</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Añadir un profesional</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected provider</source>
        <translation>Cambiar el profesional seleccionado</translation>
    </message>
    <message>
        <source>No provider selected</source>
        <translation>Ningún profesional seleccionado</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>No se pudo deshacer ni rehacer</translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <source>not called</source>
        <translation>sin llamar</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>localizado</translation>
    </message>
    <message>
        <source>left message</source>
        <translation>mensaje dejado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no contesta</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source>Reminder calls for {day}</source>
        <translation>Llamadas de recordatorio para el {day}</translation>
    </message>
    <message>
        <source>Visits to call about</source>
        <translation>Visitas sobre las que llamar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
    <message>
        <source>Call to {client}</source>
        <translation>Llamada a {client}</translation>
    </message>
    <message>
        <source>Saved: {client}.</source>
        <translation>Guardado: {client}.</translation>
    </message>
</context>
<context>
    <name>CancelReservationDialog</name>
    <message>
        <source>Cancel reservation</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <source>Cancel {client}&apos;s reservation with {provider} on {when}?</source>
        <translation>¿Cancelar la reserva de {client} con {provider} el {when}?</translation>
    </message>
    <message>
        <source>Reason (optional), e.g. client is ill</source>
        <translation>Motivo (opcional), p. ej. el paciente está enfermo</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <source>Cancel &amp;reservation</source>
        <translation>Cancelar &amp;reserva</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Mantenerla</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Role of {name}</source>
        <translation>Función de {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
</context>
<context>
    <name>ClientActions</name>
    <message>
        <source>Added {client}. Pick a free slot and hold it (Enter).</source>
        <translation>{client} añadido. Elija un hueco libre y reténgalo (Intro).</translation>
    </message>
    <message>
        <source>Choose the client to edit first (Ctrl+F).</source>
        <translation>Elija primero el paciente que quiere editar (Ctrl+F).</translation>
    </message>
    <message>
        <source>Saved {client}.</source>
        <translation>Guardado: {client}.</translation>
    </message>
    <message>
        <source>Several clients match “{typed}”. Pick the right one in the Client list (Up/Down, then Enter), then hold.</source>
        <translation>Varios pacientes coinciden con «{typed}». Elija el correcto en la lista de pacientes (Arriba/Abajo y luego Intro) y después retenga.</translation>
    </message>
    <message>
        <source>Choose a client first: type a name, email or phone in the Client box (Ctrl+F).</source>
        <translation>Elija primero un paciente: escriba un nombre, correo o teléfono en el cuadro Paciente (Ctrl+F).</translation>
    </message>
</context>
<context>
    <name>ClientBookingsModel</name>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ClientFinder</name>
    <message>
        <source>Name, email or phone digits</source>
        <translation>Nombre, correo o dígitos del teléfono</translation>
    </message>
    <message>
        <source>Find client</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Client&apos;s history</source>
        <translation>Historial del paciente</translation>
    </message>
    <message>
        <source>The chosen client&apos;s reservations (Ctrl+H)</source>
        <translation>Reservas del paciente elegido (Ctrl+H)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>{count} or more clients found</source>
        <translation>{count} o más pacientes encontrados</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n paciente encontrado</numerusform>
            <numerusform>%n pacientes encontrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientHistoryDialog</name>
    <message>
        <source>Bookings of this client</source>
        <translation>Reservas de este paciente</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Select a row to see what changed.</source>
        <translation>Seleccione una fila para ver qué cambió.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historial de {name}</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>Slot length</source>
        <translation>Duración del hueco</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>How long one bookable slot is; divides an hour, or whole hours.</source>
        <translation>Cuánto dura un hueco reservable; divide la hora o son horas enteras.</translation>
    </message>
    <message>
        <source>Notice needed</source>
        <translation>Antelación necesaria</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>How long before a visit it can still be booked.</source>
        <translation>Con cuánta antelación a una visita aún se puede reservar.</translation>
    </message>
    <message>
        <source>Book at most</source>
        <translation>Reservar como máximo</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> días antes</translation>
    </message>
    <message>
        <source>How far ahead the desk may book.</source>
        <translation>Con cuánta antelación puede reservar la recepción.</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Tiempo de retención</translation>
    </message>
    <message>
        <source>How long a hold keeps its slot before it must be confirmed.</source>
        <translation>Cuánto tiempo una retención guarda su hueco antes de tener que confirmarse.</translation>
    </message>
    <message>
        <source>Bookings per client per day</source>
        <translation>Reservas por paciente y día</translation>
    </message>
    <message>
        <source>How many live bookings one client may have on one day.</source>
        <translation>Cuántas reservas activas puede tener un paciente en un mismo día.</translation>
    </message>
    <message>
        <source>Free lapsed holds every</source>
        <translation>Liberar retenciones caducadas cada</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>How often each desk looks for holds that ran out.</source>
        <translation>Cada cuánto busca cada puesto las retenciones caducadas.</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Bloquear la pantalla tras</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> minutos sin uso</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse before the screen locks.</source>
        <translation>Minutos sin teclado ni ratón antes de que se bloquee la pantalla.</translation>
    </message>
    <message>
        <source>Clinic time zone</source>
        <translation>Zona horaria de la clínica</translation>
    </message>
    <message>
        <source>The zone the clinic&apos;s day and the lists are shown in.</source>
        <translation>La zona en la que se muestran el día de la clínica y las listas.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Región telefónica</translation>
    </message>
    <message>
        <source>The country assumed for phone numbers typed without +code.</source>
        <translation>El país que se supone para los teléfonos escritos sin +prefijo.</translation>
    </message>
    <message>
        <source>Email reminders (1 = on)</source>
        <translation>Recordatorios por correo (1 = sí)</translation>
    </message>
    <message>
        <source>Email each confirmed visit&apos;s client a reminder; 0 turns it off.</source>
        <translation>Enviar a cada paciente con visita confirmada un recordatorio por correo; 0 lo desactiva.</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Recordar</translation>
    </message>
    <message>
        <source> hours before the visit</source>
        <translation> horas antes de la visita</translation>
    </message>
    <message>
        <source>How long before a confirmed visit its reminder is sent.</source>
        <translation>Con cuánta antelación a una visita confirmada se envía su recordatorio.</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Ajustes de la clínica</translation>
    </message>
    <message>
        <source>These settings apply to every workstation of the clinic.</source>
        <translation>Estos ajustes se aplican a todos los puestos de la clínica.</translation>
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
        <translation>Los detalles se escribieron en el archivo de registro {path}.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>No se pudieron escribir los detalles en un archivo de registro.</translation>
    </message>
    <message>
        <source>Something went wrong inside Reservations: {what}</source>
        <translation>Algo ha fallado dentro de Reservations: {what}</translation>
    </message>
    <message>
        <source>The app is still running, but the last action may not have finished. Check its result before you go on, and tell IT if this happens again.</source>
        <translation>La aplicación sigue funcionando, pero puede que la última acción no haya terminado. Compruebe su resultado antes de continuar y avise a informática si vuelve a ocurrir.</translation>
    </message>
    <message>
        <source>Reservations: unexpected error</source>
        <translation>Reservations: error inesperado</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Informes…</translation>
    </message>
    <message>
        <source>&amp;Import clients from CSV…</source>
        <translation>&amp;Importar pacientes desde CSV…</translation>
    </message>
    <message>
        <source>Export &amp;clients to CSV…</source>
        <translation>Exportar &amp;pacientes a CSV…</translation>
    </message>
    <message>
        <source>Export &amp;bookings to CSV…</source>
        <translation>Exportar &amp;reservas a CSV…</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;calendar file (ICS)…</source>
        <translation>Archivo de &amp;calendario del profesional (ICS)…</translation>
    </message>
    <message>
        <source>&amp;Send due reminders now</source>
        <translation>&amp;Enviar ahora los recordatorios pendientes</translation>
    </message>
    <message>
        <source>&amp;Publish calendars (CalDAV) now</source>
        <translation>&amp;Publicar calendarios (CalDAV) ahora</translation>
    </message>
    <message>
        <source>Email reminder &amp;settings…</source>
        <translation>&amp;Ajustes de recordatorios por correo…</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Exportar pacientes</translation>
    </message>
    <message>
        <source>{n} clients written to {path}.</source>
        <translation>{n} pacientes escritos en {path}.</translation>
    </message>
    <message>
        <source>Export bookings of the last and next 90 days</source>
        <translation>Exportar las reservas de los últimos y próximos 90 días</translation>
    </message>
    <message>
        <source>{n} bookings written to {path}.</source>
        <translation>{n} reservas escritas en {path}.</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Profesional:</translation>
    </message>
    <message>
        <source>{n} visits written to {path}.</source>
        <translation>{n} visitas escritas en {path}.</translation>
    </message>
    <message>
        <source>No provider has a CalDAV calendar set up (reservations-app caldav configure).</source>
        <translation>Ningún profesional tiene un calendario CalDAV configurado (reservations-app caldav configure).</translation>
    </message>
    <message>
        <source>{n} calendar(s) up to date: {saved} saved, {deleted} deleted.</source>
        <translation>Calendarios al día: {n}; {saved} guardadas, {deleted} borradas.</translation>
    </message>
    <message>
        <source>{due} due, {sent} sent{failed}</source>
        <translation>{due} pendientes, {sent} enviados{failed}</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Conexión con la base de datos</translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/reservations or a file path</source>
        <translation>postgresql://usuario@servidor:5432/reservations o una ruta de archivo</translation>
    </message>
    <message>
        <source>PostgreSQL only</source>
        <translation>Solo PostgreSQL</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Test the connection before saving.</source>
        <translation>Pruebe la conexión antes de guardar.</translation>
    </message>
    <message>
        <source>Database address:</source>
        <translation>Dirección de la base de datos:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>The app uses the new database from its next start.</source>
        <translation>La aplicación usará la nueva base de datos a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Changed: test the connection again.</source>
        <translation>Cambiado: vuelva a probar la conexión.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>Conectado. %1</translation>
    </message>
    <message>
        <source>Cannot use this database: %1</source>
        <translation>No se puede usar esta base de datos: %1</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>No se puede guardar: %1</translation>
    </message>
    <message>
        <source>The address is saved in %1.</source>
        <translation>La dirección se ha guardado en %1.</translation>
    </message>
    <message>
        <source>The password is saved in %1.</source>
        <translation>La contraseña se ha guardado en %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>Waiting for the database…</source>
        <translation>Esperando a la base de datos…</translation>
    </message>
    <message>
        <source>Cannot reach the database server; retrying. {reason}</source>
        <translation>No se puede contactar con el servidor de la base de datos; reintentando. {reason}</translation>
    </message>
    <message>
        <source>The database file is locked by another program; retrying. You can sign in once it is free.</source>
        <translation>Otro programa tiene bloqueado el archivo de la base de datos; reintentando. Podrá iniciar sesión en cuanto se libere.</translation>
    </message>
</context>
<context>
    <name>DayBookPanel</name>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>Pro&amp;fesionales</translation>
    </message>
    <message>
        <source>Which providers to show</source>
        <translation>Qué profesionales mostrar</translation>
    </message>
    <message>
        <source>Why there is no bookable time</source>
        <translation>Por qué no hay horas reservables</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Nobody has availability on this day. Add it on the Calendar tab, or go to another day (Alt+Right).</source>
        <translation>Nadie tiene disponibilidad este día. Añádala en la pestaña Calendario o vaya a otro día (Alt+Derecha).</translation>
    </message>
    <message>
        <source>Everyone working that day</source>
        <translation>Todos los que trabajan ese día</translation>
    </message>
</context>
<context>
    <name>DayPaint</name>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message numerus="yes">
        <source>held, %n min left</source>
        <translation>
            <numerusform>retenida, queda %n min</numerusform>
            <numerusform>retenida, quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenida</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>ha llegado</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no se presentó</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>their time %1</source>
        <translation>su hora %1</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Appointment book</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>One column per provider. Arrows move between times and providers, Enter books the free time or opens the booking, the menu key shows what can be done.</source>
        <translation>Una columna por profesional. Las flechas se mueven entre horas y profesionales, Intro reserva la hora libre o abre la reserva, la tecla de menú muestra lo que se puede hacer.</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>A new clinic</source>
        <translation>Una clínica nueva</translation>
    </message>
    <message>
        <source>This database has no providers and no clients yet.</source>
        <translation>Esta base de datos aún no tiene profesionales ni pacientes.</translation>
    </message>
    <message>
        <source>Create a demo clinic with five providers, six weeks of availability, 80 clients and some bookings, to look around and practise? Or start empty and add your own.</source>
        <translation>¿Crear una clínica de demostración con cinco profesionales, seis semanas de disponibilidad, 80 pacientes y algunas reservas, para echar un vistazo y practicar? O empiece en blanco y añada los suyos.</translation>
    </message>
    <message>
        <source>Create a &amp;demo clinic</source>
        <translation>Crear una clínica de &amp;demostración</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Empezar en &amp;blanco</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clínica de demostración</translation>
    </message>
    <message>
        <source>Creating the demo clinic…</source>
        <translation>Creando la clínica de demostración…</translation>
    </message>
    <message>
        <source>The demo clinic could not be created: {reason}</source>
        <translation>No se pudo crear la clínica de demostración: {reason}</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <source>Adding providers</source>
        <translation>Añadiendo profesionales</translation>
    </message>
    <message>
        <source>Laying out availability</source>
        <translation>Preparando la disponibilidad</translation>
    </message>
    <message>
        <source>Adding clients</source>
        <translation>Añadiendo pacientes</translation>
    </message>
    <message>
        <source>Adding visit types</source>
        <translation>Añadiendo tipos de visita</translation>
    </message>
    <message>
        <source>Booking appointments</source>
        <translation>Reservando citas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>EditBlockDialog</name>
    <message>
        <source>Change block for %1</source>
        <translation>Cambiar bloque de %1</translation>
    </message>
    <message>
        <source>New times on %1:</source>
        <translation>Nuevas horas el %1:</translation>
    </message>
</context>
<context>
    <name>EditClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>Client&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Fecha de nacimiento conocida</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Join a household…</source>
        <translation>&amp;Unirse a una familia…</translation>
    </message>
    <message>
        <source>&amp;Leave household</source>
        <translation>&amp;Dejar la familia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Familia:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Shares contact details with client {id}&apos;s household</source>
        <translation>Comparte los datos de contacto con la familia del paciente {id}</translation>
    </message>
    <message>
        <source>Not in a household</source>
        <translation>No pertenece a ninguna familia</translation>
    </message>
    <message>
        <source>Join a household</source>
        <translation>Unirse a una familia</translation>
    </message>
    <message>
        <source>Whose household does {client} belong to?</source>
        <translation>¿A qué familia pertenece {client}?</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet; the first row names the columns.</source>
        <translation>Un archivo CSV guardado desde una hoja de cálculo; la primera fila nombra las columnas.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Client list</source>
        <translation>Lista de pacientes</translation>
    </message>
    <message>
        <source>Cannot read the file: {reason}</source>
        <translation>No se puede leer el archivo: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. Create the first one: an administrator, who can later add accounts for the front desk and the providers. The password needs at least {n} characters.</source>
        <translation>Esta base de datos aún no tiene cuentas de personal. Cree la primera: un administrador, que después podrá añadir cuentas para la recepción y los profesionales. La contraseña necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Crear &amp;administrador</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
    </message>
</context>
<context>
    <name>HoldPanel</name>
    <message>
        <source>Chosen client</source>
        <translation>Paciente elegido</translation>
    </message>
    <message>
        <source>Chosen slot</source>
        <translation>Hueco elegido</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>Hueco:</translation>
    </message>
    <message>
        <source>Current reservation</source>
        <translation>Reserva actual</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Reservation status</source>
        <translation>Estado de la reserva</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>None chosen: find one on the left (Ctrl+F).</source>
        <translation>Ninguno elegido: búsquelo a la izquierda (Ctrl+F).</translation>
    </message>
    <message>
        <source>None chosen: pick a free slot.</source>
        <translation>Ninguno elegido: elija un hueco libre.</translation>
    </message>
    <message>
        <source>{provider}&lt;br&gt;{when} ({zone})</source>
        <translation>{provider}&lt;br&gt;{when} ({zone})</translation>
    </message>
    <message>
        <source>None yet. Hold a slot, or pick a reservation from the list below.</source>
        <translation>Ninguna todavía. Retenga un hueco o elija una reserva de la lista de abajo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{client}&lt;/b&gt; with {provider}&lt;br&gt;{day}, {time}</source>
        <translation>&lt;b&gt;{client}&lt;/b&gt; con {provider}&lt;br&gt;{day}, {time}</translation>
    </message>
    <message>
        <source>Held: {left} left</source>
        <translation>Retenida: quedan {left}</translation>
    </message>
    <message>
        <source>Confirm it (Ctrl+Enter) before the time runs out.</source>
        <translation>Confírmela (Ctrl+Intro) antes de que se acabe el tiempo.</translation>
    </message>
    <message>
        <source>The hold ran out and the slot was freed. Hold it again if it is still free.</source>
        <translation>La retención caducó y el hueco quedó libre. Reténgalo de nuevo si sigue libre.</translation>
    </message>
    <message>
        <source>Booked. Move or cancel it here if plans change.</source>
        <translation>Reservada. Muévala o cancélela aquí si cambian los planes.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Hold about to expire</source>
        <translation>Retención a punto de caducar</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>Importar pacientes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The new language applies the next time the app starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie la aplicación.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Colour key</source>
        <translation>Leyenda de colores</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Held (min left)</source>
        <translation>Retenida (min restantes)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Reservations is locked</source>
        <translation>Reservations está bloqueado</translation>
    </message>
    <message>
        <source>The screen was locked.</source>
        <translation>Se bloqueó la pantalla.</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use.</source>
        <translation>La pantalla se bloqueó tras un rato sin uso.</translation>
    </message>
    <message>
        <source>{why} Enter the password of {user} to continue where you left off, or sign in as someone else with Switch user.</source>
        <translation>{why} Introduzca la contraseña de {user} para seguir donde lo dejó, o inicie sesión como otra persona con Cambiar de usuario.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Cambiar de usuario…</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Reservations.</source>
        <translation>Inicie sesión en Reservations.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de datos: {where}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Email reminders</source>
        <translation>Recordatorios por correo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Marcadores: {names}</translation>
    </message>
    <message>
        <source>Subject: {subject}

{body}</source>
        <translation>Asunto: {subject}

{body}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main tabs</source>
        <translation>Pestañas principales</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Find a client and book a slot (Ctrl+1)</source>
        <translation>Buscar un paciente y reservar un hueco (Ctrl+1)</translation>
    </message>
    <message>
        <source>Providers&apos; availability (Ctrl+2)</source>
        <translation>Disponibilidad de los profesionales (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Booking tab</source>
        <translation>Pestaña de &amp;reservas</translation>
    </message>
    <message>
        <source>&amp;Calendar tab</source>
        <translation>Pestaña de &amp;calendario</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Database connection…</source>
        <translation>Conexión con la base de &amp;datos…</translation>
    </message>
    <message>
        <source>&amp;About Reservations</source>
        <translation>Acerca &amp;de Reservations</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Bloquear pantalla</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Booking</source>
        <translation>&amp;Reservas</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministración</translation>
    </message>
    <message>
        <source>&amp;Visit types…</source>
        <translation>&amp;Tipos de visita…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Signed in as {user} ({role})</source>
        <translation>Sesión iniciada como {user} ({role})</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de datos: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) expired</source>
        <translation>
            <numerusform>%n retención caducada</numerusform>
            <numerusform>%n retenciones caducadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>{what} ({menu} menu)</source>
        <translation>{what} (menú {menu})</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Conexión con la base de datos</translation>
    </message>
    <message>
        <source>The new connection is saved and is used the next time Reservations starts.</source>
        <translation>La nueva conexión se ha guardado y se usará la próxima vez que se inicie Reservations.</translation>
    </message>
    <message>
        <source>The connection to the database was lost ({reason}). Reconnecting… Changes made now may fail; try them again once this message is gone.</source>
        <translation>Se perdió la conexión con la base de datos ({reason}). Reconectando… Los cambios hechos ahora pueden fallar; repítalos cuando desaparezca este mensaje.</translation>
    </message>
    <message>
        <source>Reconnected to the database</source>
        <translation>Conexión con la base de datos restablecida</translation>
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
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <source>Read as {encoding}, columns separated by &apos;{delimiter}&apos;. The first rows of the file:</source>
        <translation>Leído como {encoding}, columnas separadas por «{delimiter}». Las primeras filas del archivo:</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Bold days have availability; underlined days have bookings.</source>
        <translation>Los días en negrita tienen disponibilidad; los subrayados tienen reservas.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Client&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.org (optional)</source>
        <translation>nombre@ejemplo.org (opcional)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>+1 555 010 2030 (optional)</source>
        <translation>+34 600 000 000 (opcional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Use the selected client</source>
        <translation>&amp;Usar el paciente seleccionado</translation>
    </message>
    <message>
        <source>Use the selected existing client</source>
        <translation>Usar el paciente existente seleccionado</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Guardar &amp;de todos modos</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate: %n client(s) on file with the same name, email or phone. If it is them, use the one below; if not, press Save anyway.</source>
        <translation>
            <numerusform>Posible duplicado: %n paciente registrado con el mismo nombre, correo o teléfono. Si es esa persona, use el de abajo; si no, pulse Guardar de todos modos.</numerusform>
            <numerusform>Posible duplicado: %n pacientes registrados con el mismo nombre, correo o teléfono. Si es uno de ellos, use el de abajo; si no, pulse Guardar de todos modos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>The database did not answer, so this was not saved. Nothing you typed is lost: try again once the message about the database is gone.</source>
        <translation>La base de datos no respondió, así que no se ha guardado. No se ha perdido nada de lo escrito: inténtelo de nuevo cuando desaparezca el mensaje sobre la base de datos.</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Esperando a la base de datos…</translation>
    </message>
    <message>
        <source>Cannot reach the database server; retrying. What is on screen stays; changes are off until it answers.</source>
        <translation>No se puede contactar con el servidor de la base de datos; reintentando. Lo que hay en pantalla se mantiene; los cambios quedan desactivados hasta que responda.</translation>
    </message>
    <message>
        <source>The database file is locked by another program; retrying. What is on screen stays; changes are off until it is free.</source>
        <translation>Otro programa tiene bloqueado el archivo de la base de datos; reintentando. Lo que hay en pantalla se mantiene; los cambios quedan desactivados hasta que se libere.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Las dos contraseñas no coinciden. Escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>will be added</source>
        <translation>se añadirá</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <source>{added} will be added, {duplicates} duplicate(s) and {invalid} invalid row(s) will be left out.</source>
        <translation>Se añadirán: {added}. Se omitirán: {duplicates} duplicados y {invalid} filas no válidas.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Day sheet…</source>
        <translation>&amp;Hoja del día…</translation>
    </message>
    <message>
        <source>Day sheet of this &amp;provider…</source>
        <translation>Hoja del día de este &amp;profesional…</translation>
    </message>
    <message>
        <source>&amp;Call list for the next clinic day…</source>
        <translation>Lista de &amp;llamadas para el próximo día de consulta…</translation>
    </message>
    <message>
        <source>&amp;Reminder calls…</source>
        <translation>Llamadas de &amp;recordatorio…</translation>
    </message>
    <message>
        <source>&amp;Appointment card for the client…</source>
        <translation>&amp;Tarjeta de cita para el paciente…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>Put the cursor on a provider&apos;s column in the appointment book first.</source>
        <translation>Coloque primero el cursor en la columna de un profesional de la agenda.</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Hoja del día</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source>Choose the client first (Ctrl+F).</source>
        <translation>Elija primero el paciente (Ctrl+F).</translation>
    </message>
    <message>
        <source>Appointment card</source>
        <translation>Tarjeta de cita</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF: {error}</source>
        <translation>No se pudo guardar el PDF: {error}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>reached</source>
        <translation>localizado</translation>
    </message>
    <message>
        <source>left message</source>
        <translation>mensaje dejado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no contesta</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenida</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>ha llegado</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no se presentó</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>{who} · {visits} · times in {zone}</source>
        <translation>{who} · {visits} · horas en {zone}</translation>
    </message>
    <message>
        <source>Day sheet: {date}</source>
        <translation>Hoja del día: {date}</translation>
    </message>
    <message>
        <source>Nothing is booked on this day.</source>
        <translation>No hay nada reservado este día.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
    <message>
        <source>Call list: {date}</source>
        <translation>Lista de llamadas: {date}</translation>
    </message>
    <message>
        <source>{visits} to remind</source>
        <translation>{visits} para recordar</translation>
    </message>
    <message>
        <source>No visits to remind on the next clinic day.</source>
        <translation>No hay visitas que recordar el próximo día de consulta.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Your next appointments: {client}</source>
        <translation>Sus próximas citas: {client}</translation>
    </message>
    <message numerus="yes">
        <source>Please tell us at least %n hour(s) ahead if you cannot come.</source>
        <translation>
            <numerusform>Avísenos con al menos %n hora de antelación si no puede venir.</numerusform>
            <numerusform>Avísenos con al menos %n horas de antelación si no puede venir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments are booked.</source>
        <translation>No hay citas reservadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Encrypt this backup with a passphrase? Without the passphrase nobody can read it, and nobody can restore it either: keep it safe.</source>
        <translation>¿Cifrar esta copia de seguridad con una frase de contraseña? Sin la frase de contraseña nadie podrá leerla, pero tampoco nadie podrá restaurarla: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>This looks like removable media, which is easily lost. </source>
        <translation>Parece un soporte extraíble, que se pierde con facilidad. </translation>
    </message>
    <message>
        <source>Encrypt the backup?</source>
        <translation>¿Cifrar la copia de seguridad?</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>Passphrase (at least 10 characters):</source>
        <translation>Frase de contraseña (al menos 10 caracteres):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>La misma frase de contraseña otra vez:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was saved.</source>
        <translation>Las dos frases de contraseña no coinciden; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>This backup is encrypted. Its passphrase:</source>
        <translation>Esta copia de seguridad está cifrada. Su frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>New provider</source>
        <translation>Nuevo profesional</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Editar profesional</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>e.g. Dr. Ann Lee</source>
        <translation>p. ej. Dra. Ana López</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>Type part of a name, e.g. Berlin or New_York.</source>
        <translation>Escriba parte de un nombre, p. ej. Madrid o New_York.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>C&amp;olor:</translation>
    </message>
    <message>
        <source>Provider colour</source>
        <translation>Color del profesional</translation>
    </message>
</context>
<context>
    <name>ProviderModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>ProviderPanel</name>
    <message>
        <source>Search providers</source>
        <translation>Buscar profesionales</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Profesionales</translation>
    </message>
</context>
<context>
    <name>RecurringActions</name>
    <message>
        <source>Recurring &amp;visit…</source>
        <translation>Visita &amp;periódica…</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>&amp;Waitlist</source>
        <translation>L&amp;ista de espera</translation>
    </message>
</context>
<context>
    <name>RemindersStatus</name>
    <message>
        <source>Reminders: {reason}</source>
        <translation>Recordatorios: {reason}</translation>
    </message>
    <message>
        <source>Email reminders of the visits in the next {hours} hours</source>
        <translation>Recordatorios por correo de las visitas de las próximas {hours} horas</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Booked h</source>
        <translation>Horas reservadas</translation>
    </message>
    <message>
        <source>Available h</source>
        <translation>Horas disponibles</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No presentados</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Tasa de ausencias</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Cancelaciones tardías</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Save charts as &amp;PNG…</source>
        <translation>Guardar gráficos como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save &amp;report as PDF…</source>
        <translation>Guardar &amp;informe como PDF…</translation>
    </message>
    <message>
        <source>Utilisation per provider</source>
        <translation>Ocupación por profesional</translation>
    </message>
    <message>
        <source>No-show rate over time</source>
        <translation>Tasa de ausencias a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Cifras del informe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Reservations report</source>
        <translation>Informe de reservas</translation>
    </message>
    <message>
        <source>{first} to {last}, {provider}, {period}</source>
        <translation>{first} a {last}, {provider}, {period}</translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation>Guardar gráficos</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>ReservationWrites</name>
    <message>
        <source>Pick a free slot first.</source>
        <translation>Elija primero un hueco libre.</translation>
    </message>
    <message>
        <source>Held {when} with {provider} for {client}. Confirm it with Ctrl+Enter.</source>
        <translation>Retenido {when} con {provider} para {client}. Confírmelo con Ctrl+Intro.</translation>
    </message>
    <message>
        <source>Nothing to confirm: hold a slot first.</source>
        <translation>Nada que confirmar: retenga primero un hueco.</translation>
    </message>
    <message>
        <source>Confirmed: {client} with {provider}, {when}.</source>
        <translation>Confirmada: {client} con {provider}, {when}.</translation>
    </message>
    <message>
        <source>Pick the reservation to cancel in the list below first.</source>
        <translation>Elija primero en la lista de abajo la reserva que quiere cancelar.</translation>
    </message>
    <message>
        <source>Cancelled: {client} with {provider}, {when}.</source>
        <translation>Cancelada: {client} con {provider}, {when}.</translation>
    </message>
    <message>
        <source>Pick a held or confirmed reservation to move first.</source>
        <translation>Elija primero una reserva retenida o confirmada para moverla.</translation>
    </message>
    <message>
        <source>Move &amp;here</source>
        <translation>Mover &amp;aquí</translation>
    </message>
    <message>
        <source>Moving {client}&apos;s reservation ({when} with {provider}). Pick the new day and time, then press Enter. Esc stops moving.</source>
        <translation>Moviendo la reserva de {client} ({when} con {provider}). Elija el nuevo día y hora y pulse Intro. Esc deja de mover.</translation>
    </message>
    <message>
        <source>&amp;Hold slot</source>
        <translation>&amp;Retener hueco</translation>
    </message>
    <message>
        <source>Moved {client}&apos;s reservation to {when} with {provider}.</source>
        <translation>Reserva de {client} movida a {when} con {provider}.</translation>
    </message>
    <message>
        <source>Moved {client}&apos;s reservation to {when}.</source>
        <translation>Reserva de {client} movida a {when}.</translation>
    </message>
    <message>
        <source>The hold for {client} ({when} with {provider}) ran out and the slot was freed. Hold it again if it is still free.</source>
        <translation>La retención para {client} ({when} con {provider}) caducó y el hueco quedó libre. Reténgalo de nuevo si sigue libre.</translation>
    </message>
</context>
<context>
    <name>ReservationsPanel</name>
    <message>
        <source>Which reservations</source>
        <translation>Qué reservas</translation>
    </message>
    <message>
        <source>On the chosen day</source>
        <translation>En el día elegido</translation>
    </message>
    <message>
        <source>Upcoming (8 weeks)</source>
        <translation>Próximas (8 semanas)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Held or confirmed</source>
        <translation>Retenidas o confirmadas</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenida</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Search client or provider</source>
        <translation>Buscar paciente o profesional</translation>
    </message>
    <message>
        <source>Search reservations</source>
        <translation>Buscar reservas</translation>
    </message>
    <message>
        <source>Only the chosen c&amp;lient</source>
        <translation>Solo el pa&amp;ciente elegido</translation>
    </message>
    <message>
        <source>Only the chosen client</source>
        <translation>Solo el paciente elegido</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>&amp;Reservations:</source>
        <translation>&amp;Reservas:</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n mostrada</numerusform>
            <numerusform>%n mostradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation>Nueva contraseña para {name}</translation>
    </message>
    <message>
        <source>The new password also lifts a lockout.</source>
        <translation>La nueva contraseña también quita un bloqueo.</translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message>
        <source>&amp;Change times…</source>
        <translation>&amp;Cambiar horas…</translation>
    </message>
    <message>
        <source>&amp;Delete block</source>
        <translation>&amp;Borrar bloque</translation>
    </message>
    <message>
        <source>&amp;Add availability on %1…</source>
        <translation>&amp;Añadir disponibilidad el %1…</translation>
    </message>
    <message>
        <source>&amp;Time off on %1…</source>
        <translation>Au&amp;sencia el %1…</translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message>
        <source>Done: %1.</source>
        <translation>Hecho: %1.</translation>
    </message>
    <message>
        <source>Bookings cancelled: %1.</source>
        <translation>Reservas canceladas: %1.</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rehacer</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>There is nothing to %1.</source>
        <translation>No hay nada que %1.</translation>
    </message>
    <message>
        <source>Bookings given back: %1.</source>
        <translation>Reservas devueltas: %1.</translation>
    </message>
    <message>
        <source>Booking %1 could not be given back: %2.</source>
        <translation>La reserva %1 no se pudo devolver: %2.</translation>
    </message>
    <message>
        <source>Time off noted on %1: there was no availability then, and weekly patterns will leave it out.</source>
        <translation>Ausencia anotada el %1: no había disponibilidad entonces, y los patrones semanales la respetarán.</translation>
    </message>
    <message>
        <source>Add availability on %1</source>
        <translation>Añadir disponibilidad el %1</translation>
    </message>
    <message>
        <source>Delete block %1 on %2</source>
        <translation>Borrar el bloque %1 del %2</translation>
    </message>
    <message>
        <source>Change block %1 to %2 on %3</source>
        <translation>Cambiar el bloque %1 a %2 el %3</translation>
    </message>
    <message>
        <source>Weekly pattern %1 to %2</source>
        <translation>Patrón semanal del %1 al %2</translation>
    </message>
    <message>
        <source>Blocks created: %1; already there and skipped: %2.</source>
        <translation>Bloques creados: %1; ya existentes y omitidos: %2.</translation>
    </message>
    <message>
        <source>Time off on %1</source>
        <translation>Ausencia el %1</translation>
    </message>
    <message>
        <source>Time off %2 on %1</source>
        <translation>Ausencia %2 el %1</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>Nothing was changed: bookings fall in this time. Move or cancel them first.</source>
        <translation>No se ha cambiado nada: hay reservas en ese horario. Muévalas o cancélelas primero.</translation>
    </message>
    <message>
        <source>There was no availability in that time; nothing was changed.</source>
        <translation>No había disponibilidad en ese horario; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation>No se pudo %1 «%2»: %3</translation>
    </message>
    <message>
        <source>Nothing was changed, and this step was taken off the undo history.</source>
        <translation>No se ha cambiado nada y este paso se ha quitado del historial de deshacer.</translation>
    </message>
    <message>
        <source>Nothing was changed. The undo history was cleared, as it no longer matches the schedule.</source>
        <translation>No se cambió nada. Se borró el historial de deshacer, porque ya no coincide con el horario.</translation>
    </message>
    <message>
        <source>Bookings that fall in this time: %1</source>
        <translation>Reservas en ese horario: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Cancel them too?</source>
        <translation>¿Cancelarlas también?</translation>
    </message>
    <message>
        <source>Bookings in the way</source>
        <translation>Reservas que lo impiden</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Recurring visit</source>
        <translation>Visita periódica</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>months (same weekday)</source>
        <translation>meses (mismo día de la semana)</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Visitas:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Book the visits that fit, skip the others</source>
        <translation>Reservar las visitas que encajan y omitir las demás</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Book series</source>
        <translation>&amp;Reservar serie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Profesional:</translation>
    </message>
    <message>
        <source>Visit type:</source>
        <translation>Tipo de visita:</translation>
    </message>
    <message>
        <source>First visit:</source>
        <translation>Primera visita:</translation>
    </message>
    <message>
        <source>Repeat every:</source>
        <translation>Repetir cada:</translation>
    </message>
    <message>
        <source>On (none: the first visit&apos;s day):</source>
        <translation>Los días (ninguno: el día de la primera visita):</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>Date of the first visit</source>
        <translation>Fecha de la primera visita</translation>
    </message>
    <message>
        <source>Time of the visits</source>
        <translation>Hora de las visitas</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Número de visitas</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Preview of the visits</source>
        <translation>Vista previa de las visitas</translation>
    </message>
    <message>
        <source>Choose a client, a provider and a visit type.</source>
        <translation>Elija un paciente, un profesional y un tipo de visita.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of them cannot be booked as asked</source>
        <translation>, %1 de ellas no se pueden reservar como se pidió</translation>
    </message>
    <message>
        <source>, all fit</source>
        <translation>, todas encajan</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked to book</source>
        <translation>
            <numerusform>%n marcada para reservar</numerusform>
            <numerusform>%n marcadas para reservar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesPreviewModel</name>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Nearest free</source>
        <translation>Hueco libre más cercano</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Encaja</translation>
    </message>
    <message>
        <source>Booked by another client</source>
        <translation>Reservada por otro paciente</translation>
    </message>
    <message>
        <source>Held at another desk</source>
        <translation>Retenida en otro puesto</translation>
    </message>
    <message>
        <source>Inside the notice</source>
        <translation>Dentro del plazo de antelación</translation>
    </message>
    <message>
        <source>Beyond the booking horizon</source>
        <translation>Más allá de hasta dónde reserva la clínica</translation>
    </message>
    <message>
        <source>In the past</source>
        <translation>En el pasado</translation>
    </message>
    <message>
        <source>Client already booked that day</source>
        <translation>El paciente ya tiene una visita ese día</translation>
    </message>
    <message>
        <source>Does not fit before the next booking or the block end</source>
        <translation>No cabe antes de la siguiente reserva o del fin del bloque</translation>
    </message>
    <message>
        <source>Provider not available then</source>
        <translation>El profesional no está disponible a esa hora</translation>
    </message>
    <message>
        <source>Tick to book the nearest free start that day instead</source>
        <translation>Márquela para reservar en su lugar el inicio libre más cercano de ese día</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <source>&amp;Previous day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>Ho&amp;y</translation>
    </message>
    <message>
        <source>Next day with &amp;free slots</source>
        <translation>Siguiente día con huecos li&amp;bres</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Pro&amp;fesional:</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Huecos libres</translation>
    </message>
    <message>
        <source>Free slots summary</source>
        <translation>Resumen de huecos libres</translation>
    </message>
    <message>
        <source>No free slots</source>
        <translation>No hay huecos libres</translation>
    </message>
    <message>
        <source>Go to the next day with free slots</source>
        <translation>Ir al siguiente día con huecos libres</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message numerus="yes">
        <source>%n free slot(s) on {day}</source>
        <translation>
            <numerusform>%n hueco libre el {day}</numerusform>
            <numerusform>%n huecos libres el {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>No later day in the next four months has free slots.</source>
        <translation>Ningún día de los próximos cuatro meses tiene huecos libres.</translation>
    </message>
    <message>
        <source>The next day with free slots is {day}.</source>
        <translation>El siguiente día con huecos libres es {day}.</translation>
    </message>
    <message>
        <source>&amp;Go to {day}</source>
        <translation>&amp;Ir a {day}</translation>
    </message>
    <message>
        <source>No free slots: all of {weekday} is inside the {hours}-hour notice ({day}).</source>
        <translation>No hay huecos libres: todo el {weekday} está dentro del preaviso de {hours} horas ({day}).</translation>
    </message>
    <message>
        <source>No free slots: the free times of {day} are already past.</source>
        <translation>No hay huecos libres: las horas libres del {day} ya han pasado.</translation>
    </message>
    <message>
        <source>No free slots: {day} is fully booked.</source>
        <translation>No hay huecos libres: el {day} está completo.</translation>
    </message>
    <message>
        <source>No free slots: {provider} has no availability on {day}.</source>
        <translation>No hay huecos libres: {provider} no tiene disponibilidad el {day}.</translation>
    </message>
    <message>
        <source>No free slots: nobody has availability on {day}.</source>
        <translation>No hay huecos libres: nadie tiene disponibilidad el {day}.</translation>
    </message>
    <message>
        <source>No free slots on {day}.</source>
        <translation>No hay huecos libres el {day}.</translation>
    </message>
</context>
<context>
    <name>SlotTableModel</name>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Clinic time</source>
        <translation>Hora de la clínica</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>{provider} · {zone} · {count} free</source>
        <translation>{provider} · {zone} · {count} libres</translation>
    </message>
    <message>
        <source>{provider}: {when} to {end} ({zone})</source>
        <translation>{provider}: {when} a {end} ({zone})</translation>
    </message>
    <message>
        <source>Clinic time: {when}</source>
        <translation>Hora de la clínica: {when}</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <source>Time off for %1</source>
        <translation>Ausencia de %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Whole day</source>
        <translation>Día &amp;entero</translation>
    </message>
    <message>
        <source>&amp;Part of the day:</source>
        <translation>&amp;Parte del día:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Añadir usuario…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Cambiar función…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>&amp;Arrived</source>
        <translation>Ha lle&amp;gado</translation>
    </message>
    <message>
        <source>C&amp;ompleted</source>
        <translation>C&amp;ompletada</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;No se presentó</translation>
    </message>
    <message>
        <source>&amp;Undo status</source>
        <translation>Deshacer &amp;estado</translation>
    </message>
    <message>
        <source>No&amp;te…</source>
        <translation>No&amp;ta…</translation>
    </message>
    <message>
        <source>{client} has arrived.</source>
        <translation>{client} ha llegado.</translation>
    </message>
    <message>
        <source>{client}&apos;s visit is completed.</source>
        <translation>La visita de {client} está completada.</translation>
    </message>
    <message>
        <source>{client} is marked as a no-show.</source>
        <translation>{client} marcado como no presentado.</translation>
    </message>
    <message>
        <source>{client} is back to confirmed.</source>
        <translation>{client} vuelve a estar confirmado.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note for {client}&apos;s visit:</source>
        <translation>Nota para la visita de {client}:</translation>
    </message>
    <message>
        <source>Note saved for {client}.</source>
        <translation>Nota guardada para {client}.</translation>
    </message>
    <message>
        <source>Pick a booking in the appointment book first.</source>
        <translation>Elija primero una reserva en la agenda.</translation>
    </message>
</context>
<context>
    <name>VisitTypesDialog</name>
    <message>
        <source>Visit types</source>
        <translation>Tipos de visita</translation>
    </message>
    <message>
        <source>New &amp;type</source>
        <translation>Nuevo &amp;tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Buffer before, minutes</source>
        <translation>Margen antes, minutos</translation>
    </message>
    <message>
        <source>Buffer after, minutes</source>
        <translation>Margen después, minutos</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Offered (untick to retire it)</source>
        <translation>Se ofrece (desmarque para retirarlo)</translation>
    </message>
    <message>
        <source>Providers who offer it; none ticked: all</source>
        <translation>Profesionales que lo ofrecen; ninguno marcado: todos</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Length (min):</source>
        <translation>&amp;Duración (min):</translation>
    </message>
    <message>
        <source>Buffer &amp;before (min):</source>
        <translation>&amp;Margen antes (min):</translation>
    </message>
    <message>
        <source>Buffer &amp;after (min):</source>
        <translation>Margen despué&amp;s (min):</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>&amp;Providers (none: all):</source>
        <translation>&amp;Profesionales (ninguno: todos):</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (retirado)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Guardado: {name}.</translation>
    </message>
</context>
<context>
    <name>WaitlistEntryDialog</name>
    <message>
        <source>Waitlist entry</source>
        <translation>Entrada de la lista de espera</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier hora</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Earliest time</source>
        <translation>Hora más temprana</translation>
    </message>
    <message>
        <source>Latest time</source>
        <translation>Hora más tardía</translation>
    </message>
    <message>
        <source>Urgent: offer first</source>
        <translation>Urgente: ofrecer primero</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>Visit type:</source>
        <translation>Tipo de visita:</translation>
    </message>
    <message>
        <source>With (none: anyone):</source>
        <translation>Con (ninguno: cualquiera):</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Días de la semana:</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>Momento del día:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>WaitlistHint</name>
    <message>
        <source>Waitlisted clients for this time</source>
        <translation>Pacientes en lista de espera para esta hora</translation>
    </message>
    <message>
        <source>Show &amp;waitlisted</source>
        <translation>Ver lista de &amp;espera</translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted client(s) fit %1 with %2</source>
        <translation>
            <numerusform>%n paciente en espera encaja en %1 con %2</numerusform>
            <numerusform>%n pacientes en espera encajan en %1 con %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>Client</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Urgent · %1</source>
        <translation>Urgente · %1</translation>
    </message>
    <message>
        <source>Offered %1</source>
        <translation>Ofrecida %1</translation>
    </message>
    <message>
        <source>Offered %1, held until %2</source>
        <translation>Ofrecida %1, retenida hasta las %2</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>medianoche</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Filter by client</source>
        <translation>Filtrar por paciente</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Offer this time</source>
        <translation>&amp;Ofrecer esta hora</translation>
    </message>
    <message>
        <source>Show the whole list</source>
        <translation>Mostrar la lista completa</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) on the list</source>
        <translation>
            <numerusform>%n paciente en la lista</numerusform>
            <numerusform>%n pacientes en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted client(s) fit %1 with %2</source>
        <translation>
            <numerusform>%n paciente en espera encaja en %1 con %2</numerusform>
            <numerusform>%n pacientes en espera encajan en %1 con %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a client and a visit type.</source>
        <translation>Elija un paciente y un tipo de visita.</translation>
    </message>
</context>
<context>
    <name>WaitlistStatus</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Vencida</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Week grid</source>
        <translation>Cuadrícula semanal</translation>
    </message>
    <message>
        <source>Drag down a day to add availability. Up and Down select a block, Enter changes its times, Delete removes it. Left and Right select a booking, Enter opens it. Ctrl+Page Up and Ctrl+Page Down change the week.</source>
        <translation>Arrastre hacia abajo en un día para añadir disponibilidad. Arriba y Abajo seleccionan un bloque, Intro cambia sus horas, Supr lo borra. Izquierda y Derecha seleccionan una cita, Intro la abre. Ctrl+RePág y Ctrl+AvPág cambian de semana.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>WeeklyPatternDialog</name>
    <message>
        <source>Weekly pattern for %1</source>
        <translation>Patrón semanal para %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Los días:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Blocks on each of those days:</source>
        <translation>Bloques en cada uno de esos días:</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
</context>
</TS>
