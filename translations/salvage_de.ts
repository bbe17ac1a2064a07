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
        <location filename="../app/core/trash/auditlog.cpp" line="81"/>
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
        <location filename="../ui/auditview.cpp" line="138"/>
        <source>Loading...</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="162"/>
        <source>The audit log could not be read: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="167"/>
        <source>This database has no audit log yet. It is created with the first change.</source>
        <translation>Diese Datenbank hat noch kein Audit-Protokoll. Es wird mit der ersten Änderung angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="188"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="200"/>
        <source>Showing the newest %n entries.</source>
        <translation>
            <numerusform>Der neueste Eintrag wird angezeigt.</numerusform>
            <numerusform>Die neuesten %n Einträge werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="201"/>
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
        <location filename="../app/core/trash/bulkoperation.cpp" line="58"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="85"/>
        <source>Active rows have not been deleted by anyone: &quot;deleted by&quot; and the time range apply to rows in the trash only.</source>
        <translation>Aktive Zeilen wurden von niemandem gelöscht: „Gelöscht von“ und der Zeitraum gelten nur für Zeilen im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="89"/>
        <source>%1 does not record who deleted a row, so its rows cannot be chosen by &quot;deleted by&quot;.</source>
        <translation>%1 vermerkt nicht, wer eine Zeile gelöscht hat; ihre Zeilen lassen sich daher nicht nach „Gelöscht von“ auswählen.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="94"/>
        <source>%1 marks deleted rows with the flag %2, which does not record when they were deleted, so its rows cannot be chosen by time.</source>
        <translation>%1 kennzeichnet gelöschte Zeilen mit dem Flag %2, das nicht vermerkt, wann sie gelöscht wurden; ihre Zeilen lassen sich daher nicht nach Zeit auswählen.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="100"/>
        <source>The time range is empty: &quot;from&quot; must be before &quot;to&quot;.</source>
        <translation>Der Zeitraum ist leer: „von“ muss vor „bis“ liegen.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="148"/>
        <source>Not connected to the database.</source>
        <translation>Keine Verbindung zur Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="249"/>
        <source>No rows of %1 match. Nothing was changed.</source>
        <translation>Keine Zeile von %1 passt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/bulkoperation.cpp" line="296"/>
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
        <location filename="../ui/bulkoperationdialog.cpp" line="257"/>
        <source>No rows match.</source>
        <translation>Keine Zeile passt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkoperationdialog.cpp" line="259"/>
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
        <location filename="../app/cli/commandline.cpp" line="113"/>
        <source>unknown option: %1</source>
        <translation>unbekannte Option: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="120"/>
        <source>option --%1 needs a value</source>
        <translation>Option --%1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="123"/>
        <source>option --%1 takes no value</source>
        <translation>Option --%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="126"/>
        <source>option --%1 given more than once</source>
        <translation>Option --%1 mehrfach angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="135"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="144"/>
        <source>unknown command: %1</source>
        <translation>unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="157"/>
        <source>option --%1 does not apply to the %2 command</source>
        <translation>Option --%1 gilt nicht für den Befehl %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="165"/>
        <source>give either --db or --demo, not both</source>
        <translation>geben Sie entweder --db oder --demo an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="167"/>
        <source>no database: give --db URL or --demo</source>
        <translation>keine Datenbank: geben Sie --db URL oder --demo an</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="179"/>
        <source>--limit needs a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--limit braucht eine ganze Zahl ab 1, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="188"/>
        <source>tables takes no arguments</source>
        <translation>tables nimmt keine Argumente</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="192"/>
        <source>list needs exactly one TABLE</source>
        <translation>list braucht genau eine TABELLE</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="195"/>
        <source>give either --trash or --all, not both</source>
        <translation>geben Sie entweder --trash oder --all an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="206"/>
        <source>%1 needs a TABLE and at least one KEY</source>
        <translation>%1 braucht eine TABELLE und mindestens einen SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="211"/>
        <source>purge deletes rows permanently; add --yes to confirm (nothing was changed)</source>
        <translation>purge löscht Zeilen endgültig; bestätigen Sie mit --yes (es wurde nichts geändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="216"/>
        <source>%1 needs an actor: give --actor ACTOR or set SALVAGE_ACTOR</source>
        <translation>%1 braucht einen Akteur: geben Sie --actor AKTEUR an oder setzen Sie SALVAGE_ACTOR</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="221"/>
        <source>audit takes no arguments (use --table T to filter)</source>
        <translation>audit nimmt keine Argumente (filtern Sie mit --table T)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="224"/>
        <source>--table needs a table name</source>
        <translation>--table braucht einen Tabellennamen</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="236"/>
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
        <location filename="../app/cli/auditcommand.cpp" line="58"/>
        <location filename="../app/cli/auditcommand.cpp" line="81"/>
        <source>cannot read the audit log</source>
        <translation>das Audit-Protokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="62"/>
        <source>no audit log yet: %1 is created by the first change</source>
        <translation>noch kein Audit-Protokoll: %1 wird mit der ersten Änderung angelegt</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="74"/>
        <source>bad table name %1: %2</source>
        <translation>ungültiger Tabellenname %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="92"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="93"/>
        <source>OCCURRED (UTC)</source>
        <translation>ZEITPUNKT (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="94"/>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="95"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="96"/>
        <location filename="../app/cli/tablescommand.cpp" line="113"/>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="97"/>
        <source>ROW KEY</source>
        <translation>ZEILENSCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="98"/>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="99"/>
        <source>OPERATION</source>
        <translation>OPERATION</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="25"/>
        <source>%1 has no trash: %2</source>
        <translation>%1 hat keinen Papierkorb: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="44"/>
        <location filename="../app/cli/listcommand.cpp" line="62"/>
        <source>cannot read the rows of %1</source>
        <translation>die Zeilen von %1 können nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/listcommand.cpp" line="99"/>
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
        <location filename="../app/cli/rowcommand.cpp" line="58"/>
        <source>bad key: %1</source>
        <translation>ungültiger Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rowcommand.cpp" line="74"/>
        <source>created audit table %1</source>
        <translation>Audit-Tabelle %1 angelegt</translation>
    </message>
    <message>
        <location filename="../app/cli/rowcommand.cpp" line="80"/>
        <source>the operation failed; nothing was changed</source>
        <translation>die Operation ist fehlgeschlagen; es wurde nichts geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/rowcommand.cpp" line="86"/>
        <source>all %n row(s): %1</source>
        <translation>
            <numerusform>die %n Zeile: %1</numerusform>
            <numerusform>alle %n Zeilen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/rowcommand.cpp" line="102"/>
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
</context>
<context>
    <name>Salvage::Cli::Session</name>
    <message>
        <location filename="../app/cli/session.cpp" line="22"/>
        <source>cannot create the demo database %1: %2</source>
        <translation>die Demo-Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="31"/>
        <source>bad database URL: %1</source>
        <translation>ungültige Datenbank-URL: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="35"/>
        <source>refusing a password on the command line, where other users and shell history can see it; use PGPASSWORD or ~/.pgpass</source>
        <translation>ein Passwort auf der Befehlszeile wird abgelehnt, dort sehen es andere Benutzer und der Shell-Verlauf; verwenden Sie PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="43"/>
        <source>no such database file: %1</source>
        <translation>keine solche Datenbankdatei: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="51"/>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="63"/>
        <source>bad table name %1: %2</source>
        <translation>ungültiger Tabellenname %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="88"/>
        <source>cannot read table %1</source>
        <translation>Tabelle %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="93"/>
        <location filename="../app/cli/session.cpp" line="117"/>
        <source>no such table: %1</source>
        <translation>keine solche Tabelle: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="104"/>
        <source>cannot read the list of tables</source>
        <translation>die Liste der Tabellen kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="123"/>
        <source>table name %1 is ambiguous; give one of: %2</source>
        <translation>der Tabellenname %1 ist mehrdeutig; geben Sie einen davon an: %2</translation>
    </message>
</context>
<context>
    <name>Salvage::Connection</name>
    <message>
        <location filename="../app/core/db/connection.cpp" line="82"/>
        <source>The database server could not be reached. Check the host name and port, and that the server is running and accepts connections.</source>
        <translation>Der Datenbankserver ist nicht erreichbar. Prüfen Sie Hostname und Port und ob der Server läuft und Verbindungen annimmt.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="85"/>
        <source>The server refused the login: the user name or password is wrong, or this user may not connect from here.</source>
        <translation>Der Server hat die Anmeldung abgelehnt: Benutzername oder Passwort sind falsch, oder dieser Benutzer darf sich von hier aus nicht verbinden.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="88"/>
        <source>The database does not exist. Check its name (or the file path).</source>
        <translation>Die Datenbank existiert nicht. Prüfen Sie ihren Namen (bzw. den Dateipfad).</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="90"/>
        <source>The server requires an encrypted (TLS) connection. Set SSL mode to &quot;require&quot; or stricter.</source>
        <translation>Der Server verlangt eine verschlüsselte (TLS-)Verbindung. Stellen Sie den SSL-Modus auf „require“ oder strenger.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="93"/>
        <source>Permission denied: your database user may not do this. Nothing was changed. Ask the database owner for the right, or use another account.</source>
        <translation>Zugriff verweigert: Ihr Datenbankbenutzer darf das nicht. Es wurde nichts geändert. Bitten Sie den Eigentümer der Datenbank um das Recht oder verwenden Sie ein anderes Konto.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="96"/>
        <source>The connection to the database was lost. Reconnect and check the data before trying again.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen. Verbinden Sie sich neu und prüfen Sie die Daten, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="99"/>
        <source>The rows are locked or were changed by someone else at the same time. Nothing was changed; refresh and try again.</source>
        <translation>Die Zeilen sind gesperrt oder wurden gleichzeitig von jemand anderem geändert. Es wurde nichts geändert; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="102"/>
        <source>The database refused the change because it would break a constraint (a foreign key, unique value or check). Nothing was changed.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt, weil sie eine Bedingung verletzen würde (Fremdschlüssel, eindeutiger Wert oder Check). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="105"/>
        <source>The statement was cancelled. Nothing was changed.</source>
        <translation>Die Anweisung wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="111"/>
        <source>The database reported an error. Nothing was changed.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="191"/>
        <source>No database was named.</source>
        <translation>Es wurde keine Datenbank angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="195"/>
        <source>The SQLite file &quot;%1&quot; does not exist.</source>
        <translation>Die SQLite-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="222"/>
        <source>The Qt SQL driver for this database is not installed.</source>
        <translation>Der Qt-SQL-Treiber für diese Datenbank ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="226"/>
        <source>The file could not be opened as an SQLite database.</source>
        <translation>Die Datei konnte nicht als SQLite-Datenbank geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="243"/>
        <source>&quot;%1&quot; is not an SQLite database or is damaged.</source>
        <translation>„%1“ ist keine SQLite-Datenbank oder ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connection.cpp" line="286"/>
        <source>The connection was lost while saving. The change may or may not have been applied: reconnect and check the rows before retrying.</source>
        <translation>Die Verbindung brach beim Speichern ab. Die Änderung wurde möglicherweise übernommen oder auch nicht: Verbinden Sie sich neu und prüfen Sie die Zeilen, bevor Sie es erneut versuchen.</translation>
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
        <location filename="../app/core/db/connectionurl.cpp" line="81"/>
        <source>The SQLite URL names no file. Use sqlite:/path/to/file.db.</source>
        <translation>Die SQLite-URL nennt keine Datei. Verwenden Sie sqlite:/pfad/zur/datei.db.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="88"/>
        <source>Unknown database URL &quot;%1&quot;. Use sqlite:PATH or postgresql://user@host:port/database.</source>
        <translation>Unbekannte Datenbank-URL „%1“. Verwenden Sie sqlite:PFAD oder postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="93"/>
        <source>The PostgreSQL URL is malformed: %1</source>
        <translation>Die PostgreSQL-URL ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="101"/>
        <source>The database name in the URL must not contain &apos;/&apos;.</source>
        <translation>Der Datenbankname in der URL darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="105"/>
        <source>The connection option &quot;%1&quot; is not allowed. Allowed: sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name, options (statement_timeout, lock_timeout).</source>
        <translation>Die Verbindungsoption „%1“ ist nicht erlaubt. Erlaubt sind: sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name, options (statement_timeout, lock_timeout).</translation>
    </message>
    <message>
        <location filename="../app/core/db/connectionurl.cpp" line="110"/>
        <source>The value of connection option &quot;%1&quot; is not allowed.</source>
        <translation>Der Wert der Verbindungsoption „%1“ ist nicht erlaubt.</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="33"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="35"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="38"/>
        <source>&amp;Audit Log</source>
        <translation>Audit-&amp;Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="38"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="40"/>
        <source>&amp;Connect...</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="42"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="43"/>
        <source>Open &amp;Demo Database</source>
        <translation>&amp;Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="44"/>
        <source>Set &amp;Actor...</source>
        <translation>&amp;Akteur festlegen …</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="70"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="76"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="82"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="85"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
</context>
<context>
    <name>Salvage::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>Could not connect</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Could not read the tables</source>
        <translation>Die Tabellen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>Working...</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Loading...</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Connecting to %1...</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&quot;%1&quot; is not a database URL: %2</source>
        <translation>„%1“ ist keine Datenbank-URL: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>The demo database could not be created.</source>
        <translation>Die Demo-Datenbank konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Demo Database</source>
        <translation>Demo-Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>Preparing the demo database...</source>
        <translation>Demo-Datenbank wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>The rows could not be loaded: %1</source>
        <translation>Die Zeilen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Select a row to see all of its columns.</source>
        <translation>Wählen Sie eine Zeile, um alle ihre Spalten zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>%n rows selected.</source>
        <translation>
            <numerusform>%n Zeile ausgewählt.</numerusform>
            <numerusform>%n Zeilen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="491"/>
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
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>%1 – %2 – Salvage</source>
        <translation>%1 – %2 – Salvage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>Salvage</source>
        <translation>Salvage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
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
        <location filename="../ui/operationcontroller.cpp" line="348"/>
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
    <message>
        <location filename="../ui/operationcontroller.cpp" line="356"/>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="357"/>
        <source>Create %1 in this database?</source>
        <translation>%1 in dieser Datenbank anlegen?</translation>
    </message>
    <message>
        <location filename="../ui/operationcontroller.cpp" line="361"/>
        <source>Salvage records who changed which rows, when and why in the table %1 of the same database, in the same transaction as the change. Nothing is changed without it.</source>
        <translation>Salvage hält in der Tabelle %1 derselben Datenbank fest, wer welche Zeilen wann und warum geändert hat – in derselben Transaktion wie die Änderung. Ohne sie wird nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/operationcontroller.cpp" line="374"/>
        <source>Moved %n row(s) of %1 to the trash.</source>
        <translation>
            <numerusform>%n Zeile von %1 in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Zeilen von %1 in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/operationcontroller.cpp" line="376"/>
        <source>Restored %n row(s) of %1.</source>
        <translation>
            <numerusform>%n Zeile von %1 wiederhergestellt.</numerusform>
            <numerusform>%n Zeilen von %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/operationcontroller.cpp" line="378"/>
        <source>Purged %n row(s) of %1.</source>
        <translation>
            <numerusform>%n Zeile von %1 endgültig gelöscht.</numerusform>
            <numerusform>%n Zeilen von %1 endgültig gelöscht.</numerusform>
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
        <location filename="../app/core/models/recordmodel.cpp" line="357"/>
        <location filename="../app/core/models/recordmodel.cpp" line="482"/>
        <source>Not connected to the database.</source>
        <translation>Keine Verbindung zur Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/core/models/recordmodel.cpp" line="400"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/recordmodel.cpp" line="820"/>
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
        <location filename="../app/core/trash/rowkey.cpp" line="49"/>
        <source>Table %1 has no primary key; its rows cannot be named.</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel; ihre Zeilen lassen sich nicht benennen.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/rowkey.cpp" line="67"/>
        <source>&quot;%1&quot; is not a key of %2. Give every key column once: %3.</source>
        <translation>„%1“ ist kein Schlüssel von %2. Geben Sie jede Schlüsselspalte genau einmal an: %3.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/rowkey.cpp" line="77"/>
        <source>&quot;%1&quot; does not name every key column of %2 (%3).</source>
        <translation>„%1“ nennt nicht alle Schlüsselspalten von %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Salvage::RowReader</name>
    <message>
        <location filename="../app/core/db/rowreader.cpp" line="64"/>
        <source>Not connected to the database.</source>
        <translation>Keine Verbindung zur Datenbank.</translation>
    </message>
</context>
<context>
    <name>Salvage::SchemaInspector</name>
    <message>
        <location filename="../app/core/schema/schemainspector.cpp" line="196"/>
        <source>There is no table %1 that you may read.</source>
        <translation>Es gibt keine Tabelle %1, die Sie lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../app/core/schema/schemainspector.cpp" line="284"/>
        <source>the stored soft-delete convention no longer fits the table (%1); edit it</source>
        <translation>die gespeicherte Soft-Delete-Konvention passt nicht mehr zur Tabelle (%1); bearbeiten Sie sie</translation>
    </message>
    <message>
        <location filename="../app/core/schema/schemainspector.cpp" line="288"/>
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
    <name>Salvage::TableInfo</name>
    <message>
        <location filename="../app/core/schema/tableinfo.cpp" line="82"/>
        <source>Read-only: the table has no primary key, so rows cannot be named safely.</source>
        <translation>Nur lesbar: Die Tabelle hat keinen Primärschlüssel, daher lassen sich Zeilen nicht sicher benennen.</translation>
    </message>
    <message>
        <location filename="../app/core/schema/tableinfo.cpp" line="87"/>
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
    <name>Salvage::TrashService</name>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="70"/>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="72"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="76"/>
        <source>Purge</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../app/core/trash/operationsupport.cpp" line="40"/>
        <source>Every change needs an actor: say who is doing it.</source>
        <translation>Jede Änderung braucht einen Akteur: Geben Sie an, wer sie vornimmt.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="94"/>
        <source>No rows were given.</source>
        <translation>Es wurden keine Zeilen angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="99"/>
        <source>A row key does not match the primary key (%1) of %2.</source>
        <translation>Ein Zeilenschlüssel passt nicht zum Primärschlüssel (%1) von %2.</translation>
    </message>
    <message>
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
        <location filename="../app/core/trash/trashservice.cpp" line="188"/>
        <source>are already in the trash or no longer exist</source>
        <translation>sind bereits im Papierkorb oder existieren nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="191"/>
        <source>are not in the trash (restored by someone else meanwhile?) or no longer exist</source>
        <translation>sind nicht im Papierkorb (inzwischen von jemand anderem wiederhergestellt?) oder existieren nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="195"/>
        <source>are not in the trash or no longer exist; only trashed rows can be purged</source>
        <translation>sind nicht im Papierkorb oder existieren nicht mehr; nur Zeilen im Papierkorb können endgültig gelöscht werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/trash/trashservice.cpp" line="202"/>
        <source>%n of the selected row(s) %1: %2. Nothing was changed; refresh and check them.</source>
        <translation>
            <numerusform>%n der ausgewählten Zeilen %1: %2. Es wurde nichts geändert; aktualisieren und prüfen Sie sie.</numerusform>
            <numerusform>%n der ausgewählten Zeilen %1: %2. Es wurde nichts geändert; aktualisieren und prüfen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/trash/operationsupport.cpp" line="121"/>
        <source>The database changed %1 of %2 rows. Row-level security, a trigger or a concurrent change kept the others as they were, so the whole operation was undone. Nothing was changed.</source>
        <translation>Die Datenbank hat %1 von %2 Zeilen geändert. Row-Level-Security, ein Trigger oder eine gleichzeitige Änderung hat die übrigen unverändert gelassen, daher wurde die ganze Operation zurückgenommen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="287"/>
        <source>The actor column %1 holds numbers; give the actor as a number.</source>
        <translation>Die Akteurspalte %1 enthält Zahlen; geben Sie den Akteur als Zahl an.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="330"/>
        <source>No row of %1 matches the actor &quot;%2&quot;. %3 must name a row of %1: give its %4 or a unique value such as an email address.</source>
        <translation>Keine Zeile von %1 passt zum Akteur „%2“. %3 muss eine Zeile von %1 benennen: Geben Sie ihre Spalte %4 oder einen eindeutigen Wert wie eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <location filename="../app/core/trash/trashservice.cpp" line="335"/>
        <source>The actor &quot;%1&quot; matches several rows of %2; give its %3 instead.</source>
        <translation>Der Akteur „%1“ passt zu mehreren Zeilen von %2; geben Sie stattdessen die Spalte %3 an.</translation>
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
        <location filename="../app/cli/main.cpp" line="40"/>
        <source>run salvage-cli --help for the usage</source>
        <translation>salvage-cli --help zeigt die Verwendung</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/output.cpp" line="178"/>
        <source>&lt;%n byte(s)&gt;</source>
        <translation>
            <numerusform>&lt;%n Byte&gt;</numerusform>
            <numerusform>&lt;%n Bytes&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
