#include "recordmodel.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace Salvage {

RecordModel::RecordModel(const ConnectionUrl &url, QObject *parent)
    : QAbstractTableModel(parent), m_worker(new DbWorker(url, this))
{
}

RecordModel::~RecordModel() = default;

void RecordModel::setTableInfo(const TableInfo &table)
{
    m_table = table;
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    m_search.clear();
    m_equals.clear();
    resetAndLoad();
}

void RecordModel::setScope(Scope scope)
{
    if (m_scope == scope)
        return;
    m_scope = scope;
    resetAndLoad();
}

void RecordModel::setSearch(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    resetAndLoad();
}

void RecordModel::setEquals(const QVariantMap &columnValues)
{
    if (m_equals == columnValues)
        return;
    m_equals = columnValues;
    resetAndLoad();
}

void RecordModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void RecordModel::reload()
{
    resetAndLoad();
}

void RecordModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_table.columns.size())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resetAndLoad();
}

void RecordModel::resetAndLoad()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = !m_table.name.isValid();
    const bool wasLoading = isLoading();
    m_pendingRequest = 0; // results of earlier requests are now stale
    endResetModel();
    if (wasLoading)
        emit loadingChanged(false);
    if (!m_atEnd)
        requestPage();
}

RowQuery RecordModel::rowQuery() const
{
    RowQuery query(m_table, m_worker->url().backend);
    query.setScope(m_scope);
    query.setSearch(m_search);
    query.setEquals(m_equals);
    query.setSort(m_sortColumn, m_sortOrder);
    query.setLimit(m_pageSize);
    return query;
}

RecordModel::PageQuery RecordModel::pageQuery(const QVariantList &afterSortKey) const
{
    return rowQuery().page(afterSortKey);
}

void RecordModel::requestPage()
{
    if (m_atEnd || isLoading())
        return;
    const RowQuery rows = rowQuery();
    const PageQuery query = rows.page(m_rows.isEmpty() ? QVariantList() : rows.keyOf(m_rows.last()));
    const quint64 request = ++m_lastRequest;
    m_pendingRequest = request;
    const int width = m_table.columns.size() + rows.keyColumnCount();
    emit loadingChanged(true);
    m_worker->post<Page>(
        [query, width](Connection &connection) {
            Page page;
            if (!connection.isOpen()) {
                page.error.kind = DbError::ConnectionLost;
                page.error.message = tr("Not connected to the database.");
                return page;
            }
            QSqlQuery sql(connection.database());
            sql.setForwardOnly(true);
            bool ok = sql.prepare(query.sql);
            for (const QVariant &v : query.values)
                sql.addBindValue(v);
            ok = ok && sql.exec();
            if (!ok) {
                page.error = DbError::fromSql(sql.lastError(), connection.backend());
                connection.noteError(page.error);
                return page;
            }
            while (sql.next()) {
                QVariantList row;
                row.reserve(width);
                for (int i = 0; i < width; ++i)
                    row << sql.value(i);
                page.rows << row;
            }
            return page;
        },
        this, [this, request](const Page &page) { applyPage(request, page); });
}

void RecordModel::applyPage(quint64 request, const Page &page)
{
    if (request != m_pendingRequest)
        return; // superseded by a reset
    if (page.error.isError()) {
        m_pendingRequest = 0;
        m_atEnd = true;
        emit loadingChanged(false);
        QString message = page.error.message;
        if (!page.error.driverText.isEmpty())
            message += QLatin1Char('\n') + tr("Details: %1").arg(page.error.driverText);
        emit loadFailed(message);
        return;
    }
    // Still "loading" while rows are inserted: views and testers may ask for more from
    // inside the insertion, and the next page must start after these rows.
    if (!page.rows.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()),
                        int(m_rows.size() + page.rows.size()) - 1);
        m_rows.append(page.rows);
        endInsertRows();
    }
    m_pendingRequest = 0;
    m_atEnd = page.rows.size() < m_pageSize;
    emit loadingChanged(false);
    emit pageLoaded(int(m_rows.size()));
}

RowKey RecordModel::rowKey(int row) const
{
    RowKey key;
    if (row < 0 || row >= m_rows.size())
        return key;
    for (const QString &column : m_table.primaryKey)
        key << m_rows.at(row).value(m_table.columnIndex(column));
    return key;
}

bool RecordModel::isTrashed(int row) const
{
    const Convention &c = m_table.convention;
    if (!c.isSoftDeletable() || row < 0 || row >= m_rows.size())
        return false;
    const QVariant marker = m_rows.at(row).value(m_table.columnIndex(c.marker));
    if (c.kind == Convention::Kind::Timestamp)
        return !marker.isNull();
    return marker.toBool();
}

QVariant RecordModel::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_table.columns.size())
        return QVariant();
    return m_rows.at(row).at(column);
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return value(index.row(), index.column());
    return QVariant();
}

QVariant RecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_table.columns.size()) {
        const ColumnInfo &column = m_table.columns.at(section);
        if (role == Qt::DisplayRole)
            return column.name;
        if (role == Qt::ToolTipRole)
            return column.type;
        return QVariant();
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool RecordModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !isLoading();
}

void RecordModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

} // namespace Salvage
