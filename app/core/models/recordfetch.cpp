#include "recordfetch.h"

#include "db/rowreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace Salvage::RecordFetch {

namespace {

DbError notConnected()
{
    DbError error;
    error.kind = DbError::ConnectionLost;
    error.message = QCoreApplication::translate("Salvage::RecordModel",
                                                "Not connected to the database.");
    return error;
}

} // namespace

qint64 estimateRows(Connection &connection, const TableInfo &table, Scope scope)
{
    if (!connection.isOpen())
        return -1;
    if (connection.backend() == Backend::SQLite) {
        const Result<QVariant> max = connection.value(QLatin1String("SELECT max(rowid) FROM ")
                                                      + table.name.quoted());
        if (!max)
            return -1;
        return max->isNull() ? 0 : max->toLongLong();
    }
    const Result<QList<QVariantList>> stats = connection.rows(
        QStringLiteral(
            "SELECT c.reltuples, (SELECT s.null_frac FROM pg_catalog.pg_stats s "
            "WHERE s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = ?) "
            "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = ? AND c.relname = ?"),
        {table.convention.marker, table.name.schema, table.name.name});
    if (!stats || stats->isEmpty() || stats->first().value(0).toDouble() < 0)
        return -1;
    const QVariantList &row = stats->first();
    double rows = row.value(0).toDouble();
    if (table.convention.kind == Convention::Kind::Timestamp && !row.value(1).isNull()) {
        const double activeShare = row.value(1).toDouble();
        if (scope == Scope::Active)
            rows *= activeShare;
        else if (scope == Scope::Trash)
            rows *= 1.0 - activeShare;
    }
    return qint64(rows);
}

bool page(Connection &connection,
          const RowQuery::Statement &statement,
          int width,
          bool reversed,
          const std::function<bool()> &stillWanted,
          QList<QVariantList> *rows,
          DbError *error)
{
    if (!connection.isOpen()) {
        *error = notConnected();
        return false;
    }
    const auto keep = [rows](QVariantList &&row) {
        rows->append(std::move(row));
        return true;
    };
    bool ok = readRows(connection, statement.sql, statement.values, width, keep, error);
    // A cancel meant for the previous statement can hit this one: run it again.
    if (!ok && error->kind == DbError::Cancelled && stillWanted()) {
        rows->clear();
        *error = DbError();
        ok = readRows(connection, statement.sql, statement.values, width, keep, error);
    }
    if (!ok) {
        rows->clear(); // rows of a result that did not complete
        return false;
    }
    if (reversed)
        std::reverse(rows->begin(), rows->end());
    return true;
}

bool count(Connection &connection,
           const RowQuery::Statement &statement,
           qint64 *rows,
           DbError *error)
{
    if (!connection.isOpen()) {
        *error = DbError::refused(notConnected().message);
        return false;
    }
    const Result<QVariant> counted = connection.value(statement.sql, statement.values);
    if (!counted.report(error))
        return false;
    *rows = counted->toLongLong();
    return true;
}

QList<QVariantList> keys(Connection &connection, const RowQuery::Statement &statement, int width)
{
    QList<QVariantList> result;
    if (!connection.isOpen())
        return result;
    const auto keep = [&result](QVariantList &&key) {
        result.append(std::move(key));
        return true;
    };
    DbError error;
    if (!readRows(connection, statement.sql, statement.values, width, keep, &error))
        result.clear();
    return result;
}

} // namespace Salvage::RecordFetch
