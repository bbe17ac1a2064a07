// The one statement runner (Connection::execute/rows/value/forEachRow and commit) on both
// backends: a result cut short after some rows is an error, never a shorter success; COMMIT
// of a transaction PostgreSQL has already abandoned is reported as a failure; and the session
// goes on working afterwards.

#include "testdatabase.h"

#include "db/connection.h"

#include <QtTest>

using namespace Salvage;
using Salvage::Test::TestDatabase;

namespace {

// Rows 1-4, then a run-time error while producing row 5.
QString failsAtRowFive(const QString &backend)
{
    if (backend == QLatin1String("postgresql")) {
        return QStringLiteral("SELECT CASE WHEN g < 5 THEN g ELSE 1 / (g - g) END "
                              "FROM generate_series(1, 10) AS g");
    }
    return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                          "WHERE x < 10) SELECT CASE WHEN x < 5 THEN x "
                          "ELSE abs(-9223372036854775807 - 1) END FROM c");
}

} // namespace

class TestStatementRunner : public QObject
{
    Q_OBJECT

private slots:
    void resultCutShortIsAnError_data() { TestDatabase::addBackendData(); }
    void resultCutShortIsAnError();
    void valueNeedsARow_data() { TestDatabase::addBackendData(); }
    void valueNeedsARow();
    void commitOfAnAbandonedTransactionFails();
    void commitSavesAndSays_data() { TestDatabase::addBackendData(); }
    void commitSavesAndSays();
};

void TestStatementRunner::resultCutShortIsAnError()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, QString());
    Connection connection = db.connect();
    QVERIFY(connection.isOpen());

    int seen = 0;
    const Result<Done> streamed = connection.forEachRow(failsAtRowFive(backend),
                                                        {},
                                                        [&seen](QVariantList &&) {
                                                            ++seen;
                                                            return true;
                                                        });
    QVERIFY2(!streamed.ok(), "a result that ended in an error was taken as complete");
    QVERIFY(streamed.error().isError());
    QVERIFY(seen <= 4);

    const Result<QList<QVariantList>> all = connection.rows(failsAtRowFive(backend));
    QVERIFY(!all.ok());
    QVERIFY(!connection.value(failsAtRowFive(backend)).ok());

    // The session goes on.
    const Result<QVariant> one = connection.value(QStringLiteral("SELECT 1"));
    QVERIFY2(one.ok(), qPrintable(one.error().message));
    QCOMPARE(one->toInt(), 1);
}

void TestStatementRunner::valueNeedsARow()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY);"));
    Connection connection = db.connect();
    const Result<QVariant> none = connection.value(QStringLiteral("SELECT id FROM t"));
    QVERIFY(!none.ok());
    QVERIFY(!none.error().message.isEmpty());
    const Result<int> inserted
        = connection.execute(QStringLiteral("INSERT INTO t (id) VALUES (?), (?)"), {7, 8});
    QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
    QCOMPARE(*inserted, 2);
    QCOMPARE(connection.value(QStringLiteral("SELECT max(id) FROM t"))->toInt(), 8);
}

void TestStatementRunner::commitOfAnAbandonedTransactionFails()
{
    if (!TestDatabase::backends().contains(QLatin1String("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db,
                          QStringLiteral("postgresql"),
                          QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY);"));
    Connection connection = db.connect();
    DbError error;
    QVERIFY(connection.begin(&error));
    QVERIFY(connection.exec(QStringLiteral("INSERT INTO t VALUES (1)"), {}, &error));
    // A failed statement whose error a caller ignored: PostgreSQL then answers COMMIT with
    // ROLLBACK, and no error.
    QVERIFY(!connection.execute(QStringLiteral("SELECT 1 / 0")).ok());
    DbError commitError;
    QVERIFY2(!connection.commit(&commitError), "COMMIT answered with ROLLBACK counted as saved");
    QVERIFY(commitError.isError());
    QVERIFY2(commitError.message.contains(QLatin1String("rolled the transaction back")),
             qPrintable(commitError.message));
    QCOMPARE(db.scalar("SELECT count(*) FROM t").toInt(), 0);
    // Not in a transaction any more: the next one works.
    QVERIFY(connection.begin(&error));
    QVERIFY(connection.exec(QStringLiteral("INSERT INTO t VALUES (2)"), {}, &error));
    QVERIFY2(connection.commit(&error), qPrintable(error.message));
    QCOMPARE(db.scalar("SELECT count(*) FROM t").toInt(), 1);
}

void TestStatementRunner::commitSavesAndSays()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY);"));
    Connection connection = db.connect();
    DbError error;
    QVERIFY(connection.begin(&error));
    QVERIFY(connection.exec(QStringLiteral("INSERT INTO t VALUES (1)"), {}, &error));
    QVERIFY2(connection.commit(&error), qPrintable(error.message));
    QVERIFY(!error.isError());
    QCOMPARE(db.scalar("SELECT count(*) FROM t").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestStatementRunner)
#include "tst_statementrunner.moc"
