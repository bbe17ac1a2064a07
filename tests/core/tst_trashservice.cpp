#include "roles.h"
#include "snapshot.h"
#include "testdatabase.h"

#include "schema/schemainspector.h"
#include "trash/auditlog.h"
#include "trash/trashservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <ctime>

using namespace Salvage;
using Salvage::Test::TestDatabase;
using Salvage::Test::auditTableExists;
using Salvage::Test::snapshot;

Q_DECLARE_METATYPE(Salvage::Operation)

namespace {

bool isPg(const QString &backend)
{
    return backend == QLatin1String("postgresql");
}

// users.deleted_by is a foreign key to users (actor picked by id or email); notes has a free
// text actor; line_items has a boolean flag and a composite key declared in a different order
// than its columns; log_lines has no primary key.
QString schemaScript(const QString &backend)
{
    const bool pg = isPg(backend);
    const QString ts = pg ? QStringLiteral("timestamptz") : QStringLiteral("TIMESTAMP");
    const QString old = pg ? QStringLiteral("'2024-01-02 03:04:05+00'")
                           : QStringLiteral("'2024-01-02 03:04:05'");
    const QString yes = pg ? QStringLiteral("true") : QStringLiteral("1");
    const QString no = pg ? QStringLiteral("false") : QStringLiteral("0");
    QString script = QStringLiteral(R"(
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL UNIQUE, name text,
    deleted_at TS, deleted_by integer REFERENCES users (id));
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer REFERENCES users (id),
    total integer, deleted_at TS, deleted_by integer REFERENCES users (id));
CREATE TABLE line_items (line_no integer NOT NULL, order_id integer NOT NULL, sku text,
    is_deleted boolean NOT NULL DEFAULT NO, deleted_by text,
    PRIMARY KEY (order_id, line_no));
CREATE TABLE notes (id integer PRIMARY KEY, body text, deleted_at TS, deleted_by text);
CREATE TABLE log_lines (id integer, body text, deleted_at TS);
INSERT INTO users VALUES (1, 'alice@example.com', 'Alice', NULL, NULL);
INSERT INTO users VALUES (2, 'bob@example.com', 'Bob', OLD, 1);
INSERT INTO users VALUES (3, 'carol@example.com', 'Carol', OLD, 1);
INSERT INTO users VALUES (4, 'dave@example.com', 'Dave', NULL, NULL);
INSERT INTO orders VALUES (10, 3, 100, NULL, NULL);
INSERT INTO orders VALUES (11, 1, 110, OLD, 4);
INSERT INTO orders VALUES (12, 1, 120, NULL, NULL);
INSERT INTO orders VALUES (13, 4, 130, OLD, 1);
INSERT INTO orders VALUES (14, 3, 140, OLD, 1);
INSERT INTO line_items VALUES (1, 10, 'A-1', NO, NULL);
INSERT INTO line_items VALUES (2, 10, 'A-2', NO, NULL);
INSERT INTO line_items VALUES (1, 11, 'B-1', YES, 'bob');
INSERT INTO line_items VALUES (2, 11, 'B-2', YES, 'bob');
INSERT INTO line_items VALUES (1, 12, 'C-1', NO, NULL);
INSERT INTO notes VALUES (1, 'first', NULL, NULL);
INSERT INTO notes VALUES (2, 'second', NULL, NULL);
INSERT INTO notes VALUES (3, 'third', NULL, NULL);
INSERT INTO notes VALUES (4, 'fourth', OLD, 'bob');
INSERT INTO notes VALUES (5, 'fifth', OLD, 'carol');
INSERT INTO log_lines VALUES (1, 'one', NULL);
INSERT INTO log_lines VALUES (1, 'one', NULL);
)");
    script.replace(QStringLiteral("TS"), ts);
    script.replace(QStringLiteral("OLD"), old);
    script.replace(QStringLiteral("YES"), yes);
    script.replace(QStringLiteral("NO,"), no + QLatin1Char(','));
    script.replace(QStringLiteral("DEFAULT NO"), QStringLiteral("DEFAULT ") + no);
    return script;
}

const QList<QPair<QString, QString>> dataTables = {
    {QStringLiteral("users"), QStringLiteral("id")},
    {QStringLiteral("orders"), QStringLiteral("id")},
    {QStringLiteral("line_items"), QStringLiteral("order_id, line_no")},
    {QStringLiteral("notes"), QStringLiteral("id")},
    {QStringLiteral("log_lines"), QStringLiteral("id, body")},
};

TableInfo tableInfo(Connection &connection, const QString &backend, const QString &name)
{
    SchemaInspector inspector(connection);
    DbError error;
    const QualifiedName qualified{isPg(backend) ? QStringLiteral("public") : QString(), name};
    TableInfo table = inspector.table(qualified, &error);
    if (error.isError())
        qWarning().noquote() << "SchemaInspector::table" << name << error.message;
    return table;
}

OperationResult runOperation(Connection &connection,
                             const TableInfo &table,
                             Operation op,
                             const QList<RowKey> &keys,
                             const QString &actor = QStringLiteral("alice"),
                             bool createAuditTable = true)
{
    TrashService service(connection);
    OperationRequest request;
    request.operation = op;
    request.keys = keys;
    request.actor = actor;
    request.reason = QStringLiteral("ticket 42");
    request.createAuditTable = createAuditTable;
    return service.run(table, request);
}

QString keyText(const RowKey &key)
{
    QStringList parts;
    for (const QVariant &value : key)
        parts << value.toString();
    return parts.join(u',');
}

QStringList keyTexts(const QList<RowKey> &keys)
{
    QStringList texts;
    for (const RowKey &key : keys)
        texts << keyText(key);
    texts.sort();
    return texts;
}

QVariantList toVariantList(const QList<RowKey> &keys)
{
    QVariantList list;
    for (const RowKey &key : keys)
        list << QVariant(key);
    return list;
}

QList<RowKey> toKeys(const QVariantList &list)
{
    QList<RowKey> keys;
    for (const QVariant &key : list)
        keys << key.toList();
    return keys;
}

// SQL that is true when `column` holds a time within ten minutes of now.
QString isRecentSql(const QString &backend, const QString &column)
{
    if (isPg(backend))
        return QStringLiteral("abs(extract(epoch FROM now() - %1)) < 600").arg(column);
    return QStringLiteral("abs(julianday('now') - julianday(%1)) * 86400 < 600").arg(column);
}

} // namespace


class TestTrashService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void operations_data();
    void operations();
    void operationIdsAreDistinct_data();
    void operationIdsAreDistinct();
    void auditHoldsNoPersonalValues_data();
    void auditHoldsNoPersonalValues();

    void refusals_data();
    void refusals();
    void referencingRows_data();
    void referencingRows();
    void auditMissingIsRefused_data();
    void auditMissingIsRefused();
    void auditCreatedOnFirstUse_data();
    void auditCreatedOnFirstUse();

    void resolveActor_data();
    void resolveActor();
    void unknownActorChangesNothing_data();
    void unknownActorChangesNothing();

    void postgresPermissionDenied_data();
    void postgresPermissionDenied();
    void postgresRowLevelSecurity();
    void postgresAuditCreateDenied();
};

void TestTrashService::initTestCase()
{
    // Far from UTC, so that local time written as UTC (or the reverse) shows up as hours.
    qputenv("TZ", "Pacific/Auckland");
    tzset();
    QVERIFY(QDateTime::currentDateTime().offsetFromUtc() != 0);
}

void TestTrashService::operations_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("table");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QVariantList>("keys");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("afterSql"); // counts the rows in the expected state
    QTest::addColumn<int>("afterCount");
    QTest::addColumn<QString>("recentMarkerSql"); // WHERE clause; "" when not a timestamp trash

    struct Case
    {
        const char *tag;
        QString table;
        Operation operation;
        QList<RowKey> keys;
        QString actor;
        QString afterSql;
        int afterCount;
        QString recentWhere;
    };
    // clang-format off
    const QList<Case> cases = {
        {"trash single key", "notes", Operation::Trash, {{1}}, "alice",
         "SELECT count(*) FROM notes WHERE id = 1 AND deleted_at IS NOT NULL"
         " AND deleted_by = 'alice'", 1, "id = 1"},
        {"trash two single keys", "notes", Operation::Trash, {{1}, {3}}, "alice",
         "SELECT count(*) FROM notes WHERE id IN (1, 3) AND deleted_at IS NOT NULL"
         " AND deleted_by = 'alice'", 2, "id IN (1, 3)"},
        {"restore single key", "notes", Operation::Restore, {{4}}, "alice",
         "SELECT count(*) FROM notes WHERE id = 4 AND deleted_at IS NULL"
         " AND deleted_by IS NULL", 1, ""},
        {"purge single key", "notes", Operation::Purge, {{5}}, "alice",
         "SELECT count(*) FROM notes WHERE id = 5", 0, ""},
        {"purge two single keys", "notes", Operation::Purge, {{4}, {5}}, "alice",
         "SELECT count(*) FROM notes WHERE id IN (4, 5)", 0, ""},
        {"trash composite key", "line_items", Operation::Trash, {{10, 1}}, "alice",
         "SELECT count(*) FROM line_items WHERE order_id = 10 AND line_no = 1 AND is_deleted"
         " AND deleted_by = 'alice'", 1, ""},
        {"restore composite keys", "line_items", Operation::Restore, {{11, 1}, {11, 2}},
         "alice",
         "SELECT count(*) FROM line_items WHERE order_id = 11 AND NOT is_deleted"
         " AND deleted_by IS NULL", 2, ""},
        {"purge composite key", "line_items", Operation::Purge, {{11, 2}}, "alice",
         "SELECT count(*) FROM line_items WHERE order_id = 11 AND line_no = 2", 0, ""},
        {"trash with actor by email", "users", Operation::Trash, {{4}}, "alice@example.com",
         "SELECT count(*) FROM users WHERE id = 4 AND deleted_at IS NOT NULL"
         " AND deleted_by = 1", 1, "id = 4"},
        {"trash with actor by id", "orders", Operation::Trash, {{12}}, "4",
         "SELECT count(*) FROM orders WHERE id = 12 AND deleted_at IS NOT NULL"
         " AND deleted_by = 4", 1, "id = 12"},
        {"restore with foreign key actor", "orders", Operation::Restore, {{11}, {13}}, "1",
         "SELECT count(*) FROM orders WHERE id IN (11, 13) AND deleted_at IS NULL"
         " AND deleted_by IS NULL", 2, ""},
    };
    // clang-format on
    for (const QString &backend : TestDatabase::backends()) {
        for (const Case &c : cases) {
            QTest::addRow("%s: %s", qPrintable(backend), c.tag)
                << backend << c.table << c.operation << toVariantList(c.keys) << c.actor
                << c.afterSql << c.afterCount << c.recentWhere;
        }
    }
}

void TestTrashService::operations()
{
    QFETCH(QString, backend);
    QFETCH(QString, table);
    QFETCH(Operation, operation);
    QFETCH(QVariantList, keys);
    QFETCH(QString, actor);
    QFETCH(QString, afterSql);
    QFETCH(int, afterCount);
    QFETCH(QString, recentMarkerSql);
    const QList<RowKey> rowKeys = toKeys(keys);

    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    QVERIFY(connection.isOpen());
    const TableInfo info = tableInfo(connection, backend, table);
    QVERIFY(info.isWritable());
    const QMap<QString, QString> before = snapshot(db, dataTables);
    const int rowsBefore = db.scalar("SELECT count(*) FROM " + table).toInt();

    const OperationResult result = runOperation(connection, info, operation, rowKeys, actor);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.rows, rowKeys.size());
    QVERIFY(!result.operationId.isEmpty());
    QVERIFY(result.problemRows.isEmpty());
    QVERIFY(result.auditCreated);

    QCOMPARE(db.scalar(afterSql).toInt(), afterCount);
    const int rowsAfter = db.scalar("SELECT count(*) FROM " + table).toInt();
    QCOMPARE(rowsBefore - rowsAfter, operation == Operation::Purge ? rowKeys.size() : 0);
    if (!recentMarkerSql.isEmpty()) {
        QCOMPARE(db.scalar("SELECT count(*) FROM " + table + " WHERE " + recentMarkerSql + " AND "
                           + isRecentSql(backend, QStringLiteral("deleted_at")))
                     .toInt(),
                 rowKeys.size());
    }
    // Nothing else changed.
    const QMap<QString, QString> after = snapshot(db, dataTables);
    for (const auto &other : dataTables) {
        if (other.first != table)
            QCOMPARE(after.value(other.first), before.value(other.first));
    }

    // One audit row per affected row, all of this operation.
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_audit").toInt(), rowKeys.size());
    QCOMPARE(db.scalar("SELECT count(DISTINCT operation_id) FROM salvage_audit").toInt(), 1);
    AuditLog log(connection);
    DbError error;
    const QList<AuditEntry> entries = log.entries(AuditLog::Filter(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(entries.size(), rowKeys.size());
    QStringList auditedKeys;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const AuditEntry &entry : entries) {
        QCOMPARE(entry.operationId, result.operationId);
        QCOMPARE(entry.action, operationName(operation));
        QCOMPARE(entry.reason, QStringLiteral("ticket 42"));
        QVERIFY2(entry.tableName == info.name.display() || entry.tableName == info.name.name,
                 qPrintable(entry.tableName));
        if (table == QLatin1String("notes") || table == QLatin1String("line_items"))
            QCOMPARE(entry.actor, actor);
        else
            QVERIFY(!entry.actor.isEmpty());
        QVERIFY(!entry.databaseUser.isEmpty());
        if (isPg(backend))
            QCOMPARE(entry.databaseUser, db.url().user);
        QVERIFY2(!entry.osUser.isEmpty(), "the OS user is recorded");
        QVERIFY(entry.occurredAt.isValid());
        QCOMPARE(entry.occurredAt.offsetFromUtc(), 0);
        QVERIFY2(qAbs(entry.occurredAt.secsTo(now)) < 600,
                 qPrintable(entry.occurredAt.toString(Qt::ISODate) + " vs now "
                            + now.toString(Qt::ISODate)));
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(entry.rowKey.toUtf8(), &parseError);
        QVERIFY2(json.isObject(), qPrintable(entry.rowKey));
        const QJsonObject object = json.object();
        QCOMPARE(object.keys().size(), info.primaryKey.size());
        RowKey key;
        for (const QString &column : info.primaryKey) {
            QVERIFY2(object.value(column).isDouble(), qPrintable(entry.rowKey));
            key << object.value(column).toInt();
        }
        auditedKeys << keyText(key);
    }
    auditedKeys.sort();
    QCOMPARE(auditedKeys, keyTexts(rowKeys));

    // The audit's time column itself is UTC, not local time labelled as UTC.
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_audit WHERE "
                       + isRecentSql(backend, QStringLiteral("occurred_at")))
                 .toInt(),
             rowKeys.size());
}

void TestTrashService::operationIdsAreDistinct_data()
{
    TestDatabase::addBackendData();
}

void TestTrashService::operationIdsAreDistinct()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    const TableInfo notes = tableInfo(connection, backend, QStringLiteral("notes"));
    const OperationResult first = runOperation(connection, notes, Operation::Trash, {{1}, {2}});
    QVERIFY2(first.ok, qPrintable(first.error.message));
    const OperationResult second = runOperation(connection, notes, Operation::Restore, {{1}, {2}});
    QVERIFY2(second.ok, qPrintable(second.error.message));
    QVERIFY(first.operationId != second.operationId);
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_audit").toInt(), 4);
    QCOMPARE(db.scalar("SELECT count(DISTINCT operation_id) FROM salvage_audit").toInt(), 2);
    QCOMPARE(db.scalar("SELECT count(*) FROM notes WHERE deleted_at IS NULL").toInt(), 3);

    // Newest first, filterable by action.
    AuditLog log(connection);
    DbError error;
    AuditLog::Filter filter;
    filter.action = QStringLiteral("restore");
    const QList<AuditEntry> restores = log.entries(filter, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(restores.size(), 2);
    for (const AuditEntry &entry : restores)
        QCOMPARE(entry.operationId, second.operationId);
    const QList<AuditEntry> all = log.entries(AuditLog::Filter(), &error);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first().operationId, second.operationId);
    QCOMPARE(all.last().operationId, first.operationId);
}

void TestTrashService::auditHoldsNoPersonalValues_data()
{
    TestDatabase::addBackendData();
}

void TestTrashService::auditHoldsNoPersonalValues()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    const TableInfo users = tableInfo(connection, backend, QStringLiteral("users"));
    OperationResult result
        = runOperation(connection, users, Operation::Trash, {{4}}, QStringLiteral("1"));
    QVERIFY2(result.ok, qPrintable(result.error.message));
    result = runOperation(connection, users, Operation::Purge, {{2}}, QStringLiteral("1"));
    QVERIFY2(result.ok, qPrintable(result.error.message));
    const QString audit = db.dump(QStringLiteral("salvage_audit"), QStringLiteral("id"));
    QVERIFY(!audit.isEmpty());
    for (const char *personal : {"dave@example.com", "Dave", "bob@example.com", "Bob"})
        QVERIFY2(!audit.contains(QLatin1String(personal)), qPrintable(audit));
}

void TestTrashService::refusals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("table");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QVariantList>("keys");
    QTest::addColumn<QVariantList>("problemRows"); // exactly these; empty: not checked
    QTest::addColumn<QStringList>("mentions");     // words the message must contain

    struct Case
    {
        const char *tag;
        QString table;
        Operation operation;
        QList<RowKey> keys;
        QList<RowKey> problems;
        QStringList mentions;
    };
    // clang-format off
    const QList<Case> cases = {
        {"purge of an active row", "notes", Operation::Purge, {{1}}, {{1}}, {}},
        {"purge of active and trashed rows", "notes", Operation::Purge, {{4}, {2}, {5}},
         {{2}}, {}},
        {"purge of a referenced row", "users", Operation::Purge, {{3}}, {}, {"orders", "2"}},
        {"purge of a referenced row with others", "users", Operation::Purge, {{2}, {3}}, {},
         {"orders", "2"}},
        {"restore of an active row", "notes", Operation::Restore, {{1}}, {{1}}, {}},
        {"trash of a trashed row", "notes", Operation::Trash, {{4}}, {{4}}, {}},
        {"missing key", "notes", Operation::Trash, {{99}}, {{99}}, {}},
        {"missing key among existing", "notes", Operation::Trash, {{1}, {99}, {2}}, {{99}}, {}},
        {"mixed batch, one not in state", "notes", Operation::Trash, {{1}, {4}, {2}}, {{4}},
         {}},
        {"mixed restore batch", "notes", Operation::Restore, {{4}, {3}, {5}}, {{3}}, {}},
        {"mixed composite batch", "line_items", Operation::Restore, {{11, 1}, {10, 2}, {11, 2}},
         {{10, 2}}, {}},
        {"composite key in the wrong order", "line_items", Operation::Trash, {{2, 12}},
         {{2, 12}}, {}},
        {"flag trash of a trashed row", "line_items", Operation::Trash, {{11, 1}}, {{11, 1}},
         {}},
        {"table without primary key", "log_lines", Operation::Trash, {{1}}, {}, {}},
        {"purge on table without primary key", "log_lines", Operation::Purge, {{1}}, {}, {}},
        {"key with too few values", "line_items", Operation::Trash, {{10}}, {}, {}},
        {"no keys", "notes", Operation::Trash, {}, {}, {}},
    };
    // clang-format on
    for (const QString &backend : TestDatabase::backends()) {
        for (const Case &c : cases) {
            QTest::addRow("%s: %s", qPrintable(backend), c.tag)
                << backend << c.table << c.operation << toVariantList(c.keys)
                << toVariantList(c.problems) << c.mentions;
        }
    }
}

void TestTrashService::refusals()
{
    QFETCH(QString, backend);
    QFETCH(QString, table);
    QFETCH(Operation, operation);
    QFETCH(QVariantList, keys);
    QFETCH(QVariantList, problemRows);
    QFETCH(QStringList, mentions);

    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    QVERIFY(connection.isOpen());
    {
        AuditLog log(connection);
        DbError error;
        QVERIFY2(log.create(&error), qPrintable(error.message));
    }
    // An earlier operation, so the audit table has content that must survive unchanged.
    const TableInfo orders = tableInfo(connection, backend, QStringLiteral("orders"));
    const OperationResult earlier = runOperation(connection, orders, Operation::Trash, {{12}});
    QVERIFY2(earlier.ok, qPrintable(earlier.error.message));

    const TableInfo info = tableInfo(connection, backend, table);
    QVERIFY(info.name.isValid());
    const QMap<QString, QString> before = snapshot(db, dataTables);
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_audit").toInt(), 1);

    const OperationResult result = runOperation(connection, info, operation, toKeys(keys));
    QVERIFY2(!result.ok, "the operation must be refused");
    QVERIFY(result.error.isError());
    QVERIFY2(!result.error.message.isEmpty(), "the refusal is explained in words");
    QCOMPARE(result.rows, 0);
    QVERIFY(!result.auditMissing);
    if (!problemRows.isEmpty())
        QCOMPARE(keyTexts(result.problemRows), keyTexts(toKeys(problemRows)));
    for (const QString &word : std::as_const(mentions))
        QVERIFY2(result.error.message.contains(word), qPrintable(result.error.message));

    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));

    // The connection is still usable afterwards: no transaction was left open.
    const TableInfo notes = tableInfo(connection, backend, QStringLiteral("notes"));
    const OperationResult later = runOperation(connection, notes, Operation::Trash, {{2}});
    QVERIFY2(later.ok, qPrintable(later.error.message));
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_audit").toInt(), 2);
}

void TestTrashService::referencingRows_data()
{
    TestDatabase::addBackendData();
}

void TestTrashService::referencingRows()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    const TableInfo users = tableInfo(connection, backend, QStringLiteral("users"));
    TrashService service(connection);
    DbError error;

    QList<TrashService::Reference> references = service.referencingRows(users, {{3}}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(references.size(), 1);
    QCOMPARE(references.first().table.name, QStringLiteral("orders"));
    QCOMPARE(references.first().rows, 2);

    // User 1 is referenced by orders.user_id (11, 12), orders.deleted_by (13, 14) and by
    // users.deleted_by (2, 3): counted per table, never twice for the same row.
    references = service.referencingRows(users, {{1}}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QMap<QString, qint64> counts;
    for (const auto &reference : references)
        counts[reference.table.name] += reference.rows;
    QCOMPARE(counts.value(QStringLiteral("orders")), 4);
    QCOMPARE(counts.value(QStringLiteral("users")), 2);

    const TableInfo notes = tableInfo(connection, backend, QStringLiteral("notes"));
    references = service.referencingRows(notes, {{4}}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(references.isEmpty());
    references = service.referencingRows(users, {{2}}, &error);
    QVERIFY(references.isEmpty());
}

void TestTrashService::auditMissingIsRefused_data()
{
    TestDatabase::addBackendData();
}

void TestTrashService::auditMissingIsRefused()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    const TableInfo notes = tableInfo(connection, backend, QStringLiteral("notes"));
    const QMap<QString, QString> before = snapshot(db, dataTables);
    QVERIFY(!auditTableExists(db));

    const OperationResult result
        = runOperation(connection, notes, Operation::Trash, {{1}}, QStringLiteral("alice"), false);
    QVERIFY(!result.ok);
    QVERIFY(result.auditMissing);
    QVERIFY(!result.auditCreated);
    QCOMPARE(result.rows, 0);
    QVERIFY(!auditTableExists(db));
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));
}

void TestTrashService::auditCreatedOnFirstUse_data()
{
    TestDatabase::addBackendData();
}

void TestTrashService::auditCreatedOnFirstUse()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    const TableInfo notes = tableInfo(connection, backend, QStringLiteral("notes"));
    AuditLog log(connection);
    DbError error;
    QVERIFY(!log.exists(&error));
    QVERIFY(!error.isError());

    OperationResult result = runOperation(connection, notes, Operation::Trash, {{1}});
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QVERIFY(result.auditCreated);
    QVERIFY(log.exists(&error));
    result = runOperation(connection, notes, Operation::Restore, {{1}});
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QVERIFY(!result.auditCreated);
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_audit").toInt(), 2);
}

void TestTrashService::resolveActor_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QVariant>("expected"); // invalid: must be refused
    for (const QString &backend : TestDatabase::backends()) {
        QTest::addRow("%s: users by id", qPrintable(backend)) << backend << "users"
                                                              << "1" << QVariant(1);
        QTest::addRow("%s: users by email", qPrintable(backend))
            << backend << "users"
            << "dave@example.com" << QVariant(4);
        QTest::addRow("%s: trashed user by email", qPrintable(backend))
            << backend << "users"
            << "bob@example.com" << QVariant(2);
        QTest::addRow("%s: orders by email", qPrintable(backend))
            << backend << "orders"
            << "alice@example.com" << QVariant(1);
        QTest::addRow("%s: unknown email", qPrintable(backend))
            << backend << "users"
            << "nobody@example.com" << QVariant();
        QTest::addRow("%s: unknown id", qPrintable(backend)) << backend << "orders"
                                                             << "77" << QVariant();
        QTest::addRow("%s: injection attempt", qPrintable(backend)) << backend << "users"
                                                                    << "' OR 1=1 --" << QVariant();
        QTest::addRow("%s: free text actor", qPrintable(backend))
            << backend << "notes"
            << "alice" << QVariant(QStringLiteral("alice"));
    }
}

void TestTrashService::resolveActor()
{
    QFETCH(QString, backend);
    QFETCH(QString, table);
    QFETCH(QString, actor);
    QFETCH(QVariant, expected);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    const TableInfo info = tableInfo(connection, backend, table);
    TrashService service(connection);
    DbError error;
    const QVariant value = service.resolveActor(info, actor, &error);
    if (!expected.isValid()) {
        QVERIFY2(!value.isValid(), qPrintable(value.toString()));
        QVERIFY(error.isError());
        QVERIFY(!error.message.isEmpty());
        return;
    }
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(value.toString(), expected.toString());
}

void TestTrashService::unknownActorChangesNothing_data()
{
    TestDatabase::addBackendData();
}

void TestTrashService::unknownActorChangesNothing()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    const TableInfo users = tableInfo(connection, backend, QStringLiteral("users"));
    OperationResult result
        = runOperation(connection, users, Operation::Restore, {{2}}, QStringLiteral("1"));
    QVERIFY2(result.ok, qPrintable(result.error.message)); // audit exists from here on
    const QMap<QString, QString> before = snapshot(db, dataTables);
    result = runOperation(connection,
                          users,
                          Operation::Trash,
                          {{4}},
                          QStringLiteral("nobody@example.com"));
    QVERIFY(!result.ok);
    QVERIFY(!result.error.message.isEmpty());
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));
    result = runOperation(connection, users, Operation::Trash, {{4}}, QStringLiteral("  "));
    QVERIFY2(!result.ok, "an empty actor is refused");
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));
}

void TestTrashService::postgresPermissionDenied_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<int>("key");
    QTest::addColumn<QStringList>("grants");
    const QStringList audit = {
        "GRANT SELECT, INSERT ON salvage_audit TO {role}",
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}",
    };
    QTest::newRow("trash without UPDATE")
        << Operation::Trash << 1
        << (QStringList{"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"} + audit);
    QTest::newRow("restore without UPDATE")
        << Operation::Restore << 4
        << (QStringList{"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"} + audit);
    QTest::newRow("purge without DELETE")
        << Operation::Purge << 4
        << (QStringList{"GRANT SELECT, UPDATE ON ALL TABLES IN SCHEMA public TO {role}"} + audit);
    QTest::newRow("trash without INSERT on the audit")
        << Operation::Trash << 1
        << QStringList{"GRANT SELECT, UPDATE ON ALL TABLES IN SCHEMA public TO {role}",
                       "REVOKE INSERT ON salvage_audit FROM {role}"};
}

void TestTrashService::postgresPermissionDenied()
{
    QFETCH(Operation, operation);
    QFETCH(int, key);
    QFETCH(QStringList, grants);
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    const QString backend = QStringLiteral("postgresql");
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    {
        Connection admin = db.connect();
        AuditLog log(admin);
        DbError error;
        QVERIFY2(log.create(&error), qPrintable(error.message));
    }
    QString problem;
    Connection connection
        = Salvage::Test::connectAsNewRole(db, QStringLiteral("reader"), grants, &problem);
    QVERIFY2(connection.isOpen(), qPrintable(problem));
    const TableInfo notes = tableInfo(connection, backend, QStringLiteral("notes"));
    QVERIFY(notes.isWritable());
    const QMap<QString, QString> before = snapshot(db, dataTables);

    const OperationResult result = runOperation(connection, notes, operation, {{key}});
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, DbError::PermissionDenied);
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY(result.error.message != result.error.driverText);
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));
}

void TestTrashService::postgresRowLevelSecurity()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    const QString backend = QStringLiteral("postgresql");
    SALVAGE_TEST_DATABASE(db,
                          backend,
                          schemaScript(backend)
                              + "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\n"
                                "CREATE POLICY see_all ON notes FOR SELECT USING (true);\n"
                                "CREATE POLICY change_some ON notes FOR UPDATE"
                                " USING (id <> 1) WITH CHECK (true);\n"
                                "CREATE POLICY delete_some ON notes FOR DELETE"
                                " USING (id <> 4);\n");
    {
        Connection admin = db.connect();
        AuditLog log(admin);
        DbError error;
        QVERIFY2(log.create(&error), qPrintable(error.message));
    }
    QString problem;
    Connection connection = Salvage::Test::connectAsNewRole(db,
                                                            QStringLiteral("rls"),
                                                            Salvage::Test::rowEditorGrants(),
                                                            &problem);
    QVERIFY2(connection.isOpen(), qPrintable(problem));
    const TableInfo notes = tableInfo(connection, backend, QStringLiteral("notes"));
    const QMap<QString, QString> before = snapshot(db, dataTables);

    // Row 1 is visible but the policy hides it from UPDATE: 0 rows changed is an error.
    OperationResult result = runOperation(connection, notes, Operation::Trash, {{1}});
    QVERIFY2(!result.ok, "an UPDATE filtered away by row-level security is not a success");
    QVERIFY(!result.error.message.isEmpty());
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));

    // Together with a row the policy allows: everything is rolled back.
    result = runOperation(connection, notes, Operation::Trash, {{2}, {1}});
    QVERIFY(!result.ok);
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));

    // The same for DELETE.
    result = runOperation(connection, notes, Operation::Purge, {{5}, {4}});
    QVERIFY2(!result.ok, "a DELETE filtered away by row-level security is not a success");
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));

    // What the policy allows works.
    result = runOperation(connection, notes, Operation::Trash, {{2}});
    QVERIFY2(result.ok, qPrintable(result.error.message));
}

void TestTrashService::postgresAuditCreateDenied()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    const QString backend = QStringLiteral("postgresql");
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    QString problem;
    Connection connection = Salvage::Test::connectAsNewRole(
        db,
        QStringLiteral("nocreate"),
        {"REVOKE CREATE ON SCHEMA public FROM PUBLIC",
         "GRANT SELECT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}"},
        &problem);
    QVERIFY2(connection.isOpen(), qPrintable(problem));
    const TableInfo notes = tableInfo(connection, backend, QStringLiteral("notes"));
    const QMap<QString, QString> before = snapshot(db, dataTables);

    const OperationResult result
        = runOperation(connection, notes, Operation::Trash, {{1}}, QStringLiteral("alice"), true);
    QVERIFY(!result.ok);
    QVERIFY(!result.auditCreated);
    QVERIFY(result.error.isError());
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY(result.error.message != result.error.driverText);
    QVERIFY(!auditTableExists(db));
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));
}

QTEST_GUILESS_MAIN(TestTrashService)
#include "tst_trashservice.moc"
