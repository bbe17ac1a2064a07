#include "clirunner.h"
#include "testdatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using Salvage::QualifiedName;
using Salvage::Test::CliResult;
using Salvage::Test::TestDatabase;

namespace {

// The test's own schema (not the demo): a timestamp convention with an actor, a boolean
// flag, a composite key, a table without a key, one that is not soft-deletable and a
// hostile name. {ts} is the backend's timestamp type.
const char schemaTemplate[] = R"sql(
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    name TEXT,
    deleted_at {ts},
    deleted_by TEXT
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users (id),
    total REAL,
    is_deleted BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE TABLE memberships (
    group_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    role TEXT,
    deleted_at {ts},
    PRIMARY KEY (group_id, user_id)
);
CREATE TABLE log_lines (line TEXT, deleted_at {ts});
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE "we""ird.na;me " (id INTEGER PRIMARY KEY, "sel""ect" TEXT, deleted_at {ts});
INSERT INTO users VALUES (1, 'alice@example.org', 'Alice', NULL, NULL);
INSERT INTO users VALUES (2, 'bob@example.org', 'Bob', '2024-01-02 10:00:00', 'carol');
INSERT INTO users VALUES (3, 'dave@example.org', 'Dave', '2024-01-03 10:00:00', 'carol');
INSERT INTO users VALUES (4, 'eve@example.org', NULL, NULL, NULL);
INSERT INTO orders VALUES (10, 2, 12.5, FALSE);
INSERT INTO orders VALUES (11, 1, 7.25, TRUE);
INSERT INTO memberships VALUES (1, 1, 'admin', NULL);
INSERT INTO memberships VALUES (1, 2, 'member', '2024-01-04 10:00:00');
INSERT INTO memberships VALUES (2, 1, 'member', NULL);
INSERT INTO log_lines VALUES ('hello', NULL);
INSERT INTO settings VALUES ('theme', 'dark');
INSERT INTO "we""ird.na;me " VALUES (1, 'x', NULL);
INSERT INTO "we""ird.na;me " VALUES (2, 'y', '2024-01-05 10:00:00');
)sql";

// PostgreSQL only: a schema and a table whose names need quoting.
const char pgSchemaExtra[] = R"sql(
CREATE SCHEMA "we.ird";
CREATE TABLE "we.ird"."a""b" (id INTEGER PRIMARY KEY, deleted_at timestamptz);
INSERT INTO "we.ird"."a""b" VALUES (1, NULL);
INSERT INTO "we.ird"."a""b" VALUES (2, NULL);
)sql";

const QString hostileTable = QStringLiteral("\"we\"\"ird.na;me \"");
const QString qualifiedPgTable = QStringLiteral("\"we.ird\".\"a\"\"b\"");

QString schemaScript(const QString &backend)
{
    const bool pg = backend == QLatin1String("postgresql");
    QString script = QString::fromUtf8(schemaTemplate);
    script.replace(QLatin1String("{ts}"),
                   pg ? QLatin1String("timestamptz") : QLatin1String("TIMESTAMP"));
    if (pg)
        script += QString::fromUtf8(pgSchemaExtra);
    return script;
}

QStringList idsOf(const QJsonArray &rows, const QString &column = QStringLiteral("id"))
{
    QStringList ids;
    for (const QJsonValue row : rows)
        ids.append(row.toObject().value(column).toVariant().toString());
    return ids;
}

QJsonObject findByName(const QJsonArray &array, const QString &key, const QString &name)
{
    for (const QJsonValue value : array) {
        if (value.toObject().value(key).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void usageErrors_data();
    void usageErrors();
    void passwordInUrlRefused();
    void secretsNeverPrinted_data();
    void secretsNeverPrinted();
    void missingSqliteFileNotCreated();
    void demoTables();

    void tables_data() { TestDatabase::addBackendData(); }
    void tables();
    void listScopes_data() { TestDatabase::addBackendData(); }
    void listScopes();
    void listJsonValues_data() { TestDatabase::addBackendData(); }
    void listJsonValues();
    void unknownTable_data() { TestDatabase::addBackendData(); }
    void unknownTable();
    void trashAndRestore_data() { TestDatabase::addBackendData(); }
    void trashAndRestore();
    void missingActor_data() { TestDatabase::addBackendData(); }
    void missingActor();
    void purge_data() { TestDatabase::addBackendData(); }
    void purge();
    void compositeKey_data() { TestDatabase::addBackendData(); }
    void compositeKey();
    void readOnlyTables_data() { TestDatabase::addBackendData(); }
    void readOnlyTables();
    void hostileName_data() { TestDatabase::addBackendData(); }
    void hostileName();
    void schemaQualifiedName();
    void audit_data() { TestDatabase::addBackendData(); }
    void audit();
    void auditTableCannotBeCreated();
    void postgresPasswordFromEnvironmentOnly();

private:
    CliResult run(const QStringList &arguments,
                  const QProcessEnvironment &environment = baseEnvironment());
    // salvage-cli --db <db> [--json] ARGS with the password (PostgreSQL) in PGPASSWORD.
    CliResult runOn(const TestDatabase &db,
                    const QStringList &arguments,
                    const QString &actor = QString());
    static QProcessEnvironment baseEnvironment();
    static QString dbArgument(const TestDatabase &db);
};

QProcessEnvironment TestCli::baseEnvironment()
{
    return Salvage::Test::cliEnvironment();
}

QString TestCli::dbArgument(const TestDatabase &db)
{
    return Salvage::Test::cliDbArgument(db);
}

CliResult TestCli::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return Salvage::Test::runCli(arguments, environment);
}

CliResult TestCli::runOn(const TestDatabase &db, const QStringList &arguments, const QString &actor)
{
    return Salvage::Test::runCliOn(db, arguments, actor);
}

void TestCli::help()
{
    const CliResult result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    for (const char *word : {"tables",
                             "list",
                             "trash",
                             "restore",
                             "purge",
                             "audit",
                             "--yes",
                             "--actor",
                             "SALVAGE_ACTOR",
                             "PGPASSWORD",
                             "Exit codes"}) {
        QVERIFY2(text.contains(QLatin1String(word)), word);
    }
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = QStringLiteral("sqlite:/nonexistent/never-opened.db");
    QTest::newRow("no arguments") << QStringList();
    QTest::newRow("no command") << QStringList{"--db", db};
    QTest::newRow("unknown command") << QStringList{"--db", db, "frobnicate"};
    QTest::newRow("unknown option") << QStringList{"--db", db, "--frob", "tables"};
    QTest::newRow("no database") << QStringList{"tables"};
    QTest::newRow("db and demo") << QStringList{"--db", db, "--demo", "tables"};
    QTest::newRow("--db without value") << QStringList{"tables", "--db"};
    QTest::newRow("option of another command") << QStringList{"--db", db, "tables", "--yes"};
    QTest::newRow("tables with argument") << QStringList{"--db", db, "tables", "users"};
    QTest::newRow("list without table") << QStringList{"--db", db, "list"};
    QTest::newRow("list two tables") << QStringList{"--db", db, "list", "a", "b"};
    QTest::newRow("limit zero") << QStringList{"--db", db, "list", "users", "--limit", "0"};
    QTest::newRow("limit text") << QStringList{"--db", db, "list", "users", "--limit", "ten"};
    QTest::newRow("limit negative") << QStringList{"--db", db, "audit", "--limit=-3"};
    QTest::newRow("trash and all") << QStringList{"--db", db, "list", "users", "--trash", "--all"};
    QTest::newRow("trash without key") << QStringList{"--db", db, "--actor", "a", "trash", "users"};
    QTest::newRow("purge without --yes")
        << QStringList{"--db", db, "--actor", "a", "purge", "users", "2"};
    QTest::newRow("missing actor") << QStringList{"--db", db, "restore", "users", "2"};
    QTest::newRow("empty actor") << QStringList{"--db", db, "--actor", "", "trash", "users", "1"};
    QTest::newRow("repeated option") << QStringList{"--db", db, "--json", "--json", "tables"};
    QTest::newRow("switch with value") << QStringList{"--db", db, "--json=yes", "tables"};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliResult result = run(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.errText().contains(QLatin1String("salvage-cli: ")));
}

void TestCli::passwordInUrlRefused()
{
    const CliResult result = run({"--db", "postgresql://someone:s3cret@127.0.0.1:1/db", "tables"});
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY(!result.err.contains("s3cret"));
    QVERIFY(!result.out.contains("s3cret"));
    QVERIFY(result.errText().contains(QLatin1String("PGPASSWORD")));
}

// A canary password, new each run, through every error path of salvage-cli: as part of a
// malformed or refused --db, and in PGPASSWORD against the test cluster.
void TestCli::secretsNeverPrinted_data()
{
    QString canary = QStringLiteral("Cny");
    for (int i = 0; i < 4; ++i)
        canary += QString::number(QRandomGenerator::global()->generate(), 36);
    QTest::addColumn<QString>("canary");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("change"); // PostgreSQL rows: how the test database's URL breaks
    QTest::addColumn<int>("exitCode");
    const auto url = [canary](const char *text) {
        return QString::fromLatin1(text).replace(QLatin1String("{pw}"), canary);
    };
    const auto usage = [&](const char *name, const QStringList &arguments) {
        QTest::newRow(name) << canary << arguments << QString() << 2;
    };
    usage("bad percent-encoding",
          {"--db", url("postgresql://alice:{pw}%zz@db.example.com/shop"), "tables"});
    usage("broken host", {"--db", url("postgresql://alice:{pw}@db example.com/shop"), "tables"});
    usage("bad port", {"--db", url("postgresql://alice:{pw}@db.example.com:port/shop"), "tables"});
    usage("unknown scheme", {"--db", url("mysql://alice:{pw}@db.example.com/shop"), "tables"});
    usage("unencoded @", {"--db", url("postgresql://alice:{pw}@x@db.example.com/shop"), "tables"});
    usage("password in a good URL",
          {"--db", url("postgresql://alice:{pw}@127.0.0.1:1/shop"), "tables"});
    usage("mistyped --db", {url("--dbb=postgresql://alice:{pw}@127.0.0.1:1/shop"), "tables"});
    usage("URL without --db", {url("postgresql://alice:{pw}@127.0.0.1:1/shop"), "tables"});
    const auto pg = [&](const char *name, const char *change) {
        QTest::newRow(name) << canary << QStringList() << QString::fromLatin1(change) << 1;
    };
    pg("wrong password", "");
    pg("bad host", "host");
    pg("closed port", "port");
    pg("TLS required", "sslmode");
}

void TestCli::secretsNeverPrinted()
{
    QFETCH(QString, canary);
    QFETCH(QStringList, arguments);
    QFETCH(QString, change);
    QFETCH(int, exitCode);
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), canary);
    std::optional<TestDatabase> db;
    if (arguments.isEmpty()) {
        if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
            QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
        db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db->isValid(), qPrintable(db->errorString()));
        Salvage::ConnectionUrl url = db->url();
        url.password.clear();
        url.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
        if (change == QLatin1String("host")) {
            url.host = QStringLiteral("no-such-host.invalid");
        } else if (change == QLatin1String("port")) {
            url.host = QStringLiteral("127.0.0.1");
            url.port = 1; // nothing listens there
        } else if (change == QLatin1String("sslmode")) {
            url.options.insert(QStringLiteral("sslmode"), QStringLiteral("require"));
        }
        arguments = QStringList{QStringLiteral("--db"), url.toString(), QStringLiteral("tables")};
    }
    const CliResult result = run(arguments, environment);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    QVERIFY2(!result.err.isEmpty(), "the failure is explained");
    for (const QByteArray &part :
         {canary.toUtf8(), canary.left(10).toUtf8(), canary.mid(10).toUtf8()}) {
        QVERIFY2(!result.out.contains(part), qPrintable(result.describe()));
        QVERIFY2(!result.err.contains(part), qPrintable(result.describe()));
    }
}

void TestCli::missingSqliteFileNotCreated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    const CliResult result = run({"--db", "sqlite:" + path, "tables"});
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY(result.errText().contains(QLatin1String("no such database file")));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCli::demoTables()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("cfg")));

    const CliResult result = run({"--demo", "--json", "tables"}, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QJsonArray tables = result.json().array();
    QVERIFY(tables.size() >= 4);
    int softDeletable = 0;
    for (const QJsonValue table : tables) {
        if (table.toObject().value(QStringLiteral("trashed")).isDouble())
            ++softDeletable;
    }
    QVERIFY(softDeletable >= 3);
    // The demo lives in the (temporary) data directory, not in the real home.
    QDirIterator files(home.filePath(QStringLiteral("data")),
                       QDir::Files,
                       QDirIterator::Subdirectories);
    QVERIFY(files.hasNext());

    // A second run opens the same file.
    const CliResult again = run({"--demo", "tables"}, environment);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
}

void TestCli::tables()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const bool pg = backend == QLatin1String("postgresql");
    const QString prefix = pg ? QStringLiteral("public.") : QString();

    const CliResult result = runOn(db, {"--json", "tables"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(result.json().isArray());
    const QJsonArray tables = result.json().array();

    const QJsonObject users = findByName(tables, "name", prefix + "users");
    QVERIFY2(!users.isEmpty(), result.out.constData());
    QCOMPARE(users.value("primary_key").toArray(), QJsonArray{"id"});
    const QJsonObject convention = users.value("convention").toObject();
    QCOMPARE(convention.value("kind").toString(), QStringLiteral("timestamp"));
    QCOMPARE(convention.value("marker").toString(), QStringLiteral("deleted_at"));
    QCOMPARE(convention.value("actor").toString(), QStringLiteral("deleted_by"));
    QCOMPARE(users.value("active").toInt(-1), 2);
    QCOMPARE(users.value("trashed").toInt(-1), 2);
    QVERIFY(!users.contains("read_only_reason"));

    const QJsonObject orders = findByName(tables, "name", prefix + "orders");
    QCOMPARE(orders.value("convention").toObject().value("kind").toString(), QStringLiteral("flag"));
    QCOMPARE(orders.value("convention").toObject().value("marker").toString(),
             QStringLiteral("is_deleted"));
    QVERIFY(orders.value("convention").toObject().value("actor").isNull());
    QCOMPARE(orders.value("active").toInt(-1), 1);
    QCOMPARE(orders.value("trashed").toInt(-1), 1);

    const QJsonObject memberships = findByName(tables, "name", prefix + "memberships");
    QCOMPARE(memberships.value("primary_key").toArray(), (QJsonArray{"group_id", "user_id"}));

    const QJsonObject settings = findByName(tables, "name", prefix + "settings");
    QCOMPARE(settings.value("convention").toObject().value("kind").toString(),
             QStringLiteral("none"));
    QVERIFY(settings.value("active").isNull());
    QVERIFY(settings.value("trashed").isNull());
    QVERIFY(!settings.value("read_only_reason").toString().isEmpty());

    const QJsonObject logLines = findByName(tables, "name", prefix + "log_lines");
    QVERIFY(logLines.value("primary_key").toArray().isEmpty());
    QVERIFY(!logLines.value("read_only_reason").toString().isEmpty());

    const QJsonObject hostile = findByName(tables, "table", "we\"ird.na;me ");
    QVERIFY(!hostile.isEmpty());
    QCOMPARE(hostile.value("active").toInt(-1), 1);
    QCOMPARE(hostile.value("trashed").toInt(-1), 1);

    if (pg) {
        const QJsonObject qualified = findByName(tables, "name", qualifiedPgTable);
        QVERIFY2(!qualified.isEmpty(), result.out.constData());
        QCOMPARE(qualified.value("schema").toString(), QStringLiteral("we.ird"));
        QCOMPARE(qualified.value("table").toString(), QStringLiteral("a\"b"));
    }

    const CliResult text = runOn(db, {"tables"});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    const QStringList lines = QString::fromUtf8(text.out).split('\n', Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QLatin1String("TABLE")));
    QCOMPARE(lines.size(), tables.size() + 1);
}

void TestCli::listScopes()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));

    auto ids = [&](const QStringList &arguments) {
        const CliResult result = runOn(db, QStringList{"--json", "list"} + arguments);
        if (result.exitCode != 0)
            qWarning().noquote() << result.describe();
        return idsOf(result.json().array()).join(',');
    };
    QCOMPARE(ids({"users"}), QStringLiteral("1,4"));
    QCOMPARE(ids({"users", "--trash"}), QStringLiteral("2,3"));
    QCOMPARE(ids({"users", "--all"}), QStringLiteral("1,2,3,4"));
    QCOMPARE(ids({"users", "--all", "--limit", "3"}), QStringLiteral("1,2,3"));
    QCOMPARE(ids({"users", "--all", "--limit=1"}), QStringLiteral("1"));
    QCOMPARE(ids({"users", "--search", "ALICE"}), QStringLiteral("1"));
    QCOMPARE(ids({"users", "--search", "example.org", "--trash"}), QStringLiteral("2,3"));
    QCOMPARE(ids({"users", "--search", "bob"}), QString()); // bob is in the trash
    QCOMPARE(ids({"users", "--search", "%"}), QString());   // LIKE wildcards are literal
    QCOMPARE(ids({"orders"}), QStringLiteral("10"));
    QCOMPARE(ids({"orders", "--trash"}), QStringLiteral("11"));

    const CliResult settings = runOn(db, {"--json", "list", "settings"});
    QCOMPARE(settings.exitCode, 0);
    QCOMPARE(idsOf(settings.json().array(), "key"), QStringList{"theme"});

    // More rows than the limit: said on stderr, stdout stays clean.
    const CliResult limited = runOn(db, {"--json", "list", "users", "--all", "--limit", "2"});
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(limited.json().array().size(), 2);
    QVERIFY(limited.errText().contains(QLatin1String("--limit")));

    const CliResult text = runOn(db, {"list", "users", "--trash"});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    const QStringList lines = QString::fromUtf8(text.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).contains(QLatin1String("deleted_by")));
    QVERIFY(lines.at(1).contains(QLatin1String("bob@example.org")));
    QVERIFY(lines.at(1).contains(QLatin1String("carol")));
}

void TestCli::listJsonValues()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));

    const CliResult users = runOn(db, {"--json", "list", "users", "--all"});
    QVERIFY2(users.exitCode == 0, qPrintable(users.describe()));
    const QJsonArray rows = users.json().array();
    QCOMPARE(rows.size(), 4);
    const QJsonObject alice = rows.at(0).toObject();
    QCOMPARE(alice.keys(), (QStringList{"deleted_at", "deleted_by", "email", "id", "name"}));
    QVERIFY(alice.value("id").isDouble());
    QCOMPARE(alice.value("id").toInteger(), 1);
    QCOMPARE(alice.value("email").toString(), QStringLiteral("alice@example.org"));
    QVERIFY(alice.value("deleted_at").isNull());
    QVERIFY(rows.at(3).toObject().value("name").isNull());
    const QJsonObject bob = rows.at(1).toObject();
    QVERIFY(bob.value("deleted_at").isString());
    const QDateTime deletedAt = QDateTime::fromString(bob.value("deleted_at").toString(),
                                                      Qt::ISODateWithMs);
    QVERIFY2(deletedAt.isValid(), qPrintable(bob.value("deleted_at").toString()));
    QCOMPARE(deletedAt.date(), QDate(2024, 1, 2));
    if (backend == QLatin1String("postgresql")) // timestamptz: an instant, given in UTC
        QVERIFY(bob.value("deleted_at").toString().endsWith(QLatin1Char('Z')));

    const CliResult orders = runOn(db, {"--json", "list", "orders", "--all"});
    QVERIFY2(orders.exitCode == 0, qPrintable(orders.describe()));
    const QJsonArray orderRows = orders.json().array();
    QCOMPARE(orderRows.size(), 2);
    QVERIFY(orderRows.at(0).toObject().value("is_deleted").isBool());
    QCOMPARE(orderRows.at(0).toObject().value("is_deleted").toBool(), false);
    QCOMPARE(orderRows.at(1).toObject().value("is_deleted").toBool(), true);
    QVERIFY(orderRows.at(0).toObject().value("total").isDouble());
    QCOMPARE(orderRows.at(0).toObject().value("total").toDouble(), 12.5);
}

void TestCli::unknownTable()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const QString before = db.dump("users", "id");

    for (const QStringList &arguments : {QStringList{"list", "nosuchtable"},
                                         QStringList{"--actor", "a", "trash", "nosuch", "1"},
                                         QStringList{"list", "\"users \""}}) {
        const CliResult result = runOn(db, arguments);
        QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
        QVERIFY2(result.errText().contains(QLatin1String("no such table")),
                 qPrintable(result.describe()));
    }
    // A malformed name is a usage error.
    const CliResult malformed = runOn(db, {"list", "\"unbalanced"});
    QVERIFY2(malformed.exitCode == 2, qPrintable(malformed.describe()));
    QCOMPARE(db.dump("users", "id"), before);
}

void TestCli::trashAndRestore()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));

    // The first change creates the audit table and says so.
    const CliResult trashed = runOn(db,
                                    {"--reason", "ticket 42", "--json", "trash", "users", "1", "4"},
                                    "support@example.org");
    QVERIFY2(trashed.exitCode == 0, qPrintable(trashed.describe()));
    QVERIFY2(trashed.errText().contains(QLatin1String("created audit table salvage_audit")),
             qPrintable(trashed.describe()));
    const QJsonObject operation = trashed.json().object();
    QCOMPARE(operation.value("rows").toInt(), 2);
    const QString operationId = operation.value("operation_id").toString();
    QVERIFY(!operationId.isEmpty());

    const CliResult trash = runOn(db, {"--json", "list", "users", "--trash"});
    QCOMPARE(idsOf(trash.json().array()).join(','), QStringLiteral("1,2,3,4"));
    QCOMPARE(trash.json().array().at(0).toObject().value("deleted_by").toString(),
             QStringLiteral("support@example.org"));
    QVERIFY(trash.json().array().at(0).toObject().value("deleted_at").isString());

    // Human output: one line, no note about the audit table any more.
    const CliResult restored = runOn(db, {"restore", "users", "1"}, "support@example.org");
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    QVERIFY(!restored.errText().contains(QLatin1String("created audit table")));
    QCOMPARE(QString::fromUtf8(restored.out).count('\n'), 1);
    QVERIFY(restored.out.contains("users"));

    const CliResult active = runOn(db, {"--json", "list", "users"});
    QCOMPARE(idsOf(active.json().array()).join(','), QStringLiteral("1"));
    QVERIFY(active.json().array().at(0).toObject().value("deleted_by").isNull());

    // Restoring an active row is refused and changes nothing, the other row included.
    const QString before = db.dump("users", "id");
    const CliResult refused = runOn(db, {"restore", "users", "1", "4"}, "support");
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains(QLatin1String("1")), qPrintable(refused.describe()));
    QCOMPARE(db.dump("users", "id"), before);

    // A flag table, through the same commands.
    const CliResult flag = runOn(db, {"--json", "restore", "orders", "11"}, "support");
    QVERIFY2(flag.exitCode == 0, qPrintable(flag.describe()));
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM orders WHERE is_deleted").toInt(), 0);

    // Audit: one entry per row, newest first, the operation id shared.
    const CliResult audit = runOn(db, {"--json", "audit"});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
    const QJsonArray entries = audit.json().array();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).toObject().value("action").toString(), QStringLiteral("restore"));
    QCOMPARE(entries.at(3).toObject().value("action").toString(), QStringLiteral("trash"));
    QCOMPARE(entries.at(3).toObject().value("operation_id").toString(), operationId);
    QCOMPARE(entries.at(3).toObject().value("reason").toString(), QStringLiteral("ticket 42"));
    QCOMPARE(entries.at(3).toObject().value("actor").toString(),
             QStringLiteral("support@example.org"));
    QVERIFY(entries.at(3).toObject().value("row_key").isObject());
}

void TestCli::missingActor()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const QString before = db.dump("users", "id");

    const CliResult refused = runOn(db, {"trash", "users", "1"});
    QVERIFY2(refused.exitCode == 2, qPrintable(refused.describe()));
    QVERIFY(refused.errText().contains(QLatin1String("SALVAGE_ACTOR")));
    QCOMPARE(db.dump("users", "id"), before);

    // SALVAGE_ACTOR stands in for --actor.
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("SALVAGE_ACTOR"), QStringLiteral("cron"));
    if (db.url().backend == Salvage::Backend::PostgreSQL)
        environment.insert(QStringLiteral("PGPASSWORD"), db.url().password);
    const CliResult done = run({"--db", dbArgument(db), "trash", "users", "1"}, environment);
    QVERIFY2(done.exitCode == 0, qPrintable(done.describe()));
    QCOMPARE(db.scalar("SELECT deleted_by FROM users WHERE id = 1").toString(),
             QStringLiteral("cron"));
}

void TestCli::purge()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const QString before = db.dump("users", "id");

    // Without --yes: a usage error, nothing changed.
    const CliResult unconfirmed = runOn(db, {"purge", "users", "3"}, "admin");
    QVERIFY2(unconfirmed.exitCode == 2, qPrintable(unconfirmed.describe()));
    QVERIFY(unconfirmed.errText().contains(QLatin1String("--yes")));
    QCOMPARE(db.dump("users", "id"), before);

    // An active row is never purged.
    const CliResult active = runOn(db, {"purge", "users", "1", "--yes"}, "admin");
    QVERIFY2(active.exitCode == 1, qPrintable(active.describe()));
    QCOMPARE(db.dump("users", "id"), before);

    // Bob (2) is trashed but order 10 still refers to him: refused, naming the table.
    const CliResult referenced = runOn(db, {"purge", "users", "2", "3", "--yes"}, "admin");
    QVERIFY2(referenced.exitCode == 1, qPrintable(referenced.describe()));
    QVERIFY2(referenced.errText().contains(QLatin1String("orders")),
             qPrintable(referenced.describe()));
    QCOMPARE(db.dump("users", "id"), before);
    QCOMPARE(db.dump("orders", "id").isEmpty(), false);

    const CliResult purged = runOn(db, {"--json", "purge", "users", "3", "--yes"}, "admin");
    QVERIFY2(purged.exitCode == 0, qPrintable(purged.describe()));
    QCOMPARE(purged.json().object().value("rows").toInt(), 1);
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM users WHERE id = 3").toInt(), 0);
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM users").toInt(), 3);

    const CliResult audit = runOn(db, {"--json", "audit"});
    QCOMPARE(audit.json().array().size(), 1);
    QCOMPARE(audit.json().array().at(0).toObject().value("action").toString(),
             QStringLiteral("purge"));
}

void TestCli::compositeKey()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));

    const CliResult trashed = runOn(db,
                                    {"--json", "trash", "memberships", "group_id=2,user_id=1"},
                                    "admin");
    QVERIFY2(trashed.exitCode == 0, qPrintable(trashed.describe()));
    QCOMPARE(trashed.json().object().value("rows").toInt(), 1);
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM memberships WHERE deleted_at IS NOT NULL").toInt(), 2);

    // Column order does not matter.
    const CliResult restored = runOn(db,
                                     {"restore", "memberships", "user_id=1,group_id=2"},
                                     "admin");
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));

    const QString before = db.dump("memberships", "group_id, user_id");
    for (const QString &badKey : {QStringLiteral("group_id=2"),
                                  QStringLiteral("2"),
                                  QStringLiteral("group_id=2,user_id=1,group_id=3"),
                                  QStringLiteral("group_id=2,nope=1")}) {
        const CliResult bad = runOn(db, {"trash", "memberships", badKey}, "admin");
        QVERIFY2(bad.exitCode == 2, qPrintable(badKey + '\n' + bad.describe()));
    }
    QCOMPARE(db.dump("memberships", "group_id, user_id"), before);

    const CliResult purged = runOn(db,
                                   {"purge", "memberships", "group_id=1,user_id=2", "--yes"},
                                   "admin");
    QVERIFY2(purged.exitCode == 0, qPrintable(purged.describe()));
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM memberships").toInt(), 2);

    const CliResult audit = runOn(db, {"--json", "audit", "--table", "memberships"});
    const QJsonObject key = audit.json().array().at(0).toObject().value("row_key").toObject();
    QCOMPARE(key.value("group_id").toInteger(), 1);
    QCOMPARE(key.value("user_id").toInteger(), 2);
}

void TestCli::readOnlyTables()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const QString settingsBefore = db.dump("settings", "key");

    // Browsable...
    const CliResult logLines = runOn(db, {"--json", "list", "log_lines"});
    QVERIFY2(logLines.exitCode == 0, qPrintable(logLines.describe()));
    QCOMPARE(logLines.json().array().size(), 1);

    // ...but not changeable, with the reason.
    const CliResult noKey = runOn(db, {"trash", "log_lines", "hello"}, "admin");
    QVERIFY2(noKey.exitCode == 1, qPrintable(noKey.describe()));
    const CliResult noConvention = runOn(db, {"trash", "settings", "theme"}, "admin");
    QVERIFY2(noConvention.exitCode == 1, qPrintable(noConvention.describe()));
    QCOMPARE(db.dump("settings", "key"), settingsBefore);

    // A table that is not soft-deletable has no trash to list.
    const CliResult trash = runOn(db, {"list", "settings", "--trash"});
    QVERIFY2(trash.exitCode == 1, qPrintable(trash.describe()));
}

void TestCli::hostileName()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const QualifiedName table{backend == QLatin1String("postgresql") ? QStringLiteral("public")
                                                                     : QString(),
                              QStringLiteral("we\"ird.na;me ")};

    const CliResult listed = runOn(db, {"--json", "list", hostileTable, "--all"});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QCOMPARE(idsOf(listed.json().array()).join(','), QStringLiteral("1,2"));
    QCOMPARE(listed.json().array().at(0).toObject().value("sel\"ect").toString(),
             QStringLiteral("x"));

    const CliResult trashed = runOn(db, {"--json", "trash", hostileTable, "1"}, "admin");
    QVERIFY2(trashed.exitCode == 0, qPrintable(trashed.describe()));
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM " + table.quoted() + " WHERE deleted_at IS NULL")
                 .toInt(),
             0);

    const CliResult audit = runOn(db, {"--json", "audit", "--table", hostileTable});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
    QCOMPARE(audit.json().array().size(), 1);

    // The name as `tables` prints it is accepted back.
    const CliResult tables = runOn(db, {"--json", "tables"});
    const QString printed
        = findByName(tables.json().array(), "table", "we\"ird.na;me ").value("name").toString();
    const CliResult again = runOn(db, {"--json", "list", printed, "--trash"});
    QVERIFY2(again.exitCode == 0, qPrintable(printed + '\n' + again.describe()));
    QCOMPARE(idsOf(again.json().array()).join(','), QStringLiteral("1,2"));
}

void TestCli::schemaQualifiedName()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is not among SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db,
                          QStringLiteral("postgresql"),
                          schemaScript(QStringLiteral("postgresql")));
    const QualifiedName table{QStringLiteral("we.ird"), QStringLiteral("a\"b")};

    const CliResult listed = runOn(db, {"--json", "list", qualifiedPgTable});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QCOMPARE(idsOf(listed.json().array()).join(','), QStringLiteral("1,2"));

    const CliResult trashed = runOn(db, {"--json", "trash", qualifiedPgTable, "2"}, "admin");
    QVERIFY2(trashed.exitCode == 0, qPrintable(trashed.describe()));
    QCOMPARE(trashed.json().object().value("rows").toInt(), 1);
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM " + table.quoted() + " WHERE deleted_at IS NULL")
                 .toInt(),
             1);

    // Schema-qualified public tables work too, as does the unqualified name.
    const CliResult publicUsers = runOn(db, {"--json", "list", "public.users"});
    QCOMPARE(idsOf(publicUsers.json().array()).join(','), QStringLiteral("1,4"));

    const CliResult audit = runOn(db, {"--json", "audit", "--table", qualifiedPgTable});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
    QCOMPARE(audit.json().array().size(), 1);
    const CliResult wrongSchema = runOn(db, {"list", "\"we.ird\".users"});
    QCOMPARE(wrongSchema.exitCode, 1);
}

void TestCli::audit()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));

    // Before the first change there is no audit table: an empty log, not an error.
    const CliResult empty = runOn(db, {"--json", "audit"});
    QVERIFY2(empty.exitCode == 0, qPrintable(empty.describe()));
    QVERIFY(empty.json().isArray());
    QCOMPARE(empty.json().array().size(), 0);

    QCOMPARE(runOn(db, {"trash", "users", "1", "4"}, "alice").exitCode, 0);
    QCOMPARE(runOn(db, {"trash", "orders", "10"}, "bob").exitCode, 0);
    QCOMPARE(runOn(db, {"restore", "users", "4"}, "alice").exitCode, 0);

    auto entries = [&](const QStringList &arguments) {
        const CliResult result = runOn(db, QStringList{"--json", "audit"} + arguments);
        if (result.exitCode != 0)
            qWarning().noquote() << result.describe();
        return result.json().array();
    };
    QCOMPARE(entries({}).size(), 4);
    QCOMPARE(entries({"--limit", "2"}).size(), 2);
    const QJsonArray orders = entries({"--table", "orders"});
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.at(0).toObject().value("actor").toString(), QStringLiteral("bob"));
    QCOMPARE(orders.at(0).toObject().value("row_key").toObject().value("id").toInteger(), 10);
    const QJsonArray users = entries({"--table", "users"});
    QCOMPARE(users.size(), 3);
    for (const QJsonValue entry : users) {
        const QJsonObject object = entry.toObject();
        QVERIFY(object.value("table_name").toString().endsWith(QLatin1String("users")));
        QVERIFY(!object.value("operation_id").toString().isEmpty());
        QVERIFY(QDateTime::fromString(object.value("occurred_at").toString(), Qt::ISODateWithMs)
                    .isValid());
    }
    QCOMPARE(users.at(0).toObject().value("action").toString(), QStringLiteral("restore"));
    QCOMPARE(entries({"--table", "settings"}).size(), 0);

    const CliResult text = runOn(db, {"audit", "--table", "orders"});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    const QStringList lines = QString::fromUtf8(text.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(QLatin1String("bob")));
    QVERIFY(lines.at(1).contains(QLatin1String("trash")));
}

void TestCli::auditTableCannotBeCreated()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is not among SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db,
                          QStringLiteral("postgresql"),
                          schemaScript(QStringLiteral("postgresql")));
    // PostgreSQL 15: PUBLIC may not create in schema public; this role may only update users.
    const Salvage::ConnectionUrl url
        = db.urlForNewRole(QStringLiteral("clerk"),
                           QStringLiteral("clerk-pw"),
                           {QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
                            QStringLiteral("GRANT SELECT, UPDATE ON users TO {role}"),
                            QStringLiteral("GRANT SELECT ON orders TO {role}")});
    QVERIFY(url.isValid());
    const QString before = db.dump("users", "id");

    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), url.password);
    const CliResult result = run({"--db", url.toString(), "--actor", "clerk", "trash", "users", "1"},
                                 environment);
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY(result.errText().contains(QLatin1String("salvage_audit")));
    QVERIFY(!result.errText().contains(QLatin1String("created audit table")));
    QVERIFY(!result.err.contains("clerk-pw"));
    QCOMPARE(db.dump("users", "id"), before);
    QVERIFY(db.scalar("SELECT to_regclass('salvage_audit') IS NULL").toBool());
}

void TestCli::postgresPasswordFromEnvironmentOnly()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is not among SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db, QStringLiteral("postgresql"), QString());

    // Without PGPASSWORD (and no usable ~/.pgpass) the connection fails in words.
    const CliResult denied = run({"--db", dbArgument(db), "tables"});
    QVERIFY2(denied.exitCode == 1, qPrintable(denied.describe()));
    QVERIFY(!denied.errText().trimmed().isEmpty());

    // A ~/.pgpass file works like PGPASSWORD (libpq reads it).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString passFile = dir.filePath(QStringLiteral("pgpass"));
    QFile file(passFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("%1:%2:*:%3:%4\n")
                   .arg(db.url().host)
                   .arg(db.url().port)
                   .arg(db.url().user, db.url().password)
                   .toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("PGPASSFILE"), passFile);
    const CliResult allowed = run({"--db", dbArgument(db), "--json", "tables"}, environment);
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.describe()));
    QVERIFY(allowed.json().isArray());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
