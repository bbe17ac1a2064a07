#pragma once

#include "databasesession.h"
#include "db/sqldialect.h"
#include "trash/trashservice.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace Salvage {

class AuditView;
class DetailPane;
class MainActions;
class OperationController;
class PrivacyController;
class RecordPane;
class RecordModel;
class SoftDeleteProxyModel;
class TableListWidget;

// The main window: table list, the rows of one table in one scope, the selected row's
// details, and the actions on the selection. It shows and asks; the core decides and does.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openUrl(const ConnectionUrl &url);
    void openUrlText(const QString &text); // reports a malformed URL to the user
    void openDemo();
    // The table to select once the schema has been read (e.g. from --table).
    void setInitialTable(const QualifiedName &name) { m_initialTable = name; }

    bool selectTable(const QualifiedName &name);
    void setScope(Scope scope);
    Scope scope() const;
    void selectRows(const QList<int> &rows);
    QList<int> selectedRows() const;

    DatabaseSession *session() const { return m_session; }
    RecordModel *recordModel() const { return m_model; }
    SoftDeleteProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_view; }
    DetailPane *detailPane() const { return m_detail; }
    AuditView *auditView() const;
    QAction *action(const QString &objectName) const;
    MainActions *actions() const { return m_actions; }
    PrivacyController *privacy() const { return m_privacy; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void createStatusBar();

    void connectDialog();
    void onOpened();
    void onTablesChanged();
    void onTableActivated(const QualifiedName &name);
    void onScopeChosen(Scope scope);
    void onPageLoaded(int rows);
    void onOperationFinished(const QualifiedName &table, const QString &summary);
    void editConvention(const QualifiedName &name);
    void showAuditLog();
    void start(Operation operation);
    void startBulk(Operation operation);
    void startPrivacy(void (PrivacyController::*run)(const TableInfo &, const QList<RowKey> &));
    void refresh();

    void updateActions();
    void updateDetail();
    void updateStatus();
    void updateScopeTabs();
    void updateBanner(const QString &error = QString());

    DatabaseSession *m_session;
    OperationController *m_operations;
    PrivacyController *m_privacy;
    MainActions *m_actions;
    RecordModel *m_model = nullptr;
    SoftDeleteProxyModel *m_proxy = nullptr;
    TableInfo m_table;
    QualifiedName m_initialTable;
    Scope m_preferredScope = Scope::Active;
    bool m_autoSize = false;

    TableListWidget *m_tableList;
    QSplitter *m_splitter = nullptr;
    RecordPane *m_records;
    QTableView *m_view;
    DetailPane *m_detail;
    QPointer<AuditView> m_auditView;

    QLabel *m_statusConnection = nullptr;
    QLabel *m_statusTransport = nullptr;
    QLabel *m_statusTable = nullptr;
    QLabel *m_statusRows = nullptr;
    QLabel *m_statusLoading = nullptr;
};

} // namespace Salvage
