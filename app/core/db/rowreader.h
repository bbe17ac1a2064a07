#pragma once

#include "connection.h"

#include <QSqlQuery>

#include <optional>

namespace Salvage {

// The reader behind Connection::forEachRow() (use that). Runs a SELECT with positional `?` values and hands its rows to `sink` one by one as they
// arrive, without buffering the result. `width`: the number of leading columns each row
// holds (the statement's column count when negative).
//
// SQLite: a forward-only QSqlQuery. PostgreSQL: libpq directly on QPSQL's connection
// (single-row mode, text parameters), each cell decoded once by its type: NULL as QVariant(),
// int2/int4 as int, int8 as qlonglong, oid as uint, float4/float8 as double, bool, bytea as
// QByteArray; numeric and everything else (timestamps, dates, uuid, json, arrays, ...) as
// the QString PostgreSQL prints, as SQLite's text values already are.
//
// Returns false and fills *error on failure (a cancel through QueryCanceller gives
// DbError::Cancelled; a lost connection is closed, as Connection::exec does). Rows handed
// over before a failure belong to a result that did not complete. Stopping early returns
// true. Afterwards the connection is idle and any open transaction is as it was (a failed
// statement inside one aborts it, as in QtSql).
bool readRows(Connection &connection,
              const QString &sql,
              const QVariantList &values,
              int width,
              const RowSink &sink,
              DbError *error);

// The one QSqlQuery result loop, behind Connection's statement runner and readRows() on
// SQLite: prepares `sql` forward-only (executed directly when there are no values, so a
// script of several statements works), binds `values`, runs it, fills *rowsAffected, hands
// the rows to `sink` (may be empty) and returns the error, checked after the last row.
// `failed`, when given, receives the query of a failed statement (see Connection::execute).
QSqlError queryRows(const QSqlDatabase &database,
                    const QString &sql,
                    const QVariantList &values,
                    int width,
                    const RowSink &sink,
                    int *rowsAffected = nullptr,
                    std::optional<QSqlQuery> *failed = nullptr);

} // namespace Salvage
