#include "clirunner.h"
#include "snapshot.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using Salvage::Test::CliResult;
using Salvage::Test::runCli;
using Salvage::Test::runCliOn;
using Salvage::Test::snapshot;
using Salvage::Test::SnapshotTables;
using Salvage::Test::TestDatabase;

namespace {

// A shop with one data subject (alice) spread over four tables, a bystander (carol) who must
// stay untouched, a trashed user and a trashed order. {ts} is the backend's timestamp type.
const char schemaTemplate[] = R"sql(
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT,
    phone TEXT,
    deleted_at {ts}
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    shipping_address TEXT,
    deleted_at {ts}
);
CREATE TABLE order_items (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    product TEXT NOT NULL,
    gift_note TEXT,
    deleted_at {ts}
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    token TEXT NOT NULL
);
INSERT INTO users VALUES (1, 'alice@example.org', 'Alice Smith', '+49 170 1234567', NULL);
INSERT INTO users VALUES (2, 'bob@example.org', 'Bob Jones', '+49 170 7654321',
                          '2024-01-02 10:00:00');
INSERT INTO users VALUES (3, 'carol@example.org', 'Carol White', NULL, NULL);
INSERT INTO orders VALUES (10, 1, '1 Main Street, Springfield', NULL);
INSERT INTO orders VALUES (11, 1, '1 Main Street, Springfield', '2024-02-01 10:00:00');
INSERT INTO orders VALUES (12, 3, '3 Oak Road, Shelbyville', NULL);
INSERT INTO order_items VALUES (100, 10, 'Teapot', 'Happy birthday, love', NULL);
INSERT INTO order_items VALUES (101, 11, 'Cups', NULL, NULL);
INSERT INTO order_items VALUES (102, 12, 'Kettle', 'For Carol', NULL);
INSERT INTO sessions VALUES (1000, 1, 'tok-alice');
INSERT INTO sessions VALUES (1001, 3, 'tok-carol');
)sql";

const QString alice = QStringLiteral("alice@example.org");

// Alice's values other than the one searched for: no output may show them.
const QStringList alicePersonalValues = {QStringLiteral("Alice Smith"),
                                         QStringLiteral("1234567"),
                                         QStringLiteral("Main Street"),
                                         QStringLiteral("Happy birthday"),
                                         QStringLiteral("tok-alice")};

QString schemaScript(const QString &backend)
{
    QString script = QString::fromUtf8(schemaTemplate);
    script.replace(QLatin1String("{ts}"),
                   backend == QLatin1String("postgresql") ? QLatin1String("timestamptz")
                                                          : QLatin1String("TIMESTAMP"));
    return script;
}

const SnapshotTables shopTables
    = {{"users", "id"}, {"orders", "id"}, {"order_items", "id"}, {"sessions", "id"}};

// PostgreSQL names tables schema-qualified ("public.users"); the tests compare plain names.
QString plain(const QString &table)
{
    return table.startsWith(QLatin1String("public.")) ? table.mid(7) : table;
}

QStringList plainList(const QJsonArray &names)
{
    QStringList list;
    for (const QJsonValue name : names)
        list.append(plain(name.toString()));
    return list;
}

// "orders:11" -> the object of that row, from find-subject's JSON or the plan's rows.
QMap<QString, QJsonObject> rowsByKey(const QJsonArray &rows)
{
    QMap<QString, QJsonObject> map;
    for (const QJsonValue value : rows) {
        const QJsonObject row = value.toObject();
        const QString id = row.value("key").toObject().value("id").toVariant().toString();
        map.insert(plain(row.value("table").toString()) + QLatin1Char(':') + id, row);
    }
    return map;
}

QString noPersonalValues(const QString &text)
{
    for (const QString &value : alicePersonalValues) {
        if (text.contains(value))
            return value;
    }
    return QString();
}

// Salvage's own tables (rules, salt, holds, audit) with their indexes: a dry run creates none.
int salvageObjects(const TestDatabase &db)
{
    const QString sql = db.backend() == QLatin1String("postgresql")
                            ? QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_class "
                                             "WHERE relname LIKE 'salvage\\_%'")
                            : QStringLiteral("SELECT COUNT(*) FROM sqlite_master "
                                             "WHERE name LIKE 'salvage\\_%' ESCAPE '\\'");
    return db.scalar(sql).toInt();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonDocument readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

// The text of a PDF as pdftotext (poppler-utils, scripts/packages.txt) extracts it.
QString pdfText(const QString &path, QString *problem)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *problem = QStringLiteral("pdftotext (poppler-utils) failed: %1 %2")
                       .arg(process.errorString(),
                            QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A rules file for `backend` (table names as `rules --export` writes them).
QByteArray rulesFile(const QString &backend, const QJsonArray &rules, const QStringList &purge)
{
    const QString prefix = backend == QLatin1String("postgresql") ? QStringLiteral("public.")
                                                                  : QString();
    QJsonArray qualified;
    for (const QJsonValue value : rules) {
        QJsonObject rule = value.toObject();
        rule.insert("table", prefix + rule.value("table").toString());
        qualified.append(rule);
    }
    QJsonArray purgeArray;
    for (const QString &table : purge)
        purgeArray.append(prefix + table);
    return QJsonDocument(
               QJsonObject{{"version", 1}, {"rules", qualified}, {"purge_on_erasure", purgeArray}})
        .toJson();
}

QJsonObject rule(const QString &table,
                 const QString &column,
                 const QString &kind,
                 const QString &parameter = QString())
{
    return QJsonObject{{"table", table},
                       {"column", column},
                       {"rule", kind},
                       {"parameter", parameter}};
}

// (table, column, rule, parameter) of `rules --json` or an export, for order-free comparing.
QSet<QString> ruleSet(const QJsonArray &rules)
{
    QSet<QString> set;
    for (const QJsonValue value : rules) {
        const QJsonObject r = value.toObject();
        set.insert(QStringList{plain(r.value("table").toString()),
                               r.value("column").toString(),
                               r.value("rule").toString(),
                               r.value("parameter").toString()}
                       .join(QLatin1Char('|')));
    }
    return set;
}

} // namespace

class TestCliPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void usageErrors_data();
    void usageErrors();
    void helpNamesTheCommands();

    void findSubject_data() { TestDatabase::addBackendData(); }
    void findSubject();
    void eraseDryRunChangesNothing_data() { TestDatabase::addBackendData(); }
    void eraseDryRunChangesNothing();
    void eraseRefusalsChangeNothing_data() { TestDatabase::addBackendData(); }
    void eraseRefusalsChangeNothing();
    void eraseStrictRefusesSuggestedRules_data() { TestDatabase::addBackendData(); }
    void eraseStrictRefusesSuggestedRules();
    void eraseRemovesTheSubject_data() { TestDatabase::addBackendData(); }
    void eraseRemovesTheSubject();
    void eraseWritesPdfReport_data() { TestDatabase::addBackendData(); }
    void eraseWritesPdfReport();
    void holdKeepsRowUntouched_data() { TestDatabase::addBackendData(); }
    void holdKeepsRowUntouched();
    void heldRowRefusesPurgeAndAnonymize_data() { TestDatabase::addBackendData(); }
    void heldRowRefusesPurgeAndAnonymize();
    void verificationFailureRollsBack_data() { TestDatabase::addBackendData(); }
    void verificationFailureRollsBack();
    void eraseRedactsMentions_data() { TestDatabase::addBackendData(); }
    void eraseRedactsMentions();
    void eraseStrictRefusesIncompleteVerification();
    void rulesExportImportRoundTrip_data() { TestDatabase::addBackendData(); }
    void rulesExportImportRoundTrip();
    void rulesSuggest_data() { TestDatabase::addBackendData(); }
    void rulesSuggest();
    void anonymizeTrashedRow_data() { TestDatabase::addBackendData(); }
    void anonymizeTrashedRow();
};

void TestCliPrivacy::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("sqlite:/nonexistent/never-opened.db");
    const QStringList
        erase{"--db", db, "--actor", "dpo", "erase", "--subject", alice, "--ticket", "T-1"};
    QTest::newRow("find-subject without value")
        << QStringList{"--db", db, "find-subject"} << "VALUE";
    QTest::newRow("find-subject two values")
        << QStringList{"--db", db, "find-subject", "a", "b"} << "VALUE";
    QTest::newRow("find-subject --yes")
        << QStringList{"--db", db, "find-subject", "a", "--yes"} << "does not apply";
    QTest::newRow("erase without --yes") << erase << "--yes";
    QTest::newRow("erase without subject")
        << QStringList{"--db", db, "--actor", "dpo", "erase", "--ticket", "T-1", "--yes"}
        << "--subject";
    QTest::newRow("erase without ticket")
        << QStringList{"--db", db, "--actor", "dpo", "erase", "--subject", alice, "--yes"}
        << "--ticket";
    QTest::newRow("erase without actor")
        << QStringList{"--db", db, "erase", "--subject", alice, "--ticket", "T-1", "--yes"}
        << "SALVAGE_ACTOR";
    QTest::newRow("erase --dry-run --yes")
        << erase + QStringList{"--dry-run", "--yes"} << "--dry-run";
    QTest::newRow("erase report of another kind")
        << erase + QStringList{"--yes", "--report", "/tmp/never-written.txt"}
        << "--report writes FILE.json or FILE.pdf";
    QTest::newRow("erase report with dry run")
        << erase + QStringList{"--dry-run", "--report", "/tmp/never-written.json"} << "--report";
    QTest::newRow("erase positional") << erase + QStringList{"--yes", "extra"} << "erase";
    QTest::newRow("anonymize without --yes")
        << QStringList{"--db", db, "--actor", "a", "anonymize", "users", "2"} << "--yes";
    QTest::newRow("anonymize without actor")
        << QStringList{"--db", db, "anonymize", "users", "2", "--yes"} << "SALVAGE_ACTOR";
    QTest::newRow("anonymize without key")
        << QStringList{"--db", db, "--actor", "a", "anonymize", "users", "--yes"} << "KEY";
    QTest::newRow("hold without reason")
        << QStringList{"--db", db, "--actor", "a", "hold", "users", "1"} << "--reason";
    const QStringList
        holdUntil{"--db", db, "--actor", "a", "--reason", "r", "hold", "users", "1", "--until"};
    QTest::newRow("hold bad date") << holdUntil + QStringList{"31.12.2099"} << "YYYY-MM-DD";
    QTest::newRow("hold past date") << holdUntil + QStringList{"2001-01-01"} << "2001-01-01";
    QTest::newRow("hold without actor")
        << QStringList{"--db", db, "--reason", "r", "hold", "users", "1"} << "SALVAGE_ACTOR";
    QTest::newRow("unhold without key")
        << QStringList{"--db", db, "--actor", "a", "unhold", "users"} << "KEY";
    QTest::newRow("unhold --until")
        << QStringList{"--db", db, "--actor", "a", "unhold", "users", "1", "--until", "2099-01-01"}
        << "does not apply";
    QTest::newRow("rules export and import")
        << QStringList{"--db", db, "--actor", "a", "rules", "--export", "x", "--import", "y"}
        << "--export";
    QTest::newRow("rules import without actor")
        << QStringList{"--db", db, "rules", "--import", "y"} << "SALVAGE_ACTOR";
    QTest::newRow("rules argument") << QStringList{"--db", db, "rules", "users"} << "rules";
}

void TestCliPrivacy::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult result = runCli(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errText().contains(message), qPrintable(result.describe()));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written.txt")));
}

void TestCliPrivacy::helpNamesTheCommands()
{
    const CliResult result = runCli({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *word : {"find-subject",
                             "anonymize",
                             "erase",
                             "--dry-run",
                             "--ticket",
                             "--report",
                             "hold",
                             "--until",
                             "unhold",
                             "rules",
                             "--suggest",
                             "--export",
                             "--import"}) {
        QVERIFY2(result.outText().contains(QLatin1String(word)), word);
    }
}

void TestCliPrivacy::findSubject()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));

    // Case-insensitive equality; every row referring to alice's rows, trashed ones too.
    const CliResult json = runCliOn(db, {"--json", "find-subject", "ALICE@Example.org"});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    QVERIFY(json.json().isArray());
    const QMap<QString, QJsonObject> rows = rowsByKey(json.json().array());
    QCOMPARE(rows.keys(),
             (QStringList{"order_items:100",
                          "order_items:101",
                          "orders:10",
                          "orders:11",
                          "sessions:1000",
                          "users:1"}));
    const QJsonObject user = rows.value("users:1");
    QCOMPARE(user.value("key").toObject(), (QJsonObject{{"id", 1}}));
    QCOMPARE(user.value("matched_columns").toArray(), QJsonArray{"email"});
    QCOMPARE(plainList(user.value("path").toArray()), QStringList{"users"});
    QCOMPARE(user.value("trashed").toBool(true), false);
    QCOMPARE(rows.value("orders:11").value("trashed").toBool(), true);
    QCOMPARE(rows.value("orders:10").value("trashed").toBool(true), false);
    QCOMPARE(plainList(rows.value("orders:11").value("path").toArray()),
             (QStringList{"users", "orders"}));
    QCOMPARE(plainList(rows.value("order_items:101").value("path").toArray()),
             (QStringList{"users", "orders", "order_items"}));
    QVERIFY(rows.value("order_items:101").value("matched_columns").toArray().isEmpty());
    QCOMPARE(plainList(rows.value("sessions:1000").value("path").toArray()),
             (QStringList{"users", "sessions"}));
    const QString leakedJson = noPersonalValues(json.outText() + json.errText());
    QVERIFY2(leakedJson.isEmpty(), qPrintable(leakedJson));

    // Text: grouped by table, the path spelled out, trashed rows marked, no other values.
    const CliResult text = runCliOn(db, {"find-subject", alice});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    const QString out = text.outText();
    const QString leakedText = noPersonalValues(out + text.errText());
    QVERIFY2(leakedText.isEmpty(), qPrintable(leakedText));
    const QRegularExpression path(QStringLiteral("orders \u2192 (public\\.)?order_items"));
    QVERIFY2(out.contains(path), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("trashed")));
    QVERIFY(out.contains(QLatin1String("email")));
    int orderHeadings = 0;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char(' ')) && plain(line).startsWith(QLatin1String("orders:")))
            ++orderHeadings;
    }
    QCOMPARE(orderHeadings, 1);
    // "6 rows" with the plural forms compiled in, "6 row(s)" before they are.
    QVERIFY2(out.contains(QLatin1String("6 row")), qPrintable(out));

    // --contains: part of the text; the trashed user too.
    const CliResult contains = runCliOn(db, {"--json", "find-subject", "EXAMPLE.org", "--contains"});
    QVERIFY2(contains.exitCode == 0, qPrintable(contains.describe()));
    const QMap<QString, QJsonObject> all = rowsByKey(contains.json().array());
    for (const char *key : {"users:1", "users:2", "users:3", "orders:12", "sessions:1001"})
        QVERIFY2(all.contains(QLatin1String(key)), key);

    // Nobody: an empty array, not an error.
    const CliResult nobody = runCliOn(db, {"--json", "find-subject", "nobody@example.org"});
    QVERIFY2(nobody.exitCode == 0, qPrintable(nobody.describe()));
    QVERIFY(nobody.json().isArray());
    QCOMPARE(nobody.json().array().size(), 0);
}

void TestCliPrivacy::eraseDryRunChangesNothing()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const auto before = snapshot(db, shopTables);
    QCOMPARE(salvageObjects(db), 0);

    const CliResult text = runCliOn(db,
                                    {"erase", "--subject", alice, "--ticket", "T-1", "--dry-run"});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    const QString out = text.outText();
    QVERIFY2(out.contains(QLatin1String("T-1")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("anonymize")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("(suggested)")), qPrintable(out)); // no stored rules
    QVERIFY(text.errText().contains(QLatin1String("nothing was changed")));
    const QString leaked = noPersonalValues(out + text.errText());
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));

    const CliResult json
        = runCliOn(db, {"--json", "erase", "--subject", alice, "--ticket", "T-1", "--dry-run"});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject plan = json.json().object();
    QCOMPARE(plan.value("dry_run").toBool(), true);
    QCOMPARE(plan.value("ticket").toString(), QStringLiteral("T-1"));
    const QMap<QString, QJsonObject> rows = rowsByKey(plan.value("rows").toArray());
    QVERIFY2(rows.contains("users:1") && rows.contains("order_items:101"),
             qPrintable(json.outText()));
    QVERIFY(!rows.contains("users:3"));
    const QJsonObject user = rows.value("users:1");
    QCOMPARE(user.value("action").toString(), QStringLiteral("anonymize"));
    bool emailRule = false;
    for (const QJsonValue change : user.value("changes").toArray()) {
        const QJsonObject object = change.toObject();
        if (object.value("column").toString() == QLatin1String("email")) {
            emailRule = object.value("rule").toString() == QLatin1String("email")
                        && object.value("suggested").toBool();
        }
    }
    QVERIFY2(emailRule, qPrintable(json.outText()));
    QVERIFY(plan.value("anonymize").toInt() >= 1);
    const QString leakedJson = noPersonalValues(json.outText());
    QVERIFY2(leakedJson.isEmpty(), qPrintable(leakedJson));

    COMPARE_SNAPSHOTS(before, snapshot(db, shopTables));
    QCOMPARE(salvageObjects(db), 0);
}

void TestCliPrivacy::eraseRefusalsChangeNothing()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const auto before = snapshot(db, shopTables);

    const CliResult refused = runCliOn(db,
                                       {"erase", "--subject", alice, "--ticket", "T-1"},
                                       "dpo@example.org");
    QVERIFY2(refused.exitCode == 2, qPrintable(refused.describe()));
    QVERIFY(refused.out.isEmpty());
    QVERIFY(refused.errText().contains(QLatin1String("--yes")));
    COMPARE_SNAPSHOTS(before, snapshot(db, shopTables));

    // A report that cannot be written stops the erasure before it starts.
    const CliResult unwritable = runCliOn(db,
                                          {"erase",
                                           "--subject",
                                           alice,
                                           "--ticket",
                                           "T-1",
                                           "--report",
                                           "/nonexistent/dir/report.json",
                                           "--yes"},
                                          "dpo@example.org");
    QVERIFY2(unwritable.exitCode == 1, qPrintable(unwritable.describe()));
    QVERIFY(unwritable.errText().contains(QLatin1String("/nonexistent/dir/report.json")));
    QVERIFY(unwritable.errText().contains(QLatin1String("nothing was changed")));
    COMPARE_SNAPSHOTS(before, snapshot(db, shopTables));

    // The same for a PDF, which is made only after the commit.
    const CliResult unwritablePdf = runCliOn(db,
                                             {"erase",
                                              "--subject",
                                              alice,
                                              "--ticket",
                                              "T-1",
                                              "--report",
                                              "/nonexistent/dir/report.pdf",
                                              "--yes"},
                                             "dpo@example.org");
    QVERIFY2(unwritablePdf.exitCode == 1, qPrintable(unwritablePdf.describe()));
    QVERIFY(unwritablePdf.errText().contains(QLatin1String("/nonexistent/dir/report.pdf")));
    QVERIFY(unwritablePdf.errText().contains(QLatin1String("nothing was changed")));
    COMPARE_SNAPSHOTS(before, snapshot(db, shopTables));
}

void TestCliPrivacy::eraseStrictRefusesSuggestedRules()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const auto before = snapshot(db, shopTables);

    const CliResult refused
        = runCliOn(db, {"erase", "--subject", alice, "--ticket", "T-6", "--strict", "--yes"}, "dpo");
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(QLatin1String("refused")), qPrintable(refused.describe()));
    QVERIFY(refused.errText().contains(QLatin1String("nothing was changed")));
    COMPARE_SNAPSHOTS(before, snapshot(db, shopTables));
}

void TestCliPrivacy::eraseRemovesTheSubject()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString reportPath = dir.filePath(QStringLiteral("erasure-T-2.json"));
    const QString carolBefore = db.scalar("SELECT email || name FROM users WHERE id = 3").toString();
    const QString carolOrder
        = db.scalar("SELECT shipping_address FROM orders WHERE id = 12").toString();

    const CliResult dryRun
        = runCliOn(db, {"--json", "erase", "--subject", alice, "--ticket", "T-2", "--dry-run"});
    QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.describe()));
    const QJsonObject plan = dryRun.json().object();

    const CliResult erased
        = runCliOn(db,
                   {"erase", "--subject", alice, "--ticket", "T-2", "--report", reportPath, "--yes"},
                   "dpo@example.org");
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.describe()));
    QVERIFY2(erased.outText().contains(QLatin1String("Verified")), qPrintable(erased.describe()));
    QVERIFY(erased.errText().contains(reportPath));
    const QString leaked = noPersonalValues(erased.outText() + erased.errText());
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));

    // Nothing holds alice's values any more; her rows are still there (anonymized).
    for (const QString &value :
         {alice, QStringLiteral("Alice Smith"), QStringLiteral("+49 170 1234567")}) {
        const CliResult found = runCliOn(db, {"--json", "find-subject", value});
        QVERIFY2(found.exitCode == 0, qPrintable(found.describe()));
        QVERIFY2(found.json().array().isEmpty(), qPrintable(value + '\n' + found.outText()));
    }
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM users WHERE id = 1").toInt(), 1);
    QCOMPARE(db.scalar("SELECT email || name FROM users WHERE id = 3").toString(), carolBefore);
    QCOMPARE(db.scalar("SELECT shipping_address FROM orders WHERE id = 12").toString(), carolOrder);

    // The report: the plan's counts, the ticket, never a personal value.
    QFile reportFile(reportPath);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QByteArray reportBytes = reportFile.readAll();
    const QString leakedReport = noPersonalValues(QString::fromUtf8(reportBytes));
    QVERIFY2(leakedReport.isEmpty(), qPrintable(leakedReport));
    QVERIFY(!reportBytes.contains(alice.toUtf8()));
    const QJsonObject report = QJsonDocument::fromJson(reportBytes).object();
    QVERIFY2(!report.isEmpty(), reportBytes.constData());
    QCOMPARE(report.value("ticket").toString(), QStringLiteral("T-2"));
    int anonymized = 0;
    int purged = 0;
    for (const QJsonValue table : report.value("tables").toArray()) {
        anonymized += table.toObject().value("rows_anonymized").toInt();
        purged += table.toObject().value("rows_purged").toInt();
    }
    QCOMPARE(anonymized, plan.value("anonymize").toInt());
    QCOMPARE(purged, plan.value("purge").toInt());

    // One audit row per changed row, naming the ticket.
    const CliResult audit = runCliOn(db, {"--json", "audit"});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
    int anonymizeEntries = 0;
    for (const QJsonValue entry : audit.json().array()) {
        const QJsonObject object = entry.toObject();
        if (object.value("action").toString() == QLatin1String("anonymize")) {
            ++anonymizeEntries;
            QCOMPARE(object.value("actor").toString(), QStringLiteral("dpo@example.org"));
            QCOMPARE(object.value("details").toObject().value("ticket").toString(),
                     QStringLiteral("T-2"));
        }
    }
    QCOMPARE(anonymizeEntries, anonymized);
    QVERIFY(!audit.out.contains(alice.toUtf8()));

    // The same request again: nothing left to erase is not a failure, and changes nothing.
    const auto after = snapshot(db, shopTables);
    const CliResult again = runCliOn(db,
                                     {"erase", "--subject", alice, "--ticket", "T-2", "--yes"},
                                     "dpo@example.org");
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(again.outText().contains(QLatin1String("nothing to erase")),
             qPrintable(again.describe()));
    COMPARE_SNAPSHOTS(after, snapshot(db, shopTables));
}

void TestCliPrivacy::eraseWritesPdfReport()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString reportPath = dir.filePath(QStringLiteral("erasure-T-7.pdf"));

    // A desktop's platform and no display (cron, ssh): a PDF is still made, offscreen.
    QProcessEnvironment environment = Salvage::Test::cliEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (db.url().backend == Salvage::Backend::PostgreSQL)
        environment.insert(QStringLiteral("PGPASSWORD"), db.url().password);
    const CliResult erased = runCli({"--db",
                                     Salvage::Test::cliDbArgument(db),
                                     "--actor",
                                     "dpo@example.org",
                                     "--json",
                                     "erase",
                                     "--subject",
                                     alice,
                                     "--ticket",
                                     "T-7",
                                     "--report",
                                     reportPath,
                                     "--yes"},
                                    environment);
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.describe()));
    QVERIFY2(erased.errText().contains(QLatin1String("report written to ") + reportPath),
             qPrintable(erased.describe()));
    QVERIFY(db.scalar("SELECT email FROM users WHERE id = 1").toString() != alice);
    const QJsonObject report = erased.json().object();
    QCOMPARE(report.value("ticket").toString(), QStringLiteral("T-7"));
    QCOMPARE(report.value("database").toObject().value("backend").toString(), backend);

    QFile file(reportPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QString problem;
    const QString text = pdfText(reportPath, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(text.contains(QLatin1String("Erasure report")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("T-7")), qPrintable(text));
    const QString hash = report.value("subject_hash").toString();
    QVERIFY(!hash.isEmpty());
    QVERIFY2(text.contains(hash), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Clean: none of the")), qPrintable(text));
    const QString leaked = noPersonalValues(text);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    QVERIFY(!text.contains(alice, Qt::CaseInsensitive));
    // QSaveFile: the PDF and nothing else (no temporary file left behind).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"erasure-T-7.pdf"});
}

void TestCliPrivacy::heldRowRefusesPurgeAndAnonymize()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    // Bob (users 2) is in the trash and nothing refers to him.
    const CliResult held = runCliOn(db,
                                    {"--reason", "litigation", "hold", "users", "2"},
                                    "legal@example.org");
    QVERIFY2(held.exitCode == 0, qPrintable(held.describe()));
    const QString before = db.dump(QStringLiteral("users"), QStringLiteral("id"));
    const int auditBefore = db.scalar("SELECT count(*) FROM salvage_audit").toInt();

    const CliResult purge = runCliOn(db, {"purge", "users", "2", "--yes"}, "bob@example.org");
    QCOMPARE(purge.exitCode, 1);
    QVERIFY2(purge.errText().contains(QLatin1String("2 (litigation)")),
             qPrintable(purge.describe()));
    const CliResult anonymize = runCliOn(db, {"anonymize", "users", "2", "--yes"}, "dpo");
    QCOMPARE(anonymize.exitCode, 1);
    QVERIFY2(anonymize.errText().contains(QLatin1String("2 (litigation)")),
             qPrintable(anonymize.describe()));
    for (const CliResult *refused : {&purge, &anonymize}) // no driver warnings
        QVERIFY2(!refused->errText().contains(QLatin1String("QPSQL")),
                 qPrintable(refused->describe()));
    QCOMPARE(db.dump(QStringLiteral("users"), QStringLiteral("id")), before);
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_audit").toInt(), auditBefore);

    // Released, the same purge goes through.
    QVERIFY(runCliOn(db, {"unhold", "users", "2"}, "legal@example.org").exitCode == 0);
    const CliResult purged = runCliOn(db, {"purge", "users", "2", "--yes"}, "bob@example.org");
    QVERIFY2(purged.exitCode == 0, qPrintable(purged.describe()));
    QCOMPARE(db.scalar("SELECT count(*) FROM users WHERE id = 2").toInt(), 0);
}

void TestCliPrivacy::holdKeepsRowUntouched()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const QString heldAddress
        = db.scalar("SELECT shipping_address FROM orders WHERE id = 10").toString();
    const QStringList dryRun{"--json", "erase", "--subject", alice, "--ticket", "T-3", "--dry-run"};
    auto actionOfOrder10 = [&]() {
        const CliResult plan = runCliOn(db, dryRun);
        if (plan.exitCode != 0)
            qWarning().noquote() << plan.describe();
        return rowsByKey(plan.json().object().value("rows").toArray())
            .value("orders:10")
            .value("action")
            .toString();
    };

    const CliResult held = runCliOn(db,
                                    {"--reason", "tax audit 2024", "hold", "orders", "10"},
                                    "legal@example.org");
    QVERIFY2(held.exitCode == 0, qPrintable(held.describe()));
    QCOMPARE(actionOfOrder10(), QStringLiteral("keep_held"));
    const CliResult planText
        = runCliOn(db, {"erase", "--subject", alice, "--ticket", "T-3", "--dry-run"});
    QVERIFY2(planText.outText().contains(QLatin1String("tax audit 2024")),
             qPrintable(planText.describe()));

    const CliResult released = runCliOn(db, {"unhold", "orders", "10"}, "legal@example.org");
    QVERIFY2(released.exitCode == 0, qPrintable(released.describe()));
    QCOMPARE(actionOfOrder10(), QStringLiteral("anonymize"));

    const CliResult heldAgain = runCliOn(
        db,
        {"--reason", "litigation", "--json", "hold", "orders", "10", "--until", "2099-12-31"},
        "legal@example.org");
    QVERIFY2(heldAgain.exitCode == 0, qPrintable(heldAgain.describe()));
    QCOMPARE(heldAgain.json().object().value("until").toString(), QStringLiteral("2099-12-31"));

    const CliResult erased
        = runCliOn(db,
                   {"--json", "erase", "--subject", alice, "--ticket", "T-3", "--yes"},
                   "dpo@example.org");
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.describe()));
    QCOMPARE(db.scalar("SELECT shipping_address FROM orders WHERE id = 10").toString(), heldAddress);
    QVERIFY(db.scalar("SELECT email FROM users WHERE id = 1").toString() != alice);
    int heldRows = 0;
    for (const QJsonValue table : erased.json().object().value("tables").toArray()) {
        if (plain(table.toObject().value("table").toString()) == QLatin1String("orders"))
            heldRows = table.toObject().value("rows_held").toInt();
    }
    QVERIFY2(heldRows == 1, erased.out.constData());

    QStringList actions;
    for (const QJsonValue entry : runCliOn(db, {"--json", "audit"}).json().array())
        actions.append(entry.toObject().value("action").toString());
    QVERIFY2(actions.count("hold") == 2 && actions.count("unhold") == 1,
             qPrintable(actions.join(',')));
}

void TestCliPrivacy::verificationFailureRollsBack()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A copy of alice's name in a table nothing links to her: the search for her email does
    // not find it, the scan for every value removed (her name among them) does.
    QVERIFY(db.exec("CREATE TABLE newsletter (id INTEGER PRIMARY KEY, full_name TEXT)"));
    QVERIFY(db.exec("INSERT INTO newsletter VALUES (1, 'Alice Smith')"));
    const auto before = snapshot(db, shopTables + SnapshotTables{{"newsletter", "id"}});
    const QString reportPath = dir.filePath(QStringLiteral("report.json"));

    const CliResult failed
        = runCliOn(db,
                   {"erase", "--subject", alice, "--ticket", "T-4", "--report", reportPath, "--yes"},
                   "dpo");
    QVERIFY2(failed.exitCode == 1, qPrintable(failed.describe()));
    QVERIFY2(failed.errText().contains(QLatin1String("newsletter.full_name")),
             qPrintable(failed.describe()));
    QVERIFY2(failed.errText().contains(QLatin1String("rolled back")), qPrintable(failed.describe()));
    QVERIFY(!failed.errText().contains(QLatin1String("Alice Smith")));
    COMPARE_SNAPSHOTS(before, snapshot(db, shopTables + SnapshotTables{{"newsletter", "id"}}));
    QVERIFY(!QFile::exists(reportPath));
}

void TestCliPrivacy::eraseRedactsMentions()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Carol's ticket quotes alice's e-mail: outside the plan, so only redaction removes it.
    QVERIFY(db.exec("CREATE TABLE tickets (id INTEGER PRIMARY KEY, body TEXT)"));
    QVERIFY(db.exec("INSERT INTO tickets VALUES (7, 'Call ALICE@example.org back today')"));
    const SnapshotTables tables = shopTables + SnapshotTables{{"tickets", "id"}};
    const auto before = snapshot(db, tables);
    const QString place = QStringLiteral("tickets.body, row {\"id\":7}");

    const CliResult refused = runCliOn(db,
                                       {"erase", "--subject", alice, "--ticket", "T-8", "--yes"},
                                       "dpo");
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(place), qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(QLatin1String("--redact-mentions")),
             qPrintable(refused.describe()));
    QVERIFY2(!refused.errText().contains(QLatin1String("rules --import")),
             qPrintable(refused.describe()));
    COMPARE_SNAPSHOTS(before, snapshot(db, tables));

    const QStringList redact{"erase", "--subject", alice, "--ticket", "T-8", "--redact-mentions"};
    const CliResult dryRun = runCliOn(db, redact + QStringList{"--dry-run"}, "dpo");
    QVERIFY2(dryRun.exitCode == 0 && dryRun.outText().contains(place),
             qPrintable(dryRun.describe()));
    COMPARE_SNAPSHOTS(before, snapshot(db, tables));

    const QString reportPath = dir.filePath(QStringLiteral("report.json"));
    const CliResult erased = runCliOn(db,
                                      redact + QStringList{"--report", reportPath, "--yes"},
                                      "dpo");
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.describe()));
    QCOMPARE(db.scalar("SELECT body FROM tickets WHERE id = 7").toString(),
             QStringLiteral("Call [redacted] back today"));
    const QJsonObject report = readJsonFile(reportPath).object();
    QCOMPARE(report.value(QStringLiteral("redacted")).toArray().size(), 1);
    QVERIFY(report.value(QStringLiteral("verification"))
                .toObject()
                .value(QStringLiteral("complete"))
                .toBool());
}

void TestCliPrivacy::eraseStrictRefusesIncompleteVerification()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    const QString backend = QStringLiteral("postgresql");
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(db.exec("CREATE TABLE hr_notes (id INTEGER PRIMARY KEY, note TEXT)"));
    const QString rules = dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(writeFile(rules,
                      rulesFile(backend,
                                {rule("users", "email", "email"),
                                 rule("users", "name", "redact"),
                                 rule("users", "phone", "redact"),
                                 rule("orders", "shipping_address", "null"),
                                 rule("order_items", "gift_note", "null")},
                                {"sessions"})));
    const CliResult imported = runCliOn(db, {"rules", "--import", rules}, "dpo");
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    // May read and change everything but hr_notes.
    const Salvage::ConnectionUrl url
        = db.urlForNewRole(QStringLiteral("dpo"),
                           QStringLiteral("s3cret"),
                           {QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}"),
                            QStringLiteral("GRANT CREATE ON SCHEMA public TO {role}"),
                            QStringLiteral("REVOKE ALL ON hr_notes FROM {role}")});
    QVERIFY(url.isValid());
    QProcessEnvironment environment = Salvage::Test::cliEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), url.password);
    const QStringList erase = {QStringLiteral("--db"),
                               url.toString(),
                               QStringLiteral("--actor"),
                               QStringLiteral("dpo"),
                               QStringLiteral("erase"),
                               QStringLiteral("--subject"),
                               alice,
                               QStringLiteral("--ticket"),
                               QStringLiteral("T-9"),
                               QStringLiteral("--yes")};
    const auto before = snapshot(db, shopTables);

    const CliResult strict = Salvage::Test::runCli(erase + QStringList{"--strict"}, environment);
    QVERIFY2(strict.exitCode == 1, qPrintable(strict.describe()));
    QVERIFY2(strict.errText().contains(QLatin1String("hr_notes.note")),
             qPrintable(strict.describe()));
    COMPARE_SNAPSHOTS(before, snapshot(db, shopTables));

    const CliResult erased = Salvage::Test::runCli(erase, environment);
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.describe()));
    QVERIFY2(erased.outText().contains(QLatin1String("Not verified"))
                 && erased.outText().contains(QLatin1String("hr_notes.note")),
             qPrintable(erased.describe()));
}

void TestCliPrivacy::rulesExportImportRoundTrip()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    SALVAGE_TEST_DATABASE(other, backend, schemaScript(backend));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("rules.json"));
    const QString exported = dir.filePath(QStringLiteral("exported.json"));
    QVERIFY(writeFile(source,
                      rulesFile(backend,
                                {rule("users", "email", "email"),
                                 rule("users", "name", "fixed", "[erased]"),
                                 rule("orders", "shipping_address", "null")},
                                {"sessions"})));

    const CliResult imported = runCliOn(db, {"rules", "--import", source}, "dpo");
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const CliResult listed = runCliOn(db, {"--json", "rules"});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    const QSet<QString> expected{"users|email|email|",
                                 "users|name|fixed|[erased]",
                                 "orders|shipping_address|null|"};
    QCOMPARE(ruleSet(listed.json().object().value("rules").toArray()), expected);
    QCOMPARE(plainList(listed.json().object().value("purge_on_erasure").toArray()),
             QStringList{"sessions"});

    const CliResult text = runCliOn(db, {"rules"});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY(text.outText().contains(QLatin1String("[erased]")));
    QVERIFY(text.outText().contains(QLatin1String("sessions")));

    const CliResult exportedRun = runCliOn(db, {"rules", "--export", exported});
    QVERIFY2(exportedRun.exitCode == 0, qPrintable(exportedRun.describe()));
    const QJsonObject file = readJsonFile(exported).object();
    QCOMPARE(ruleSet(file.value("rules").toArray()), expected);

    const CliResult again = runCliOn(other, {"rules", "--import", exported}, "dpo");
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    const CliResult otherListed = runCliOn(other, {"--json", "rules"});
    QCOMPARE(otherListed.json().object(), listed.json().object());

    // A rule that cannot hold (NULL in a NOT NULL column) imports nothing, naming why.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(bad,
                      rulesFile(backend,
                                {rule("users", "phone", "redact"), rule("users", "email", "null")},
                                {})));
    const CliResult refused = runCliOn(other, {"rules", "--import", bad}, "dpo");
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(QLatin1String("email")), qPrintable(refused.describe()));
    QCOMPARE(runCliOn(other, {"--json", "rules"}).json().object(), listed.json().object());

    // The stored rules decide the plan: no "(suggested)" for them, sessions purged.
    const CliResult plan
        = runCliOn(db, {"--json", "erase", "--subject", alice, "--ticket", "T-5", "--dry-run"});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.describe()));
    const QMap<QString, QJsonObject> rows = rowsByKey(plan.json().object().value("rows").toArray());
    QCOMPARE(rows.value("sessions:1000").value("action").toString(), QStringLiteral("purge"));
    for (const QJsonValue change : rows.value("users:1").value("changes").toArray()) {
        const QJsonObject object = change.toObject();
        if (object.value("column").toString() == QLatin1String("name")) {
            QCOMPARE(object.value("rule").toString(), QStringLiteral("fixed"));
            QCOMPARE(object.value("suggested").toBool(true), false);
        }
    }
}

void TestCliPrivacy::rulesSuggest()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(writeFile(source, rulesFile(backend, {rule("users", "email", "email")}, {})));
    QCOMPARE(runCliOn(db, {"rules", "--import", source}, "dpo").exitCode, 0);

    const CliResult json = runCliOn(db, {"--json", "rules", "--suggest"});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject object = json.json().object();
    QCOMPARE(object.value("rules").toArray().size(), 1);
    QSet<QString> suggested;
    for (const QJsonValue value : object.value("suggestions").toArray()) {
        const QJsonObject suggestion = value.toObject();
        QVERIFY(!suggestion.value("why").toString().isEmpty());
        suggested.insert(plain(suggestion.value("table").toString()) + QLatin1Char('.')
                         + suggestion.value("column").toString());
    }
    QVERIFY2(suggested.contains("users.phone") && suggested.contains("users.name"),
             qPrintable(json.outText()));
    QVERIFY2(!suggested.contains("users.email"), qPrintable(json.outText())); // stored
    QVERIFY(!suggested.contains("users.id"));

    const CliResult text = runCliOn(db, {"rules", "--suggest"});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY(text.outText().contains(QLatin1String("suggested")));
    QVERIFY(text.outText().contains(QLatin1String("stored")));
}

void TestCliPrivacy::anonymizeTrashedRow()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const QString others = db.dump("orders", "id") + db.dump("sessions", "id");
    const QString user1
        = db.scalar("SELECT email || name || phone FROM users WHERE id = 1").toString();

    const CliResult done = runCliOn(db,
                                    {"--json", "anonymize", "users", "2", "--yes"},
                                    "support@example.org");
    QVERIFY2(done.exitCode == 0, qPrintable(done.describe()));
    QCOMPARE(done.json().object().value("rows").toInt(), 1);
    QVERIFY(!done.out.contains("bob"));
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM users").toInt(), 3);
    const QString email = db.scalar("SELECT email FROM users WHERE id = 2").toString();
    QVERIFY2(!email.contains(QLatin1String("bob")), qPrintable(email));
    QCOMPARE(db.scalar("SELECT email || name || phone FROM users WHERE id = 1").toString(), user1);
    QCOMPARE(db.dump("orders", "id") + db.dump("sessions", "id"), others);

    const CliResult audit = runCliOn(db, {"--json", "audit"});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
    const QJsonArray entries = audit.json().array();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    QCOMPARE(entry.value("action").toString(), QStringLiteral("anonymize"));
    QCOMPARE(plain(entry.value("table_name").toString()), QStringLiteral("users"));
    QCOMPARE(entry.value("row_key").toObject(), (QJsonObject{{"id", 2}}));
    QCOMPARE(entry.value("actor").toString(), QStringLiteral("support@example.org"));
    QVERIFY(!audit.out.contains("bob"));
    QVERIFY(!audit.out.contains("Jones"));
}

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "tst_cli_privacy.moc"
