#pragma once

#include "db/connection.h"
#include "schema/tableinfo.h"
#include "trashservice.h"

#include <QDateTime>

#include <algorithm>
#include <atomic>
#include <functional>

namespace Salvage {

struct Plan;

// Which rows a bulk operation takes: every row in the operation's scope (active rows for
// trash, trashed rows for restore and purge) that also matches all of these.
struct RowFilter
{
    QString search;        // case-insensitive, across text columns (as the view's search)
    QString deletedBy;     // actor column equals this (as text); empty: any
    QDateTime deletedFrom; // marker >= this (timestamp conventions); invalid: open
    QDateTime deletedTo;   // marker < this; invalid: open
};

struct BulkProgress
{
    qint64 done = 0;
    qint64 total = 0;
};

// "Everything in the trash matching this filter": set-based statements in batches inside
// one transaction, with the same guards, row-count checks and audit rows as
// TrashService::run(). Cancelling (or any failure) rolls the whole operation back.
class BulkOperation
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::BulkOperation)
public:
    explicit BulkOperation(Connection &connection);

    // Number of rows the operation would take now.
    qint64 count(const TableInfo &table, Operation op, const RowFilter &filter, DbError *error);

    // `progress` is called after every batch (on the calling thread); `cancel` may be set
    // from any thread and is seen between batches, which are time-sliced (BatchSizer).
    // OperationRequest::keys is ignored.
    OperationResult run(const TableInfo &table,
                        const OperationRequest &request,
                        const RowFilter &filter,
                        const std::function<void(const BulkProgress &)> &progress = {},
                        const std::atomic_bool *cancel = nullptr);

    // Every batch exactly `rows` rows (the last may be shorter); 0, the default: batches
    // sized to take about BatchSizer::TargetMs each.
    void setBatchRows(int rows) { m_batchRows = std::max(0, rows); }

private:
    // The scope guard and the filter as one predicate over the table's unqualified columns.
    QString predicate(const TableInfo &table,
                      Operation op,
                      const RowFilter &filter,
                      QVariantList *values,
                      DbError *error) const;
    bool countMatching(const TableInfo &table,
                       const QString &where,
                       const QVariantList &values,
                       qint64 *rows,
                       DbError *error);
    // Purge: keeps rows on legal hold out of plan->where and counts those that matched.
    bool excludeHeld(const TableInfo &table, Plan *plan, OperationResult &result);
    // Rows of other tables that refer to rows matching `where` (set-based, per foreign key).
    QList<TrashService::Reference> referencingRows(const TableInfo &table,
                                                   const QString &where,
                                                   const QVariantList &values,
                                                   DbError *error);

    Connection &m_connection;
    int m_batchRows = 0;
};

} // namespace Salvage
