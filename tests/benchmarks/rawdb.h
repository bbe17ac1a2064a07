#pragma once

#include "sample.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

#include <string>
#include <vector>

namespace Salvage::Bench {

// One decoded cell, as a grid needs it: integers and numbers as numbers, everything else
// as text (timestamps included), NULL distinct from ''.
struct RawCell
{
    enum Kind : char { Null, Int, Real, Text };
    Kind kind = Null;
    qint64 i = 0;
    double d = 0;
    std::string text;
};
using RawRow = std::vector<RawCell>;

// The raw C API side of the benchmark (libpq / sqlite3), linked only by salvage-bench.
// SQL uses `?` placeholders on both backends; values are always bound. Every call measures
// its own time into Sample::ms.
class RawDb
{
public:
    virtual ~RawDb() = default;

    virtual bool open(QString *error) = 0;

    // Runs a query and decodes every cell of every row into a grid kept until it returns.
    virtual Sample fetchGrid(const QString &sql, const QVariantList &values) = 0;
    // Streams the rows (libpq single-row mode / sqlite3_step), decoding each into a reused
    // row buffer: memory stays flat.
    virtual Sample stream(const QString &sql, const QVariantList &values) = 0;
    // Runs one statement; Sample::rows is the number of rows it changed.
    virtual Sample exec(const QString &sql, const QVariantList &values) = 0;
    // Starts `sql`, cancels it natively (PQcancel / sqlite3_interrupt) after `delayMs`;
    // Sample::ms is the time from the cancel call until the statement returned. An error
    // when the statement was not cancelled (e.g. it finished first).
    virtual Sample cancelAfter(const QString &sql, const QVariantList &values, int delayMs) = 0;
};

// `?` placeholders to libpq's `$1, $2 ...`, outside quoted strings and identifiers.
QByteArray toDollarPlaceholders(const QString &sql);

// The id (first column) of a decoded row for the cross-check sum; 0 when not an integer.
inline qint64 rowId(const RawRow &row)
{
    return !row.empty() && row.front().kind == RawCell::Int ? row.front().i : 0;
}

} // namespace Salvage::Bench
