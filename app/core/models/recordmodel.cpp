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

QList<RecordModel::SortTerm> RecordModel::sortTerms() const
{
    const bool pg = m_worker->url().backend == Backend::PostgreSQL;
    const auto term = [&](const QString &column, bool descending) {
        const ColumnInfo *info = m_table.column(column);
        SortTerm t;
        t.expression = quoteIdentifier(column);
        t.castType = pg && info ? info->type : QString();
        t.descending = descending;
        t.nullable = !info || info->nullable;
        return t;
    };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    QList<SortTerm> terms;
    if (m_sortColumn >= 0 && !m_table.primaryKey.contains(m_table.columns.at(m_sortColumn).name))
        terms << term(m_table.columns.at(m_sortColumn).name, descending);
    if (m_table.primaryKey.isEmpty()) {
        SortTerm identity;
        identity.expression = pg ? QStringLiteral("ctid") : QStringLiteral("rowid");
        identity.castType = pg ? QStringLiteral("tid") : QString();
        identity.descending = descending;
        identity.nullable = false;
        terms << identity;
        return terms;
    }
    const QString sortName = m_sortColumn >= 0 ? m_table.columns.at(m_sortColumn).name : QString();
    // Sorting by a key column puts it first; the rest of the key breaks ties.
    if (m_table.primaryKey.contains(sortName))
        terms << term(sortName, descending);
    for (const QString &column : m_table.primaryKey) {
        if (column != sortName)
            terms << term(column, descending);
    }
    return terms;
}

RecordModel::PageQuery RecordModel::pageQuery(const QVariantList &afterSortKey) const
{
    const Backend backend = m_worker->url().backend;
    const bool pg = backend == Backend::PostgreSQL;
    const QList<SortTerm> terms = sortTerms();
    PageQuery q;
    QStringList select;
    for (const ColumnInfo &column : m_table.columns)
        select << quoteIdentifier(column.name);
    for (int i = 0; i < terms.size(); ++i) {
        const QString &e = terms.at(i).expression;
        // Aliased: an unaliased copy named like a real column makes ORDER BY ambiguous.
        select << (pg ? QLatin1String("CAST(") + e + QLatin1String(" AS TEXT)") : e)
                + QLatin1String(" AS salvage_key_") + QString::number(i);
    }
    QStringList where;
    where << Sql::scopePredicate(m_table, m_scope, backend);
    where << Sql::searchPredicate(m_table, backend, m_search, &q.values);
    for (auto it = m_equals.cbegin(); it != m_equals.cend(); ++it) {
        where << quoteIdentifier(it.key()) + QLatin1String(" = ?");
        q.values << it.value();
    }
    if (!afterSortKey.isEmpty()) {
        // Keyset: rows strictly after the last one in (term1, term2, ...) order, NULLs last.
        const auto bound = [&](const SortTerm &t, const QVariant &v) {
            q.values << v;
            return t.castType.isEmpty()
                ? QStringLiteral("?")
                : QLatin1String("CAST(? AS ") + t.castType + QLatin1Char(')');
        };
        // Each alternative is built and bound in text order: (t0 = v0 AND ... AND ti after vi).
        QStringList alternatives;
        for (int i = 0; i < terms.size(); ++i) {
            const SortTerm &t = terms.at(i);
            const QVariant v = afterSortKey.value(i);
            if (v.isNull())
                continue; // nothing sorts after NULL (NULLS LAST)
            QStringList parts;
            for (int j = 0; j < i; ++j) {
                const QVariant w = afterSortKey.value(j);
                parts << (w.isNull() ? terms.at(j).expression + QLatin1String(" IS NULL")
                                     : terms.at(j).expression + QLatin1String(" = ")
                              + bound(terms.at(j), w));
            }
            QString after = t.expression + (t.descending ? QLatin1String(" < ")
                                                         : QLatin1String(" > "))
                + bound(t, v);
            if (t.nullable)
                after = QLatin1Char('(') + after + QLatin1String(" OR ") + t.expression
                    + QLatin1String(" IS NULL)");
            parts << after;
            alternatives << QLatin1Char('(') + parts.join(QLatin1String(" AND ")) + QLatin1Char(')');
        }
        where << (alternatives.isEmpty() ? QStringLiteral("1 = 0")
                                         : alternatives.join(QLatin1String(" OR ")));
    }
    QStringList order;
    for (const SortTerm &t : terms) {
        order << t.expression + (t.descending ? QLatin1String(" DESC") : QLatin1String(" ASC"))
                     + QLatin1String(" NULLS LAST");
    }
    q.sql = QLatin1String("SELECT ") + select.join(QLatin1String(", ")) + QLatin1String(" FROM ")
        + m_table.name.quoted();
    const QString filter = Sql::joinAnd(where);
    if (!filter.isEmpty())
        q.sql += QLatin1String(" WHERE ") + filter;
    q.sql += QLatin1String(" ORDER BY ") + order.join(QLatin1String(", "))
        + QLatin1String(" LIMIT ") + QString::number(m_pageSize);
    return q;
}

QVariantList RecordModel::sortKeyOf(const QVariantList &row) const
{
    return row.mid(m_table.columns.size());
}

void RecordModel::requestPage()
{
    if (m_atEnd || isLoading())
        return;
    const PageQuery query = pageQuery(m_rows.isEmpty() ? QVariantList() : sortKeyOf(m_rows.last()));
    const quint64 request = ++m_lastRequest;
    m_pendingRequest = request;
    const int width = m_table.columns.size() + int(sortTerms().size());
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
    m_pendingRequest = 0;
    if (page.error.isError()) {
        m_atEnd = true;
        emit loadingChanged(false);
        QString message = page.error.message;
        if (!page.error.driverText.isEmpty())
            message += QLatin1Char('\n') + tr("Details: %1").arg(page.error.driverText);
        emit loadFailed(message);
        return;
    }
    m_atEnd = page.rows.size() < m_pageSize;
    if (!page.rows.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
        m_rows.append(page.rows);
        endInsertRows();
    }
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
