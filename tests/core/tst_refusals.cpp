// Refusals by the database name what refused, on both backends: a restore that would
// duplicate a unique value names the index, the table and the key of the row that already
// holds the value; a check constraint is named with its table; nothing changes.

#include "snapshot.h"
#include "tablelookup.h"
#include "testdatabase.h"

#include "trash/trashservice.h"

#include <QtTest>

using namespace Salvage;
using Salvage::Test::InspectedDatabase;
using Salvage::Test::snapshot;

namespace {

QString script(const QString &backend)
{
    const QString ts = Salvage::Test::markerType(backend);
    const QString when = Salvage::Test::markerLiteral(backend, QStringLiteral("2026-01-01 10:00:00"));
    return QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT NOT NULL, "
                          "deleted_at %1, deleted_by TEXT CONSTRAINT accounts_actor_named "
                          "CHECK (deleted_by IS NULL OR deleted_by <> 'nobody'));\n"
                          // One active account per address; trashed ones may repeat it.
                          "CREATE UNIQUE INDEX accounts_email_active ON accounts (email) "
                          "WHERE deleted_at IS NULL;\n"
                          "INSERT INTO accounts VALUES (1, 'sam@example.org', %2, 'alice');\n"
                          "INSERT INTO accounts VALUES (2, 'sam@example.org', NULL, NULL);\n"
                          "INSERT INTO accounts VALUES (3, 'kim@example.org', NULL, NULL);\n")
        .arg(ts, when);
}

const Salvage::Test::SnapshotTables tables = {{QStringLiteral("accounts"), QStringLiteral("id")}};

OperationResult run(InspectedDatabase &d, Operation operation, int id, const QString &actor)
{
    OperationRequest request;
    request.operation = operation;
    request.keys = {RowKey{id}};
    request.actor = actor;
    request.createAuditTable = true;
    return TrashService(d.connection)
        .run(*Salvage::Test::findTable(d.tables, QStringLiteral("accounts")), request);
}

} // namespace

class TestRefusals : public QObject
{
    Q_OBJECT

private slots:
    // No driver warning on stderr (QPSQL's "Unable to free statement" after a failed
    // statement in a transaction).
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QPSQL|QSQLITE|Unable to")));
    }
    void uniqueConflictNamesTheRow_data() { Test::TestDatabase::addBackendData(); }
    void uniqueConflictNamesTheRow();
    void checkConstraintIsNamed_data() { Test::TestDatabase::addBackendData(); }
    void checkConstraintIsNamed();
};

void TestRefusals::uniqueConflictNamesTheRow()
{
    QFETCH(QString, backend);
    InspectedDatabase d(backend, script(backend));
    QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
    const auto before = snapshot(d.db, tables);
    const OperationResult result = run(d, Operation::Restore, 1, QStringLiteral("bob"));
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, DbError::Constraint);
    const QString message = result.error.message;
    QVERIFY2(message.contains(QLatin1String("accounts_email_active")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("accounts")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("row 2")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("email")), qPrintable(message));
    COMPARE_SNAPSHOTS(before, snapshot(d.db, tables));
    // The session goes on: another row can be restored after the refusal.
    QVERIFY(run(d, Operation::Trash, 3, QStringLiteral("bob")).ok);
}

void TestRefusals::checkConstraintIsNamed()
{
    QFETCH(QString, backend);
    InspectedDatabase d(backend, script(backend));
    QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
    const auto before = snapshot(d.db, tables);
    const OperationResult result = run(d, Operation::Trash, 3, QStringLiteral("nobody"));
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, DbError::Constraint);
    QVERIFY2(result.error.message.contains(QLatin1String("accounts_actor_named")),
             qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QLatin1String("accounts")),
             qPrintable(result.error.message));
    COMPARE_SNAPSHOTS(before, snapshot(d.db, tables));
}

QTEST_GUILESS_MAIN(TestRefusals)
#include "tst_refusals.moc"
