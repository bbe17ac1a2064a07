// What an erasure does to the old row versions after its commit (ScrubMode): by default on
// PostgreSQL a plain VACUUM, which a session using the table does not block; VACUUM FULL only
// when chosen, giving up when it cannot get the table's lock and naming the command to run;
// nothing at all when so chosen. SQLite always overwrites the freed space. Every mode reports
// per touched table what was done.

#include "tablelookup.h"
#include "testdatabase.h"

#include "privacy/erasureinputs.h"
#include "privacy/erasureservice.h"
#include "privacy/rulestore.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Salvage;
using Salvage::Test::InspectedDatabase;
using Salvage::Test::TestDatabase;

namespace {

const char schema[] = "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, "
                      "note TEXT);\n"
                      "INSERT INTO customers VALUES (1, 'ann@example.org', 'first');\n"
                      "INSERT INTO customers VALUES (2, 'ben@example.org', 'second');\n"
                      "INSERT INTO customers VALUES (3, 'cid@example.org', 'third');\n";

bool isPg(const QString &backend)
{
    return backend == QLatin1String("postgresql");
}

// Erases `email` with an email rule for customers.email; fails the test on any refusal.
ErasureResult erase(InspectedDatabase &d, const QString &email, ScrubMode mode, int waitSeconds)
{
    AnonymizationRule rule;
    rule.table = Salvage::Test::findTable(d.tables, QStringLiteral("customers"))->name;
    rule.column = QStringLiteral("email");
    rule.kind = RuleKind::Email;
    DbError error;
    if (!RuleStore(d.connection).saveRule(rule, d.tables, QStringLiteral("dpo"), &error))
        qWarning().noquote() << error.message;
    SubjectSearch search;
    search.value = email;
    ErasureOptions options;
    options.ticket = QStringLiteral("T-1");
    PlannedErasure planned = planErasure(d.connection, d.tables, search, options, true);
    planned.plan.ticket = options.ticket;
    ErasureService service(d.connection, d.tables);
    service.setScrubbing(mode, waitSeconds);
    return service.apply(planned.plan, QStringLiteral("dpo"), true);
}

} // namespace

class TestScrubbing : public QObject
{
    Q_OBJECT

private slots:
    void modes_data();
    void modes();
    void fullGivesUpOnALockedTable();
};

void TestScrubbing::modes_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<ScrubMode>("mode");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("done");
    for (const QString &backend : TestDatabase::backends()) {
        const QByteArray b = backend.toUtf8();
        if (!isPg(backend)) {
            QTest::newRow(b + " vacuum") << backend << ScrubMode::Vacuum << "secure_delete" << true;
            QTest::newRow(b + " none") << backend << ScrubMode::None << "secure_delete" << true;
            continue;
        }
        QTest::newRow(b + " vacuum") << backend << ScrubMode::Vacuum << "vacuum" << true;
        QTest::newRow(b + " full") << backend << ScrubMode::Full << "vacuum_full" << true;
        QTest::newRow(b + " none") << backend << ScrubMode::None << "none" << false;
    }
}

void TestScrubbing::modes()
{
    QFETCH(QString, backend);
    QFETCH(ScrubMode, mode);
    QFETCH(QString, action);
    QFETCH(bool, done);
    InspectedDatabase d(backend, QString::fromLatin1(schema));
    QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
    // A session that reads the table and stays in its transaction: plain VACUUM must not
    // wait for it (VACUUM FULL would, for its exclusive lock).
    Connection reader = d.db.connect();
    DbError error;
    const bool reading = isPg(backend) && mode != ScrubMode::Full;
    if (reading) {
        QVERIFY(reader.begin(&error));
        QVERIFY(reader.value(QStringLiteral("SELECT count(*) FROM customers")).ok());
    }

    const ErasureResult result = erase(d, QStringLiteral("ann@example.org"), mode, 5);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(d.db.scalar("SELECT count(*) FROM customers WHERE email = 'ann@example.org'").toInt(),
             0);
    QCOMPARE(result.scrubMode, mode);
    QCOMPARE(result.scrubbedTables.size(), 1);
    const TableScrub &scrub = result.scrubbedTables.first();
    QCOMPARE(scrub.table.name, QStringLiteral("customers"));
    QCOMPARE(scrub.action, action);
    QCOMPARE(scrub.done, done);
    QVERIFY(!scrub.note.isEmpty());
    // Whatever was left is named with the command that removes it.
    QCOMPARE(scrub.command.isEmpty(), !isPg(backend) || mode == ScrubMode::Full);
    if (!scrub.command.isEmpty())
        QVERIFY2(scrub.command.startsWith(QLatin1String("VACUUM (FULL, ANALYZE) ")),
                 qPrintable(scrub.command));
    if (reading)
        reader.rollback();
}

void TestScrubbing::fullGivesUpOnALockedTable()
{
    if (!TestDatabase::backends().contains(QLatin1String("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    InspectedDatabase d(QStringLiteral("postgresql"), QString::fromLatin1(schema));
    QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
    // A session holding the table's lock without a snapshot (nothing older to wait for):
    // VACUUM FULL cannot start its rewrite and must not queue everyone behind it for long.
    Connection holder = d.db.connect();
    DbError error;
    QVERIFY(holder.begin(&error));
    QVERIFY(holder.exec(QStringLiteral("LOCK TABLE customers IN ACCESS SHARE MODE"), {}, &error));

    QElapsedTimer timer;
    timer.start();
    const ErasureResult result = erase(d, QStringLiteral("ben@example.org"), ScrubMode::Full, 1);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QVERIFY2(timer.elapsed() < 30000, "VACUUM FULL waited past its lock timeout");
    // The erasure itself is committed; only the rewrite is left to a maintenance window.
    QCOMPARE(d.db.scalar("SELECT count(*) FROM customers WHERE email = 'ben@example.org'").toInt(),
             0);
    QCOMPARE(result.scrubbedTables.size(), 1);
    const TableScrub &scrub = result.scrubbedTables.first();
    QCOMPARE(scrub.action, QStringLiteral("vacuum_full"));
    QVERIFY(!scrub.done);
    QVERIFY2(scrub.note.contains(QLatin1String("exclusive lock")), qPrintable(scrub.note));
    QCOMPARE(scrub.command, QStringLiteral("VACUUM (FULL, ANALYZE) \"public\".\"customers\";"));
    QVERIFY2(result.stillHolds.join(u'\n').contains(scrub.command),
             qPrintable(result.stillHolds.join(u'\n')));
    holder.rollback();
}

QTEST_GUILESS_MAIN(TestScrubbing)
#include "tst_scrubbing.moc"
