// BulkOperation on both backends: "everything matching a filter" in batches, compared with
// TrashService on the same rows (same data afterwards, same audit rows), and rolled back
// completely on cancel, on a refused purge and on a batch whose row count differs.

#include "roles.h"
#include "snapshot.h"
#include "testdatabase.h"

#include "schema/schemainspector.h"
#include "trash/auditlog.h"
#include "trash/batchsizer.h"
#include "trash/bulkoperation.h"
#include "trash/trashservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

#include <ctime>

using namespace Salvage;
using Salvage::Test::TestDatabase;
using Salvage::Test::auditTableExists;
using Salvage::Test::snapshot;

Q_DECLARE_METATYPE(Salvage::Operation)

namespace {

constexpr int BatchRows = 7;
constexpr qint64 jobKeyBase = Q_INT64_C(9007199254740000);

bool isPg(const QString &backend)
{
    return backend == QLatin1String("postgresql");
}

// A UTC time as the test scripts write it for `backend`.
QString timeLiteral(const QString &backend, const QString &utc, bool withZone = true)
{
    return isPg(backend) && withZone ? QLatin1Char('\'') + utc + QLatin1String("+00'")
                                     : QLatin1Char('\'') + utc + QLatin1Char('\'');
}

const QStringList times = {
    QStringLiteral("2024-02-29 23:59:59"), // before the window
    QStringLiteral("2024-03-01 00:00:00"), // its first second (inclusive)
    QStringLiteral("2024-03-01 12:00:00"),
    QStringLiteral("2024-03-01 23:59:59"),
    QStringLiteral("2024-03-02 00:00:00"), // its end (exclusive)
};

QDateTime utc(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    when.setTimeZone(QTimeZone::utc());
    return when;
}

// events: integer key, timestamptz marker, text actor. parts: composite key (seq, batch)
// declared against the column order, text key values that need JSON escaping, and on
// PostgreSQL a "timestamp without time zone" marker. owners: integer actor; pets refer to
// owners. Rows cycle through the times above for `batchjob` and `alice`, and some are active.
QString schemaScript(const QString &backend)
{
    const bool pg = isPg(backend);
    QString script = QStringLiteral(
                         "CREATE TABLE events (id integer PRIMARY KEY, title text, deleted_at TZ, "
                         "deleted_by text);\n"
                         "CREATE TABLE parts (label text, seq integer NOT NULL, batch text NOT "
                         "NULL, deleted_at TS, deleted_by text, PRIMARY KEY (seq, batch));\n"
                         "CREATE TABLE owners (id integer PRIMARY KEY, name text, deleted_at TZ, "
                         "deleted_by integer);\n"
                         "CREATE TABLE pets (id integer PRIMARY KEY, owner_id integer REFERENCES "
                         "owners (id), name text, deleted_at TZ, deleted_by text);\n"
                         "CREATE TABLE jobs (id bigint PRIMARY KEY, note text, deleted_at TZ, "
                         "deleted_by text);\n")
                         .replace(QStringLiteral("TZ"),
                                  pg ? QStringLiteral("timestamptz") : QStringLiteral("TIMESTAMP"))
                         .replace(QStringLiteral("TS"),
                                  pg ? QStringLiteral("timestamp without time zone")
                                     : QStringLiteral("TIMESTAMP"));
    const auto state = [&](int i, bool zone, QString *marker, QString *actor) {
        const int s = i % 11;
        if (s == 10) {
            *marker = QStringLiteral("NULL");
            *actor = QStringLiteral("NULL");
            return;
        }
        *marker = timeLiteral(backend, times.at(s % 5), zone);
        *actor = s < 5 ? QStringLiteral("'batchjob'") : QStringLiteral("'alice'");
    };
    script += QStringLiteral("BEGIN;\n"); // one commit (SQLite syncs every autocommit)
    QString marker;
    QString actor;
    for (int i = 1; i <= 110; ++i) {
        state(i, true, &marker, &actor);
        script += QStringLiteral("INSERT INTO events VALUES (%1, '%2', %3, %4);\n")
                      .arg(i)
                      .arg(i % 3 == 0 ? QStringLiteral("needle %1").arg(i)
                                      : QStringLiteral("hay %1").arg(i))
                      .arg(marker, actor);
    }
    const QStringList batches = {QStringLiteral("a\"q"),
                                 QStringLiteral("b\\s"),
                                 QStringLiteral("42"),
                                 QStringLiteral("über")};
    int n = 0;
    for (int seq = 1; seq <= 14; ++seq) {
        for (const QString &batch : batches) {
            state(++n, false, &marker, &actor);
            script += QStringLiteral("INSERT INTO parts VALUES ('part %1', %2, '%3', %4, %5);\n")
                          .arg(n)
                          .arg(seq)
                          .arg(batch, marker, actor);
        }
    }
    for (int i = 1; i <= 30; ++i) {
        state(i, true, &marker, &actor);
        actor = actor == QLatin1String("NULL")
                    ? actor
                    : (actor.contains(QLatin1String("batch")) ? QStringLiteral("7")
                                                              : QStringLiteral("8"));
        script += QStringLiteral("INSERT INTO owners VALUES (%1, 'owner %1', %2, %3);\n")
                      .arg(i)
                      .arg(marker, actor);
    }
    // Owner 14 (trashed by 7) is still referred to by an active pet.
    script += QStringLiteral("INSERT INTO pets VALUES (1, 14, 'rex', NULL, NULL);\n");
    script += QStringLiteral("INSERT INTO pets VALUES (2, 10, 'tom', NULL, NULL);\n");
    // jobs: unbroken runs of keys above 2^53 (a double would round them): 6-30 trashed by
    // batchjob, 31-40 by alice, 1-5 active.
    for (int i = 1; i <= 40; ++i) {
        const QString who = i <= 5 ? QStringLiteral("NULL")
                                   : (i <= 30 ? QStringLiteral("'batchjob'") : QStringLiteral("'alice'"));
        script += QStringLiteral("INSERT INTO jobs VALUES (%1, 'job %2', %3, %4);\n")
                      .arg(jobKeyBase + i)
                      .arg(i)
                      .arg(i <= 5 ? QStringLiteral("NULL") : timeLiteral(backend, times.at(2)), who);
    }
    script += QStringLiteral("COMMIT;\n");
    return script;
}

const QList<QPair<QString, QString>> dataTables = {
    {QStringLiteral("events"), QStringLiteral("id")},
    {QStringLiteral("parts"), QStringLiteral("seq, batch")},
    {QStringLiteral("owners"), QStringLiteral("id")},
    {QStringLiteral("pets"), QStringLiteral("id")},
    {QStringLiteral("jobs"), QStringLiteral("id")},
};


TableInfo tableInfo(Connection &connection, const QString &name)
{
    SchemaInspector inspector(connection);
    DbError error;
    const QualifiedName qualified{connection.backend() == Backend::PostgreSQL
                                      ? QStringLiteral("public")
                                      : QString(),
                                  name};
    TableInfo table = inspector.table(qualified, &error);
    if (error.isError())
        qWarning().noquote() << "SchemaInspector::table" << name << error.message;
    return table;
}

QList<RowKey> keysWhere(Connection &connection, const TableInfo &table, const QString &where)
{
    QStringList columns;
    for (const QString &c : table.primaryKey)
        columns << quoteIdentifier(c);
    QSqlQuery query(connection.database());
    QList<RowKey> keys;
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                        .arg(columns.join(u','), table.name.quoted(), where))) {
        qWarning() << query.lastError().text();
        return keys;
    }
    while (query.next()) {
        RowKey key;
        for (int i = 0; i < columns.size(); ++i)
            key << query.value(i);
        keys << key;
    }
    return keys;
}

// The audit per changed row, without what differs between two runs (id, time, operation id)
// and without a batch entry's row count, sorted: a batch entry listing N keys counts as N
// rows, so bulk and single-row operations compare equal when they recorded the same.
QStringList auditRows(Connection &connection)
{
    QSqlQuery query(connection.database());
    QStringList rows;
    if (!query.exec(QStringLiteral("SELECT actor, action, table_name, row_key, reason, details, "
                                   "db_user, os_user FROM salvage_audit"))) {
        qWarning() << query.lastError().text();
        return rows;
    }
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < 8; ++i)
            values << (query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString());
        QJsonObject details = QJsonDocument::fromJson(values.at(5).toUtf8()).object();
        details.remove(QStringLiteral("rows"));
        values[5] = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
        for (const QString &key : auditRowKeys(values.at(3))) {
            values[3] = key;
            rows << values.join(QLatin1String(" | "));
        }
    }
    rows.sort();
    return rows;
}

// The keys the audit lists, one per changed row.
QStringList auditedKeys(Connection &connection)
{
    QSqlQuery query(connection.database());
    QStringList keys;
    if (!query.exec(QStringLiteral("SELECT row_key FROM salvage_audit")))
        qWarning() << query.lastError().text();
    while (query.next())
        keys << auditRowKeys(query.value(0).toString());
    keys.sort();
    return keys;
}

// Moving to trash writes "now": the same fixed time in both databases makes them comparable.
void normalizeNewMarkers(const TestDatabase &db, const QString &table)
{
    QVERIFY(db.exec(QStringLiteral("UPDATE %1 SET deleted_at = '2001-01-01 00:00:00' "
                                   "WHERE deleted_at > '2024-12-31 00:00:00'")
                        .arg(table)));
}

OperationRequest request(Operation op, const QString &actor = QStringLiteral("carol"))
{
    OperationRequest r;
    r.operation = op;
    r.actor = actor;
    r.reason = QStringLiteral("ticket 7");
    r.createAuditTable = true;
    return r;
}

RowFilter filter(const QString &search, const QString &by, const QString &from, const QString &to)
{
    RowFilter f;
    f.search = search;
    f.deletedBy = by;
    if (!from.isEmpty())
        f.deletedFrom = utc(from);
    if (!to.isEmpty())
        f.deletedTo = utc(to);
    return f;
}

// Audit rows exist before each test that checks "nothing changed", so that an untouched audit
// is visible as such: event 21 (active) goes to the trash.
bool seedAudit(Connection &connection)
{
    OperationRequest r = request(Operation::Trash);
    r.keys = {{21}};
    const OperationResult result
        = TrashService(connection).run(tableInfo(connection, QStringLiteral("events")), r);
    if (!result.ok)
        qWarning().noquote() << "seedAudit:" << result.error.message;
    return result.ok;
}

} // namespace

class TestBulkOperation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void matchesTrashService_data();
    void matchesTrashService();
    void cancelAfterFirstBatchChangesNothing_data();
    void cancelAfterFirstBatchChangesNothing();
    void purgeOfReferencedRowsIsRefused_data();
    void purgeOfReferencedRowsIsRefused();
    void changedCountRollsBack_data();
    void changedCountRollsBack();
    void refusals_data();
    void refusals();
    void postgresRowLevelSecurity();
    void postgresConcurrentChange();
    void timeSlicedBatches_data();
    void timeSlicedBatches();
    void unusualKeysBoundAndAuditedExactly_data();
    void unusualKeysBoundAndAuditedExactly();
};

void TestBulkOperation::initTestCase()
{
    // Far from UTC, so that local time taken for UTC (or the reverse) shows up as hours.
    qputenv("TZ", "Pacific/Auckland");
    tzset();
    QVERIFY(QDateTime::currentDateTime().offsetFromUtc() != 0);
}

void TestBulkOperation::matchesTrashService_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("table");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("deletedBy");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expectedWhere"); // the same rows, written by the test
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<bool>("run"); // the keys are an unbroken run: the audit names it

    const QString &from = times.at(1);
    const QString &to = times.at(4);
    for (const QString &backend : TestDatabase::backends()) {
        const QString window = QStringLiteral("deleted_at >= %1 AND deleted_at < %2");
        const QString tzWindow = window.arg(timeLiteral(backend, from), timeLiteral(backend, to));
        const QString plainWindow = window.arg(timeLiteral(backend, from, false),
                                               timeLiteral(backend, to, false));
        QTest::addRow("%s: restore by actor and time", qPrintable(backend))
            << backend << "events" << Operation::Restore << ""
            << "batchjob" << from << to << "deleted_by = 'batchjob' AND " + tzWindow << 30 << false;
        QTest::addRow("%s: restore by actor and time, composite key", qPrintable(backend))
            << backend << "parts" << Operation::Restore << ""
            << "batchjob" << from << to << "deleted_by = 'batchjob' AND " + plainWindow << 16 << false;
        QTest::addRow("%s: restore by integer actor, search", qPrintable(backend))
            << backend << "owners" << Operation::Restore << "owner 2"
            << "8"
            << ""
            << ""
            << "deleted_by = 8 AND name LIKE '%owner 2%'" << 4 << false;
        QTest::addRow("%s: trash by search", qPrintable(backend))
            << backend << "events" << Operation::Trash << "NEEDLE"
            << ""
            << ""
            << ""
            << "deleted_at IS NULL AND title LIKE 'needle%'" << 3 << false;
        QTest::addRow("%s: trash everything active", qPrintable(backend))
            << backend << "parts" << Operation::Trash << ""
            << ""
            << ""
            << ""
            << "deleted_at IS NULL" << 5 << false;
        QTest::addRow("%s: purge by actor, composite key", qPrintable(backend))
            << backend << "parts" << Operation::Purge << ""
            << "alice"
            << ""
            << ""
            << "deleted_by = 'alice'" << 25 << false;
        QTest::addRow("%s: purge by time from", qPrintable(backend))
            << backend << "events" << Operation::Purge << ""
            << "" << times.at(3) << ""
            << "deleted_at >= " + timeLiteral(backend, times.at(3)) << 40 << false;
        QTest::addRow("%s: restore an unbroken run of 64-bit keys", qPrintable(backend))
            << backend << "jobs" << Operation::Restore << ""
            << "batchjob"
            << ""
            << ""
            << "deleted_by = 'batchjob'" << 25 << true;
        QTest::addRow("%s: purge an unbroken run", qPrintable(backend))
            << backend << "jobs" << Operation::Purge << ""
            << "alice"
            << ""
            << ""
            << "deleted_by = 'alice'" << 10 << true;
        QTest::addRow("%s: purge keys with gaps", qPrintable(backend))
            << backend << "jobs" << Operation::Purge << "9"
            << ""
            << ""
            << ""
            << "deleted_at IS NOT NULL AND note LIKE '%9%'" << 4 << false;
    }
}

void TestBulkOperation::matchesTrashService()
{
    QFETCH(QString, backend);
    QFETCH(QString, table);
    QFETCH(Operation, operation);
    QFETCH(QString, search);
    QFETCH(QString, deletedBy);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expectedWhere);
    QFETCH(int, expectedRows);
    QFETCH(bool, run);

    // The same data twice: BulkOperation on one, TrashService with the expected keys on the
    // other. Afterwards both must hold the same rows and the same audit rows.
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    SALVAGE_TEST_DATABASE(expected, backend, schemaScript(backend));
    Connection connection = db.connect();
    Connection expectedConnection = expected.connect();
    QVERIFY(connection.isOpen() && expectedConnection.isOpen());
    const TableInfo info = tableInfo(connection, table);
    QVERIFY(info.isWritable());

    const QList<RowKey> keys = keysWhere(expectedConnection, info, expectedWhere);
    QCOMPARE(keys.size(), expectedRows);
    OperationRequest expectedRequest = request(operation);
    expectedRequest.keys = keys;
    const OperationResult expectedResult
        = TrashService(expectedConnection).run(info, expectedRequest);
    QVERIFY2(expectedResult.ok, qPrintable(expectedResult.error.message));

    const RowFilter rowFilter = filter(search, deletedBy, from, to);
    BulkOperation bulk(connection);
    bulk.setBatchRows(BatchRows);
    DbError error;
    QCOMPARE(bulk.count(info, operation, rowFilter, &error), qint64(expectedRows));
    QVERIFY2(!error.isError(), qPrintable(error.message));

    QList<BulkProgress> progress;
    const OperationResult result = bulk.run(info,
                                            request(operation),
                                            rowFilter,
                                            [&progress](const BulkProgress &p) { progress << p; });
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.rows, expectedRows);
    QVERIFY(result.auditCreated);
    QVERIFY(!result.operationId.isEmpty());

    // Progress after every batch: increasing, ending at the total.
    QCOMPARE(progress.size(), (expectedRows + BatchRows - 1) / BatchRows);
    for (int i = 0; i < progress.size(); ++i) {
        QCOMPARE(progress.at(i).total, qint64(expectedRows));
        QCOMPARE(progress.at(i).done, qMin(qint64(expectedRows), qint64(BatchRows) * (i + 1)));
    }
    QCOMPARE(bulk.count(info, operation, rowFilter, &error), qint64(0));

    // Only the matching rows changed, exactly as TrashService changes them.
    if (operation == Operation::Trash) {
        normalizeNewMarkers(db, table);
        normalizeNewMarkers(expected, table);
    }
    for (const auto &t : dataTables)
        QCOMPARE(db.dump(t.first, t.second), expected.dump(t.first, t.second));

    // One audit row per batch listing its rows' keys, one operation id; per row the same
    // record as TrashService's.
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_audit").toInt(), progress.size());
    QCOMPARE(db.scalar("SELECT count(DISTINCT operation_id) FROM salvage_audit").toInt(), 1);
    QCOMPARE(db.scalar("SELECT min(operation_id) FROM salvage_audit").toString(),
             result.operationId);
    const QStringList rows = auditRows(connection);
    QCOMPARE(rows.size(), expectedRows);
    QCOMPARE(rows, auditRows(expectedConnection));
    // And each listed key is rowKeyToJson()'s text for a changed row.
    QStringList jsonKeys;
    for (const RowKey &key : keys)
        jsonKeys << rowKeyToJson(info, key);
    jsonKeys.sort();
    QCOMPARE(auditedKeys(connection), jsonKeys);
    // Each entry's details say how many rows it lists; an unbroken run is named, not listed.
    AuditLog log(connection);
    const QList<AuditEntry> entries = log.entries(AuditLog::Filter(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    for (const AuditEntry &entry : entries) {
        QCOMPARE(entry.rows, qint64(auditRowKeys(entry.rowKey).size()));
        QVERIFY2(entry.rowKey.startsWith(QLatin1String("{\"id\":{\"from\":")) == run,
                 qPrintable(entry.rowKey));
    }
    // A view reads the start of a long key list only, and knows it was cut.
    AuditLog::Filter shortKeys;
    shortKeys.rowKeyChars = 12;
    const QList<AuditEntry> cut = log.entries(shortKeys, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(cut.size(), entries.size());
    for (int i = 0; i < cut.size(); ++i) {
        QCOMPARE(cut.at(i).rowKey, entries.at(i).rowKey.left(12));
        QCOMPARE(cut.at(i).rowKeyCut, entries.at(i).rowKey.size() >= 12);
        QCOMPARE(cut.at(i).rows, entries.at(i).rows);
    }
}

void TestBulkOperation::cancelAfterFirstBatchChangesNothing_data()
{
    TestDatabase::addBackendData();
}

void TestBulkOperation::cancelAfterFirstBatchChangesNothing()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    const TableInfo events = tableInfo(connection, QStringLiteral("events"));
    const TableInfo parts = tableInfo(connection, QStringLiteral("parts"));
    QVERIFY(seedAudit(connection));
    const QMap<QString, QString> before = snapshot(db, dataTables);
    const QString auditBefore = db.dump(QStringLiteral("salvage_audit"), QStringLiteral("id"));
    QVERIFY(!auditBefore.isEmpty());

    for (const TableInfo &info : {events, parts}) {
        for (const Operation op : {Operation::Restore, Operation::Purge}) {
            BulkOperation bulk(connection);
            bulk.setBatchRows(BatchRows);
            std::atomic_bool cancel = false;
            int calls = 0;
            const OperationResult result = bulk.run(
                info,
                request(op),
                filter({}, QStringLiteral("alice"), {}, {}),
                [&](const BulkProgress &p) {
                    ++calls;
                    QCOMPARE(p.done, qint64(BatchRows));
                    cancel = true;
                },
                &cancel);
            QVERIFY(!result.ok);
            QCOMPARE(result.error.kind, DbError::Cancelled);
            QCOMPARE(result.error.message, QStringLiteral("Cancelled; nothing was changed."));
            QCOMPARE(result.rows, 0);
            QVERIFY(result.operationId.isEmpty());
            QCOMPARE(calls, 1);
            COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));
            // The first batch's audit rows went with it.
            QCOMPARE(db.dump(QStringLiteral("salvage_audit"), QStringLiteral("id")), auditBefore);
        }
    }
    // Cancelled before it started: nothing at all.
    BulkOperation bulk(connection);
    std::atomic_bool cancel = true;
    const OperationResult result
        = bulk.run(events, request(Operation::Restore), RowFilter(), {}, &cancel);
    QCOMPARE(result.error.kind, DbError::Cancelled);
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));

    // The connection is usable afterwards (the transaction was rolled back).
    const OperationResult done = bulk.run(events, request(Operation::Restore), RowFilter());
    QVERIFY2(done.ok, qPrintable(done.error.message));
}

void TestBulkOperation::purgeOfReferencedRowsIsRefused_data()
{
    TestDatabase::addBackendData();
}

void TestBulkOperation::purgeOfReferencedRowsIsRefused()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    Connection connection = db.connect();
    const TableInfo owners = tableInfo(connection, QStringLiteral("owners"));
    QCOMPARE(owners.referencedBy.size(), 1);
    QVERIFY(seedAudit(connection));
    const QMap<QString, QString> before = snapshot(db, dataTables);

    // Owner 14 (trashed by 7) has an active pet; owner 10 is active, so its pet does not count.
    BulkOperation bulk(connection);
    bulk.setBatchRows(BatchRows);
    const RowFilter byBatchjob = filter({}, QStringLiteral("7"), {}, {});
    OperationResult result = bulk.run(owners, request(Operation::Purge), byBatchjob);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, DbError::Constraint);
    QVERIFY2(result.error.message.contains(QLatin1String("pets (1 row(s))"))
                 || result.error.message.contains(QLatin1String("pets (1 row)")),
             qPrintable(result.error.message));
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));

    // Two referring rows are counted as two.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO pets VALUES (3, 3, 'kit', NULL, NULL)")));
    const QMap<QString, QString> withKit = snapshot(db, dataTables);
    result = bulk.run(owners, request(Operation::Purge), byBatchjob);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QLatin1String("pets (2 row")),
             qPrintable(result.error.message));
    COMPARE_SNAPSHOTS(withKit, snapshot(db, dataTables));

    // Narrowed by the filter to rows nothing refers to, the purge goes through.
    const RowFilter unreferenced = filter({}, QStringLiteral("7"), times.at(4), {});
    QCOMPARE(bulk.count(owners, Operation::Purge, unreferenced, nullptr), qint64(3));
    result = bulk.run(owners, request(Operation::Purge), unreferenced);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.rows, 3);
    QCOMPARE(db.scalar("SELECT count(*) FROM owners").toInt(), 27);
}

void TestBulkOperation::changedCountRollsBack_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<qint64>("skipped");
    for (const QString &backend : TestDatabase::backends()) {
        // events: row 50 (50 % 11 == 6) is one of alice's, in the fourth batch.
        QTest::addRow("%s: listed keys", qPrintable(backend))
            << backend << "events" << "alice" << qint64(50);
        // jobs: batchjob's rows are the unbroken run 6-30; row 20 is in the third batch.
        QTest::addRow("%s: unbroken run", qPrintable(backend))
            << backend << "jobs" << "batchjob" << jobKeyBase + 20;
    }
}

void TestBulkOperation::changedCountRollsBack()
{
    QFETCH(QString, backend);
    QFETCH(QString, table);
    QFETCH(QString, actor);
    QFETCH(qint64, skipped);
    // A trigger silently skips one row of a later batch, as a concurrent change or a policy
    // would: the batch's count differs and everything is undone.
    const QString trigger
        = (isPg(backend)
               ? QStringLiteral(
                   "CREATE FUNCTION keep_row() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   "BEGIN IF OLD.id = %2 THEN RETURN NULL; END IF; "
                   "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;\n"
                   "CREATE TRIGGER keep_row BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW "
                   "EXECUTE FUNCTION keep_row();\n")
               : QStringLiteral("CREATE TRIGGER keep_row BEFORE UPDATE ON %1 WHEN OLD.id = %2 "
                                "BEGIN SELECT RAISE(IGNORE); END;\n"
                                "CREATE TRIGGER keep_row_delete BEFORE DELETE ON %1 WHEN "
                                "OLD.id = %2 BEGIN SELECT RAISE(IGNORE); END;\n"))
              .arg(table)
              .arg(skipped);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend) + trigger);
    Connection connection = db.connect();
    const TableInfo info = tableInfo(connection, table);
    QVERIFY(seedAudit(connection));
    const QMap<QString, QString> before = snapshot(db, dataTables);

    for (const Operation op : {Operation::Restore, Operation::Purge}) {
        BulkOperation bulk(connection);
        bulk.setBatchRows(BatchRows);
        int calls = 0;
        const OperationResult result = bulk.run(info,
                                                request(op),
                                                filter({}, actor, {}, {}),
                                                [&calls](const BulkProgress &) { ++calls; });
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, DbError::Conflict);
        QVERIFY2(result.error.message.contains(QLatin1String("Nothing was changed")),
                 qPrintable(result.error.message));
        QVERIFY2(calls >= 2, "the mismatch is in a later batch");
        COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));
    }
}

void TestBulkOperation::refusals_data()
{
    TestDatabase::addBackendData();
}

void TestBulkOperation::refusals()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db,
                          backend,
                          schemaScript(backend)
                              + "CREATE TABLE flags (id integer PRIMARY KEY, is_deleted "
                                "boolean NOT NULL);\n"
                                "CREATE TABLE plain (id integer PRIMARY KEY, name text, "
                                "deleted_at timestamp);\n");
    Connection connection = db.connect();
    const TableInfo events = tableInfo(connection, QStringLiteral("events"));
    const TableInfo flags = tableInfo(connection, QStringLiteral("flags"));
    const TableInfo plain = tableInfo(connection, QStringLiteral("plain"));
    QCOMPARE(flags.convention.kind, Convention::Kind::Flag);
    QVERIFY(plain.convention.actor.isEmpty());
    const QMap<QString, QString> before = snapshot(db, dataTables);
    BulkOperation bulk(connection);

    const auto refused = [&](const TableInfo &table, const OperationRequest &r, const RowFilter &f) {
        const OperationResult result = bulk.run(table, r, f);
        return !result.ok && !result.error.message.isEmpty() && result.rows == 0;
    };
    // Who and when apply to trashed rows only.
    QVERIFY(refused(events, request(Operation::Trash), filter({}, "batchjob", {}, {})));
    QVERIFY(refused(events, request(Operation::Trash), filter({}, {}, times.at(0), {})));
    // No actor column, no time.
    QVERIFY(refused(plain, request(Operation::Restore), filter({}, "alice", {}, {})));
    QVERIFY(refused(flags, request(Operation::Restore), filter({}, {}, times.at(0), {})));
    // An empty time range, no actor, nothing matching.
    QVERIFY(refused(events, request(Operation::Restore), filter({}, {}, times.at(2), times.at(1))));
    QVERIFY(refused(events, request(Operation::Restore, QString()), RowFilter()));
    QVERIFY(refused(events, request(Operation::Restore), filter({}, "nobody", {}, {})));
    // No audit table and no permission to create it.
    OperationRequest noAudit = request(Operation::Restore);
    noAudit.createAuditTable = false;
    const OperationResult result = bulk.run(events, noAudit, RowFilter());
    QVERIFY(!result.ok);
    QVERIFY(result.auditMissing);
    DbError error;
    QCOMPARE(bulk.count(flags, Operation::Restore, filter({}, {}, times.at(0), {}), &error),
             qint64(-1));
    QVERIFY(error.isError());
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));
}

void TestBulkOperation::postgresRowLevelSecurity()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    const QString backend = QStringLiteral("postgresql");
    SALVAGE_TEST_DATABASE(db,
                          backend,
                          schemaScript(backend)
                              + "ALTER TABLE events ENABLE ROW LEVEL SECURITY;\n"
                                "CREATE POLICY see_all ON events FOR SELECT USING (true);\n"
                                "CREATE POLICY change_some ON events FOR UPDATE"
                                " USING (id <> 72) WITH CHECK (true);\n");
    {
        Connection admin = db.connect();
        AuditLog log(admin);
        DbError error;
        QVERIFY2(log.create(&error), qPrintable(error.message));
    }
    QString problem;
    Connection connection = Salvage::Test::connectAsNewRole(db,
                                                            QStringLiteral("bulkrls"),
                                                            Salvage::Test::rowEditorGrants(),
                                                            &problem);
    QVERIFY2(connection.isOpen(), qPrintable(problem));
    const TableInfo events = tableInfo(connection, QStringLiteral("events"));
    const QMap<QString, QString> before = snapshot(db, dataTables);

    // Row 72 is visible, but the policy hides it from UPDATE: its batch changes 6 of 7 rows.
    BulkOperation bulk(connection);
    bulk.setBatchRows(BatchRows);
    const OperationResult result = bulk.run(events,
                                            request(Operation::Restore),
                                            filter({}, QStringLiteral("alice"), {}, {}));
    QVERIFY2(!result.ok, "rows kept back by row-level security are not a success");
    QCOMPARE(result.error.kind, DbError::Conflict);
    QVERIFY2(result.error.message.contains(QLatin1String("Nothing was changed")),
             qPrintable(result.error.message));
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables));
}

void TestBulkOperation::postgresConcurrentChange()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db,
                          QStringLiteral("postgresql"),
                          schemaScript(QStringLiteral("postgresql")));
    Connection connection = db.connect();
    QVERIFY(seedAudit(connection));
    const TableInfo events = tableInfo(connection, QStringLiteral("events"));
    const int auditRows = db.scalar("SELECT count(*) FROM salvage_audit").toInt();

    // After the first batch another session changes row 50 (alice's, fourth batch) and
    // commits: the operation must not restore it over that change, nor keep the rest.
    BulkOperation bulk(connection);
    bulk.setBatchRows(BatchRows);
    bool changedMeanwhile = false;
    const OperationResult result
        = bulk.run(events,
                   request(Operation::Restore),
                   filter({}, QStringLiteral("alice"), {}, {}),
                   [&](const BulkProgress &) {
                       if (!changedMeanwhile)
                           changedMeanwhile = db.exec(
                               QStringLiteral("UPDATE events SET title = 'edited' WHERE id = 50"));
                   });
    QVERIFY(changedMeanwhile);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, DbError::Conflict);
    QVERIFY2(result.error.message.contains(QLatin1String("Another session changed")),
             qPrintable(result.error.message));
    QCOMPARE(db.scalar("SELECT count(*) FROM events WHERE deleted_by = 'alice'").toInt(), 50);
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_audit").toInt(), auditRows);
    QCOMPARE(db.scalar("SELECT title FROM events WHERE id = 50").toString(),
             QStringLiteral("edited"));
}

void TestBulkOperation::timeSlicedBatches_data()
{
    TestDatabase::addBackendData();
}

void TestBulkOperation::timeSlicedBatches()
{
    QFETCH(QString, backend);
    // 2500 trashed rows, more than one chunk of the default (time-sliced) batch sizing.
    const QString rows = isPg(backend)
                             ? QStringLiteral("INSERT INTO many SELECT g, 'row ' || g, "
                                              "TIMESTAMP '2024-03-01 12:00:00', 'batchjob' "
                                              "FROM generate_series(1, 2500) AS g;\n")
                             : QStringLiteral("WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL "
                                              "SELECT g + 1 FROM s WHERE g < 2500) "
                                              "INSERT INTO many SELECT g, 'row ' || g, "
                                              "'2024-03-01 12:00:00', 'batchjob' FROM s;\n");
    SALVAGE_TEST_DATABASE(db,
                          backend,
                          QStringLiteral("CREATE TABLE many (id integer PRIMARY KEY, name text, "
                                         "deleted_at timestamp, deleted_by text);\n")
                              + rows);
    Connection connection = db.connect();
    const TableInfo many = tableInfo(connection, QStringLiteral("many"));
    QVERIFY(many.isWritable());

    BulkOperation bulk(connection); // no setBatchRows(): sized by time
    QList<BulkProgress> progress;
    const OperationResult result = bulk.run(many,
                                            request(Operation::Restore),
                                            filter({}, QStringLiteral("batchjob"), {}, {}),
                                            [&progress](const BulkProgress &p) { progress << p; });
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.rows, 2500);
    // The first batch is one chunk, so that progress shows early; every batch is whole
    // chunks, the total never changes and the last report is the total.
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.first().done, qint64(BatchSizer::DefaultChunkRows));
    qint64 previous = 0;
    for (const BulkProgress &p : std::as_const(progress)) {
        QCOMPARE(p.total, qint64(2500));
        QVERIFY(p.done > previous);
        QVERIFY(p.done % BatchSizer::DefaultChunkRows == 0 || p.done == p.total);
        previous = p.done;
    }
    QCOMPARE(progress.last().done, qint64(2500));
    QCOMPARE(db.scalar("SELECT count(*) FROM many WHERE deleted_at IS NULL").toInt(), 2500);
    const QStringList keys = auditedKeys(connection);
    QCOMPARE(keys.size(), 2500);
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 2500);
}

void TestBulkOperation::unusualKeysBoundAndAuditedExactly_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<QString>("keyValue"); // %1: 1..20
    for (const QString &backend : TestDatabase::backends()) {
        // Keys a microsecond apart (QDateTime keeps milliseconds) must bound the ranges exactly.
        QTest::addRow("%s: timestamps a microsecond apart", qPrintable(backend))
            << backend << (isPg(backend) ? "timestamptz" : "TIMESTAMP")
            << (isPg(backend) ? "'2024-03-01 12:00:00.0000%1+00'" : "'2024-03-01 12:00:00.0000%1'");
    }
    if (TestDatabase::backends().contains(QStringLiteral("postgresql"))) {
        // Named "…int…" but not integers: their text is not JSON.
        QTest::newRow("postgresql: integer ranges")
            << "postgresql" << "int4range" << "'[%1,100)'";
        QTest::newRow("postgresql: integer arrays") << "postgresql" << "integer[]" << "'{%1,7}'";
    }
    // Integer affinity keeps 2.4 a real: keys 1, 2.4, 3-20 are no unbroken run.
    QTest::newRow("sqlite: a real among integers") << "sqlite" << "INT" << "%1 + (%1 = 2) * 0.4";
}

void TestBulkOperation::unusualKeysBoundAndAuditedExactly()
{
    QFETCH(QString, backend);
    QFETCH(QString, keyType);
    QFETCH(QString, keyValue);
    // Batches are key ranges between boundary keys read back from the database: they must
    // bound the ranges exactly, and the audit must list each key as JSON.
    QString script = QStringLiteral("CREATE TABLE ticks (at %1 PRIMARY KEY, deleted_at %2, "
                                    "deleted_by text);\n")
                         .arg(keyType, isPg(backend) ? "timestamptz" : "TIMESTAMP");
    for (int i = 1; i <= 20; ++i) {
        script += QStringLiteral("INSERT INTO ticks VALUES (%1, %2, 'alice');\n")
                      .arg(keyValue.arg(i, 2, 10, QLatin1Char('0')), timeLiteral(backend, times.at(2)));
    }
    SALVAGE_TEST_DATABASE(db, backend, script);
    Connection connection = db.connect();
    const TableInfo ticks = tableInfo(connection, QStringLiteral("ticks"));
    QVERIFY(ticks.isWritable());
    QStringList expectedKeys;
    for (const RowKey &key : keysWhere(connection, ticks, QStringLiteral("deleted_by = 'alice'")))
        expectedKeys << rowKeyToJson(ticks, key);
    expectedKeys.sort();

    BulkOperation bulk(connection);
    bulk.setBatchRows(3);
    QList<BulkProgress> progress;
    const OperationResult result = bulk.run(ticks,
                                            request(Operation::Restore),
                                            filter({}, QStringLiteral("alice"), {}, {}),
                                            [&progress](const BulkProgress &p) { progress << p; });
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.rows, 20);
    QCOMPARE(progress.size(), 7);
    QCOMPARE(db.scalar("SELECT count(*) FROM ticks WHERE deleted_at IS NULL").toInt(), 20);
    const QStringList keys = auditedKeys(connection);
    QCOMPARE(keys.size(), 20);
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 20);
    // Each key as rowKeyToJson() writes it (QDateTime cannot hold the microseconds).
    if (!keyType.contains(QLatin1String("time"), Qt::CaseInsensitive))
        QCOMPARE(keys, expectedKeys);
}

QTEST_MAIN(TestBulkOperation)
#include "tst_bulkoperation.moc"
