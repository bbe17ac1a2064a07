// The erasure report as PDF (issue 4): rendered from the report of a real erasure on both
// backends, read back with pdftotext (poppler-utils) as a privacy officer's reader would.

#include "testdatabase.h"

#include "erasurereportpdf.h"
#include "privacy/erasureplan.h"
#include "privacy/erasurereport.h"
#include "privacy/erasureservice.h"
#include "privacy/legalhold.h"
#include "privacy/rulestore.h"
#include "privacy/subjectfinder.h"
#include "schema/schemainspector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Salvage;
using Salvage::Test::TestDatabase;

namespace {

const QString ticket = QStringLiteral("DSR-2024-0042");
const QString subject = QStringLiteral("mara.lindqvist@example.net");

// Mara's values: not one may be in the PDF. Her held invoice keeps "M. Lindqvist".
const QStringList personalValues = {QStringLiteral("mara.lindqvist"),
                                    QStringLiteral("Mara Lindqvist"),
                                    QStringLiteral("Lindqvist"),
                                    QStringLiteral("555 0199"),
                                    QStringLiteral("tok-mara")};

// Mara (customers.id 1) with two invoices, the second on legal hold, and two login sessions
// (purged on erasure); Otto (id 2) stays untouched.
QString schemaScript(const QString &backend)
{
    QString script = QStringLiteral(R"(
CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL UNIQUE, full_name text,
    phone text, deleted_at TS);
CREATE TABLE invoices (id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id), billing_name text, deleted_at TS);
CREATE TABLE login_sessions (id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id), token text NOT NULL);
INSERT INTO customers VALUES (1, 'Mara.Lindqvist@example.net', 'Mara Lindqvist',
    '+46 70 555 0199', NULL);
INSERT INTO customers VALUES (2, 'otto.berg@example.net', 'Otto Berg', '+46 70 555 0200', NULL);
INSERT INTO invoices VALUES (10, 1, 'Mara Lindqvist', NULL);
INSERT INTO invoices VALUES (11, 1, 'M. Lindqvist', NULL);
INSERT INTO invoices VALUES (20, 2, 'Otto Berg', NULL);
INSERT INTO login_sessions VALUES (100, 1, 'tok-mara-7731');
INSERT INTO login_sessions VALUES (101, 1, 'tok-mara-7732');
INSERT INTO login_sessions VALUES (200, 2, 'tok-otto-1');
)");
    script.replace(QStringLiteral("TS"),
                   backend == QLatin1String("postgresql") ? QStringLiteral("timestamptz")
                                                          : QStringLiteral("TIMESTAMP"));
    return script;
}

const TableInfo *findTable(const QList<TableInfo> &tables, const QString &name)
{
    for (const TableInfo &table : tables) {
        if (table.name.name == name)
            return &table;
    }
    return nullptr;
}

// The report of a real erasure of Mara: stored rules for some columns (customers.phone is left
// to its suggested rule), sessions purged, invoice 11 on hold. Empty and *problem on failure.
QByteArray eraseMara(const TestDatabase &db, ErasurePlan *plan, QString *problem)
{
    Connection connection = db.connect();
    DbError error;
    const QList<TableInfo> tables = SchemaInspector(connection).tables(&error);
    RuleStore store(connection);
    const auto rule = [&tables](const char *table, const char *column, RuleKind kind) {
        AnonymizationRule r;
        r.table = findTable(tables, QLatin1String(table))->name;
        r.column = QLatin1String(column);
        r.kind = kind;
        return r;
    };
    const bool prepared
        = !error.isError() && tables.size() == 3 && store.ensureTables(&error)
          && store.saveRule(rule("customers", "email", RuleKind::Email), tables, "dpo", &error)
          && store.saveRule(rule("customers", "full_name", RuleKind::Redact), tables, "dpo", &error)
          && store.saveRule(rule("invoices", "billing_name", RuleKind::Redact),
                            tables,
                            "dpo",
                            &error)
          && store.setPurgeOnErasure(findTable(tables, "login_sessions")->name, true, "dpo", &error)
          && LegalHolds(connection)
                 .hold(*findTable(tables, "invoices"),
                       {RowKey{11}},
                       QStringLiteral("tax audit 2024"),
                       QDate(),
                       QStringLiteral("legal"),
                       &error);
    SubjectSearch search;
    search.value = subject;
    const QList<SubjectRow> rows = prepared ? SubjectFinder(connection, tables).find(search, &error)
                                            : QList<SubjectRow>();
    const QList<AnonymizationRule> rules = error.isError() ? QList<AnonymizationRule>()
                                                           : store.rules(&error);
    const QList<QualifiedName> purge = error.isError() ? QList<QualifiedName>()
                                                       : store.purgeOnErasure(&error);
    const QByteArray salt = error.isError() ? QByteArray() : store.salt(&error);
    const QList<Hold> holds = error.isError() ? QList<Hold>()
                                              : LegalHolds(connection).holds({}, &error);
    if (error.isError() || !prepared) {
        *problem = QStringLiteral("setup: ") + error.message + QLatin1Char(' ') + error.driverText;
        return {};
    }
    ErasureOptions options;
    options.ticket = ticket;
    *plan = ErasurePlanner::plan(rows, tables, rules, purge, holds, salt, subject, options);
    if (!plan->refusal.isEmpty()) {
        *problem = QStringLiteral("refused: ") + plan->refusal;
        return {};
    }
    const ErasureResult result
        = ErasureService(connection, tables).apply(*plan, QStringLiteral("dpo@example.net"), true);
    if (!result.ok) {
        *problem = result.error.message + result.remainingAt.join(QLatin1Char(';'));
        return {};
    }
    return ErasureReport::toJson(*plan, result, db.url());
}

// The text of the PDF as pdftotext lays it out (columns kept on their lines), or a problem.
QString pdfText(const QString &path, QString *problem)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *problem = QStringLiteral("pdftotext (poppler-utils, scripts/packages.txt) failed: %1 %2")
                       .arg(process.errorString(),
                            QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The document information of the PDF as pdfinfo prints it ("Title:  ...").
QString pdfInfo(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray head(const QString &path, int size)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void reportOfARealErasure_data() { TestDatabase::addBackendData(); }
    void reportOfARealErasure();
    void refusesWhatIsNotAReport_data();
    void refusesWhatIsNotAReport();
    void unwritablePath();
};

void TestReportPdf::reportOfARealErasure()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    ErasurePlan plan;
    QString problem;
    const QByteArray json = eraseMara(db, &plan, &problem);
    QVERIFY2(!json.isEmpty(), qPrintable(problem));
    const QJsonObject report = QJsonDocument::fromJson(json).object();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("erasure.pdf"));
    QString error;
    QVERIFY2(writeErasureReportPdf(json, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(head(path, 5), QByteArray("%PDF-"));
    const QString info = pdfInfo(path);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title: +Erasure report ")
                                              + QRegularExpression::escape(ticket) + "\n")),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Creator: +Salvage\n"))),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size: .*\\(A4\\)"))),
             qPrintable(info));

    const QString text = pdfText(path, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString flat = text.simplified();
    QVERIFY2(text.contains(ticket), qPrintable(text));
    QVERIFY(!plan.subjectHash.isEmpty());
    QVERIFY2(text.contains(plan.subjectHash), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("salted hash")));
    QVERIFY(text.contains(QLatin1String("dpo@example.net")));
    const QString finished = report.value("finished_at").toString().left(19); // no ms
    QVERIFY2(text.contains(finished + QLatin1String("Z (UTC)")), qPrintable(finished));
    const QString database = backend == QLatin1String("postgresql")
                                 ? QStringLiteral("PostgreSQL database ") + db.url().database
                                 : QStringLiteral("SQLite file ") + db.url().path;
    QVERIFY2(flat.contains(database), qPrintable(database + '\n' + text));
    if (!db.url().password.isEmpty())
        QVERIFY(!text.contains(db.url().password));

    // Per table: the counts of the report, and those are what happened.
    const QMap<QString, QList<int>> expected{{"customers", {1, 0, 0, 0}},
                                             {"invoices", {1, 0, 1, 0}},
                                             {"login_sessions", {0, 2, 0, 0}}};
    QCOMPARE(report.value("tables").toArray().size(), expected.size());
    for (const QJsonValue value : report.value("tables").toArray()) {
        const QJsonObject table = value.toObject();
        const QString name = table.value("table").toString();
        const QString plain = name.section(QLatin1Char('.'), -1);
        const QList<int> counts{table.value("rows_anonymized").toInt(),
                                table.value("rows_purged").toInt(),
                                table.value("rows_held").toInt(),
                                table.value("rows_unchanged").toInt()};
        QCOMPARE(counts, expected.value(plain));
        const QRegularExpression row(QStringLiteral("(^|\\s)%1\\s+%2\\s+%3\\s+%4\\s+%5\\s")
                                         .arg(QRegularExpression::escape(name))
                                         .arg(counts.at(0))
                                         .arg(counts.at(1))
                                         .arg(counts.at(2))
                                         .arg(counts.at(3)),
                                     QRegularExpression::MultilineOption);
        QVERIFY2(text.contains(row), qPrintable(row.pattern() + '\n' + text));
    }
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Total\\s+2\\s+2\\s+1\\s+0\\s"))));
    QVERIFY2(text.contains(QLatin1String("billing_name")), qPrintable(text));

    // The suggested rule used, the held row with its reason.
    QVERIFY2(text.contains(QLatin1String("Rules that were only suggested")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("customers.phone: redact (suggested)")), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("invoices\\s+11\\s+tax audit 2024"))));

    // Verification: clean, every query with its result, and its statement in the appendix.
    QVERIFY(text.contains(QLatin1String("Verification")));
    QVERIFY2(text.contains(QLatin1String("Clean: none of the")), qPrintable(text));
    const QJsonObject verification = report.value("verification").toObject();
    QVERIFY(verification.value("clean").toBool());
    QMap<int, QString> queryTables; // statement -> the table it searched
    for (const QJsonValue column : verification.value("columns").toArray()) {
        queryTables.insert(column.toObject().value("statement").toInt(),
                           column.toObject().value("table").toString());
    }
    QCOMPARE(queryTables.size(), verification.value("statements").toArray().size());
    QVERIFY(queryTables.size() >= 3); // the three tables, and Salvage's own
    for (auto it = queryTables.cbegin(); it != queryTables.cend(); ++it) {
        // "Q2  public.invoices  id, customer_id, ...  3  0": found 0 on the query's row.
        const QRegularExpression query(QStringLiteral("^\\s*Q%1\\s+%2\\s.*\\s\\d+\\s+0\\s*$")
                                           .arg(it.key() + 1)
                                           .arg(QRegularExpression::escape(it.value())),
                                       QRegularExpression::MultilineOption);
        QVERIFY2(text.contains(query), qPrintable(query.pattern() + '\n' + text));
        const QRegularExpression statement(QStringLiteral("Q%1\\s+SELECT ").arg(it.key() + 1));
        QVERIFY2(text.contains(statement), qPrintable(statement.pattern()));
    }

    // Old copies: what was done, and every place that still holds them, as the JSON says.
    QVERIFY(flat.contains(report.value("scrubbing").toString().simplified()));
    const QJsonArray stillHolds = report.value("still_holds").toArray();
    QVERIFY(!stillHolds.isEmpty());
    for (const QJsonValue item : stillHolds)
        QVERIFY2(flat.contains(item.toString().simplified()), qPrintable(item.toString()));
    QVERIFY(text.contains(QLatin1String("What this report does not prove")));

    for (const QString &value : personalValues)
        QVERIFY2(!text.contains(value, Qt::CaseInsensitive), qPrintable(value));
}

void TestReportPdf::refusesWhatIsNotAReport_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray valid = QJsonDocument(QJsonObject{{"report", "salvage-erasure"},
                                                       {"version", 1},
                                                       {"ticket", "T-1"},
                                                       {"subject_hash", "ab"},
                                                       {"outcome", "committed"},
                                                       {"tables", QJsonArray()},
                                                       {"verification", QJsonObject()}})
                                 .toJson();
    const auto without = [&valid](const char *key) {
        QJsonObject object = QJsonDocument::fromJson(valid).object();
        object.remove(QLatin1String(key));
        return QJsonDocument(object).toJson();
    };
    const auto with = [&valid](const char *key, const QJsonValue &value) {
        QJsonObject object = QJsonDocument::fromJson(valid).object();
        object.insert(QLatin1String(key), value);
        return QJsonDocument(object).toJson();
    };
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("not JSON") << QByteArray("%PDF-1.4") << "not valid JSON";
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1, 2]") << "not a Salvage erasure report";
    QTest::newRow("rules export") << QByteArray(
        R"({"version": 1, "rules": [], "purge_on_erasure": []})")
                                  << "not a Salvage erasure report";
    QTest::newRow("other report") << with("report", "salvage-audit")
                                  << "not a Salvage erasure report";
    QTest::newRow("newer version") << with("version", 2) << "version 2";
    QTest::newRow("no version") << without("version") << "version none";
    QTest::newRow("no ticket") << without("ticket") << "\"ticket\" is missing";
    QTest::newRow("empty ticket") << with("ticket", "") << "\"ticket\" is missing";
    QTest::newRow("no tables") << without("tables") << "\"tables\" is missing";
    QTest::newRow("no verification") << without("verification") << "\"verification\" is missing";
}

void TestReportPdf::refusesWhatIsNotAReport()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY(!writeErasureReportPdf(json, path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(erasureReportPdf(json, &error).isEmpty());
}

void TestReportPdf::unwritablePath()
{
    const QByteArray json = QJsonDocument(QJsonObject{{"report", "salvage-erasure"},
                                                      {"version", 1},
                                                      {"ticket", "T-9"},
                                                      {"subject_hash", "ab"},
                                                      {"outcome", "committed"},
                                                      {"tables", QJsonArray()},
                                                      {"verification", QJsonObject()}})
                                .toJson();
    const QString path = QStringLiteral("/nonexistent/dir/report.pdf");
    QString error;
    QVERIFY(!writeErasureReportPdf(json, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));

    // A directory in the way: refused.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY2(!writeErasureReportPdf(json, dir.path(), &error), qPrintable(dir.path()));
    QVERIFY2(error.contains(QLatin1String("Cannot write the PDF")), qPrintable(error));

    // The same report where it can be written: written (the refusals above were the path's).
    const QString good = dir.filePath(QStringLiteral("T-9.pdf"));
    QVERIFY2(writeErasureReportPdf(json, good, &error), qPrintable(error));
    QCOMPARE(head(good, 5), QByteArray("%PDF-"));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
