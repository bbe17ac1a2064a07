#pragma once

#include "db/connection.h"
#include "rowkey.h"
#include "schema/tableinfo.h"
#include "trashservice.h"

namespace Salvage {

// After a change to `table` was refused by a constraint (error->kind Constraint) and rolled
// back: rewrites error->message to name the constraint or index, the table and, for a unique
// one, the rows that already hold the value the rows `keys` would have had (looked up with
// bound values; `operation` Restore looks among active rows, Trash among trashed ones, since a
// partial unique index is what a marker change can break). Changes no data.
void explainConstraint(Connection &connection,
                       const TableInfo &table,
                       Operation operation,
                       const QList<RowKey> &keys,
                       DbError *error);

} // namespace Salvage
