#include "rowreader.h"

#include "pgnative.h"
#include "pgrowreader.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Salvage {

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
            sqlError = queryRows(database, sql, values, width, sink);
        failure = DbError::fromSql(sqlError, connection.backend());
        connection.noteError(failure);
    }
    if (failure.isError() && error)
        *error = failure;
    return !failure.isError();
}

QSqlError queryRows(const QSqlDatabase &database,
                    const QString &sql,
                    const QVariantList &values,
                    int width,
                    const RowSink &sink,
                    int *rowsAffected,
                    std::optional<QSqlQuery> *failed)
{
    QSqlQuery query(database);
    query.setForwardOnly(true); // QPSQL streams (single-row mode), QSQLITE steps
    bool ok = true;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = ok && query.exec();
    }
    const auto fail = [&query, failed] {
        QSqlError error = query.lastError();
        if (failed)
            failed->emplace(std::move(query));
        return error;
    };
    if (!ok)
        return fail();
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
    if (!query.isSelect())
        return QSqlError();
    const int cells = width < 0 ? query.record().count() : width;
    while (query.next()) {
        QVariantList row;
        row.reserve(cells);
        for (int i = 0; i < cells; ++i)
            row.append(query.value(i));
        if (sink && !sink(std::move(row)))
            return QSqlError();
    }
    // A result cut short (timeout, cancel, lost connection) ends like a complete one.
    return query.lastError().isValid() ? fail() : QSqlError();
}

} // namespace Salvage
