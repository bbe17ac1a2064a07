#pragma once

#include "tableinfo.h"

namespace Salvage {

// Detects a table's soft-delete convention from its columns: a nullable timestamp marker
// (deleted_at, discarded_at, archived_at, removed_at, deleted) or a boolean flag
// (is_deleted, deleted, is_archived), plus an optional actor and reason column.
Convention detectConvention(const QList<ColumnInfo> &columns);

// Checks a user override against the columns; returns an empty string when it is usable.
QString validateConvention(const Convention &convention, const QList<ColumnInfo> &columns);

} // namespace Salvage
