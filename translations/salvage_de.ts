<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Salvage</name>
    <message>
        <source>The database server could not be reached. Check the host name and port, and that the server is running and accepts connections.</source>
        <translation type="vanished">Der Datenbankserver ist nicht erreichbar. Prüfen Sie Hostname und Port und ob der Server läuft und Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>The server refused the login: the user name or password is wrong, or this user may not connect from here.</source>
        <translation type="vanished">Der Server hat die Anmeldung abgelehnt: Benutzername oder Passwort sind falsch, oder dieser Benutzer darf sich von hier aus nicht verbinden.</translation>
    </message>
    <message>
        <source>The database does not exist. Check its name (or the file path).</source>
        <translation type="vanished">Die Datenbank existiert nicht. Prüfen Sie ihren Namen (bzw. den Dateipfad).</translation>
    </message>
    <message>
        <source>The server requires an encrypted (TLS) connection. Set SSL mode to &quot;require&quot; or stricter.</source>
        <translation type="vanished">Der Server verlangt eine verschlüsselte (TLS-)Verbindung. Stellen Sie den SSL-Modus auf „require“ oder strenger.</translation>
    </message>
    <message>
        <source>Permission denied: your database user may not do this. Nothing was changed. Ask the database owner for the right, or use another account.</source>
        <translation type="vanished">Zugriff verweigert: Ihr Datenbankbenutzer darf das nicht. Es wurde nichts geändert. Bitten Sie den Eigentümer der Datenbank um das Recht oder verwenden Sie ein anderes Konto.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Reconnect and check the data before trying again.</source>
        <translation type="vanished">Die Verbindung zur Datenbank ist abgebrochen. Verbinden Sie sich neu und prüfen Sie die Daten, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The rows are locked or were changed by someone else at the same time. Nothing was changed; refresh and try again.</source>
        <translation type="vanished">Die Zeilen sind gesperrt oder wurden gleichzeitig von jemand anderem geändert. Es wurde nichts geändert; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database refused the change because it would break a constraint (a foreign key, unique value or check). Nothing was changed.</source>
        <translation type="vanished">Die Datenbank hat die Änderung abgelehnt, weil sie eine Bedingung verletzen würde (Fremdschlüssel, eindeutiger Wert oder Check). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was changed.</source>
        <translation type="vanished">Die Datenbank hat einen Fehler gemeldet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/db/identifier.cpp" line="65"/>
        <source>Unexpected quote in table name &quot;%1&quot;.</source>
        <translation>Unerwartetes Anführungszeichen im Tabellennamen „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/db/identifier.cpp" line="70"/>
        <source>Empty part in table name &quot;%1&quot;.</source>
        <translation>Leerer Teil im Tabellennamen „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/db/identifier.cpp" line="76"/>
        <source>Unexpected text after a quoted name in &quot;%1&quot;.</source>
        <translation>Unerwarteter Text nach einem Namen in Anführungszeichen in „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/db/identifier.cpp" line="81"/>
        <source>Unbalanced quotes in table name &quot;%1&quot;.</source>
        <translation>Nicht geschlossene Anführungszeichen im Tabellennamen „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/db/identifier.cpp" line="83"/>
        <source>Missing table name in &quot;%1&quot;.</source>
        <translation>Fehlender Tabellenname in „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/db/identifier.cpp" line="86"/>
        <source>Too many dots in table name &quot;%1&quot;; quote names that contain dots, e.g. &quot;a.b&quot;.</source>
        <translation>Zu viele Punkte im Tabellennamen „%1“; setzen Sie Namen mit Punkten in Anführungszeichen, z. B. &quot;a.b&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a timestamp but NOT NULL, so it cannot mean &quot;not deleted&quot;</source>
        <translation type="vanished">„%1“ ist ein Zeitstempel, aber NOT NULL, kann also nicht „nicht gelöscht“ bedeuten</translation>
    </message>
    <message>
        <source>no soft-delete column (deleted_at, discarded_at, archived_at, removed_at, deleted, is_deleted, is_archived)</source>
        <translation type="vanished">keine Soft-Delete-Spalte (deleted_at, discarded_at, archived_at, removed_at, deleted, is_deleted, is_archived)</translation>
    </message>
    <message>
        <source>The table has no column &quot;%1&quot;.</source>
        <translation type="vanished">Die Tabelle hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or timestamp column.</source>
        <translation type="vanished">„%1“ ist keine Datums- oder Zeitstempelspalte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is NOT NULL; a timestamp marker must be NULL for active rows.</source>
        <translation type="vanished">„%1“ ist NOT NULL; eine Zeitstempel-Markierung muss bei aktiven Zeilen NULL sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a boolean or integer column.</source>
        <translation type="vanished">„%1“ ist keine boolesche oder ganzzahlige Spalte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be both the marker and another role.</source>
        <translation type="vanished">„%1“ kann nicht zugleich Markierung und etwas anderes sein.</translation>
    </message>
</context>
<context>
    <name>Salvage::ActorDialog</name>
    <message>
        <location filename="../ui/actordialog.cpp" line="38"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/actordialog.cpp" line="47"/>
        <source>Who is making changes? The actor is recorded in the audit log with every operation and remembered for this connection.</source>
        <translation>Wer nimmt die Änderungen vor? Der Akteur wird bei jeder Operation im Audit-Protokoll vermerkt und für diese Verbindung gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/actordialog.cpp" line="51"/>
        <source>In %1 the column %2 refers to %3 (%4): type that key or a unique value of that table, such as an e-mail address.</source>
        <translation>In %1 verweist die Spalte %2 auf %3 (%4): Geben Sie diesen Schlüssel oder einen eindeutigen Wert dieser Tabelle ein, etwa eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/actordialog.cpp" line="61"/>
        <source>e.g. alice@example.com</source>
        <translation>z. B. alice@example.com</translation>
    </message>
    <message>
        <location filename="../ui/actordialog.cpp" line="61"/>
        <source>e.g. alice</source>
        <translation>z. B. alice</translation>
    </message>
    <message>
        <location filename="../ui/actordialog.cpp" line="68"/>
        <source>&amp;Actor:</source>
        <translation>&amp;Akteur:</translation>
    </message>
    <message>
        <location filename="../ui/actordialog.cpp" line="80"/>
        <source>Looking up...</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <location filename="../ui/actordialog.cpp" line="129"/>
        <source>Not connected to the database.</source>
        <translation>Keine Verbindung zur Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/actordialog.cpp" line="140"/>
        <source>Resolves to %1 %2 = %3</source>
        <translation>Entspricht %1 %2 = %3</translation>
    </message>
    <message>
        <location filename="../ui/actordialog.cpp" line="145"/>
        <source>No single row matches.</source>
        <translation>Keine eindeutige Zeile passt.</translation>
    </message>
</context>
<context>
    <name>Salvage::AuditLog</name>
    <message>
        <location filename="../app/core/trash/auditlog.cpp" line="74"/>
        <source>Your database user may not create the audit table salvage_audit, and Salvage changes nothing without an audit. Ask the database owner to create it (or to grant CREATE on the schema), then try again. Nothing was changed.</source>
        <translation>Ihr Datenbankbenutzer darf die Audit-Tabelle salvage_audit nicht anlegen, und ohne Audit ändert Salvage nichts. Bitten Sie den Eigentümer der Datenbank, sie anzulegen (oder CREATE auf dem Schema zu gewähren), und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Salvage::AuditView</name>
    <message>
        <location filename="../ui/auditview.cpp" line="30"/>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="37"/>
        <source>All tables</source>
        <translation>Alle Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="39"/>
        <source>Any actor</source>
        <translation>Jeder Akteur</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="42"/>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="46"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="56"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="57"/>
        <source>A&amp;ctor:</source>
        <translation>A&amp;kteur:</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="58"/>
        <source>Acti&amp;on:</source>
        <translation>Akti&amp;on:</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="62"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="63"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="64"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="65"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="66"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="67"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="68"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="69"/>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="70"/>
        <source>OS user</source>
        <translation>Systembenutzer</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="139"/>
        <source>Loading...</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="164"/>
        <source>%n rows: %1</source>
        <translation>
            <numerusform>%n Zeile: %1</numerusform>
            <numerusform>%n Zeilen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="172"/>
        <source>The audit log could not be read: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="177"/>
        <source>This database has no audit log yet. It is created with the first change.</source>
        <translation>Diese Datenbank hat noch kein Audit-Protokoll. Es wird mit der ersten Änderung angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="198"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="210"/>
        <source>Showing the newest %n entries.</source>
        <translation>
            <numerusform>Der neueste Eintrag wird angezeigt.</numerusform>
            <numerusform>Die neuesten %n Einträge werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="211"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::BulkOperation</name>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="62"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="89"/>
        <source>Active rows have not been deleted by anyone: &quot;deleted by&quot; and the time range apply to rows in the trash only.</source>
        <translation>Aktive Zeilen wurden von niemandem gelöscht: „Gelöscht von“ und der Zeitraum gelten nur für Zeilen im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="93"/>
        <source>%1 does not record who deleted a row, so its rows cannot be chosen by &quot;deleted by&quot;.</source>
        <translation>%1 vermerkt nicht, wer eine Zeile gelöscht hat; ihre Zeilen lassen sich daher nicht nach „Gelöscht von“ auswählen.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="98"/>
        <source>%1 marks deleted rows with the flag %2, which does not record when they were deleted, so its rows cannot be chosen by time.</source>
        <translation>%1 kennzeichnet gelöschte Zeilen mit dem Flag %2, das nicht vermerkt, wann sie gelöscht wurden; ihre Zeilen lassen sich daher nicht nach Zeit auswählen.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="104"/>
        <source>The time range is empty: &quot;from&quot; must be before &quot;to&quot;.</source>
        <translation>Der Zeitraum ist leer: „von“ muss vor „bis“ liegen.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="144"/>
        <source>Not connected to the database.</source>
        <translation>Keine Verbindung zur Datenbank.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/trash/bulkoperation.cpp" line="198"/>
        <source>%n row(s) of %1 are on legal hold, too many to leave out of one bulk purge. Nothing was changed; purge a narrower selection.</source>
        <translation>
            <numerusform>%n Zeile von %1 steht unter Legal Hold, zu viele, um sie aus einem Massenlöschen auszunehmen. Es wurde nichts geändert; löschen Sie eine engere Auswahl.</numerusform>
            <numerusform>%n Zeilen von %1 stehen unter Legal Hold, zu viele, um sie aus einem Massenlöschen auszunehmen. Es wurde nichts geändert; löschen Sie eine engere Auswahl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/trash/bulkoperation.cpp" line="284"/>
        <source>All %n matching row(s) of %1 are on legal hold. Nothing was changed.</source>
        <translation>
            <numerusform>Die %n passende Zeile von %1 steht unter Legal Hold. Es wurde nichts geändert.</numerusform>
            <numerusform>Alle %n passenden Zeilen von %1 stehen unter Legal Hold. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="288"/>
        <source>No rows of %1 match. Nothing was changed.</source>
        <translation>Keine Zeile von %1 passt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="335"/>
        <source>Another session changed some of these rows meanwhile. Nothing was changed; try again.</source>
        <translation>Eine andere Sitzung hat einige dieser Zeilen inzwischen geändert. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Salvage::BulkOperationDialog</name>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="33"/>
        <source>Move every active row of %1 that matches the search to the trash, not only the selected rows.</source>
        <translation>Jede aktive Zeile von %1, die zur Suche passt, in den Papierkorb verschieben, nicht nur die ausgewählten Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="37"/>
        <source>Restore every row of %1 in the trash that matches all of these, not only the selected rows.</source>
        <translation>Jede Zeile von %1 im Papierkorb wiederherstellen, die zu allen diesen Angaben passt, nicht nur die ausgewählten Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="43"/>
        <source>Permanently delete every row of %1 in the trash that matches all of these, not only the selected rows.</source>
        <translation>Jede Zeile von %1 im Papierkorb endgültig löschen, die zu allen diesen Angaben passt, nicht nur die ausgewählten Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="52"/>
        <source>Move All Matching Rows to Trash</source>
        <translation>Alle passenden Zeilen in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="54"/>
        <source>Restore All Matching Rows</source>
        <translation>Alle passenden Zeilen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="58"/>
        <source>Purge All Matching Rows</source>
        <translation>Alle passenden Zeilen endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="98"/>
        <source>(none: every row)</source>
        <translation>(keine: jede Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="103"/>
        <source>The search of the row view, across the text columns.</source>
        <translation>Die Suche der Zeilenansicht, über die Textspalten.</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="104"/>
        <source>Search:</source>
        <translation>Suche:</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="111"/>
        <source>Anyone; or the value of %1, e.g. batchjob</source>
        <translation>Beliebig; oder der Wert von %1, z. B. batchjob</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="114"/>
        <source>Deleted &amp;by:</source>
        <translation>Gelöscht &amp;von:</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="119"/>
        <source>Deleted &amp;from (UTC):</source>
        <translation>Gelöscht a&amp;b (UTC):</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="122"/>
        <source>Deleted b&amp;efore (UTC):</source>
        <translation>Gelöscht v&amp;or (UTC):</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="136"/>
        <source>Optional, recorded in the audit log</source>
        <translation>Optional, wird im Audit-Protokoll vermerkt</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="138"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="145"/>
        <source>&amp;Continue...</source>
        <translation>&amp;Weiter …</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="218"/>
        <location filename="../ui/bulkoperationdialog.cpp" line="228"/>
        <source>Counting matching rows...</source>
        <translation>Passende Zeilen werden gezählt …</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="259"/>
        <source>No rows match.</source>
        <translation>Keine Zeile passt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkoperationdialog.cpp" line="261"/>
        <source>%Ln row(s) match.</source>
        <translation>
            <numerusform>%Ln Zeile passt.</numerusform>
            <numerusform>%Ln Zeilen passen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::Cli::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="282"/>
        <source>unknown option: %1</source>
        <translation>unbekannte Option: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="289"/>
        <source>option --%1 needs a value</source>
        <translation>Option --%1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="292"/>
        <source>option --%1 takes no value</source>
        <translation>Option --%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="295"/>
        <source>option --%1 given more than once</source>
        <translation>Option --%1 mehrfach angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="304"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="313"/>
        <source>unknown command: %1</source>
        <translation>unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="326"/>
        <source>option --%1 does not apply to the %2 command</source>
        <translation>Option --%1 gilt nicht für den Befehl %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="334"/>
        <source>give either --db or --demo, not both</source>
        <translation>geben Sie entweder --db oder --demo an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="336"/>
        <source>no database: give --db URL or --demo</source>
        <translation>keine Datenbank: geben Sie --db URL oder --demo an</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="348"/>
        <source>--limit needs a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--limit braucht eine ganze Zahl ab 1, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="357"/>
        <source>tables takes no arguments</source>
        <translation>tables nimmt keine Argumente</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="361"/>
        <source>list needs exactly one TABLE</source>
        <translation>list braucht genau eine TABELLE</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="364"/>
        <source>give either --trash or --all, not both</source>
        <translation>geben Sie entweder --trash oder --all an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="413"/>
        <source>Usage: salvage-cli [--db URL | --demo] [--actor ACTOR] [--reason TEXT] [--json]
                   COMMAND [ARGS]

Browse and change the rows of soft-deleting tables, headless.

Commands:
  tables                          tables, their convention, primary key,
                                  active and trashed counts
  list TABLE [--trash|--all] [--limit N] [--search TEXT]
                                  rows of TABLE (active rows unless --trash or
                                  --all; at most N rows, default 100; TEXT is
                                  searched in the text columns)
  trash   TABLE KEY...            move rows to the trash
  restore TABLE KEY...            restore rows from the trash
  purge   TABLE KEY... --yes      delete trashed rows permanently; without --yes
                                  it is refused as a usage error (exit 2)
  audit [--table T] [--limit N]   the audit log, newest first (default 100)

Erasure requests (GDPR Art. 17):
  find-subject VALUE [--contains] every row holding VALUE in a text column
                                  (any case; --contains: as part of the text)
                                  and every row that refers to those rows
  erase --subject VALUE --ticket ID [--dry-run] [--strict] [--purge-trashed]
        [--redact-mentions] [--report FILE.json|FILE.pdf]
        [--scrub none|vacuum|full] --yes
                                  anonymize the subject&apos;s rows by the stored
                                  rules (suggested rules where none is stored),
                                  purge rows of purge-on-erasure tables, keep
                                  rows on legal hold, then verify that the
                                  values are gone, else roll everything back.
                                  --dry-run shows the plan and changes nothing;
                                  --strict refuses personal columns without a
                                  stored rule and a verification that could
                                  not search every column; --redact-mentions
                                  replaces the values inside text columns of
                                  rows outside the plan (a colleague&apos;s ticket
                                  that quotes the e-mail) with [redacted], the
                                  rows listed in the plan first;
                                  --purge-trashed purges the subject&apos;s own
                                  trashed rows instead (when nothing refers to
                                  them); --report writes the
                                  erasure report as JSON or PDF. PostgreSQL,
                                  after the commit: --scrub vacuum (default)
                                  runs plain VACUUM, which locks nobody out but
                                  may leave old bytes in the files; full runs
                                  VACUUM FULL, which removes them but locks each
                                  table while it is rewritten (it gives up after
                                  10 s without the lock and names the command);
                                  none runs nothing
  anonymize TABLE KEY... --yes    anonymize rows by the same rules
  hold TABLE KEY... --reason TEXT [--until YYYY-MM-DD]
                                  put rows on legal hold: erase and purge skip
                                  them (until the date, else until unhold)
  unhold TABLE KEY...             release rows from legal hold
  rules [--export FILE | --import FILE] [--suggest]
                                  the stored anonymization rules and the tables
                                  purged on erasure; --suggest adds the rules
                                  proposed from column names and types;
                                  --export/--import copy them as JSON

Options:
  --db URL         sqlite:PATH (an existing file) or
                   postgresql://user@host:port/dbname?sslmode=...
                   The password comes from PGPASSWORD or ~/.pgpass, never from
                   the command line.
  --demo           the demo database (created on first use)
  --actor ACTOR    who makes the change (else $SALVAGE_ACTOR); required by
                   every command that changes data
  --reason TEXT    recorded in the audit log with the change; for hold, why
                   the rows are held
  --json           machine-readable output
  -h, --help       this help
  --version        the version

TABLE may be schema-qualified (schema.table); a name containing dots or quotes is
written in SQL double-quote form (&quot;a.b&quot;, &quot;s&quot;.&quot;t&quot;&quot;x&quot;). KEY is the primary-key
value; for a composite key col=value,col=value, where a name holding , or = and
a value holding a comma or beginning with a quote are written in double quotes
(&quot;a,b&quot;=&quot;x,y&quot;, &quot;&quot; for a quote). Put -- before a TABLE or KEY that begins with
a dash.

The first change on a database without the audit table salvage_audit creates it
and says so on stderr. Nothing ever prompts.

Exit codes: 0 done; 1 refused or failed, nothing changed (reason on stderr);
2 usage error.
</source>
        <translation>Verwendung: salvage-cli [--db URL | --demo] [--actor AKTEUR] [--reason TEXT] [--json]
                   BEFEHL [ARGUMENTE]

Zeilen von Tabellen mit Soft-Delete durchsuchen und ändern, ohne Oberfläche.

Befehle:
  tables                          Tabellen, ihre Konvention, Primärschlüssel,
                                  Anzahl aktiver Zeilen und Zeilen im Papierkorb
  list TABELLE [--trash|--all] [--limit N] [--search TEXT]
                                  Zeilen von TABELLE (aktive Zeilen, außer mit
                                  --trash oder --all; höchstens N Zeilen,
                                  Vorgabe 100; TEXT wird in den Textspalten
                                  gesucht)
  trash   TABELLE SCHLÜSSEL...    Zeilen in den Papierkorb verschieben
  restore TABELLE SCHLÜSSEL...    Zeilen aus dem Papierkorb wiederherstellen
  purge   TABELLE SCHLÜSSEL... --yes
                                  Zeilen im Papierkorb endgültig löschen; ohne
                                  --yes als Bedienfehler abgelehnt (Exit 2)
  audit [--table T] [--limit N]   das Audit-Protokoll, neueste zuerst
                                  (Vorgabe 100)

Löschersuchen (DSGVO Art. 17):
  find-subject WERT [--contains]  jede Zeile, die WERT in einer Textspalte
                                  enthält (Groß-/Kleinschreibung beliebig;
                                  --contains: auch als Teil des Textes), und
                                  jede Zeile, die auf diese Zeilen verweist
  erase --subject WERT --ticket ID [--dry-run] [--strict] [--purge-trashed]
        [--redact-mentions] [--report DATEI.json|DATEI.pdf]
        [--scrub none|vacuum|full] --yes
                                  die Zeilen der betroffenen Person nach den
                                  gespeicherten Regeln anonymisieren (wo keine
                                  gespeichert ist, nach vorgeschlagenen
                                  Regeln), Zeilen von Tabellen mit „bei
                                  Löschersuchen endgültig löschen“ endgültig
                                  löschen, Zeilen unter Legal Hold behalten,
                                  dann prüfen, dass die Werte verschwunden
                                  sind, sonst alles zurücknehmen.
                                  --dry-run zeigt den Plan und ändert nichts;
                                  --strict lehnt personenbezogene Spalten ohne
                                  gespeicherte Regel ab und ebenso eine Prüfung,
                                  die nicht jede Spalte durchsuchen konnte;
                                  --redact-mentions ersetzt die Werte in
                                  Textspalten von Zeilen außerhalb des Plans
                                  (etwa das Ticket eines Kollegen, das die
                                  E-Mail zitiert) durch [redacted]; der Plan
                                  listet diese Zeilen zuerst auf;
                                  --purge-trashed löscht stattdessen die
                                  eigenen Zeilen der Person im Papierkorb
                                  endgültig (wenn nichts auf sie verweist);
                                  --report schreibt den Löschbericht
                                  als JSON oder PDF. PostgreSQL, nach dem
                                  Commit: --scrub vacuum (Standard) führt ein
                                  einfaches VACUUM aus, das niemanden aussperrt,
                                  aber alte Bytes in den Dateien lassen kann;
                                  full führt VACUUM FULL aus, das sie entfernt,
                                  aber jede Tabelle sperrt, solange sie neu
                                  geschrieben wird (nach 10 s ohne Sperre gibt
                                  es auf und nennt den Befehl); none führt
                                  nichts aus
  anonymize TABELLE SCHLÜSSEL... --yes
                                  Zeilen nach denselben Regeln anonymisieren
  hold TABELLE SCHLÜSSEL... --reason TEXT [--until JJJJ-MM-TT]
                                  Zeilen unter Legal Hold stellen: erase und
                                  purge überspringen sie (bis zum Datum, sonst
                                  bis unhold)
  unhold TABELLE SCHLÜSSEL...     Zeilen aus dem Legal Hold freigeben
  rules [--export DATEI | --import DATEI] [--suggest]
                                  die gespeicherten Anonymisierungsregeln und
                                  die Tabellen, die bei Löschersuchen
                                  endgültig gelöscht werden; --suggest ergänzt
                                  die aus Spaltennamen und -typen
                                  vorgeschlagenen Regeln; --export/--import
                                  kopieren sie als JSON

Optionen:
  --db URL         sqlite:PFAD (eine vorhandene Datei) oder
                   postgresql://benutzer@host:port/datenbank?sslmode=...
                   Das Passwort kommt aus PGPASSWORD oder ~/.pgpass, nie von
                   der Befehlszeile.
  --demo           die Demo-Datenbank (beim ersten Aufruf angelegt)
  --actor AKTEUR   wer die Änderung vornimmt (sonst $SALVAGE_ACTOR); nötig für
                   jeden Befehl, der Daten ändert
  --reason TEXT    wird mit der Änderung im Audit-Protokoll vermerkt; bei hold
                   der Grund, warum die Zeilen festgehalten werden
  --json           maschinenlesbare Ausgabe
  -h, --help       diese Hilfe
  --version        die Version

TABELLE darf ein Schema enthalten (schema.tabelle); ein Name mit Punkten oder
Anführungszeichen wird in SQL-Schreibweise angegeben (&quot;a.b&quot;, &quot;s&quot;.&quot;t&quot;&quot;x&quot;).
SCHLÜSSEL ist der Wert des Primärschlüssels; bei zusammengesetzten Schlüsseln
spalte=wert,spalte=wert; ein Name mit , oder = und ein Wert mit einem Komma
oder einem Anführungszeichen am Anfang stehen in doppelten Anführungszeichen
(&quot;a,b&quot;=&quot;x,y&quot;, &quot;&quot; für ein Anführungszeichen). Setzen Sie -- vor eine TABELLE
oder einen SCHLÜSSEL, die mit einem Bindestrich beginnen.

Die erste Änderung an einer Datenbank ohne die Audit-Tabelle salvage_audit legt
sie an und meldet das auf stderr. Es gibt nie Rückfragen.

Exit-Codes: 0 erledigt; 1 abgelehnt oder fehlgeschlagen, nichts geändert (Grund
auf stderr); 2 Bedienfehler.
</translation>
    </message>
    <message>
        <source>Usage: salvage-cli [--db URL | --demo] [--actor ACTOR] [--reason TEXT] [--json]
                   COMMAND [ARGS]

Browse and change the rows of soft-deleting tables, headless.

Commands:
  tables                          tables, their convention, primary key,
                                  active and trashed counts
  list TABLE [--trash|--all] [--limit N] [--search TEXT]
                                  rows of TABLE (active rows unless --trash or
                                  --all; at most N rows, default 100; TEXT is
                                  searched in the text columns)
  trash   TABLE KEY...            move rows to the trash
  restore TABLE KEY...            restore rows from the trash
  purge   TABLE KEY... --yes      delete trashed rows permanently; without --yes
                                  it is refused as a usage error (exit 2)
  audit [--table T] [--limit N]   the audit log, newest first (default 100)

Erasure requests (GDPR Art. 17):
  find-subject VALUE [--contains] every row holding VALUE in a text column
                                  (any case; --contains: as part of the text)
                                  and every row that refers to those rows
  erase --subject VALUE --ticket ID [--dry-run] [--strict] [--purge-trashed]
        [--redact-mentions] [--report FILE.json|FILE.pdf]
        [--scrub none|vacuum|full] --yes
                                  anonymize the subject&apos;s rows by the stored
                                  rules (suggested rules where none is stored),
                                  purge rows of purge-on-erasure tables, keep
                                  rows on legal hold, then verify that the
                                  values are gone, else roll everything back.
                                  --dry-run shows the plan and changes nothing;
                                  --strict refuses personal columns without a
                                  stored rule and a verification that could
                                  not search every column; --redact-mentions
                                  replaces the values inside text columns of
                                  rows outside the plan (a colleague&apos;s ticket
                                  that quotes the e-mail) with [redacted], the
                                  rows listed in the plan first;
                                  --purge-trashed purges the subject&apos;s own
                                  trashed rows instead (when nothing refers to
                                  them); --report writes the
                                  erasure report as JSON or PDF. PostgreSQL,
                                  after the commit: --scrub vacuum (default)
                                  runs plain VACUUM, which locks nobody out but
                                  may leave old bytes in the files; full runs
                                  VACUUM FULL, which removes them but locks each
                                  table while it is rewritten (it gives up after
                                  10 s without the lock and names the command);
                                  none runs nothing
  anonymize TABLE KEY... --yes    anonymize rows by the same rules
  hold TABLE KEY... --reason TEXT [--until YYYY-MM-DD]
                                  put rows on legal hold: erase and purge skip
                                  them (until the date, else until unhold)
  unhold TABLE KEY...             release rows from legal hold
  rules [--export FILE | --import FILE] [--suggest]
                                  the stored anonymization rules and the tables
                                  purged on erasure; --suggest adds the rules
                                  proposed from column names and types;
                                  --export/--import copy them as JSON

Options:
  --db URL         sqlite:PATH (an existing file) or
                   postgresql://user@host:port/dbname?sslmode=...
                   The password comes from PGPASSWORD or ~/.pgpass, never from
                   the command line.
  --demo           the demo database (created on first use)
  --actor ACTOR    who makes the change (else $SALVAGE_ACTOR); required by
                   every command that changes data
  --reason TEXT    recorded in the audit log with the change; for hold, why
                   the rows are held
  --json           machine-readable output
  -h, --help       this help
  --version        the version

TABLE may be schema-qualified (schema.table); a name containing dots or quotes is
written in SQL double-quote form (&quot;a.b&quot;, &quot;s&quot;.&quot;t&quot;&quot;x&quot;). KEY is the primary-key
value; for a composite key col=value,col=value. Put -- before keys that begin
with a dash.

The first change on a database without the audit table salvage_audit creates it
and says so on stderr. Nothing ever prompts.

Exit codes: 0 done; 1 refused or failed, nothing changed (reason on stderr);
2 usage error.
</source>
        <translation type="vanished">Verwendung: salvage-cli [--db URL | --demo] [--actor AKTEUR] [--reason TEXT] [--json]
                   BEFEHL [ARGUMENTE]

Zeilen von Tabellen mit Soft-Delete durchsuchen und ändern, ohne Oberfläche.

Befehle:
  tables                          Tabellen, ihre Konvention, Primärschlüssel,
                                  Anzahl aktiver Zeilen und Zeilen im Papierkorb
  list TABELLE [--trash|--all] [--limit N] [--search TEXT]
                                  Zeilen von TABELLE (aktive Zeilen, außer mit
                                  --trash oder --all; höchstens N Zeilen,
                                  Vorgabe 100; TEXT wird in den Textspalten
                                  gesucht)
  trash   TABELLE SCHLÜSSEL...    Zeilen in den Papierkorb verschieben
  restore TABELLE SCHLÜSSEL...    Zeilen aus dem Papierkorb wiederherstellen
  purge   TABELLE SCHLÜSSEL... --yes
                                  Zeilen im Papierkorb endgültig löschen; ohne
                                  --yes als Bedienfehler abgelehnt (Exit 2)
  audit [--table T] [--limit N]   das Audit-Protokoll, neueste zuerst
                                  (Vorgabe 100)

Löschersuchen (DSGVO Art. 17):
  find-subject WERT [--contains]  jede Zeile, die WERT in einer Textspalte
                                  enthält (Groß-/Kleinschreibung beliebig;
                                  --contains: auch als Teil des Textes), und
                                  jede Zeile, die auf diese Zeilen verweist
  erase --subject WERT --ticket ID [--dry-run] [--strict] [--purge-trashed]
        [--redact-mentions] [--report DATEI.json|DATEI.pdf]
        [--scrub none|vacuum|full] --yes
                                  die Zeilen der betroffenen Person nach den
                                  gespeicherten Regeln anonymisieren (wo keine
                                  gespeichert ist, nach vorgeschlagenen
                                  Regeln), Zeilen von Tabellen mit „bei
                                  Löschersuchen endgültig löschen“ endgültig
                                  löschen, Zeilen unter Legal Hold behalten,
                                  dann prüfen, dass die Werte verschwunden
                                  sind, sonst alles zurücknehmen.
                                  --dry-run zeigt den Plan und ändert nichts;
                                  --strict lehnt personenbezogene Spalten ohne
                                  gespeicherte Regel ab und ebenso eine Prüfung,
                                  die nicht jede Spalte durchsuchen konnte;
                                  --redact-mentions ersetzt die Werte in
                                  Textspalten von Zeilen außerhalb des Plans
                                  (etwa das Ticket eines Kollegen, das die
                                  E-Mail zitiert) durch [redacted]; der Plan
                                  listet diese Zeilen zuerst auf;
                                  --purge-trashed löscht stattdessen die
                                  eigenen Zeilen der Person im Papierkorb
                                  endgültig (wenn nichts auf sie verweist);
                                  --report schreibt den Löschbericht
                                  als JSON oder PDF. PostgreSQL, nach dem
                                  Commit: --scrub vacuum (Standard) führt ein
                                  einfaches VACUUM aus, das niemanden aussperrt,
                                  aber alte Bytes in den Dateien lassen kann;
                                  full führt VACUUM FULL aus, das sie entfernt,
                                  aber jede Tabelle sperrt, solange sie neu
                                  geschrieben wird (nach 10 s ohne Sperre gibt
                                  es auf und nennt den Befehl); none führt
                                  nichts aus
  anonymize TABELLE SCHLÜSSEL... --yes
                                  Zeilen nach denselben Regeln anonymisieren
  hold TABELLE SCHLÜSSEL... --reason TEXT [--until JJJJ-MM-TT]
                                  Zeilen unter Legal Hold stellen: erase und
                                  purge überspringen sie (bis zum Datum, sonst
                                  bis unhold)
  unhold TABELLE SCHLÜSSEL...     Zeilen aus dem Legal Hold freigeben
  rules [--export DATEI | --import DATEI] [--suggest]
                                  die gespeicherten Anonymisierungsregeln und
                                  die Tabellen, die bei Löschersuchen
                                  endgültig gelöscht werden; --suggest ergänzt
                                  die aus Spaltennamen und -typen
                                  vorgeschlagenen Regeln; --export/--import
                                  kopieren sie als JSON

Optionen:
  --db URL         sqlite:PFAD (eine vorhandene Datei) oder
                   postgresql://benutzer@host:port/datenbank?sslmode=...
                   Das Passwort kommt aus PGPASSWORD oder ~/.pgpass, nie von
                   der Befehlszeile.
  --demo           die Demo-Datenbank (beim ersten Aufruf angelegt)
  --actor AKTEUR   wer die Änderung vornimmt (sonst $SALVAGE_ACTOR); nötig für
                   jeden Befehl, der Daten ändert
  --reason TEXT    wird mit der Änderung im Audit-Protokoll vermerkt; bei hold
                   der Grund, warum die Zeilen festgehalten werden
  --json           maschinenlesbare Ausgabe
  -h, --help       diese Hilfe
  --version        die Version

TABELLE darf ein Schema enthalten (schema.tabelle); ein Name mit Punkten oder
Anführungszeichen wird in SQL-Schreibweise angegeben (&quot;a.b&quot;, &quot;s&quot;.&quot;t&quot;&quot;x&quot;).
SCHLÜSSEL ist der Wert des Primärschlüssels; bei zusammengesetzten Schlüsseln
spalte=wert,spalte=wert. Setzen Sie -- vor Schlüssel, die mit einem
Bindestrich beginnen.

Die erste Änderung an einer Datenbank ohne die Audit-Tabelle salvage_audit legt
sie an und meldet das auf stderr. Es gibt nie Rückfragen.

Exit-Codes: 0 erledigt; 1 abgelehnt oder fehlgeschlagen, nichts geändert (Grund
auf stderr); 2 Bedienfehler.
</translation>
    </message>
    <message>
        <source>Usage: salvage-cli [--db URL | --demo] [--actor ACTOR] [--reason TEXT] [--json]
                   COMMAND [ARGS]

Browse and change the rows of soft-deleting tables, headless.

Commands:
  tables                          tables, their convention, primary key,
                                  active and trashed counts
  list TABLE [--trash|--all] [--limit N] [--search TEXT]
                                  rows of TABLE (active rows unless --trash or
                                  --all; at most N rows, default 100; TEXT is
                                  searched in the text columns)
  trash   TABLE KEY...            move rows to the trash
  restore TABLE KEY...            restore rows from the trash
  purge   TABLE KEY... --yes      delete trashed rows permanently; without --yes
                                  it is refused as a usage error (exit 2)
  audit [--table T] [--limit N]   the audit log, newest first (default 100)

Erasure requests (GDPR Art. 17):
  find-subject VALUE [--contains] every row holding VALUE in a text column
                                  (any case; --contains: as part of the text)
                                  and every row that refers to those rows
  erase --subject VALUE --ticket ID [--dry-run] [--strict] [--purge-trashed]
        [--report FILE.json|FILE.pdf] [--scrub none|vacuum|full] --yes
                                  anonymize the subject&apos;s rows by the stored
                                  rules (suggested rules where none is stored),
                                  purge rows of purge-on-erasure tables, keep
                                  rows on legal hold, then verify that the
                                  values are gone, else roll everything back.
                                  --dry-run shows the plan and changes nothing;
                                  --strict refuses personal columns without a
                                  stored rule; --purge-trashed purges the
                                  subject&apos;s own trashed rows instead (when
                                  nothing refers to them); --report writes the
                                  erasure report as JSON or PDF. PostgreSQL,
                                  after the commit: --scrub vacuum (default)
                                  runs plain VACUUM, which locks nobody out but
                                  may leave old bytes in the files; full runs
                                  VACUUM FULL, which removes them but locks each
                                  table while it is rewritten (it gives up after
                                  10 s without the lock and names the command);
                                  none runs nothing
  anonymize TABLE KEY... --yes    anonymize rows by the same rules
  hold TABLE KEY... --reason TEXT [--until YYYY-MM-DD]
                                  put rows on legal hold: erase and purge skip
                                  them (until the date, else until unhold)
  unhold TABLE KEY...             release rows from legal hold
  rules [--export FILE | --import FILE] [--suggest]
                                  the stored anonymization rules and the tables
                                  purged on erasure; --suggest adds the rules
                                  proposed from column names and types;
                                  --export/--import copy them as JSON

Options:
  --db URL         sqlite:PATH (an existing file) or
                   postgresql://user@host:port/dbname?sslmode=...
                   The password comes from PGPASSWORD or ~/.pgpass, never from
                   the command line.
  --demo           the demo database (created on first use)
  --actor ACTOR    who makes the change (else $SALVAGE_ACTOR); required by
                   every command that changes data
  --reason TEXT    recorded in the audit log with the change; for hold, why
                   the rows are held
  --json           machine-readable output
  -h, --help       this help
  --version        the version

TABLE may be schema-qualified (schema.table); a name containing dots or quotes is
written in SQL double-quote form (&quot;a.b&quot;, &quot;s&quot;.&quot;t&quot;&quot;x&quot;). KEY is the primary-key
value; for a composite key col=value,col=value. Put -- before keys that begin
with a dash.

The first change on a database without the audit table salvage_audit creates it
and says so on stderr. Nothing ever prompts.

Exit codes: 0 done; 1 refused or failed, nothing changed (reason on stderr);
2 usage error.
</source>
        <translation type="vanished">Verwendung: salvage-cli [--db URL | --demo] [--actor AKTEUR] [--reason TEXT] [--json]
                   BEFEHL [ARGUMENTE]

Zeilen von Tabellen mit Soft-Delete durchsuchen und ändern, ohne Oberfläche.

Befehle:
  tables                          Tabellen, ihre Konvention, Primärschlüssel,
                                  Anzahl aktiver Zeilen und Zeilen im Papierkorb
  list TABELLE [--trash|--all] [--limit N] [--search TEXT]
                                  Zeilen von TABELLE (aktive Zeilen, außer mit
                                  --trash oder --all; höchstens N Zeilen,
                                  Vorgabe 100; TEXT wird in den Textspalten
                                  gesucht)
  trash   TABELLE SCHLÜSSEL...    Zeilen in den Papierkorb verschieben
  restore TABELLE SCHLÜSSEL...    Zeilen aus dem Papierkorb wiederherstellen
  purge   TABELLE SCHLÜSSEL... --yes
                                  Zeilen im Papierkorb endgültig löschen; ohne
                                  --yes als Bedienfehler abgelehnt (Exit 2)
  audit [--table T] [--limit N]   das Audit-Protokoll, neueste zuerst
                                  (Vorgabe 100)

Löschersuchen (DSGVO Art. 17):
  find-subject WERT [--contains]  jede Zeile, die WERT in einer Textspalte
                                  enthält (Groß-/Kleinschreibung beliebig;
                                  --contains: auch als Teil des Textes), und
                                  jede Zeile, die auf diese Zeilen verweist
  erase --subject WERT --ticket ID [--dry-run] [--strict] [--purge-trashed]
        [--report DATEI.json|DATEI.pdf] [--scrub none|vacuum|full] --yes
                                  die Zeilen der betroffenen Person nach den
                                  gespeicherten Regeln anonymisieren (wo keine
                                  gespeichert ist, nach vorgeschlagenen
                                  Regeln), Zeilen von Tabellen mit „bei
                                  Löschersuchen endgültig löschen“ endgültig
                                  löschen, Zeilen unter Legal Hold behalten,
                                  dann prüfen, dass die Werte verschwunden
                                  sind, sonst alles zurücknehmen.
                                  --dry-run zeigt den Plan und ändert nichts;
                                  --strict lehnt personenbezogene Spalten ohne
                                  gespeicherte Regel ab; --purge-trashed löscht
                                  stattdessen die eigenen Zeilen der Person im
                                  Papierkorb endgültig (wenn nichts auf sie
                                  verweist); --report schreibt den Löschbericht
                                  als JSON oder PDF. PostgreSQL, nach dem
                                  Commit: --scrub vacuum (Standard) führt ein
                                  einfaches VACUUM aus, das niemanden aussperrt,
                                  aber alte Bytes in den Dateien lassen kann;
                                  full führt VACUUM FULL aus, das sie entfernt,
                                  aber jede Tabelle sperrt, solange sie neu
                                  geschrieben wird (nach 10 s ohne Sperre gibt
                                  es auf und nennt den Befehl); none führt
                                  nichts aus
  anonymize TABELLE SCHLÜSSEL... --yes
                                  Zeilen nach denselben Regeln anonymisieren
  hold TABELLE SCHLÜSSEL... --reason TEXT [--until JJJJ-MM-TT]
                                  Zeilen unter Legal Hold stellen: erase und
                                  purge überspringen sie (bis zum Datum, sonst
                                  bis unhold)
  unhold TABELLE SCHLÜSSEL...     Zeilen aus dem Legal Hold freigeben
  rules [--export DATEI | --import DATEI] [--suggest]
                                  die gespeicherten Anonymisierungsregeln und
                                  die Tabellen, die bei Löschersuchen
                                  endgültig gelöscht werden; --suggest ergänzt
                                  die aus Spaltennamen und -typen
                                  vorgeschlagenen Regeln; --export/--import
                                  kopieren sie als JSON

Optionen:
  --db URL         sqlite:PFAD (eine vorhandene Datei) oder
                   postgresql://benutzer@host:port/datenbank?sslmode=...
                   Das Passwort kommt aus PGPASSWORD oder ~/.pgpass, nie von
                   der Befehlszeile.
  --demo           die Demo-Datenbank (beim ersten Aufruf angelegt)
  --actor AKTEUR   wer die Änderung vornimmt (sonst $SALVAGE_ACTOR); nötig für
                   jeden Befehl, der Daten ändert
  --reason TEXT    wird mit der Änderung im Audit-Protokoll vermerkt; bei hold
                   der Grund, warum die Zeilen festgehalten werden
  --json           maschinenlesbare Ausgabe
  -h, --help       diese Hilfe
  --version        die Version

TABELLE darf ein Schema enthalten (schema.tabelle); ein Name mit Punkten oder
Anführungszeichen wird in SQL-Schreibweise angegeben (&quot;a.b&quot;, &quot;s&quot;.&quot;t&quot;&quot;x&quot;).
SCHLÜSSEL ist der Wert des Primärschlüssels; bei zusammengesetzten Schlüsseln
spalte=wert,spalte=wert. Setzen Sie -- vor Schlüssel, die mit einem
Bindestrich beginnen.

Die erste Änderung an einer Datenbank ohne die Audit-Tabelle salvage_audit legt
sie an und meldet das auf stderr. Es gibt nie Rückfragen.

Exit-Codes: 0 erledigt; 1 abgelehnt oder fehlgeschlagen, nichts geändert (Grund
auf stderr); 2 Bedienfehler.
</translation>
    </message>
    <message>
        <source>Usage: salvage-cli [--db URL | --demo] [--actor ACTOR] [--reason TEXT] [--json]
                   COMMAND [ARGS]

Browse and change the rows of soft-deleting tables, headless.

Commands:
  tables                          tables, their convention, primary key,
                                  active and trashed counts
  list TABLE [--trash|--all] [--limit N] [--search TEXT]
                                  rows of TABLE (active rows unless --trash or
                                  --all; at most N rows, default 100; TEXT is
                                  searched in the text columns)
  trash   TABLE KEY...            move rows to the trash
  restore TABLE KEY...            restore rows from the trash
  purge   TABLE KEY... --yes      delete trashed rows permanently; without --yes
                                  it is refused as a usage error (exit 2)
  audit [--table T] [--limit N]   the audit log, newest first (default 100)

Erasure requests (GDPR Art. 17):
  find-subject VALUE [--contains] every row holding VALUE in a text column
                                  (any case; --contains: as part of the text)
                                  and every row that refers to those rows
  erase --subject VALUE --ticket ID [--dry-run] [--strict] [--purge-trashed]
        [--report FILE.json|FILE.pdf] --yes
                                  anonymize the subject&apos;s rows by the stored
                                  rules (suggested rules where none is stored),
                                  purge rows of purge-on-erasure tables, keep
                                  rows on legal hold, then verify that the
                                  values are gone, else roll everything back.
                                  --dry-run shows the plan and changes nothing;
                                  --strict refuses personal columns without a
                                  stored rule; --purge-trashed purges the
                                  subject&apos;s own trashed rows instead (when
                                  nothing refers to them); --report writes the
                                  erasure report as JSON or PDF
  anonymize TABLE KEY... --yes    anonymize rows by the same rules
  hold TABLE KEY... --reason TEXT [--until YYYY-MM-DD]
                                  put rows on legal hold: erase and purge skip
                                  them (until the date, else until unhold)
  unhold TABLE KEY...             release rows from legal hold
  rules [--export FILE | --import FILE] [--suggest]
                                  the stored anonymization rules and the tables
                                  purged on erasure; --suggest adds the rules
                                  proposed from column names and types;
                                  --export/--import copy them as JSON

Options:
  --db URL         sqlite:PATH (an existing file) or
                   postgresql://user@host:port/dbname?sslmode=...
                   The password comes from PGPASSWORD or ~/.pgpass, never from
                   the command line.
  --demo           the demo database (created on first use)
  --actor ACTOR    who makes the change (else $SALVAGE_ACTOR); required by
                   every command that changes data
  --reason TEXT    recorded in the audit log with the change; for hold, why
                   the rows are held
  --json           machine-readable output
  -h, --help       this help
  --version        the version

TABLE may be schema-qualified (schema.table); a name containing dots or quotes is
written in SQL double-quote form (&quot;a.b&quot;, &quot;s&quot;.&quot;t&quot;&quot;x&quot;). KEY is the primary-key
value; for a composite key col=value,col=value. Put -- before keys that begin
with a dash.

The first change on a database without the audit table salvage_audit creates it
and says so on stderr. Nothing ever prompts.

Exit codes: 0 done; 1 refused or failed, nothing changed (reason on stderr);
2 usage error.
</source>
        <translation type="vanished">Verwendung: salvage-cli [--db URL | --demo] [--actor AKTEUR] [--reason TEXT] [--json]
                   BEFEHL [ARGUMENTE]

Zeilen von Tabellen mit Soft-Delete durchsuchen und ändern, ohne Oberfläche.

Befehle:
  tables                          Tabellen, ihre Konvention, Primärschlüssel,
                                  Anzahl aktiver Zeilen und Zeilen im Papierkorb
  list TABELLE [--trash|--all] [--limit N] [--search TEXT]
                                  Zeilen von TABELLE (aktive Zeilen, außer mit
                                  --trash oder --all; höchstens N Zeilen,
                                  Vorgabe 100; TEXT wird in den Textspalten
                                  gesucht)
  trash   TABELLE SCHLÜSSEL...    Zeilen in den Papierkorb verschieben
  restore TABELLE SCHLÜSSEL...    Zeilen aus dem Papierkorb wiederherstellen
  purge   TABELLE SCHLÜSSEL... --yes
                                  Zeilen im Papierkorb endgültig löschen; ohne
                                  --yes als Bedienfehler abgelehnt (Exit 2)
  audit [--table T] [--limit N]   das Audit-Protokoll, neueste zuerst
                                  (Vorgabe 100)

Löschersuchen (DSGVO Art. 17):
  find-subject WERT [--contains]  jede Zeile, die WERT in einer Textspalte
                                  enthält (Groß-/Kleinschreibung beliebig;
                                  --contains: auch als Teil des Textes), und
                                  jede Zeile, die auf diese Zeilen verweist
  erase --subject WERT --ticket ID [--dry-run] [--strict] [--purge-trashed]
        [--report DATEI.json|DATEI.pdf] --yes
                                  die Zeilen der betroffenen Person nach den
                                  gespeicherten Regeln anonymisieren (wo keine
                                  gespeichert ist, nach vorgeschlagenen
                                  Regeln), Zeilen von Tabellen mit „bei
                                  Löschersuchen endgültig löschen“ endgültig
                                  löschen, Zeilen unter Legal Hold behalten,
                                  dann prüfen, dass die Werte verschwunden
                                  sind, sonst alles zurücknehmen.
                                  --dry-run zeigt den Plan und ändert nichts;
                                  --strict lehnt personenbezogene Spalten ohne
                                  gespeicherte Regel ab; --purge-trashed löscht
                                  stattdessen die eigenen Zeilen der Person im
                                  Papierkorb endgültig (wenn nichts auf sie
                                  verweist); --report schreibt den Löschbericht
                                  als JSON oder PDF
  anonymize TABELLE SCHLÜSSEL... --yes
                                  Zeilen nach denselben Regeln anonymisieren
  hold TABELLE SCHLÜSSEL... --reason TEXT [--until JJJJ-MM-TT]
                                  Zeilen unter Legal Hold stellen: erase und
                                  purge überspringen sie (bis zum Datum, sonst
                                  bis unhold)
  unhold TABELLE SCHLÜSSEL...     Zeilen aus dem Legal Hold freigeben
  rules [--export DATEI | --import DATEI] [--suggest]
                                  die gespeicherten Anonymisierungsregeln und
                                  die Tabellen, die bei Löschersuchen
                                  endgültig gelöscht werden; --suggest ergänzt
                                  die aus Spaltennamen und -typen
                                  vorgeschlagenen Regeln; --export/--import
                                  kopieren sie als JSON

Optionen:
  --db URL         sqlite:PFAD (eine vorhandene Datei) oder
                   postgresql://benutzer@host:port/datenbank?sslmode=...
                   Das Passwort kommt aus PGPASSWORD oder ~/.pgpass, nie von
                   der Befehlszeile.
  --demo           die Demo-Datenbank (beim ersten Aufruf angelegt)
  --actor AKTEUR   wer die Änderung vornimmt (sonst $SALVAGE_ACTOR); nötig für
                   jeden Befehl, der Daten ändert
  --reason TEXT    wird mit der Änderung im Audit-Protokoll vermerkt; bei hold
                   der Grund, warum die Zeilen festgehalten werden
  --json           maschinenlesbare Ausgabe
  -h, --help       diese Hilfe
  --version        die Version

TABELLE darf ein Schema enthalten (schema.tabelle); ein Name mit Punkten oder
Anführungszeichen wird in SQL-Schreibweise angegeben (&quot;a.b&quot;, &quot;s&quot;.&quot;t&quot;&quot;x&quot;).
SCHLÜSSEL ist der Wert des Primärschlüssels; bei zusammengesetzten Schlüsseln
spalte=wert,spalte=wert. Setzen Sie -- vor Schlüssel, die mit einem
Bindestrich beginnen.

Die erste Änderung an einer Datenbank ohne die Audit-Tabelle salvage_audit legt
sie an und meldet das auf stderr. Es gibt nie Rückfragen.

Exit-Codes: 0 erledigt; 1 abgelehnt oder fehlgeschlagen, nichts geändert (Grund
auf stderr); 2 Bedienfehler.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="120"/>
        <location filename="../app/cli/commandline.cpp" line="375"/>
        <source>%1 needs a TABLE and at least one KEY</source>
        <translation>%1 braucht eine TABELLE und mindestens einen SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="155"/>
        <source>--report writes FILE.json or FILE.pdf; the name says which (nothing was changed)</source>
        <translation>--report schreibt DATEI.json oder DATEI.pdf; die Endung bestimmt das Format (es wurde nichts geändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="380"/>
        <source>purge deletes rows permanently; add --yes to confirm (nothing was changed)</source>
        <translation>purge löscht Zeilen endgültig; bestätigen Sie mit --yes (es wurde nichts geändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="112"/>
        <source>%1 needs an actor: give --actor ACTOR or set SALVAGE_ACTOR</source>
        <translation>%1 braucht einen Akteur: geben Sie --actor AKTEUR an oder setzen Sie SALVAGE_ACTOR</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="129"/>
        <source>erase takes no arguments (give --subject VALUE)</source>
        <translation>erase nimmt keine Argumente (geben Sie --subject WERT an)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="140"/>
        <source>erase needs the data subject: --subject VALUE</source>
        <translation>erase braucht die betroffene Person: --subject WERT</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="142"/>
        <source>erase needs the ticket of the request: --ticket ID</source>
        <translation>erase braucht das Ticket des Löschersuchens: --ticket ID</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="144"/>
        <source>give either --dry-run or --yes, not both</source>
        <translation>geben Sie entweder --dry-run oder --yes an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="147"/>
        <source>--scrub takes none, vacuum or full, not &quot;%1&quot;</source>
        <translation>--scrub nimmt none, vacuum oder full, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="149"/>
        <source>--report needs an erasure that is carried out, not --dry-run</source>
        <translation>--report braucht eine Löschung, die tatsächlich ausgeführt wird, nicht --dry-run</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="151"/>
        <source>--report needs a file name</source>
        <translation>--report braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>PDF reports are written by the Salvage window; use .json here (nothing was changed)</source>
        <translation type="vanished">PDF-Berichte schreibt das Salvage-Fenster; verwenden Sie hier .json (es wurde nichts geändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="159"/>
        <source>erase changes rows permanently; add --yes to confirm or --dry-run to preview (nothing was changed)</source>
        <translation>erase ändert Zeilen unwiderruflich; bestätigen Sie mit --yes oder zeigen Sie mit --dry-run eine Vorschau an (es wurde nichts geändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="174"/>
        <source>hold needs the reason for the hold: --reason TEXT</source>
        <translation>hold braucht den Grund für den Legal Hold: --reason TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="179"/>
        <source>--until needs a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--until braucht ein Datum JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="181"/>
        <source>--until %1 has passed; a hold needs a date from today on</source>
        <translation>--until %1 liegt in der Vergangenheit; ein Legal Hold braucht ein Datum ab heute</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="191"/>
        <source>rules takes no arguments</source>
        <translation>rules nimmt keine Argumente</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="198"/>
        <source>give either --export or --import, not both</source>
        <translation>geben Sie entweder --export oder --import an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="200"/>
        <source>--suggest lists rules; give it without --export</source>
        <translation>--suggest listet Regeln auf; geben Sie es ohne --export an</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="202"/>
        <source>--export and --import need a file name</source>
        <translation>--export und --import brauchen einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="215"/>
        <source>find-subject needs exactly one VALUE to search for</source>
        <translation>find-subject braucht genau einen WERT, nach dem gesucht wird</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="224"/>
        <source>anonymize overwrites personal columns for good; add --yes to confirm (nothing was changed)</source>
        <translation>anonymize überschreibt personenbezogene Spalten unwiderruflich; bestätigen Sie mit --yes (es wurde nichts geändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="388"/>
        <source>audit takes no arguments (use --table T to filter)</source>
        <translation>audit nimmt keine Argumente (filtern Sie mit --table T)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="391"/>
        <source>--table needs a table name</source>
        <translation>--table braucht einen Tabellennamen</translation>
    </message>
    <message>
        <source>Usage: salvage-cli [--db URL | --demo] [--actor ACTOR] [--reason TEXT] [--json]
                   COMMAND [ARGS]

Browse and change the rows of soft-deleting tables, headless.

Commands:
  tables                          tables, their convention, primary key,
                                  active and trashed counts
  list TABLE [--trash|--all] [--limit N] [--search TEXT]
                                  rows of TABLE (active rows unless --trash or
                                  --all; at most N rows, default 100; TEXT is
                                  searched in the text columns)
  trash   TABLE KEY...            move rows to the trash
  restore TABLE KEY...            restore rows from the trash
  purge   TABLE KEY... --yes      delete trashed rows permanently; without --yes
                                  it is refused as a usage error (exit 2)
  audit [--table T] [--limit N]   the audit log, newest first (default 100)

Erasure requests (GDPR Art. 17):
  find-subject VALUE [--contains] every row holding VALUE in a text column
                                  (any case; --contains: as part of the text)
                                  and every row that refers to those rows
  erase --subject VALUE --ticket ID [--dry-run] [--strict] [--purge-trashed]
        [--report FILE.json] --yes
                                  anonymize the subject&apos;s rows by the stored
                                  rules (suggested rules where none is stored),
                                  purge rows of purge-on-erasure tables, keep
                                  rows on legal hold, then verify that the
                                  values are gone, else roll everything back.
                                  --dry-run shows the plan and changes nothing;
                                  --strict refuses personal columns without a
                                  stored rule; --purge-trashed purges the
                                  subject&apos;s own trashed rows instead (when
                                  nothing refers to them); --report writes the
                                  erasure report as JSON
  anonymize TABLE KEY... --yes    anonymize rows by the same rules
  hold TABLE KEY... --reason TEXT [--until YYYY-MM-DD]
                                  put rows on legal hold: erase and purge skip
                                  them (until the date, else until unhold)
  unhold TABLE KEY...             release rows from legal hold
  rules [--export FILE | --import FILE] [--suggest]
                                  the stored anonymization rules and the tables
                                  purged on erasure; --suggest adds the rules
                                  proposed from column names and types;
                                  --export/--import copy them as JSON

Options:
  --db URL         sqlite:PATH (an existing file) or
                   postgresql://user@host:port/dbname?sslmode=...
                   The password comes from PGPASSWORD or ~/.pgpass, never from
                   the command line.
  --demo           the demo database (created on first use)
  --actor ACTOR    who makes the change (else $SALVAGE_ACTOR); required by
                   every command that changes data
  --reason TEXT    recorded in the audit log with the change; for hold, why
                   the rows are held
  --json           machine-readable output
  -h, --help       this help
  --version        the version

TABLE may be schema-qualified (schema.table); a name containing dots or quotes is
written in SQL double-quote form (&quot;a.b&quot;, &quot;s&quot;.&quot;t&quot;&quot;x&quot;). KEY is the primary-key
value; for a composite key col=value,col=value. Put -- before keys that begin
with a dash.

The first change on a database without the audit table salvage_audit creates it
and says so on stderr. Nothing ever prompts.

Exit codes: 0 done; 1 refused or failed, nothing changed (reason on stderr);
2 usage error.
</source>
        <translation type="vanished">Verwendung: salvage-cli [--db URL | --demo] [--actor AKTEUR] [--reason TEXT] [--json]
                   BEFEHL [ARGUMENTE]

Zeilen von Tabellen mit Soft-Delete durchsuchen und ändern, ohne Oberfläche.

Befehle:
  tables                          Tabellen, ihre Konvention, Primärschlüssel,
                                  Anzahl aktiver Zeilen und Zeilen im Papierkorb
  list TABELLE [--trash|--all] [--limit N] [--search TEXT]
                                  Zeilen von TABELLE (aktive Zeilen, außer mit
                                  --trash oder --all; höchstens N Zeilen,
                                  Vorgabe 100; TEXT wird in den Textspalten
                                  gesucht)
  trash   TABELLE SCHLÜSSEL...    Zeilen in den Papierkorb verschieben
  restore TABELLE SCHLÜSSEL...    Zeilen aus dem Papierkorb wiederherstellen
  purge   TABELLE SCHLÜSSEL... --yes
                                  Zeilen im Papierkorb endgültig löschen; ohne
                                  --yes als Bedienfehler abgelehnt (Exit 2)
  audit [--table T] [--limit N]   das Audit-Protokoll, neueste zuerst
                                  (Vorgabe 100)

Löschersuchen (DSGVO Art. 17):
  find-subject WERT [--contains]  jede Zeile, die WERT in einer Textspalte
                                  enthält (ohne Beachtung der Groß-/Klein-
                                  schreibung; --contains: auch als Teil des
                                  Textes), und jede Zeile, die auf diese
                                  Zeilen verweist
  erase --subject WERT --ticket ID [--dry-run] [--strict] [--purge-trashed]
        [--report DATEI.json] --yes
                                  die Zeilen der betroffenen Person nach den
                                  gespeicherten Regeln anonymisieren (wo keine
                                  gespeichert ist, nach vorgeschlagenen
                                  Regeln), Zeilen von Tabellen mit „bei
                                  Löschersuchen endgültig löschen“ endgültig
                                  löschen, Zeilen unter Legal Hold behalten,
                                  dann prüfen, dass die Werte verschwunden
                                  sind, sonst alles zurücknehmen.
                                  --dry-run zeigt den Plan und ändert nichts;
                                  --strict lehnt personenbezogene Spalten ohne
                                  gespeicherte Regel ab; --purge-trashed löscht
                                  stattdessen die eigenen Zeilen der Person im
                                  Papierkorb endgültig (wenn nichts auf sie
                                  verweist); --report schreibt den Löschbericht
                                  als JSON
  anonymize TABELLE SCHLÜSSEL... --yes
                                  Zeilen nach denselben Regeln anonymisieren
  hold TABELLE SCHLÜSSEL... --reason TEXT [--until JJJJ-MM-TT]
                                  Zeilen unter Legal Hold stellen: erase und
                                  purge überspringen sie (bis zum Datum, sonst
                                  bis unhold)
  unhold TABELLE SCHLÜSSEL...     Zeilen aus dem Legal Hold freigeben
  rules [--export DATEI | --import DATEI] [--suggest]
                                  die gespeicherten Anonymisierungsregeln und
                                  die Tabellen, die bei Löschersuchen
                                  endgültig gelöscht werden; --suggest ergänzt
                                  die aus Spaltennamen und -typen
                                  vorgeschlagenen Regeln; --export/--import
                                  kopieren sie als JSON

Optionen:
  --db URL         sqlite:PFAD (eine vorhandene Datei) oder
                   postgresql://benutzer@host:port/datenbank?sslmode=...
                   Das Passwort kommt aus PGPASSWORD oder ~/.pgpass, nie von
                   der Befehlszeile.
  --demo           die Demo-Datenbank (beim ersten Aufruf angelegt)
  --actor AKTEUR   wer die Änderung vornimmt (sonst $SALVAGE_ACTOR); nötig für
                   jeden Befehl, der Daten ändert
  --reason TEXT    wird mit der Änderung im Audit-Protokoll vermerkt; bei hold
                   der Grund, warum die Zeilen festgehalten werden
  --json           maschinenlesbare Ausgabe
  -h, --help       diese Hilfe
  --version        die Version

TABELLE darf ein Schema enthalten (schema.tabelle); ein Name mit Punkten oder
Anführungszeichen wird in SQL-Schreibweise angegeben (&quot;a.b&quot;, &quot;s&quot;.&quot;t&quot;&quot;x&quot;).
SCHLÜSSEL ist der Wert des Primärschlüssels; bei zusammengesetzten Schlüsseln
spalte=wert,spalte=wert. Setzen Sie -- vor Schlüssel, die mit einem
Bindestrich beginnen.

Die erste Änderung an einer Datenbank ohne die Audit-Tabelle salvage_audit legt
sie an und meldet das auf stderr. Es gibt nie Rückfragen.

Exit-Codes: 0 erledigt; 1 abgelehnt oder fehlgeschlagen, nichts geändert (Grund
auf stderr); 2 Bedienfehler.
</translation>
    </message>
    <message>
        <source>Usage: salvage-cli [--db URL | --demo] [--actor ACTOR] [--reason TEXT] [--json]
                   COMMAND [ARGS]

Browse and change the rows of soft-deleting tables, headless.

Commands:
  tables                          tables, their convention, primary key,
                                  active and trashed counts
  list TABLE [--trash|--all] [--limit N] [--search TEXT]
                                  rows of TABLE (active rows unless --trash or
                                  --all; at most N rows, default 100; TEXT is
                                  searched in the text columns)
  trash   TABLE KEY...            move rows to the trash
  restore TABLE KEY...            restore rows from the trash
  purge   TABLE KEY... --yes      delete trashed rows permanently; without --yes
                                  it is refused as a usage error (exit 2)
  audit [--table T] [--limit N]   the audit log, newest first (default 100)

Options:
  --db URL         sqlite:PATH (an existing file) or
                   postgresql://user@host:port/dbname?sslmode=...
                   The password comes from PGPASSWORD or ~/.pgpass, never from
                   the command line.
  --demo           the demo database (created on first use)
  --actor ACTOR    who makes the change (else $SALVAGE_ACTOR); required by
                   trash, restore and purge
  --reason TEXT    recorded in the audit log with the change
  --json           machine-readable output
  -h, --help       this help
  --version        the version

TABLE may be schema-qualified (schema.table); a name containing dots or quotes is
written in SQL double-quote form (&quot;a.b&quot;, &quot;s&quot;.&quot;t&quot;&quot;x&quot;). KEY is the primary-key
value; for a composite key col=value,col=value. Put -- before keys that begin
with a dash.

The first change on a database without the audit table salvage_audit creates it
and says so on stderr. Nothing ever prompts.

Exit codes: 0 done; 1 refused or failed, nothing changed (reason on stderr);
2 usage error.
</source>
        <translation type="vanished">Verwendung: salvage-cli [--db URL | --demo] [--actor AKTEUR] [--reason TEXT] [--json]
                   BEFEHL [ARGUMENTE]

Zeilen von Tabellen mit Soft-Delete durchsuchen und ändern, ohne Oberfläche.

Befehle:
  tables                          Tabellen, ihre Konvention, Primärschlüssel,
                                  Anzahl aktiver Zeilen und Zeilen im Papierkorb
  list TABELLE [--trash|--all] [--limit N] [--search TEXT]
                                  Zeilen von TABELLE (aktive Zeilen, außer mit
                                  --trash oder --all; höchstens N Zeilen,
                                  Vorgabe 100; TEXT wird in den Textspalten
                                  gesucht)
  trash   TABELLE SCHLÜSSEL...    Zeilen in den Papierkorb verschieben
  restore TABELLE SCHLÜSSEL...    Zeilen aus dem Papierkorb wiederherstellen
  purge   TABELLE SCHLÜSSEL... --yes
                                  Zeilen im Papierkorb endgültig löschen; ohne
                                  --yes als Bedienfehler abgelehnt (Exit 2)
  audit [--table T] [--limit N]   das Audit-Protokoll, neueste zuerst
                                  (Vorgabe 100)

Optionen:
  --db URL         sqlite:PFAD (eine vorhandene Datei) oder
                   postgresql://benutzer@host:port/datenbank?sslmode=...
                   Das Passwort kommt aus PGPASSWORD oder ~/.pgpass, nie von
                   der Befehlszeile.
  --demo           die Demo-Datenbank (beim ersten Aufruf angelegt)
  --actor AKTEUR   wer die Änderung vornimmt (sonst $SALVAGE_ACTOR); nötig für
                   trash, restore und purge
  --reason TEXT    wird mit der Änderung im Audit-Protokoll vermerkt
  --json           maschinenlesbare Ausgabe
  -h, --help       diese Hilfe
  --version        die Version

TABELLE darf ein Schema enthalten (schema.tabelle); ein Name mit Punkten oder
Anführungszeichen wird in SQL-Schreibweise angegeben (&quot;a.b&quot;, &quot;s&quot;.&quot;t&quot;&quot;x&quot;).
SCHLÜSSEL ist der Wert des Primärschlüssels; bei zusammengesetzten Schlüsseln
spalte=wert,spalte=wert. Setzen Sie -- vor Schlüssel, die mit einem
Bindestrich beginnen.

Die erste Änderung an einer Datenbank ohne die Audit-Tabelle salvage_audit legt
sie an und meldet das auf stderr. Es gibt nie Rückfragen.

Exit-Codes: 0 erledigt; 1 abgelehnt oder fehlgeschlagen, nichts geändert (Grund
auf stderr); 2 Bedienfehler.
</translation>
    </message>
</context>
<context>
    <name>Salvage::Cli::Commands</name>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="59"/>
        <location filename="../app/cli/auditcommand.cpp" line="82"/>
        <source>cannot read the audit log</source>
        <translation>das Audit-Protokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="63"/>
        <source>no audit log yet: %1 is created by the first change</source>
        <translation>noch kein Audit-Protokoll: %1 wird mit der ersten Änderung angelegt</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="75"/>
        <source>bad table name %1: %2</source>
        <translation>ungültiger Tabellenname %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="93"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="94"/>
        <source>OCCURRED (UTC)</source>
        <translation>ZEITPUNKT (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="95"/>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="96"/>
        <location filename="../app/cli/eraseoutput.cpp" line="131"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="97"/>
        <location filename="../app/cli/eraseoutput.cpp" line="226"/>
        <location filename="../app/cli/rulescommand.cpp" line="74"/>
        <location filename="../app/cli/tablescommand.cpp" line="113"/>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="98"/>
        <source>ROW KEY</source>
        <translation>ZEILENSCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="99"/>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="100"/>
        <source>OPERATION</source>
        <translation>OPERATION</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/auditcommand.cpp" line="108"/>
        <source>%n rows (keys: --json)</source>
        <translation>
            <numerusform>%n Zeile (Schlüssel: --json)</numerusform>
            <numerusform>%n Zeilen (Schlüssel: --json)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="24"/>
        <source>%1 has no trash: %2</source>
        <translation>%1 hat keinen Papierkorb: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="49"/>
        <source>cannot read the rows of %1</source>
        <translation>die Zeilen von %1 können nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/listcommand.cpp" line="86"/>
        <source>showing the first %n row(s); more match (raise --limit)</source>
        <translation>
            <numerusform>die erste Zeile wird angezeigt; weitere passen (--limit erhöhen)</numerusform>
            <numerusform>die ersten %n Zeilen werden angezeigt; weitere passen (--limit erhöhen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/rowcommand.cpp" line="30"/>
        <source>moved %n row(s) of %1 to the trash</source>
        <translation>
            <numerusform>%n Zeile von %1 in den Papierkorb verschoben</numerusform>
            <numerusform>%n Zeilen von %1 in den Papierkorb verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/rowcommand.cpp" line="32"/>
        <source>restored %n row(s) of %1</source>
        <translation>
            <numerusform>%n Zeile von %1 wiederhergestellt</numerusform>
            <numerusform>%n Zeilen von %1 wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/rowcommand.cpp" line="34"/>
        <source>purged %n row(s) of %1 permanently</source>
        <translation>
            <numerusform>%n Zeile von %1 endgültig gelöscht</numerusform>
            <numerusform>%n Zeilen von %1 endgültig gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/rowcommand.cpp" line="48"/>
        <source>cannot change %1: %2 (nothing was changed)</source>
        <translation>%1 kann nicht geändert werden: %2 (es wurde nichts geändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="72"/>
        <source>bad key: %1</source>
        <translation>ungültiger Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rowcommand.cpp" line="67"/>
        <location filename="../app/cli/session.cpp" line="80"/>
        <source>created audit table %1</source>
        <translation>Audit-Tabelle %1 angelegt</translation>
    </message>
    <message>
        <location filename="../app/cli/rowcommand.cpp" line="73"/>
        <source>the operation failed; nothing was changed</source>
        <translation>die Operation ist fehlgeschlagen; es wurde nichts geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/rowcommand.cpp" line="79"/>
        <source>all %n row(s): %1</source>
        <translation>
            <numerusform>die %n Zeile: %1</numerusform>
            <numerusform>alle %n Zeilen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizecommand.cpp" line="33"/>
        <source>verification failed: a value is still in %1; everything was rolled back, nothing was changed</source>
        <translation>Prüfung fehlgeschlagen: ein Wert steht noch in %1; alles wurde zurückgenommen, es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizecommand.cpp" line="37"/>
        <source>anonymizing failed; nothing was changed</source>
        <translation>das Anonymisieren ist fehlgeschlagen; es wurde nichts geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/anonymizecommand.cpp" line="62"/>
        <source>anonymized %n row(s) of %1</source>
        <translation>
            <numerusform>%n Zeile von %1 anonymisiert</numerusform>
            <numerusform>%n Zeilen von %1 anonymisiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizecommand.cpp" line="64"/>
        <source> (columns %1)</source>
        <translation> (Spalten %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizecommand.cpp" line="65"/>
        <location filename="../app/cli/rowcommand.cpp" line="95"/>
        <source> (operation %1)</source>
        <translation> (Operation %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/tablescommand.cpp" line="59"/>
        <source>not soft-deletable</source>
        <translation>ohne Soft-Delete</translation>
    </message>
    <message>
        <location filename="../app/cli/tablescommand.cpp" line="62"/>
        <source>, actor %1</source>
        <translation>, Akteur %1</translation>
    </message>
    <message>
        <location filename="../app/cli/tablescommand.cpp" line="64"/>
        <source> (override)</source>
        <translation> (manuell festgelegt)</translation>
    </message>
    <message>
        <location filename="../app/cli/tablescommand.cpp" line="81"/>
        <source>cannot read the list of tables</source>
        <translation>die Liste der Tabellen kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/tablescommand.cpp" line="94"/>
        <source>cannot count the rows of %1</source>
        <translation>die Zeilen von %1 können nicht gezählt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/tablescommand.cpp" line="113"/>
        <source>PRIMARY KEY</source>
        <translation>PRIMÄRSCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/cli/tablescommand.cpp" line="113"/>
        <source>CONVENTION</source>
        <translation>KONVENTION</translation>
    </message>
    <message>
        <location filename="../app/cli/tablescommand.cpp" line="113"/>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <location filename="../app/cli/tablescommand.cpp" line="113"/>
        <source>TRASHED</source>
        <translation>IM PAPIERKORB</translation>
    </message>
    <message>
        <location filename="../app/cli/tablescommand.cpp" line="113"/>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="36"/>
        <location filename="../app/cli/findsubjectcommand.cpp" line="76"/>
        <source>cannot search for the data subject</source>
        <translation>die betroffene Person kann nicht gesucht werden</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="39"/>
        <location filename="../app/cli/erasecommand.cpp" line="48"/>
        <location filename="../app/cli/rulescommand.cpp" line="140"/>
        <location filename="../app/cli/rulescommand.cpp" line="192"/>
        <source>cannot read the anonymization rules</source>
        <translation>die Anonymisierungsregeln können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="42"/>
        <source>cannot read the legal holds</source>
        <translation>die Legal Holds können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="65"/>
        <source>verification failed: a value of the subject is still in %1; everything was rolled back, nothing was changed</source>
        <translation>Prüfung fehlgeschlagen: ein Wert der betroffenen Person steht noch in %1; alles wurde zurückgenommen, es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="61"/>
        <source>the erasure failed; nothing was changed</source>
        <translation>die Löschung ist fehlgeschlagen; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="76"/>
        <source>the planned rows keep the value in a column without a rule: store a rule for it (rules --import) or correct the data</source>
        <translation>die geplanten Zeilen behalten den Wert in einer Spalte ohne Regel: Speichern Sie eine Regel dafür (rules --import) oder korrigieren Sie die Daten</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="79"/>
        <source>rows outside the plan mention the subject: erase again with --redact-mentions to replace the values there with [redacted], or correct them</source>
        <translation>Zeilen außerhalb des Plans erwähnen die betroffene Person: Löschen Sie erneut mit --redact-mentions, um die Werte dort durch [redacted] zu ersetzen, oder korrigieren Sie sie</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="83"/>
        <source>some copies cannot be redacted (a binary column, a key, or rows not named by a key): correct them by hand</source>
        <translation>einige Kopien können nicht geschwärzt werden (eine Binärspalte, ein Schlüssel oder Zeilen ohne Schlüssel): Korrigieren Sie sie von Hand</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="97"/>
        <source>report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="103"/>
        <source>the erasure is done (operation %1), but the report could not be written to %2: %3; here it is instead:</source>
        <translation>die Löschung ist erfolgt (Operation %1), aber der Bericht konnte nicht nach %2 geschrieben werden: %3; hier ist er stattdessen:</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="119"/>
        <source>cannot write the report %1: %2 (nothing was changed)</source>
        <translation>der Bericht %1 kann nicht geschrieben werden: %2 (es wurde nichts geändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="142"/>
        <source>the erasure is refused: %1 (nothing was changed)</source>
        <translation>die Löschung wird abgelehnt: %1 (es wurde nichts geändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="146"/>
        <source>dry run: nothing was changed</source>
        <translation>Probelauf: es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="151"/>
        <source>nothing was changed; no report was written</source>
        <translation>es wurde nichts geändert; es wurde kein Bericht geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/erasecommand.cpp" line="152"/>
        <source>nothing was changed</source>
        <translation>es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="35"/>
        <source>anonymize</source>
        <translation>anonymisieren</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="37"/>
        <source>purge</source>
        <translation>endgültig löschen</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="39"/>
        <source>keep (hold)</source>
        <translation>behalten (Legal Hold)</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="41"/>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="69"/>
        <source>deleted for good (trashed row)</source>
        <translation>wird endgültig gelöscht (Zeile im Papierkorb)</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="70"/>
        <source>deleted for good</source>
        <translation>wird endgültig gelöscht</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="73"/>
        <source>on legal hold: %1</source>
        <translation>unter Legal Hold: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="75"/>
        <source> (until %1)</source>
        <translation> (bis %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="79"/>
        <source>no personal column with a rule</source>
        <translation>keine personenbezogene Spalte mit Regel</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="88"/>
        <source> (cannot be redacted)</source>
        <translation> (kann nicht geschwärzt werden)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eraseoutput.cpp" line="105"/>
        <source>Personal primary keys now appear as their keyed hash in %n audit row(s)</source>
        <translation>
            <numerusform>Persönliche Primärschlüssel stehen jetzt als ihr Schlüssel-Hash in %n Audit-Zeile</numerusform>
            <numerusform>Persönliche Primärschlüssel stehen jetzt als ihr Schlüssel-Hash in %n Audit-Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eraseoutput.cpp" line="109"/>
        <source> and %n legal hold(s).</source>
        <translation>
            <numerusform> und %n Legal Hold.</numerusform>
            <numerusform> und %n Legal Holds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="118"/>
        <source>Ticket %1: no row holds or refers to the subject; nothing to erase.</source>
        <translation>Ticket %1: Keine Zeile enthält Daten der betroffenen Person oder verweist auf sie; es gibt nichts zu löschen.</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="127"/>
        <source>Erasure plan for ticket %1</source>
        <translation>Löschplan für Ticket %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eraseoutput.cpp" line="128"/>
        <source>: %n row(s)</source>
        <translation>
            <numerusform>: %n Zeile</numerusform>
            <numerusform>: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eraseoutput.cpp" line="129"/>
        <location filename="../app/cli/findsubjectcommand.cpp" line="56"/>
        <source> in %n table(s)</source>
        <translation>
            <numerusform> in %n Tabelle</numerusform>
            <numerusform> in %n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="132"/>
        <location filename="../app/cli/findsubjectcommand.cpp" line="36"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="133"/>
        <location filename="../app/cli/findsubjectcommand.cpp" line="39"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="134"/>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="140"/>
        <location filename="../app/cli/findsubjectcommand.cpp" line="48"/>
        <source>trashed</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="140"/>
        <location filename="../app/cli/findsubjectcommand.cpp" line="48"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eraseoutput.cpp" line="145"/>
        <source>%n row(s) to anonymize</source>
        <translation>
            <numerusform>%n Zeile zu anonymisieren</numerusform>
            <numerusform>%n Zeilen zu anonymisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eraseoutput.cpp" line="146"/>
        <source>, %n to purge</source>
        <translation>
            <numerusform>, %n endgültig zu löschen</numerusform>
            <numerusform>, %n endgültig zu löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eraseoutput.cpp" line="147"/>
        <source>, %n kept on legal hold</source>
        <translation>
            <numerusform>, %n wegen Legal Hold behalten</numerusform>
            <numerusform>, %n wegen Legal Hold behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eraseoutput.cpp" line="148"/>
        <source>, %n kept without a rule</source>
        <translation>
            <numerusform>, %n ohne Regel behalten</numerusform>
            <numerusform>, %n ohne Regel behalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="151"/>
        <source>Suggested rules, used where no rule is stored (store them with rules --import or in the Salvage window):</source>
        <translation>Vorgeschlagene Regeln, verwendet, wo keine Regel gespeichert ist (speichern Sie sie mit rules --import oder im Salvage-Fenster):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eraseoutput.cpp" line="158"/>
        <source>%n row(s) outside the plan mention the subject; --redact-mentions replaces the values in them with [redacted]</source>
        <translation>
            <numerusform>%n Zeile außerhalb des Plans erwähnt die betroffene Person; --redact-mentions ersetzt die Werte darin durch [redacted]</numerusform>
            <numerusform>%n Zeilen außerhalb des Plans erwähnen die betroffene Person; --redact-mentions ersetzt die Werte darin durch [redacted]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="224"/>
        <source>Erased for ticket %1 (operation %2):</source>
        <translation>Gelöscht für Ticket %1 (Operation %2):</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="227"/>
        <source>ANONYMIZED</source>
        <translation>ANONYMISIERT</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="228"/>
        <source>PURGED</source>
        <translation>ENDGÜLTIG GELÖSCHT</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="229"/>
        <source>HELD</source>
        <translation>LEGAL HOLD</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="230"/>
        <source>COLUMNS</source>
        <translation>SPALTEN</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="244"/>
        <source>Redacted mentions outside the plan:</source>
        <translation>Geschwärzte Erwähnungen außerhalb des Plans:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eraseoutput.cpp" line="249"/>
        <source>Verified: none of the %n value(s) removed</source>
        <translation>
            <numerusform>Geprüft: Der entfernte Wert</numerusform>
            <numerusform>Geprüft: Jeder der %n entfernten Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eraseoutput.cpp" line="252"/>
        <source> is left in the %n text column(s) searched.</source>
        <translation>
            <numerusform> ist in der durchsuchten Textspalte nicht mehr enthalten.</numerusform>
            <numerusform> ist in keiner der %n durchsuchten Textspalten mehr enthalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eraseoutput.cpp" line="257"/>
        <source>Not verified: the verification could not search %1. None of the values is left in the %n column(s) it searched.</source>
        <translation>
            <numerusform>Nicht geprüft: Die Prüfung konnte %1 nicht durchsuchen. In der %n durchsuchten Spalte ist keiner der Werte mehr enthalten.</numerusform>
            <numerusform>Nicht geprüft: Die Prüfung konnte %1 nicht durchsuchen. In den %n durchsuchten Spalten ist keiner der Werte mehr enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="265"/>
        <source>Old copies in the database files: %1</source>
        <translation>Alte Kopien in den Datenbankdateien: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eraseoutput.cpp" line="268"/>
        <source>Old copies outside this database&apos;s reach:</source>
        <translation>Alte Kopien außerhalb der Reichweite dieser Datenbank:</translation>
    </message>
    <message>
        <location filename="../app/cli/findsubjectcommand.cpp" line="37"/>
        <source>MATCHED</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <location filename="../app/cli/findsubjectcommand.cpp" line="38"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location filename="../app/cli/findsubjectcommand.cpp" line="45"/>
        <source>(refers to the subject&apos;s rows)</source>
        <translation>(verweist auf Zeilen der betroffenen Person)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/findsubjectcommand.cpp" line="50"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/findsubjectcommand.cpp" line="55"/>
        <source>%n row(s) found</source>
        <translation>
            <numerusform>Gefunden: %n Zeile</numerusform>
            <numerusform>Gefunden: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/holdcommand.cpp" line="32"/>
        <source>cannot put the rows on legal hold</source>
        <translation>die Zeilen können nicht unter Legal Hold gestellt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/holdcommand.cpp" line="33"/>
        <source>cannot release the rows from legal hold</source>
        <translation>die Zeilen können nicht aus dem Legal Hold freigegeben werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/holdcommand.cpp" line="56"/>
        <source>released %n row(s) of %1 from legal hold</source>
        <translation>
            <numerusform>%n Zeile von %1 aus dem Legal Hold freigegeben</numerusform>
            <numerusform>%n Zeilen von %1 aus dem Legal Hold freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/holdcommand.cpp" line="58"/>
        <source>put %n row(s) of %1 on legal hold until %2</source>
        <translation>
            <numerusform>%n Zeile von %1 bis %2 unter Legal Hold gestellt</numerusform>
            <numerusform>%n Zeilen von %1 bis %2 unter Legal Hold gestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/holdcommand.cpp" line="61"/>
        <source>put %n row(s) of %1 on legal hold until released</source>
        <translation>
            <numerusform>%n Zeile von %1 bis zur Freigabe unter Legal Hold gestellt</numerusform>
            <numerusform>%n Zeilen von %1 bis zur Freigabe unter Legal Hold gestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/privacyoutput.cpp" line="65"/>
        <source> (pseudonymisation: still linkable)</source>
        <translation> (Pseudonymisierung: weiterhin zuordenbar)</translation>
    </message>
    <message>
        <location filename="../app/cli/privacyoutput.cpp" line="67"/>
        <source> (suggested)</source>
        <translation> (vorgeschlagen)</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="70"/>
        <source>No anonymization rules are stored; erase uses the suggested rules (rules --suggest lists them).</source>
        <translation>Es sind keine Anonymisierungsregeln gespeichert; erase verwendet die vorgeschlagenen Regeln (rules --suggest listet sie auf).</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="75"/>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="76"/>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="77"/>
        <source>PARAMETER</source>
        <translation>PARAMETER</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="78"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="84"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="93"/>
        <source>suggested: %1</source>
        <translation>vorgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="100"/>
        <source>Purged on erasure: %1</source>
        <translation>Bei Löschersuchen endgültig gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="104"/>
        <source>Suggested for purge on erasure (transient data): %1</source>
        <translation>Vorgeschlagen zum endgültigen Löschen bei Löschersuchen (kurzlebige Daten): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="145"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="148"/>
        <source>rules exported to %1</source>
        <translation>Regeln nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="156"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="165"/>
        <source>cannot import the rules of %1 (nothing was changed)</source>
        <translation>die Regeln aus %1 können nicht importiert werden (es wurde nichts geändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="170"/>
        <source>rules imported from %1</source>
        <translation>Regeln aus %1 importiert</translation>
    </message>
</context>
<context>
    <name>Salvage::Cli::Session</name>
    <message>
        <location filename="../app/cli/session.cpp" line="24"/>
        <source>cannot create the demo database %1: %2</source>
        <translation>die Demo-Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="34"/>
        <source>bad database URL: %1</source>
        <translation>ungültige Datenbank-URL: %1</translation>
    </message>
    <message>
        <source>refusing a password on the command line, where other users and shell history can see it; use PGPASSWORD or ~/.pgpass</source>
        <translation type="vanished">ein Passwort auf der Befehlszeile wird abgelehnt, dort sehen es andere Benutzer und der Shell-Verlauf; verwenden Sie PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="41"/>
        <source>no such database file: %1</source>
        <translation>keine solche Datenbankdatei: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="49"/>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="61"/>
        <source>bad table name %1: %2</source>
        <translation>ungültiger Tabellenname %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="110"/>
        <source>cannot read table %1</source>
        <translation>Tabelle %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="115"/>
        <location filename="../app/cli/session.cpp" line="139"/>
        <source>no such table: %1</source>
        <translation>keine solche Tabelle: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="89"/>
        <location filename="../app/cli/session.cpp" line="126"/>
        <source>cannot read the list of tables</source>
        <translation>die Liste der Tabellen kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="145"/>
        <source>table name %1 is ambiguous; give one of: %2</source>
        <translation>der Tabellenname %1 ist mehrdeutig; geben Sie einen davon an: %2</translation>
    </message>
</context>
<context>
    <name>Salvage::Connection</name>
    <message>
        <location filename="../app/core/db/dberror.cpp" line="78"/>
        <source>The database server could not be reached. Check the host name and port, and that the server is running and accepts connections.</source>
        <translation>Der Datenbankserver ist nicht erreichbar. Prüfen Sie Hostname und Port und ob der Server läuft und Verbindungen annimmt.</translation>
    </message>
    <message>
        <location filename="../app/core/db/dberror.cpp" line="83"/>
        <source>The server refused the login: the user name or password is wrong, or this user may not connect from here.</source>
        <translation>Der Server hat die Anmeldung abgelehnt: Benutzername oder Passwort sind falsch, oder dieser Benutzer darf sich von hier aus nicht verbinden.</translation>
    </message>
    <message>
        <location filename="../app/core/db/dberror.cpp" line="88"/>
        <source>The database does not exist. Check its name (or the file path).</source>
        <translation>Die Datenbank existiert nicht. Prüfen Sie ihren Namen (bzw. den Dateipfad).</translation>
    </message>
    <message>
        <location filename="../app/core/db/dberror.cpp" line="92"/>
        <source>The server requires an encrypted (TLS) connection. Set SSL mode to &quot;require&quot; or stricter.</source>
        <translation>Der Server verlangt eine verschlüsselte (TLS-)Verbindung. Stellen Sie den SSL-Modus auf „require“ oder strenger.</translation>
    </message>
    <message>
        <location filename="../app/core/db/dberror.cpp" line="97"/>
        <source>Permission denied: your database user may not do this. Nothing was changed. Ask the database owner for the right, or use another account.</source>
        <translation>Zugriff verweigert: Ihr Datenbankbenutzer darf das nicht. Es wurde nichts geändert. Bitten Sie den Eigentümer der Datenbank um das Recht oder verwenden Sie ein anderes Konto.</translation>
    </message>
    <message>
        <location filename="../app/core/db/dberror.cpp" line="102"/>
        <source>The connection to the database was lost. Reconnect and check the data before trying again.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen. Verbinden Sie sich neu und prüfen Sie die Daten, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../app/core/db/dberror.cpp" line="107"/>
        <source>The rows are locked or were changed by someone else at the same time. Nothing was changed; refresh and try again.</source>
        <translation>Die Zeilen sind gesperrt oder wurden gleichzeitig von jemand anderem geändert. Es wurde nichts geändert; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/db/dberror.cpp" line="112"/>
        <source>The database refused the change because it would break a constraint (a foreign key, unique value or check). Nothing was changed.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt, weil sie eine Bedingung verletzen würde (Fremdschlüssel, eindeutiger Wert oder Check). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/db/dberror.cpp" line="117"/>
        <source>The statement was cancelled. Nothing was changed.</source>
        <translation>Die Anweisung wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/db/dberror.cpp" line="123"/>
        <source>The database reported an error. Nothing was changed.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/db/dberror.cpp" line="196"/>
        <source>The database or the disk is full, so the change could not be written. Nothing was changed. Free disk space (or raise the database&apos;s size limit) and try again.</source>
        <translation>Die Datenbank oder der Datenträger ist voll, daher konnte die Änderung nicht geschrieben werden. Es wurde nichts geändert. Geben Sie Speicherplatz frei (oder erhöhen Sie die Größengrenze der Datenbank) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="85"/>
        <source>No database was named.</source>
        <translation>Es wurde keine Datenbank angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="89"/>
        <source>The SQLite file &quot;%1&quot; does not exist.</source>
        <translation>Die SQLite-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="91"/>
        <source>The connection details contain a control character (such as a line break); nothing was sent to the server.</source>
        <translation>Die Verbindungsangaben enthalten ein Steuerzeichen (etwa einen Zeilenumbruch); an den Server wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="121"/>
        <source>The Qt SQL driver for this database is not installed.</source>
        <translation>Der Qt-SQL-Treiber für diese Datenbank ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="125"/>
        <source>The file could not be opened as an SQLite database.</source>
        <translation>Die Datei konnte nicht als SQLite-Datenbank geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="145"/>
        <source>&quot;%1&quot; is not an SQLite database or is damaged.</source>
        <translation>„%1“ ist keine SQLite-Datenbank oder ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="207"/>
        <source>The database rolled the transaction back instead of committing it, because a statement in it had failed. Nothing was changed.</source>
        <translation>Die Datenbank hat die Transaktion zurückgerollt statt sie festzuschreiben, weil eine Anweisung darin fehlgeschlagen war. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="212"/>
        <source>The connection was lost while saving. The change may or may not have been applied: reconnect and check the rows before retrying.</source>
        <translation>Die Verbindung brach beim Speichern ab. Die Änderung wurde möglicherweise übernommen oder auch nicht: Verbinden Sie sich neu und prüfen Sie die Zeilen, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="262"/>
        <source>Not connected to the database.</source>
        <translation>Nicht mit der Datenbank verbunden.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="351"/>
        <source>The database returned no result. Nothing was changed.</source>
        <translation>Die Datenbank hat kein Ergebnis geliefert. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Salvage::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="35"/>
        <source>Connect to a Database</source>
        <translation>Mit einer Datenbank verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="49"/>
        <source>Recent connections</source>
        <translation>Letzte Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="55"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="56"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="68"/>
        <source>&amp;Driver:</source>
        <translation>&amp;Treiber:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="70"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="89"/>
        <source>Path of the database file</source>
        <translation>Pfad der Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="91"/>
        <source>Browse...</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="97"/>
        <source>Create the file if it does not exist</source>
        <translation>Datei anlegen, falls sie nicht existiert</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="102"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="126"/>
        <source>Empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="135"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="136"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="137"/>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="138"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="139"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="140"/>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="202"/>
        <source>New SQLite Database</source>
        <translation>Neue SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="204"/>
        <location filename="../ui/connectiondialog.cpp" line="211"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="209"/>
        <source>Open SQLite Database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
</context>
<context>
    <name>Salvage::ConnectionUrl</name>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="100"/>
        <source>The SQLite URL names no file. Use sqlite:/path/to/file.db.</source>
        <translation>Die SQLite-URL nennt keine Datei. Verwenden Sie sqlite:/pfad/zur/datei.db.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="107"/>
        <source>Unknown database URL &quot;%1&quot;. Use sqlite:PATH or postgresql://user@host:port/database.</source>
        <translation>Unbekannte Datenbank-URL „%1“. Verwenden Sie sqlite:PFAD oder postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed: %1</source>
        <translation type="vanished">Die PostgreSQL-URL ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="76"/>
        <source>the password is not properly percent-encoded (characters such as &apos;%&apos;, &apos;@&apos; and &apos;/&apos; must be).</source>
        <translation>das Passwort ist nicht korrekt prozentkodiert (Zeichen wie &apos;%&apos;, &apos;@&apos; und &apos;/&apos; müssen es sein).</translation>
    </message>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="114"/>
        <source>The PostgreSQL URL %1 is malformed: %2</source>
        <translation>Die PostgreSQL-URL %1 ist fehlerhaft: %2</translation>
    </message>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="125"/>
        <source>The database name in the URL must not contain &apos;/&apos;.</source>
        <translation>Der Datenbankname in der URL darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="129"/>
        <source>The connection option &quot;%1&quot; is not allowed. Allowed: sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name, options (statement_timeout, lock_timeout).</source>
        <translation>Die Verbindungsoption „%1“ ist nicht erlaubt. Erlaubt sind: sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name, options (statement_timeout, lock_timeout).</translation>
    </message>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="134"/>
        <source>The value of connection option &quot;%1&quot; is not allowed.</source>
        <translation>Der Wert der Verbindungsoption „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="145"/>
        <source>The URL contains a password, which other users and the shell history can see. Leave it out and use PGPASSWORD or ~/.pgpass.</source>
        <translation>Die URL enthält ein Passwort, das andere Benutzer und der Shell-Verlauf sehen können. Lassen Sie es weg und verwenden Sie PGPASSWORD oder ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>Salvage::Convention</name>
    <message>
        <location filename="../app/core/schema/conventiondetector.cpp" line="42"/>
        <source>&quot;%1&quot; is a timestamp but NOT NULL, so it cannot mean &quot;not deleted&quot;</source>
        <translation>„%1“ ist ein Zeitstempel, aber NOT NULL, kann also nicht „nicht gelöscht“ bedeuten</translation>
    </message>
    <message>
        <location filename="../app/core/schema/conventiondetector.cpp" line="62"/>
        <source>no soft-delete column (deleted_at, discarded_at, archived_at, removed_at, deleted, is_deleted, is_archived)</source>
        <translation>keine Soft-Delete-Spalte (deleted_at, discarded_at, archived_at, removed_at, deleted, is_deleted, is_archived)</translation>
    </message>
    <message>
        <location filename="../app/core/schema/conventiondetector.cpp" line="89"/>
        <location filename="../app/core/schema/conventiondetector.cpp" line="104"/>
        <source>The table has no column &quot;%1&quot;.</source>
        <translation>Die Tabelle hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/schema/conventiondetector.cpp" line="92"/>
        <source>&quot;%1&quot; is not a date or timestamp column.</source>
        <translation>„%1“ ist keine Datums- oder Zeitstempelspalte.</translation>
    </message>
    <message>
        <location filename="../app/core/schema/conventiondetector.cpp" line="94"/>
        <source>&quot;%1&quot; is NOT NULL; a timestamp marker must be NULL for active rows.</source>
        <translation>„%1“ ist NOT NULL; eine Zeitstempel-Markierung muss bei aktiven Zeilen NULL sein.</translation>
    </message>
    <message>
        <location filename="../app/core/schema/conventiondetector.cpp" line="97"/>
        <source>&quot;%1&quot; is not a boolean or integer column.</source>
        <translation>„%1“ ist keine boolesche oder ganzzahlige Spalte.</translation>
    </message>
    <message>
        <location filename="../app/core/schema/conventiondetector.cpp" line="106"/>
        <source>&quot;%1&quot; cannot be both the marker and another role.</source>
        <translation>„%1“ kann nicht zugleich Markierung und etwas anderes sein.</translation>
    </message>
</context>
<context>
    <name>Salvage::ConventionDialog</name>
    <message>
        <location filename="../ui/conventiondialog.cpp" line="24"/>
        <source>Soft-Delete Convention of %1</source>
        <translation>Soft-Delete-Konvention von %1</translation>
    </message>
    <message>
        <location filename="../ui/conventiondialog.cpp" line="33"/>
        <source>Not soft-deletable</source>
        <translation>Ohne Soft-Delete</translation>
    </message>
    <message>
        <location filename="../ui/conventiondialog.cpp" line="34"/>
        <source>Timestamp marker (NULL = active)</source>
        <translation>Zeitstempel-Markierung (NULL = aktiv)</translation>
    </message>
    <message>
        <location filename="../ui/conventiondialog.cpp" line="35"/>
        <source>Boolean flag (true = trashed)</source>
        <translation>Boolesches Flag (true = im Papierkorb)</translation>
    </message>
    <message>
        <location filename="../ui/conventiondialog.cpp" line="45"/>
        <source>Salvage detected this convention from the column names. A change is stored for this connection only.</source>
        <translation>Salvage hat diese Konvention anhand der Spaltennamen erkannt. Eine Änderung wird nur für diese Verbindung gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/conventiondialog.cpp" line="57"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/conventiondialog.cpp" line="58"/>
        <source>&amp;Marker column:</source>
        <translation>&amp;Markierungsspalte:</translation>
    </message>
    <message>
        <location filename="../ui/conventiondialog.cpp" line="59"/>
        <source>&amp;Actor column:</source>
        <translation>A&amp;kteurspalte:</translation>
    </message>
    <message>
        <location filename="../ui/conventiondialog.cpp" line="60"/>
        <source>&amp;Reason column:</source>
        <translation>&amp;Grundspalte:</translation>
    </message>
    <message>
        <location filename="../ui/conventiondialog.cpp" line="62"/>
        <source>Use &amp;Detected</source>
        <translation>&amp;Erkannte verwenden</translation>
    </message>
    <message>
        <location filename="../ui/conventiondialog.cpp" line="89"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/conventiondialog.cpp" line="101"/>
        <source>Marked as not soft-deletable by hand.</source>
        <translation>Von Hand als ohne Soft-Delete markiert.</translation>
    </message>
</context>
<context>
    <name>Salvage::DatabaseSession</name>
    <message>
        <location filename="../ui/databasesession.cpp" line="48"/>
        <source>Not connected to the database.</source>
        <translation>Keine Verbindung zur Datenbank.</translation>
    </message>
</context>
<context>
    <name>Salvage::DemoDatabase</name>
    <message>
        <location filename="../app/core/demo/demodatabase.cpp" line="53"/>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/demo/demodatabase.cpp" line="57"/>
        <source>The demo data is missing from this build.</source>
        <translation>Die Demo-Daten fehlen in diesem Build.</translation>
    </message>
    <message>
        <location filename="../app/core/demo/demodatabase.cpp" line="79"/>
        <source>Could not create the demo database: %1</source>
        <translation>Die Demo-Datenbank konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/demo/demodatabase.cpp" line="85"/>
        <source>Cannot write the demo database to %1.</source>
        <translation>Die Demo-Datenbank kann nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Salvage::DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="33"/>
        <source>Select a row to see all of its columns.</source>
        <translation>Wählen Sie eine Zeile, um alle ihre Spalten zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailpane.cpp" line="44"/>
        <source>&lt;%n byte(s) of binary data&gt;</source>
        <translation>
            <numerusform>&lt;%n Byte Binärdaten&gt;</numerusform>
            <numerusform>&lt;%n Bytes Binärdaten&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="59"/>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="61"/>
        <source>(in the trash)</source>
        <translation>(im Papierkorb)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="87"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureJobs</name>
    <message>
        <location filename="../ui/erasurejobs.cpp" line="25"/>
        <source>The rules and legal holds could not be read: %1</source>
        <translation>Die Regeln und Legal Holds konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/erasurejobs.cpp" line="31"/>
        <source>The database&apos;s erasure salt could not be read.</source>
        <translation>Das Lösch-Salt der Datenbank konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Salvage::ErasurePlanModel</name>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="90"/>
        <source> (pseudonymisation: still linkable)</source>
        <translation> (Pseudonymisierung: weiterhin zuordenbar)</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="92"/>
        <source> (suggested)</source>
        <translation> (vorgeschlagen)</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="123"/>
        <source>anonymize %1</source>
        <translation>anonymisieren – %1</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="126"/>
        <source>purge (deleted for good)</source>
        <translation>endgültig löschen (unwiderruflich)</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="131"/>
        <source>keep (on legal hold until %1: %2)</source>
        <translation>behalten (unter Legal Hold bis %1: %2)</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="135"/>
        <source>keep (on legal hold: %1)</source>
        <translation>behalten (unter Legal Hold: %1)</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="138"/>
        <source>keep (no personal column with a rule)</source>
        <translation>behalten (keine personenbezogene Spalte mit Regel)</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="146"/>
        <source>(no primary key)</source>
        <translation>(kein Primärschlüssel)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasureplanmodel.cpp" line="212"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasureplanmodel.cpp" line="219"/>
        <source>%n to anonymize</source>
        <translation>
            <numerusform>%n zu anonymisieren</numerusform>
            <numerusform>%n zu anonymisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasureplanmodel.cpp" line="221"/>
        <source>%n to purge</source>
        <translation>
            <numerusform>%n endgültig zu löschen</numerusform>
            <numerusform>%n endgültig zu löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasureplanmodel.cpp" line="223"/>
        <source>%n on legal hold</source>
        <translation>
            <numerusform>%n unter Legal Hold</numerusform>
            <numerusform>%n unter Legal Hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasureplanmodel.cpp" line="225"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n behalten</numerusform>
            <numerusform>%n behalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="257"/>
        <source>trashed</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="257"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="263"/>
        <source>Refers to the subject&apos;s rows</source>
        <translation>Verweist auf Zeilen der betroffenen Person</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="284"/>
        <source>Matched</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>(refers to the subject&apos;s rows)</source>
        <translation type="vanished">(verweist auf Zeilen der betroffenen Person)</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="278"/>
        <source>Table / Row</source>
        <translation>Tabelle / Zeile</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="280"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="282"/>
        <source>Planned Action</source>
        <translation>Geplante Aktion</translation>
    </message>
    <message>
        <source>Matched Columns</source>
        <translation type="vanished">Spalten mit Treffer</translation>
    </message>
    <message>
        <location filename="../ui/erasureplanmodel.cpp" line="286"/>
        <source>Reached Through</source>
        <translation>Erreicht über</translation>
    </message>
</context>
<context>
    <name>Salvage::ErasurePlanner</name>
    <message>
        <location filename="../app/core/privacy/erasureplan.cpp" line="301"/>
        <source>%1 (key %2; kept rows of %3 refer to it)</source>
        <translation>%1 (Schlüssel %2; behaltene Zeilen von %3 verweisen darauf)</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureplan.cpp" line="325"/>
        <source>%1: %2 (suggested)</source>
        <translation>%1: %2 (vorgeschlagen)</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureplan.cpp" line="352"/>
        <source>These tables are no longer in the database: %1. Search again.</source>
        <translation>Diese Tabellen gibt es in der Datenbank nicht mehr: %1. Suchen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureplan.cpp" line="356"/>
        <source>Rows of %1 belong to the subject, but the table has no primary key, so Salvage cannot change those rows one by one safely. Add a primary key (or change the rows by hand), then plan again.</source>
        <translation>Zeilen von %1 gehören zur betroffenen Person, aber die Tabelle hat keinen Primärschlüssel, daher kann Salvage diese Zeilen nicht sicher einzeln ändern. Fügen Sie einen Primärschlüssel hinzu (oder ändern Sie die Zeilen von Hand) und planen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureplan.cpp" line="362"/>
        <source>The searched value is in %1, but no rule changes that column, so the erasure could not remove it. Give the column a rule, then plan again.</source>
        <translation>Der gesuchte Wert steht in %1, aber keine Regel ändert diese Spalte, daher könnte die Löschung ihn nicht entfernen. Geben Sie der Spalte eine Regel und planen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureplan.cpp" line="367"/>
        <source>The searched value is the primary key of rows of %1. A key cannot be anonymized, so such a row must be purged, but rows the erasure keeps still refer to it. Mark the referring tables &quot;purge on erasure&quot; (or change those rows by hand), then plan again.</source>
        <translation>Der gesuchte Wert ist der Primärschlüssel von Zeilen in %1. Ein Schlüssel kann nicht anonymisiert werden, daher muss eine solche Zeile endgültig gelöscht werden, aber Zeilen, die die Löschung behält, verweisen noch darauf. Markieren Sie die verweisenden Tabellen mit „bei Löschersuchen endgültig löschen“ (oder ändern Sie diese Zeilen von Hand) und planen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureplan.cpp" line="374"/>
        <source>The searched value is in %1, a key or foreign-key column, which no rule may change (rows are named and linked by it). Mark the table &quot;purge on erasure&quot; (or change those rows by hand), then plan again.</source>
        <translation>Der gesuchte Wert steht in %1, einer Schlüssel- oder Fremdschlüsselspalte, die keine Regel ändern darf (Zeilen werden durch sie benannt und verknüpft). Markieren Sie die Tabelle mit „bei Löschersuchen endgültig löschen“ (oder ändern Sie diese Zeilen von Hand) und planen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureplan.cpp" line="380"/>
        <source>Stored rules no longer fit their columns: %1. Fix the rules, then plan again.</source>
        <translation>Gespeicherte Regeln passen nicht mehr zu ihren Spalten: %1. Korrigieren Sie die Regeln und planen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureplan.cpp" line="385"/>
        <source>These columns look personal but have no stored rule (strict mode): %1. Store a rule for each (&quot;keep&quot; if it must stay), then plan again.</source>
        <translation>Diese Spalten sehen personenbezogen aus, haben aber keine gespeicherte Regel (strikter Modus): %1. Speichern Sie für jede eine Regel („keep“, wenn sie bleiben muss) und planen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>Salvage::ErasurePreview</name>
    <message>
        <location filename="../ui/erasurepreview.cpp" line="28"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/erasurepreview.cpp" line="28"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/erasurepreview.cpp" line="28"/>
        <source>After Erasure</source>
        <translation>Nach der Löschung</translation>
    </message>
    <message>
        <location filename="../ui/erasurepreview.cpp" line="28"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/erasurepreview.cpp" line="46"/>
        <source>Select a row to see what erasing does to each of its columns.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, was die Löschung mit jeder ihrer Spalten macht.</translation>
    </message>
    <message>
        <location filename="../ui/erasurepreview.cpp" line="67"/>
        <source>%1: these columns are overwritten; the row stays, for the rows that refer to it.</source>
        <translation>%1: Diese Spalten werden überschrieben; die Zeile bleibt für die Zeilen erhalten, die auf sie verweisen.</translation>
    </message>
    <message>
        <location filename="../ui/erasurepreview.cpp" line="80"/>
        <source>%1: the whole row is deleted for good.</source>
        <translation>%1: Die ganze Zeile wird endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/erasurepreview.cpp" line="86"/>
        <source>purge</source>
        <translation>endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/erasurepreview.cpp" line="93"/>
        <source>%1: kept as it is, on legal hold: %2</source>
        <translation>%1: bleibt unverändert, unter Legal Hold: %2</translation>
    </message>
    <message>
        <location filename="../ui/erasurepreview.cpp" line="96"/>
        <source>%1: kept as it is: none of its columns has a rule that changes it.</source>
        <translation>%1: bleibt unverändert: Keine ihrer Spalten hat eine Regel, die sie ändert.</translation>
    </message>
    <message>
        <location filename="../ui/erasurepreview.cpp" line="122"/>
        <source>%1 holds the searched value</source>
        <translation>%1 enthält den gesuchten Wert</translation>
    </message>
    <message>
        <location filename="../ui/erasurepreview.cpp" line="126"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasurepreview.cpp" line="146"/>
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n Byte Binärdaten)</numerusform>
            <numerusform>(%n Bytes Binärdaten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureReportPdf</name>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="102"/>
        <source>Carried out: the changes below were made and committed, but not fully verified</source>
        <translation>Ausgeführt: Die folgenden Änderungen wurden vorgenommen und festgeschrieben, aber nicht vollständig geprüft</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="105"/>
        <source>Carried out: the changes below were made, verified and committed</source>
        <translation>Ausgeführt: Die folgenden Änderungen wurden vorgenommen, geprüft und festgeschrieben</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="108"/>
        <source>Dry run: nothing was changed</source>
        <translation>Probelauf: Es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="110"/>
        <source>Not applied: nothing was changed</source>
        <translation>Nicht ausgeführt: Es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="121"/>
        <source>the local server</source>
        <translation>dem lokalen Server</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="125"/>
        <source>PostgreSQL database %1 on %2</source>
        <translation>PostgreSQL-Datenbank %1 auf %2</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="128"/>
        <source>SQLite file %1</source>
        <translation>SQLite-Datei %1</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="129"/>
        <source>not recorded in this report</source>
        <translation>in diesem Bericht nicht vermerkt</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="136"/>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="151"/>
        <source>(text key, not shown)</source>
        <translation>(Textschlüssel, nicht angezeigt)</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="163"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="166"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="170"/>
        <source>Data subject (salted hash)</source>
        <translation>Betroffene Person (Hash mit Salt)</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="173"/>
        <source>%1. The subject&apos;s value itself is not in this report.</source>
        <translation>%1. Der Wert der betroffenen Person selbst steht nicht in diesem Bericht.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="175"/>
        <source>Carried out by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="177"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="180"/>
        <source>Operation (audit log)</source>
        <translation>Operation (Audit-Protokoll)</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="182"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="187"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="188"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="197"/>
        <source>Rows per table</source>
        <translation>Zeilen je Tabelle</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="199"/>
        <source>No row of the data subject was found.</source>
        <translation>Es wurde keine Zeile der betroffenen Person gefunden.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="200"/>
        <location filename="../app/report/erasurereporthtml.cpp" line="267"/>
        <location filename="../app/report/erasurereporthtml.cpp" line="364"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="201"/>
        <source>Anonymized</source>
        <translation>Anonymisiert</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="202"/>
        <source>Purged</source>
        <translation>Endgültig gelöscht</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="203"/>
        <source>Held</source>
        <translation>Legal Hold</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="204"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="205"/>
        <source>Columns anonymized</source>
        <translation>Anonymisierte Spalten</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="221"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="226"/>
        <source>Anonymized rows stay in the database with their personal columns overwritten by rule; purged rows were deleted. Held rows are on legal hold and were not changed. Unchanged rows refer to the subject but hold no personal column with a rule.</source>
        <translation>Anonymisierte Zeilen bleiben in der Datenbank, ihre personenbezogenen Spalten sind nach Regel überschrieben; endgültig gelöschte Zeilen wurden entfernt. Zeilen unter Legal Hold wurden nicht geändert. Unveränderte Zeilen verweisen auf die betroffene Person, enthalten aber keine personenbezogene Spalte mit Regel.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="236"/>
        <source>Rules that were only suggested</source>
        <translation>Nur vorgeschlagene Regeln</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="239"/>
        <source>None: every column changed had a stored rule.</source>
        <translation>Keine: Jede geänderte Spalte hatte eine gespeicherte Regel.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="241"/>
        <source>No rule was stored for these columns; Salvage used the rule it suggests from the column&apos;s name and type:</source>
        <translation>Für diese Spalten war keine Regel gespeichert; Salvage hat die Regel verwendet, die es anhand von Name und Typ der Spalte vorschlägt:</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="260"/>
        <source>Rows on legal hold</source>
        <translation>Zeilen unter Legal Hold</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="262"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="265"/>
        <source>These rows were kept unchanged, with their personal values, because of a legal hold:</source>
        <translation>Diese Zeilen wurden wegen eines Legal Holds unverändert behalten, mit ihren personenbezogenen Werten:</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="268"/>
        <source>Row key</source>
        <translation>Zeilenschlüssel</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="269"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/erasurereporthtml.cpp" line="281"/>
        <source>Clean: none of the %n value(s) searched for was found.</source>
        <translation>
            <numerusform>Bereinigt: Der gesuchte Wert wurde nicht gefunden.</numerusform>
            <numerusform>Bereinigt: Keiner der %n gesuchten Werte wurde gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="294"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/erasurereporthtml.cpp" line="297"/>
        <source>Not verified: these columns could not be searched: %1. None of the %n value(s) was found in the columns that were searched.</source>
        <translation>
            <numerusform>Nicht geprüft: Diese Spalten konnten nicht durchsucht werden: %1. Der gesuchte Wert wurde in den durchsuchten Spalten nicht gefunden.</numerusform>
            <numerusform>Nicht geprüft: Diese Spalten konnten nicht durchsucht werden: %1. Keiner der %n gesuchten Werte wurde in den durchsuchten Spalten gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="307"/>
        <source>Not clean: a value was still found in %1; everything was rolled back.</source>
        <translation>Nicht bereinigt: Ein Wert wurde noch in %1 gefunden; alles wurde zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="313"/>
        <source>Not verified: the erasure was not carried out.</source>
        <translation>Nicht geprüft: Die Löschung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="315"/>
        <source>Not clean: the verification found a value.</source>
        <translation>Nicht bereinigt: Die Prüfung hat einen Wert gefunden.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="330"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="343"/>
        <source>Mentions of the subject in rows outside the plan were replaced with [redacted]: %1.</source>
        <translation>Erwähnungen der betroffenen Person in Zeilen außerhalb des Plans wurden durch [redacted] ersetzt: %1.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="357"/>
        <source>%1 (%2 found)</source>
        <translation>%1 (%2 gefunden)</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="362"/>
        <source>No query was run.</source>
        <translation>Es wurde keine Abfrage ausgeführt.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="365"/>
        <source>Columns searched</source>
        <translation>Durchsuchte Spalten</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="378"/>
        <source>The statements of the queries are listed at the end of this report.</source>
        <translation>Die Anweisungen der Abfragen sind am Ende dieses Berichts aufgeführt.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="392"/>
        <source>Appendix: the verification queries</source>
        <translation>Anhang: die Prüfabfragen</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="393"/>
        <source>As run, inside the erasure&apos;s transaction. Each ? is one value searched for, bound separately and never written into the statement.</source>
        <translation>Wie ausgeführt, innerhalb der Transaktion der Löschung. Jedes ? ist ein gesuchter Wert, separat gebunden und nie in die Anweisung geschrieben.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="vanished">Spalte</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="366"/>
        <source>Values searched</source>
        <translation>Gesuchte Werte</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="367"/>
        <source>Found (0 = clean)</source>
        <translation>Gefunden (0 = bereinigt)</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="363"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>The queries, as run (each ? is one value searched for, bound separately and never written into the statement):</source>
        <translation type="vanished">Die Abfragen, wie ausgeführt (jedes ? ist ein gesuchter Wert, separat gebunden und nie in die Anweisung geschrieben):</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="407"/>
        <source>Old copies of the values</source>
        <translation>Alte Kopien der Werte</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="409"/>
        <source>Done after commit</source>
        <translation>Nach dem Commit erledigt</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="410"/>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="411"/>
        <source>Still holding old copies</source>
        <translation>Noch vorhandene alte Kopien</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="414"/>
        <source>Salvage knows of none; see below.</source>
        <translation>Salvage sind keine bekannt; siehe unten.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="426"/>
        <source>That no copy exists outside this database: backups, replicas, exports, caches, log files and other systems were not searched, nor the places listed above.</source>
        <translation>Dass außerhalb dieser Datenbank keine Kopie existiert: Backups, Replikate, Exporte, Caches, Protokolldateien und andere Systeme wurden nicht durchsucht, ebenso wenig die oben aufgeführten Orte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/erasurereporthtml.cpp" line="430"/>
        <source>That the subject&apos;s data is gone in every form: the verification searched for the %n value(s) taken from the subject&apos;s rows. A value written differently (another spelling, an abbreviation, an encoded or hashed form) or kept in a column that does not hold text is not found.</source>
        <translation>
            <numerusform>Dass die Daten der betroffenen Person in jeder Form verschwunden sind: Die Prüfung suchte nach dem Wert aus den Zeilen der betroffenen Person. Ein anders geschriebener Wert (andere Schreibweise, Abkürzung, kodierte oder gehashte Form) oder ein Wert in einer Spalte, die keinen Text enthält, wird nicht gefunden.</numerusform>
            <numerusform>Dass die Daten der betroffenen Person in jeder Form verschwunden sind: Die Prüfung suchte nach den %n Werten aus den Zeilen der betroffenen Person. Ein anders geschriebener Wert (andere Schreibweise, Abkürzung, kodierte oder gehashte Form) oder ein Wert in einer Spalte, die keinen Text enthält, wird nicht gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="437"/>
        <source>That rows on legal hold are erased: they keep their values until the hold ends and must be erased then.</source>
        <translation>Dass Zeilen unter Legal Hold gelöscht sind: Sie behalten ihre Werte, bis der Legal Hold endet, und müssen dann gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="440"/>
        <source>Who the subject is: the subject is named only by a salted hash, which someone who knows the value and the database&apos;s erasure salt can check but nobody can reverse.</source>
        <translation>Wer die betroffene Person ist: Sie wird nur durch einen Hash mit Salt benannt, den jemand, der den Wert und das Lösch-Salt der Datenbank kennt, überprüfen, aber niemand umkehren kann.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="445"/>
        <source>That this report is unaltered: it is not signed.</source>
        <translation>Dass dieser Bericht unverändert ist: Er ist nicht signiert.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="446"/>
        <source>That this report is unaltered: it is not signed. Compare it with the audit log of the database (operation %1).</source>
        <translation>Dass dieser Bericht unverändert ist: Er ist nicht signiert. Vergleichen Sie ihn mit dem Audit-Protokoll der Datenbank (Operation %1).</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="450"/>
        <source>What this report does not prove</source>
        <translation>Was dieser Bericht nicht belegt</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="486"/>
        <source>This is not an erasure report: it is not valid JSON (%1 at byte %2).</source>
        <translation>Dies ist kein Löschbericht: Es ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="492"/>
        <source>This JSON is not a Salvage erasure report (its &quot;report&quot; field is not &quot;salvage-erasure&quot;).</source>
        <translation>Dieses JSON ist kein Salvage-Löschbericht (sein Feld „report“ ist nicht „salvage-erasure“).</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="497"/>
        <source>none</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="499"/>
        <source>This erasure report has version %1; Salvage reads version 1 only.</source>
        <translation>Dieser Löschbericht hat die Version %1; Salvage liest nur Version 1.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="514"/>
        <source>The erasure report is incomplete: &quot;%1&quot; is missing.</source>
        <translation>Der Löschbericht ist unvollständig: „%1“ fehlt.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="524"/>
        <source>Erasure report %1</source>
        <translation>Löschbericht %1</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="529"/>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · Seite %2 von %3</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="536"/>
        <source>Erasure report</source>
        <translation>Löschbericht</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereporthtml.cpp" line="537"/>
        <source>Erasure of a data subject&apos;s personal data (GDPR Art. 17), carried out with Salvage.</source>
        <translation>Löschung personenbezogener Daten einer betroffenen Person (DSGVO Art. 17), ausgeführt mit Salvage.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereportpdf.cpp" line="113"/>
        <source>A PDF cannot be made without the graphical part of Qt (no QGuiApplication).</source>
        <translation>Ohne den grafischen Teil von Qt (keine QGuiApplication) lässt sich kein PDF erzeugen.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereportpdf.cpp" line="132"/>
        <source>The PDF could not be laid out.</source>
        <translation>Das Layout des PDF konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/report/erasurereportpdf.cpp" line="147"/>
        <source>Cannot write the PDF %1: %2</source>
        <translation>Das PDF %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureScrubber</name>
    <message>
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="102"/>
        <source>SQLite&apos;s secure_delete was on during the erasure, so the space the old values used in the database file was overwritten with zeros.</source>
        <translation>secure_delete von SQLite war während der Löschung eingeschaltet, daher wurde der Platz, den die alten Werte in der Datenbankdatei belegten, mit Nullen überschrieben.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="108"/>
        <source>The space of the old values was overwritten with zeros (secure_delete).</source>
        <translation>Der Platz der alten Werte wurde mit Nullen überschrieben (secure_delete).</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="126"/>
        <source>ANALYZE replaced the sampled values in sqlite_stat4.</source>
        <translation>ANALYZE hat die Stichprobenwerte in sqlite_stat4 ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="128"/>
        <source>sqlite_stat4 may still hold sampled values of %1: ANALYZE failed (%2).</source>
        <translation>sqlite_stat4 kann noch Stichprobenwerte von %1 enthalten: ANALYZE ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="141"/>
        <source>The database does not use a write-ahead log (-wal file).</source>
        <translation>Die Datenbank verwendet kein Write-Ahead-Log (-wal-Datei).</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="143"/>
        <source>The write-ahead log was checkpointed into the database file and the -wal file truncated to 0 bytes (wal_checkpoint(TRUNCATE)).</source>
        <translation>Das Write-Ahead-Log wurde per Checkpoint in die Datenbankdatei übernommen und die -wal-Datei auf 0 Bytes gekürzt (wal_checkpoint(TRUNCATE)).</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="146"/>
        <source>The -wal file still holds old pages: another connection was reading while Salvage checkpointed (%1 of %2 pages copied). They go with the next complete checkpoint; close other programs using the file and run PRAGMA wal_checkpoint(TRUNCATE).</source>
        <translation>Die -wal-Datei enthält noch alte Seiten: Eine andere Verbindung hat gelesen, während Salvage den Checkpoint ausführte (%1 von %2 Seiten kopiert). Sie verschwinden mit dem nächsten vollständigen Checkpoint; schließen Sie andere Programme, die die Datei verwenden, und führen Sie PRAGMA wal_checkpoint(TRUNCATE) aus.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="155"/>
        <source>The write-ahead log could not be checkpointed (%1); the -wal file may still hold old pages.</source>
        <translation>Für das Write-Ahead-Log konnte kein Checkpoint ausgeführt werden (%1); die -wal-Datei kann noch alte Seiten enthalten.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="157"/>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="162"/>
        <source>journal_mode is PERSIST: the -journal file keeps the original pages of the last transaction until the next one overwrites them.</source>
        <translation>journal_mode ist PERSIST: Die -journal-Datei behält die ursprünglichen Seiten der letzten Transaktion, bis die nächste sie überschreibt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="168"/>
        <source>%n free page(s) of the file were freed before this erasure, possibly without secure_delete, and were not searched; VACUUM rebuilds the file without them.</source>
        <translation>
            <numerusform>%n freie Seite der Datei wurde vor dieser Löschung freigegeben, möglicherweise ohne secure_delete, und wurde nicht durchsucht; VACUUM baut die Datei ohne sie neu auf.</numerusform>
            <numerusform>%n freie Seiten der Datei wurden vor dieser Löschung freigegeben, möglicherweise ohne secure_delete, und wurden nicht durchsucht; VACUUM baut die Datei ohne sie neu auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="174"/>
        <source>Copies of the database file made before the erasure (backups, synced folders, file-system snapshots) still hold the values until they are deleted or expire.</source>
        <translation>Kopien der Datenbankdatei, die vor der Löschung entstanden sind (Backups, synchronisierte Ordner, Dateisystem-Snapshots), enthalten die Werte weiterhin, bis sie gelöscht werden oder ablaufen.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubber.cpp" line="177"/>
        <source>Disk blocks that the file system freed (the truncated -wal file, a deleted -journal file) are not overwritten and may keep fragments until they are reused; on SSDs, wear levelling may keep old blocks for longer.</source>
        <translation>Vom Dateisystem freigegebene Plattenblöcke (die gekürzte -wal-Datei, eine gelöschte -journal-Datei) werden nicht überschrieben und können Fragmente enthalten, bis sie wiederverwendet werden; auf SSDs kann Wear-Leveling alte Blöcke noch länger erhalten.</translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation type="vanished">%1 (Eigentümer: %2)</translation>
    </message>
    <message>
        <source>Your database user may not VACUUM %1, so their files keep the old row versions until the owner (or a superuser) runs VACUUM FULL on them.</source>
        <translation type="vanished">Ihr Datenbankbenutzer darf VACUUM nicht auf %1 ausführen; deren Dateien behalten daher die alten Zeilenversionen, bis der Eigentümer (oder ein Superuser) VACUUM FULL auf ihnen ausführt.</translation>
    </message>
    <message numerus="yes">
        <source>VACUUM FULL was not run: %n transaction(s) or replication slot(s) older than the erasure were still open, and PostgreSQL keeps the old row versions for them. When they have ended, run VACUUM FULL on %1.</source>
        <translation type="vanished">
            <numerusform>VACUUM FULL wurde nicht ausgeführt: %n Transaktion oder Replikations-Slot, älter als die Löschung, war noch offen, und PostgreSQL behält dafür die alten Zeilenversionen. Führen Sie nach deren Ende VACUUM FULL auf %1 aus.</numerusform>
            <numerusform>VACUUM FULL wurde nicht ausgeführt: %n Transaktionen oder Replikations-Slots, älter als die Löschung, waren noch offen, und PostgreSQL behält dafür die alten Zeilenversionen. Führen Sie nach deren Ende VACUUM FULL auf %1 aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>VACUUM FULL failed for %1, so their files keep the old row versions; run it again when the tables are not in use.</source>
        <translation type="vanished">VACUUM FULL ist für %1 fehlgeschlagen; deren Dateien behalten daher die alten Zeilenversionen. Führen Sie es erneut aus, wenn die Tabellen nicht in Gebrauch sind.</translation>
    </message>
    <message>
        <source>VACUUM FULL rewrote %1: new heap, TOAST and index files without the old row versions (plain VACUUM leaves their bytes in the files), and ANALYZE replaced the sampled values in the planner statistics.</source>
        <translation type="vanished">VACUUM FULL hat %1 neu geschrieben: neue Heap-, TOAST- und Indexdateien ohne die alten Zeilenversionen (ein einfaches VACUUM lässt deren Bytes in den Dateien), und ANALYZE hat die Stichprobenwerte in den Planer-Statistiken ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="75"/>
        <source>Your database user may not VACUUM this table, so its files keep the old row versions until its owner or a superuser runs the command (owner: %1).</source>
        <translation>Ihr Datenbankbenutzer darf VACUUM auf dieser Tabelle nicht ausführen; ihre Dateien behalten die alten Zeilenversionen, bis ihr Eigentümer oder ein Superuser den Befehl ausführt (Eigentümer: %1).</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="91"/>
        <source>VACUUM (which locks nobody out) marked the space of the old row versions free, and ANALYZE replaced the sampled values in the planner statistics. Their bytes can stay in the files until new rows overwrite them; the command removes them, locking the table while it runs.</source>
        <translation>VACUUM (das niemanden aussperrt) hat den Platz der alten Zeilenversionen freigegeben, und ANALYZE hat die Stichprobenwerte in der Planerstatistik ersetzt. Ihre Bytes können in den Dateien bleiben, bis neue Zeilen sie überschreiben; der Befehl entfernt sie und sperrt die Tabelle, solange er läuft.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="96"/>
        <source>VACUUM failed (%1), so the old row versions stay in the files; the command removes them, locking the table while it runs.</source>
        <translation>VACUUM ist fehlgeschlagen (%1), daher bleiben die alten Zeilenversionen in den Dateien; der Befehl entfernt sie und sperrt die Tabelle, solange er läuft.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="123"/>
        <source>VACUUM FULL was not run: %n transaction(s) or replication slot(s) older than the erasure were still open, and PostgreSQL keeps the old row versions for them. Run the command when they have ended.</source>
        <translation>
            <numerusform>VACUUM FULL wurde nicht ausgeführt: %n Transaktion oder Replikationsslot, älter als die Löschung, war noch offen, und PostgreSQL behält die alten Zeilenversionen dafür. Führen Sie den Befehl aus, wenn sie beendet ist.</numerusform>
            <numerusform>VACUUM FULL wurde nicht ausgeführt: %n Transaktionen oder Replikationsslots, älter als die Löschung, waren noch offen, und PostgreSQL behält die alten Zeilenversionen dafür. Führen Sie den Befehl aus, wenn sie beendet sind.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="144"/>
        <source>VACUUM FULL rewrote the table: new heap, TOAST and index files without the old row versions, and ANALYZE replaced the sampled values in the planner statistics.</source>
        <translation>VACUUM FULL hat die Tabelle neu geschrieben: neue Heap-, TOAST- und Indexdateien ohne die alten Zeilenversionen, und ANALYZE hat die Stichprobenwerte in der Planerstatistik ersetzt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="148"/>
        <source>VACUUM FULL did not get the table&apos;s exclusive lock within %n second(s), because other sessions were using the table, so nothing was rewritten and nobody was locked out. The old row versions stay in the files: run the command in a maintenance window.</source>
        <translation>
            <numerusform>VACUUM FULL hat die exklusive Sperre der Tabelle nicht innerhalb von %n Sekunde bekommen, weil andere Sitzungen die Tabelle benutzten; daher wurde nichts neu geschrieben und niemand ausgesperrt. Die alten Zeilenversionen bleiben in den Dateien: Führen Sie den Befehl in einem Wartungsfenster aus.</numerusform>
            <numerusform>VACUUM FULL hat die exklusive Sperre der Tabelle nicht innerhalb von %n Sekunden bekommen, weil andere Sitzungen die Tabelle benutzten; daher wurde nichts neu geschrieben und niemand ausgesperrt. Die alten Zeilenversionen bleiben in den Dateien: Führen Sie den Befehl in einem Wartungsfenster aus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="157"/>
        <source>VACUUM FULL failed (%1), so the old row versions stay in the files: run the command when the table is not in use.</source>
        <translation>VACUUM FULL ist fehlgeschlagen (%1), daher bleiben die alten Zeilenversionen in den Dateien: Führen Sie den Befehl aus, wenn die Tabelle nicht benutzt wird.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="181"/>
        <source>Not vacuumed, as chosen: the old row versions stay in the files until VACUUM frees their space and new rows overwrite it; the command removes them, locking the table while it runs.</source>
        <translation>Wie gewählt nicht bereinigt: Die alten Zeilenversionen bleiben in den Dateien, bis VACUUM ihren Platz freigibt und neue Zeilen ihn überschreiben; der Befehl entfernt sie und sperrt die Tabelle, solange er läuft.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="216"/>
        <source>Command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="224"/>
        <source>PostgreSQL&apos;s write-ahead log (pg_wal) holds the old values until its segments are recycled after later checkpoints; WAL archives and base backups keep them until their retention ends.</source>
        <translation>Das Write-Ahead-Log von PostgreSQL (pg_wal) enthält die alten Werte, bis seine Segmente nach späteren Checkpoints wiederverwendet werden; WAL-Archive und Basis-Backups behalten sie bis zum Ende ihrer Aufbewahrungsfrist.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="230"/>
        <source>WAL archiving is on (archive_mode = %1): archived WAL files hold the old values until the archive&apos;s retention removes them.</source>
        <translation>WAL-Archivierung ist eingeschaltet (archive_mode = %1): Archivierte WAL-Dateien enthalten die alten Werte, bis die Aufbewahrungsregel des Archivs sie entfernt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="238"/>
        <source>Replicas: %n streaming replica(s) connected now. Streaming replicas replay the erasure and the VACUUM FULL; logical replicas and subscribers apply the changes but keep old row versions in their own files until they are vacuumed there; a replica that is disconnected gets the changes when it reconnects.</source>
        <translation>
            <numerusform>Replikate: %n Streaming-Replikat ist derzeit verbunden. Streaming-Replikate spielen die Löschung und das VACUUM FULL nach; logische Replikate und Subscriber übernehmen die Änderungen, behalten aber alte Zeilenversionen in ihren eigenen Dateien, bis dort VACUUM läuft; ein getrenntes Replikat erhält die Änderungen, sobald es sich wieder verbindet.</numerusform>
            <numerusform>Replikate: %n Streaming-Replikate sind derzeit verbunden. Streaming-Replikate spielen die Löschung und das VACUUM FULL nach; logische Replikate und Subscriber übernehmen die Änderungen, behalten aber alte Zeilenversionen in ihren eigenen Dateien, bis dort VACUUM läuft; ein getrenntes Replikat erhält die Änderungen, sobald es sich wieder verbindet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="255"/>
        <source>The server log may hold the searched value: log_statement = %1 and log_min_duration_statement = %2 log statements with their values, including the search. Remove it from the logs by their retention.</source>
        <translation>Das Serverprotokoll kann den gesuchten Wert enthalten: log_statement = %1 und log_min_duration_statement = %2 protokollieren Anweisungen mit ihren Werten, auch die Suche. Entfernen Sie ihn gemäß der Aufbewahrungsfrist aus den Protokollen.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="262"/>
        <source>Server logs: statements are not logged with their values (log_statement = %1), but an error or a log setting of the past may have written values to the server log.</source>
        <translation>Serverprotokolle: Anweisungen werden nicht mit ihren Werten protokolliert (log_statement = %1), aber ein Fehler oder eine frühere Protokolleinstellung kann Werte ins Serverprotokoll geschrieben haben.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="267"/>
        <source>Dumps, backups and file-system snapshots made before the erasure still hold the values until they are deleted or expire; disk blocks freed by VACUUM FULL are not overwritten and may keep fragments until the file system reuses them.</source>
        <translation>Dumps, Backups und Dateisystem-Snapshots, die vor der Löschung entstanden sind, enthalten die Werte weiterhin, bis sie gelöscht werden oder ablaufen; von VACUUM FULL freigegebene Plattenblöcke werden nicht überschrieben und können Fragmente enthalten, bis das Dateisystem sie wiederverwendet.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurescrubberpg.cpp" line="271"/>
        <source>Old versions of planner statistics rows (pg_statistic) stay in that catalog&apos;s file until it is vacuumed (autovacuum does so).</source>
        <translation>Alte Versionen von Zeilen der Planer-Statistik (pg_statistic) bleiben in der Datei dieses Katalogs, bis VACUUM für ihn läuft (Autovacuum erledigt das).</translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureService</name>
    <message>
        <source>Every column that can hold text, in every table (Salvage&apos;s own included), searched case-insensitively for each value: values of 5 characters or more as substrings, shorter ones as whole values. Rows on legal hold are left out. Run inside the erasure&apos;s transaction, before commit.</source>
        <translation type="vanished">Jede Spalte, die Text enthalten kann, in jeder Tabelle (auch denen von Salvage), ohne Beachtung der Groß-/Kleinschreibung nach jedem Wert durchsucht: Werte ab 5 Zeichen als Teilzeichenkette, kürzere als ganzer Wert. Zeilen unter Legal Hold sind ausgenommen. Ausgeführt innerhalb der Transaktion der Löschung, vor dem Commit.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="59"/>
        <source>Row %1 of %2 changed %3 rows instead of 1: it changed or disappeared since the plan was made, or row-level security or a trigger kept it as it was. The whole erasure was undone; nothing was changed. Search again and make a new plan.</source>
        <translation>Die Änderung an Zeile %1 von %2 betraf %3 Zeilen statt 1: Die Zeile wurde seit dem Erstellen des Plans geändert oder ist verschwunden, oder Row-Level-Security oder ein Trigger hat sie unverändert gelassen. Die ganze Löschung wurde zurückgenommen; es wurde nichts geändert. Suchen Sie erneut und erstellen Sie einen neuen Plan.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="99"/>
        <source>The plan names %1, which is not a table with a primary key in this database. Nothing was changed; search again.</source>
        <translation>Der Plan nennt %1, aber das ist in dieser Datenbank keine Tabelle mit Primärschlüssel. Es wurde nichts geändert; suchen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="123"/>
        <source>An erasure needs a ticket id (the request it answers), for the audit and the report.</source>
        <translation>Eine Löschung braucht eine Ticket-ID (das Löschersuchen, das sie beantwortet) für das Audit-Protokoll und den Bericht.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="126"/>
        <source>The plan has no rows: nothing to erase.</source>
        <translation>Der Plan enthält keine Zeilen: Es gibt nichts zu löschen.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="148"/>
        <source>No rows were given.</source>
        <translation>Es wurden keine Zeilen angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="166"/>
        <source>A row key does not match the primary key (%1) of %2.</source>
        <translation>Ein Zeilenschlüssel passt nicht zum Primärschlüssel (%1) von %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/privacy/erasureservice.cpp" line="202"/>
        <source>%n of the selected row(s) no longer exist. Nothing was changed; refresh and check them.</source>
        <translation>
            <numerusform>%n der ausgewählten Zeilen existiert nicht mehr. Es wurde nichts geändert; aktualisieren und prüfen Sie sie.</numerusform>
            <numerusform>%n der ausgewählten Zeilen existieren nicht mehr. Es wurde nichts geändert; aktualisieren und prüfen Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/privacy/erasureservice.cpp" line="221"/>
        <source>%n of the selected row(s) of %1 are on legal hold and may not be anonymized: %2. Nothing was changed. A hold must be released before its row can be changed.</source>
        <translation>
            <numerusform>%n der gewählten Zeilen von %1 steht unter Legal Hold und darf nicht anonymisiert werden: %2. Es wurde nichts geändert. Ein Hold muss aufgehoben werden, bevor seine Zeile geändert werden kann.</numerusform>
            <numerusform>%n der gewählten Zeilen von %1 stehen unter Legal Hold und dürfen nicht anonymisiert werden: %2. Es wurde nichts geändert. Ein Hold muss aufgehoben werden, bevor seine Zeile geändert werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="554"/>
        <source>The erasure was undone: the verification found the subject&apos;s values still in %1. Nothing was changed.</source>
        <translation>Die Löschung wurde zurückgenommen: Die Prüfung hat Werte der betroffenen Person noch in %1 gefunden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="561"/>
        <source>Give the columns of the planned rows a rule (or correct the data there), then plan and apply the erasure again.</source>
        <translation>Geben Sie den Spalten der geplanten Zeilen eine Regel (oder korrigieren Sie die Daten dort), planen Sie dann die Löschung neu und führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="565"/>
        <source>Rows outside the plan mention the subject: let the erasure redact those mentions (redact mentions), or correct them, then plan and apply again.</source>
        <translation>Zeilen außerhalb des Plans erwähnen die betroffene Person: Lassen Sie die Löschung diese Erwähnungen schwärzen (Erwähnungen schwärzen) oder korrigieren Sie sie, planen Sie dann neu und führen Sie die Löschung erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="570"/>
        <source>These copies cannot be redacted (a binary column, a key, or rows not named by a key) and must be corrected by hand: %1.</source>
        <translation>Diese Kopien können nicht geschwärzt werden (eine Binärspalte, ein Schlüssel oder Zeilen ohne Schlüssel) und müssen von Hand korrigiert werden: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="578"/>
        <source>The erasure was undone (strict): the verification could not search %1, so it cannot show that the values are gone. Nothing was changed. Erase as a user who may read those columns, or without strict.</source>
        <translation>Die Löschung wurde zurückgenommen (strikt): Die Prüfung konnte %1 nicht durchsuchen und kann daher nicht zeigen, dass die Werte verschwunden sind. Es wurde nichts geändert. Löschen Sie als ein Benutzer, der diese Spalten lesen darf, oder ohne „strikt“.</translation>
    </message>
    <message>
        <source>The rows are on legal hold and stay as they are. Nothing was changed.</source>
        <translation type="vanished">Die Zeilen stehen unter Legal Hold und bleiben unverändert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="230"/>
        <source>No rule changes any column of these rows (no stored or suggested rule for their columns). Nothing was changed; add rules first.</source>
        <translation>Keine Regel ändert eine Spalte dieser Zeilen (keine gespeicherte oder vorgeschlagene Regel für ihre Spalten). Es wurde nichts geändert; legen Sie zuerst Regeln an.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="329"/>
        <source>Rows were put on legal hold after the plan was made: %1. Nothing was changed; make a new plan.</source>
        <translation>Nach dem Erstellen des Plans wurden Zeilen unter Legal Hold gestellt: %1. Es wurde nichts geändert; erstellen Sie einen neuen Plan.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="387"/>
        <source>The rows to purge refer to each other in a cycle, so none can go first. Nothing was changed; purge them by hand or anonymize them instead.</source>
        <translation>Die endgültig zu löschenden Zeilen verweisen im Kreis aufeinander, daher kann keine zuerst gelöscht werden. Es wurde nichts geändert; löschen Sie sie von Hand endgültig oder anonymisieren Sie sie stattdessen.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="421"/>
        <source>Row %1 of %2 cannot be purged: rows of %3 that the erasure keeps still refer to it. Nothing was changed; plan again without purging trashed rows, or deal with the referring rows first.</source>
        <translation>Zeile %1 von %2 kann nicht endgültig gelöscht werden: Zeilen von %3, die die Löschung behält, verweisen noch auf sie. Es wurde nichts geändert; planen Sie erneut, ohne Zeilen im Papierkorb endgültig zu löschen, oder kümmern Sie sich zuerst um die verweisenden Zeilen.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="541"/>
        <source>Not searched by the verification: %1</source>
        <translation>Von der Prüfung nicht durchsucht: %1</translation>
    </message>
    <message>
        <source>The erasure was undone: the verification found the subject&apos;s values still in %1. Nothing was changed. Give those columns a rule (or correct the data), then plan and apply the erasure again.</source>
        <translation type="vanished">Die Löschung wurde zurückgenommen: Die Prüfung hat Werte der betroffenen Person noch in %1 gefunden. Es wurde nichts geändert. Geben Sie diesen Spalten eine Regel (oder korrigieren Sie die Daten), planen Sie die Löschung dann neu und führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureredaction.cpp" line="96"/>
        <source>The erasure was undone: the subject&apos;s values are also in %1, which cannot be redacted (a binary column, a key, Salvage&apos;s own records, or rows not named by a key). Nothing was changed. Correct them by hand, then plan and apply again.</source>
        <translation>Die Löschung wurde zurückgenommen: Werte der betroffenen Person stehen auch in %1, das nicht geschwärzt werden kann (eine Binärspalte, ein Schlüssel, Salvages eigene Aufzeichnungen oder Zeilen ohne Schlüssel). Es wurde nichts geändert. Korrigieren Sie das von Hand, planen Sie dann neu und führen Sie die Löschung erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureredaction.cpp" line="104"/>
        <source>Rows that mention the subject appeared since the plan was made: %1. Nothing was changed; plan again.</source>
        <translation>Seit der Plan erstellt wurde, sind Zeilen hinzugekommen, die die betroffene Person erwähnen: %1. Es wurde nichts geändert; planen Sie neu.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureredaction.cpp" line="146"/>
        <source>%1 could not be redacted: it changed since it was read, or row-level security or a trigger kept it as it was. The whole erasure was undone; nothing was changed. Plan again.</source>
        <translation>%1 konnte nicht geschwärzt werden: Es hat sich seit dem Lesen geändert, oder Row-Level-Security oder ein Trigger hat es unverändert gelassen. Die ganze Löschung wurde zurückgenommen; es wurde nichts geändert. Planen Sie neu.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasurereport.cpp" line="152"/>
        <source>Every column that can hold text, in every table (Salvage&apos;s own included), searched case-insensitively for each value: values of 5 characters or more as substrings, shorter ones as whole values; binary columns for the bytes of each value (UTF-8). Rows on legal hold are left out. Run inside the erasure&apos;s transaction, before commit.</source>
        <translation>Jede Spalte, die Text enthalten kann, in jeder Tabelle (einschließlich Salvages eigener), ohne Beachtung der Groß-/Kleinschreibung nach jedem Wert durchsucht: Werte ab 5 Zeichen als Teilzeichenfolge, kürzere als ganzer Wert; Binärspalten nach den Bytes jedes Werts (UTF-8). Zeilen unter Legal Hold sind ausgenommen. Innerhalb der Transaktion der Löschung ausgeführt, vor dem Commit.</translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureTexts</name>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="20"/>
        <source>No row holds “%1” or refers to a row that does: nothing to erase.</source>
        <translation>Keine Zeile enthält „%1“ oder verweist auf eine Zeile, die es enthält: Es gibt nichts zu löschen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="28"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="29"/>
        <source> in %n table(s): </source>
        <translation>
            <numerusform> in %n Tabelle: </numerusform>
            <numerusform> in %n Tabellen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="30"/>
        <source>%n to anonymize</source>
        <translation>
            <numerusform>%n zu anonymisieren</numerusform>
            <numerusform>%n zu anonymisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="31"/>
        <source>, %n to purge</source>
        <translation>
            <numerusform>, %n endgültig zu löschen</numerusform>
            <numerusform>, %n endgültig zu löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="32"/>
        <source>, %n kept on legal hold</source>
        <translation>
            <numerusform>, %n wegen Legal Hold behalten</numerusform>
            <numerusform>, %n wegen Legal Hold behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="33"/>
        <source>, %n kept without a rule.</source>
        <translation>
            <numerusform>, %n ohne Regel behalten.</numerusform>
            <numerusform>, %n ohne Regel behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="37"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="39"/>
        <source>%n column(s) have no stored rule and use the suggested one, marked “(suggested)”: %1. Store rules with Rules... to make them yours.</source>
        <translation>
            <numerusform>%n Spalte hat keine gespeicherte Regel und verwendet die vorgeschlagene, markiert mit „(vorgeschlagen)“: %1. Speichern Sie Regeln über „Regeln …“, um sie festzulegen.</numerusform>
            <numerusform>%n Spalten haben keine gespeicherte Regel und verwenden die vorgeschlagene, markiert mit „(vorgeschlagen)“: %1. Speichern Sie Regeln über „Regeln …“, um sie festzulegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="48"/>
        <source>%n row(s) outside the plan mention the subject; erasing replaces the values in them with [redacted]</source>
        <translation>
            <numerusform>%n Zeile außerhalb des Plans erwähnt die betroffene Person; die Löschung ersetzt die Werte darin durch [redacted]</numerusform>
            <numerusform>%n Zeilen außerhalb des Plans erwähnen die betroffene Person; die Löschung ersetzt die Werte darin durch [redacted]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="54"/>
        <source> (cannot be redacted)</source>
        <translation> (kann nicht geschwärzt werden)</translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="59"/>
        <source>Generated e-mail addresses and hashes are shown approximately: %1</source>
        <translation>Erzeugte E-Mail-Adressen und Hashes werden nur näherungsweise angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="68"/>
        <source>Verification failed: a value of the subject is still in %1. Everything was rolled back; nothing was changed.</source>
        <translation>Prüfung fehlgeschlagen: Ein Wert der betroffenen Person steht noch in %1. Alles wurde zurückgenommen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="81"/>
        <source>Store a rule for those columns (Rules...) or correct the data there, then Find and erase again.</source>
        <translation>Speichern Sie eine Regel für diese Spalten (Regeln …) oder korrigieren Sie dort die Daten; suchen und löschen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="85"/>
        <source>Rows outside the plan mention the subject: check “Redact mentions”, Find and erase again, or correct those rows.</source>
        <translation>Zeilen außerhalb des Plans erwähnen die betroffene Person: Wählen Sie „Erwähnungen schwärzen“, suchen und löschen Sie erneut, oder korrigieren Sie diese Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="89"/>
        <source>Some copies cannot be redacted (a binary column, a key, or rows not named by a key): correct them by hand.</source>
        <translation>Einige Kopien können nicht geschwärzt werden (eine Binärspalte, ein Schlüssel oder Zeilen ohne Schlüssel): Korrigieren Sie sie von Hand.</translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="94"/>
        <source>The erasure was cancelled and rolled back; nothing was changed.</source>
        <translation>Die Löschung wurde abgebrochen und zurückgenommen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="95"/>
        <source>The erasure failed; nothing was changed.</source>
        <translation>Die Löschung ist fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="109"/>
        <source>%n row(s) anonymized</source>
        <translation>
            <numerusform>%n Zeile anonymisiert</numerusform>
            <numerusform>%n Zeilen anonymisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="109"/>
        <source>, %n purged</source>
        <translation>
            <numerusform>, %n endgültig gelöscht</numerusform>
            <numerusform>, %n endgültig gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="110"/>
        <source>, %n kept on legal hold.</source>
        <translation>
            <numerusform>, %n wegen Legal Hold behalten.</numerusform>
            <numerusform>, %n wegen Legal Hold behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="117"/>
        <source>Erased and verified (operation %1): </source>
        <translation>Gelöscht und geprüft (Operation %1): </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="119"/>
        <source>None of the %n value(s) removed</source>
        <translation>
            <numerusform>Der entfernte Wert</numerusform>
            <numerusform>Jeder der %n entfernten Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="120"/>
        <source> is left in the %n text column(s) searched.</source>
        <translation>
            <numerusform> ist in der durchsuchten Textspalte nicht mehr enthalten.</numerusform>
            <numerusform> ist in keiner der %n durchsuchten Textspalten mehr enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="124"/>
        <source>Erased, not verified (operation %1): </source>
        <translation>Gelöscht, nicht geprüft (Operation %1): </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasuretexts.cpp" line="126"/>
        <source>The verification could not search %1. None of the values is left in the %n column(s) it searched.</source>
        <translation>
            <numerusform>Die Prüfung konnte %1 nicht durchsuchen. In der %n durchsuchten Spalte ist keiner der Werte mehr enthalten.</numerusform>
            <numerusform>Die Prüfung konnte %1 nicht durchsuchen. In den %n durchsuchten Spalten ist keiner der Werte mehr enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="133"/>
        <source>Mentions redacted outside the plan:</source>
        <translation>Geschwärzte Erwähnungen außerhalb des Plans:</translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="138"/>
        <source>Old copies in the database files: %1</source>
        <translation>Alte Kopien in den Datenbankdateien: %1</translation>
    </message>
    <message>
        <location filename="../ui/erasuretexts.cpp" line="140"/>
        <source>Old copies outside this database&apos;s reach:</source>
        <translation>Alte Kopien außerhalb der Reichweite dieser Datenbank:</translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureVerification</name>
    <message>
        <source>Tables your database user may not read: %1.</source>
        <translation type="vanished">Tabellen, die Ihr Datenbankbenutzer nicht lesen darf: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) of other types (numbers, dates, bytea, enums, composite types) were not searched.</source>
        <translation type="vanished">
            <numerusform>%n Spalte anderen Typs (Zahlen, Datumswerte, bytea, Enums, zusammengesetzte Typen) wurde nicht durchsucht.</numerusform>
            <numerusform>%n Spalten anderer Typen (Zahlen, Datumswerte, bytea, Enums, zusammengesetzte Typen) wurden nicht durchsucht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureverification.cpp" line="118"/>
        <source>no SELECT permission</source>
        <translation>keine SELECT-Berechtigung</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureverification.cpp" line="122"/>
        <source>arrays of bytea are not searched</source>
        <translation>Arrays von bytea werden nicht durchsucht</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureverification.cpp" line="191"/>
        <source>Virtual tables (full-text indexes and the like) were not searched themselves, only the tables that store their content: %1.</source>
        <translation>Virtuelle Tabellen (Volltextindizes u. Ä.) wurden nicht selbst durchsucht, nur die Tabellen, die ihren Inhalt speichern: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/privacy/erasureverification.cpp" line="383"/>
        <source>%1, %n row(s) of a table without primary key</source>
        <translation>
            <numerusform>%1, %n Zeile einer Tabelle ohne Primärschlüssel</numerusform>
            <numerusform>%1, %n Zeilen einer Tabelle ohne Primärschlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureverification.cpp" line="387"/>
        <source>%1, a row whose key holds the value</source>
        <translation>%1, eine Zeile, deren Schlüssel den Wert enthält</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureverification.cpp" line="388"/>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureverification.cpp" line="405"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/privacy/erasureverification.cpp" line="385"/>
        <source>%1, %n more row(s)</source>
        <translation>
            <numerusform>%1, %n weitere Zeile</numerusform>
            <numerusform>%1, %n weitere Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureWindow</name>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="72"/>
        <source>&amp;Contains (substring)</source>
        <translation>&amp;Enthält (Teilzeichenkette)</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="74"/>
        <source>&amp;Purge trashed rows that nothing refers to</source>
        <translation>&amp;Zeilen im Papierkorb, auf die nichts verweist, endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="75"/>
        <source>S&amp;trict: refuse personal columns without a stored rule</source>
        <translation>Stri&amp;kt: personenbezogene Spalten ohne gespeicherte Regel ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="76"/>
        <source>Re&amp;dact mentions in rows outside the plan</source>
        <translation>Erwähnungen in Zeilen außerhalb des Plans &amp;schwärzen</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="78"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="79"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="80"/>
        <source>&amp;Rules...</source>
        <translation>&amp;Regeln …</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="89"/>
        <source>&amp;Erase...</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="90"/>
        <source>&amp;Save Report...</source>
        <translation>Bericht spei&amp;chern …</translation>
    </message>
    <message>
        <source>Erasure Request</source>
        <translation type="vanished">Löschersuchen</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="93"/>
        <source>Erasure Request – %1</source>
        <translation>Löschersuchen – %1</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="96"/>
        <source>Find every row of a data subject, check what erasing does to each, erase, and save the report that proves it.</source>
        <translation>Finden Sie jede Zeile einer betroffenen Person, prüfen Sie, was die Löschung mit jeder davon macht, löschen Sie und speichern Sie den Bericht, der es belegt.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="102"/>
        <source>An e-mail address, phone number, name...</source>
        <translation>Eine E-Mail-Adresse, Telefonnummer, ein Name …</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="105"/>
        <source>Also find text columns that contain the value, not only those equal to it (ignoring case).</source>
        <translation>Auch Textspalten finden, die den Wert enthalten, nicht nur solche, die ihm gleichen (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="108"/>
        <source>The request&apos;s id, e.g. GDPR-2024-017 (audit and report)</source>
        <translation>Die ID des Ersuchens, z. B. DSGVO-2024-017 (für Audit und Bericht)</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="111"/>
        <source>Rows in the trash that hold the value themselves are deleted for good instead of anonymized, when no other row refers to them.</source>
        <translation>Zeilen im Papierkorb, die den Wert selbst enthalten, werden endgültig gelöscht statt anonymisiert, wenn keine andere Zeile auf sie verweist.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="115"/>
        <source>Refuse the erasure when a personal column would be changed by a suggested rule rather than a stored one.</source>
        <translation>Die Löschung ablehnen, wenn eine personenbezogene Spalte durch eine vorgeschlagene statt einer gespeicherten Regel geändert würde.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="118"/>
        <source>Replace the subject&apos;s values inside text columns of other rows (a colleague&apos;s ticket quoting the e-mail) with [redacted]. Find lists those rows first.</source>
        <translation>Die Werte der betroffenen Person in Textspalten anderer Zeilen (etwa im Ticket eines Kollegen, das die E-Mail zitiert) durch [redacted] ersetzen. Suchen listet diese Zeilen zuerst auf.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="123"/>
        <source>Plain VACUUM: locks nobody out; old bytes may stay in the files</source>
        <translation>Einfaches VACUUM: sperrt niemanden aus; alte Bytes können in den Dateien bleiben</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="125"/>
        <source>VACUUM FULL: removes old bytes; locks each table while rewriting it</source>
        <translation>VACUUM FULL: entfernt alte Bytes; sperrt jede Tabelle, während es sie neu schreibt</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="127"/>
        <source>Nothing: the report names the command to run later</source>
        <translation>Nichts: Der Bericht nennt den Befehl für später</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasurewindow.cpp" line="129"/>
        <source>After the commit, PostgreSQL keeps the old row versions in the table files. Plain VACUUM frees their space without blocking anyone. VACUUM FULL writes new files without them, but no one can read or write the table while it runs; Salvage waits at most %n second(s) for the lock and otherwise leaves the table as it is and names the command for a maintenance window.</source>
        <translation>
            <numerusform>Nach dem Commit behält PostgreSQL die alten Zeilenversionen in den Tabellendateien. Einfaches VACUUM gibt ihren Platz frei, ohne jemanden zu blockieren. VACUUM FULL schreibt neue Dateien ohne sie, aber niemand kann die Tabelle lesen oder schreiben, solange es läuft; Salvage wartet höchstens %n Sekunde auf die Sperre, lässt die Tabelle sonst, wie sie ist, und nennt den Befehl für ein Wartungsfenster.</numerusform>
            <numerusform>Nach dem Commit behält PostgreSQL die alten Zeilenversionen in den Tabellendateien. Einfaches VACUUM gibt ihren Platz frei, ohne jemanden zu blockieren. VACUUM FULL schreibt neue Dateien ohne sie, aber niemand kann die Tabelle lesen oder schreiben, solange es läuft; Salvage wartet höchstens %n Sekunden auf die Sperre, lässt die Tabelle sonst, wie sie ist, und nennt den Befehl für ein Wartungsfenster.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="138"/>
        <source>Data &amp;subject:</source>
        <translation>Betroffene &amp;Person:</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="140"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="147"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="152"/>
        <source>After c&amp;ommit:</source>
        <translation>Nach dem &amp;Commit:</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="167"/>
        <source>See and change how each column is anonymized.</source>
        <translation>Ansehen und ändern, wie jede Spalte anonymisiert wird.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="206"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="246"/>
        <source>Type the subject&apos;s value and choose Find. Nothing changes until you erase.</source>
        <translation>Geben Sie den Wert der betroffenen Person ein und wählen Sie „Suchen“. Bis Sie löschen, wird nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="294"/>
        <source>Type the value to search for: an e-mail address, a phone number, a name.</source>
        <translation>Geben Sie den zu suchenden Wert ein: eine E-Mail-Adresse, eine Telefonnummer, einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="314"/>
        <source>Searching every table...</source>
        <translation>Alle Tabellen werden durchsucht …</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="347"/>
        <source>Searching table %1 of %2...</source>
        <translation>Tabelle %1 von %2 wird durchsucht …</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="348"/>
        <source>Following the rows that refer to the subject&apos;s rows...</source>
        <translation>Zeilen werden verfolgt, die auf Zeilen der betroffenen Person verweisen …</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="364"/>
        <source>The search was cancelled.</source>
        <translation>Die Suche wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="366"/>
        <source>The search failed; nothing was changed.</source>
        <translation>Die Suche ist fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="367"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="387"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasurewindow.cpp" line="388"/>
        <source>Found %n row(s). Select a row to see its values before and after.</source>
        <translation>
            <numerusform>%n Zeile gefunden. Wählen Sie eine Zeile, um ihre Werte vorher und nachher zu sehen.</numerusform>
            <numerusform>%n Zeilen gefunden. Wählen Sie eine Zeile, um ihre Werte vorher und nachher zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row holds “%1” or refers to a row that does: nothing to erase.</source>
        <translation type="vanished">Keine Zeile enthält „%1“ oder verweist auf eine Zeile, die es enthält: Es gibt nichts zu löschen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="vanished">
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n table(s): </source>
        <translation type="vanished">
            <numerusform> in %n Tabelle: </numerusform>
            <numerusform> in %n Tabellen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to anonymize</source>
        <translation type="vanished">
            <numerusform>%n zu anonymisieren</numerusform>
            <numerusform>%n zu anonymisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to purge</source>
        <translation type="vanished">
            <numerusform>, %n endgültig zu löschen</numerusform>
            <numerusform>, %n endgültig zu löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasurewindow.cpp" line="478"/>
        <source>, %n kept on legal hold</source>
        <translation>
            <numerusform>, %n wegen Legal Hold behalten</numerusform>
            <numerusform>, %n wegen Legal Hold behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept without a rule.</source>
        <translation type="vanished">
            <numerusform>, %n ohne Regel behalten.</numerusform>
            <numerusform>, %n ohne Regel behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="vanished">
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) have no stored rule and use the suggested one, marked “(suggested)”: %1. Store rules with Rules... to make them yours.</source>
        <translation type="vanished">
            <numerusform>%n Spalte hat keine gespeicherte Regel und verwendet die vorgeschlagene, markiert mit „(vorgeschlagen)“: %1. Speichern Sie Regeln über „Regeln …“, um sie festzulegen.</numerusform>
            <numerusform>%n Spalten haben keine gespeicherte Regel und verwenden die vorgeschlagene, markiert mit „(vorgeschlagen)“: %1. Speichern Sie Regeln über „Regeln …“, um sie festzulegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated e-mail addresses and hashes are shown approximately: %1</source>
        <translation type="vanished">Erzeugte E-Mail-Adressen und Hashes werden nur näherungsweise angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="409"/>
        <source>%1: select one of its rows to see its values before and after.</source>
        <translation>%1: Wählen Sie eine ihrer Zeilen, um deren Werte vorher und nachher zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="417"/>
        <source>Erased: the rows&apos; old values are gone from the database and no longer shown here. The report lists what was done.</source>
        <translation>Gelöscht: Die alten Werte der Zeilen sind aus der Datenbank entfernt und werden hier nicht mehr angezeigt. Der Bericht listet auf, was getan wurde.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="421"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="424"/>
        <source>trashed</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="424"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="426"/>
        <source>, reached through %1</source>
        <translation>, erreicht über %1</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="434"/>
        <location filename="../ui/erasurewindow.cpp" line="447"/>
        <source>The subject or the options changed: choose Find again.</source>
        <translation>Die betroffene Person oder die Optionen haben sich geändert: Wählen Sie erneut „Suchen“.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="443"/>
        <source>Find the subject&apos;s rows first.</source>
        <translation>Suchen Sie zuerst die Zeilen der betroffenen Person.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="445"/>
        <source>Erased. Save the report for the ticket.</source>
        <translation>Gelöscht. Speichern Sie den Bericht für das Ticket.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="449"/>
        <source>The erasure is refused: %1</source>
        <translation>Die Löschung wird abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="451"/>
        <source>Nothing to erase.</source>
        <translation>Es gibt nichts zu löschen.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="453"/>
        <source>Erasing needs a user who may write to this database: %1</source>
        <translation>Zum Löschen ist ein Benutzer nötig, der in diese Datenbank schreiben darf: %1</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="455"/>
        <source>Enter the ticket id of the request to erase.</source>
        <translation>Geben Sie die Ticket-ID des Löschersuchens ein, um zu löschen.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="467"/>
        <source>Erase Personal Data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="468"/>
        <source>Erase the data subject for ticket %1?</source>
        <translation>Die Daten der betroffenen Person für Ticket %1 löschen?</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="473"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasurewindow.cpp" line="476"/>
        <source>%n row(s) anonymized</source>
        <translation>
            <numerusform>%n Zeile anonymisiert</numerusform>
            <numerusform>%n Zeilen anonymisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasurewindow.cpp" line="477"/>
        <source>, %n purged (deleted for good)</source>
        <translation>
            <numerusform>, %n endgültig gelöscht</numerusform>
            <numerusform>, %n endgültig gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasurewindow.cpp" line="479"/>
        <source>, %n kept without a rule</source>
        <translation>
            <numerusform>, %n ohne Regel behalten</numerusform>
            <numerusform>, %n ohne Regel behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/erasurewindow.cpp" line="480"/>
        <source>, in %n table(s).</source>
        <translation>
            <numerusform>, in %n Tabelle.</numerusform>
            <numerusform>, in %n Tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="481"/>
        <source>This is one transaction. Before it commits, every text column of every table is searched for the subject&apos;s values; if one is still found, everything is rolled back. Each changed row is recorded in %1. This cannot be undone.</source>
        <translation>Dies ist eine einzige Transaktion. Vor dem Commit wird jede Textspalte jeder Tabelle nach den Werten der betroffenen Person durchsucht; wird noch einer gefunden, wird alles zurückgenommen. Jede geänderte Zeile wird in %1 vermerkt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="501"/>
        <source>Erasing and verifying. It is done completely or not at all...</source>
        <translation>Löschen und Prüfen läuft. Es geschieht vollständig oder gar nicht …</translation>
    </message>
    <message>
        <source>Verification failed: a value of the subject is still in %1. Everything was rolled back; nothing was changed.</source>
        <translation type="vanished">Prüfung fehlgeschlagen: Ein Wert der betroffenen Person steht noch in %1. Alles wurde zurückgenommen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Store a rule for those columns (Rules...) or correct the data there, then Find and erase again.</source>
        <translation type="vanished">Speichern Sie eine Regel für diese Spalten (Regeln …) oder korrigieren Sie dort die Daten; suchen und löschen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The erasure was cancelled and rolled back; nothing was changed.</source>
        <translation type="vanished">Die Löschung wurde abgebrochen und zurückgenommen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The erasure failed; nothing was changed.</source>
        <translation type="vanished">Die Löschung ist fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="519"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>, %n purged</source>
        <translation type="vanished">
            <numerusform>, %n endgültig gelöscht</numerusform>
            <numerusform>, %n endgültig gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept on legal hold.</source>
        <translation type="vanished">
            <numerusform>, %n wegen Legal Hold behalten.</numerusform>
            <numerusform>, %n wegen Legal Hold behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased and verified (operation %1): </source>
        <translation type="vanished">Gelöscht und geprüft (Operation %1): </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n value(s) removed</source>
        <translation type="vanished">
            <numerusform>Der entfernte Wert</numerusform>
            <numerusform>Jeder der %n entfernten Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> is left in the %n text column(s) searched.</source>
        <translation type="vanished">
            <numerusform> ist in der durchsuchten Textspalte nicht mehr enthalten.</numerusform>
            <numerusform> ist in keiner der %n durchsuchten Textspalten mehr enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old copies in the database files: %1</source>
        <translation type="vanished">Alte Kopien in den Datenbankdateien: %1</translation>
    </message>
    <message>
        <source>Old copies outside this database&apos;s reach:</source>
        <translation type="vanished">Alte Kopien außerhalb der Reichweite dieser Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="535"/>
        <source>Erased. Save the report for ticket %1.</source>
        <translation>Gelöscht. Speichern Sie den Bericht für Ticket %1.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="538"/>
        <source>Erased for ticket %1: </source>
        <translation>Gelöscht für Ticket %1: </translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="556"/>
        <source>Cancelling the search...</source>
        <translation>Suche wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="561"/>
        <source>Cancelling: rolling back the erasure...</source>
        <translation>Wird abgebrochen: Die Löschung wird zurückgenommen …</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="569"/>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="570"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="577"/>
        <source>Save Erasure Report</source>
        <translation>Löschbericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="589"/>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="592"/>
        <source>Report saved to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="598"/>
        <source>There is no erasure to report yet.</source>
        <translation>Es gibt noch keine Löschung, über die berichtet werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="606"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/erasurewindow.cpp" line="675"/>
        <source>The erasure is running: it finishes or rolls back as a whole. Close the window when it is done.</source>
        <translation>Die Löschung läuft: Sie wird als Ganzes abgeschlossen oder zurückgenommen. Schließen Sie das Fenster, wenn sie fertig ist.</translation>
    </message>
</context>
<context>
    <name>Salvage::ErrorBox</name>
    <message>
        <location filename="../ui/errorbox.cpp" line="29"/>
        <source>The database reported an error.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/errorbox.cpp" line="35"/>
        <source>Rows concerned in %1: %2</source>
        <translation>Betroffene Zeilen in %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/errorbox.cpp" line="39"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::LegalHoldDialog</name>
    <message>
        <location filename="../ui/legalholddialog.cpp" line="17"/>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/legalholddialog.cpp" line="21"/>
        <source>Legal Hold</source>
        <translation>Legal Hold</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/legalholddialog.cpp" line="23"/>
        <source>Put %n row(s) of %1 on legal hold. Erasure requests and purges leave held rows as they are until the hold is released or its date has passed. The hold is recorded in the audit log.</source>
        <translation>
            <numerusform>%n Zeile von %1 unter Legal Hold stellen. Löschersuchen und endgültiges Löschen lassen Zeilen unter Legal Hold unverändert, bis der Legal Hold aufgehoben wird oder sein Datum verstrichen ist. Der Legal Hold wird im Audit-Protokoll vermerkt.</numerusform>
            <numerusform>%n Zeilen von %1 unter Legal Hold stellen. Löschersuchen und endgültiges Löschen lassen Zeilen unter Legal Hold unverändert, bis der Legal Hold aufgehoben wird oder sein Datum verstrichen ist. Der Legal Hold wird im Audit-Protokoll vermerkt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/legalholddialog.cpp" line="34"/>
        <source>Required, e.g. tax audit 2024, case 12-345</source>
        <translation>Pflichtangabe, z. B. Betriebsprüfung 2024, Fall 12-345</translation>
    </message>
    <message>
        <location filename="../ui/legalholddialog.cpp" line="46"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/legalholddialog.cpp" line="47"/>
        <source>(the hold lasts through this day; unticked: until released)</source>
        <translation>(der Legal Hold gilt bis einschließlich dieses Tages; ohne Haken: bis zur Freigabe)</translation>
    </message>
    <message>
        <location filename="../ui/legalholddialog.cpp" line="55"/>
        <source>Put on &amp;Hold</source>
        <translation>Unter Legal &amp;Hold stellen</translation>
    </message>
</context>
<context>
    <name>Salvage::LegalHolds</name>
    <message>
        <location filename="../app/core/privacy/legalhold.cpp" line="188"/>
        <source>Your database user may not create the table salvage_legal_hold, where Salvage keeps legal holds. Ask the database owner to create it (or to grant CREATE on the schema), then try again. Nothing was changed.</source>
        <translation>Ihr Datenbankbenutzer darf die Tabelle salvage_legal_hold nicht anlegen, in der Salvage die Legal Holds verwaltet. Bitten Sie den Eigentümer der Datenbank, sie anzulegen (oder CREATE auf dem Schema zu gewähren), und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/legalhold.cpp" line="206"/>
        <source>Table %1 has no primary key, so its rows cannot be named or held.</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel; ihre Zeilen lassen sich daher weder benennen noch unter Legal Hold stellen.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/legalhold.cpp" line="210"/>
        <source>Every change needs an actor: say who places the hold.</source>
        <translation>Jede Änderung braucht einen Akteur: Geben Sie an, wer den Legal Hold setzt.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/legalhold.cpp" line="212"/>
        <source>A legal hold needs a reason: the case or request it serves.</source>
        <translation>Ein Legal Hold braucht einen Grund: den Fall oder das Ersuchen, dem er dient.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/legalhold.cpp" line="215"/>
        <source>The hold would end on %1, which has already passed.</source>
        <translation>Der Legal Hold würde am %1 enden; dieses Datum ist bereits vorbei.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/legalhold.cpp" line="459"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/legalhold.cpp" line="64"/>
        <source>No rows were given.</source>
        <translation>Es wurden keine Zeilen angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/legalhold.cpp" line="67"/>
        <source>A row key does not match the primary key (%1) of %2.</source>
        <translation>Ein Zeilenschlüssel passt nicht zum Primärschlüssel (%1) von %2.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/legalhold.cpp" line="247"/>
        <source>These rows of %1 do not exist, so nothing was held: %2.</source>
        <translation>Diese Zeilen von %1 existieren nicht, daher wurde nichts unter Legal Hold gestellt: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/legalhold.cpp" line="299"/>
        <source>Every change needs an actor: say who releases the hold.</source>
        <translation>Jede Änderung braucht einen Akteur: Geben Sie an, wer den Legal Hold aufhebt.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/legalhold.cpp" line="304"/>
        <source>These rows of %1 are not on legal hold, so nothing was released: %2.</source>
        <translation>Diese Zeilen von %1 stehen nicht unter Legal Hold, daher wurde nichts freigegeben: %2.</translation>
    </message>
</context>
<context>
    <name>Salvage::MainActions</name>
    <message>
        <location filename="../ui/mainactions.cpp" line="16"/>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="19"/>
        <source>Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="21"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="23"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="25"/>
        <source>&amp;Purge...</source>
        <translation>&amp;Endgültig löschen …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="27"/>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="28"/>
        <source>Purge</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="29"/>
        <source>Move &amp;All Matching to Trash...</source>
        <translation>&amp;Alle passenden in den Papierkorb …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="30"/>
        <source>Restore All &amp;Matching...</source>
        <translation>Alle passenden wieder&amp;herstellen …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="31"/>
        <source>Purge All Matchin&amp;g...</source>
        <translation>Alle passenden endgültig lös&amp;chen …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="32"/>
        <source>A&amp;nonymize...</source>
        <translation>A&amp;nonymisieren …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="33"/>
        <source>Overwrite the personal columns of the selected trashed rows by their anonymization rules</source>
        <translation>Die personenbezogenen Spalten der ausgewählten Zeilen im Papierkorb nach ihren Anonymisierungsregeln überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="35"/>
        <source>Legal &amp;Hold...</source>
        <translation>Legal &amp;Hold …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="36"/>
        <source>Re&amp;lease Hold...</source>
        <translation>Legal Hold a&amp;ufheben …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="37"/>
        <source>&amp;Erasure Request...</source>
        <translation>&amp;Löschersuchen …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="38"/>
        <source>Anonymization &amp;Rules...</source>
        <translation>Anonymisierungs&amp;regeln …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="39"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="40"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="42"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="45"/>
        <source>&amp;Audit Log</source>
        <translation>Audit-&amp;Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="45"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="47"/>
        <source>&amp;Connect...</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="49"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="50"/>
        <source>Open &amp;Demo Database</source>
        <translation>&amp;Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="51"/>
        <source>Set &amp;Actor...</source>
        <translation>&amp;Akteur festlegen …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="52"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="77"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="83"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="91"/>
        <source>&amp;Privacy</source>
        <translation>Daten&amp;schutz</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="96"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
</context>
<context>
    <name>Salvage::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Could not connect</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>The unencrypted connection was not used.</source>
        <translation>Die unverschlüsselte Verbindung wurde nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>Could not read the tables</source>
        <translation>Die Tabellen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Working...</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>Loading...</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>Connecting to %1...</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>&quot;%1&quot; is not a database URL: %2</source>
        <translation>„%1“ ist keine Datenbank-URL: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>The demo database could not be created.</source>
        <translation>Die Demo-Datenbank konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Demo Database</source>
        <translation>Demo-Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Preparing the demo database...</source>
        <translation>Demo-Datenbank wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>The rows could not be loaded: %1</source>
        <translation>Die Zeilen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>Select a row to see all of its columns.</source>
        <translation>Wählen Sie eine Zeile, um alle ihre Spalten zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>%n rows selected.</source>
        <translation>
            <numerusform>%n Zeile ausgewählt.</numerusform>
            <numerusform>%n Zeilen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="535"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="548"/>
        <source>≈ %n row(s), counting…</source>
        <translation>
            <numerusform>≈ %n Zeile, wird gezählt …</numerusform>
            <numerusform>≈ %n Zeilen, werden gezählt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded, more when scrolling</source>
        <translation type="vanished">
            <numerusform>%n Zeile geladen, mehr beim Blättern</numerusform>
            <numerusform>%n Zeilen geladen, mehr beim Blättern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="554"/>
        <source>%1 – %2 – Salvage</source>
        <translation>%1 – %2 – Salvage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="555"/>
        <source>Salvage</source>
        <translation>Salvage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>Not connected. Choose File &gt; Connect... or File &gt; Open Demo Database.</source>
        <translation>Nicht verbunden. Wählen Sie Datei &gt; Verbinden … oder Datei &gt; Demo-Datenbank öffnen.</translation>
    </message>
</context>
<context>
    <name>Salvage::OperationController</name>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="98"/>
        <source>Undo of operation %1</source>
        <translation>Rückgängigmachen von Operation %1</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="105"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/operationcontroller.cpp" line="109"/>
        <source>Undo: restore %n row(s) of %1</source>
        <translation>
            <numerusform>Rückgängig: %n Zeile von %1 wiederherstellen</numerusform>
            <numerusform>Rückgängig: %n Zeilen von %1 wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/operationcontroller.cpp" line="110"/>
        <source>Undo: move %n row(s) of %1 back to the trash</source>
        <translation>
            <numerusform>Rückgängig: %n Zeile von %1 wieder in den Papierkorb</numerusform>
            <numerusform>Rückgängig: %n Zeilen von %1 wieder in den Papierkorb</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="155"/>
        <source>Purge</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/operationcontroller.cpp" line="161"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="164"/>
        <source>Purge refused</source>
        <translation>Endgültiges Löschen abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="165"/>
        <source>Nothing was purged: other rows still refer to the selected rows of %1. Purge or change those rows first.</source>
        <translation>Es wurde nichts gelöscht: Andere Zeilen verweisen noch auf die ausgewählten Zeilen von %1. Löschen oder ändern Sie zuerst diese Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="225"/>
        <location filename="../ui/operationcontroller.cpp" line="327"/>
        <source>Nothing was changed: no audit table.</source>
        <translation>Es wurde nichts geändert: keine Audit-Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="231"/>
        <location filename="../ui/operationcontroller.cpp" line="334"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="235"/>
        <location filename="../ui/operationcontroller.cpp" line="340"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="247"/>
        <location filename="../ui/operationcontroller.cpp" line="352"/>
        <source>Created the audit table %1.</source>
        <translation>Die Audit-Tabelle %1 wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="262"/>
        <source>Counting the rows of %1...</source>
        <translation>Die Zeilen von %1 werden gezählt …</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="270"/>
        <source>Cancelling: undoing every change of this operation...</source>
        <translation>Wird abgebrochen: jede Änderung dieses Vorgangs wird rückgängig gemacht …</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="313"/>
        <source>%1 of %2 rows done.</source>
        <translation>%1 von %2 Zeilen erledigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/operationcontroller.cpp" line="349"/>
        <source>Kept %n matching row(s) on legal hold.</source>
        <translation>
            <numerusform>%n passende Zeile unter Legal Hold behalten.</numerusform>
            <numerusform>%n passende Zeilen unter Legal Hold behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="360"/>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="361"/>
        <source>Create %1 in this database?</source>
        <translation>%1 in dieser Datenbank anlegen?</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="365"/>
        <source>Salvage records who changed which rows, when and why in the table %1 of the same database, in the same transaction as the change. Nothing is changed without it.</source>
        <translation>Salvage hält in der Tabelle %1 derselben Datenbank fest, wer welche Zeilen wann und warum geändert hat – in derselben Transaktion wie die Änderung. Ohne sie wird nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/operationcontroller.cpp" line="378"/>
        <source>Moved %n row(s) of %1 to the trash.</source>
        <translation>
            <numerusform>%n Zeile von %1 in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Zeilen von %1 in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/operationcontroller.cpp" line="380"/>
        <source>Restored %n row(s) of %1.</source>
        <translation>
            <numerusform>%n Zeile von %1 wiederhergestellt.</numerusform>
            <numerusform>%n Zeilen von %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/operationcontroller.cpp" line="382"/>
        <source>Purged %n row(s) of %1.</source>
        <translation>
            <numerusform>%n Zeile von %1 endgültig gelöscht.</numerusform>
            <numerusform>%n Zeilen von %1 endgültig gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::PrivacyController</name>
    <message>
        <location filename="../ui/privacycontroller.cpp" line="51"/>
        <location filename="../ui/privacycontroller.cpp" line="57"/>
        <source>Anonymize</source>
        <translation>Anonymisieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacycontroller.cpp" line="52"/>
        <source>Anonymize %n row(s) of %1?</source>
        <translation>
            <numerusform>%n Zeile von %1 anonymisieren?</numerusform>
            <numerusform>%n Zeilen von %1 anonymisieren?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacycontroller.cpp" line="59"/>
        <source>Their personal columns are overwritten by the anonymization rules (stored, else suggested). The rows stay, so nothing that refers to them breaks; rows on legal hold are left as they are. Each row is recorded in %1. This cannot be undone.</source>
        <translation>Ihre personenbezogenen Spalten werden nach den Anonymisierungsregeln überschrieben (gespeicherten, sonst vorgeschlagenen). Die Zeilen bleiben erhalten, sodass nichts, was auf sie verweist, ungültig wird; Zeilen unter Legal Hold bleiben unverändert. Jede Zeile wird in %1 vermerkt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/privacycontroller.cpp" line="89"/>
        <source>Anonymize failed</source>
        <translation>Anonymisieren fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/privacycontroller.cpp" line="90"/>
        <location filename="../ui/privacycontroller.cpp" line="174"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacycontroller.cpp" line="103"/>
        <source>Anonymized %n row(s) of %1</source>
        <translation>
            <numerusform>%n Zeile von %1 anonymisiert</numerusform>
            <numerusform>%n Zeilen von %1 anonymisiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacycontroller.cpp" line="104"/>
        <source> (columns %1).</source>
        <translation> (Spalten %1).</translation>
    </message>
    <message>
        <location filename="../ui/privacycontroller.cpp" line="127"/>
        <source>Release Hold</source>
        <translation>Legal Hold aufheben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacycontroller.cpp" line="128"/>
        <source>Release the legal hold of %n row(s) of %1?</source>
        <translation>
            <numerusform>Legal Hold für %n Zeile von %1 aufheben?</numerusform>
            <numerusform>Legal Hold für %n Zeilen von %1 aufheben?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privacycontroller.cpp" line="134"/>
        <source>Release</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <location filename="../ui/privacycontroller.cpp" line="135"/>
        <source>Erasure requests and purges can change the rows again. The release is recorded in the audit log.</source>
        <translation>Löschersuchen und endgültiges Löschen können die Zeilen danach wieder ändern. Die Aufhebung wird im Audit-Protokoll vermerkt.</translation>
    </message>
    <message>
        <location filename="../ui/privacycontroller.cpp" line="171"/>
        <source>Legal hold failed</source>
        <translation>Legal Hold fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/privacycontroller.cpp" line="171"/>
        <source>Release hold failed</source>
        <translation>Aufheben des Legal Holds fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacycontroller.cpp" line="179"/>
        <source>Released %n row(s) of %1 from legal hold.</source>
        <translation>
            <numerusform>%n Zeile von %1 aus dem Legal Hold freigegeben.</numerusform>
            <numerusform>%n Zeilen von %1 aus dem Legal Hold freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacycontroller.cpp" line="181"/>
        <source>Put %n row(s) of %1 on legal hold until %2.</source>
        <translation>
            <numerusform>%n Zeile von %1 bis %2 unter Legal Hold gestellt.</numerusform>
            <numerusform>%n Zeilen von %1 bis %2 unter Legal Hold gestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privacycontroller.cpp" line="184"/>
        <source>Put %n row(s) of %1 on legal hold until released.</source>
        <translation>
            <numerusform>%n Zeile von %1 bis zur Freigabe unter Legal Hold gestellt.</numerusform>
            <numerusform>%n Zeilen von %1 bis zur Freigabe unter Legal Hold gestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::PurgeConfirmDialog</name>
    <message>
        <location filename="../ui/purgeconfirmdialog.cpp" line="21"/>
        <source>Purge rows</source>
        <translation>Zeilen endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/purgeconfirmdialog.cpp" line="29"/>
        <source>Permanently delete %n row(s) from the table %1?

Purged rows cannot be restored. The audit log keeps their keys only.</source>
        <translation>
            <numerusform>%n Zeile endgültig aus der Tabelle %1 löschen?

Endgültig gelöschte Zeilen können nicht wiederhergestellt werden. Das Audit-Protokoll behält nur ihre Schlüssel.</numerusform>
            <numerusform>%n Zeilen endgültig aus der Tabelle %1 löschen?

Endgültig gelöschte Zeilen können nicht wiederhergestellt werden. Das Audit-Protokoll behält nur ihre Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/purgeconfirmdialog.cpp" line="40"/>
        <source>Optional, recorded in the audit log</source>
        <translation>Optional, wird im Audit-Protokoll vermerkt</translation>
    </message>
    <message>
        <location filename="../ui/purgeconfirmdialog.cpp" line="41"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/purgeconfirmdialog.cpp" line="46"/>
        <source>Type %1 to confirm:</source>
        <translation>Zur Bestätigung %1 eingeben:</translation>
    </message>
    <message>
        <location filename="../ui/purgeconfirmdialog.cpp" line="51"/>
        <source>&amp;Purge</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>Salvage::ReasonDialog</name>
    <message numerus="yes">
        <location filename="../ui/reasondialog.cpp" line="22"/>
        <source>Move %n row(s) of %1 to the trash?</source>
        <translation>
            <numerusform>%n Zeile von %1 in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Zeilen von %1 in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reasondialog.cpp" line="25"/>
        <source>Restore %n row(s) of %1 from the trash?</source>
        <translation>
            <numerusform>%n Zeile von %1 aus dem Papierkorb wiederherstellen?</numerusform>
            <numerusform>%n Zeilen von %1 aus dem Papierkorb wiederherstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reasondialog.cpp" line="28"/>
        <source>Permanently delete %n row(s) of %1?</source>
        <translation>
            <numerusform>%n Zeile von %1 endgültig löschen?</numerusform>
            <numerusform>%n Zeilen von %1 endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="36"/>
        <source>Optional, recorded in the audit log</source>
        <translation>Optional, wird im Audit-Protokoll vermerkt</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="39"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>Salvage::RecordModel</name>
    <message>
        <location filename="../app/core/models/recordfetch.cpp" line="17"/>
        <source>Not connected to the database.</source>
        <translation>Keine Verbindung zur Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/core/models/recordmodel.cpp" line="328"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/recordmodel.cpp" line="554"/>
        <source>≈%1</source>
        <translation>≈%1</translation>
    </message>
</context>
<context>
    <name>Salvage::RecordPane</name>
    <message>
        <location filename="../ui/recordpane.cpp" line="39"/>
        <location filename="../ui/recordpane.cpp" line="105"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/recordpane.cpp" line="40"/>
        <location filename="../ui/recordpane.cpp" line="106"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/recordpane.cpp" line="41"/>
        <location filename="../ui/recordpane.cpp" line="107"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/recordpane.cpp" line="48"/>
        <source>Search text columns...</source>
        <translation>Textspalten durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/recordpane.cpp" line="102"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
</context>
<context>
    <name>Salvage::RowKey</name>
    <message>
        <location filename="../app/core/trash/rowkey.cpp" line="104"/>
        <source>Table %1 has no primary key; its rows cannot be named.</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel; ihre Zeilen lassen sich nicht benennen.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/rowkey.cpp" line="116"/>
        <source>&quot;%1&quot; is not a key of %2. Give every key column once: %3.</source>
        <translation>„%1“ ist kein Schlüssel von %2. Geben Sie jede Schlüsselspalte genau einmal an: %3.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/rowkey.cpp" line="141"/>
        <source>&quot;%1&quot; does not name every key column of %2 (%3).</source>
        <translation>„%1“ nennt nicht alle Schlüsselspalten von %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Salvage::RowReader</name>
    <message>
        <location filename="../app/core/db/rowreader.cpp" line="22"/>
        <source>Not connected to the database.</source>
        <translation>Keine Verbindung zur Datenbank.</translation>
    </message>
</context>
<context>
    <name>Salvage::RuleStore</name>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="294"/>
        <source>Your database user may not create the table %1, where Salvage keeps the anonymization rules and the erasure salt that every admin shares. Ask the database owner to create it (or to grant CREATE on the schema), then try again. Nothing was changed.</source>
        <translation>Ihr Datenbankbenutzer darf die Tabelle %1 nicht anlegen, in der Salvage die Anonymisierungsregeln und das Lösch-Salt speichert, die alle Administratoren gemeinsam nutzen. Bitten Sie den Eigentümer der Datenbank, sie anzulegen (oder CREATE auf dem Schema zu gewähren), und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="361"/>
        <source>Every change needs an actor: say who is saving the rule.</source>
        <translation>Jede Änderung braucht einen Akteur: Geben Sie an, wer die Regel speichert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="368"/>
        <source>There is no table %1 for the rule on &quot;%2&quot;. Nothing was saved.</source>
        <translation>Für die Regel zu „%2“ gibt es keine Tabelle %1. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="377"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="246"/>
        <source>The rule could not be stored (%1 rows written). Nothing was saved.</source>
        <translation>Die Regel konnte nicht gespeichert werden (%1 Zeilen geschrieben). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="397"/>
        <source>Every change needs an actor: say who removes the rule.</source>
        <translation>Jede Änderung braucht einen Akteur: Geben Sie an, wer die Regel entfernt.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="405"/>
        <source>There is no stored rule for column &quot;%1&quot; of %2.</source>
        <translation>Für die Spalte „%1“ von %2 ist keine Regel gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="438"/>
        <source>No table was named.</source>
        <translation>Es wurde keine Tabelle angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="443"/>
        <source>Every change needs an actor: say who marks the table.</source>
        <translation>Jede Änderung braucht einen Akteur: Geben Sie an, wer die Tabelle markiert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="474"/>
        <source>The mark could not be stored. Nothing was changed.</source>
        <translation>Die Markierung konnte nicht gespeichert werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="518"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="522"/>
        <source>Every change needs an actor: say who imports the rules.</source>
        <translation>Jede Änderung braucht einen Akteur: Geben Sie an, wer die Regeln importiert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="526"/>
        <source>The file is not valid JSON (%1 at offset %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 an Position %2).</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="532"/>
        <source>This is not a Salvage rules file of version %1.</source>
        <translation>Dies ist keine Salvage-Regeldatei der Version %1.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="536"/>
        <source>The file lacks the &quot;rules&quot; or &quot;purge_on_erasure&quot; list.</source>
        <translation>In der Datei fehlt die Liste „rules“ oder „purge_on_erasure“.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="549"/>
        <source>Rule %1 (%2, column &quot;%3&quot;)</source>
        <translation>Regel %1 (%2, Spalte „%3“)</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="553"/>
        <location filename="../app/core/privacy/rulestore.cpp" line="562"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="555"/>
        <source>%1: &quot;%2&quot; is not a rule Salvage knows.</source>
        <translation>%1: „%2“ ist keine Regel, die Salvage kennt.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="558"/>
        <source>%1: there is no table %2.</source>
        <translation>%1: Es gibt keine Tabelle %2.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="564"/>
        <source>%1: the column has a rule earlier in the file.</source>
        <translation>%1: Die Spalte hat bereits weiter oben in der Datei eine Regel.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="575"/>
        <source>The table %1 marked &quot;purge on erasure&quot; does not exist.</source>
        <translation>Die als „bei Löschersuchen endgültig löschen“ markierte Tabelle %1 existiert nicht.</translation>
    </message>
    <message>
        <source>A rule could not be stored. Nothing was imported.</source>
        <translation type="vanished">Eine Regel konnte nicht gespeichert werden. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulestore.cpp" line="625"/>
        <source>The erasure salt in salvage_erasure_salt is damaged (%1 bytes instead of %2). Ask the database owner to check it; nothing was changed.</source>
        <translation>Das Lösch-Salt in salvage_erasure_salt ist beschädigt (%1 Bytes statt %2). Bitten Sie den Eigentümer der Datenbank, es zu prüfen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Salvage::RuleSuggester</name>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="212"/>
        <source>&quot;%1&quot; looks like an email address</source>
        <translation>„%1“ sieht nach einer E-Mail-Adresse aus</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="214"/>
        <source>&quot;%1&quot; looks like an IP address</source>
        <translation>„%1“ sieht nach einer IP-Adresse aus</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="216"/>
        <source>&quot;%1&quot; looks like a date of birth</source>
        <translation>„%1“ sieht nach einem Geburtsdatum aus</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="218"/>
        <source>&quot;%1&quot; looks like a phone number</source>
        <translation>„%1“ sieht nach einer Telefonnummer aus</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="220"/>
        <source>&quot;%1&quot; looks like a bank, card or identity number</source>
        <translation>„%1“ sieht nach einer Konto-, Karten- oder Ausweisnummer aus</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="222"/>
        <source>&quot;%1&quot; looks like a person&apos;s name</source>
        <translation>„%1“ sieht nach dem Namen einer Person aus</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="224"/>
        <source>&quot;%1&quot; looks like part of a postal address</source>
        <translation>„%1“ sieht nach einem Teil einer Postanschrift aus</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="226"/>
        <source>&quot;%1&quot; looks like free text about a person</source>
        <translation>„%1“ sieht nach Freitext über eine Person aus</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="228"/>
        <source>&quot;%1&quot; looks like a photo or avatar</source>
        <translation>„%1“ sieht nach einem Foto oder Avatar aus</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="298"/>
        <source>NOT NULL and UNIQUE</source>
        <translation>NOT NULL und UNIQUE</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="299"/>
        <source>UNIQUE</source>
        <translation>UNIQUE</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="299"/>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="325"/>
        <source>; the column is %1, so &quot;%2&quot; rather than &quot;%3&quot;</source>
        <translation>; die Spalte ist %1, daher „%2“ statt „%3“</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/rulesuggester.cpp" line="331"/>
        <source> (a salted hash is pseudonymisation, not anonymisation)</source>
        <translation> (ein Hash mit Salt ist Pseudonymisierung, keine Anonymisierung)</translation>
    </message>
</context>
<context>
    <name>Salvage::Rules</name>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="372"/>
        <source>Column &quot;%1&quot; of %2</source>
        <translation>Spalte „%1“ von %2</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="400"/>
        <source>Keep unchanged</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="402"/>
        <source>Set to NULL</source>
        <translation>Auf NULL setzen</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="404"/>
        <source>Fixed placeholder</source>
        <translation>Fester Platzhalter</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="406"/>
        <source>Unique invalid email address</source>
        <translation>Eindeutige ungültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="408"/>
        <source>Redact, keeping the shape</source>
        <translation>Schwärzen, Form beibehalten</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="410"/>
        <source>Year only</source>
        <translation>Nur das Jahr</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="412"/>
        <source>Random letters and digits</source>
        <translation>Zufällige Buchstaben und Ziffern</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="414"/>
        <source>Salted hash (pseudonymisation, not anonymisation)</source>
        <translation>Hash mit Salt (Pseudonymisierung, keine Anonymisierung)</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="472"/>
        <source>The rule is for table %1, not for %2.</source>
        <translation>Die Regel gilt für Tabelle %1, nicht für %2.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="477"/>
        <source>Table %1 has no column &quot;%2&quot;.</source>
        <translation>Tabelle %1 hat keine Spalte „%2“.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="484"/>
        <source>%1 is part of the primary key: rows are named by it, so it cannot be anonymized (rule &quot;%2&quot;).</source>
        <translation>%1 ist Teil des Primärschlüssels: Über ihn werden Zeilen benannt, daher kann sie nicht anonymisiert werden (Regel „%2“).</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="489"/>
        <source>%1 is the soft-delete marker: changing it would move rows in or out of the trash (rule &quot;%2&quot;).</source>
        <translation>%1 ist die Soft-Delete-Markierung: Eine Änderung würde Zeilen in den Papierkorb oder aus ihm heraus verschieben (Regel „%2“).</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="495"/>
        <source>%1 is referenced by a foreign key of %2: changing it would break those rows&apos; references (rule &quot;%3&quot;).</source>
        <translation>Auf %1 verweist ein Fremdschlüssel von %2: Eine Änderung würde die Verweise dieser Zeilen zerstören (Regel „%3“).</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="503"/>
        <source>%1 is a foreign key to %2: only &quot;null&quot; or &quot;keep&quot; leave it valid (rule &quot;%3&quot;).</source>
        <translation>%1 ist ein Fremdschlüssel auf %2: Nur „null“ oder „keep“ lassen ihn gültig (Regel „%3“).</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="512"/>
        <source>%1 has type %2, which the rule &quot;%3&quot; cannot write.</source>
        <translation>%1 hat den Typ %2, den die Regel „%3“ nicht schreiben kann.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="513"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="519"/>
        <source>%1 is NOT NULL, so it cannot be set to NULL; use &quot;fixed&quot;, &quot;redact&quot; or &quot;random&quot; instead.</source>
        <translation>%1 ist NOT NULL und kann daher nicht auf NULL gesetzt werden; verwenden Sie stattdessen „fixed“, „redact“ oder „random“.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="528"/>
        <source>%1 holds at most %2 characters; the placeholder has %3.</source>
        <translation>%1 fasst höchstens %2 Zeichen; der Platzhalter hat %3.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="531"/>
        <source>%1 cannot hold the placeholder &quot;%2&quot;: its type is %3.</source>
        <translation>%1 kann den Platzhalter „%2“ nicht aufnehmen: Ihr Typ ist %3.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="537"/>
        <source>%1 holds at most %2 characters; the erased addresses need %3.</source>
        <translation>%1 fasst höchstens %2 Zeichen; die Ersatzadressen brauchen %3.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="543"/>
        <source>%1 holds at most %2 characters; a hash needs at least %3 to stay distinct.</source>
        <translation>%1 fasst höchstens %2 Zeichen; ein Hash braucht mindestens %3, um eindeutig zu bleiben.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/anonymizationrule.cpp" line="561"/>
        <source>%1 has a UNIQUE constraint (%2): the rule &quot;%3&quot; can give two rows the same value and break it; use &quot;email&quot;, &quot;hash&quot; or &quot;null&quot; instead.</source>
        <translation>%1 hat eine UNIQUE-Bedingung (%2): Die Regel „%3“ kann zwei Zeilen denselben Wert geben und sie damit verletzen; verwenden Sie stattdessen „email“, „hash“ oder „null“.</translation>
    </message>
</context>
<context>
    <name>Salvage::RulesEditor</name>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="81"/>
        <source>&amp;Save Rule</source>
        <translation>Regel &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="82"/>
        <source>Re&amp;move Rule</source>
        <translation>Regel ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="85"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="86"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="89"/>
        <source>Anonymization Rules</source>
        <translation>Anonymisierungsregeln</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="97"/>
        <source>How an erasure overwrites each personal column. The rules are stored in this database and shared by everyone who administers it. Where no rule is stored, the erasure uses the suggested one and says so in its report.</source>
        <translation>Wie eine Löschung jede personenbezogene Spalte überschreibt. Die Regeln werden in dieser Datenbank gespeichert und gelten für alle, die sie verwalten. Wo keine Regel gespeichert ist, verwendet die Löschung die vorgeschlagene und vermerkt das in ihrem Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="109"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="109"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="109"/>
        <source>Stored Rule</source>
        <translation>Gespeicherte Regel</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="109"/>
        <source>Suggested Rule</source>
        <translation>Vorgeschlagene Regel</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="122"/>
        <source>The placeholder, e.g. [removed]</source>
        <translation>Der Platzhalter, z. B. [entfernt]</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="143"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="144"/>
        <source>&amp;Placeholder:</source>
        <translation>&amp;Platzhalter:</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="219"/>
        <source>The stored rules could not be read: %1</source>
        <translation>Die gespeicherten Regeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="244"/>
        <source> (purged)</source>
        <translation> (wird endgültig gelöscht)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleseditor.cpp" line="246"/>
        <source> (%n rule(s))</source>
        <translation>
            <numerusform> (%n Regel)</numerusform>
            <numerusform> (%n Regeln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="251"/>
        <source>Rows of %1 are purged on erasure.</source>
        <translation>Zeilen von %1 werden bei Löschersuchen endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="314"/>
        <source>Purge on erasure</source>
        <translation>Bei Löschersuchen endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="346"/>
        <source>P&amp;urge the rows of %1 on erasure (suggested: it looks like transient data)</source>
        <translation>Zeilen von %1 bei Löschersuchen endgültig &amp;löschen (vorgeschlagen: sieht nach kurzlebigen Daten aus)</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="349"/>
        <source>P&amp;urge the rows of %1 on erasure (for transient data such as sessions and tokens)</source>
        <translation>Zeilen von %1 bei Löschersuchen endgültig &amp;löschen (für kurzlebige Daten wie Sitzungen und Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="362"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="363"/>
        <source>Select a column to see or change its rule.</source>
        <translation>Wählen Sie eine Spalte, um ihre Regel zu sehen oder zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="367"/>
        <source>Rule for %1.%2</source>
        <translation>Regel für %1.%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="382"/>
        <source>Stored: %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="384"/>
        <source>No rule is stored; the erasure uses the suggested rule %1 (%2). Save it to make it the rule.</source>
        <translation>Es ist keine Regel gespeichert; die Löschung verwendet die vorgeschlagene Regel %1 (%2). Speichern Sie sie, um sie festzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="388"/>
        <source>No rule is stored or suggested: the erasure keeps this column as it is.</source>
        <translation>Es ist keine Regel gespeichert oder vorgeschlagen: Die Löschung lässt diese Spalte unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="458"/>
        <source>The database refused the change.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation type="vanished">Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="496"/>
        <source>Stored the rule %1 for %2.%3.</source>
        <translation>Regel %1 für %2.%3 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="515"/>
        <source>Removed the rule of %1.%2; the suggested rule applies again.</source>
        <translation>Regel von %1.%2 entfernt; es gilt wieder die vorgeschlagene Regel.</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="538"/>
        <source>The rows of %1 are purged on erasure.</source>
        <translation>Die Zeilen von %1 werden bei Löschersuchen endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="539"/>
        <source>The rows of %1 are anonymized on erasure, no longer purged.</source>
        <translation>Die Zeilen von %1 werden bei Löschersuchen anonymisiert, nicht mehr endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="545"/>
        <source>Import Anonymization Rules</source>
        <translation>Anonymisierungsregeln importieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="547"/>
        <location filename="../ui/ruleseditor.cpp" line="557"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="555"/>
        <source>Export Anonymization Rules</source>
        <translation>Anonymisierungsregeln exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="569"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="583"/>
        <source>Imported the rules of %1.</source>
        <translation>Regeln aus %1 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="609"/>
        <source>The rules could not be read: %1</source>
        <translation>Die Regeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="616"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="620"/>
        <source>Exported the rules to %1.</source>
        <translation>Regeln nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>Salvage::SchemaInspector</name>
    <message>
        <location filename="../app/core/schema/schemainspector.cpp" line="241"/>
        <source>There is no table %1 that you may read.</source>
        <translation>Es gibt keine Tabelle %1, die Sie lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../app/core/schema/schemainspector.cpp" line="370"/>
        <source>the stored soft-delete convention no longer fits the table (%1); edit it</source>
        <translation>die gespeicherte Soft-Delete-Konvention passt nicht mehr zur Tabelle (%1); bearbeiten Sie sie</translation>
    </message>
    <message>
        <location filename="../app/core/schema/schemainspector.cpp" line="374"/>
        <source>marked as not soft-deletable for this connection</source>
        <translation>für diese Verbindung als ohne Soft-Delete markiert</translation>
    </message>
</context>
<context>
    <name>Salvage::SoftDeleteProxyModel</name>
    <message>
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="33"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="35"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="37"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="38"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="175"/>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="207"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="207"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="242"/>
        <source>Deleted %1 by %2</source>
        <translation>Gelöscht %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="244"/>
        <source>Deleted %1</source>
        <translation>Gelöscht %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="246"/>
        <source>Deleted by %1</source>
        <translation>Gelöscht von %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="247"/>
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="260"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="262"/>
        <source>Deleted by</source>
        <translation>Gelöscht von</translation>
    </message>
    <message>
        <location filename="../app/core/models/softdeleteproxymodel.cpp" line="265"/>
        <source>Column %1 (%2)</source>
        <translation>Spalte %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Salvage::SubjectFinder</name>
    <message>
        <location filename="../app/core/privacy/subjectfinder.cpp" line="71"/>
        <source>The search was cancelled. Nothing was changed.</source>
        <translation>Die Suche wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/subjectfinder.cpp" line="114"/>
        <source>Not connected to the database.</source>
        <translation>Keine Verbindung zur Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/subjectfinder.cpp" line="124"/>
        <source>There is no table %1.</source>
        <translation>Es gibt keine Tabelle %1.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/subjectfinder.cpp" line="127"/>
        <source>A row of %1 can only be named by its primary key (%2).</source>
        <translation>Eine Zeile von %1 lässt sich nur über ihren Primärschlüssel (%2) benennen.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/subjectfinder.cpp" line="133"/>
        <source>Give a value to search for.</source>
        <translation>Geben Sie einen Suchwert an.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/subjectfinder.cpp" line="171"/>
        <source>There is no row %1 in %2.</source>
        <translation>In %2 gibt es keine Zeile %1.</translation>
    </message>
</context>
<context>
    <name>Salvage::TableInfo</name>
    <message>
        <location filename="../app/core/schema/tableinfo.cpp" line="85"/>
        <source>Read-only: the table has no primary key, so rows cannot be named safely.</source>
        <translation>Nur lesbar: Die Tabelle hat keinen Primärschlüssel, daher lassen sich Zeilen nicht sicher benennen.</translation>
    </message>
    <message>
        <location filename="../app/core/schema/tableinfo.cpp" line="90"/>
        <source>Read-only: %1</source>
        <translation>Nur lesbar: %1</translation>
    </message>
</context>
<context>
    <name>Salvage::TableListWidget</name>
    <message>
        <location filename="../ui/tablelistwidget.cpp" line="24"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/tablelistwidget.cpp" line="24"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/tablelistwidget.cpp" line="24"/>
        <source>Trash</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/tablelistwidget.cpp" line="59"/>
        <source>Not soft-deletable: %1</source>
        <translation>Ohne Soft-Delete: %1</translation>
    </message>
    <message>
        <location filename="../ui/tablelistwidget.cpp" line="68"/>
        <source>Soft delete: boolean flag %1</source>
        <translation>Soft-Delete: boolesches Flag %1</translation>
    </message>
    <message>
        <location filename="../ui/tablelistwidget.cpp" line="69"/>
        <source>Soft delete: timestamp %1</source>
        <translation>Soft-Delete: Zeitstempel %1</translation>
    </message>
    <message>
        <location filename="../ui/tablelistwidget.cpp" line="72"/>
        <source>Actor column: %1</source>
        <translation>Akteurspalte: %1</translation>
    </message>
    <message>
        <location filename="../ui/tablelistwidget.cpp" line="74"/>
        <source>Convention set by hand</source>
        <translation>Konvention von Hand festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/tablelistwidget.cpp" line="93"/>
        <source>Not soft-deletable</source>
        <translation>Ohne Soft-Delete</translation>
    </message>
    <message>
        <location filename="../ui/tablelistwidget.cpp" line="141"/>
        <source>Soft-delete convention...</source>
        <translation>Soft-Delete-Konvention …</translation>
    </message>
</context>
<context>
    <name>Salvage::TransportStatus</name>
    <message>
        <location filename="../ui/transportstatus.cpp" line="13"/>
        <source>Encrypted (TLS)</source>
        <translation>Verschlüsselt (TLS)</translation>
    </message>
    <message>
        <location filename="../ui/transportstatus.cpp" line="15"/>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/transportstatus.cpp" line="27"/>
        <source>The connection to the database server is encrypted with TLS.</source>
        <translation>Die Verbindung zum Datenbankserver ist mit TLS verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/transportstatus.cpp" line="31"/>
        <source>The connection to the database server is not encrypted. Set SSL mode to &quot;require&quot; or stricter to refuse unencrypted connections.</source>
        <translation>Die Verbindung zum Datenbankserver ist nicht verschlüsselt. Stellen Sie den SSL-Modus auf „require“ oder strenger, um unverschlüsselte Verbindungen abzulehnen.</translation>
    </message>
    <message>
        <location filename="../ui/transportstatus.cpp" line="48"/>
        <source>Unencrypted Connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/transportstatus.cpp" line="49"/>
        <source>The connection to %1 is not encrypted. Passwords and the rows you look at could be read or changed on the way.</source>
        <translation>Die Verbindung zu %1 ist nicht verschlüsselt. Passwörter und die angezeigten Zeilen könnten unterwegs mitgelesen oder verändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/transportstatus.cpp" line="58"/>
        <source>Nothing has been read from the database yet. Connect anyway? To refuse such connections, set SSL mode to &quot;require&quot; or stricter.</source>
        <translation>Aus der Datenbank wurde noch nichts gelesen. Trotzdem verbinden? Um solche Verbindungen abzulehnen, stellen Sie den SSL-Modus auf „require“ oder strenger.</translation>
    </message>
    <message>
        <location filename="../ui/transportstatus.cpp" line="63"/>
        <source>Connect &amp;Unencrypted</source>
        <translation>&amp;Unverschlüsselt verbinden</translation>
    </message>
</context>
<context>
    <name>Salvage::TrashService</name>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="71"/>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="73"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="77"/>
        <source>Purge</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="247"/>
        <location filename="../app/core/trash/operationsupport.cpp" line="40"/>
        <source>Every change needs an actor: say who is doing it.</source>
        <translation>Jede Änderung braucht einen Akteur: Geben Sie an, wer sie vornimmt.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="95"/>
        <source>No rows were given.</source>
        <translation>Es wurden keine Zeilen angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="100"/>
        <source>A row key does not match the primary key (%1) of %2.</source>
        <translation>Ein Zeilenschlüssel passt nicht zum Primärschlüssel (%1) von %2.</translation>
    </message>
    <message>
        <location filename="../app/core/privacy/erasureservice.cpp" line="254"/>
        <location filename="../app/core/trash/operationsupport.cpp" line="45"/>
        <source>Not connected to the database. Nothing was changed.</source>
        <translation>Keine Verbindung zur Datenbank. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/trash/operationsupport.cpp" line="100"/>
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n Zeile)</numerusform>
            <numerusform>%1 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/trash/operationsupport.cpp" line="107"/>
        <source>These rows cannot be purged: other rows still refer to them in %1. Purging would break those references. Nothing was changed; anonymize the rows instead, or deal with the referring rows first.</source>
        <translation>Diese Zeilen können nicht endgültig gelöscht werden: Andere Zeilen in %1 verweisen noch auf sie. Das Löschen würde diese Verweise zerstören. Es wurde nichts geändert; anonymisieren Sie die Zeilen stattdessen oder kümmern Sie sich zuerst um die verweisenden Zeilen.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/operationsupport.cpp" line="68"/>
        <source>This database has no audit table (salvage_audit) yet. Salvage records every change there; create it first. Nothing was changed.</source>
        <translation>Diese Datenbank hat noch keine Audit-Tabelle (salvage_audit). Salvage hält dort jede Änderung fest; legen Sie sie zuerst an. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="184"/>
        <source>are already in the trash or no longer exist</source>
        <translation>sind bereits im Papierkorb oder existieren nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="187"/>
        <source>are not in the trash (restored by someone else meanwhile?) or no longer exist</source>
        <translation>sind nicht im Papierkorb (inzwischen von jemand anderem wiederhergestellt?) oder existieren nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="191"/>
        <source>are not in the trash or no longer exist; only trashed rows can be purged</source>
        <translation>sind nicht im Papierkorb oder existieren nicht mehr; nur Zeilen im Papierkorb können endgültig gelöscht werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/trash/trashservice.cpp" line="198"/>
        <source>%n of the selected row(s) %1: %2. Nothing was changed; refresh and check them.</source>
        <translation>
            <numerusform>%n der ausgewählten Zeilen %1: %2. Es wurde nichts geändert; aktualisieren und prüfen Sie sie.</numerusform>
            <numerusform>%n der ausgewählten Zeilen %1: %2. Es wurde nichts geändert; aktualisieren und prüfen Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/trash/trashservice.cpp" line="217"/>
        <source>%n of the selected row(s) of %1 are on legal hold and may not be purged: %2. Nothing was changed. A hold must be released before its row can be purged.</source>
        <translation>
            <numerusform>%n der gewählten Zeilen von %1 steht unter Legal Hold und darf nicht endgültig gelöscht werden: %2. Es wurde nichts geändert. Ein Hold muss aufgehoben werden, bevor seine Zeile endgültig gelöscht werden kann.</numerusform>
            <numerusform>%n der gewählten Zeilen von %1 stehen unter Legal Hold und dürfen nicht endgültig gelöscht werden: %2. Es wurde nichts geändert. Ein Hold muss aufgehoben werden, bevor seine Zeile endgültig gelöscht werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/trash/operationsupport.cpp" line="121"/>
        <source>The database changed %1 of %2 rows. Row-level security, a trigger or a concurrent change kept the others as they were, so the whole operation was undone. Nothing was changed.</source>
        <translation>Die Datenbank hat %1 von %2 Zeilen geändert. Row-Level-Security, ein Trigger oder eine gleichzeitige Änderung hat die übrigen unverändert gelassen, daher wurde die ganze Operation zurückgenommen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="298"/>
        <source>The actor column %1 holds numbers; give the actor as a number.</source>
        <translation>Die Akteurspalte %1 enthält Zahlen; geben Sie den Akteur als Zahl an.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="334"/>
        <source>No row of %1 matches the actor &quot;%2&quot;. %3 must name a row of %1: give its %4 or a unique value such as an email address.</source>
        <translation>Keine Zeile von %1 passt zum Akteur „%2“. %3 muss eine Zeile von %1 benennen: Geben Sie ihre Spalte %4 oder einen eindeutigen Wert wie eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="339"/>
        <source>The actor &quot;%1&quot; matches several rows of %2; give its %3 instead.</source>
        <translation>Der Akteur „%1“ passt zu mehreren Zeilen von %2; geben Sie stattdessen die Spalte %3 an.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/constraintrefusal.cpp" line="98"/>
        <source>check constraint</source>
        <translation>Check-Constraint</translation>
    </message>
    <message>
        <location filename="../app/core/trash/constraintrefusal.cpp" line="100"/>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/trash/constraintrefusal.cpp" line="102"/>
        <source>NOT NULL constraint</source>
        <translation>NOT-NULL-Constraint</translation>
    </message>
    <message>
        <location filename="../app/core/trash/constraintrefusal.cpp" line="104"/>
        <source>unique index</source>
        <translation>Unique-Index</translation>
    </message>
    <message>
        <location filename="../app/core/trash/constraintrefusal.cpp" line="109"/>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <location filename="../app/core/trash/constraintrefusal.cpp" line="129"/>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/core/trash/constraintrefusal.cpp" line="131"/>
        <source>a unique index</source>
        <translation>ein Unique-Index</translation>
    </message>
    <message>
        <location filename="../app/core/trash/constraintrefusal.cpp" line="132"/>
        <source>the unique index %1</source>
        <translation>der Unique-Index %1</translation>
    </message>
    <message>
        <location filename="../app/core/trash/constraintrefusal.cpp" line="134"/>
        <source>The database refused the change: %1 of %2 allows each value of (%3) only once, and another row already holds it. Nothing was changed.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: %1 von %2 erlaubt jeden Wert von (%3) nur einmal, und eine andere Zeile hat ihn bereits. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/constraintrefusal.cpp" line="139"/>
        <source>The database refused the change: %1 of %2 allows each value of (%3) only once, and %4 already holds the value. Nothing was changed; change or trash that row first.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: %1 von %2 erlaubt jeden Wert von (%3) nur einmal, und %4 hat den Wert bereits. Es wurde nichts geändert; ändern Sie diese Zeile zuerst oder verschieben Sie sie in den Papierkorb.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/constraintrefusal.cpp" line="153"/>
        <source>The database refused the change: it would break the %1 %2 of %3. Nothing was changed.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: Sie würde %1 %2 von %3 verletzen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="75"/>
        <source>Browse, restore and purge soft-deleted rows.</source>
        <translation>Soft-gelöschte Zeilen durchsuchen, wiederherstellen und endgültig löschen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>Open the database at &lt;url&gt; (sqlite:PATH or postgresql://user@host:port/dbname).</source>
        <translation>Die Datenbank unter &lt;url&gt; öffnen (sqlite:PFAD oder postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="85"/>
        <source>Open the bundled demo database.</source>
        <translation>Die mitgelieferte Demo-Datenbank öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="89"/>
        <source>Select &lt;table&gt; once the database is open.</source>
        <translation>&lt;table&gt; auswählen, sobald die Datenbank offen ist.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="93"/>
        <source>Use the language &lt;code&gt; (e.g. de, en).</source>
        <translation>Die Sprache &lt;code&gt; verwenden (z. B. de, en).</translation>
    </message>
</context>
<context>
    <name>salvage-cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="14"/>
        <source>run salvage-cli --help for the usage</source>
        <translation>salvage-cli --help zeigt die Verwendung</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/output.cpp" line="186"/>
        <source>&lt;%n byte(s)&gt;</source>
        <translation>
            <numerusform>&lt;%n Byte&gt;</numerusform>
            <numerusform>&lt;%n Bytes&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
