// The erasure's verification: binary columns, columns it may not read (complete / unsearched,
// --strict), copies outside the plan named by table, key and column, and --redact-mentions.
#include "erasureshop.h"
#include "roles.h"
#include "snapshot.h"
#include "tablelookup.h"
#include "testdatabase.h"

#include "privacy/erasureinputs.h"
#include "privacy/erasurereport.h"
#include "privacy/erasureservice.h"
#include "privacy/rulestore.h"
#include "trash/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Salvage;
using Salvage::Test::inspectTables;
using Salvage::Test::snapshot;
using Salvage::Test::tableName;
using Salvage::Test::TestDatabase;

namespace {

const QString officer = QStringLiteral("privacy.officer");

bool isPg(const QString &backend)
{
    return backend == QLatin1String("postgresql");
}

// A colleague's ticket (Bob's, id 101) that quotes Jane's e-mail in another case.
const QString bystanderTicket = QStringLiteral(
    "INSERT INTO support_tickets VALUES (101, 100, 'Callback', "
    "'Customer JANE.MARKER@example.com called twice, please help', NULL);\n");

// Jane's e-mail inside a binary value, between NUL bytes.
QString binaryCopy(const QString &backend)
{
    const QString hex = QString::fromLatin1(
        (QByteArray("\x00\x01", 2) + "jane.marker@example.com" + QByteArray("\x00", 1)).toHex());
    return isPg(backend)
               ? QStringLiteral("CREATE TABLE attachments (id integer PRIMARY KEY, data bytea);\n"
                                "INSERT INTO attachments VALUES (1, decode('%1', 'hex'));\n")
                     .arg(hex)
               : QStringLiteral("CREATE TABLE attachments (id integer PRIMARY KEY, data BLOB);\n"
                                "INSERT INTO attachments VALUES (1, X'%1');\n")
                     .arg(hex);
}

// Stored rules for every personal column of the shop, so that --strict plans.
QString storeRules(Connection &connection, const QString &backend, const QList<TableInfo> &tables)
{
    RuleStore store(connection);
    DbError error;
    if (!store.ensureTables(&error))
        return error.message;
    const QList<QPair<QString, QString>> columns = {{"users", "email"},
                                                    {"users", "name"},
                                                    {"users", "phone"},
                                                    {"users", "notes"},
                                                    {"addresses", "street"},
                                                    {"addresses", "city"},
                                                    {"orders", "shipping_name"},
                                                    {"order_items", "gift_message"},
                                                    {"support_tickets", "body"},
                                                    {"newsletter_subscribers", "email"}};
    for (const auto &column : columns) {
        AnonymizationRule r;
        r.table = tableName(backend, column.first);
        r.column = column.second;
        r.kind = column.second == QLatin1String("email")   ? RuleKind::Email
                 : column.second == QLatin1String("notes") ? RuleKind::Keep
                                                           : RuleKind::Redact;
        if (!store.saveRule(r, tables, QStringLiteral("dpo"), &error))
            return column.second + QLatin1String(": ") + error.message;
    }
    for (const char *name : {"sessions", "session_events"}) {
        if (!store.setPurgeOnErasure(tableName(backend, name), true, QStringLiteral("dpo"), &error))
            return error.message;
    }
    return store.salt(&error).isEmpty() ? error.message : QString();
}

Salvage::Test::SnapshotTables dataTables(const QStringList &extra = {})
{
    Salvage::Test::SnapshotTables tables;
    for (const QString &name : Salvage::Test::erasureShopTables() + extra)
        tables << qMakePair(name, QStringLiteral("id"));
    return tables;
}

PlannedErasure planJane(Connection &connection,
                        const QList<TableInfo> &tables,
                        bool redact,
                        bool strict = false)
{
    SubjectSearch search;
    search.value = QStringLiteral("jane.marker@example.com");
    ErasureOptions options;
    options.ticket = QStringLiteral("GDPR-7");
    options.redactMentions = redact;
    options.strict = strict;
    return planErasure(connection, tables, search, options, true);
}

QJsonObject reportOf(const ErasurePlan &plan, const ErasureResult &result, const TestDatabase &db)
{
    return QJsonDocument::fromJson(ErasureReport::toJson(plan, result, db.url())).object();
}

} // namespace

class TestVerification : public QObject
{
    Q_OBJECT

private slots:
    void mentionRefusedThenRedacted_data() { TestDatabase::addBackendData(); }
    void mentionRefusedThenRedacted();
    void binaryCopyIsFoundAndNotRedacted_data() { TestDatabase::addBackendData(); }
    void binaryCopyIsFoundAndNotRedacted();
    void unreadableTableMakesItIncomplete();
};

void TestVerification::mentionRefusedThenRedacted()
{
    QFETCH(QString, backend);
    Salvage::Test::InspectedDatabase shop(backend,
                                          Salvage::Test::erasureShopSchema(backend)
                                              + bystanderTicket);
    QVERIFY2(shop.problem.isEmpty(), qPrintable(shop.problem));
    QString problem = storeRules(shop.connection, backend, shop.tables);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto before = snapshot(shop.db, dataTables());

    // Without --redact-mentions: refused, naming table, key and column; nothing changed.
    const PlannedErasure plain = planJane(shop.connection, shop.tables, false);
    QVERIFY2(plain.plan.refusal.isEmpty(), qPrintable(plain.plan.refusal));
    QVERIFY(plain.plan.mentions.isEmpty());
    ErasureResult result
        = ErasureService(shop.connection, shop.tables).apply(plain.plan, officer, true);
    QVERIFY(!result.ok);
    const QString place = tableName(backend, "support_tickets").display()
                          + QStringLiteral(".body, row {\"id\":101}");
    QVERIFY2(result.error.message.contains(place), qPrintable(result.error.message));
    QVERIFY2(!result.error.message.contains(QLatin1String("Give the columns")),
             qPrintable(result.error.message));
    QCOMPARE(result.remaining.size(), 1);
    QVERIFY(!result.remaining.first().inPlan);
    QVERIFY(result.remaining.first().redactable);
    const QJsonArray remaining = reportOf(plain.plan, result, shop.db)
                                     .value(QStringLiteral("verification"))
                                     .toObject()
                                     .value(QStringLiteral("remaining"))
                                     .toArray();
    QCOMPARE(remaining.size(), 1);
    QCOMPARE(remaining.first().toObject().value(QStringLiteral("column")).toString(),
             QStringLiteral("body"));
    COMPARE_SNAPSHOTS(before, snapshot(shop.db, dataTables()));

    // With it: the plan lists the row first, the erasure redacts it and audits that.
    const PlannedErasure redacting = planJane(shop.connection, shop.tables, true);
    QCOMPARE(redacting.plan.mentions.size(), 1);
    QCOMPARE(redacting.plan.mentions.first().key.value(0).toInt(), 101);
    QCOMPARE(redacting.plan.mentions.first().column, QStringLiteral("body"));
    result = ErasureService(shop.connection, shop.tables).apply(redacting.plan, officer, true);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(shop.db.scalar("SELECT body FROM support_tickets WHERE id = 101").toString(),
             QStringLiteral("Customer [redacted] called twice, please help"));
    QCOMPARE(shop.db.scalar("SELECT topic FROM support_tickets WHERE id = 101").toString(),
             QStringLiteral("Callback"));
    QCOMPARE(shop.db
                 .scalar("SELECT count(*) FROM salvage_audit WHERE action = 'redact' "
                         "AND row_key LIKE '%101%' AND details LIKE '%body%'")
                 .toInt(),
             1);
    QCOMPARE(shop.db
                 .scalar("SELECT count(*) FROM salvage_audit WHERE lower(details) LIKE "
                         "'%jane.marker%' OR lower(reason) LIKE '%jane.marker%'")
                 .toInt(),
             0);
    const QJsonObject report = reportOf(redacting.plan, result, shop.db);
    const QJsonArray redacted = report.value(QStringLiteral("redacted")).toArray();
    QCOMPARE(redacted.size(), 1);
    QCOMPARE(redacted.first().toObject().value(QStringLiteral("key")).toObject().value("id").toInt(),
             101);
    const QJsonObject verification = report.value(QStringLiteral("verification")).toObject();
    QVERIFY(verification.value(QStringLiteral("complete")).toBool());
    QVERIFY(verification.value(QStringLiteral("clean")).toBool());
}

void TestVerification::binaryCopyIsFoundAndNotRedacted()
{
    QFETCH(QString, backend);
    Salvage::Test::InspectedDatabase shop(backend,
                                          Salvage::Test::erasureShopSchema(backend)
                                              + binaryCopy(backend));
    QVERIFY2(shop.problem.isEmpty(), qPrintable(shop.problem));
    QString problem = storeRules(shop.connection, backend, shop.tables);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto tables = dataTables({QStringLiteral("attachments")});
    const auto before = snapshot(shop.db, tables);
    const QString place = tableName(backend, "attachments").display()
                          + QStringLiteral(".data, row {\"id\":1}");

    for (const bool redact : {false, true}) {
        const PlannedErasure planned = planJane(shop.connection, shop.tables, redact);
        QVERIFY2(planned.plan.refusal.isEmpty(), qPrintable(planned.plan.refusal));
        if (redact) {
            QCOMPARE(planned.plan.mentions.size(), 1);
            QVERIFY(!planned.plan.mentions.first().redactable);
        }
        const ErasureResult result
            = ErasureService(shop.connection, shop.tables).apply(planned.plan, officer, true);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.message.contains(place), qPrintable(result.error.message));
        QVERIFY2(result.remainingAt.contains(place), qPrintable(result.remainingAt.join(u';')));
        COMPARE_SNAPSHOTS(before, snapshot(shop.db, tables));
    }
}

void TestVerification::unreadableTableMakesItIncomplete()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    const QString backend = QStringLiteral("postgresql");
    SALVAGE_TEST_DATABASE(db,
                          backend,
                          Salvage::Test::erasureShopSchema(backend)
                              + QStringLiteral("CREATE TABLE hr_notes (id integer PRIMARY KEY, "
                                               "note text, score integer);\n"));
    {
        Connection owner = db.connect();
        const QString problem = storeRules(owner, backend, inspectTables(owner));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        DbError error;
        QVERIFY2(AuditLog(owner).exists(&error) || AuditLog(owner).create(&error),
                 qPrintable(error.message));
    }
    QString problem;
    QStringList grants = Salvage::Test::rowEditorGrants();
    grants << QStringLiteral("REVOKE ALL ON hr_notes FROM {role}");
    Connection dpo = Salvage::Test::connectAsNewRole(db, QStringLiteral("dpo"), grants, &problem);
    QVERIFY2(dpo.isOpen(), qPrintable(problem));
    const QList<TableInfo> tables = inspectTables(dpo);
    const auto before = snapshot(db, dataTables());

    // --strict: the verification cannot search hr_notes, so nothing is committed.
    const PlannedErasure strict = planJane(dpo, tables, false, true);
    QVERIFY2(strict.plan.refusal.isEmpty(), qPrintable(strict.plan.refusal));
    ErasureResult result = ErasureService(dpo, tables).apply(strict.plan, officer, false);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QLatin1String("hr_notes.note")),
             qPrintable(result.error.message));
    COMPARE_SNAPSHOTS(before, snapshot(db, dataTables()));

    // Without it the erasure commits, and the report says what was not searched.
    const PlannedErasure planned = planJane(dpo, tables, false);
    result = ErasureService(dpo, tables).apply(planned.plan, officer, false);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QVERIFY(!result.verificationComplete());
    const QJsonObject verification
        = reportOf(planned.plan, result, db).value(QStringLiteral("verification")).toObject();
    QVERIFY(!verification.value(QStringLiteral("complete")).toBool(true));
    QVERIFY(!verification.value(QStringLiteral("clean")).toBool(true));
    const QJsonArray unsearched = verification.value(QStringLiteral("unsearched")).toArray();
    QCOMPARE(unsearched.size(), 1); // the text column; numbers cannot hold the values
    const QJsonObject column = unsearched.first().toObject();
    QCOMPARE(column.value(QStringLiteral("table")).toString(), QStringLiteral("public.hr_notes"));
    QCOMPARE(column.value(QStringLiteral("column")).toString(), QStringLiteral("note"));
    QCOMPARE(column.value(QStringLiteral("why")).toString(), QStringLiteral("no SELECT permission"));
}

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
