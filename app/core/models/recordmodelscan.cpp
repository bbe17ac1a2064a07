// RecordModel's background scan: a quick size estimate, the exact count, the directory of
// block keys that places every block exactly, and the random key sample that places a deep
// jump approximately until the directory reaches it.
#include "recordmodel.h"

#include "db/rowreader.h"
#include "recordfetch.h"

#include <QPointer>

#include <algorithm>
#include <climits>

namespace Salvage {

namespace {

// Directory keys are handed to the model in chunks of this many while the scan runs.
constexpr int directoryChunk = 512;
// Rows in the random sample that places far blocks before the directory reaches them:
// enough to land within about 1% of the table, cheap enough to take in a few milliseconds.
constexpr int samplePicksSqlite = 4000;
constexpr double sampleRowsPostgres = 10000;

} // namespace

void RecordModel::startScan()
{
    // A fresh result gets a quick size first (a reload keeps the old one until the exact).
    const bool wantEstimate = m_rowCount == 0 && m_search.isEmpty() && m_equals.isEmpty();
    const bool scan = !m_holdScan;
    m_scanning = scan;
    const RowQuery query = rowQuery();
    const RowQuery::Statement count = query.count();
    const RowQuery::Statement directory = query.directory(m_blockSize);
    if (scan)
        m_issued << count.sql << directory.sql;
    const quint64 generation = m_generation;
    const auto live = m_liveGeneration;
    const TableInfo table = m_table;
    const Scope scope = m_scope;
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
            if (wantEstimate) {
                const qint64 estimate = RecordFetch::estimateRows(connection, table, scope);
                if (estimate >= 0)
                    deliver([=](RecordModel *m) { m->applyEstimate(generation, estimate); });
            }
            if (!scan)
                return true;
            qint64 rows = 0;
            DbError countError;
            if (!RecordFetch::count(connection, count, &rows, &countError)) {
                deliver([=](RecordModel *m) { m->applyCount(generation, -1, countError); });
                return false;
            }
            deliver([=](RecordModel *m) { m->applyCount(generation, rows, DbError()); });
            QList<QVariantList> keys;
            const int width = query.keyColumnCount();
            bool current = live->load() == generation;
            const auto collect = [&](QVariantList &&key) {
                keys.append(std::move(key));
                if (keys.size() == directoryChunk) {
                    deliver([=](RecordModel *m) { m->applyDirectory(generation, keys); });
                    keys.clear();
                    current = live->load() == generation; // superseded: stop reading
                }
                return current;
            };
            DbError readError;
            const bool ok = current
                && readRows(connection, directory.sql, directory.values, width, collect,
                            &readError)
                && current;
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
    settleApproximateBlocks();
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
    settleApproximateBlocks();
    for (int block : m_waiting.values()) {
        if (block < m_directory.size())
            requestBlock(block);
    }
}

void RecordModel::applyEstimate(quint64 generation, qint64 rows)
{
    if (generation != m_generation || m_countExact)
        return;
    setRows(int(std::min<qint64>(std::max<qint64>(rows, m_rowCount), INT_MAX)), false);
}

void RecordModel::requestSample() const
{
    if (m_sampleState != SampleState::None || !m_table.name.isValid())
        return;
    m_sampleState = SampleState::Loading;
    const RowQuery query = rowQuery();
    const RowQuery::Statement statement
        = query.sample(100.0 * sampleRowsPostgres / std::max(1, m_rowCount), samplePicksSqlite);
    m_issued << statement.sql;
    const int width = query.keyColumnCount();
    const quint64 generation = m_generation;
    const auto live = m_liveGeneration;
    auto *self = const_cast<RecordModel *>(this);
    m_pageWorker->post<QList<QVariantList>>(
        [=](Connection &connection) {
            // No sample (e.g. a WITHOUT ROWID table): far blocks wait for the directory.
            if (live->load() != generation)
                return QList<QVariantList>();
            return RecordFetch::keys(connection, statement, width);
        },
        self, [self, generation](const QList<QVariantList> &keys) {
            self->applySample(generation, keys);
        });
}

void RecordModel::applySample(quint64 generation, const QList<QVariantList> &keys)
{
    if (generation != m_generation)
        return;
    const bool wasLoading = isLoading();
    m_sample = keys;
    m_sampleState = keys.isEmpty() ? SampleState::Unavailable : SampleState::Ready;
    for (int block : m_waiting.values())
        requestBlock(block);
    notifyLoading(wasLoading);
}

const QVariantList *RecordModel::sampledKeyBefore(int row) const
{
    if (m_sampleState != SampleState::Ready || m_rowCount <= 0)
        return nullptr;
    // The sample's keys are spread like the rows: the key at the same share of it lies
    // about as many rows into the result.
    const double share = double(row) / m_rowCount;
    const int at = std::clamp(int(share * double(m_sample.size())), 0, int(m_sample.size()) - 1);
    return &m_sample.at(at);
}

bool RecordModel::canPlaceExactly(int block) const
{
    const auto it = m_blocks.constFind(block);
    if (it == m_blocks.constEnd() || it->placement == Placement::Exact)
        return false;
    const int start = block * m_blockSize;
    const int count = std::min(m_blockSize, m_rowCount - start);
    return block < m_directory.size()
        || (m_countExact && count > 0 && m_rowCount - start - count <= RowQuery::MaxOffset);
}

void RecordModel::settleApproximateBlocks()
{
    const int focus = m_focusBlock->load();
    for (auto it = m_blocks.begin(); it != m_blocks.end();) {
        const int block = it.key();
        if (!canPlaceExactly(block)) {
            ++it;
        } else if (std::abs(block - focus) <= FocusReach) {
            it->stale = true; // shown until the exactly placed rows replace it
            requestBlock(block);
            ++it;
        } else {
            m_cachedRows -= int(it->rows.size()); // out of sight: loaded again when needed
            it = m_blocks.erase(it);
        }
    }
}

void RecordModel::holdScanForTesting(bool hold)
{
    const bool release = m_holdScan && !hold;
    m_holdScan = hold;
    if (release && m_table.name.isValid() && !m_countExact) {
        const bool wasLoading = isLoading();
        startScan();
        notifyLoading(wasLoading);
    }
}

} // namespace Salvage
