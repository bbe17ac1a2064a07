#pragma once

#include "db/connection.h"
#include "rowkey.h"
#include "schema/tableinfo.h"

#include <QCoreApplication>

namespace Salvage {

enum class Operation { Trash, Restore, Purge };
QString operationName(Operation op);          // "trash", "restore", "purge" (audit action)
QString operationTitle(Operation op);         // translated verb for users
Operation inverseOperation(Operation op);     // trash <-> restore (undo); purge has none

struct OperationRequest
{
    Operation operation = Operation::Trash;
    QList<RowKey> keys;
    QString actor;     // required, recorded in the audit (and the actor column on trash)
    QString reason;    // optional
    // When the audit table does not exist: create it (CLI, or after the GUI asked) or refuse.
    bool createAuditTable = false;
};

struct OperationResult
{
    bool ok = false;
    QString operationId;
    int rows = 0;
    DbError error;            // why nothing changed
    QList<RowKey> problemRows; // rows that changed meanwhile / not in the expected state
    bool auditCreated = false;
    bool auditMissing = false; // refused only because salvage_audit does not exist yet
    qint64 heldRows = 0;       // bulk purge: matching rows kept because they are on legal hold
};

// The row operations. Each run() is one transaction: guarded statements, affected-row counts
// checked, audit rows written; any surprise rolls everything back.
class TrashService
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::TrashService)
public:
    explicit TrashService(Connection &connection);

    OperationResult run(const TableInfo &table, const OperationRequest &request);

    // Rows of other tables that reference `keys` (purge blockers): "table: count" per table.
    struct Reference
    {
        QualifiedName table;
        qint64 rows = 0;
    };
    QList<Reference> referencingRows(const TableInfo &table, const QList<RowKey> &keys,
                                     DbError *error);

    // The value to write to the actor column: when it is a foreign key (deleted_by ->
    // users.id), `actor` may be the key itself or a unique text value of the referenced table
    // (an email). Returns an invalid QVariant and sets *error when no single row matches.
    QVariant resolveActor(const TableInfo &table, const QString &actor, DbError *error);

private:
    bool checkState(const TableInfo &table, const OperationRequest &request,
                    OperationResult &result);
    bool refuseHeld(const TableInfo &table,
                    const OperationRequest &request,
                    OperationResult &result);
    bool applyChange(const TableInfo &table, const OperationRequest &request,
                     const QVariant &actorValue, OperationResult &result);
    bool ensureAudit(const OperationRequest &request, OperationResult &result);

    Connection &m_connection;
};

} // namespace Salvage
