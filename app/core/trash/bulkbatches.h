// The per-backend batches of a bulk operation: set-based statements over one batch of keys.
#pragma once

#include "bulkoperation.h"

#include <QSqlQuery>

#include <memory>

namespace Salvage {

// Everything one batch statement needs besides the last key.
struct Plan
{
    const TableInfo *table = nullptr;
    Operation operation = Operation::Trash;
    QString where; // scope guard and filter
    QVariantList whereValues;
    QVariant actorValue; // for the actor column on trash
    QString reason;
    int batchRows = BulkOperation::DefaultBatchRows;
    QVariantList auditValues; // operation_id, actor, action, table_name
    QVariantList auditTail;   // reason, details, db_user, os_user
};

// The batches of one operation, in key order, each set-based.
class Batches
{
public:
    virtual ~Batches() = default;
    virtual bool prepare(DbError *error) = 0;
    // Changes the next batch; returns its row count (0: nothing left), -1 on failure.
    virtual qint64 next(qint64 done, DbError *error) = 0;
    // Before commit.
    virtual bool finish(DbError *error) = 0;
};

// PgBatches or SqliteBatches for the connection's backend; `plan` must outlive the result.
std::unique_ptr<Batches> makeBatches(Connection &connection, const Plan &plan);

bool execQuery(QSqlQuery &query, const QVariantList &values, Backend backend, DbError *error);

} // namespace Salvage
