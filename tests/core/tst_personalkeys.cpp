// Personal primary keys and audited governance, on both backends. A subject whose email is
// the primary key of users (and referenced by orders) is erased end to end: the audit rows
// and the legal hold that named the row by its email afterwards name it by the key's keyed
// hash, so no table, Salvage's own included, holds the email in any case. Changing the
// anonymization rules and the purge marks writes audit rows with the actor and kinds only.

#include "tablelookup.h"
#include "testdatabase.h"

#include "privacy/erasurereport.h"
#include "privacy/erasureservice.h"
#include "privacy/legalhold.h"
#include "privacy/rulestore.h"
#include "trash/trashservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Salvage;
using Salvage::Test::findTable;
using Salvage::Test::InspectedDatabase;
using Salvage::Test::tableName;

namespace {

const char jane[] = "Jane@Example.org";
const char janeLower[] = "jane@example.org";

QString script(const QString &backend)
{
    const QString marker = backend == QLatin1String("postgresql") ? QStringLiteral("TIMESTAMPTZ")
                                                                  : QStringLiteral("TIMESTAMP");
    return QStringLiteral("CREATE TABLE users (email TEXT PRIMARY KEY, name TEXT, deleted_at %1);\n"
                          "CREATE TABLE orders (id INTEGER PRIMARY KEY, "
                          "user_email TEXT REFERENCES users (email), item TEXT, deleted_at %1);\n"
                          "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n"
                          "INSERT INTO users VALUES ('Jane@Example.org', 'Jane Roe', NULL);\n"
                          "INSERT INTO users VALUES ('bob@example.org', 'Bob Poe', NULL);\n"
                          "INSERT INTO orders VALUES (1, 'Jane@Example.org', 'lamp', NULL);\n"
                          "INSERT INTO orders VALUES (2, 'bob@example.org', 'chair', NULL);\n"
                          "INSERT INTO notes VALUES (1, 'shelf');\n")
        .arg(marker);
}

// The text columns of every table the test database has, Salvage's own included.
const QList<QPair<QString, QStringList>> textColumns = {
    {QStringLiteral("users"), {QStringLiteral("email"), QStringLiteral("name")}},
    {QStringLiteral("orders"), {QStringLiteral("user_email"), QStringLiteral("item")}},
    {QStringLiteral("notes"), {QStringLiteral("body")}},
    {QStringLiteral("salvage_audit"),
     {QStringLiteral("operation_id"),
      QStringLiteral("actor"),
      QStringLiteral("action"),
      QStringLiteral("table_name"),
      QStringLiteral("row_key"),
      QStringLiteral("reason"),
      QStringLiteral("details")}},
    {QStringLiteral("salvage_legal_hold"),
     {QStringLiteral("table_name"),
      QStringLiteral("row_key"),
      QStringLiteral("key_values"),
      QStringLiteral("reason"),
      QStringLiteral("actor")}},
    {QStringLiteral("salvage_anonymization_rule"),
     {QStringLiteral("table_name"),
      QStringLiteral("column_name"),
      QStringLiteral("rule"),
      QStringLiteral("parameter"),
      QStringLiteral("updated_by")}},
};

struct Fixture : InspectedDatabase
{
    explicit Fixture(const QString &backend)
        : InspectedDatabase(backend, script(backend))
    {
        if (!problem.isEmpty())
            return;
        users = findTable(tables, QStringLiteral("users"));
        orders = findTable(tables, QStringLiteral("orders"));
        if (!users || !orders || !users->isWritable())
            problem = QStringLiteral("users/orders not found or not writable");
    }

    bool trashOp(Operation operation)
    {
        OperationRequest request;
        request.operation = operation;
        request.keys = {RowKey{QString::fromLatin1(jane)}};
        request.actor = QStringLiteral("support");
        request.createAuditTable = true;
        const OperationResult result = TrashService(connection).run(*users, request);
        if (!result.ok)
            qWarning().noquote() << result.error.message << result.error.driverText;
        return result.ok;
    }

    ErasurePlan plan(QString *why)
    {
        DbError error;
        SubjectSearch search;
        search.value = QString::fromLatin1(janeLower);
        const QList<SubjectRow> rows = SubjectFinder(connection, tables).find(search, &error);
        RuleStore store(connection);
        const QList<AnonymizationRule> rules = store.rules(&error);
        const QList<QualifiedName> purge = store.purgeOnErasure(&error);
        const QByteArray salt = store.salt(&error);
        const QList<Hold> holds = LegalHolds(connection).holds({}, &error);
        *why = error.message;
        ErasureOptions options;
        options.ticket = QStringLiteral("GDPR-12");
        return ErasurePlanner::plan(rows, tables, rules, purge, holds, salt, search.value, options);
    }

    // Rows of all text columns of all tables that contain `value` in any case.
    int rowsContaining(const QString &value) const
    {
        int total = 0;
        for (const auto &table : textColumns) {
            QStringList any;
            for (const QString &column : table.second)
                any << QStringLiteral("lower(%1) LIKE '%%2%'").arg(column, value.toLower());
            const QVariant n = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                             .arg(table.first, any.join(QLatin1String(" OR "))));
            if (!n.isValid())
                return -1;
            if (n.toInt() > 0)
                qWarning().noquote() << table.first << "holds" << n.toInt() << "rows with it";
            total += n.toInt();
        }
        return total;
    }

    int audit(const QString &where) const
    {
        return db.scalar(QLatin1String("SELECT count(*) FROM salvage_audit WHERE ") + where).toInt();
    }

    const TableInfo *users = nullptr;
    const TableInfo *orders = nullptr;
};

#define FIXTURE(var) \
    QFETCH(QString, backend); \
    Fixture var /* NOLINT(bugprone-macro-parentheses): a declarator takes none */ (backend); \
    QVERIFY2((var).problem.isEmpty(), qPrintable((var).problem))

} // namespace

class TestPersonalKeys : public QObject
{
    Q_OBJECT

private slots:
    void keyReferencedByKeptRowsIsRefused_data() { Test::TestDatabase::addBackendData(); }
    void keyReferencedByKeptRowsIsRefused();
    void emailKeyedSubjectIsErased_data() { Test::TestDatabase::addBackendData(); }
    void emailKeyedSubjectIsErased();
    void ruleChangesAreAudited_data() { Test::TestDatabase::addBackendData(); }
    void ruleChangesAreAudited();
};

void TestPersonalKeys::keyReferencedByKeptRowsIsRefused()
{
    FIXTURE(f);
    // orders keeps Jane's order, which refers to her key: no purge, no anonymizing the key.
    QString why;
    const ErasurePlan plan = f.plan(&why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY(plan.refusal.contains(QLatin1String("primary key")));
    QVERIFY(plan.refusal.contains(f.orders->name.display()));
    QVERIFY(plan.refusal.contains(QLatin1String("purge on erasure")));
}

void TestPersonalKeys::emailKeyedSubjectIsErased()
{
    FIXTURE(f);
    DbError error;
    RuleStore store(f.connection);
    QVERIFY2(store.setPurgeOnErasure(f.orders->name, true, QStringLiteral("dpo"), &error),
             qPrintable(error.message));
    AnonymizationRule name{f.users->name, QStringLiteral("name"), RuleKind::Redact, {}};
    QVERIFY2(store.saveRule(name, f.tables, QStringLiteral("dpo"), &error),
             qPrintable(error.message));

    // History that names Jane's row by its email: trash, restore, hold, release, and a hold
    // that has run out (it stays in the table but binds nothing).
    QVERIFY(f.trashOp(Operation::Trash));
    QVERIFY(f.trashOp(Operation::Restore));
    LegalHolds holds(f.connection);
    const QList<RowKey> key{RowKey{QString::fromLatin1(jane)}};
    QVERIFY2(holds.hold(*f.users, key, QStringLiteral("case 7"), {}, QStringLiteral("legal"), &error),
             qPrintable(error.message));
    QVERIFY2(holds.release(*f.users, key, QStringLiteral("legal"), &error),
             qPrintable(error.message));
    QVERIFY2(holds.hold(*f.users, key, QStringLiteral("case 8"), {}, QStringLiteral("legal"), &error),
             qPrintable(error.message));
    QVERIFY(f.db.exec(QStringLiteral("UPDATE salvage_legal_hold SET held_until = '2020-01-01'")));
    QCOMPARE(f.audit(QStringLiteral("action IN ('hold', 'unhold')")), 3);
    // A bulk entry names several rows in one array.
    const QString users = f.users->name.display();
    QVERIFY(f.db.exec(
        QStringLiteral("INSERT INTO salvage_audit (operation_id, actor, action, table_name, "
                       "row_key, details) VALUES ('bulk', 'support', 'trash', '%1', "
                       "'[{\"email\":\"bob@example.org\"},{\"email\":\"Jane@Example.org\"}]', "
                       "'{\"rows\":2}')")
            .arg(users)));
    const int before = f.audit(QStringLiteral("1 = 1"));
    QCOMPARE(f.audit(QStringLiteral("row_key LIKE '%Jane@Example.org%'")), 6);

    QString why;
    const ErasurePlan plan = f.plan(&why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(plan.refusal.isEmpty(), qPrintable(plan.refusal));
    QCOMPARE(plan.count(PlannedRow::Action::Purge), 2); // her row (personal key), her order
    const ErasureResult result
        = ErasureService(f.connection, f.tables).apply(plan, QStringLiteral("dpo"), true);
    QVERIFY2(result.ok, qPrintable(result.error.message + result.remainingAt.join(';')));
    QVERIFY(result.remainingAt.isEmpty());
    QCOMPARE(result.auditKeysHashed, 6);
    QCOMPARE(result.holdKeysHashed, 1);

    // Nothing holds the email, in any case; the audit kept every row and added the erasure's.
    QCOMPARE(f.rowsContaining(QString::fromLatin1(janeLower)), 0);
    const int own = f.audit(QStringLiteral("operation_id = '%1'").arg(result.operationId));
    QCOMPARE(own, 2);
    QCOMPARE(f.audit(QStringLiteral("1 = 1")), before + own);
    const QString hashed = QStringLiteral("{\"email\":{\"hmac\":\"%1\"}}").arg(plan.subjectHash);
    QCOMPARE(f.audit(QStringLiteral("row_key LIKE '%%1%'").arg(hashed)), 7); // 6 + her purge
    QCOMPARE(f.audit(QStringLiteral("row_key = '[{\"email\":\"bob@example.org\"},%1]'").arg(hashed)),
             1);
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT row_key FROM salvage_legal_hold")).toString(),
             hashed);
    // The expired hold still reads, and names no row.
    QVERIFY(holds.holds({}, &error).isEmpty());
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);

    const QJsonObject report
        = QJsonDocument::fromJson(ErasureReport::toJson(plan, result, ConnectionUrl())).object();
    QCOMPARE(report.value(QLatin1String("audit_keys_hashed")).toInt(), 6);
    QCOMPARE(report.value(QLatin1String("hold_keys_hashed")).toInt(), 1);
}

void TestPersonalKeys::ruleChangesAreAudited()
{
    FIXTURE(f);
    DbError error;
    RuleStore store(f.connection);
    const QString users = f.users->name.display();
    AnonymizationRule rule{f.users->name,
                           QStringLiteral("name"),
                           RuleKind::Fixed,
                           QStringLiteral("[gone]")};
    QVERIFY2(store.saveRule(rule, f.tables, QStringLiteral("dpo"), &error),
             qPrintable(error.message));
    rule.kind = RuleKind::Redact;
    rule.parameter.clear();
    QVERIFY2(store.saveRule(rule, f.tables, QStringLiteral("dpo2"), &error),
             qPrintable(error.message));
    QVERIFY(store.removeRule(f.users->name, QStringLiteral("name"), QStringLiteral("dpo3"), &error));
    QVERIFY(store.setPurgeOnErasure(f.orders->name, true, QStringLiteral("dpo4"), &error));
    QVERIFY(store.setPurgeOnErasure(f.orders->name, false, QStringLiteral("dpo5"), &error));
    // Unmarking an unmarked table changes nothing and audits nothing.
    QVERIFY(store.setPurgeOnErasure(f.orders->name, false, QStringLiteral("dpo6"), &error));

    // Refusals change nothing and audit nothing.
    const int before = f.audit(QStringLiteral("1 = 1"));
    QVERIFY(!store.removeRule(f.users->name, QStringLiteral("name"), QStringLiteral("dpo"), &error));
    QVERIFY(!store.removeRule(f.users->name, QStringLiteral("name"), QString(), &error));
    QVERIFY(!store.setPurgeOnErasure(f.orders->name, false, QString(), &error));
    AnonymizationRule onKey{f.users->name, QStringLiteral("email"), RuleKind::Email, {}};
    QVERIFY(!store.saveRule(onKey, f.tables, QStringLiteral("dpo"), &error));
    QCOMPARE(f.audit(QStringLiteral("1 = 1")), before);

    const QByteArray file = QStringLiteral("{\"version\":1,\"rules\":[{\"table\":\"%1\",\"column\":"
                                           "\"item\",\"rule\":\"fixed\",\"parameter\":\"[item]\"}],"
                                           "\"purge_on_erasure\":[\"%1\"]}")
                                .arg(f.orders->name.display())
                                .toUtf8();
    QVERIFY2(store.importJson(file, f.tables, QStringLiteral("dpo7"), &error),
             qPrintable(error.message));

    const QString sql = QStringLiteral(
        "SELECT actor, action, table_name, row_key, details FROM salvage_audit ORDER BY id");
    QStringList lines;
    const Result<QList<QVariantList>> rows = f.connection.rows(sql);
    QVERIFY(rows.ok());
    for (const QVariantList &row : *rows) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells << cell.toString();
        lines << cells.join(QLatin1Char('|'));
    }
    const QString orders = f.orders->name.display();
    const QStringList expected = {
        QStringLiteral("dpo|rule_set|%1|{\"column\":\"name\"}|"
                       "{\"column\":\"name\",\"new_rule\":\"fixed\",\"old_rule\":null}")
            .arg(users),
        QStringLiteral("dpo2|rule_set|%1|{\"column\":\"name\"}|"
                       "{\"column\":\"name\",\"new_rule\":\"redact\",\"old_rule\":\"fixed\"}")
            .arg(users),
        QStringLiteral("dpo3|rule_remove|%1|{\"column\":\"name\"}|"
                       "{\"column\":\"name\",\"new_rule\":null,\"old_rule\":\"redact\"}")
            .arg(users),
        QStringLiteral("dpo4|purge_on_erasure|%1|{}|"
                       "{\"new_purge_on_erasure\":true,\"old_purge_on_erasure\":false}")
            .arg(orders),
        QStringLiteral("dpo5|purge_on_erasure|%1|{}|"
                       "{\"new_purge_on_erasure\":false,\"old_purge_on_erasure\":true}")
            .arg(orders),
        QStringLiteral("dpo7|rule_set|%1|{\"column\":\"item\"}|"
                       "{\"column\":\"item\",\"new_rule\":\"fixed\",\"old_rule\":null}")
            .arg(orders),
        QStringLiteral("dpo7|purge_on_erasure|%1|{}|"
                       "{\"new_purge_on_erasure\":true,\"old_purge_on_erasure\":false}")
            .arg(orders),
    };
    QCOMPARE(lines, expected);
    // One operation per call; placeholders never reach the audit.
    QCOMPARE(f.audit(QStringLiteral("actor = 'dpo7' AND operation_id = (SELECT operation_id "
                                    "FROM salvage_audit WHERE actor = 'dpo7' LIMIT 1)")),
             2);
    QCOMPARE(f.audit(QStringLiteral("details LIKE '%[gone]%' OR details LIKE '%[item]%'")), 0);
}

QTEST_GUILESS_MAIN(TestPersonalKeys)
#include "tst_personalkeys.moc"
