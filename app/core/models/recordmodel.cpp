#include "recordmodel.h"

#include "db/rowreader.h"
#include "recordfetch.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace Salvage {

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
    m_sampleState = SampleState::None;
    m_sample.clear();
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
    m_targetRows = -1;
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

void RecordModel::dropRowsLeavingScope(Operation operation, const QList<RowKey> &keys)
{
    const bool leaves = operation == Operation::Purge
        || (operation == Operation::Trash && m_scope == Scope::Active)
        || (operation == Operation::Restore && m_scope == Scope::Trash);
    if (!leaves || keys.isEmpty() || !m_table.name.isValid())
        return;
    QSet<QString> gone;
    for (const RowKey &key : keys)
        gone.insert(rowKeyIdentity(key));
    QList<int> rows;
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (gone.contains(rowKeyIdentity(keyOfRow(it->rows.at(i)))))
                rows << it.key() * m_blockSize + i;
        }
    }
    if (rows.isEmpty())
        return;
    const bool wasLoading = isLoading();
    // Positions move: what is in flight or in the directory would land in the wrong place.
    invalidate();
    m_directory.clear();
    std::sort(rows.begin(), rows.end());
    // From the bottom up, one run of neighbouring rows at a time: the rows above a run keep
    // their positions while it goes.
    int last = int(rows.size()) - 1;
    while (last >= 0) {
        int first = last;
        while (first > 0 && rows.at(first - 1) == rows.at(first) - 1)
            --first;
        removeLoadedRows(rows.at(first), rows.at(last));
        last = first - 1;
    }
    notifyLoading(wasLoading);
}

void RecordModel::removeLoadedRows(int first, int last)
{
    beginRemoveRows(QModelIndex(), first, last);
    // The loaded blocks from the one holding `first` on, as long as they follow each other
    // without a gap, are one run of rows: take the removed rows out and cut it into blocks
    // again. Blocks after a gap would now start at unknown positions: they go.
    const int firstBlock = first / m_blockSize;
    QList<QVariantList> run;
    Block shape = m_blocks.value(firstBlock);
    for (int block = firstBlock;; ++block) {
        const auto it = m_blocks.find(block);
        if (it == m_blocks.end())
            break;
        const bool full = it->rows.size() == m_blockSize;
        run += it->rows;
        shape.used = std::max(shape.used, it->used);
        shape.stale = shape.stale || it->stale;
        if (it->placement != Placement::Exact)
            shape.placement = it->placement;
        if (!full)
            break;
    }
    for (auto it = m_blocks.begin(); it != m_blocks.end();) {
        if (it.key() >= firstBlock) {
            m_cachedRows -= int(it->rows.size());
            it = m_blocks.erase(it);
        } else {
            ++it;
        }
    }
    const int start = firstBlock * m_blockSize;
    run.remove(first - start, std::min(last, start + int(run.size()) - 1) - first + 1);
    for (int i = 0; i < run.size(); i += m_blockSize) {
        Block &block = m_blocks[firstBlock + i / m_blockSize];
        block = shape;
        block.rows = run.mid(i, m_blockSize);
        m_cachedRows += int(block.rows.size());
    }
    m_rowCount -= last - first + 1;
    if (m_targetRows >= 0) // still growing: the target counted these rows too
        m_targetRows = std::max(m_rowCount, m_targetRows - (last - first + 1));
    endRemoveRows();
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
    const int count = std::min(m_blockSize, m_rowCount - start);
    RowQuery::Statement statement;
    bool reversed = false;
    Placement placement = Placement::Exact;
    const auto previous = m_blocks.constFind(block - 1);
    const bool afterFullBlock = previous != m_blocks.constEnd() && !previous->stale
        && previous->rows.size() == m_blockSize;
    if (block == 0) {
        statement = query.page({});
    } else if (afterFullBlock && previous->placement == Placement::Exact) {
        statement = query.page(query.keyOf(previous->rows.last()));
    } else if (block < m_directory.size()) {
        statement = query.page(m_directory.at(block));
    } else if (start <= RowQuery::MaxOffset) {
        statement = query.pageAt(start);
    } else if (count > 0 && m_rowCount - start - count <= RowQuery::MaxOffset) {
        // Counted from the end: exact with the exact count, approximate with the estimate.
        statement = query.pageFromEnd(m_rowCount - start - count, count);
        reversed = true;
        placement = m_countExact ? Placement::Exact : Placement::FromEstimatedEnd;
    } else if (afterFullBlock) {
        // Scrolling on from an approximately placed block.
        statement = query.page(query.keyOf(previous->rows.last()));
        placement = previous->placement;
    } else if (const QVariantList *key = sampledKeyBefore(start)) {
        statement = query.page(*key);
        placement = Placement::Sampled;
    } else {
        m_waiting.insert(block); // the sample or the directory will say where it starts
        requestSample();
        return false;
    }
    m_waiting.remove(block);
    m_requested.insert(block);
    m_issued << statement.sql;

    const quint64 generation = m_generation;
    const auto live = m_liveGeneration;
    const auto focus = m_focusBlock;
    const int width = int(m_table.columns.size()) + query.keyColumnCount();
    auto *self = const_cast<RecordModel *>(this);
    m_pageWorker->post<Fetch>(
        [=](Connection &connection) {
            Fetch fetch;
            fetch.placement = placement;
            if (live->load() != generation
                || (block != 0 && std::abs(focus->load() - block) > FocusReach)) {
                fetch.skipped = true;
                return fetch;
            }
            RecordFetch::page(connection, statement, width, reversed,
                              [&] { return live->load() == generation; }, &fetch.rows,
                              &fetch.error);
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
    if (fetch.placement != Placement::Exact) {
        // Placed by a guess: the rows are real, their position is not known yet, so they
        // say nothing about where the result ends.
        if (arrived == 0) {
            notifyLoading(wasLoading);
            return;
        }
    } else if (arrived < m_blockSize) {
        setRows(start + arrived, true); // an exactly placed short block: this is the end
    } else if (!m_countExact && start + arrived >= m_rowCount) {
        setRows(start + 2 * m_blockSize, false); // unknown: there is at least one more
    }
    if (arrived > 0 && start < m_rowCount) {
        evictFor(arrived);
        Block &stored = m_blocks[block];
        const bool wasExact = stored.placement == Placement::Exact;
        m_cachedRows += arrived - int(stored.rows.size());
        stored.rows = fetch.rows;
        stored.used = ++m_clock;
        stored.stale = false;
        stored.placement = fetch.placement;
        const int last = std::min(start + arrived, m_rowCount) - 1;
        if (last >= start && !m_table.columns.isEmpty())
            emit dataChanged(index(start, 0), index(last, int(m_table.columns.size()) - 1));
        if (last >= start && wasExact != (fetch.placement == Placement::Exact))
            emit headerDataChanged(Qt::Vertical, start, last);
        // The directory or the exact count came while this block was loading.
        if (canPlaceExactly(block)) {
            stored.stale = true;
            requestBlock(block);
        }
    }
    if (m_waiting.contains(block + 1))
        requestBlock(block + 1);
    notifyLoading(wasLoading);
    emit pageLoaded(m_rowCount);
}

void RecordModel::setRows(int rows, bool exact)
{
    if (m_countExact && !exact)
        return;
    const bool stepping = m_targetRows >= 0;
    m_targetRows = rows;
    m_targetExact = exact;
    if (!stepping)
        stepRows();
}

void RecordModel::stepRows()
{
    const int rows = std::min(m_targetRows, m_rowCount + MaxRowsPerStep);
    const bool exact = m_targetExact && rows == m_targetRows;
    const bool changedExactness = exact != m_countExact;
    const int before = m_rowCount;
    // Exact only once the rows match: views read rows (and so place blocks) while the
    // change is announced.
    m_countExact = false;
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
    }
    m_countExact = exact;
    if (rows == m_targetRows) {
        m_targetRows = -1;
    } else {
        QTimer::singleShot(0, this, [this]() {
            if (m_targetRows >= 0)
                stepRows();
        });
    }
    if (rows == before && !changedExactness)
        return;
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

bool RecordModel::isRowPositionExact(int row) const
{
    const Block *block = blockFor(row);
    return block && block->placement == Placement::Exact;
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
    const Block *block = blockFor(row);
    return block ? keyOfRow(block->rows.at(row % m_blockSize)) : RowKey();
}

RowKey RecordModel::keyOfRow(const QVariantList &values) const
{
    RowKey key;
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
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0) {
        // Not blockFor(): painting the header must not count as using the rows.
        const auto it = m_blocks.constFind(section / m_blockSize);
        if (it != m_blocks.constEnd() && it->placement != Placement::Exact)
            return tr("≈%1").arg(section + 1);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Salvage
