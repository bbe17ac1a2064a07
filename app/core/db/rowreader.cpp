#include "rowreader.h"

#include "pgrowreader.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Salvage {

namespace {

// A forward-only QSqlQuery: on QSQLITE it steps the statement row by row, and its values
// already cost little more than sqlite3's own.
QSqlError readWithQuery(const QSqlDatabase &database,
                        const QString &sql,
                        const QVariantList &values,
                        int width,
                        const RowSink &sink)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!ok || !query.exec())
        return query.lastError();
    const int cells = width < 0 ? query.record().count() : width;
    while (query.next()) {
        QVariantList row;
        row.reserve(cells);
        for (int i = 0; i < cells; ++i)
            row.append(query.value(i));
        if (!sink(std::move(row)))
            return QSqlError();
    }
    return query.lastError();
}

} // namespace

bool readRows(Connection &connection,
              const QString &sql,
              const QVariantList &values,
              int width,
              const RowSink &sink,
              DbError *error)
{
    DbError failure;
    if (!connection.isOpen()) {
        failure.kind = DbError::ConnectionLost;
        failure.message = QCoreApplication::translate("Salvage::RowReader",
                                                      "Not connected to the database.");
    } else {
        const QSqlDatabase database = connection.database();
        QSqlError sqlError;
        pg_conn *pg = connection.backend() == Backend::PostgreSQL ? Pg::nativeConnection(database)
                                                                  : nullptr;
        if (pg)
            Pg::readRows(pg, sql, values, width, sink, &sqlError);
        else
            sqlError = readWithQuery(database, sql, values, width, sink);
        failure = DbError::fromSql(sqlError, connection.backend());
        connection.noteError(failure);
    }
    if (failure.isError() && error)
        *error = failure;
    return !failure.isError();
}

} // namespace Salvage
