// The database side of RecordModel: what its workers run on their own connections.
#pragma once

#include "db/connection.h"
#include "rowquery.h"
#include "schema/tableinfo.h"

#include <QList>
#include <QVariantList>

#include <functional>

namespace Salvage::RecordFetch {

// A quick size for the scrollbar before the exact count arrives: PostgreSQL's planner
// statistics, SQLite's largest rowid (an upper bound). -1 when there is nothing cheap.
qint64 estimateRows(Connection &connection, const TableInfo &table, Scope scope);

// The rows of one page (`width` cells each), in view order (`reversed`: the statement reads
// them backwards from the end). `stillWanted` says whether a cancel that hits this statement
// was meant for the one before it, in which case it runs again. On failure *rows is empty.
bool page(Connection &connection,
          const RowQuery::Statement &statement,
          int width,
          bool reversed,
          const std::function<bool()> &stillWanted,
          QList<QVariantList> *rows,
          DbError *error);

// The exact number of rows the count statement gives.
bool count(Connection &connection,
           const RowQuery::Statement &statement,
           qint64 *rows,
           DbError *error);

// Every row of a key statement (the sample of keys that places far blocks); empty when the
// table has none to give (e.g. a WITHOUT ROWID table) or on failure.
QList<QVariantList> keys(Connection &connection, const RowQuery::Statement &statement, int width);

} // namespace Salvage::RecordFetch
