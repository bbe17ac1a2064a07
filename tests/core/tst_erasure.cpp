#include "erasureshop.h"
#include "hostilenames.h"
#include "roles.h"
#include "snapshot.h"
#include "tablelookup.h"
#include "testdatabase.h"

#include "privacy/erasureplan.h"
#include "privacy/erasurereport.h"
#include "privacy/erasureservice.h"
#include "privacy/legalhold.h"
#include "privacy/rulestore.h"
#include "privacy/subjectfinder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace Salvage;
using Salvage::Test::findTable;
using Salvage::Test::inspectTables;
using Salvage::Test::snapshot;
using Salvage::Test::tableName;
using Salvage::Test::TestDatabase;

namespace {

bool isPg(const QString &backend)
{
    return backend == QLatin1String("postgresql");
}

const QString ticket = QStringLiteral("GDPR-2024-017");
const QString officer = QStringLiteral("privacy.officer");
const QString subjectSearch = QStringLiteral("jane.marker@example.com");

const QStringList subjectValues = Salvage::Test::erasureShopSubjectValues();
const QString otherEmail = QStringLiteral("bob.other@example.com");

// The rows SubjectFinder finds for Jane from users#1 ("table#id", sorted): hers and the rows
// that refer to them, but not Carl or Bob's order 100, which she only trashed.
const QStringList janesRows = {
    "addresses#1",
    "addresses#2",
    "order_items#20",
    "order_items#21",
    "order_items#22",
    "orders#10",
    "orders#11",
    "orders#12",
    "session_events#1",
    "session_events#2",
    "sessions#1",
    "sessions#2",
    "support_tickets#1",
    "users#1",
};

QString schemaScript(const QString &backend)
{
    return Salvage::Test::erasureShopSchema(backend);
}

const QStringList dataTableNames = Salvage::Test::erasureShopTables();

Salvage::Test::SnapshotTables dataTables()
{
    Salvage::Test::SnapshotTables tables;
    for (const QString &name : dataTableNames)
        tables << qMakePair(name, QStringLiteral("id"));
    return tables;
}

AnonymizationRule rule(const QString &backend,
                       const QString &table,
                       const QString &column,
                       RuleKind kind,
                       const QString &parameter = QString())
{
    AnonymizationRule r;
    r.table = tableName(backend, table);
    r.column = column;
    r.kind = kind;
    r.parameter = parameter;
    return r;
}

// Stored rules: users.phone, addresses.city and newsletter_subscribers.email have none (their
// suggested rules apply); users.notes is kept.
QString storeRules(Connection &connection, const QString &backend, const QList<TableInfo> &tables)
{
    RuleStore store(connection);
    DbError error;
    if (!store.ensureTables(&error))
        return error.message;
    const QList<AnonymizationRule> rules = {
        rule(backend, "users", "email", RuleKind::Email),
        rule(backend, "users", "name", RuleKind::Redact),
        rule(backend, "users", "notes", RuleKind::Keep),
        rule(backend, "addresses", "street", RuleKind::Fixed, "[removed]"),
        rule(backend, "orders", "shipping_name", RuleKind::Redact),
        rule(backend, "order_items", "gift_message", RuleKind::Null),
        rule(backend, "support_tickets", "body", RuleKind::Fixed, "[erased]"),
    };
    for (const AnonymizationRule &r : rules) {
        if (!store.saveRule(r, tables, QStringLiteral("dpo"), &error))
            return r.column + QLatin1String(": ") + error.message;
    }
    for (const char *name : {"sessions", "session_events"}) {
        if (!store.setPurgeOnErasure(tableName(backend, name), true, QStringLiteral("dpo"), &error))
            return error.message;
    }
    // The salt is made on first use: before any snapshot, so that planning changes nothing.
    if (store.salt(&error).isEmpty())
        return error.message;
    return QString();
}

QString holdRow(Connection &connection,
                const QList<TableInfo> &tables,
                const QString &table,
                const RowKey &key,
                const QString &reason)
{
    DbError error;
    LegalHolds holds(connection);
    if (!holds.hold(*findTable(tables, table), {key}, reason, QDate(), "legal", &error))
        return error.message;
    return QString();
}

// Jane's shop (schemaScript() and `extraSql`) on `backend` with the rules of storeRules().
struct Shop : Salvage::Test::InspectedDatabase
{
    explicit Shop(const QString &backend, const QString &extraSql = QString())
        : InspectedDatabase(backend, schemaScript(backend) + extraSql)
    {
        if (problem.isEmpty())
            problem = storeRules(connection, backend, tables);
    }
};

ErasurePlan makePlan(Connection &connection,
                     const QList<TableInfo> &tables,
                     const SubjectSearch &search,
                     const ErasureOptions &options,
                     QString *problem)
{
    DbError error;
    SubjectFinder finder(connection, tables);
    const QList<SubjectRow> rows = finder.find(search, &error);
    RuleStore store(connection);
    const QList<AnonymizationRule> rules = error.isError() ? QList<AnonymizationRule>()
                                                           : store.rules(&error);
    const QList<QualifiedName> purge = error.isError() ? QList<QualifiedName>()
                                                       : store.purgeOnErasure(&error);
    const QByteArray salt = error.isError() ? QByteArray() : store.salt(&error);
    const QList<Hold> holds = error.isError() ? QList<Hold>()
                                              : LegalHolds(connection).holds({}, &error);
    if (error.isError()) {
        *problem = error.message + QLatin1Char(' ') + error.driverText;
        return {};
    }
    return ErasurePlanner::plan(rows, tables, rules, purge, holds, salt, search.value, options);
}

// The plan for Jane's erasure request (subjectSearch under `ticket`), with `options` otherwise.
ErasurePlan planJane(Connection &connection,
                     const QList<TableInfo> &tables,
                     QString *problem,
                     ErasureOptions options = ErasureOptions())
{
    SubjectSearch search;
    search.value = subjectSearch;
    options.ticket = ticket;
    return makePlan(connection, tables, search, options, problem);
}

// "table#key" for each found row, sorted.
QStringList rowNames(const QList<SubjectRow> &rows)
{
    QStringList names;
    for (const SubjectRow &row : rows) {
        QStringList key;
        for (const QVariant &v : row.key)
            key << v.toString();
        names << row.table.name + QLatin1Char('#') + key.join(u',');
    }
    names.sort();
    return names;
}

const SubjectRow *foundRow(const QList<SubjectRow> &rows, const QString &table, int id)
{
    for (const SubjectRow &row : rows) {
        if (row.table.name == table && row.key.value(0).toInt() == id)
            return &row;
    }
    return nullptr;
}

QStringList pathNames(const SubjectRow &row)
{
    QStringList names;
    for (const QualifiedName &name : row.path)
        names << name.name;
    return names;
}

// Dump lines of rows whose id (first column) is at least `from`: Bob's and Carl's rows.
QStringList linesFrom(const QString &dump, int from)
{
    QStringList lines;
    const QStringList all = dump.split(u'\n', Qt::SkipEmptyParts);
    for (int i = 1; i < all.size(); ++i) {
        if (all.at(i).section(u'\t', 0, 0).toInt() >= from)
            lines << all.at(i);
    }
    return lines;
}

QString lineOf(const QString &dump, int id)
{
    const QStringList all = dump.split(u'\n', Qt::SkipEmptyParts);
    for (int i = 1; i < all.size(); ++i) {
        if (all.at(i).section(u'\t', 0, 0).toInt() == id)
            return all.at(i);
    }
    return QString();
}

QByteArray readFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem += QStringLiteral("cannot read %1: %2; ").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

// The raw bytes of the database: the SQLite file with its -wal and -journal, or the heap,
// TOAST and index files of `tables` in the PostgreSQL test cluster (after a CHECKPOINT, so
// that the files hold what the server has in memory).
QByteArray rawFiles(const TestDatabase &db, const QStringList &tables, int *files, QString *problem)
{
    QByteArray bytes;
    *files = 0;
    if (!isPg(db.backend())) {
        const QString path = db.url().path;
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            if (suffix.isEmpty() || QFile::exists(path + suffix)) {
                bytes += readFile(path + suffix, problem);
                ++*files;
            }
        }
        return bytes;
    }
    if (!db.exec(QStringLiteral("CHECKPOINT"))) {
        *problem += QStringLiteral("CHECKPOINT failed; ");
        return {};
    }
    const QString dataDir = qEnvironmentVariable("SALVAGE_TEST_PG_DIR") + QLatin1String("/data/");
    for (const QString &table : tables) {
        const QString sql = QStringLiteral(R"(
SELECT string_agg(pg_relation_filepath(r), ',') FROM (
    SELECT 'public.%1'::regclass AS r
    UNION ALL SELECT indexrelid::regclass FROM pg_index WHERE indrelid = 'public.%1'::regclass
    UNION ALL SELECT reltoastrelid::regclass FROM pg_class
        WHERE oid = 'public.%1'::regclass AND reltoastrelid <> 0
    UNION ALL SELECT i.indexrelid::regclass FROM pg_index i
        JOIN pg_class c ON i.indrelid = c.reltoastrelid WHERE c.oid = 'public.%1'::regclass
) s)")
                                .arg(table);
        const QStringList paths = db.scalar(sql).toString().split(u',', Qt::SkipEmptyParts);
        if (paths.isEmpty())
            *problem += QStringLiteral("no files for %1; ").arg(table);
        for (const QString &path : paths) {
            bytes += readFile(dataDir + path, problem);
            ++*files;
            for (int segment = 1;
                 QFile::exists(dataDir + path + QLatin1Char('.') + QString::number(segment));
                 ++segment) {
                bytes += readFile(dataDir + path + QLatin1Char('.') + QString::number(segment),
                                  problem);
            }
        }
    }
    return bytes;
}

// Every text of every table (data and Salvage's own), for value searches independent of the
// code under test.
QString everything(const TestDatabase &db)
{
    QString text;
    QStringList tables = dataTableNames;
    tables << QStringLiteral("salvage_audit") << QStringLiteral("salvage_legal_hold")
           << QStringLiteral("salvage_anonymization_rule")
           << QStringLiteral("salvage_erasure_salt");
    for (const QString &table : std::as_const(tables))
        text += db.dump(table, QStringLiteral("1")) + QLatin1Char('\n');
    return text;
}

struct Expected
{
    int anonymized = 0;
    int purged = 0;
    int held = 0;
    QStringList columns;
};

QMap<QString, Expected> expectedOutcome(bool purgeTrashed)
{
    QMap<QString, Expected> expected;
    expected[QStringLiteral("users")] = {1, 0, 0, {"email", "name", "phone"}};
    expected[QStringLiteral("addresses")] = {2, 0, 0, {"street", "city"}};
    expected[QStringLiteral("orders")] = {2, 0, 1, {"shipping_name"}};
    expected[QStringLiteral("order_items")] = {2, 0, 0, {"gift_message"}};
    expected[QStringLiteral("sessions")] = {0, 2, 0, {}};
    expected[QStringLiteral("session_events")] = {0, 2, 0, {}};
    expected[QStringLiteral("support_tickets")] = {1, 0, 0, {"body"}};
    expected[QStringLiteral("newsletter_subscribers")] = purgeTrashed
                                                             ? Expected{0, 1, 0, {}}
                                                             : Expected{1, 0, 0, {"email"}};
    return expected;
}

QJsonObject reportOf(const ErasurePlan &plan, const ErasureResult &result, const TestDatabase &db)
{
    return QJsonDocument::fromJson(ErasureReport::toJson(plan, result, db.url())).object();
}

QJsonObject reportTable(const QJsonObject &report, const QString &name)
{
    const QJsonArray tables = report.value(QStringLiteral("tables")).toArray();
    for (const QJsonValue value : tables) {
        const QString table = value.toObject().value(QStringLiteral("table")).toString();
        if (table == name || table.endsWith(QLatin1Char('.') + name))
            return value.toObject();
    }
    return {};
}

// Rows of `child`.`column` that name no row of `parent`.
int danglingReferences(const TestDatabase &db,
                       const QString &child,
                       const QString &column,
                       const QString &parent)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM %1 c WHERE c.%2 IS NOT NULL AND NOT "
                               "EXISTS (SELECT 1 FROM %3 p WHERE p.id = c.%2)")
                    .arg(child, column, parent))
        .toInt();
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

private slots:
    void findByValue_data();
    void findByValue();
    void findByRowReportsPaths_data() { TestDatabase::addBackendData(); }
    void findByRowReportsPaths();
    void findStopsAtCycles_data() { TestDatabase::addBackendData(); }
    void findStopsAtCycles();
    void hostileNames_data();
    void hostileNames();

    void erase_data();
    void erase();
    void plantedCopyRollsBack_data();
    void plantedCopyRollsBack();
    void dryRunChangesNothing_data() { TestDatabase::addBackendData(); }
    void dryRunChangesNothing();
    void heldRowKeepsItsValues_data() { TestDatabase::addBackendData(); }
    void heldRowKeepsItsValues();
    void planRefusals_data();
    void planRefusals();
    void anonymizeTrashedRow_data() { TestDatabase::addBackendData(); }
    void anonymizeTrashedRow();
    void postgresNonOwnerIsToldWhoMustVacuum();
};

void TestErasure::findByValue_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("contains");
    QTest::addColumn<QStringList>("expected"); // every row found
    QTest::addColumn<QStringList>("direct");   // "table#id:matched columns"

    QStringList withNewsletter = janesRows;
    withNewsletter << "newsletter_subscribers#1";
    withNewsletter.sort();
    for (const QString &backend : TestDatabase::backends()) {
        const auto row = [&backend](const char *tag) {
            return &(QTest::addRow("%s %s", qPrintable(backend), tag) << backend);
        };
        *row("equality ignores case")
            << "JANE.MARKER@example.COM" << false << withNewsletter
            << QStringList{"newsletter_subscribers#1:email", "users#1:email"};
        *row("equality trims the value")
            << "  jane.marker@example.com " << false << withNewsletter
            << QStringList{"newsletter_subscribers#1:email", "users#1:email"};
        *row("equality needs the whole value")
            << "marker@example" << false << QStringList() << QStringList();
        *row("contains finds free text") << "MARKER@example" << true << withNewsletter
                                         << QStringList{"newsletter_subscribers#1:email",
                                                        "support_tickets#1:body",
                                                        "users#1:email"};
        *row("a name in two tables")
            << "janet markerova" << false << janesRows
            << QStringList{"orders#10:shipping_name", "orders#11:shipping_name", "users#1:name"};
    }
}

void TestErasure::findByValue()
{
    QFETCH(QString, backend);
    QFETCH(QString, value);
    QFETCH(bool, contains);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, direct);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    const QList<TableInfo> tables = inspectTables(connection);
    SubjectSearch search;
    search.value = value;
    search.contains = contains;
    DbError error;
    int progressCalls = 0;
    const QList<SubjectRow> rows
        = SubjectFinder(connection, tables).find(search, &error, [&progressCalls](int, int) {
              ++progressCalls;
              return true;
          });
    QVERIFY2(!error.isError(), qPrintable(error.message + error.driverText));
    QVERIFY(progressCalls > 0);
    QCOMPARE(rowNames(rows), expected);
    QStringList directRows;
    for (const SubjectRow &row : rows) {
        if (row.path.size() == 1) {
            directRows << QStringLiteral("%1#%2:%3")
                              .arg(row.table.name,
                                   row.key.value(0).toString(),
                                   row.matchedColumns.join(u','));
        } else {
            QVERIFY(row.matchedColumns.isEmpty());
        }
    }
    directRows.sort();
    QCOMPARE(directRows, direct);
    // Preview values and the trash state come with each row.
    if (const SubjectRow *order = foundRow(rows, QStringLiteral("orders"), 11)) {
        QVERIFY(order->trashed);
        QCOMPARE(order->values.value(QStringLiteral("total")).toInt(), 110);
        QVERIFY(!foundRow(rows, QStringLiteral("orders"), 10)->trashed);
    }
}

void TestErasure::findByRowReportsPaths()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    const QList<TableInfo> tables = inspectTables(connection);
    SubjectSearch search;
    search.table = tableName(backend, QStringLiteral("users"));
    search.key = {1};
    DbError error;
    const QList<SubjectRow> rows = SubjectFinder(connection, tables).find(search, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message + error.driverText));
    // Carl (trashed by Jane) and Bob's order 100 (trashed by Jane) are not hers: the
    // soft-delete actor column is not followed.
    QCOMPARE(rowNames(rows), janesRows);
    const struct
    {
        const char *table;
        int id;
        QStringList path;
    } paths[] = {
        {"users", 1, {"users"}},
        {"addresses", 2, {"users", "addresses"}},
        {"orders", 11, {"users", "orders"}},
        {"order_items", 21, {"users", "orders", "order_items"}},
        {"session_events", 2, {"users", "sessions", "session_events"}},
        {"support_tickets", 1, {"users", "support_tickets"}},
    };
    for (const auto &expected : paths) {
        const SubjectRow *row = foundRow(rows, QLatin1String(expected.table), expected.id);
        QVERIFY2(row, expected.table);
        QCOMPARE(pathNames(*row), expected.path);
    }
    QVERIFY(foundRow(rows, QStringLiteral("addresses"), 2)->trashed);
    QVERIFY(!foundRow(rows, QStringLiteral("sessions"), 1)->trashed); // not soft-deletable

    // A key that names no row is an error, not an empty result.
    search.key = {999};
    SubjectFinder(connection, tables).find(search, &error);
    QCOMPARE(error.kind, DbError::Refused);
}

void TestErasure::findStopsAtCycles()
{
    QFETCH(QString, backend);
    // 1 and 2 manage each other; 3 manages itself and 4.
    SALVAGE_TEST_DATABASE(db, backend, QStringLiteral(R"(
CREATE TABLE employees (id integer PRIMARY KEY, email text,
    manager_id integer REFERENCES employees (id));
INSERT INTO employees VALUES (1, 'one@example.com', NULL);
INSERT INTO employees VALUES (2, 'two@example.com', 1);
UPDATE employees SET manager_id = 2 WHERE id = 1;
INSERT INTO employees VALUES (3, 'three@example.com', NULL);
UPDATE employees SET manager_id = 3 WHERE id = 3;
INSERT INTO employees VALUES (4, 'four@example.com', 3);
)"));
    Connection connection = db.connect();
    const QList<TableInfo> tables = inspectTables(connection);
    DbError error;
    SubjectSearch search;
    search.value = QStringLiteral("one@example.com");
    QList<SubjectRow> rows = SubjectFinder(connection, tables).find(search, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message + error.driverText));
    QCOMPARE(rowNames(rows), (QStringList{"employees#1", "employees#2"}));
    QCOMPARE(pathNames(*foundRow(rows, QStringLiteral("employees"), 2)),
             (QStringList{"employees", "employees"}));
    search.value = QStringLiteral("three@example.com");
    rows = SubjectFinder(connection, tables).find(search, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message + error.driverText));
    QCOMPARE(rowNames(rows), (QStringList{"employees#3", "employees#4"}));
}

void TestErasure::hostileNames_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("name");
    for (const QString &backend : TestDatabase::backends()) {
        for (const Salvage::Test::HostileName &hostile : Salvage::Test::hostileNames())
            QTest::addRow("%s %s", qPrintable(backend), hostile.tag) << backend << hostile.name;
    }
}

void TestErasure::hostileNames()
{
    QFETCH(QString, backend);
    QFETCH(QString, name);
    // A table, its text column and a referring table's key column all carry the name; the
    // referring table is purged on erasure, the table itself anonymized by a stored rule.
    const QString q = quoteIdentifier(name);
    SALVAGE_TEST_DATABASE(db,
                          backend,
                          QStringLiteral(R"(
CREATE TABLE %1 (id integer PRIMARY KEY, %1 text NOT NULL UNIQUE);
CREATE TABLE child (id integer PRIMARY KEY, %1 integer REFERENCES %1 (id), note text);
INSERT INTO %1 VALUES (1, 'target@example.com');
INSERT INTO %1 VALUES (2, 'other@example.com');
INSERT INTO child VALUES (1, 1, 'child of target');
INSERT INTO child VALUES (2, 2, 'child of other');
)")
                              .arg(q));
    Connection connection = db.connect();
    const QList<TableInfo> tables = inspectTables(connection);
    const TableInfo *hostile = findTable(tables, name);
    QVERIFY(hostile);
    SubjectSearch search;
    search.value = QStringLiteral("Target@Example.com");
    DbError error;
    const QList<SubjectRow> rows = SubjectFinder(connection, tables).find(search, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message + error.driverText));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).table, hostile->name);
    QCOMPARE(rows.at(0).matchedColumns, QStringList{name});
    QCOMPARE(rows.at(1).table.name, QStringLiteral("child"));
    QCOMPARE(rows.at(1).path, (QList<QualifiedName>{hostile->name, rows.at(1).table}));

    RuleStore store(connection);
    AnonymizationRule email;
    email.table = hostile->name;
    email.column = name;
    email.kind = RuleKind::Email;
    QVERIFY2(store.saveRule(email, tables, QStringLiteral("dpo"), &error),
             qPrintable(error.message));
    QVERIFY2(store.setPurgeOnErasure(rows.at(1).table, true, QStringLiteral("dpo"), &error),
             qPrintable(error.message));
    QString problem;
    ErasureOptions options;
    options.ticket = ticket;
    const ErasurePlan plan = makePlan(connection, tables, search, options, &problem);
    QVERIFY2(problem.isEmpty() && plan.refusal.isEmpty(), qPrintable(problem + plan.refusal));
    const ErasureResult result = ErasureService(connection, tables).apply(plan, officer, true);
    QVERIFY2(result.ok,
             qPrintable(result.error.message + result.error.driverText
                        + result.remainingAt.join(u';')));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 LIKE '%target%'").arg(q))
                 .toInt(),
             0);
    QCOMPARE(db.scalar(
                   QStringLiteral("SELECT count(*) FROM %1 WHERE %1 = 'other@example.com'").arg(q))
                 .toInt(),
             1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM child")).toInt(), 1);
    // The erasure's two rows, after the rule's and the purge mark's.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM salvage_audit "
                                      "WHERE action IN ('anonymize', 'purge')"))
                 .toInt(),
             2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM salvage_audit")).toInt(), 4);
}

void TestErasure::erase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("wal");
    QTest::addColumn<bool>("purgeTrashed");
    for (const QString &backend : TestDatabase::backends()) {
        for (const bool wal : {false, true}) {
            if (wal && isPg(backend))
                continue;
            for (const bool purge : {false, true}) {
                QTest::addRow("%s%s, %s",
                              qPrintable(backend),
                              wal ? " (WAL)" : "",
                              purge ? "purge unreferenced trashed rows" : "anonymize only")
                    << backend << wal << purge;
            }
        }
    }
}

void TestErasure::erase()
{
    QFETCH(QString, backend);
    QFETCH(bool, wal);
    QFETCH(bool, purgeTrashed);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    if (wal)
        QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    Connection connection = db.connect();
    DbError error;
    if (!isPg(backend)) {
        // Debian builds SQLite with secure_delete on by default: off here, so that only the
        // erasure itself can turn it on.
        QVERIFY(connection.exec(QStringLiteral("PRAGMA secure_delete = OFF"), {}, &error));
    }
    const QList<TableInfo> tables = inspectTables(connection);
    QString problem = storeRules(connection, backend, tables);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = holdRow(connection, tables, "orders", {12}, "tax audit 2024");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QMap<QString, QString> before = snapshot(db, dataTables());
    int files = 0;
    const QByteArray rawBefore = rawFiles(db, dataTableNames, &files, &problem);
    QVERIFY2(problem.isEmpty() && files > 0, qPrintable(problem));
    for (const QString &value : subjectValues) // the byte search does find values
        QVERIFY2(rawBefore.contains(value.toUtf8()), qPrintable(value));

    ErasureOptions options;
    options.purgeUnreferencedTrashed = purgeTrashed;
    const ErasurePlan plan = planJane(connection, tables, &problem, options);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(plan.refusal.isEmpty(), qPrintable(plan.refusal));
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables())); // planning changes nothing
    QCOMPARE(plan.subjectHash.size(), 64);
    // Markers are searched case-insensitively: one per value, whatever its case.
    QVERIFY(plan.markerValues.contains(QStringLiteral("jane.marker@example.com")));
    QVERIFY(!plan.markerValues.contains(QStringLiteral("Jane.Marker@Example.com")));
    QVERIFY(plan.markerValues.contains(QStringLiteral("Janet Markerova")));
    QVERIFY(plan.markerValues.contains(QStringLiteral("+49 170 5550123")));
    QVERIFY(!plan.markerValues.contains(QStringLiteral("vip"))); // kept: not a marker
    const QString users = tableName(backend, QStringLiteral("users")).display();
    const QString addresses = tableName(backend, QStringLiteral("addresses")).display();
    QVERIFY2(plan.suggestedRules.contains(users + QStringLiteral(".phone: redact (suggested)")),
             qPrintable(plan.suggestedRules.join(u'\n')));
    QVERIFY2(plan.suggestedRules.contains(addresses + QStringLiteral(".city: null (suggested)")),
             qPrintable(plan.suggestedRules.join(u'\n')));

    ErasureService service(connection, tables);
    service.setScrubbing(ScrubMode::Full); // the byte check below needs the files rewritten
    const ErasureResult result = service.apply(plan, officer, true);
    QVERIFY2(result.ok,
             qPrintable(result.error.message + QLatin1Char(' ') + result.error.driverText
                        + result.remainingAt.join(u';')));
    QVERIFY(!result.operationId.isEmpty());
    QVERIFY(!result.verification.isEmpty());
    for (const VerificationQuery &q : result.verification)
        QCOMPARE(q.hits, 0);
    if (!isPg(backend)) {
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(),
                 0);
        QSqlQuery setting(connection.database());
        QVERIFY(setting.exec(QStringLiteral("PRAGMA secure_delete")) && setting.next());
        QCOMPARE(setting.value(0).toInt(), 0); // restored
    }

    // 0 copies in the database files; Bob's email proves that the search reads real data.
    const QByteArray raw = rawFiles(db, dataTableNames, &files, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(raw.contains(otherEmail.toUtf8()));
    for (const QString &value : subjectValues) {
        QVERIFY2(raw.count(value.toUtf8()) == 0,
                 qPrintable(QStringLiteral("%1 copies of \"%2\" in the files")
                                .arg(raw.count(value.toUtf8()))
                                .arg(value)));
    }
    if (wal)
        QCOMPARE(QFileInfo(db.url().path + QStringLiteral("-wal")).size(), 0);

    // 0 hits by SQL, in every table, Salvage's own (the audit) included.
    const QString all = everything(db);
    QVERIFY(all.contains(otherEmail));
    for (const QString &value : subjectValues)
        QVERIFY2(!all.contains(value, Qt::CaseInsensitive), qPrintable(value));

    // The others and the held order stay byte-identical.
    const QMap<QString, QString> after = snapshot(db, dataTables());
    for (const QString &table : dataTableNames) {
        QCOMPARE(linesFrom(after.value(table), 100), linesFrom(before.value(table), 100));
    }
    QVERIFY(!lineOf(before.value(QStringLiteral("orders")), 12).isEmpty());
    QCOMPARE(lineOf(after.value(QStringLiteral("orders")), 12),
             lineOf(before.value(QStringLiteral("orders")), 12));
    QCOMPARE(lineOf(after.value(QStringLiteral("order_items")), 22),
             lineOf(before.value(QStringLiteral("order_items")), 22));

    // Every reference still names an existing row.
    const struct
    {
        const char *child;
        const char *column;
        const char *parent;
    } references[] = {
        {"users", "deleted_by", "users"},
        {"addresses", "user_id", "users"},
        {"orders", "user_id", "users"},
        {"orders", "deleted_by", "users"},
        {"order_items", "order_id", "orders"},
        {"sessions", "user_id", "users"},
        {"session_events", "session_id", "sessions"},
        {"support_tickets", "user_id", "users"},
    };
    for (const auto &r : references) {
        QCOMPARE(danglingReferences(db,
                                    QLatin1String(r.child),
                                    QLatin1String(r.column),
                                    QLatin1String(r.parent)),
                 0);
    }

    // Outcome, audit and report agree with what was expected.
    const QMap<QString, Expected> expected = expectedOutcome(purgeTrashed);
    int changedRows = 0;
    int purgedRows = 0;
    const QJsonObject report = reportOf(plan, result, db);
    QCOMPARE(report.value(QStringLiteral("ticket")).toString(), ticket);
    QCOMPARE(report.value(QStringLiteral("subject_hash")).toString(), plan.subjectHash);
    QCOMPARE(report.value(QStringLiteral("actor")).toString(), officer);
    QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("committed"));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const TableOutcome *outcome = nullptr;
        for (const TableOutcome &o : result.tables) {
            if (o.table.name == it.key())
                outcome = &o;
        }
        QVERIFY2(outcome, qPrintable(it.key()));
        QCOMPARE(outcome->anonymized, it->anonymized);
        QCOMPARE(outcome->purged, it->purged);
        QCOMPARE(outcome->held, it->held);
        QStringList columns = outcome->columns;
        columns.sort();
        QStringList wanted = it->columns;
        wanted.sort();
        QCOMPARE(columns, wanted);
        const QJsonObject table = reportTable(report, it.key());
        QCOMPARE(table.value(QStringLiteral("rows_anonymized")).toInt(), it->anonymized);
        QCOMPARE(table.value(QStringLiteral("rows_purged")).toInt(), it->purged);
        QCOMPARE(table.value(QStringLiteral("rows_held")).toInt(), it->held);
        QCOMPARE(table.value(QStringLiteral("columns")).toArray().size(), it->columns.size());
        changedRows += it->anonymized + it->purged;
        purgedRows += it->purged;
    }
    const QJsonObject orders = reportTable(report, QStringLiteral("orders"));
    const QJsonArray held = orders.value(QStringLiteral("held_rows")).toArray();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.at(0).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("tax audit 2024"));
    QCOMPARE(held.at(0).toObject().value(QStringLiteral("key")).toArray().at(0).toInt(), 12);
    const QJsonObject verification = report.value(QStringLiteral("verification")).toObject();
    QVERIFY(verification.value(QStringLiteral("clean")).toBool());
    QCOMPARE(verification.value(QStringLiteral("values_searched")).toInt(),
             int(plan.markerValues.size()));
    QCOMPARE(verification.value(QStringLiteral("columns")).toArray().size(),
             int(result.verification.size()));
    QVERIFY(!report.value(QStringLiteral("still_holds")).toArray().isEmpty());
    QVERIFY(!report.value(QStringLiteral("scrubbing")).toString().isEmpty());
    const QString reportText = QString::fromUtf8(ErasureReport::toJson(plan, result, db.url()));
    // Which database, never who connected or with what password.
    const QJsonObject database = report.value(QStringLiteral("database")).toObject();
    QCOMPARE(database.value(QStringLiteral("backend")).toString(),
             isPg(backend) ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    QCOMPARE(database.value(QStringLiteral("name")).toString(),
             isPg(backend) ? db.url().database : QFileInfo(db.url().path).absoluteFilePath());
    QVERIFY(!database.contains(QLatin1String("user")));
    QVERIFY(!database.contains(QLatin1String("password")));
    for (const QString &value : subjectValues)
        QVERIFY2(!reportText.contains(value, Qt::CaseInsensitive), qPrintable(value));

    const QString operation
        = QStringLiteral(" FROM salvage_audit WHERE operation_id = '%1'").arg(result.operationId);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*)") + operation).toInt(), changedRows);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT table_name || row_key)") + operation)
                 .toInt(),
             changedRows);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*)") + operation
                       + QStringLiteral(" AND action = 'purge'"))
                 .toInt(),
             purgedRows);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*)") + operation
                       + QStringLiteral(" AND action = 'anonymize'"))
                 .toInt(),
             changedRows - purgedRows);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*)") + operation
                       + QStringLiteral(" AND details LIKE '%%1%' AND details LIKE '%%2%'")
                             .arg(ticket, plan.subjectHash))
                 .toInt(),
             changedRows);
    QCOMPARE(db.scalar(QStringLiteral("SELECT details") + operation
                       + QStringLiteral(" AND table_name = '%1'").arg(users))
                 .toString(),
             QStringLiteral(R"({"columns":["email","name","phone"],"subject":"%1","ticket":"%2"})")
                 .arg(plan.subjectHash, ticket));
}

void TestErasure::plantedCopyRollsBack_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("plant");     // SQL that leaves a copy where no rule reaches
    QTest::addColumn<QString>("remaining"); // "table.column" the report must name
    for (const QString &backend : TestDatabase::backends()) {
        QTest::addRow("%s column kept by rule", qPrintable(backend))
            << backend
            << "UPDATE users SET notes = 'call Jane.Marker@Example.com after 5' WHERE id = 1;"
            << "users.notes";
        QTest::addRow("%s table no rule covers", qPrintable(backend))
            << backend
            << "CREATE TABLE import_log (id integer PRIMARY KEY, line text);\n"
               "INSERT INTO import_log VALUES (7, 'imported JANET MARKEROVA from crm');"
            << "import_log.line";
        QTest::addRow("%s short value elsewhere as a whole", qPrintable(backend))
            << backend
            << "CREATE TABLE aliases (id integer PRIMARY KEY, alias text);\n"
               "UPDATE users SET name = 'Ann' WHERE id = 1;\n"
               "INSERT INTO aliases VALUES (3, 'Annabel');\n"
               "INSERT INTO aliases VALUES (4, 'ann');"
            << "aliases.alias";
    }
}

void TestErasure::plantedCopyRollsBack()
{
    QFETCH(QString, backend);
    QFETCH(QString, plant);
    QFETCH(QString, remaining);
    Shop shop(backend, plant);
    QVERIFY2(shop.problem.isEmpty(), qPrintable(shop.problem));
    Salvage::Test::SnapshotTables snapshotTables = dataTables();
    snapshotTables << qMakePair(remaining.section(u'.', 0, 0), QStringLiteral("id"));
    const QMap<QString, QString> before = snapshot(shop.db, snapshotTables);

    QString problem;
    ErasureOptions options;
    options.purgeUnreferencedTrashed = true;
    const ErasurePlan plan = planJane(shop.connection, shop.tables, &problem, options);
    QVERIFY2(problem.isEmpty() && plan.refusal.isEmpty(), qPrintable(problem + plan.refusal));
    const ErasureResult result
        = ErasureService(shop.connection, shop.tables).apply(plan, officer, true);
    QVERIFY(!result.ok);
    QVERIFY(result.operationId.isEmpty());
    QVERIFY2(!result.remainingAt.isEmpty(), qPrintable(result.error.message));
    const QString place = tableName(backend, remaining.section(u'.', 0, 0)).display()
                          + QLatin1Char('.') + remaining.section(u'.', 1);
    QVERIFY2(result.remainingAt.first().startsWith(place),
             qPrintable(result.remainingAt.join(u';')));
    QVERIFY2(result.error.message.contains(place), qPrintable(result.error.message));
    qint64 hits = 0;
    for (const VerificationQuery &q : result.verification)
        hits += q.hits;
    QCOMPARE(hits, qint64(1)); // "Annabel" is no copy of "Ann"; "ann" is
    COMPARE_SNAPSHOTS(before, snapshot(shop.db, snapshotTables));
    const QJsonObject report = reportOf(plan, result, shop.db);
    QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("not applied"));
    QVERIFY(!report.value(QStringLiteral("verification"))
                 .toObject()
                 .value(QStringLiteral("clean"))
                 .toBool());
    QCOMPARE(report.value(QStringLiteral("verification"))
                 .toObject()
                 .value(QStringLiteral("remaining_at"))
                 .toArray()
                 .size(),
             int(result.remainingAt.size()));
}

void TestErasure::dryRunChangesNothing()
{
    QFETCH(QString, backend);
    Shop shop(backend);
    QVERIFY2(shop.problem.isEmpty(), qPrintable(shop.problem));
    const QMap<QString, QString> before = snapshot(shop.db, dataTables());
    QString problem;
    const ErasurePlan plan = planJane(shop.connection, shop.tables, &problem);
    QVERIFY2(problem.isEmpty() && plan.refusal.isEmpty(), qPrintable(problem + plan.refusal));
    const QJsonObject report = reportOf(plan, ErasureResult(), shop.db);
    COMPARE_SNAPSHOTS(before, snapshot(shop.db, dataTables()));
    QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("dry run"));
    const QJsonObject users = reportTable(report, QStringLiteral("users"));
    QCOMPARE(users.value(QStringLiteral("planned"))
                 .toObject()
                 .value(QStringLiteral("anonymize"))
                 .toInt(),
             1);
    QCOMPARE(users.value(QStringLiteral("rows_anonymized")).toInt(), 0);
    QCOMPARE(reportTable(report, QStringLiteral("sessions"))
                 .value(QStringLiteral("planned"))
                 .toObject()
                 .value(QStringLiteral("purge"))
                 .toInt(),
             2);
    // The preview shows each change; anonymized values are the rules' results.
    for (const PlannedRow &row : plan.rows) {
        if (row.row.table.name != QLatin1String("users"))
            continue;
        QCOMPARE(row.action, PlannedRow::Action::Anonymize);
        for (const PlannedChange &change : row.changes) {
            if (change.column == QLatin1String("email")) {
                QCOMPARE(change.before.toString(), QStringLiteral("Jane.Marker@Example.com"));
                QVERIFY(change.after.toString().endsWith(QLatin1String("@erased.invalid")));
                QVERIFY(!change.suggested);
            }
            if (change.column == QLatin1String("phone"))
                QVERIFY(change.suggested);
        }
    }
}

void TestErasure::heldRowKeepsItsValues()
{
    QFETCH(QString, backend);
    Shop shop(backend);
    QVERIFY2(shop.problem.isEmpty(), qPrintable(shop.problem));
    // The held ticket holds the email itself: the verification leaves held rows out.
    QString problem = holdRow(shop.connection, shop.tables, "support_tickets", {1}, "court case 7");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString ticketBefore
        = lineOf(shop.db.dump(QStringLiteral("support_tickets"), QStringLiteral("id")), 1);
    const ErasurePlan plan = planJane(shop.connection, shop.tables, &problem);
    QVERIFY2(problem.isEmpty() && plan.refusal.isEmpty(), qPrintable(problem + plan.refusal));
    QCOMPARE(plan.count(PlannedRow::Action::KeepHeld), 1);
    const ErasureResult result
        = ErasureService(shop.connection, shop.tables).apply(plan, officer, true);
    QVERIFY2(result.ok, qPrintable(result.error.message + result.remainingAt.join(u';')));
    QCOMPARE(lineOf(shop.db.dump(QStringLiteral("support_tickets"), QStringLiteral("id")), 1),
             ticketBefore);
    QVERIFY(ticketBefore.contains(QLatin1String("Jane.Marker@Example.com")));
    QCOMPARE(shop.db.scalar("SELECT count(*) FROM users WHERE email LIKE '%arker%'").toInt(), 0);
    const QJsonObject report = reportOf(plan, result, shop.db);
    const QJsonObject tickets = reportTable(report, QStringLiteral("support_tickets"));
    QCOMPARE(tickets.value(QStringLiteral("rows_held")).toInt(), 1);
    QCOMPARE(tickets.value(QStringLiteral("rows_anonymized")).toInt(), 0);
    QCOMPARE(tickets.value(QStringLiteral("held_rows"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("court case 7"));
}

void TestErasure::planRefusals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("extra"); // more schema
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("named"); // what the refusal must name
    for (const QString &backend : TestDatabase::backends()) {
        QTest::addRow("%s table without primary key", qPrintable(backend))
            << backend
            << "CREATE TABLE legacy_contacts (email text, note text);\n"
               "INSERT INTO legacy_contacts VALUES ('jane.marker@example.com', 'x');"
            << false << "legacy_contacts";
        QTest::addRow("%s strict without stored rule", qPrintable(backend))
            << backend << QString() << true << "users.phone";
        QTest::addRow("%s matching column without rule", qPrintable(backend))
            << backend
            << "CREATE TABLE contacts (id integer PRIMARY KEY, handle text);\n"
               "INSERT INTO contacts VALUES (5, 'jane.marker@example.com');"
            << false << "contacts.handle";
    }
}

void TestErasure::planRefusals()
{
    QFETCH(QString, backend);
    QFETCH(QString, extra);
    QFETCH(bool, strict);
    QFETCH(QString, named);
    Shop shop(backend, extra);
    QVERIFY2(shop.problem.isEmpty(), qPrintable(shop.problem));
    const QMap<QString, QString> before = snapshot(shop.db, dataTables());
    QString problem;
    ErasureOptions options;
    options.strict = strict;
    const ErasurePlan plan = planJane(shop.connection, shop.tables, &problem, options);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(plan.refusal.contains(named), qPrintable(plan.refusal));
    const ErasureResult result
        = ErasureService(shop.connection, shop.tables).apply(plan, officer, true);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.message, plan.refusal);
    COMPARE_SNAPSHOTS(before, snapshot(shop.db, dataTables()));
}

void TestErasure::anonymizeTrashedRow()
{
    QFETCH(QString, backend);
    Shop shop(backend);
    QVERIFY2(shop.problem.isEmpty(), qPrintable(shop.problem));
    const QString problem = holdRow(shop.connection, shop.tables, "orders", {12}, "tax audit 2024");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const TestDatabase &db = shop.db;
    const QString ordersBefore = db.dump(QStringLiteral("orders"), QStringLiteral("id"));
    const int auditBefore = db.scalar(QStringLiteral("SELECT count(*) FROM salvage_audit")).toInt();
    const TableInfo &orders = *findTable(shop.tables, QStringLiteral("orders"));
    ErasureService service(shop.connection, shop.tables);

    // On legal hold: refused, nothing changes.
    ErasureResult result = service.anonymizeRows(orders, {{12}}, QStringLiteral("support"), true);
    QVERIFY(!result.ok);
    QCOMPARE(db.dump(QStringLiteral("orders"), QStringLiteral("id")), ordersBefore);

    result = service.anonymizeRows(orders, {{11}}, QStringLiteral("support"), true);
    QVERIFY2(result.ok, qPrintable(result.error.message + result.error.driverText));
    QCOMPARE(result.tables.size(), 1);
    QCOMPARE(result.tables.first().anonymized, 1);
    QCOMPARE(result.tables.first().columns, QStringList{QStringLiteral("shipping_name")});
    QCOMPARE(db.scalar(QStringLiteral("SELECT shipping_name FROM orders WHERE id = 11")).toString(),
             QStringLiteral("J**** M********"));
    const QString ordersAfter = db.dump(QStringLiteral("orders"), QStringLiteral("id"));
    for (int id : {10, 12, 100})
        QCOMPARE(lineOf(ordersAfter, id), lineOf(ordersBefore, id));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM salvage_audit")).toInt(),
             auditBefore + 1);
    const QString operation
        = QStringLiteral(" FROM salvage_audit WHERE operation_id = '%1'").arg(result.operationId);
    QCOMPARE(db.scalar(QStringLiteral("SELECT action") + operation).toString(),
             QStringLiteral("anonymize"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT row_key") + operation).toString(),
             QStringLiteral(R"({"id":11})"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT actor") + operation).toString(),
             QStringLiteral("support"));
    const QJsonObject details
        = QJsonDocument::fromJson(
              db.scalar(QStringLiteral("SELECT details") + operation).toString().toUtf8())
              .object();
    QCOMPARE(details.value(QStringLiteral("columns")).toArray(),
             QJsonArray{QStringLiteral("shipping_name")});
}

void TestErasure::postgresNonOwnerIsToldWhoMustVacuum()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    const QString backend = QStringLiteral("postgresql");
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    {
        Connection owner = db.connect();
        const QList<TableInfo> tables = inspectTables(owner);
        QString problem = storeRules(owner, backend, tables);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = holdRow(owner, tables, "orders", {12}, "tax");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // May change every row, but owns no table: VACUUM would skip them with a mere warning.
    QString problem;
    Connection connection = Salvage::Test::connectAsNewRole(db,
                                                            QStringLiteral("officer"),
                                                            Salvage::Test::rowEditorGrants(),
                                                            &problem);
    QVERIFY2(connection.isOpen(), qPrintable(problem));
    const QList<TableInfo> tables = inspectTables(connection);
    const ErasurePlan plan = planJane(connection, tables, &problem);
    QVERIFY2(problem.isEmpty() && plan.refusal.isEmpty(), qPrintable(problem + plan.refusal));
    const ErasureResult result = ErasureService(connection, tables).apply(plan, officer, false);
    QVERIFY2(result.ok, qPrintable(result.error.message + result.error.driverText));
    QVERIFY2(!result.scrubbing.contains(QLatin1String("VACUUM FULL rewrote")),
             qPrintable(result.scrubbing));
    const QString owner = db.url().user;
    const QString stillHolds = result.stillHolds.join(u'\n');
    QVERIFY2(stillHolds.contains(QStringLiteral("may not VACUUM"))
                 && stillHolds.contains(QStringLiteral("(owner: %1)").arg(owner)),
             qPrintable(stillHolds));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE email LIKE '%arker%'"))
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
