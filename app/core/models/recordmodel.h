#pragma once

#include "db/dbworker.h"
#include "db/sqldialect.h"
#include "rowquery.h"
#include "schema/tableinfo.h"
#include "trash/trashservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVariantMap>

#include <atomic>
#include <memory>

namespace Salvage {

// The rows of one table in one scope, filtered and sorted by SQL. rowCount() is the whole
// result (first an estimate, then exact); rows arrive in blocks loaded on a worker thread with
// its own connection when a view asks for them, and a bounded cache evicts the least recently
// used blocks. Blocks are found by key: after a neighbouring block, or through a directory of
// every block's boundary key built in the background — never by an OFFSET beyond
// RowQuery::MaxOffset. Before the directory reaches a far block, the block is placed
// approximately (from a random sample of the sort keys, or from the end by the estimated
// count) and loaded again exactly once the directory or the exact count arrives.
// Superseded statements are cancelled.
class RecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int DefaultPageSize = 256;
    static constexpr int DefaultCacheLimit = 100 * DefaultPageSize;
    // Views do work per row on every insertion (QHeaderView keeps an entry per section), so a
    // count of millions is applied in steps of this many rows, one per event-loop turn: the
    // GUI thread never stalls for the whole table at once.
    static constexpr int MaxRowsPerStep = 200000;

    explicit RecordModel(const ConnectionUrl &url, QObject *parent = nullptr);
    ~RecordModel() override;

    void setTableInfo(const TableInfo &table);
    const TableInfo &tableInfo() const { return m_table; }
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    void setSearch(const QString &text);           // across text columns, server-side
    QString search() const { return m_search; }
    void setEquals(const QVariantMap &columnValues); // exact column filters (audit view)
    void setPageSize(int rows);                    // rows per block; applies at the next reset
    int pageSize() const { return m_pageSize; }
    void setCacheLimit(int rows);                  // at least one block
    int cacheLimit() const { return m_cacheLimit; }
    int cachedRowCount() const { return m_cachedRows; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Loads again what the views show, keeping the row count until the new count arrives:
    // no model reset, so scroll position and selection stay.
    void reload();
    // After `operation` changed the rows with `keys`: those that left this scope (trashed
    // from Active, restored from Trash, purged) are removed where they are, with
    // rowsRemoved, so selections and the scroll position stay with the rows that remain.
    // A reload() should follow for what others changed meanwhile.
    void dropRowsLeavingScope(Operation operation, const QList<RowKey> &keys);
    bool isLoading() const
    {
        return !m_requested.isEmpty() || m_scanning || m_sampleState == SampleState::Loading;
    }
    bool isCountExact() const { return m_countExact; }
    bool isComplete() const { return m_countExact; }

    bool isRowLoaded(int row) const;
    // False while the row's block is placed approximately (see above); the vertical header
    // then shows "≈" before the row number.
    bool isRowPositionExact(int row) const;
    // Tests: keeps the exact count and the key directory from starting (the estimate still
    // comes), as if they were slow; releasing starts them.
    void holdScanForTesting(bool hold);
    void prefetch(int row); // asks for the block holding `row`
    RowKey rowKey(int row) const;
    bool isTrashed(int row) const;
    QVariant value(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The SELECT for one page; public so tests can check the generated SQL.
    using PageQuery = RowQuery::Statement;
    PageQuery pageQuery(const QVariantList &afterSortKey) const;
    // Every statement this model has run since the last reset (tests check for OFFSET).
    QStringList issuedStatements() const { return m_issued; }

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void pageLoaded(int totalRows);
    void countChanged(int rows, bool exact);

private:
    // Blocks further than this from the one a view asked for last are not worth loading.
    static constexpr int FocusReach = 16;

    // Where a block's first row was found: exactly (directory, neighbour, small OFFSET,
    // from the end of the exact count), or approximately until something exact arrives.
    enum class Placement { Exact, Sampled, FromEstimatedEnd };
    struct Block
    {
        QList<QVariantList> rows; // table columns, then the keyset values (RowQuery)
        quint64 used = 0;
        bool stale = false;       // shown until its reload arrives
        Placement placement = Placement::Exact;
    };
    struct Fetch
    {
        QList<QVariantList> rows;
        DbError error;
        Placement placement = Placement::Exact;
        bool skipped = false;
    };
    enum class SampleState { None, Loading, Ready, Unavailable };

    RowQuery rowQuery() const;
    void resetAndLoad();
    void invalidate(); // new generation: running statements are cancelled, results dropped
    bool requestBlock(int block) const;
    void applyBlock(quint64 generation, int block, const Fetch &fetch);
    void startScan();
    void requestSample() const;
    void applySample(quint64 generation, const QList<QVariantList> &keys);
    const QVariantList *sampledKeyBefore(int row) const;
    void applyEstimate(quint64 generation, qint64 rows);
    bool canPlaceExactly(int block) const;
    void settleApproximateBlocks(); // loads again those that can now be placed exactly
    void applyCount(quint64 generation, qint64 count, const DbError &error);
    void applyDirectory(quint64 generation, const QList<QVariantList> &keys);
    void setRows(int rows, bool exact);
    void stepRows();
    void evictFor(int incoming);
    const Block *blockFor(int row) const;
    void notifyLoading(bool wasLoading);
    void removeLoadedRows(int first, int last);
    RowKey keyOfRow(const QVariantList &values) const;

    DbWorker *m_pageWorker;
    DbWorker *m_scanWorker; // counts and the key directory, so paging never waits for them
    TableInfo m_table;
    Scope m_scope = Scope::Active;
    QString m_search;
    QVariantMap m_equals;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = DefaultPageSize;
    int m_blockSize = DefaultPageSize; // m_pageSize as of the last reset
    int m_cacheLimit = DefaultCacheLimit;

    int m_rowCount = 0;
    bool m_countExact = false;
    int m_targetRows = -1;      // >= 0 while setRows() is still growing towards it
    bool m_targetExact = false;
    bool m_scanning = false;
    bool m_holdScan = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration;
    std::shared_ptr<std::atomic<int>> m_focusBlock; // the block views asked for last

    mutable QHash<int, Block> m_blocks;
    mutable quint64 m_clock = 0;
    mutable QSet<int> m_requested;
    mutable QSet<int> m_waiting;       // blocks that need the directory first
    mutable QStringList m_issued;
    int m_cachedRows = 0;
    QList<QVariantList> m_directory;   // [b] = key of the row just before block b; [0] empty
    mutable SampleState m_sampleState = SampleState::None;
    QList<QVariantList> m_sample;      // sorted keys of random rows in scope
};

} // namespace Salvage
