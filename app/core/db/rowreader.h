#pragma once

#include "connection.h"

#include <QVariantList>

#include <functional>

namespace Salvage {

// Receives one row of `width` cells; returns false to stop reading (the rest is skipped).
using RowSink = std::function<bool(QVariantList &&row)>;

// Runs a SELECT with positional `?` values and hands its rows to `sink` one by one as they
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

} // namespace Salvage
