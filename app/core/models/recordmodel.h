#pragma once

#include "db/dbworker.h"
#include "db/sqldialect.h"
#include "rowquery.h"
#include "schema/tableinfo.h"

#include <QAbstractTableModel>
#include <QVariantMap>

namespace Salvage {

// The rows of one table in one scope, filtered and sorted by SQL, loaded page by page on a
// worker thread with its own connection (keyset pagination on the sort key plus the primary
// key: no OFFSET). Never holds more than the pages the view has asked for.
class RecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int DefaultPageSize = 200;

    explicit RecordModel(const ConnectionUrl &url, QObject *parent = nullptr);
    ~RecordModel() override;

    void setTableInfo(const TableInfo &table);
    const TableInfo &tableInfo() const { return m_table; }
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    void setSearch(const QString &text);           // across text columns, server-side
    QString search() const { return m_search; }
    void setEquals(const QVariantMap &columnValues); // exact column filters (audit view)
    void setPageSize(int rows);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Discards loaded rows and loads the first page again (after a change or F5).
    void reload();
    bool isLoading() const { return m_pendingRequest != 0; }
    bool isComplete() const { return m_atEnd; }

    RowKey rowKey(int row) const;
    bool isTrashed(int row) const;
    QVariant value(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The SELECT for one page; public so tests can check the generated SQL.
    using PageQuery = RowQuery::Statement;
    PageQuery pageQuery(const QVariantList &afterSortKey) const;

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void pageLoaded(int totalRows);

private:
    struct Page
    {
        QList<QVariantList> rows;
        DbError error;
    };
    void requestPage();
    void applyPage(quint64 request, const Page &page);
    RowQuery rowQuery() const;
    void resetAndLoad();

    DbWorker *m_worker;
    TableInfo m_table;
    Scope m_scope = Scope::Active;
    QString m_search;
    QVariantMap m_equals;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = DefaultPageSize;
    QList<QVariantList> m_rows; // visible columns, then the keyset values (RowQuery)
    bool m_atEnd = true;
    quint64 m_pendingRequest = 0;
    quint64 m_lastRequest = 0;
};

} // namespace Salvage
