#pragma once

#include "db/connection.h"
#include "schema/tableinfo.h"
#include "trashservice.h"

namespace Salvage {

// What TrashService and BulkOperation share, so that both guard, audit and refuse alike.
namespace OperationSupport {

// The state a row must be in for `op`: active for trash, trashed for restore and purge.
QString guardFor(Operation op, const TableInfo &table, Backend backend);

// The quoted primary-key columns, comma separated, each prefixed with `alias.` if given.
QString keyColumns(const TableInfo &table, const QString &alias = QString());

// Refusals every operation checks before its transaction: a writable table, an actor and an
// open connection. Returns false and fills *error when one is missing.
bool checkRunnable(Connection &connection,
                   const TableInfo &table,
                   const QString &actor,
                   DbError *error);

// Inside the operation's transaction: makes sure salvage_audit exists, creating it when
// `create` allows; otherwise refuses with result.auditMissing set.
bool ensureAudit(Connection &connection, bool create, OperationResult &result);

// The audit's `details` JSON of an operation on `table` (names only, never values).
QString auditDetails(const TableInfo &table, Operation op);

// SELECT count(*) of the rows of fk.fromTable (alias c) that refer to a row of `table`
// (alias p) matching `parentWhere`. For a self-reference, rows matching `childExclusion`
// (the rows being purged themselves, over c) do not count; bind its values after
// parentWhere's.
QString referenceCountSql(const TableInfo &table, const ForeignKey &fk,
                          const QString &parentWhere, const QString &childExclusion);
// Adds `rows` referring rows of `table` to `references` (one entry per table).
void addReference(QList<TrashService::Reference> &references, const QualifiedName &table,
                  qint64 rows);

// Why a purge is refused while other rows still refer to the rows.
DbError referencedRefusal(const QList<TrashService::Reference> &references);

// Why an operation was undone when a statement changed another number of rows than expected.
DbError rowCountMismatch(qint64 changed, qint64 expected);

} // namespace OperationSupport
} // namespace Salvage
