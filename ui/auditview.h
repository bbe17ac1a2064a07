#pragma once

#include "db/dbworker.h"
#include "trash/auditlog.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace Salvage {

// The salvage_audit table, newest first, filterable by table, actor and action.
class AuditView : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TableColumn,
        RowColumn,
        ReasonColumn,
        OperationColumn,
        DatabaseUserColumn,
        OsUserColumn,
        ColumnCount
    };
    static constexpr int Limit = 1000;
    // Characters of a batch entry's key list read for display.
    static constexpr int RowKeyChars = 400;

    AuditView(DbWorker *worker, const QStringList &tables, QWidget *parent = nullptr);

    void setTableFilter(const QString &table);
    void reload();
    QTableWidget *entriesTable() const { return m_entries; }
    bool isLoading() const { return m_loading; }

signals:
    void loaded(int entries);

private:
    struct Result
    {
        QList<AuditEntry> entries;
        DbError error;
        bool missing = false;
    };
    static Result read(Connection &connection, const AuditLog::Filter &filter);
    void showResult(const Result &result);
    static QString actionTitle(const QString &action);
    static QString rowKeyText(const AuditEntry &entry);

    QPointer<DbWorker> m_worker;
    QComboBox *m_table;
    QLineEdit *m_actor;
    QComboBox *m_action;
    QTableWidget *m_entries;
    QLabel *m_status;
    QTimer *m_debounce;
    quint64 m_request = 0;
    bool m_loading = false;
};

} // namespace Salvage
