#include "mainwindow.h"

#include "auditview.h"
#include "connectiondialog.h"
#include "conventiondialog.h"
#include "detailpane.h"
#include "errorbox.h"
#include "mainactions.h"
#include "operationcontroller.h"
#include "privacycontroller.h"
#include "recordpane.h"
#include "tablelistwidget.h"
#include "transportstatus.h"

#include "db/secrets.h"
#include "demo/demodatabase.h"
#include "models/recordmodel.h"
#include "models/softdeleteproxymodel.h"
#include "schema/conventionstore.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>

namespace Salvage {

namespace {
const char GeometryKey[] = "mainWindow/geometry";
const char SplitterKey[] = "mainWindow/splitter";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new DatabaseSession(this))
    , m_operations(new OperationController(m_session, this))
    , m_privacy(new PrivacyController(m_session, m_operations, this))
    , m_actions(new MainActions(this))
    , m_tableList(new TableListWidget(this))
    , m_records(new RecordPane(this))
    , m_view(m_records->view())
    , m_detail(new DetailPane(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/salvage.svg")));
    connectActions();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tableList);
    m_splitter->addWidget(m_records);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({210, 730, 340});
    setCentralWidget(m_splitter);
    createStatusBar();

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray());
    m_splitter->restoreState(settings.value(QLatin1String(SplitterKey)).toByteArray());

    connect(m_session, &DatabaseSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &DatabaseSession::openFailed, this, [this](const DbError &error) {
        showDbError(this, tr("Could not connect"), error);
        updateStatus();
        updateActions();
    });
    connect(m_session, &DatabaseSession::consentNeeded, this, [this](const ConnectionUrl &url) {
        askUnencryptedConsent(this, url, [this](bool agreed) { m_session->answerConsent(agreed); });
    });
    connect(m_session, &DatabaseSession::openCancelled, this, [this] {
        statusBar()->showMessage(tr("The unencrypted connection was not used."), 5000);
        updateStatus();
        updateActions();
    });
    connect(m_session, &DatabaseSession::tablesChanged, this, &MainWindow::onTablesChanged);
    connect(m_session, &DatabaseSession::schemaFailed, this, [this](const DbError &error) {
        showDbError(this, tr("Could not read the tables"), error);
    });
    connect(m_session, &DatabaseSession::countsChanged, this, [this] {
        m_tableList->setCounts(*m_session);
        updateScopeTabs();
    });
    auto separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({m_actions->trash,
                        m_actions->restore,
                        m_actions->purge,
                        separator,
                        m_actions->anonymize,
                        m_actions->hold,
                        m_actions->releaseHold});
    connect(m_records, &RecordPane::scopeChosen, this, &MainWindow::onScopeChosen);
    connect(m_records, &RecordPane::searchChanged, this, [this](const QString &text) {
        if (m_model) {
            m_autoSize = true;
            m_model->setSearch(text);
        }
    });
    connect(m_tableList, &TableListWidget::tableActivated, this, &MainWindow::onTableActivated);
    connect(m_tableList, &TableListWidget::conventionRequested, this, &MainWindow::editConvention);
    connect(m_operations, &OperationController::busyChanged, this, [this](bool busy) {
        if (busy)
            statusBar()->showMessage(tr("Working..."));
        updateActions();
    });
    connect(m_operations, &OperationController::undoChanged, this, &MainWindow::updateActions);
    connect(m_operations, &OperationController::rowsChanged, this,
            [this](const QualifiedName &table, Operation operation, const QList<RowKey> &keys) {
                if (m_model && table == m_model->tableInfo().name)
                    m_model->dropRowsLeavingScope(operation, keys);
            });
    connect(m_operations, &OperationController::finished, this, &MainWindow::onOperationFinished);
    connect(m_privacy, &PrivacyController::busyChanged, this, &MainWindow::updateActions);
    connect(m_privacy, &PrivacyController::finished, this, &MainWindow::onOperationFinished);

    updateBanner();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    connect(m_actions->trash, &QAction::triggered, this, [this] { start(Operation::Trash); });
    connect(m_actions->restore, &QAction::triggered, this, [this] { start(Operation::Restore); });
    connect(m_actions->purge, &QAction::triggered, this, [this] { start(Operation::Purge); });
    connect(m_actions->trashAll, &QAction::triggered, this, [this] { startBulk(Operation::Trash); });
    connect(m_actions->restoreAll, &QAction::triggered, this, [this] {
        startBulk(Operation::Restore);
    });
    connect(m_actions->purgeAll, &QAction::triggered, this, [this] { startBulk(Operation::Purge); });
    connect(m_actions->undo, &QAction::triggered, m_operations, &OperationController::undo);
    connect(m_actions->anonymize, &QAction::triggered, this, [this] {
        startPrivacy(&PrivacyController::anonymize);
    });
    connect(m_actions->hold, &QAction::triggered, this, [this] {
        startPrivacy(&PrivacyController::hold);
    });
    connect(m_actions->releaseHold, &QAction::triggered, this, [this] {
        startPrivacy(&PrivacyController::release);
    });
    connect(m_actions->erasure,
            &QAction::triggered,
            m_privacy,
            &PrivacyController::showErasureWindow);
    connect(m_actions->rules, &QAction::triggered, m_privacy, &PrivacyController::showRulesEditor);
    connect(m_actions->refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->audit, &QAction::triggered, this, &MainWindow::showAuditLog);
    connect(m_actions->connectDatabase, &QAction::triggered, this, &MainWindow::connectDialog);
    connect(m_actions->demo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_actions->actor, &QAction::triggered, this, [this] {
        m_operations->chooseActor(m_table.name.isValid() ? &m_table : nullptr);
    });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createStatusBar()
{
    const auto add = [this](const char *name, bool separator) {
        if (separator) {
            auto line = new QFrame(this);
            line->setFrameShape(QFrame::VLine);
            line->setFrameShadow(QFrame::Sunken);
            statusBar()->addPermanentWidget(line);
        }
        auto label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setContentsMargins(4, 0, 4, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_statusLoading = add("statusLoading", false);
    m_statusLoading->setText(tr("Loading..."));
    m_statusRows = add("statusRows", false);
    m_statusTable = add("statusTable", true);
    m_statusConnection = add("statusConnection", true);
    m_statusTransport = add("statusTransport", false);
}

AuditView *MainWindow::auditView() const
{
    return m_auditView;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::openUrl(const ConnectionUrl &url)
{
    if (m_session->isOpening())
        return;
    m_session->open(url);
    statusBar()->showMessage(tr("Connecting to %1...").arg(url.toString()));
    updateActions();
}

void MainWindow::openUrlText(const QString &text)
{
    QString error;
    // The text comes from the command line: a password in it is refused, as by salvage-cli.
    const ConnectionUrl url = ConnectionUrl::parseCommandLine(text, &error);
    if (!url.isValid()) {
        DbError dbError;
        dbError.kind = DbError::Other;
        dbError.message = tr("\"%1\" is not a database URL: %2").arg(redactUrlText(text), error);
        QTimer::singleShot(0, this, [this, dbError] {
            showDbError(this, tr("Could not connect"), dbError);
        });
        return;
    }
    openUrl(url);
}

void MainWindow::openDemo()
{
    // Creating the demo runs SQL, so it happens off the GUI thread.
    const QString path = DemoDatabase::defaultPath();
    auto error = std::make_shared<QString>();
    QThread *thread = QThread::create([path, error] {
        if (!DemoDatabase::ensure(path, error.get()) && error->isEmpty())
            *error = tr("The demo database could not be created.");
    });
    connect(thread, &QThread::finished, this, [this, thread, path, error] {
        thread->deleteLater();
        if (!error->isEmpty()) {
            QMessageBox::warning(this, tr("Demo Database"), *error);
            return;
        }
        openUrlText(DemoDatabase::url(path));
    });
    statusBar()->showMessage(tr("Preparing the demo database..."));
    thread->start();
}

void MainWindow::connectDialog()
{
    ConnectionDialog dialog(this);
    if (m_session->isOpen())
        dialog.setUrl(m_session->url());
    if (dialog.exec() == QDialog::Accepted)
        openUrl(dialog.url());
}

void MainWindow::onOpened()
{
    ConnectionDialog::addRecentConnection(m_session->url());
    statusBar()->showMessage(tr("Connected to %1.").arg(m_session->url().toString()), 5000);
    if (m_auditView)
        m_auditView->close();
    m_privacy->closeWindows();
    m_operations->forgetUndo();

    QItemSelectionModel *oldSelection = m_view->selectionModel();
    m_view->setModel(nullptr);
    delete oldSelection; // the view does not own it
    delete m_proxy;
    delete m_model;
    m_table = TableInfo();
    m_model = new RecordModel(m_session->url(), this);
    m_proxy = new SoftDeleteProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_model, &RecordModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &RecordModel::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_model, &RecordModel::countChanged, this, &MainWindow::updateStatus);
    connect(m_model, &RecordModel::loadFailed, this, [this](const QString &message) {
        updateBanner(tr("The rows could not be loaded: %1").arg(message));
        updateStatus();
    });
}

void MainWindow::onTablesChanged()
{
    m_tableList->setTables(m_session->tables());
    m_tableList->setCounts(*m_session);
    QualifiedName name = m_table.name;
    if (!m_session->table(name))
        name = m_initialTable;
    if (!m_session->table(name) && !m_session->tables().isEmpty())
        name = m_session->tables().constFirst().name;
    m_initialTable = QualifiedName();
    {
        const QSignalBlocker blocker(m_tableList);
        m_tableList->selectTable(name);
    }
    onTableActivated(name); // also when unchanged: its TableInfo may be new
}

static bool isSameShape(const TableInfo &a, const TableInfo &b)
{
    const auto columns = [](const TableInfo &t) {
        QStringList names;
        for (const ColumnInfo &c : t.columns)
            names << c.name + QLatin1Char(' ') + c.type;
        return names;
    };
    return a.name == b.name && a.primaryKey == b.primaryKey && columns(a) == columns(b)
        && a.convention.kind == b.convention.kind && a.convention.marker == b.convention.marker
        && a.convention.actor == b.convention.actor && a.convention.reason == b.convention.reason;
}

void MainWindow::onTableActivated(const QualifiedName &name)
{
    const TableInfo *info = m_session->table(name);
    if (!info || !m_model)
        return;
    if (isSameShape(*info, m_model->tableInfo())) {
        // The same table read again (F5, after a change): keep search, sort, scroll and
        // selection; only the rows are loaded again.
        m_table = *info;
        m_model->reload();
        updateBanner();
        updateStatus();
        updateActions();
        return;
    }
    m_table = *info;
    m_records->clearSearch();
    m_records->resetSortIndicator();
    const Scope scope = m_table.convention.isSoftDeletable() ? m_preferredScope : Scope::All;
    m_autoSize = true;
    m_model->setScope(scope);
    m_model->setTableInfo(m_table);
    updateScopeTabs();
    updateBanner();
    updateStatus();
    updateActions();
    updateDetail();
}

void MainWindow::onScopeChosen(Scope scope)
{
    if (!m_model)
        return;
    if (m_table.convention.isSoftDeletable())
        m_preferredScope = scope;
    if (m_model->scope() != scope) {
        m_autoSize = true;
        m_model->setScope(scope);
    }
    updateActions();
}

bool MainWindow::selectTable(const QualifiedName &name)
{
    return m_tableList->selectTable(name);
}

void MainWindow::setScope(Scope scope)
{
    m_records->scopeTabs()->setCurrentIndex(int(scope));
}

Scope MainWindow::scope() const
{
    return m_model ? m_model->scope() : Scope::Active;
}

void MainWindow::selectRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (int row : rows)
        selection.select(m_proxy->index(row, 0), m_proxy->index(row, m_proxy->columnCount() - 1));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        m_view->selectionModel()->setCurrentIndex(m_proxy->index(rows.constFirst(), 0),
                                                  QItemSelectionModel::NoUpdate);
}

QList<int> MainWindow::selectedRows() const
{
    QList<int> rows;
    if (!m_view->selectionModel())
        return rows;
    const QModelIndexList indexes = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : indexes)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MainWindow::onPageLoaded(int rows)
{
    Q_UNUSED(rows);
    if (m_autoSize) {
        m_autoSize = false;
        m_records->autoSizeColumns();
    }
    updateBanner();
    updateStatus();
}

void MainWindow::start(Operation operation)
{
    if (!m_proxy)
        return;
    const QList<int> rows = selectedRows();
    if (!m_proxy->allows(operation, rows))
        return;
    m_operations->start(operation, m_model->tableInfo(), m_proxy->keys(rows));
}

void MainWindow::startBulk(Operation operation)
{
    if (m_model)
        m_operations->startBulk(operation, m_model->tableInfo(), m_model->search());
}

void MainWindow::startPrivacy(void (PrivacyController::*run)(const TableInfo &,
                                                             const QList<RowKey> &))
{
    if (m_proxy && !selectedRows().isEmpty())
        (m_privacy->*run)(m_model->tableInfo(), m_proxy->keys(selectedRows()));
}

void MainWindow::onOperationFinished(const QualifiedName &table, const QString &summary)
{
    statusBar()->showMessage(summary, 10000);
    if (m_model && table == m_model->tableInfo().name)
        m_model->reload();
    m_session->refreshCounts({table});
    if (m_auditView)
        m_auditView->reload();
}

void MainWindow::refresh()
{
    m_session->reloadSchema(); // re-reads tables, counts and the current table's rows
}

void MainWindow::editConvention(const QualifiedName &name)
{
    const TableInfo *table = m_session->table(name);
    if (!table)
        return;
    ConventionDialog dialog(*table, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConventionStore store(m_session->url().settingsKey());
    if (dialog.resetRequested())
        store.clear(name);
    else
        store.save(name, dialog.convention());
    m_session->reloadSchema();
}

void MainWindow::showAuditLog()
{
    if (!m_session->isOpen())
        return;
    if (!m_auditView) {
        QStringList tables;
        for (const TableInfo &table : m_session->tables())
            tables << table.name.display();
        m_auditView = new AuditView(m_session->worker(), tables, this);
    }
    m_auditView->show();
    m_auditView->raise();
    m_auditView->activateWindow();
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool idle = !m_operations->isBusy() && !m_privacy->isBusy();
    const QList<int> rows = m_proxy ? selectedRows() : QList<int>();
    const auto allows = [&](Operation op) {
        return open && idle && m_proxy && m_proxy->allows(op, rows);
    };
    m_actions->trash->setEnabled(allows(Operation::Trash));
    m_actions->restore->setEnabled(allows(Operation::Restore));
    m_actions->purge->setEnabled(allows(Operation::Purge));
    const bool bulk = open && idle && m_model && m_model->tableInfo().isWritable();
    m_actions->trashAll->setEnabled(bulk && scope() == Scope::Active);
    m_actions->restoreAll->setEnabled(bulk && scope() == Scope::Trash);
    m_actions->purgeAll->setEnabled(bulk && scope() == Scope::Trash);
    const bool keyed = open && idle && m_model && !m_model->tableInfo().primaryKey.isEmpty()
                       && !rows.isEmpty();
    m_actions->anonymize->setEnabled(keyed && allows(Operation::Purge)); // trashed rows only
    m_actions->hold->setEnabled(keyed);
    m_actions->releaseHold->setEnabled(keyed);
    m_actions->erasure->setEnabled(open);
    m_actions->rules->setEnabled(open);
    m_actions->undo->setEnabled(open && m_operations->canUndo());
    m_actions->undo->setText(m_operations->undoText());
    m_actions->refresh->setEnabled(open);
    m_actions->audit->setEnabled(open);
    m_actions->actor->setEnabled(open);
    // No switching databases under a running change: its result (and undo) belongs here.
    m_actions->connectDatabase->setEnabled(!m_session->isOpening() && idle);
    m_actions->demo->setEnabled(!m_session->isOpening() && idle);
}

void MainWindow::updateDetail()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_model) {
        m_detail->showMessage(rows.isEmpty() ? tr("Select a row to see all of its columns.")
                                             : tr("%n rows selected.", nullptr, int(rows.size())));
        return;
    }
    const int row = rows.constFirst();
    const TableInfo &table = m_model->tableInfo();
    QVariantList values;
    for (int column = 0; column < table.columns.size(); ++column)
        values << m_model->value(row, column);
    m_detail->showRow(table, values, m_model->isTrashed(row));
}

void MainWindow::updateStatus()
{
    const bool open = m_session->isOpen();
    m_statusConnection->setText(open ? m_session->url().toString() : tr("Not connected"));
    const Transport transport = open ? m_session->transport() : Transport::None;
    m_statusTransport->setText(transportStatusText(transport));
    m_statusTransport->setToolTip(transportStatusToolTip(transport));
    m_statusTransport->setVisible(!m_statusTransport->text().isEmpty());
    m_statusTable->setText(m_table.name.isValid() ? m_table.name.display() : QString());
    const bool loading = m_model && m_model->isLoading();
    m_statusLoading->setVisible(loading);
    if (m_model && m_table.name.isValid()) {
        const int rows = m_model->rowCount();
        // Until the exact count arrives the size is an estimate (planner statistics).
        m_statusRows->setText(m_model->isCountExact()
                                  ? tr("%n row(s)", nullptr, rows)
                                  : tr("≈ %n row(s), counting…", nullptr, rows));
    } else {
        m_statusRows->clear();
    }
    setWindowTitle(
        open && m_table.name.isValid()
            ? tr("%1 – %2 – Salvage").arg(m_table.name.display(), m_session->url().toString())
            : tr("Salvage"));
}

void MainWindow::updateScopeTabs()
{
    m_records->setScopes(m_session->counts(m_table.name),
                         m_table.convention.isSoftDeletable(),
                         scope());
}

void MainWindow::updateBanner(const QString &error)
{
    QString text = error;
    if (text.isEmpty() && !m_session->isOpen())
        text = tr("Not connected. Choose File > Connect... or File > Open Demo Database.");
    else if (text.isEmpty() && m_table.name.isValid())
        text = m_table.readOnlyReason();
    m_records->showBanner(text, !error.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(SplitterKey), m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Salvage
