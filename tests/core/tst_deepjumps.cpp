// Jumps far into a table before the model knows where its blocks start: the rows shown at
// once are placed approximately (a random sample of the sort keys, or the end by the
// estimated count) and become exactly the rows at those positions once the exact count and
// the key directory arrive — with no model reset, no OFFSET beyond RowQuery::MaxOffset, and
// the model valid under QAbstractItemModelTester throughout.
#include "sqlchecks.h"
#include "testdatabase.h"

#include "models/recordmodel.h"
#include "schema/schemainspector.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Salvage;
using Salvage::Test::deepOffset;
using Salvage::Test::TestDatabase;

namespace {

constexpr int rowTotal = 40000; // every 10th trashed: 36,000 active rows, 141 blocks of 256
constexpr int loadTimeout = 30000;

QString deepScript(const QString &backend)
{
    const bool pg = backend == QLatin1String("postgresql");
    const QString columns = QStringLiteral(
        "SELECT i, 'item ' || i, (i * 7919) % 1000, "
        "CASE WHEN i % 10 = 0 THEN %1 END, CASE WHEN i % 10 = 0 THEN 'batchjob' END")
        .arg(pg ? QStringLiteral("TIMESTAMP '2024-03-01 10:00:00'")
                : QStringLiteral("'2024-03-01 10:00:00'"));
    QString script = QStringLiteral("CREATE TABLE deep (id integer PRIMARY KEY, name text NOT "
                                    "NULL, score integer NOT NULL, deleted_at timestamp, "
                                    "deleted_by text);\n");
    if (pg) {
        script += QStringLiteral("INSERT INTO deep %1 FROM generate_series(1, %2) AS g(i);\n"
                                 "ANALYZE deep;\n")
                      .arg(columns)
                      .arg(rowTotal);
    } else {
        script += QStringLiteral("INSERT INTO deep WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL "
                                 "SELECT i + 1 FROM g WHERE i < %2) %1 FROM g;\n")
                      .arg(columns)
                      .arg(rowTotal);
    }
    return script;
}

TableInfo inspect(const TestDatabase &db)
{
    Connection connection = db.connect();
    SchemaInspector inspector(connection);
    DbError error;
    const QString schema = db.backend() == QLatin1String("postgresql") ? QStringLiteral("public")
                                                                        : QString();
    TableInfo table = inspector.table({schema, QStringLiteral("deep")}, &error);
    if (error.isError())
        qWarning().noquote() << "SchemaInspector::table:" << error.message;
    return table;
}

// The id at `row` of the active rows in the given order, straight from the database.
int expectedId(const TestDatabase &db, const QString &orderBy, int row)
{
    return db.scalar(QStringLiteral("SELECT id FROM deep WHERE deleted_at IS NULL ORDER BY %1 "
                                    "LIMIT 1 OFFSET %2")
                         .arg(orderBy)
                         .arg(row))
        .toInt();
}

// Asks for `row` like a view does until it is shown.
bool show(RecordModel &model, int row)
{
    return QTest::qWaitFor(
        [&]() {
            if (model.isRowLoaded(row))
                return true;
            model.prefetch(row);
            return false;
        },
        loadTimeout);
}

bool settle(RecordModel &model)
{
    return QTest::qWaitFor([&]() { return model.isCountExact() && !model.isLoading(); },
                           loadTimeout);
}

} // namespace

class TestDeepJumps : public QObject
{
    Q_OBJECT

private slots:
    void approximateThenExact_data();
    void approximateThenExact();
};

void TestDeepJumps::approximateThenExact_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("sortColumn");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("orderBy");
    for (const QString &backend : TestDatabase::backends()) {
        QTest::addRow("%s: key order", qPrintable(backend))
            << backend << QString() << Qt::AscendingOrder << QStringLiteral("id");
        QTest::addRow("%s: by score, descending", qPrintable(backend))
            << backend << QStringLiteral("score") << Qt::DescendingOrder
            << QStringLiteral("score DESC, id DESC");
    }
}

void TestDeepJumps::approximateThenExact()
{
    QFETCH(QString, backend);
    QFETCH(QString, sortColumn);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, orderBy);
    SALVAGE_TEST_DATABASE(db, backend, deepScript(backend));
    const TableInfo table = inspect(db);
    QVERIFY(table.convention.isSoftDeletable());
    const int active = db.scalar("SELECT count(*) FROM deep WHERE deleted_at IS NULL").toInt();
    QCOMPARE(active, rowTotal - rowTotal / 10);

    RecordModel model(db.url());
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.holdScanForTesting(true); // the exact count and the directory are "slow"
    model.setTableInfo(table);
    model.setScope(Scope::Active);
    if (!sortColumn.isEmpty())
        model.sort(table.columnIndex(sortColumn), order);
    resets.clear();

    // At once: the first rows and an estimated size (planner statistics / largest rowid).
    QVERIFY(show(model, 0));
    QVERIFY(QTest::qWaitFor([&]() { return model.rowCount() > 10 * RecordModel::DefaultPageSize; },
                            loadTimeout));
    QVERIFY(!model.isCountExact());
    QCOMPARE(model.value(0, 0).toInt(), expectedId(db, orderBy, 0));

    // The middle and the end are shown without waiting for the directory, marked "≈".
    const int middle = model.rowCount() / 2;
    QVERIFY(show(model, middle));
    QVERIFY(!model.isRowPositionExact(middle));
    QVERIFY(model.headerData(middle, Qt::Vertical).toString().startsWith(QStringLiteral("≈")));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("1"));
    const int approximateId = model.value(middle, 0).toInt();
    QVERIFY(approximateId > 0);
    if (sortColumn.isEmpty()) {
        // Placed by a sample of the keys: near the right place, not far off.
        const int exact = expectedId(db, orderBy, middle);
        QVERIFY2(std::abs(approximateId - exact) < rowTotal / 10,
                 qPrintable(QStringLiteral("id %1 shown where %2 belongs")
                                .arg(approximateId)
                                .arg(exact)));
    }
    const int end = model.rowCount() - 1;
    QVERIFY(show(model, end));
    QVERIFY(model.value(end, 0).toInt() > 0);
    QVERIFY(!model.isRowPositionExact(end));

    // Once the count and the directory arrive, every row is the one at its position.
    model.holdScanForTesting(false);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), active);
    for (int row : {middle, active / 3, active - 1, active - 300, 257, 0}) {
        QVERIFY2(show(model, row), qPrintable(QString::number(row)));
        QVERIFY(settle(model));
        QVERIFY2(model.isRowPositionExact(row), qPrintable(QString::number(row)));
        QCOMPARE(model.value(row, 0).toInt(), expectedId(db, orderBy, row));
        QCOMPARE(model.headerData(row, Qt::Vertical).toString(), QString::number(row + 1));
    }
    QCOMPARE(resets.count(), 0);
    const QString deep = deepOffset(model.issuedStatements());
    QVERIFY2(deep.isEmpty(), qPrintable(deep));
}

QTEST_GUILESS_MAIN(TestDeepJumps)
#include "tst_deepjumps.moc"
