#include "recordmodel.h"

#include <QPointer>
#include <QSqlQuery>

#include <algorithm>
#include <climits>

namespace Salvage {

namespace {

// Blocks further than this from the one a view asked for last are no longer worth loading.
constexpr int focusReach = 16;
// Directory keys are handed to the model in chunks of this many while the scan runs.
constexpr int directoryChunk = 512;

bool runStatement(QSqlQuery &query, const RowQuery::Statement &statement)
{
    query.setForwardOnly(true); // QPSQL streams forward-only results (single-row mode)
    bool ok = query.prepare(statement.sql);
    for (const QVariant &v : statement.values)
        query.addBindValue(v);
    return ok && query.exec();
}

// A quick size for the scrollbar before the exact count arrives: PostgreSQL's planner
// statistics, SQLite's largest rowid (an upper bound). -1 when there is nothing cheap.
qint64 estimateRows(Connection &connection, const TableInfo &table, Scope scope)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (connection.backend() == Backend::SQLite) {
        if (!query.exec(QLatin1String("SELECT max(rowid) FROM ") + table.name.quoted())
            || !query.next())
            return -1;
        return query.value(0).isNull() ? 0 : query.value(0).toLongLong();
    }
    query.prepare(QStringLiteral(
        "SELECT c.reltuples, (SELECT s.null_frac FROM pg_catalog.pg_stats s "
        "WHERE s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = ?) "
        "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = ? AND c.relname = ?"));
    query.addBindValue(table.convention.marker);
    query.addBindValue(table.name.schema);
    query.addBindValue(table.name.name);
    if (!query.exec() || !query.next() || query.value(0).toDouble() < 0)
        return -1;
    double rows = query.value(0).toDouble();
    if (table.convention.kind == Convention::Kind::Timestamp && !query.value(1).isNull()) {
        const double activeShare = query.value(1).toDouble();
        if (scope == Scope::Active)
            rows *= activeShare;
        else if (scope == Scope::Trash)
            rows *= 1.0 - activeShare;
    }
    return qint64(rows);
}

} // namespace

RecordModel::RecordModel(const ConnectionUrl &url, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pageWorker(new DbWorker(url, this))
    , m_scanWorker(new DbWorker(url, this))
    , m_liveGeneration(std::make_shared<std::atomic<quint64>>(0))
    , m_focusBlock(std::make_shared<std::atomic<int>>(0))
{
}

RecordModel::~RecordModel()
{
    m_liveGeneration->store(0); // queued jobs return at once
    // Stop the threads before this object goes: their jobs post results back to it.
    delete m_pageWorker;
    delete m_scanWorker;
}

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
    m_cacheLimit = std::max(m_cacheLimit, m_pageSize);
}

void RecordModel::setCacheLimit(int rows)
{
    m_cacheLimit = std::max(rows, m_pageSize);
    evictFor(0);
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

RowQuery RecordModel::rowQuery() const
{
    RowQuery query(m_table, m_pageWorker->url().backend);
    query.setScope(m_scope);
    query.setSearch(m_search);
    query.setEquals(m_equals);
    query.setSort(m_sortColumn, m_sortOrder);
    query.setLimit(m_blockSize);
    return query;
}

RecordModel::PageQuery RecordModel::pageQuery(const QVariantList &afterSortKey) const
{
    return rowQuery().page(afterSortKey);
}

void RecordModel::invalidate()
{
    m_liveGeneration->store(++m_generation);
    // Whatever runs now belongs to the old generation: stop it rather than wait for it.
    m_pageWorker->cancelRunning();
    m_scanWorker->cancelRunning();
    m_requested.clear();
    m_waiting.clear();
    m_scanning = false;
}

void RecordModel::resetAndLoad()
{
    const bool wasLoading = isLoading();
    beginResetModel();
    invalidate();
    m_blocks.clear();
    m_cachedRows = 0;
    m_directory.clear();
    m_rowCount = 0;
    m_countExact = false;
    m_issued.clear();
    m_blockSize = m_pageSize;
    m_focusBlock->store(0);
    endResetModel();
    if (m_table.name.isValid()) {
        requestBlock(0);
        startScan();
    } else {
        m_countExact = true;
    }
    notifyLoading(wasLoading);
}

void RecordModel::reload()
{
    if (!m_table.name.isValid())
        return;
    const bool wasLoading = isLoading();
    invalidate();
    m_directory.clear();
    m_countExact = false;
    for (Block &block : m_blocks)
        block.stale = true; // still shown; replaced as views ask for them
    QList<int> recent = m_blocks.keys();
    std::sort(recent.begin(), recent.end(), [this](int a, int b) {
        return m_blocks.value(a).used > m_blocks.value(b).used;
    });
    for (int block : recent.mid(0, 4))
        requestBlock(block);
    startScan();
    notifyLoading(wasLoading);
}

void RecordModel::notifyLoading(bool wasLoading)
{
    if (wasLoading != isLoading())
        emit loadingChanged(isLoading());
}

bool RecordModel::requestBlock(int block) const
{
    if (block < 0 || m_requested.contains(block) || !m_table.name.isValid())
        return false;
    const RowQuery query = rowQuery();
    const int start = block * m_blockSize;
    RowQuery::Statement statement;
    bool reversed = false;
    const auto previous = m_blocks.constFind(block - 1);
    if (block == 0) {
        statement = query.page({});
    } else if (previous != m_blocks.constEnd() && !previous->stale
               && previous->rows.size() == m_blockSize) {
        statement = query.page(query.keyOf(previous->rows.last()));
    } else if (block < m_directory.size()) {
        statement = query.page(m_directory.at(block));
    } else if (start <= RowQuery::MaxOffset) {
        statement = query.pageAt(start);
    } else if (m_countExact && start < m_rowCount
               && m_rowCount - start - std::min(m_blockSize, m_rowCount - start)
                   <= RowQuery::MaxOffset) {
        const int count = std::min(m_blockSize, m_rowCount - start);
        statement = query.pageFromEnd(m_rowCount - start - count, count);
        reversed = true;
    } else {
        m_waiting.insert(block); // the directory will say where it starts
        return false;
    }
    m_waiting.remove(block);
    m_requested.insert(block);
    m_issued << statement.sql;

    const quint64 generation = m_generation;
    const auto live = m_liveGeneration;
    const auto focus = m_focusBlock;
    const int width = int(m_table.columns.size()) + query.keyColumnCount();
    const bool wantEstimate = block == 0 && !m_countExact && m_rowCount == 0 && m_search.isEmpty()
        && m_equals.isEmpty();
    const TableInfo table = m_table;
    const Scope scope = m_scope;
    const int blockSize = m_blockSize;
    auto *self = const_cast<RecordModel *>(this);
    m_pageWorker->post<Fetch>(
        [=](Connection &connection) {
            Fetch fetch;
            if (live->load() != generation
                || (block != 0 && std::abs(focus->load() - block) > focusReach)) {
                fetch.skipped = true;
                return fetch;
            }
            if (!connection.isOpen()) {
                fetch.error.kind = DbError::ConnectionLost;
                fetch.error.message = tr("Not connected to the database.");
                return fetch;
            }
            QSqlQuery sql(connection.database());
            bool ok = runStatement(sql, statement);
            // A cancel meant for the previous statement can hit this one: run it again.
            if (!ok && live->load() == generation
                && DbError::fromSql(sql.lastError(), connection.backend()).kind
                    == DbError::Cancelled) {
                ok = runStatement(sql, statement);
            }
            if (!ok) {
                fetch.error = DbError::fromSql(sql.lastError(), connection.backend());
                connection.noteError(fetch.error);
                return fetch;
            }
            while (sql.next()) {
                QVariantList row;
                row.reserve(width);
                for (int i = 0; i < width; ++i)
                    row << sql.value(i);
                fetch.rows << row;
            }
            if (reversed)
                std::reverse(fetch.rows.begin(), fetch.rows.end());
            if (wantEstimate && fetch.rows.size() == blockSize)
                fetch.estimate = estimateRows(connection, table, scope);
            return fetch;
        },
        self, [self, generation, block](const Fetch &fetch) {
            self->applyBlock(generation, block, fetch);
        });
    return true;
}

void RecordModel::applyBlock(quint64 generation, int block, const Fetch &fetch)
{
    if (generation != m_generation)
        return;
    const bool wasLoading = isLoading();
    m_requested.remove(block);
    if (fetch.skipped || fetch.error.kind == DbError::Cancelled) {
        notifyLoading(wasLoading);
        return;
    }
    if (fetch.error.isError()) {
        QString message = fetch.error.message;
        if (!fetch.error.driverText.isEmpty())
            message += QLatin1Char('\n') + tr("Details: %1").arg(fetch.error.driverText);
        notifyLoading(wasLoading);
        emit loadFailed(message);
        return;
    }
    const int start = block * m_blockSize;
    const int arrived = int(fetch.rows.size());
    if (arrived < m_blockSize) {
        setRows(start + arrived, true); // every block is positioned exactly: this is the end
    } else if (!m_countExact) {
        qint64 guess = std::max<qint64>(fetch.estimate, start + arrived);
        if (fetch.estimate < 0 && start + arrived >= m_rowCount)
            guess = start + 2 * qint64(m_blockSize); // unknown: there is at least one more
        setRows(int(std::min<qint64>(std::max<qint64>(guess, m_rowCount), INT_MAX)), false);
    }
    if (arrived > 0) {
        evictFor(arrived);
        Block &stored = m_blocks[block];
        m_cachedRows += arrived - int(stored.rows.size());
        stored.rows = fetch.rows;
        stored.used = ++m_clock;
        stored.stale = false;
        const int last = std::min(start + arrived, m_rowCount) - 1;
        if (last >= start && !m_table.columns.isEmpty())
            emit dataChanged(index(start, 0), index(last, int(m_table.columns.size()) - 1));
    }
    if (m_waiting.contains(block + 1))
        requestBlock(block + 1);
    notifyLoading(wasLoading);
    emit pageLoaded(m_rowCount);
}

void RecordModel::startScan()
{
    m_scanning = true;
    const RowQuery query = rowQuery();
    const RowQuery::Statement count = query.count();
    const RowQuery::Statement directory = query.directory(m_blockSize);
    m_issued << count.sql << directory.sql;
    const quint64 generation = m_generation;
    const auto live = m_liveGeneration;
    QPointer<RecordModel> self(this);
    m_scanWorker->post<bool>(
        [=](Connection &connection) {
            if (live->load() != generation)
                return false;
            const auto deliver = [&](auto call) {
                QMetaObject::invokeMethod(self.data(), [self, call]() {
                    if (self)
                        call(self.data());
                }, Qt::QueuedConnection);
            };
            QSqlQuery sql(connection.database());
            if (!connection.isOpen() || !runStatement(sql, count) || !sql.next()) {
                const DbError error = connection.isOpen()
                    ? DbError::fromSql(sql.lastError(), connection.backend())
                    : DbError::refused(tr("Not connected to the database."));
                deliver([=](RecordModel *m) { m->applyCount(generation, -1, error); });
                return false;
            }
            const qint64 rows = sql.value(0).toLongLong();
            deliver([=](RecordModel *m) { m->applyCount(generation, rows, DbError()); });
            QList<QVariantList> keys;
            const int width = query.keyColumnCount();
            bool ok = live->load() == generation && runStatement(sql, directory);
            while (ok && sql.next()) {
                QVariantList key;
                for (int i = 0; i < width; ++i)
                    key << sql.value(i);
                keys << key;
                if (keys.size() == directoryChunk) {
                    deliver([=](RecordModel *m) { m->applyDirectory(generation, keys); });
                    keys.clear();
                    ok = live->load() == generation;
                }
            }
            deliver([=](RecordModel *m) {
                m->applyDirectory(generation, keys);
                const bool wasLoading = m->isLoading();
                if (generation == m->m_generation)
                    m->m_scanning = false;
                m->notifyLoading(wasLoading);
            });
            return ok;
        },
        this, [](bool) {});
}

void RecordModel::applyCount(quint64 generation, qint64 count, const DbError &error)
{
    if (generation != m_generation)
        return;
    if (count < 0) {
        const bool wasLoading = isLoading();
        m_scanning = false;
        notifyLoading(wasLoading);
        if (error.kind != DbError::Cancelled && error.isError())
            emit loadFailed(error.message);
        return;
    }
    setRows(int(std::min<qint64>(count, INT_MAX)), true);
    for (int block : m_waiting.values())
        requestBlock(block); // the end is now known
    emit pageLoaded(m_rowCount);
}

void RecordModel::applyDirectory(quint64 generation, const QList<QVariantList> &keys)
{
    if (generation != m_generation || keys.isEmpty())
        return;
    if (m_directory.isEmpty())
        m_directory << QVariantList();
    m_directory.append(keys);
    for (int block : m_waiting.values()) {
        if (block < m_directory.size())
            requestBlock(block);
    }
}

void RecordModel::setRows(int rows, bool exact)
{
    if (m_countExact && !exact)
        return;
    const bool changedExactness = exact != m_countExact;
    m_countExact = exact;
    if (rows > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows(QModelIndex(), rows, m_rowCount - 1);
        m_rowCount = rows;
        for (auto it = m_blocks.begin(); it != m_blocks.end();) {
            if (it.key() * m_blockSize >= rows) {
                m_cachedRows -= int(it->rows.size());
                it = m_blocks.erase(it);
            } else {
                ++it;
            }
        }
        endRemoveRows();
    } else if (!changedExactness) {
        return;
    }
    emit countChanged(m_rowCount, m_countExact);
}

void RecordModel::evictFor(int incoming)
{
    while (m_cachedRows + incoming > m_cacheLimit && !m_blocks.isEmpty()) {
        auto oldest = m_blocks.begin();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        m_cachedRows -= int(oldest->rows.size());
        m_blocks.erase(oldest);
    }
}

const RecordModel::Block *RecordModel::blockFor(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const auto it = m_blocks.find(row / m_blockSize);
    if (it == m_blocks.end() || row % m_blockSize >= it->rows.size())
        return nullptr;
    it->used = ++m_clock;
    return &*it;
}

bool RecordModel::isRowLoaded(int row) const
{
    return blockFor(row) != nullptr;
}

void RecordModel::prefetch(int row)
{
    if (row < 0 || row >= m_rowCount)
        return;
    const bool wasLoading = isLoading();
    const int block = row / m_blockSize;
    m_focusBlock->store(block);
    const Block *loaded = blockFor(row);
    if (!loaded || loaded->stale)
        requestBlock(block);
    notifyLoading(wasLoading);
}

RowKey RecordModel::rowKey(int row) const
{
    RowKey key;
    const Block *block = blockFor(row);
    if (!block)
        return key;
    const QVariantList &values = block->rows.at(row % m_blockSize);
    for (const QString &column : m_table.primaryKey)
        key << values.value(m_table.columnIndex(column));
    return key;
}

bool RecordModel::isTrashed(int row) const
{
    const Convention &c = m_table.convention;
    const Block *block = c.isSoftDeletable() ? blockFor(row) : nullptr;
    if (!block)
        return false;
    const QVariant marker = block->rows.at(row % m_blockSize).value(m_table.columnIndex(c.marker));
    if (c.kind == Convention::Kind::Timestamp)
        return !marker.isNull();
    return Sql::flagIsSet(marker);
}

QVariant RecordModel::value(int row, int column) const
{
    const Block *block = blockFor(row);
    if (!block || column < 0 || column >= m_table.columns.size())
        return QVariant();
    return block->rows.at(row % m_blockSize).at(column);
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    const Block *block = blockFor(index.row());
    if (!block || block->stale) {
        // Asked for rows that are not here (yet): load their block without changing the
        // model from inside data(); the loading signal follows from the event loop.
        const int wanted = index.row() / m_blockSize;
        m_focusBlock->store(wanted);
        if (requestBlock(wanted)) {
            auto *self = const_cast<RecordModel *>(this);
            QMetaObject::invokeMethod(self, [self]() {
                emit self->loadingChanged(self->isLoading());
            }, Qt::QueuedConnection);
        }
        if (!block)
            return QVariant();
    }
    return block->rows.at(index.row() % m_blockSize).at(index.column());
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

} // namespace Salvage
