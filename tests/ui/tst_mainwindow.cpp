// The main window on a copy of the demo database, offscreen: trash -> restore -> trash ->
// purge through the actions and the dialogs, the audit view, undo, and the refusals.

#include "auditview.h"
#include "bulkoperationdialog.h"
#include "detailpane.h"
#include "dialoganswerer.h"
#include "mainwindow.h"
#include "purgeconfirmdialog.h"
#include "reasondialog.h"
#include "tablelistwidget.h"
#include "testdatabase.h"

#include "db/connection.h"
#include "db/connectionsecurity.h"
#include "demo/demodatabase.h"
#include "models/recordmodel.h"
#include "models/softdeleteproxymodel.h"
#include "schema/conventionstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Salvage;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTablesWithCounts();
    void searchAndSortRunOnTheServer();
    void trashRestorePurge();
    void auditViewShowsTheOperations();
    void undoRestoresTheLastTrashedRow();
    void purgeOfReferencedRowIsRefused();
    void purgeAbove100RowsNeedsTheTypedCount();
    void failedConnectionKeepsTheWindowUsable();
    void conventionOverrideIsStoredPerConnection();
    void actorIsLookedUpThroughTheForeignKey();
    void restoreAllMatchingByActorAndTime();
    void commandLineUrlHidesThePassword_data();
    void commandLineUrlHidesThePassword();
    void unencryptedRemoteConnectionAsksFirst();
    void passwordStaysOutOfSettingsAndStatus();

private:
    int rowOf(qint64 id) const;
    bool loaded() const;
    void showScope(Scope scope);
    void selectUser(qint64 id);
    qint64 countInDatabase(const QString &sql);

    QTemporaryDir m_dir;
    ConnectionUrl m_url;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DialogAnswerer> m_answerer;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalvageTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::ensure(path, &error), qPrintable(error));
    m_url = ConnectionUrl::parse(DemoDatabase::url(path));
    QVERIFY(m_url.isValid());
    // The actor is known, so no actor dialog: deleted_by of users refers to users.id.
    QSettings().setValue(QStringLiteral("actors/") + m_url.settingsKey(),
                         QStringLiteral("alice.moreau@example.com"));

    m_answerer = std::make_unique<DialogAnswerer>();
    m_answerer->fillKnown = [](QDialog *dialog) {
        if (auto reason = qobject_cast<ReasonDialog *>(dialog)) {
            reason->setReason(QStringLiteral("GUI test"));
            return true;
        }
        if (auto purge = qobject_cast<PurgeConfirmDialog *>(dialog)) {
            purge->setReason(QStringLiteral("GUI test purge"));
            return true;
        }
        return false;
    };
    m_window = std::make_unique<MainWindow>();
    m_window->setInitialTable({QString(), QStringLiteral("users")});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openUrl(m_url);
    QTRY_VERIFY(m_window->session()->isOpen());
    QTRY_COMPARE(m_window->recordModel()->tableInfo().name.name, QStringLiteral("users"));
    QTRY_VERIFY(loaded());
}

void tst_MainWindow::cleanupTestCase()
{
    m_window.reset();
    m_answerer.reset();
}

bool tst_MainWindow::loaded() const
{
    RecordModel *model = m_window->recordModel();
    return model && !model->isLoading() && model->rowCount() > 0;
}

int tst_MainWindow::rowOf(qint64 id) const
{
    RecordModel *model = m_window->recordModel();
    if (model->isLoading())
        return -2; // not known yet
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowKey(row).value(0).toLongLong() == id)
            return row;
    }
    return -1;
}

void tst_MainWindow::showScope(Scope scope)
{
    m_window->setScope(scope);
    QTRY_COMPARE(m_window->recordModel()->scope(), scope);
    QTRY_VERIFY(loaded());
}

void tst_MainWindow::selectUser(qint64 id)
{
    QTRY_VERIFY(rowOf(id) >= 0);
    m_window->selectRows({rowOf(id)});
    QCOMPARE(m_window->selectedRows(), QList<int>{rowOf(id)});
}

qint64 tst_MainWindow::countInDatabase(const QString &sql)
{
    DbError error;
    Connection connection = Connection::open(m_url, &error);
    if (!connection.isOpen())
        return -1;
    QSqlQuery query(connection.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void tst_MainWindow::showsTablesWithCounts()
{
    QTRY_COMPARE(m_window->session()->counts({QString(), QStringLiteral("users")}).active, 35);
    QCOMPARE(m_window->session()->counts({QString(), QStringLiteral("users")}).trashed, 5);
    // Sessions has no marker: listed, but not soft-deletable.
    const TableInfo *sessions = m_window->session()->table({QString(), QStringLiteral("sessions")});
    QVERIFY(sessions);
    QVERIFY(!sessions->convention.isSoftDeletable());
}

void tst_MainWindow::searchAndSortRunOnTheServer()
{
    showScope(Scope::Active);
    auto search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setText(QStringLiteral("LINDQVIST"));
    QTRY_COMPARE(m_window->recordModel()->search(), QStringLiteral("LINDQVIST"));
    QTRY_VERIFY(loaded());
    QCOMPARE(m_window->recordModel()->rowCount(), 1);
    QCOMPARE(m_window->recordModel()->rowKey(0).value(0).toLongLong(), 2);
    search->clear();
    QTRY_VERIFY(m_window->recordModel()->search().isEmpty());
    QTRY_COMPARE(m_window->recordModel()->rowCount(), 35);

    // Clicking a header sorts in SQL: the source model knows the column and order.
    SoftDeleteProxyModel *proxy = m_window->proxyModel();
    const int email = m_window->recordModel()->tableInfo().columnIndex(QStringLiteral("email"));
    int proxyColumn = -1;
    for (int column = 0; column < proxy->columnCount(); ++column) {
        if (proxy->sourceColumn(column) == email)
            proxyColumn = column;
    }
    QVERIFY(proxyColumn >= 0);
    m_window->tableView()->sortByColumn(proxyColumn, Qt::DescendingOrder);
    QTRY_COMPARE(m_window->recordModel()->sortColumn(), email);
    QCOMPARE(m_window->recordModel()->sortOrder(), Qt::DescendingOrder);
    QTRY_VERIFY(loaded());
    const QString first = m_window->recordModel()->value(0, email).toString();
    const QString second = m_window->recordModel()->value(1, email).toString();
    QVERIFY2(first > second, qPrintable(first + QLatin1String(" / ") + second));
}

void tst_MainWindow::trashRestorePurge()
{
    const qint64 user = 35; // active and referenced by nothing: purgeable once trashed
    QAction *trash = m_window->action(QStringLiteral("actionTrash"));
    QAction *restore = m_window->action(QStringLiteral("actionRestore"));
    QAction *purge = m_window->action(QStringLiteral("actionPurge"));
    QVERIFY(trash && restore && purge);

    showScope(Scope::Active);
    selectUser(user);
    QVERIFY(trash->isEnabled());
    QVERIFY(!purge->isEnabled()); // never purge an active row
    QVERIFY(m_window->detailPane()->plainText().contains(QLatin1String("ivo.horvat")));
    trash->trigger();
    QTRY_COMPARE(rowOf(user), -1);
    QVERIFY(m_answerer->seen.contains(QLatin1String("createAuditBox")));
    QVERIFY(m_answerer->seen.contains(QLatin1String("reasonDialog")));
    QVERIFY(!m_answerer->seen.contains(QLatin1String("dbErrorBox")));

    showScope(Scope::Trash);
    selectUser(user);
    QVERIFY(restore->isEnabled());
    QVERIFY(!trash->isEnabled());
    restore->trigger();
    QTRY_COMPARE(rowOf(user), -1);

    showScope(Scope::Active);
    selectUser(user);
    trash->trigger();
    QTRY_COMPARE(rowOf(user), -1);

    showScope(Scope::Trash);
    selectUser(user);
    QVERIFY(purge->isEnabled());
    m_answerer->seen.clear();
    purge->trigger();
    QTRY_COMPARE(rowOf(user), -1);
    QVERIFY(m_answerer->seen.contains(QLatin1String("purgeConfirmDialog")));
    QVERIFY(!m_answerer->seen.contains(QLatin1String("dbErrorBox")));
    QCOMPARE(countInDatabase(QStringLiteral("SELECT count(*) FROM users WHERE id = 35")), 0);
    QTRY_COMPARE(m_window->session()->counts({QString(), QStringLiteral("users")}).trashed, 5);
}

void tst_MainWindow::auditViewShowsTheOperations()
{
    m_window->action(QStringLiteral("actionAudit"))->trigger();
    AuditView *view = m_window->auditView();
    QVERIFY(view);
    QTableWidget *entries = view->entriesTable();
    QTRY_VERIFY(!view->isLoading());
    QCOMPARE(entries->rowCount(), 4);
    // Newest first.
    const QStringList expected = {operationTitle(Operation::Purge),
                                  operationTitle(Operation::Trash),
                                  operationTitle(Operation::Restore),
                                  operationTitle(Operation::Trash)};
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(entries->item(row, AuditView::ActionColumn)->text(), expected.at(row));
        QCOMPARE(entries->item(row, AuditView::TableColumn)->text(), QStringLiteral("users"));
        QVERIFY(entries->item(row, AuditView::RowColumn)->text().contains(QLatin1String("35")));
        QVERIFY(!entries->item(row, AuditView::ActorColumn)->text().isEmpty());
    }
    QCOMPARE(entries->item(0, AuditView::ReasonColumn)->text(), QStringLiteral("GUI test purge"));
    view->close();
}

void tst_MainWindow::undoRestoresTheLastTrashedRow()
{
    const qint64 user = 4;
    QAction *undo = m_window->action(QStringLiteral("actionUndo"));
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!undo->isEnabled()); // the last operation was a purge: nothing to undo

    showScope(Scope::Active);
    selectUser(user);
    m_window->action(QStringLiteral("actionTrash"))->trigger();
    QTRY_COMPARE(rowOf(user), -1);
    QTRY_VERIFY(undo->isEnabled());

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->tableView()->setFocus();
    QTest::keyClick(m_window->tableView(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(rowOf(user) >= 0);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(countInDatabase(
                 QStringLiteral("SELECT count(*) FROM users WHERE id = 4 AND deleted_at IS NULL")),
             1);
    QCOMPARE(countInDatabase(QStringLiteral("SELECT count(*) FROM salvage_audit")), 6);
}

void tst_MainWindow::purgeOfReferencedRowIsRefused()
{
    const qint64 user = 7; // trashed, still referenced by orders and comments
    showScope(Scope::Trash);
    selectUser(user);
    m_answerer->seen.clear();
    m_window->action(QStringLiteral("actionPurge"))->trigger();
    QTRY_VERIFY(m_answerer->seen.contains(QLatin1String("purgeRefusedBox")));
    QVERIFY(!m_answerer->seen.contains(QLatin1String("purgeConfirmDialog")));
    QCOMPARE(countInDatabase(QStringLiteral("SELECT count(*) FROM users WHERE id = 7")), 1);
}

void tst_MainWindow::purgeAbove100RowsNeedsTheTypedCount()
{
    PurgeConfirmDialog few(QStringLiteral("users"), 100);
    QVERIFY(!few.needsTypedCount());
    QVERIFY(few.isConfirmed());

    PurgeConfirmDialog many(QStringLiteral("users"), 101);
    QVERIFY(many.needsTypedCount());
    QVERIFY(!many.isConfirmed());
    auto purgeButton = many.findChild<QPushButton *>(QStringLiteral("purgeButton"));
    QVERIFY(purgeButton);
    QVERIFY(!purgeButton->isEnabled());
    many.setTypedCount(QStringLiteral("100"));
    QVERIFY(!purgeButton->isEnabled());
    many.setTypedCount(QStringLiteral("101"));
    QVERIFY(purgeButton->isEnabled());
    QVERIFY(many.isConfirmed());
}

void tst_MainWindow::failedConnectionKeepsTheWindowUsable()
{
    m_answerer->seen.clear();
    ConnectionUrl missing;
    missing.backend = Backend::SQLite;
    missing.path = m_dir.filePath(QStringLiteral("no/such/dir/missing.sqlite"));
    m_window->openUrl(missing);
    QTRY_VERIFY(m_answerer->seen.contains(QLatin1String("dbErrorBox")));
    QTRY_VERIFY(!m_window->session()->isOpening());
    QCOMPARE(m_window->session()->url().toString(), m_url.toString());
    QVERIFY(m_window->session()->isOpen());
    m_window->action(QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY(loaded());
}

void tst_MainWindow::conventionOverrideIsStoredPerConnection()
{
    const QualifiedName users{QString(), QStringLiteral("users")};
    auto list = m_window->findChild<TableListWidget *>(QStringLiteral("tableList"));
    QVERIFY(list);

    m_answerer->fill = [](QDialog *dialog) {
        auto kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(Convention::Kind::None)));
        return true;
    };
    emit list->conventionRequested(users);
    QTRY_VERIFY(!m_window->session()->table(users)->convention.isSoftDeletable());
    QVERIFY(ConventionStore(m_url.settingsKey()).load(users).has_value());
    QTRY_VERIFY(!m_window->findChild<QLabel *>(QStringLiteral("banner"))->isHidden());
    QCOMPARE(m_window->recordModel()->scope(), Scope::All);

    m_answerer->fill = [](QDialog *dialog) {
        auto buttons = dialog->findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        return false;
    };
    emit list->conventionRequested(users);
    QTRY_VERIFY(m_window->session()->table(users)->convention.isSoftDeletable());
    QVERIFY(!ConventionStore(m_url.settingsKey()).load(users).has_value());
    m_answerer->fill = nullptr;
}

void tst_MainWindow::actorIsLookedUpThroughTheForeignKey()
{
    QTRY_COMPARE(m_window->recordModel()->tableInfo().name.name, QStringLiteral("users"));
    auto resolvedTo = std::make_shared<QString>();
    m_answerer->fill = [resolvedTo](QDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("actorEdit"))
            ->setText(QStringLiteral("bob.lindqvist@example.com"));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto status = dialog->findChild<QLabel *>(QStringLiteral("actorStatus"));
        auto poll = new QTimer(dialog);
        connect(poll, &QTimer::timeout, dialog, [ok, status, resolvedTo] {
            if (ok->isEnabled()) {
                *resolvedTo = status->text();
                ok->click();
            }
        });
        poll->start(20);
        return false;
    };
    m_window->action(QStringLiteral("actionActor"))->trigger();
    m_answerer->fill = nullptr;
    QCOMPARE(QSettings().value(QStringLiteral("actors/") + m_url.settingsKey()).toString(),
             QStringLiteral("bob.lindqvist@example.com"));
    QVERIFY2(resolvedTo->endsWith(QLatin1String("= 2")), qPrintable(*resolvedTo));
}

void tst_MainWindow::restoreAllMatchingByActorAndTime()
{
    // Comments 29-31 were trashed by `batchjob` in one nightly run (2026-10-01 02:00 UTC).
    const QualifiedName comments{QString(), QStringLiteral("comments")};
    QVERIFY(m_window->selectTable(comments));
    QTRY_COMPARE(m_window->recordModel()->tableInfo().name, comments);
    showScope(Scope::Trash);
    QTRY_VERIFY(m_window->session()->counts(comments).trashed > 3);
    const qint64 trashedBefore = m_window->session()->counts(comments).trashed;
    QAction *restoreAll = m_window->action(QStringLiteral("actionRestoreAll"));
    QVERIFY(restoreAll);
    QTRY_VERIFY(restoreAll->isEnabled());
    QVERIFY(m_window->action(QStringLiteral("actionPurgeAll"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("actionTrashAll"))->isEnabled());

    auto matched = std::make_shared<qint64>(-1);
    m_answerer->fill = [matched](QDialog *dialog) {
        if (qobject_cast<QProgressDialog *>(dialog))
            return false; // closes itself when the operation is done
        auto bulk = qobject_cast<BulkOperationDialog *>(dialog);
        if (!bulk)
            return true;
        bulk->setDeletedBy(QStringLiteral("batchjob"));
        bulk->setDeletedRange(QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC),
                              QDateTime(QDate(2026, 10, 2), QTime(0, 0), Qt::UTC));
        bulk->setReason(QStringLiteral("GUI bulk restore"));
        // Counted on the worker: run once the count for this filter is in.
        auto poll = new QTimer(dialog);
        connect(poll, &QTimer::timeout, dialog, [bulk, matched] {
            if (bulk->isReady()) {
                *matched = bulk->matchingCount();
                bulk->findChild<QPushButton *>(QStringLiteral("runButton"))->click();
            }
        });
        poll->start(20);
        return false;
    };
    m_answerer->seen.clear();
    restoreAll->trigger();
    m_answerer->fill = nullptr;
    QCOMPARE(*matched, 3);
    QTRY_COMPARE(countInDatabase(QStringLiteral("SELECT count(*) FROM comments WHERE id IN "
                                                "(29, 30, 31) AND deleted_at IS NULL")),
                 3);
    QVERIFY(m_answerer->seen.contains(QLatin1String("bulkOperationDialog")));
    QVERIFY(!m_answerer->seen.contains(QLatin1String("dbErrorBox")));
    // One audit entry for the batch, listing the three rows.
    QCOMPARE(countInDatabase(QStringLiteral("SELECT count(*) FROM salvage_audit WHERE action = "
                                            "'restore' AND reason = 'GUI bulk restore' AND "
                                            "details LIKE '{\"rows\":3,%'")),
             1);
    QCOMPARE(countInDatabase(QStringLiteral("SELECT count(DISTINCT operation_id) FROM "
                                            "salvage_audit WHERE reason = 'GUI bulk restore'")),
             1);
    // The view and the counts are reloaded.
    QTRY_COMPARE(m_window->session()->counts(comments).trashed, trashedBefore - 3);
    QTRY_COMPARE(rowOf(29), -1);
    QTRY_VERIFY(restoreAll->isEnabled());
}

namespace {

// A password no test writes anywhere else, new each run.
QString makeCanary()
{
    return QStringLiteral("Cny%1%2")
        .arg(QRandomGenerator::global()->generate64(), 0, 16)
        .arg(QRandomGenerator::global()->generate64(), 0, 16);
}

} // namespace

void tst_MainWindow::commandLineUrlHidesThePassword_data()
{
    QTest::addColumn<QString>("canary");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("explained");
    const QString canary = makeCanary();
    QTest::newRow("password in a good URL")
        << canary << QStringLiteral("postgresql://alice:%1@127.0.0.1:1/shop").arg(canary)
        << "PGPASSWORD";
    QTest::newRow("bad percent-encoding")
        << canary << QStringLiteral("postgresql://alice:%1%zz@db.example.com/shop").arg(canary)
        << "percent-encoded";
    QTest::newRow("broken host") << canary
                                 << QStringLiteral("postgresql://alice:%1@db example.com/shop")
                                        .arg(canary)
                                 << "malformed";
}

// `salvage --db URL` refuses a password like salvage-cli, and never shows it.
void tst_MainWindow::commandLineUrlHidesThePassword()
{
    QFETCH(QString, canary);
    QFETCH(QString, text);
    QFETCH(QString, explained);
    m_answerer->seen.clear();
    m_window->openUrlText(text);
    QTRY_VERIFY(m_answerer->seen.contains(QLatin1String("dbErrorBox")));
    QVERIFY2(m_answerer->lastText.contains(explained), qPrintable(m_answerer->lastText));
    for (const QString &shown : {m_answerer->lastText,
                                 m_answerer->lastInformativeText,
                                 m_answerer->lastDetailedText,
                                 m_window->statusBar()->currentMessage()})
        QVERIFY2(!shown.contains(canary), qPrintable(shown));
    QVERIFY(!m_window->session()->isOpening());
    QCOMPARE(m_window->session()->url().toString(), m_url.toString());
}

// The window asks before it uses a connection that the core says needs consent. (The test
// cluster only listens on this machine, so the session's signal stands in for the server.)
void tst_MainWindow::unencryptedRemoteConnectionAsksFirst()
{
    const auto label = m_window->findChild<QLabel *>(QStringLiteral("statusTransport"));
    QVERIFY(label);
    QVERIFY2(label->text().isEmpty(), "SQLite has no network transport to show");
    QVERIFY(label->isHidden());

    m_answerer->seen.clear();
    const ConnectionUrl remote = ConnectionUrl::parse(
        QStringLiteral("postgresql://alice@db.example.com/shop"));
    QVERIFY(needsUnencryptedConsent(remote, Transport::Unencrypted));
    emit m_window->session()->consentNeeded(remote);
    QTRY_VERIFY(m_answerer->seen.contains(QLatin1String("unencryptedConsentBox")));
    QVERIFY2(m_answerer->lastText.contains(QLatin1String("db.example.com")),
             qPrintable(m_answerer->lastText));
    QVERIFY(m_window->session()->isOpen());
    QCOMPARE(m_window->session()->url().toString(), m_url.toString());
}

// A password typed into the connection dialog reaches the server, and nothing else: not the
// status bar, the title, an error box, the recent connections or any other setting.
void tst_MainWindow::passwordStaysOutOfSettingsAndStatus()
{
    if (!Test::TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db,
                          QStringLiteral("postgresql"),
                          QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, "
                                         "deleted_at timestamptz);"));
    const QString canary = makeCanary();
    const QString wrongCanary = makeCanary();
    const ConnectionUrl url = db.urlForNewRole(QStringLiteral("canary"),
                                               canary,
                                               {QStringLiteral("GRANT SELECT ON notes TO {role}")});
    QVERIFY(url.isValid());

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionUrl wrong = url;
    wrong.password = wrongCanary;
    m_answerer->seen.clear();
    window.openUrl(wrong);
    QTRY_VERIFY(m_answerer->seen.contains(QLatin1String("dbErrorBox")));
    QTRY_VERIFY(!window.session()->isOpening());
    for (const QString &shown :
         {m_answerer->lastText, m_answerer->lastInformativeText, m_answerer->lastDetailedText})
        QVERIFY2(!shown.contains(wrongCanary), qPrintable(shown));

    window.openUrl(url);
    QTRY_VERIFY(window.session()->isOpen());
    const auto transport = window.findChild<QLabel *>(QStringLiteral("statusTransport"));
    QVERIFY(transport);
    // The test cluster has no TLS; 127.0.0.1 needs no consent.
    QCOMPARE(transport->text(), QStringLiteral("Not encrypted"));
    QVERIFY(!transport->isHidden());
    QVERIFY(!m_answerer->seen.contains(QLatin1String("unencryptedConsentBox")));
    const QStringList shown{window.windowTitle(),
                            window.statusBar()->currentMessage(),
                            window.findChild<QLabel *>(QStringLiteral("statusConnection"))->text(),
                            transport->toolTip()};
    for (const QString &text : shown)
        QVERIFY2(!text.contains(canary), qPrintable(text));
    window.close();

    QSettings settings;
    settings.sync();
    const QStringList recent = settings.value(QStringLiteral("recent")).toStringList();
    QVERIFY2(recent.contains(url.toString()), qPrintable(recent.join(QLatin1Char('\n'))));
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains(url.user.toUtf8()));
    QVERIFY2(!stored.contains(canary.toUtf8()), stored.constData());
    QVERIFY2(!stored.contains(wrongCanary.toUtf8()), stored.constData());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
