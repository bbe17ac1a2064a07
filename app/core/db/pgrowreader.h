#pragma once

#include "rowreader.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

struct pg_conn;

namespace Salvage::Pg {

// readRows() for PostgreSQL, on the libpq connection under QPSQL (QSqlDriver::handle()).
// Failures come back as a QSqlError like QPSQL's: SQLSTATE as nativeErrorCode, 08006 when
// the connection broke without one.
bool readRows(pg_conn *conn,
              const QString &sql,
              const QVariantList &values,
              int width,
              const RowSink &sink,
              QSqlError *error);

// One bound value as PostgreSQL text input; no value for SQL NULL (a null QVariant, a null
// QString or QByteArray, an invalid date or time, as QtSql treats them).
std::optional<QByteArray> parameterText(const QVariant &value);

} // namespace Salvage::Pg
