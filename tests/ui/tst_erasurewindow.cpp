// The erasure GUI on real databases (SQLite and PostgreSQL), offscreen: an erasure request
// from the subject's value through Find, the plan tree and the preview, Erase (with the
// confirmation answered) to the verification and the saved report; a failed verification
// that rolls everything back; the rules editor's refusals; and the trash view's Anonymize and
// Legal Hold actions.

#include "snapshot.h"
#include "erasureshop.h"
#include "testdatabase.h"

#include "dialoganswerer.h"
#include "erasureplanmodel.h"
#include "erasurepreview.h"
#include "erasurewindow.h"
#include "legalholddialog.h"
#include "mainwindow.h"
#include "privacycontroller.h"
#include "ruleseditor.h"

#include "models/recordmodel.h"
#include "privacy/legalhold.h"
#include "privacy/rulestore.h"
#include "schema/schemainspector.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Salvage;
using Salvage::Test::TestDatabase;

namespace {

constexpr int DbTimeoutMs = 30000;

const QString ticket = QStringLiteral("GDPR-2024-017");
const QString officer = QStringLiteral("privacy.officer");
const QString subject = QStringLiteral("jane.marker@example.com");

const QStringList subjectValues = Salvage::Test::erasureShopSubjectValues();
const QStringList dataTables = Salvage::Test::erasureShopTables();

bool isPg(const QString &backend)
{
    return backend == QLatin1String("postgresql");
}

QualifiedName tableName(const QString &backend, const QString &name)
{
    return {isPg(backend) ? QStringLiteral("public") : QString(), name};
}

// Jane's shop (tests/support/erasureshop.h): order 12 goes on legal hold; sessions and
// session_events are purged on erasure.
QString schemaScript(const QString &backend)
{
    return Salvage::Test::erasureShopSchema(backend);
}

QList<TableInfo> inspect(Connection &connection)
{
    DbError error;
    return SchemaInspector(connection).tables(&error);
}

// Stored rules: users.phone, addresses.city and newsletter_subscribers.email have none, so
// their suggested rules apply; users.notes is kept. Order 12 is on legal hold.
QString prepare(const TestDatabase &db, const QString &backend)
{
    Connection connection = db.connect();
    const QList<TableInfo> tables = inspect(connection);
    RuleStore store(connection);
    DbError error;
    const auto rule = [&backend](const char *table,
                                 const char *column,
                                 RuleKind kind,
                                 const QString &parameter = QString()) {
        return AnonymizationRule{tableName(backend, QLatin1String(table)),
                                 QLatin1String(column),
                                 kind,
                                 parameter};
    };
    const QList<AnonymizationRule> rules = {
        rule("users", "email", RuleKind::Email),
        rule("users", "name", RuleKind::Redact),
        rule("users", "notes", RuleKind::Keep),
        rule("addresses", "street", RuleKind::Fixed, QStringLiteral("[removed]")),
        rule("orders", "shipping_name", RuleKind::Redact),
        rule("order_items", "gift_message", RuleKind::Null),
        rule("support_tickets", "body", RuleKind::Fixed, QStringLiteral("[erased]")),
    };
    for (const AnonymizationRule &r : rules) {
        if (!store.saveRule(r, tables, QStringLiteral("dpo"), &error))
            return r.column + QLatin1String(": ") + error.message;
    }
    for (const char *name : {"sessions", "session_events"}) {
        if (!store.setPurgeOnErasure(tableName(backend, QLatin1String(name)),
                                     true,
                                     QStringLiteral("dpo"),
                                     &error))
            return error.message;
    }
    const TableInfo *orders = nullptr;
    for (const TableInfo &table : tables) {
        if (table.name.name == QLatin1String("orders"))
            orders = &table;
    }
    if (!orders
        || !LegalHolds(connection)
                .hold(*orders,
                      {{12}},
                      QStringLiteral("tax audit 2024"),
                      QDate(),
                      QStringLiteral("legal"),
                      &error))
        return QStringLiteral("hold: ") + error.message;
    return QString();
}

const PlannedRow *rowOf(const ErasurePlanModel *model,
                        const QString &table,
                        int id,
                        QModelIndex *found = nullptr)
{
    for (int t = 0; t < model->rowCount(); ++t) {
        const QModelIndex tableIndex = model->index(t, 0);
        for (int r = 0; r < model->rowCount(tableIndex); ++r) {
            const QModelIndex index = model->index(r, 0, tableIndex);
            const PlannedRow *row = model->plannedRow(index);
            if (row && row->row.table.name == table && row->row.key.value(0).toInt() == id) {
                if (found)
                    *found = index;
                return row;
            }
        }
    }
    return nullptr;
}

QString cellText(const QAbstractItemModel *model, const QModelIndex &index, int column)
{
    return model->data(index.sibling(index.row(), column)).toString();
}

} // namespace

class tst_ErasureWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void eraseFromSubjectToReport_data();
    void eraseFromSubjectToReport();
    void failedVerificationRollsEverythingBack_data();
    void failedVerificationRollsEverythingBack();
    void strictRefusalBlocksErase_data();
    void strictRefusalBlocksErase();
    void rulesEditorRefusesOrStores_data();
    void rulesEditorRefusesOrStores();
    void anonymizeTrashedRowFromTheTrashView_data();
    void anonymizeTrashedRowFromTheTrashView();
    void legalHoldAndReleaseFromTheRowView_data();
    void legalHoldAndReleaseFromTheRowView();

private:
    bool openWindow(const TestDatabase &db, const QString &backend);
    ErasureWindow *openErasureWindow();
    bool findSubject(ErasureWindow *window);
    bool selectRow(const QString &table, qint64 id);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DialogAnswerer> m_answerer;
};

void tst_ErasureWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalvageTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_erasurewindow"));
    QSettings().clear();
    m_answerer = std::make_unique<DialogAnswerer>();
    m_answerer->fillKnown = [](QDialog *dialog) {
        auto hold = qobject_cast<LegalHoldDialog *>(dialog);
        if (hold) {
            hold->setReason(QStringLiteral("litigation 7"));
            hold->setUntil(QDate::currentDate().addYears(2));
        }
        return hold != nullptr;
    };
}

void tst_ErasureWindow::cleanup()
{
    m_window.reset();
    m_answerer->seen.clear();
}

bool tst_ErasureWindow::openWindow(const TestDatabase &db, const QString &backend)
{
    // The actor is known: no actor dialog.
    QSettings().setValue(QStringLiteral("actors/") + db.url().settingsKey(), officer);
    m_window = std::make_unique<MainWindow>();
    m_window->setInitialTable(tableName(backend, QStringLiteral("users")));
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    m_window->openUrl(db.url());
    return QTest::qWaitFor([this] { return m_window->session()->isOpen(); }, DbTimeoutMs)
           && QTest::qWaitFor(
               [this] {
                   RecordModel *model = m_window->recordModel();
                   return model && model->tableInfo().name.name == QLatin1String("users")
                          && !model->isLoading();
               },
               DbTimeoutMs);
}

ErasureWindow *tst_ErasureWindow::openErasureWindow()
{
    QAction *action = m_window->action(QStringLiteral("actionErasure"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    ErasureWindow *window = m_window->privacy()->erasureWindow();
    if (window && !QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

bool tst_ErasureWindow::findSubject(ErasureWindow *window)
{
    QSignalSpy finished(window, &ErasureWindow::searchFinished);
    auto find = window->findChild<QPushButton *>(QStringLiteral("findButton"));
    if (!find || !find->isEnabled())
        return false;
    find->click();
    return finished.wait(DbTimeoutMs) && !window->isBusy() && window->hasPlan();
}

bool tst_ErasureWindow::selectRow(const QString &table, qint64 id)
{
    RecordModel *model = m_window->recordModel();
    const bool ok = QTest::qWaitFor(
        [&] { return model->tableInfo().name.name == table && !model->isLoading(); }, DbTimeoutMs);
    if (!ok)
        return false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowKey(row).value(0).toLongLong() == id) {
            m_window->selectRows({row});
            return true;
        }
    }
    return false;
}

void tst_ErasureWindow::eraseFromSubjectToReport_data()
{
    TestDatabase::addBackendData();
}

void tst_ErasureWindow::eraseFromSubjectToReport()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const QString problem = prepare(db, backend);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(openWindow(db, backend));
    ErasureWindow *window = openErasureWindow();
    QVERIFY(window);
    // Checked on every change of the model: the reset of each search included.
    QAbstractItemModelTester tester(window->planModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto erase = window->findChild<QPushButton *>(QStringLiteral("eraseButton"));
    auto save = window->findChild<QPushButton *>(QStringLiteral("saveReportButton"));
    QVERIFY(erase && save);
    QVERIFY(!erase->isEnabled());
    window->setSubject(subject);
    QVERIFY(findSubject(window));

    // The tree: every table the subject reaches, with its rows and how they were reached.
    ErasurePlanModel *model = window->planModel();
    QAbstractItemModelTester filled(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList tables;
    for (int t = 0; t < model->rowCount(); ++t)
        tables << model->index(t, 0).data().toString().section(QLatin1Char('.'), -1);
    QStringList expectedTables = dataTables;
    tables.sort();
    expectedTables.sort();
    QCOMPARE(tables, expectedTables);
    const QModelIndex orders = model->tableIndex(tableName(backend, QStringLiteral("orders")));
    QCOMPARE(model->rowCount(orders), 3);
    QModelIndex index;
    const PlannedRow *item = rowOf(model, QStringLiteral("order_items"), 20, &index);
    QVERIFY(item);
    QCOMPARE(cellText(model, index, ErasurePlanModel::PathColumn),
             QStringLiteral("users \u2192 orders \u2192 order_items"));
    QCOMPARE(cellText(model, index, ErasurePlanModel::MatchedColumn), QString());
    QCOMPARE(cellText(model, index, ErasurePlanModel::StateColumn), QStringLiteral("active"));
    QVERIFY(rowOf(model, QStringLiteral("order_items"), 21, &index));
    QCOMPARE(cellText(model, index, ErasurePlanModel::StateColumn), QStringLiteral("trashed"));
    const PlannedRow *user = rowOf(model, QStringLiteral("users"), 1, &index);
    QVERIFY(user);
    QCOMPARE(user->action, PlannedRow::Action::Anonymize);
    QCOMPARE(cellText(model, index, ErasurePlanModel::MatchedColumn), QStringLiteral("email"));
    const QString userAction = cellText(model, index, ErasurePlanModel::ActionColumn);
    QVERIFY2(userAction.contains(QLatin1String("email: email"))
                 && userAction.contains(QLatin1String("phone: redact (suggested)"))
                 && !userAction.contains(QLatin1String("email: email (suggested)")),
             qPrintable(userAction));
    QVERIFY(rowOf(model, QStringLiteral("orders"), 12, &index));
    QCOMPARE(cellText(model, index, ErasurePlanModel::ActionColumn),
             QStringLiteral("keep (on legal hold: tax audit 2024)"));
    QVERIFY(rowOf(model, QStringLiteral("sessions"), 1, &index));
    QCOMPARE(model->data(index, ErasurePlanModel::ActionRole).toInt(),
             int(PlannedRow::Action::Purge));
    QVERIFY(!rowOf(model, QStringLiteral("orders"), 100)); // Bob's order, trashed by Jane
    QVERIFY(!rowOf(model, QStringLiteral("users"), 101));  // Carl, trashed by Jane
    QVERIFY2(window->summaryText().contains(QLatin1String("(suggested)")),
             qPrintable(window->summaryText()));

    // The preview: before and after of the selected row, values on screen only.
    QVERIFY(rowOf(model, QStringLiteral("users"), 1, &index));
    window->planView()->setCurrentIndex(index);
    QTableWidget *preview = window->preview()->table();
    QStringList columns;
    for (int r = 0; r < preview->rowCount(); ++r)
        columns << preview->item(r, ErasurePreview::ColumnColumn)->text();
    QCOMPARE(columns,
             (QStringList{QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone")}));
    QCOMPARE(preview->item(0, ErasurePreview::BeforeColumn)->text(),
             QStringLiteral("Jane.Marker@Example.com"));
    QVERIFY(
        preview->item(0, ErasurePreview::AfterColumn)->text().startsWith(QLatin1String("erased-")));
    QCOMPARE(preview->item(2, ErasurePreview::RuleColumn)->text(),
             QStringLiteral("redact (suggested)"));

    const QString screenshots = qEnvironmentVariable("SALVAGE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        QTest::qWait(200); // the layout settles as a user would see it
        QVERIFY(window->grab().save(
            QStringLiteral("%1/erasurewindow-%2.png").arg(screenshots, backend)));
    }

    // Erase needs a ticket; the confirmation names it and the counts.
    QVERIFY(!erase->isEnabled());
    QVERIFY(window->eraseBlocker().contains(QLatin1String("ticket")));
    window->setTicket(ticket);
    QVERIFY2(erase->isEnabled(), qPrintable(window->eraseBlocker()));
    QSignalSpy erased(window, &ErasureWindow::erasureFinished);
    erase->click();
    QVERIFY(m_answerer->seen.contains(QLatin1String("erasureConfirmBox")));
    QVERIFY(m_answerer->lastText.contains(ticket));
    const int anonymized = model->plan().count(PlannedRow::Action::Anonymize);
    QCOMPARE(model->plan().count(PlannedRow::Action::Purge), 4);
    QVERIFY2(m_answerer->lastInformativeText.startsWith(QString::number(anonymized))
                 && m_answerer->lastInformativeText.contains(QLatin1String(", 4 purged")),
             qPrintable(m_answerer->lastInformativeText));
    QVERIFY(erased.wait(DbTimeoutMs));
    QCOMPARE(erased.first().first().toBool(), true);
    QVERIFY2(window->result().ok, qPrintable(window->result().error.message));
    QVERIFY2(window->resultText().startsWith(QLatin1String("Erased and verified")),
             qPrintable(window->resultText()));
    QVERIFY(window->resultText().contains(window->result().operationId));
    QVERIFY(!erase->isEnabled()); // done: a new request needs a new search
    // The erased values are gone from the window too.
    QCOMPARE(preview->rowCount(), 0);
    QVERIFY(rowOf(model, QStringLiteral("users"), 1)->changes.first().before.isNull());
    if (!screenshots.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(window->grab().save(
            QStringLiteral("%1/erasurewindow-erased-%2.png").arg(screenshots, backend)));
    }
    QVERIFY(save->isEnabled());
    QVERIFY(!m_answerer->seen.contains(QLatin1String("dbErrorBox")));

    // The report: JSON, and PDF.
    QTemporaryDir dir;
    QString error;
    const QString jsonFile = dir.filePath(QStringLiteral("report.json"));
    QVERIFY2(window->saveReport(jsonFile, &error), qPrintable(error));
    QFile json(jsonFile);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray reportBytes = json.readAll();
    const QJsonObject report = QJsonDocument::fromJson(reportBytes).object();
    QCOMPARE(report.value(QStringLiteral("ticket")).toString(), ticket);
    QCOMPARE(report.value(QStringLiteral("actor")).toString(), officer);
    QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("committed"));
    // Which database: named, without user or password.
    const QJsonObject database = report.value(QStringLiteral("database")).toObject();
    QCOMPARE(database.value(QStringLiteral("backend")).toString(),
             isPg(backend) ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    QVERIFY(!database.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(!reportBytes.contains("password"));
    QVERIFY(report.value(QStringLiteral("verification"))
                .toObject()
                .value(QStringLiteral("clean"))
                .toBool());
    for (const QString &value : subjectValues)
        QVERIFY2(!reportBytes.contains(value.toUtf8()), qPrintable(value));
    const QString pdfFile = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(window->saveReport(pdfFile, &error), qPrintable(error));
    QFile pdf(pdfFile);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

    // The database: no value of the subject anywhere, the audit names every changed row.
    QString everything;
    for (const QString &table : dataTables + QStringList{QStringLiteral("salvage_audit")})
        everything += db.dump(table, QStringLiteral("1"));
    QVERIFY(everything.contains(QLatin1String("bob.other@example.com")));
    for (const QString &value : subjectValues)
        QVERIFY2(!everything.contains(value, Qt::CaseInsensitive), qPrintable(value));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE id = 12 AND "
                                      "shipping_name = 'J. M. (held)'"))
                 .toInt(),
             1);
    const QString operation = QStringLiteral(" FROM salvage_audit WHERE operation_id = '%1'")
                                  .arg(window->result().operationId);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*)") + operation).toInt(), 13);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*)") + operation
                       + QStringLiteral(" AND action = 'purge'"))
                 .toInt(),
             4);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*)") + operation
                       + QStringLiteral(" AND actor = '%1' AND reason = '%2'").arg(officer, ticket))
                 .toInt(),
             13);
}

void tst_ErasureWindow::failedVerificationRollsEverythingBack_data()
{
    TestDatabase::addBackendData();
}

void tst_ErasureWindow::failedVerificationRollsEverythingBack()
{
    QFETCH(QString, backend);
    // A copy of the e-mail address in a column whose rule keeps it.
    SALVAGE_TEST_DATABASE(db,
                          backend,
                          schemaScript(backend)
                              + QStringLiteral("UPDATE users SET notes = 'call "
                                               "Jane.Marker@Example.com' WHERE id = 1;\n"));
    const QString problem = prepare(db, backend);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Salvage::Test::SnapshotTables snapshotTables;
    for (const QString &table : dataTables)
        snapshotTables << qMakePair(table, QStringLiteral("id"));
    const QMap<QString, QString> before = Salvage::Test::snapshot(db, snapshotTables);

    QVERIFY(openWindow(db, backend));
    ErasureWindow *window = openErasureWindow();
    QVERIFY(window);
    window->setSubject(subject);
    window->setTicket(ticket);
    QVERIFY(findSubject(window));
    QSignalSpy erased(window, &ErasureWindow::erasureFinished);
    window->findChild<QPushButton *>(QStringLiteral("eraseButton"))->click();
    QVERIFY(erased.wait(DbTimeoutMs));
    QCOMPARE(erased.first().first().toBool(), false);
    const QString users = tableName(backend, QStringLiteral("users")).display();
    QVERIFY2(window->resultText().contains(QLatin1String("Verification failed"))
                 && window->resultText().contains(users + QLatin1String(".notes"))
                 && window->resultText().contains(QLatin1String("nothing was changed")),
             qPrintable(window->resultText()));
    COMPARE_SNAPSHOTS(before, Salvage::Test::snapshot(db, snapshotTables));
    // The attempt can be reported too: not applied.
    QTemporaryDir dir;
    QString error;
    QVERIFY2(window->saveReport(dir.filePath(QStringLiteral("r.json")), &error), qPrintable(error));
    QFile file(dir.filePath(QStringLiteral("r.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("outcome")),
             QJsonValue(QStringLiteral("not applied")));
}

void tst_ErasureWindow::strictRefusalBlocksErase_data()
{
    TestDatabase::addBackendData();
}

void tst_ErasureWindow::strictRefusalBlocksErase()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    const QString problem = prepare(db, backend);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(openWindow(db, backend));
    ErasureWindow *window = openErasureWindow();
    QVERIFY(window);
    window->setSubject(subject);
    window->setTicket(ticket);
    window->setOptions(false, true); // strict: users.phone has no stored rule
    QVERIFY(findSubject(window));
    auto erase = window->findChild<QPushButton *>(QStringLiteral("eraseButton"));
    QVERIFY(!erase->isEnabled());
    auto hint = window->findChild<QLabel *>(QStringLiteral("hintLabel"));
    QVERIFY2(hint->text().startsWith(QLatin1String("The erasure is refused"))
                 && hint->text().contains(QLatin1String("phone")),
             qPrintable(hint->text()));

    // Changing an option makes the plan stale: Find again.
    window->setOptions(false, false);
    QVERIFY(!erase->isEnabled());
    QVERIFY(window->eraseBlocker().contains(QLatin1String("Find again")));
    QVERIFY(findSubject(window));
    QVERIFY2(erase->isEnabled(), qPrintable(window->eraseBlocker()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM salvage_audit WHERE action = "
                                      "'anonymize'"))
                 .toInt(),
             0);
}

void tst_ErasureWindow::rulesEditorRefusesOrStores_data()
{
    TestDatabase::addBackendData();
}

void tst_ErasureWindow::rulesEditorRefusesOrStores()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    QVERIFY(openWindow(db, backend));
    m_window->action(QStringLiteral("actionRules"))->trigger();
    RulesEditor *editor = m_window->privacy()->rulesEditor();
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), DbTimeoutMs);
    const QualifiedName users = tableName(backend, QStringLiteral("users"));
    auto rules = [&db] {
        Connection connection = db.connect();
        DbError error;
        return RuleStore(connection).rules(&error);
    };

    // NULL in a NOT NULL column: refused, with the reason beside the editor; nothing stored.
    QVERIFY(editor->selectColumn(users, QStringLiteral("email")));
    auto suggested = editor->findChild<QTableWidget *>(QStringLiteral("columnTable"));
    QVERIFY(suggested);
    editor->setKind(RuleKind::Null);
    QSignalSpy finished(editor, &RulesEditor::jobFinished);
    editor->findChild<QPushButton *>(QStringLiteral("saveRuleButton"))->click();
    QVERIFY(finished.wait(DbTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(editor->refusalText().contains(QLatin1String("email"))
                 && editor->refusalText().contains(QLatin1String("NOT NULL"), Qt::CaseInsensitive),
             qPrintable(editor->refusalText()));
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("refusalLabel"))->isVisible());
    const QString screenshots = qEnvironmentVariable("SALVAGE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(
            editor->grab().save(QStringLiteral("%1/ruleseditor-%2.png").arg(screenshots, backend)));
    }
    QVERIFY(rules().isEmpty());
    QVERIFY(!editor->hasChanged());

    // A rule the column can take is stored.
    QVERIFY(editor->selectColumn(users, QStringLiteral("name")));
    QVERIFY(editor->refusalText().isEmpty());
    editor->setKind(RuleKind::Fixed);
    editor->setParameter(QStringLiteral("[gone]"));
    finished.clear();
    editor->findChild<QPushButton *>(QStringLiteral("saveRuleButton"))->click();
    QVERIFY(finished.wait(DbTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(editor->refusalText().isEmpty(), qPrintable(editor->refusalText()));
    const QList<AnonymizationRule> stored = rules();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().table, users);
    QCOMPARE(stored.first().column, QStringLiteral("name"));
    QCOMPARE(stored.first().kind, RuleKind::Fixed);
    QCOMPARE(stored.first().parameter, QStringLiteral("[gone]"));
    QVERIFY(editor->hasChanged());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), DbTimeoutMs);
    QCOMPARE(editor->storedRules().size(), 1); // the list is read again

    // Purge on erasure per table; export and import round-trip through a file.
    QVERIFY(editor->selectTable(tableName(backend, QStringLiteral("sessions"))));
    finished.clear();
    editor->setPurgeOnErasure(true);
    QVERIFY(finished.wait(DbTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), DbTimeoutMs);
    QCOMPARE(editor->purgedTables(),
             QList<QualifiedName>{tableName(backend, QStringLiteral("sessions"))});
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rules.json"));
    finished.clear();
    editor->exportFile(file);
    QVERIFY(finished.wait(DbTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(db.exec(QStringLiteral("DELETE FROM salvage_anonymization_rule")));
    finished.clear();
    editor->importFile(file);
    QVERIFY(finished.wait(DbTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(rules().size(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM salvage_anonymization_rule WHERE "
                                      "rule = 'purge'"))
                 .toInt(),
             1);
}

void tst_ErasureWindow::anonymizeTrashedRowFromTheTrashView_data()
{
    TestDatabase::addBackendData();
}

void tst_ErasureWindow::anonymizeTrashedRowFromTheTrashView()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    QVERIFY(openWindow(db, backend));
    QVERIFY(m_window->selectTable(tableName(backend, QStringLiteral("orders"))));
    m_window->setScope(Scope::Trash);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->recordModel()->scope(), Scope::Trash, DbTimeoutMs);
    QAction *anonymize = m_window->action(QStringLiteral("actionAnonymize"));
    QVERIFY(anonymize);
    QVERIFY(selectRow(QStringLiteral("orders"), 11));
    QVERIFY(anonymize->isEnabled());
    anonymize->trigger();
    QVERIFY(m_answerer->seen.contains(QLatin1String("anonymizeConfirmBox")));
    QTRY_COMPARE_WITH_TIMEOUT(db.scalar(QStringLiteral("SELECT count(*) FROM salvage_audit")).toInt(),
                              1,
                              DbTimeoutMs);
    QCOMPARE(db.scalar(QStringLiteral("SELECT action FROM salvage_audit")).toString(),
             QStringLiteral("anonymize"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT row_key FROM salvage_audit")).toString(),
             QStringLiteral(R"({"id":11})"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT actor FROM salvage_audit")).toString(), officer);
    // The suggested rule for shipping_name (a name) applies; the row stays in the trash.
    QCOMPARE(db.scalar(QStringLiteral("SELECT shipping_name FROM orders WHERE id = 11")).toString(),
             QStringLiteral("J**** M********"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT shipping_name FROM orders WHERE id = 10")).toString(),
             QStringLiteral("Janet Markerova"));
    QVERIFY(!m_answerer->seen.contains(QLatin1String("dbErrorBox")));

    // Never on an active row.
    m_window->setScope(Scope::Active);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->recordModel()->scope(), Scope::Active, DbTimeoutMs);
    QVERIFY(selectRow(QStringLiteral("orders"), 10));
    QVERIFY(!anonymize->isEnabled());
}

void tst_ErasureWindow::legalHoldAndReleaseFromTheRowView_data()
{
    TestDatabase::addBackendData();
}

void tst_ErasureWindow::legalHoldAndReleaseFromTheRowView()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, schemaScript(backend));
    QVERIFY(openWindow(db, backend));
    QVERIFY(m_window->selectTable(tableName(backend, QStringLiteral("orders"))));
    QVERIFY(selectRow(QStringLiteral("orders"), 10));
    QAction *hold = m_window->action(QStringLiteral("actionHold"));
    QVERIFY(hold && hold->isEnabled());
    hold->trigger();
    QVERIFY(m_answerer->seen.contains(QLatin1String("legalHoldDialog")));
    QTRY_COMPARE_WITH_TIMEOUT(db.scalar(QStringLiteral("SELECT count(*) FROM salvage_legal_hold"))
                                  .toInt(),
                              1,
                              DbTimeoutMs);
    QCOMPARE(db.scalar(QStringLiteral("SELECT reason FROM salvage_legal_hold")).toString(),
             QStringLiteral("litigation 7"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM salvage_audit WHERE action = 'hold'"))
                 .toInt(),
             1);

    QVERIFY(selectRow(QStringLiteral("orders"), 10));
    QAction *release = m_window->action(QStringLiteral("actionReleaseHold"));
    QTRY_VERIFY(release->isEnabled());
    release->trigger();
    QVERIFY(m_answerer->seen.contains(QLatin1String("releaseHoldBox")));
    QTRY_COMPARE_WITH_TIMEOUT(db.scalar(QStringLiteral("SELECT count(*) FROM salvage_legal_hold"))
                                  .toInt(),
                              0,
                              DbTimeoutMs);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM salvage_audit WHERE action = 'unhold'"))
                 .toInt(),
             1);
    QVERIFY(!m_answerer->seen.contains(QLatin1String("dbErrorBox")));
}

QTEST_MAIN(tst_ErasureWindow)
#include "tst_erasurewindow.moc"
