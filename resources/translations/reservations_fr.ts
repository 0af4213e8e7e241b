<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Reservations</source>
        <translation>À propos de Reservations</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
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
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Bundled software and licences:</source>
        <translation>Logiciels inclus et licences :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reservations&lt;/b&gt;&lt;br&gt;Clinic front-desk scheduling</source>
        <translation>&lt;b&gt;Reservations&lt;/b&gt;&lt;br&gt;Planification pour l&apos;accueil de la clinique</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Qt, PySide6 and psycopg are used under the GNU LGPL version 3 as separate shared libraries, which you may replace with your own builds of the same versions; their source code is on the projects&apos; sites. The LGPL and GPL texts are in {folder}; each library&apos;s own licence file is in its .dist-info folder beside the app&apos;s files.</source>
        <translation>Qt, PySide6 et psycopg sont utilisés sous la licence GNU LGPL version 3 en tant que bibliothèques partagées distinctes, que vous pouvez remplacer par vos propres compilations des mêmes versions ; leur code source se trouve sur les sites des projets. Les textes de la LGPL et de la GPL sont dans {folder} ; la licence de chaque bibliothèque se trouve dans son dossier .dist-info à côté des fichiers de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>AddBlocksDialog</name>
    <message>
        <source>Add availability for %1</source>
        <translation>Ajouter des disponibilités pour %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Blocks on that date:</source>
        <translation>Plages à cette date :</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation>Ajouter un compte du personnel</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Only administrators can read the audit trail.</source>
        <translation>Seuls les administrateurs peuvent consulter le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Utilisateurs…</translation>
    </message>
    <message>
        <source>Only administrators can manage staff accounts.</source>
        <translation>Seuls les administrateurs peuvent gérer les comptes du personnel.</translation>
    </message>
    <message>
        <source>Clinic settings…</source>
        <translation>Paramètres de la clinique…</translation>
    </message>
    <message>
        <source>Only administrators can change the clinic&apos;s settings.</source>
        <translation>Seuls les administrateurs peuvent modifier les paramètres de la clinique.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Only administrators can make backups.</source>
        <translation>Seuls les administrateurs peuvent faire des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Only administrators can restore a backup.</source>
        <translation>Seuls les administrateurs peuvent restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Restoring the backup {name}…
Reservations closes when it is done.</source>
        <translation>Restauration de la sauvegarde {name}…
Reservations se fermera une fois terminé.</translation>
    </message>
    <message>
        <source>The backup {name} is now the clinic&apos;s database.{kept}

Reservations will now close. Start it again and sign in.</source>
        <translation>La sauvegarde {name} est désormais la base de données de la clinique.{kept}

Reservations va maintenant se fermer. Relancez-le et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Sauvegarde enregistrée</translation>
    </message>
    <message>
        <source>The database was backed up to {path}.</source>
        <translation>La base de données a été sauvegardée dans {path}.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the database?</source>
        <translation>Remplacer la base de données ?</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Restauration refusée</translation>
    </message>
    <message>
        <source> The database it replaced is kept at {kept}.</source>
        <translation> La base de données qu&apos;elle a remplacée est conservée dans {kept}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s database with the backup {name}?

Everything entered since that backup was made will no longer be in the database. The backup is checked before anything is replaced, and the database in use now is kept aside in {folder}.

Other workstations must close Reservations first. Reservations closes after the restore.</source>
        <translation>Remplacer la base de données de la clinique par la sauvegarde {name} ?

Tout ce qui a été saisi depuis cette sauvegarde ne figurera plus dans la base. La sauvegarde est vérifiée avant tout remplacement, et la base actuelle est mise de côté dans {folder}.

Les autres postes doivent d&apos;abord fermer Reservations. Reservations se ferme après la restauration.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>AppointmentBook</name>
    <message>
        <source>Nothing can be booked for {client} at {when} with {provider}: {why}.</source>
        <translation>Impossible de réserver pour {client} le {when} avec {provider} : {why}.</translation>
    </message>
    <message>
        <source>Booked {client} at {when} with {provider}.</source>
        <translation>Réservé : {client}, {when} avec {provider}.</translation>
    </message>
    <message>
        <source>Held {when} with {provider} for {client}. Confirm it with Ctrl+Enter.</source>
        <translation>{when} retenu avec {provider} pour {client}. Confirmez avec Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>Move {client} from {before} with {old} to {after} with {new}?</source>
        <translation>Déplacer {client} du {before} avec {old} au {after} avec {new} ?</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>Déplacer la réservation</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>attend depuis %1 min</translation>
    </message>
    <message>
        <source>late %1 min</source>
        <translation>%1 min de retard</translation>
    </message>
    <message>
        <source>due in %1 min</source>
        <translation>attendu dans %1 min</translation>
    </message>
</context>
<context>
    <name>ArrivalsPanel</name>
    <message>
        <source>&lt;b&gt;Arrivals today&lt;/b&gt;</source>
        <translation>&lt;b&gt;Arrivées du jour&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Arrivals today</source>
        <translation>Arrivées du jour</translation>
    </message>
    <message>
        <source>Nobody is due in the next hour.</source>
        <translation>Personne n&apos;est attendu dans l&apos;heure qui vient.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Arrivals today&lt;/b&gt; · %1 waiting · %2 late · %3 due</source>
        <translation>&lt;b&gt;Arrivées du jour&lt;/b&gt; · %1 en attente · %2 en retard · %3 attendus</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>When: {local} {zone} ({utc} UTC)</source>
        <translation>Quand : {local} {zone} ({utc} UTC)</translation>
    </message>
    <message>
        <source>Who: {actor} at {workstation}</source>
        <translation>Qui : {actor} sur {workstation}</translation>
    </message>
    <message>
        <source>Changed: {keys}</source>
        <translation>Modifié : {keys}</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après :</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Any client: type a name, email or phone</source>
        <translation>Tout patient : saisissez un nom, un e-mail ou un téléphone</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>No single client matches &apos;{text}&apos;: pick one from the suggestions.</source>
        <translation>Aucun patient unique ne correspond à « {text} » : choisissez-en un parmi les suggestions.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
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
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Only administrators can read the audit trail.</source>
        <translation>Seuls les administrateurs peuvent consulter le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Select a row to see what changed.</source>
        <translation>Sélectionnez une ligne pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>Show &amp;raw values</source>
        <translation>Afficher les valeurs &amp;brutes</translation>
    </message>
    <message>
        <source>The row as stored: action, record, ids and the values before and after</source>
        <translation>La ligne telle qu&apos;enregistrée : action, enregistrement, identifiants et valeurs avant et après</translation>
    </message>
    <message>
        <source>Hide &amp;raw values</source>
        <translation>Masquer les valeurs &amp;brutes</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (faites défiler pour voir la suite)</translation>
    </message>
    <message>
        <source>{count} entries{more}</source>
        <translation>{count} entrées{more}</translation>
    </message>
    <message>
        <source>{what}
{when}, by {who} at {workstation}</source>
        <translation>{what}
{when}, par {who} sur {workstation}</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>a client</source>
        <translation>un patient</translation>
    </message>
    <message>
        <source>a provider</source>
        <translation>un praticien</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>Held {when} with {provider} for {client}</source>
        <translation>A retenu {when} avec {provider} pour {client}</translation>
    </message>
    <message>
        <source>Confirmed {client}&apos;s visit, {when} with {provider}</source>
        <translation>A confirmé le rendez-vous de {client}, {when} avec {provider}</translation>
    </message>
    <message>
        <source>Cancelled {client}&apos;s visit, {when} with {provider}</source>
        <translation>A annulé le rendez-vous de {client}, {when} avec {provider}</translation>
    </message>
    <message>
        <source> (reason: {reason})</source>
        <translation> (motif : {reason})</translation>
    </message>
    <message>
        <source>The hold for {client}, {when} with {provider}, ran out</source>
        <translation>La réservation provisoire de {client}, {when} avec {provider}, a expiré</translation>
    </message>
    <message>
        <source>Moved {client}&apos;s visit with {provider} from {before} to {when}</source>
        <translation>A déplacé le rendez-vous de {client} avec {provider} du {before} au {when}</translation>
    </message>
    <message>
        <source>Checked in {client} for {when} with {provider}</source>
        <translation>A enregistré l&apos;arrivée de {client} pour {when} avec {provider}</translation>
    </message>
    <message>
        <source>Completed {client}&apos;s visit, {when} with {provider}</source>
        <translation>A terminé le rendez-vous de {client}, {when} avec {provider}</translation>
    </message>
    <message>
        <source>Marked {client} a no-show, {when} with {provider}</source>
        <translation>A marqué {client} absent, {when} avec {provider}</translation>
    </message>
    <message>
        <source>Undid the check-in or no-show of {client}, {when} with {provider}</source>
        <translation>A annulé l&apos;arrivée ou l&apos;absence de {client}, {when} avec {provider}</translation>
    </message>
    <message>
        <source>Noted the reminder call to {client} about {when} with {provider}</source>
        <translation>A noté l&apos;appel de rappel à {client} pour {when} avec {provider}</translation>
    </message>
    <message>
        <source>Changed the note on {client}&apos;s visit, {when} with {provider}</source>
        <translation>A modifié la note du rendez-vous de {client}, {when} avec {provider}</translation>
    </message>
    <message>
        <source>{field} set to “{new}”</source>
        <translation>{field} mis à « {new} »</translation>
    </message>
    <message>
        <source>{field} “{old}” removed</source>
        <translation>{field} « {old} » supprimé</translation>
    </message>
    <message>
        <source>{field} from “{old}” to “{new}”</source>
        <translation>{field} de « {old} » à « {new} »</translation>
    </message>
    <message>
        <source>Added client {name}</source>
        <translation>A ajouté le patient {name}</translation>
    </message>
    <message>
        <source>Changed client {name}: {changes}</source>
        <translation>A modifié le patient {name} : {changes}</translation>
    </message>
    <message>
        <source>Added provider {name}</source>
        <translation>A ajouté le praticien {name}</translation>
    </message>
    <message>
        <source>Changed provider {name}: {changes}</source>
        <translation>A modifié le praticien {name} : {changes}</translation>
    </message>
    <message>
        <source>Added availability for {provider}: {day} {hours}</source>
        <translation>A ajouté des disponibilités pour {provider} : {day} {hours}</translation>
    </message>
    <message>
        <source>Removed availability of {provider}: {day} {hours}</source>
        <translation>A retiré des disponibilités de {provider} : {day} {hours}</translation>
    </message>
    <message>
        <source>Changed availability of {provider} on {day}: {changes}</source>
        <translation>A modifié les disponibilités de {provider} le {day} : {changes}</translation>
    </message>
    <message>
        <source>Laid a weekly pattern for {provider}</source>
        <translation>A posé un modèle hebdomadaire pour {provider}</translation>
    </message>
    <message>
        <source>Added the account {account} ({role})</source>
        <translation>A ajouté le compte {account} ({role})</translation>
    </message>
    <message>
        <source>Made {account} {role}</source>
        <translation>A donné à {account} le rôle {role}</translation>
    </message>
    <message>
        <source>Deactivated the account {account}</source>
        <translation>A désactivé le compte {account}</translation>
    </message>
    <message>
        <source>Reactivated the account {account}</source>
        <translation>A réactivé le compte {account}</translation>
    </message>
    <message>
        <source>Set a new password for {account}</source>
        <translation>A défini un nouveau mot de passe pour {account}</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>S&apos;est connecté</translation>
    </message>
    <message>
        <source>A sign-in failed</source>
        <translation>Échec d&apos;une connexion</translation>
    </message>
    <message>
        <source>The account {account} was locked after failed sign-ins</source>
        <translation>Le compte {account} a été bloqué après des connexions échouées</translation>
    </message>
    <message>
        <source>A sign-in to the locked account {account} was refused</source>
        <translation>Une connexion au compte bloqué {account} a été refusée</translation>
    </message>
    <message>
        <source>Unlocked the screen</source>
        <translation>A déverrouillé l&apos;écran</translation>
    </message>
    <message>
        <source>A wrong password was typed on the lock screen</source>
        <translation>Un mot de passe erroné a été saisi sur l&apos;écran de verrouillage</translation>
    </message>
    <message>
        <source>Changed the clinic settings: {changes}</source>
        <translation>A modifié les paramètres de la clinique : {changes}</translation>
    </message>
</context>
<context>
    <name>BlockRowsEditor</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Add another block</source>
        <translation>&amp;Ajouter une autre plage</translation>
    </message>
    <message>
        <source>Block %1 from</source>
        <translation>Plage %1 de</translation>
    </message>
    <message>
        <source>Block %1 until</source>
        <translation>Plage %1 à</translation>
    </message>
    <message>
        <source>00:00 as the end means midnight at the end of the day.</source>
        <translation>00:00 comme fin signifie minuit, à la fin de la journée.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove block %1</source>
        <translation>Retirer la plage %1</translation>
    </message>
</context>
<context>
    <name>BookVisitDialog</name>
    <message>
        <source>Book a visit</source>
        <translation>Réserver un rendez-vous</translation>
    </message>
    <message>
        <source>{when} with {provider}</source>
        <translation>{when} avec {provider}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Type de rendez-vous</translation>
    </message>
    <message>
        <source>e.g. interpreter needed</source>
        <translation>p. ex. interprète nécessaire</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Retenir</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Patient :</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>Rendez-&amp;vous :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Enter holds the time; Ctrl+Enter holds and confirms it.</source>
        <translation>Entrée retient l&apos;horaire ; Ctrl+Entrée le retient et le confirme.</translation>
    </message>
</context>
<context>
    <name>BookVisitWords</name>
    <message>
        <source>that time is booked</source>
        <translation>cet horaire est déjà réservé</translation>
    </message>
    <message>
        <source>that time is held at another desk</source>
        <translation>cet horaire est retenu sur un autre poste</translation>
    </message>
    <message>
        <source>inside the booking notice</source>
        <translation>dans le délai de prévenance</translation>
    </message>
    <message>
        <source>beyond how far ahead the clinic books</source>
        <translation>au-delà de la limite de réservation de la clinique</translation>
    </message>
    <message>
        <source>that time has passed</source>
        <translation>cet horaire est déjà passé</translation>
    </message>
    <message>
        <source>the client already has a visit that day</source>
        <translation>le patient a déjà un rendez-vous ce jour-là</translation>
    </message>
    <message>
        <source>runs past the available time or into another visit</source>
        <translation>dépasse le temps disponible ou empiète sur un autre rendez-vous</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>né(e) le {date}</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <source>Held</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>BookingTab</name>
    <message>
        <source>&amp;Find client</source>
        <translation>Rechercher un &amp;patient</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>Client &amp;history…</source>
        <translation>&amp;Historique du patient…</translation>
    </message>
    <message>
        <source>&amp;Hold slot</source>
        <translation>&amp;Retenir le créneau</translation>
    </message>
    <message>
        <source>&amp;Confirm hold</source>
        <translation>&amp;Confirmer la réservation</translation>
    </message>
    <message>
        <source>&amp;Move reservation…</source>
        <translation>&amp;Déplacer la réservation…</translation>
    </message>
    <message>
        <source>Cance&amp;l reservation…</source>
        <translation>&amp;Annuler la réservation…</translation>
    </message>
    <message>
        <source>&amp;Stop moving</source>
        <translation>Arrêter le déplace&amp;ment</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Jour et heure</translation>
    </message>
    <message>
        <source>Appointment book or free slots</source>
        <translation>Agenda ou créneaux libres</translation>
    </message>
    <message>
        <source>Appointment &amp;book</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Free slots</source>
        <translation>Créneaux &amp;libres</translation>
    </message>
    <message>
        <source>1. Client</source>
        <translation>1. Patient</translation>
    </message>
    <message>
        <source>2. Day and time</source>
        <translation>2. Jour et heure</translation>
    </message>
    <message>
        <source>3. Hold and confirm</source>
        <translation>3. Retenir et confirmer</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Modifier le patient…</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hold left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>{client} with {provider}, {when} ({zone}): {status}</source>
        <translation>{client} avec {provider}, {when} ({zone}) : {status}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>The hold runs out soon: confirm it now.</source>
        <translation>La réservation provisoire expire bientôt : confirmez-la maintenant.</translation>
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
            <numerusform>Retenue, %n min restante</numerusform>
            <numerusform>Retenue, %n min restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message numerus="yes">
        <source>Held %n min</source>
        <translation>
            <numerusform>Retenue %n min</numerusform>
            <numerusform>Retenue %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
</context>
<context>
    <name>CalendarPublisher</name>
    <message numerus="yes">
        <source>CalDAV: %n provider(s) failed ({reason})</source>
        <translation>
            <numerusform>CalDAV : échec pour %n praticien ({reason})</numerusform>
            <numerusform>CalDAV : échec pour %n praticiens ({reason})</numerusform>
        </translation>
    </message>
    <message>
        <source>CalDAV: not published ({reason})</source>
        <translation>CalDAV : non publié ({reason})</translation>
    </message>
    <message>
        <source>Publishing to the providers&apos; calendars failed; it is tried again every few minutes.</source>
        <translation>La publication dans les calendriers des praticiens a échoué ; elle est retentée toutes les quelques minutes.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>&amp;Previous week</source>
        <translation>Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation>Semaine sui&amp;vante</translation>
    </message>
    <message>
        <source>&amp;Add availability…</source>
        <translation>&amp;Ajouter des disponibilités…</translation>
    </message>
    <message>
        <source>Add one or more blocks on a date</source>
        <translation>Ajouter une ou plusieurs plages à une date</translation>
    </message>
    <message>
        <source>&amp;Weekly pattern…</source>
        <translation>Modèle &amp;hebdomadaire…</translation>
    </message>
    <message>
        <source>Repeat blocks on chosen weekdays over a range of dates</source>
        <translation>Répéter des plages les jours choisis sur une période</translation>
    </message>
    <message>
        <source>Time &amp;off…</source>
        <translation>A&amp;bsence…</translation>
    </message>
    <message>
        <source>Take a whole day, or part of it, off</source>
        <translation>Prendre une journée entière ou une partie de journée</translation>
    </message>
    <message>
        <source>&amp;New provider…</source>
        <translation>&amp;Nouveau praticien…</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Ajouter un praticien</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected provider</source>
        <translation>Modifier le praticien sélectionné</translation>
    </message>
    <message>
        <source>No provider selected</source>
        <translation>Aucun praticien sélectionné</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>Impossible d&apos;annuler ou de rétablir</translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <source>not called</source>
        <translation>pas appelé</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>joint</translation>
    </message>
    <message>
        <source>left message</source>
        <translation>message laissé</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Liste d&apos;appels</translation>
    </message>
    <message>
        <source>Reminder calls for {day}</source>
        <translation>Appels de rappel pour le {day}</translation>
    </message>
    <message>
        <source>Visits to call about</source>
        <translation>Rendez-vous à rappeler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <source>Call to {client}</source>
        <translation>Appel à {client}</translation>
    </message>
    <message>
        <source>Saved: {client}.</source>
        <translation>Enregistré : {client}.</translation>
    </message>
</context>
<context>
    <name>CancelReservationDialog</name>
    <message>
        <source>Cancel reservation</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Cancel {client}&apos;s reservation with {provider} on {when}?</source>
        <translation>Annuler la réservation de {client} avec {provider} le {when} ?</translation>
    </message>
    <message>
        <source>Reason (optional), e.g. client is ill</source>
        <translation>Motif (facultatif), p. ex. patient malade</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <source>Cancel &amp;reservation</source>
        <translation>Annuler la &amp;réservation</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;La conserver</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Role of {name}</source>
        <translation>Rôle de {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
</context>
<context>
    <name>ClientActions</name>
    <message>
        <source>Added {client}. Pick a free slot and hold it (Enter).</source>
        <translation>{client} ajouté. Choisissez un créneau libre et retenez-le (Entrée).</translation>
    </message>
    <message>
        <source>Choose the client to edit first (Ctrl+F).</source>
        <translation>Choisissez d&apos;abord le patient à modifier (Ctrl+F).</translation>
    </message>
    <message>
        <source>Saved {client}.</source>
        <translation>{client} enregistré.</translation>
    </message>
    <message>
        <source>Several clients match “{typed}”. Pick the right one in the Client list (Up/Down, then Enter), then hold.</source>
        <translation>Plusieurs patients correspondent à « {typed} ». Choisissez le bon dans la liste des patients (Haut/Bas, puis Entrée), puis retenez le créneau.</translation>
    </message>
    <message>
        <source>Choose a client first: type a name, email or phone in the Client box (Ctrl+F).</source>
        <translation>Choisissez d&apos;abord un patient : saisissez un nom, un e-mail ou un téléphone dans la case Patient (Ctrl+F).</translation>
    </message>
</context>
<context>
    <name>ClientBookingsModel</name>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ClientFinder</name>
    <message>
        <source>Name, email or phone digits</source>
        <translation>Nom, e-mail ou chiffres du téléphone</translation>
    </message>
    <message>
        <source>Find client</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Client&apos;s history</source>
        <translation>Historique du patient</translation>
    </message>
    <message>
        <source>The chosen client&apos;s reservations (Ctrl+H)</source>
        <translation>Réservations du patient choisi (Ctrl+H)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>{count} or more clients found</source>
        <translation>{count} patients trouvés ou plus</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n patient trouvé</numerusform>
            <numerusform>%n patients trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientHistoryDialog</name>
    <message>
        <source>Bookings of this client</source>
        <translation>Réservations de ce patient</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Select a row to see what changed.</source>
        <translation>Sélectionnez une ligne pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historique de {name}</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>Slot length</source>
        <translation>Durée d&apos;un créneau</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>How long one bookable slot is; divides an hour, or whole hours.</source>
        <translation>Durée d&apos;un créneau réservable ; divise une heure, ou en heures entières.</translation>
    </message>
    <message>
        <source>Notice needed</source>
        <translation>Délai de prévenance</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>How long before a visit it can still be booked.</source>
        <translation>Jusqu&apos;à combien de temps avant un rendez-vous on peut encore réserver.</translation>
    </message>
    <message>
        <source>Book at most</source>
        <translation>Réserver au plus</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> jours à l&apos;avance</translation>
    </message>
    <message>
        <source>How far ahead the desk may book.</source>
        <translation>Jusqu&apos;à quand l&apos;accueil peut réserver à l&apos;avance.</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Durée de réservation provisoire</translation>
    </message>
    <message>
        <source>How long a hold keeps its slot before it must be confirmed.</source>
        <translation>Combien de temps une réservation provisoire garde son créneau avant de devoir être confirmée.</translation>
    </message>
    <message>
        <source>Bookings per client per day</source>
        <translation>Réservations par patient et par jour</translation>
    </message>
    <message>
        <source>How many live bookings one client may have on one day.</source>
        <translation>Nombre de réservations actives qu&apos;un patient peut avoir le même jour.</translation>
    </message>
    <message>
        <source>Free lapsed holds every</source>
        <translation>Libérer les réservations expirées toutes les</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>How often each desk looks for holds that ran out.</source>
        <translation>Fréquence à laquelle chaque poste cherche les réservations provisoires expirées.</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Verrouiller l&apos;écran après</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse before the screen locks.</source>
        <translation>Minutes sans clavier ni souris avant le verrouillage de l&apos;écran.</translation>
    </message>
    <message>
        <source>Clinic time zone</source>
        <translation>Fuseau horaire de la clinique</translation>
    </message>
    <message>
        <source>The zone the clinic&apos;s day and the lists are shown in.</source>
        <translation>Le fuseau dans lequel s&apos;affichent la journée de la clinique et les listes.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Région téléphonique</translation>
    </message>
    <message>
        <source>The country assumed for phone numbers typed without +code.</source>
        <translation>Le pays supposé pour les numéros saisis sans +indicatif.</translation>
    </message>
    <message>
        <source>Email reminders (1 = on)</source>
        <translation>Rappels par e-mail (1 = oui)</translation>
    </message>
    <message>
        <source>Email each confirmed visit&apos;s client a reminder; 0 turns it off.</source>
        <translation>Envoyer un rappel par e-mail au patient de chaque rendez-vous confirmé ; 0 le désactive.</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source> hours before the visit</source>
        <translation> heures avant le rendez-vous</translation>
    </message>
    <message>
        <source>How long before a confirmed visit its reminder is sent.</source>
        <translation>Combien de temps avant un rendez-vous confirmé son rappel est envoyé.</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Paramètres de la clinique</translation>
    </message>
    <message>
        <source>These settings apply to every workstation of the clinic.</source>
        <translation>Ces paramètres s&apos;appliquent à tous les postes de la clinique.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>The details were written to the log file {path}.</source>
        <translation>Les détails ont été écrits dans le fichier journal {path}.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Les détails n&apos;ont pas pu être écrits dans un fichier journal.</translation>
    </message>
    <message>
        <source>Something went wrong inside Reservations: {what}</source>
        <translation>Une erreur s&apos;est produite dans Reservations : {what}</translation>
    </message>
    <message>
        <source>The app is still running, but the last action may not have finished. Check its result before you go on, and tell IT if this happens again.</source>
        <translation>L&apos;application fonctionne toujours, mais la dernière action n&apos;est peut-être pas allée au bout. Vérifiez son résultat avant de continuer et prévenez l&apos;informatique si cela se reproduit.</translation>
    </message>
    <message>
        <source>Reservations: unexpected error</source>
        <translation>Reservations : erreur inattendue</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapports…</translation>
    </message>
    <message>
        <source>&amp;Import clients from CSV…</source>
        <translation>&amp;Importer des patients depuis un CSV…</translation>
    </message>
    <message>
        <source>Export &amp;clients to CSV…</source>
        <translation>Exporter les &amp;patients en CSV…</translation>
    </message>
    <message>
        <source>Export &amp;bookings to CSV…</source>
        <translation>Exporter les &amp;réservations en CSV…</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;calendar file (ICS)…</source>
        <translation>Fichier &amp;calendrier du praticien (ICS)…</translation>
    </message>
    <message>
        <source>&amp;Send due reminders now</source>
        <translation>&amp;Envoyer maintenant les rappels dus</translation>
    </message>
    <message>
        <source>&amp;Publish calendars (CalDAV) now</source>
        <translation>&amp;Publier les calendriers (CalDAV) maintenant</translation>
    </message>
    <message>
        <source>Email reminder &amp;settings…</source>
        <translation>&amp;Paramètres des rappels par e-mail…</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Exporter les patients</translation>
    </message>
    <message>
        <source>{n} clients written to {path}.</source>
        <translation>{n} patients écrits dans {path}.</translation>
    </message>
    <message>
        <source>Export bookings of the last and next 90 days</source>
        <translation>Exporter les réservations des 90 derniers et prochains jours</translation>
    </message>
    <message>
        <source>{n} bookings written to {path}.</source>
        <translation>{n} réservations écrites dans {path}.</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Fichier calendrier</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Praticien :</translation>
    </message>
    <message>
        <source>{n} visits written to {path}.</source>
        <translation>{n} rendez-vous écrits dans {path}.</translation>
    </message>
    <message>
        <source>No provider has a CalDAV calendar set up (reservations-app caldav configure).</source>
        <translation>Aucun praticien n&apos;a de calendrier CalDAV configuré (reservations-app caldav configure).</translation>
    </message>
    <message>
        <source>{n} calendar(s) up to date: {saved} saved, {deleted} deleted.</source>
        <translation>Calendriers à jour : {n} ; {saved} enregistrés, {deleted} supprimés.</translation>
    </message>
    <message>
        <source>{due} due, {sent} sent{failed}</source>
        <translation>{due} dus, {sent} envoyés{failed}</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/reservations or a file path</source>
        <translation>postgresql://utilisateur@serveur:5432/reservations ou un chemin de fichier</translation>
    </message>
    <message>
        <source>PostgreSQL only</source>
        <translation>PostgreSQL uniquement</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection before saving.</source>
        <translation>Testez la connexion avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Database address:</source>
        <translation>Adresse de la base de données :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>The app uses the new database from its next start.</source>
        <translation>L&apos;application utilisera la nouvelle base de données dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>Changed: test the connection again.</source>
        <translation>Modifié : testez à nouveau la connexion.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>Connecté. %1</translation>
    </message>
    <message>
        <source>Cannot use this database: %1</source>
        <translation>Impossible d&apos;utiliser cette base de données : %1</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>The address is saved in %1.</source>
        <translation>L&apos;adresse est enregistrée dans %1.</translation>
    </message>
    <message>
        <source>The password is saved in %1.</source>
        <translation>Le mot de passe est enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>Waiting for the database…</source>
        <translation>En attente de la base de données…</translation>
    </message>
    <message>
        <source>Cannot reach the database server; retrying. {reason}</source>
        <translation>Impossible de joindre le serveur de base de données ; nouvelle tentative. {reason}</translation>
    </message>
    <message>
        <source>The database file is locked by another program; retrying. You can sign in once it is free.</source>
        <translation>Le fichier de base de données est verrouillé par un autre programme ; nouvelle tentative. Vous pourrez vous connecter dès qu&apos;il sera libéré.</translation>
    </message>
</context>
<context>
    <name>DayBookPanel</name>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>Pra&amp;ticiens</translation>
    </message>
    <message>
        <source>Which providers to show</source>
        <translation>Quels praticiens afficher</translation>
    </message>
    <message>
        <source>Why there is no bookable time</source>
        <translation>Pourquoi aucun horaire n&apos;est réservable</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Nobody has availability on this day. Add it on the Calendar tab, or go to another day (Alt+Right).</source>
        <translation>Personne n&apos;a de disponibilité ce jour-là. Ajoutez-en dans l&apos;onglet Calendrier, ou allez à un autre jour (Alt+Droite).</translation>
    </message>
    <message>
        <source>Everyone working that day</source>
        <translation>Tous ceux qui travaillent ce jour-là</translation>
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
        <translation>non disponible</translation>
    </message>
    <message numerus="yes">
        <source>held, %n min left</source>
        <translation>
            <numerusform>retenue, %n min restante</numerusform>
            <numerusform>retenue, %n min restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenue</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>their time %1</source>
        <translation>son heure %1</translation>
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
        <translation>Une colonne par praticien. Les flèches passent d&apos;un horaire et d&apos;un praticien à l&apos;autre, Entrée réserve l&apos;horaire libre ou ouvre la réservation, la touche menu montre ce qui est possible.</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>A new clinic</source>
        <translation>Une nouvelle clinique</translation>
    </message>
    <message>
        <source>This database has no providers and no clients yet.</source>
        <translation>Cette base de données n&apos;a encore ni praticiens ni patients.</translation>
    </message>
    <message>
        <source>Create a demo clinic with five providers, six weeks of availability, 80 clients and some bookings, to look around and practise? Or start empty and add your own.</source>
        <translation>Créer une clinique de démonstration avec cinq praticiens, six semaines de disponibilités, 80 patients et quelques réservations, pour découvrir et s&apos;entraîner ? Ou commencer à vide et ajouter les vôtres.</translation>
    </message>
    <message>
        <source>Create a &amp;demo clinic</source>
        <translation>Créer une clinique de &amp;démonstration</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Commencer à &amp;vide</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clinique de démonstration</translation>
    </message>
    <message>
        <source>Creating the demo clinic…</source>
        <translation>Création de la clinique de démonstration…</translation>
    </message>
    <message>
        <source>The demo clinic could not be created: {reason}</source>
        <translation>La clinique de démonstration n&apos;a pas pu être créée : {reason}</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <source>Adding providers</source>
        <translation>Ajout des praticiens</translation>
    </message>
    <message>
        <source>Laying out availability</source>
        <translation>Mise en place des disponibilités</translation>
    </message>
    <message>
        <source>Adding clients</source>
        <translation>Ajout des patients</translation>
    </message>
    <message>
        <source>Adding visit types</source>
        <translation>Ajout des types de rendez-vous</translation>
    </message>
    <message>
        <source>Booking appointments</source>
        <translation>Prise des rendez-vous</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
</context>
<context>
    <name>EditBlockDialog</name>
    <message>
        <source>Change block for %1</source>
        <translation>Modifier la plage de %1</translation>
    </message>
    <message>
        <source>New times on %1:</source>
        <translation>Nouveaux horaires le %1 :</translation>
    </message>
</context>
<context>
    <name>EditClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <source>Client&apos;s name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Date de naissance connue</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Join a household…</source>
        <translation>Re&amp;joindre un foyer…</translation>
    </message>
    <message>
        <source>&amp;Leave household</source>
        <translation>&amp;Quitter le foyer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Foyer :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Shares contact details with client {id}&apos;s household</source>
        <translation>Partage les coordonnées du foyer du patient {id}</translation>
    </message>
    <message>
        <source>Not in a household</source>
        <translation>Ne fait partie d&apos;aucun foyer</translation>
    </message>
    <message>
        <source>Join a household</source>
        <translation>Rejoindre un foyer</translation>
    </message>
    <message>
        <source>Whose household does {client} belong to?</source>
        <translation>De quel foyer {client} fait-il partie ?</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisissez le fichier</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet; the first row names the columns.</source>
        <translation>Un fichier CSV enregistré depuis un tableur ; la première ligne nomme les colonnes.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>Client list</source>
        <translation>Liste des patients</translation>
    </message>
    <message>
        <source>Cannot read the file: {reason}</source>
        <translation>Impossible de lire le fichier : {reason}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Créer l&apos;administrateur</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. Create the first one: an administrator, who can later add accounts for the front desk and the providers. The password needs at least {n} characters.</source>
        <translation>Cette base de données n&apos;a encore aucun compte du personnel. Créez le premier : un administrateur, qui pourra ensuite ajouter des comptes pour l&apos;accueil et les praticiens. Le mot de passe doit comporter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Créer l&apos;administrateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent. Saisissez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>HoldPanel</name>
    <message>
        <source>Chosen client</source>
        <translation>Patient choisi</translation>
    </message>
    <message>
        <source>Chosen slot</source>
        <translation>Créneau choisi</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Patient :</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>Créneau :</translation>
    </message>
    <message>
        <source>Current reservation</source>
        <translation>Réservation en cours</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Reservation status</source>
        <translation>Statut de la réservation</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>None chosen: find one on the left (Ctrl+F).</source>
        <translation>Aucun choisi : cherchez-le à gauche (Ctrl+F).</translation>
    </message>
    <message>
        <source>None chosen: pick a free slot.</source>
        <translation>Aucun choisi : choisissez un créneau libre.</translation>
    </message>
    <message>
        <source>{provider}&lt;br&gt;{when} ({zone})</source>
        <translation>{provider}&lt;br&gt;{when} ({zone})</translation>
    </message>
    <message>
        <source>None yet. Hold a slot, or pick a reservation from the list below.</source>
        <translation>Aucune pour l&apos;instant. Retenez un créneau ou choisissez une réservation dans la liste ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{client}&lt;/b&gt; with {provider}&lt;br&gt;{day}, {time}</source>
        <translation>&lt;b&gt;{client}&lt;/b&gt; avec {provider}&lt;br&gt;{day}, {time}</translation>
    </message>
    <message>
        <source>Held: {left} left</source>
        <translation>Retenue : encore {left}</translation>
    </message>
    <message>
        <source>Confirm it (Ctrl+Enter) before the time runs out.</source>
        <translation>Confirmez-la (Ctrl+Entrée) avant la fin du délai.</translation>
    </message>
    <message>
        <source>The hold ran out and the slot was freed. Hold it again if it is still free.</source>
        <translation>La réservation provisoire a expiré et le créneau a été libéré. Retenez-le à nouveau s&apos;il est toujours libre.</translation>
    </message>
    <message>
        <source>Booked. Move or cancel it here if plans change.</source>
        <translation>Réservé. Déplacez-la ou annulez-la ici si les plans changent.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Hold about to expire</source>
        <translation>Réservation provisoire sur le point d&apos;expirer</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>Importer des patients</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The new language applies the next time the app starts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Colour key</source>
        <translation>Légende des couleurs</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Held (min left)</source>
        <translation>Retenue (min restantes)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Reservations is locked</source>
        <translation>Reservations est verrouillé</translation>
    </message>
    <message>
        <source>The screen was locked.</source>
        <translation>L&apos;écran a été verrouillé.</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use.</source>
        <translation>L&apos;écran a été verrouillé après un moment d&apos;inactivité.</translation>
    </message>
    <message>
        <source>{why} Enter the password of {user} to continue where you left off, or sign in as someone else with Switch user.</source>
        <translation>{why} Saisissez le mot de passe de {user} pour reprendre là où vous en étiez, ou connectez-vous sous un autre nom avec Changer d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Mot de passe incorrect. Réessayez.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Reservations.</source>
        <translation>Connectez-vous à Reservations.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de données : {where}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Email reminders</source>
        <translation>Rappels par e-mail</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Champs disponibles : {names}</translation>
    </message>
    <message>
        <source>Subject: {subject}

{body}</source>
        <translation>Objet : {subject}

{body}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main tabs</source>
        <translation>Onglets principaux</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Find a client and book a slot (Ctrl+1)</source>
        <translation>Rechercher un patient et réserver un créneau (Ctrl+1)</translation>
    </message>
    <message>
        <source>Providers&apos; availability (Ctrl+2)</source>
        <translation>Disponibilités des praticiens (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Booking tab</source>
        <translation>Onglet &amp;Réservations</translation>
    </message>
    <message>
        <source>&amp;Calendar tab</source>
        <translation>Onglet &amp;Calendrier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Database connection…</source>
        <translation>Connexion à la &amp;base de données…</translation>
    </message>
    <message>
        <source>&amp;About Reservations</source>
        <translation>À &amp;propos de Reservations</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Booking</source>
        <translation>&amp;Réservations</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>&amp;Visit types…</source>
        <translation>&amp;Types de rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Signed in as {user} ({role})</source>
        <translation>Connecté en tant que {user} ({role})</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de données : {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) expired</source>
        <translation>
            <numerusform>%n réservation provisoire expirée</numerusform>
            <numerusform>%n réservations provisoires expirées</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualisé</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>{what} ({menu} menu)</source>
        <translation>{what} (menu {menu})</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <source>The new connection is saved and is used the next time Reservations starts.</source>
        <translation>La nouvelle connexion est enregistrée et sera utilisée au prochain démarrage de Reservations.</translation>
    </message>
    <message>
        <source>The connection to the database was lost ({reason}). Reconnecting… Changes made now may fail; try them again once this message is gone.</source>
        <translation>La connexion à la base de données a été perdue ({reason}). Reconnexion… Les modifications faites maintenant peuvent échouer ; refaites-les une fois ce message disparu.</translation>
    </message>
    <message>
        <source>Reconnected to the database</source>
        <translation>Reconnecté à la base de données</translation>
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
        <translation>Contenu de chaque colonne</translation>
    </message>
    <message>
        <source>Read as {encoding}, columns separated by &apos;{delimiter}&apos;. The first rows of the file:</source>
        <translation>Lu en {encoding}, colonnes séparées par « {delimiter} ». Premières lignes du fichier :</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Bold days have availability; underlined days have bookings.</source>
        <translation>Les jours en gras ont des disponibilités ; les jours soulignés ont des réservations.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Client&apos;s name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.org (optional)</source>
        <translation>nom@exemple.org (facultatif)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>+1 555 010 2030 (optional)</source>
        <translation>+33 6 00 00 00 00 (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Use the selected client</source>
        <translation>&amp;Utiliser le patient sélectionné</translation>
    </message>
    <message>
        <source>Use the selected existing client</source>
        <translation>Utiliser le patient existant sélectionné</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate: %n client(s) on file with the same name, email or phone. If it is them, use the one below; if not, press Save anyway.</source>
        <translation>
            <numerusform>Doublon possible : %n patient enregistré avec le même nom, e-mail ou téléphone. Si c&apos;est lui, utilisez celui ci-dessous ; sinon, cliquez sur Enregistrer quand même.</numerusform>
            <numerusform>Doublon possible : %n patients enregistrés avec le même nom, e-mail ou téléphone. Si c&apos;est l&apos;un d&apos;eux, utilisez celui ci-dessous ; sinon, cliquez sur Enregistrer quand même.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>The database did not answer, so this was not saved. Nothing you typed is lost: try again once the message about the database is gone.</source>
        <translation>La base de données n&apos;a pas répondu, rien n&apos;a donc été enregistré. Rien de ce que vous avez saisi n&apos;est perdu : réessayez une fois le message sur la base de données disparu.</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>En attente de la base de données…</translation>
    </message>
    <message>
        <source>Cannot reach the database server; retrying. What is on screen stays; changes are off until it answers.</source>
        <translation>Impossible de joindre le serveur de base de données ; nouvelle tentative. L&apos;affichage reste tel quel ; les modifications sont désactivées jusqu&apos;à sa réponse.</translation>
    </message>
    <message>
        <source>The database file is locked by another program; retrying. What is on screen stays; changes are off until it is free.</source>
        <translation>Le fichier de base de données est verrouillé par un autre programme ; nouvelle tentative. L&apos;affichage reste tel quel ; les modifications sont désactivées jusqu&apos;à sa libération.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Les deux mots de passe diffèrent. Saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>will be added</source>
        <translation>sera ajouté</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que fera l&apos;importation</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>{added} will be added, {duplicates} duplicate(s) and {invalid} invalid row(s) will be left out.</source>
        <translation>À ajouter : {added}. Laissés de côté : {duplicates} doublons et {invalid} lignes non valides.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Day sheet…</source>
        <translation>&amp;Feuille du jour…</translation>
    </message>
    <message>
        <source>Day sheet of this &amp;provider…</source>
        <translation>Feuille du jour de ce &amp;praticien…</translation>
    </message>
    <message>
        <source>&amp;Call list for the next clinic day…</source>
        <translation>&amp;Liste d&apos;appels du prochain jour de consultation…</translation>
    </message>
    <message>
        <source>&amp;Reminder calls…</source>
        <translation>App&amp;els de rappel…</translation>
    </message>
    <message>
        <source>&amp;Appointment card for the client…</source>
        <translation>&amp;Carte de rendez-vous pour le patient…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Put the cursor on a provider&apos;s column in the appointment book first.</source>
        <translation>Placez d&apos;abord le curseur sur la colonne d&apos;un praticien dans l&apos;agenda.</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Feuille du jour</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Liste d&apos;appels</translation>
    </message>
    <message>
        <source>Choose the client first (Ctrl+F).</source>
        <translation>Choisissez d&apos;abord le patient (Ctrl+F).</translation>
    </message>
    <message>
        <source>Appointment card</source>
        <translation>Carte de rendez-vous</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF: {error}</source>
        <translation>Impossible d&apos;enregistrer le PDF : {error}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>reached</source>
        <translation>joint</translation>
    </message>
    <message>
        <source>left message</source>
        <translation>message laissé</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenue</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>{who} · {visits} · times in {zone}</source>
        <translation>{who} · {visits} · heures en {zone}</translation>
    </message>
    <message>
        <source>Day sheet: {date}</source>
        <translation>Feuille du jour : {date}</translation>
    </message>
    <message>
        <source>Nothing is booked on this day.</source>
        <translation>Rien n&apos;est réservé ce jour-là.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <source>Call list: {date}</source>
        <translation>Liste d&apos;appels : {date}</translation>
    </message>
    <message>
        <source>{visits} to remind</source>
        <translation>{visits} à rappeler</translation>
    </message>
    <message>
        <source>No visits to remind on the next clinic day.</source>
        <translation>Aucun rendez-vous à rappeler pour le prochain jour de consultation.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Your next appointments: {client}</source>
        <translation>Vos prochains rendez-vous : {client}</translation>
    </message>
    <message numerus="yes">
        <source>Please tell us at least %n hour(s) ahead if you cannot come.</source>
        <translation>
            <numerusform>Merci de nous prévenir au moins %n heure à l&apos;avance si vous ne pouvez pas venir.</numerusform>
            <numerusform>Merci de nous prévenir au moins %n heures à l&apos;avance si vous ne pouvez pas venir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments are booked.</source>
        <translation>Aucun rendez-vous n&apos;est réservé.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Encrypt this backup with a passphrase? Without the passphrase nobody can read it, and nobody can restore it either: keep it safe.</source>
        <translation>Chiffrer cette sauvegarde avec une phrase secrète ? Sans la phrase secrète, personne ne peut la lire ni la restaurer : conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>This looks like removable media, which is easily lost. </source>
        <translation>Ceci semble être un support amovible, facile à perdre. </translation>
    </message>
    <message>
        <source>Encrypt the backup?</source>
        <translation>Chiffrer la sauvegarde ?</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase (at least 10 characters):</source>
        <translation>Phrase secrète (au moins 10 caractères) :</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>La même phrase secrète à nouveau :</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was saved.</source>
        <translation>Les deux phrases secrètes diffèrent ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>This backup is encrypted. Its passphrase:</source>
        <translation>Cette sauvegarde est chiffrée. Sa phrase secrète :</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>New provider</source>
        <translation>Nouveau praticien</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Modifier le praticien</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>e.g. Dr. Ann Lee</source>
        <translation>p. ex. Dr Anne Leroy</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>Type part of a name, e.g. Berlin or New_York.</source>
        <translation>Saisissez une partie d&apos;un nom, p. ex. Paris ou New_York.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <source>Provider colour</source>
        <translation>Couleur du praticien</translation>
    </message>
</context>
<context>
    <name>ProviderModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
<context>
    <name>ProviderPanel</name>
    <message>
        <source>Search providers</source>
        <translation>Rechercher des praticiens</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Praticiens</translation>
    </message>
</context>
<context>
    <name>RecurringActions</name>
    <message>
        <source>Recurring &amp;visit…</source>
        <translation>Rendez-&amp;vous récurrent…</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Waitlist</source>
        <translation>&amp;Liste d&apos;attente</translation>
    </message>
</context>
<context>
    <name>RemindersStatus</name>
    <message>
        <source>Reminders: {reason}</source>
        <translation>Rappels : {reason}</translation>
    </message>
    <message>
        <source>Email reminders of the visits in the next {hours} hours</source>
        <translation>Rappels par e-mail des rendez-vous des {hours} prochaines heures</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Booked h</source>
        <translation>Heures réservées</translation>
    </message>
    <message>
        <source>Available h</source>
        <translation>Heures disponibles</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Taux d&apos;occupation</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taux d&apos;absence</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Annulations tardives</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Save charts as &amp;PNG…</source>
        <translation>Enregistrer les graphiques en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save &amp;report as PDF…</source>
        <translation>Enregistrer le &amp;rapport en PDF…</translation>
    </message>
    <message>
        <source>Utilisation per provider</source>
        <translation>Taux d&apos;occupation par praticien</translation>
    </message>
    <message>
        <source>No-show rate over time</source>
        <translation>Taux d&apos;absence au fil du temps</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Chiffres du rapport</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Reservations report</source>
        <translation>Rapport des réservations</translation>
    </message>
    <message>
        <source>{first} to {last}, {provider}, {period}</source>
        <translation>Du {first} au {last}, {provider}, {period}</translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation>Enregistrer les graphiques</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>ReservationWrites</name>
    <message>
        <source>Pick a free slot first.</source>
        <translation>Choisissez d&apos;abord un créneau libre.</translation>
    </message>
    <message>
        <source>Held {when} with {provider} for {client}. Confirm it with Ctrl+Enter.</source>
        <translation>{when} retenu avec {provider} pour {client}. Confirmez avec Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>Nothing to confirm: hold a slot first.</source>
        <translation>Rien à confirmer : retenez d&apos;abord un créneau.</translation>
    </message>
    <message>
        <source>Confirmed: {client} with {provider}, {when}.</source>
        <translation>Confirmée : {client} avec {provider}, {when}.</translation>
    </message>
    <message>
        <source>Pick the reservation to cancel in the list below first.</source>
        <translation>Choisissez d&apos;abord la réservation à annuler dans la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Cancelled: {client} with {provider}, {when}.</source>
        <translation>Annulée : {client} avec {provider}, {when}.</translation>
    </message>
    <message>
        <source>Pick a held or confirmed reservation to move first.</source>
        <translation>Choisissez d&apos;abord une réservation retenue ou confirmée à déplacer.</translation>
    </message>
    <message>
        <source>Move &amp;here</source>
        <translation>Déplacer &amp;ici</translation>
    </message>
    <message>
        <source>Moving {client}&apos;s reservation ({when} with {provider}). Pick the new day and time, then press Enter. Esc stops moving.</source>
        <translation>Déplacement de la réservation de {client} ({when} avec {provider}). Choisissez le nouveau jour et l&apos;horaire, puis appuyez sur Entrée. Échap arrête le déplacement.</translation>
    </message>
    <message>
        <source>&amp;Hold slot</source>
        <translation>&amp;Retenir le créneau</translation>
    </message>
    <message>
        <source>Moved {client}&apos;s reservation to {when} with {provider}.</source>
        <translation>Réservation de {client} déplacée au {when} avec {provider}.</translation>
    </message>
    <message>
        <source>Moved {client}&apos;s reservation to {when}.</source>
        <translation>Réservation de {client} déplacée au {when}.</translation>
    </message>
    <message>
        <source>The hold for {client} ({when} with {provider}) ran out and the slot was freed. Hold it again if it is still free.</source>
        <translation>La réservation provisoire de {client} ({when} avec {provider}) a expiré et le créneau a été libéré. Retenez-le à nouveau s&apos;il est toujours libre.</translation>
    </message>
</context>
<context>
    <name>ReservationsPanel</name>
    <message>
        <source>Which reservations</source>
        <translation>Quelles réservations</translation>
    </message>
    <message>
        <source>On the chosen day</source>
        <translation>Le jour choisi</translation>
    </message>
    <message>
        <source>Upcoming (8 weeks)</source>
        <translation>À venir (8 semaines)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Held or confirmed</source>
        <translation>Retenues ou confirmées</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Search client or provider</source>
        <translation>Rechercher un patient ou un praticien</translation>
    </message>
    <message>
        <source>Search reservations</source>
        <translation>Rechercher des réservations</translation>
    </message>
    <message>
        <source>Only the chosen c&amp;lient</source>
        <translation>Seulement le patient &amp;choisi</translation>
    </message>
    <message>
        <source>Only the chosen client</source>
        <translation>Seulement le patient choisi</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>&amp;Reservations:</source>
        <translation>&amp;Réservations :</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation>Nouveau mot de passe pour {name}</translation>
    </message>
    <message>
        <source>The new password also lifts a lockout.</source>
        <translation>Le nouveau mot de passe lève aussi un blocage.</translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message>
        <source>&amp;Change times…</source>
        <translation>&amp;Modifier les horaires…</translation>
    </message>
    <message>
        <source>&amp;Delete block</source>
        <translation>&amp;Supprimer la plage</translation>
    </message>
    <message>
        <source>&amp;Add availability on %1…</source>
        <translation>&amp;Ajouter des disponibilités le %1…</translation>
    </message>
    <message>
        <source>&amp;Time off on %1…</source>
        <translation>A&amp;bsence le %1…</translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message>
        <source>Done: %1.</source>
        <translation>Fait : %1.</translation>
    </message>
    <message>
        <source>Bookings cancelled: %1.</source>
        <translation>Réservations annulées : %1.</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rétablir</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>There is nothing to %1.</source>
        <translation>Il n&apos;y a rien à %1.</translation>
    </message>
    <message>
        <source>Bookings given back: %1.</source>
        <translation>Réservations rétablies : %1.</translation>
    </message>
    <message>
        <source>Booking %1 could not be given back: %2.</source>
        <translation>La réservation %1 n&apos;a pas pu être rétablie : %2.</translation>
    </message>
    <message>
        <source>Time off noted on %1: there was no availability then, and weekly patterns will leave it out.</source>
        <translation>Absence notée le %1 : il n&apos;y avait pas de disponibilité, et les modèles hebdomadaires en tiendront compte.</translation>
    </message>
    <message>
        <source>Add availability on %1</source>
        <translation>Ajouter des disponibilités le %1</translation>
    </message>
    <message>
        <source>Delete block %1 on %2</source>
        <translation>Supprimer la plage %1 du %2</translation>
    </message>
    <message>
        <source>Change block %1 to %2 on %3</source>
        <translation>Modifier la plage %1 en %2 le %3</translation>
    </message>
    <message>
        <source>Weekly pattern %1 to %2</source>
        <translation>Modèle hebdomadaire du %1 au %2</translation>
    </message>
    <message>
        <source>Blocks created: %1; already there and skipped: %2.</source>
        <translation>Plages créées : %1 ; déjà présentes et ignorées : %2.</translation>
    </message>
    <message>
        <source>Time off on %1</source>
        <translation>Absence le %1</translation>
    </message>
    <message>
        <source>Time off %2 on %1</source>
        <translation>Absence %2 le %1</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>Nothing was changed: bookings fall in this time. Move or cancel them first.</source>
        <translation>Rien n&apos;a été modifié : des réservations tombent sur ce créneau. Déplacez-les ou annulez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>There was no availability in that time; nothing was changed.</source>
        <translation>Il n&apos;y avait aucune disponibilité sur ce créneau ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation>Impossible de faire « %1 » sur « %2 » : %3</translation>
    </message>
    <message>
        <source>Nothing was changed, and this step was taken off the undo history.</source>
        <translation>Rien n&apos;a été modifié, et cette étape a été retirée de l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <source>Nothing was changed. The undo history was cleared, as it no longer matches the schedule.</source>
        <translation>Rien n&apos;a été modifié. L&apos;historique d&apos;annulation a été effacé, car il ne correspond plus au planning.</translation>
    </message>
    <message>
        <source>Bookings that fall in this time: %1</source>
        <translation>Réservations sur ce créneau : %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Cancel them too?</source>
        <translation>Les annuler aussi ?</translation>
    </message>
    <message>
        <source>Bookings in the way</source>
        <translation>Réservations gênantes</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Recurring visit</source>
        <translation>Rendez-vous récurrent</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>months (same weekday)</source>
        <translation>mois (même jour de la semaine)</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Rendez-vous :</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Book the visits that fit, skip the others</source>
        <translation>Réserver les rendez-vous possibles, ignorer les autres</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Book series</source>
        <translation>&amp;Réserver la série</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Patient :</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Praticien :</translation>
    </message>
    <message>
        <source>Visit type:</source>
        <translation>Type de rendez-vous :</translation>
    </message>
    <message>
        <source>First visit:</source>
        <translation>Premier rendez-vous :</translation>
    </message>
    <message>
        <source>Repeat every:</source>
        <translation>Répéter tous les :</translation>
    </message>
    <message>
        <source>On (none: the first visit&apos;s day):</source>
        <translation>Le (aucun : le jour du premier rendez-vous) :</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>Date of the first visit</source>
        <translation>Date du premier rendez-vous</translation>
    </message>
    <message>
        <source>Time of the visits</source>
        <translation>Heure des rendez-vous</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Répéter tous les</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Nombre de rendez-vous</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Preview of the visits</source>
        <translation>Aperçu des rendez-vous</translation>
    </message>
    <message>
        <source>Choose a client, a provider and a visit type.</source>
        <translation>Choisissez un patient, un praticien et un type de rendez-vous.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of them cannot be booked as asked</source>
        <translation>, dont %1 ne peuvent pas être réservés comme demandé</translation>
    </message>
    <message>
        <source>, all fit</source>
        <translation>, tous possibles</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked to book</source>
        <translation>
            <numerusform>%n cochée pour réserver</numerusform>
            <numerusform>%n cochées pour réserver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesPreviewModel</name>
    <message>
        <source>Visit</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Nearest free</source>
        <translation>Libre le plus proche</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Booked by another client</source>
        <translation>Réservé par un autre patient</translation>
    </message>
    <message>
        <source>Held at another desk</source>
        <translation>Retenu sur un autre poste</translation>
    </message>
    <message>
        <source>Inside the notice</source>
        <translation>Dans le délai de prévenance</translation>
    </message>
    <message>
        <source>Beyond the booking horizon</source>
        <translation>Au-delà de l&apos;horizon de réservation</translation>
    </message>
    <message>
        <source>In the past</source>
        <translation>Dans le passé</translation>
    </message>
    <message>
        <source>Client already booked that day</source>
        <translation>Patient déjà réservé ce jour-là</translation>
    </message>
    <message>
        <source>Does not fit before the next booking or the block end</source>
        <translation>Ne tient pas avant la réservation suivante ou la fin de la plage</translation>
    </message>
    <message>
        <source>Provider not available then</source>
        <translation>Praticien non disponible à ce moment-là</translation>
    </message>
    <message>
        <source>Tick to book the nearest free start that day instead</source>
        <translation>Cochez pour réserver plutôt le début libre le plus proche ce jour-là</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <source>&amp;Previous day</source>
        <translation>Jour &amp;précédent</translation>
    </message>
    <message>
        <source>Ne&amp;xt day</source>
        <translation>Jour &amp;suivant</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>Aujourd&apos;&amp;hui</translation>
    </message>
    <message>
        <source>Next day with &amp;free slots</source>
        <translation>Prochain &amp;jour avec des créneaux libres</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Pra&amp;ticien :</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Créneaux libres</translation>
    </message>
    <message>
        <source>Free slots summary</source>
        <translation>Résumé des créneaux libres</translation>
    </message>
    <message>
        <source>No free slots</source>
        <translation>Aucun créneau libre</translation>
    </message>
    <message>
        <source>Go to the next day with free slots</source>
        <translation>Aller au prochain jour avec des créneaux libres</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message numerus="yes">
        <source>%n free slot(s) on {day}</source>
        <translation>
            <numerusform>%n créneau libre le {day}</numerusform>
            <numerusform>%n créneaux libres le {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>No later day in the next four months has free slots.</source>
        <translation>Aucun jour des quatre prochains mois n&apos;a de créneau libre.</translation>
    </message>
    <message>
        <source>The next day with free slots is {day}.</source>
        <translation>Le prochain jour avec des créneaux libres est le {day}.</translation>
    </message>
    <message>
        <source>&amp;Go to {day}</source>
        <translation>&amp;Aller au {day}</translation>
    </message>
    <message>
        <source>No free slots: all of {weekday} is inside the {hours}-hour notice ({day}).</source>
        <translation>Aucun créneau libre : tout le {weekday} est dans le délai de prévenance de {hours} heures ({day}).</translation>
    </message>
    <message>
        <source>No free slots: the free times of {day} are already past.</source>
        <translation>Aucun créneau libre : les heures libres du {day} sont déjà passées.</translation>
    </message>
    <message>
        <source>No free slots: {day} is fully booked.</source>
        <translation>Aucun créneau libre : le {day} est complet.</translation>
    </message>
    <message>
        <source>No free slots: {provider} has no availability on {day}.</source>
        <translation>Aucun créneau libre : {provider} n&apos;a pas de disponibilité le {day}.</translation>
    </message>
    <message>
        <source>No free slots: nobody has availability on {day}.</source>
        <translation>Aucun créneau libre : personne n&apos;a de disponibilité le {day}.</translation>
    </message>
    <message>
        <source>No free slots on {day}.</source>
        <translation>Aucun créneau libre le {day}.</translation>
    </message>
</context>
<context>
    <name>SlotTableModel</name>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Clinic time</source>
        <translation>Heure de la clinique</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>{provider} · {zone} · {count} free</source>
        <translation>{provider} · {zone} · {count} libres</translation>
    </message>
    <message>
        <source>{provider}: {when} to {end} ({zone})</source>
        <translation>{provider} : {when} à {end} ({zone})</translation>
    </message>
    <message>
        <source>Clinic time: {when}</source>
        <translation>Heure de la clinique : {when}</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <source>Time off for %1</source>
        <translation>Absence de %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Whole day</source>
        <translation>&amp;Journée entière</translation>
    </message>
    <message>
        <source>&amp;Part of the day:</source>
        <translation>&amp;Partie de la journée :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateur</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Modifier le rôle…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>&amp;Arrived</source>
        <translation>Arr&amp;ivé</translation>
    </message>
    <message>
        <source>C&amp;ompleted</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <source>&amp;Undo status</source>
        <translation>A&amp;nnuler le statut</translation>
    </message>
    <message>
        <source>No&amp;te…</source>
        <translation>N&amp;ote…</translation>
    </message>
    <message>
        <source>{client} has arrived.</source>
        <translation>{client} est arrivé.</translation>
    </message>
    <message>
        <source>{client}&apos;s visit is completed.</source>
        <translation>Le rendez-vous de {client} est terminé.</translation>
    </message>
    <message>
        <source>{client} is marked as a no-show.</source>
        <translation>{client} est marqué absent.</translation>
    </message>
    <message>
        <source>{client} is back to confirmed.</source>
        <translation>{client} est de nouveau confirmé.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note for {client}&apos;s visit:</source>
        <translation>Note pour le rendez-vous de {client} :</translation>
    </message>
    <message>
        <source>Note saved for {client}.</source>
        <translation>Note enregistrée pour {client}.</translation>
    </message>
    <message>
        <source>Pick a booking in the appointment book first.</source>
        <translation>Choisissez d&apos;abord une réservation dans l&apos;agenda.</translation>
    </message>
</context>
<context>
    <name>VisitTypesDialog</name>
    <message>
        <source>Visit types</source>
        <translation>Types de rendez-vous</translation>
    </message>
    <message>
        <source>New &amp;type</source>
        <translation>No&amp;uveau type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Buffer before, minutes</source>
        <translation>Marge avant, en minutes</translation>
    </message>
    <message>
        <source>Buffer after, minutes</source>
        <translation>Marge après, en minutes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Offered (untick to retire it)</source>
        <translation>Proposé (décochez pour le retirer)</translation>
    </message>
    <message>
        <source>Providers who offer it; none ticked: all</source>
        <translation>Praticiens qui le proposent ; aucun coché : tous</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Length (min):</source>
        <translation>&amp;Durée (min) :</translation>
    </message>
    <message>
        <source>Buffer &amp;before (min):</source>
        <translation>Marge a&amp;vant (min) :</translation>
    </message>
    <message>
        <source>Buffer &amp;after (min):</source>
        <translation>Marge a&amp;près (min) :</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <source>&amp;Providers (none: all):</source>
        <translation>P&amp;raticiens (aucun : tous) :</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (retiré)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
</context>
<context>
    <name>WaitlistEntryDialog</name>
    <message>
        <source>Waitlist entry</source>
        <translation>Inscription sur la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N&apos;importe quelle heure</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Earliest time</source>
        <translation>Heure au plus tôt</translation>
    </message>
    <message>
        <source>Latest time</source>
        <translation>Heure au plus tard</translation>
    </message>
    <message>
        <source>Urgent: offer first</source>
        <translation>Urgent : proposer en premier</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Patient :</translation>
    </message>
    <message>
        <source>Visit type:</source>
        <translation>Type de rendez-vous :</translation>
    </message>
    <message>
        <source>With (none: anyone):</source>
        <translation>Avec (aucun : n&apos;importe qui) :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>until</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Jours de la semaine :</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>Moment de la journée :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
</context>
<context>
    <name>WaitlistHint</name>
    <message>
        <source>Waitlisted clients for this time</source>
        <translation>Patients en liste d&apos;attente pour cet horaire</translation>
    </message>
    <message>
        <source>Show &amp;waitlisted</source>
        <translation>Voir la liste d&apos;&amp;attente</translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted client(s) fit %1 with %2</source>
        <translation>
            <numerusform>%n patient en attente convient pour %1 avec %2</numerusform>
            <numerusform>%n patients en attente conviennent pour %1 avec %2</numerusform>
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
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Urgent · %1</source>
        <translation>Urgent · %1</translation>
    </message>
    <message>
        <source>Offered %1</source>
        <translation>Proposée %1</translation>
    </message>
    <message>
        <source>Offered %1, held until %2</source>
        <translation>Proposée %1, retenue jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>N&apos;importe quel jour</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>minuit</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Filter by client</source>
        <translation>Filtrer par patient</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Aj&amp;outer…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>&amp;Offer this time</source>
        <translation>Propo&amp;ser cet horaire</translation>
    </message>
    <message>
        <source>Show the whole list</source>
        <translation>Afficher toute la liste</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) on the list</source>
        <translation>
            <numerusform>%n patient sur la liste</numerusform>
            <numerusform>%n patients sur la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted client(s) fit %1 with %2</source>
        <translation>
            <numerusform>%n patient en attente convient pour %1 avec %2</numerusform>
            <numerusform>%n patients en attente conviennent pour %1 avec %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a client and a visit type.</source>
        <translation>Choisissez un patient et un type de rendez-vous.</translation>
    </message>
</context>
<context>
    <name>WaitlistStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Week grid</source>
        <translation>Grille de la semaine</translation>
    </message>
    <message>
        <source>Drag down a day to add availability. Up and Down select a block, Enter changes its times, Delete removes it. Left and Right select a booking, Enter opens it. Ctrl+Page Up and Ctrl+Page Down change the week.</source>
        <translation>Faites glisser vers le bas sur un jour pour ajouter une disponibilité. Haut et Bas sélectionnent une plage, Entrée modifie ses horaires, Suppr la supprime. Gauche et Droite sélectionnent un rendez-vous, Entrée l&apos;ouvre. Ctrl+Page préc. et Ctrl+Page suiv. changent de semaine.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>WeeklyPatternDialog</name>
    <message>
        <source>Weekly pattern for %1</source>
        <translation>Modèle hebdomadaire pour %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Les jours :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Blocks on each of those days:</source>
        <translation>Plages pour chacun de ces jours :</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
</context>
</TS>
