#pragma once

#include "db/connection.h"
#include "db/sqldialect.h"

namespace Salvage {

// The number of rows of `table` in `scope` (and matching `search`, if given).
// Returns -1 and sets *error on failure. Runs on whatever thread owns `connection`.
qint64 countRows(Connection &connection, const TableInfo &table, Scope scope, DbError *error,
                 const QString &search = QString());

} // namespace Salvage
