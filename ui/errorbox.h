#pragma once

#include "db/connection.h"
#include "trash/rowkey.h"

class QWidget;

namespace Salvage {

struct TableInfo;

// Shows a failed database call: the user-facing message as text, the rows involved, and
// the raw driver text only as details.
void showDbError(QWidget *parent,
                 const QString &title,
                 const DbError &error,
                 const TableInfo *table = nullptr,
                 const QList<RowKey> &problemRows = {});

} // namespace Salvage
