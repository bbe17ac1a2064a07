// Legal holds bind every destructive path, on both backends: a selected purge or anonymize
// of a held row is refused with the row named and nothing changed; a bulk purge keeps the held
// rows and counts them; a hold committed while a purge waits for it is seen by that purge.

#include "snapshot.h"
#include "tablelookup.h"
#include "testdatabase.h"

#include "privacy/erasureservice.h"
#include "privacy/legalhold.h"
#include "trash/bulkoperation.h"
#include "trash/trashservice.h"

#include <QThread>
#include <QtTest>

using namespace Salvage;
using Salvage::Test::InspectedDatabase;
using Salvage::Test::snapshot;

namespace {

// Rows 1-4 active, 5-20 in the trash; bystander has the same keys and no holds.
QString script(const QString &backend)
{
    const QString marker = Salvage::Test::markerType(backend);
    const QString when = Salvage::Test::markerLiteral(backend, QStringLiteral("2026-01-01 10:00:00"));
    QString sql = QStringLiteral(
                      "CREATE TABLE comments (id INTEGER PRIMARY KEY, body TEXT, email TEXT, "
                      "deleted_at %1);\n"
                      "CREATE TABLE bystander (id INTEGER PRIMARY KEY, body TEXT, "
                      "deleted_at %1);\n")
                      .arg(marker);
    for (int id = 1; id <= 20; ++id) {
        const QString deleted = id <= 4 ? QStringLiteral("NULL") : when;
        sql += QStringLiteral("INSERT INTO comments VALUES (%1, 'comment %1', "
                              "'user%1@example.org', %2);\n")
                   .arg(id)
                   .arg(deleted);
        sql += QStringLiteral("INSERT INTO bystander VALUES (%1, 'row %1', %2);\n")
                   .arg(id)
                   .arg(deleted);
    }
    return sql;
}

const Salvage::Test::SnapshotTables tables = {{QStringLiteral("comments"), QStringLiteral("id")},
                                              {QStringLiteral("bystander"), QStringLiteral("id")},
                                              {QStringLiteral("salvage_legal_hold"),
                                               QStringLiteral("table_name, row_key")}};

struct Fixture : InspectedDatabase
{
    explicit Fixture(const QString &backend)
        : InspectedDatabase(backend, script(backend))
    {
        if (!problem.isEmpty())
            return;
        comments = Salvage::Test::findTable(tables, QStringLiteral("comments"));
        bystander = Salvage::Test::findTable(tables, QStringLiteral("bystander"));
        if (!comments || !bystander || !comments->isWritable())
            problem = QStringLiteral("comments/bystander not found or not writable");
    }

    bool hold(const TableInfo &table, const QList<int> &ids, const QString &reason)
    {
        QList<RowKey> keys;
        for (int id : ids)
            keys << RowKey{id};
        DbError error;
        if (LegalHolds(connection).hold(table, keys, reason, {}, QStringLiteral("legal"), &error))
            return true;
        qWarning().noquote() << error.message << error.driverText;
        return false;
    }

    OperationResult purge(const QList<int> &ids)
    {
        OperationRequest request;
        request.operation = Operation::Purge;
        for (int id : ids)
            request.keys << RowKey{id};
        request.actor = QStringLiteral("bob");
        request.createAuditTable = true;
        return TrashService(connection).run(*comments, request);
    }

    int rowsLeft(const QString &where) const
    {
        return db.scalar(QLatin1String("SELECT count(*) FROM comments WHERE ") + where).toInt();
    }

    const TableInfo *comments = nullptr;
    const TableInfo *bystander = nullptr;
};

#define FIXTURE(var) \
    QFETCH(QString, backend); \
    Fixture var /* NOLINT(bugprone-macro-parentheses): a declarator takes none */ (backend); \
    QVERIFY2((var).problem.isEmpty(), qPrintable((var).problem))

} // namespace

class TestLegalHolds : public QObject
{
    Q_OBJECT

private slots:
    void selectedPurgeRefusesHeldRows_data() { Test::TestDatabase::addBackendData(); }
    void selectedPurgeRefusesHeldRows();
    void expiredHoldNoLongerBinds_data() { Test::TestDatabase::addBackendData(); }
    void expiredHoldNoLongerBinds();
    void bulkPurgeKeepsHeldRows_data() { Test::TestDatabase::addBackendData(); }
    void bulkPurgeKeepsHeldRows();
    void bulkPurgeOfOnlyHeldRowsIsRefused_data() { Test::TestDatabase::addBackendData(); }
    void bulkPurgeOfOnlyHeldRowsIsRefused();
    void anonymizeRefusesHeldRows_data() { Test::TestDatabase::addBackendData(); }
    void anonymizeRefusesHeldRows();
    void holdCommittedMeanwhileIsSeen_data() { Test::TestDatabase::addBackendData(); }
    void holdCommittedMeanwhileIsSeen();
};

void TestLegalHolds::selectedPurgeRefusesHeldRows()
{
    FIXTURE(f);
    // The same key held in another table binds nothing here.
    QVERIFY(f.hold(*f.comments, {5}, QStringLiteral("litigation")));
    QVERIFY(f.hold(*f.bystander, {6}, QStringLiteral("other case")));
    const auto before = snapshot(f.db, tables);

    const OperationResult refused = f.purge({6, 5, 7});
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind, DbError::Refused);
    QVERIFY2(refused.error.message.contains(QLatin1String("5 (litigation)")),
             qPrintable(refused.error.message));
    QVERIFY2(!refused.error.message.contains(QLatin1String("6 (")),
             qPrintable(refused.error.message));
    QCOMPARE(refused.problemRows, QList<RowKey>{RowKey{5}});
    COMPARE_SNAPSHOTS(before, snapshot(f.db, tables));

    // The same session goes on working: the rows that are not held can be purged.
    const OperationResult purged = f.purge({6, 7});
    QVERIFY2(purged.ok, qPrintable(purged.error.message));
    QCOMPARE(purged.rows, 2);
    QCOMPARE(f.rowsLeft(QStringLiteral("id IN (5, 6, 7)")), 1);
}

void TestLegalHolds::expiredHoldNoLongerBinds()
{
    FIXTURE(f);
    QVERIFY(f.hold(*f.comments, {5}, QStringLiteral("litigation")));
    // Through its `until` day a hold binds; the day after it does not.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QVERIFY(f.db.exec(QStringLiteral("UPDATE salvage_legal_hold SET held_until = '%1'").arg(today)));
    QVERIFY(!f.purge({5}).ok);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    QVERIFY(f.db.exec(
        QStringLiteral("UPDATE salvage_legal_hold SET held_until = '%1'").arg(yesterday)));
    const OperationResult purged = f.purge({5});
    QVERIFY2(purged.ok, qPrintable(purged.error.message));
    QCOMPARE(f.rowsLeft(QStringLiteral("id = 5")), 0);
}

void TestLegalHolds::bulkPurgeKeepsHeldRows()
{
    FIXTURE(f);
    QVERIFY(f.hold(*f.comments, {7, 12, 2}, QStringLiteral("litigation"))); // 2 is active
    QVERIFY(f.hold(*f.bystander, {8}, QStringLiteral("other case")));
    const QString bystanderBefore = f.db.dump(QStringLiteral("bystander"), QStringLiteral("id"));

    BulkOperation bulk(f.connection);
    bulk.setBatchRows(4); // several batches, the held keys inside them
    OperationRequest request;
    request.operation = Operation::Purge;
    request.actor = QStringLiteral("bob");
    request.createAuditTable = true;
    const OperationResult result = bulk.run(*f.comments, request, RowFilter());
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.rows, 14);    // trashed 5-20 less 7 and 12
    QCOMPARE(result.heldRows, 2); // 2 is held but active: it never matched
    QCOMPARE(f.rowsLeft(QStringLiteral("deleted_at IS NOT NULL")), 2);
    QCOMPARE(f.rowsLeft(QStringLiteral("id IN (7, 12)")), 2);
    QCOMPARE(f.rowsLeft(QStringLiteral("deleted_at IS NULL")), 4);
    QCOMPARE(f.db.dump(QStringLiteral("bystander"), QStringLiteral("id")), bystanderBefore);
    QCOMPARE(f.db.scalar("SELECT count(*) FROM salvage_legal_hold").toInt(), 4);
}

void TestLegalHolds::bulkPurgeOfOnlyHeldRowsIsRefused()
{
    FIXTURE(f);
    QVERIFY(f.hold(*f.comments, {9}, QStringLiteral("litigation")));
    const auto before = snapshot(f.db, tables);
    OperationRequest request;
    request.operation = Operation::Purge;
    request.actor = QStringLiteral("bob");
    request.createAuditTable = true;
    RowFilter onlyNine;
    onlyNine.search = QStringLiteral("user9@");
    const OperationResult result = BulkOperation(f.connection).run(*f.comments, request, onlyNine);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QLatin1String("legal hold")),
             qPrintable(result.error.message));
    COMPARE_SNAPSHOTS(before, snapshot(f.db, tables));
}

void TestLegalHolds::anonymizeRefusesHeldRows()
{
    FIXTURE(f);
    QVERIFY(f.hold(*f.comments, {6}, QStringLiteral("regulator request")));
    const auto before = snapshot(f.db, tables);
    ErasureService service(f.connection, f.tables);
    const ErasureResult result
        = service.anonymizeRows(*f.comments, {RowKey{5}, RowKey{6}}, QStringLiteral("dpo"), true);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QLatin1String("6 (regulator request)")),
             qPrintable(result.error.message));
    COMPARE_SNAPSHOTS(before, snapshot(f.db, tables));
}

void TestLegalHolds::holdCommittedMeanwhileIsSeen()
{
    FIXTURE(f);
    const bool pg = f.connection.backend() == Backend::PostgreSQL;
    QVERIFY(f.hold(*f.comments, {20}, QStringLiteral("earlier case"))); // the table exists
    // Another session places a hold on row 5 and has not committed yet.
    Connection other = f.db.connect();
    DbError error;
    QVERIFY(other.begin(&error));
    if (pg) {
        QVERIFY(other.exec(QStringLiteral("LOCK TABLE salvage_legal_hold IN SHARE ROW EXCLUSIVE "
                                          "MODE"),
                           {},
                           &error));
    }
    QVERIFY(other.exec(QStringLiteral("INSERT INTO salvage_legal_hold (table_name, row_key, "
                                      "key_values, reason, actor) VALUES (?, ?, '[5]', "
                                      "'late case', 'legal')"),
                       {f.comments->name.display(), rowKeyToJson(*f.comments, RowKey{5})},
                       &error));

    // The purge runs on its own connection in its own thread (a QtSql connection belongs to
    // the thread that opened it).
    OperationResult purged;
    const ConnectionUrl url = f.db.url();
    const TableInfo table = *f.comments;
    QThread *worker = QThread::create([&purged, url, table] {
        DbError openError;
        Connection connection = Connection::open(url, &openError);
        OperationRequest request;
        request.operation = Operation::Purge;
        request.keys = {RowKey{5}};
        request.actor = QStringLiteral("bob");
        purged = TrashService(connection).run(table, request);
    });
    worker->start();
    if (pg) {
        // The purge must wait for the hold instead of reading the holds before it commits.
        QTRY_VERIFY_WITH_TIMEOUT(f.db.scalar("SELECT count(*) FROM pg_locks l JOIN pg_class c "
                                             "ON c.oid = l.relation WHERE NOT l.granted AND "
                                             "c.relname = 'salvage_legal_hold'")
                                         .toInt()
                                     == 1,
                                 10000);
    }
    QVERIFY(other.commit(&error));
    QVERIFY(worker->wait(20000));
    delete worker;
    QVERIFY(!purged.ok);
    QVERIFY2(purged.error.message.contains(QLatin1String("5 (late case)")),
             qPrintable(purged.error.message));
    QCOMPARE(f.rowsLeft(QStringLiteral("id = 5")), 1);
}

QTEST_GUILESS_MAIN(TestLegalHolds)
#include "tst_legalholds.moc"
