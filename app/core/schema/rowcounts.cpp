#include "rowcounts.h"

#include <QSqlQuery>

namespace Salvage {

qint64 countRows(Connection &connection, const TableInfo &table, Scope scope, DbError *error,
                 const QString &search)
{
    QVariantList values;
    const QString where = Sql::joinAnd(
        {Sql::scopePredicate(table, scope, connection.backend()),
         Sql::searchPredicate(table, connection.backend(), search, &values)});
    QString sql = QLatin1String("SELECT count(*) FROM ") + table.name.quoted();
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where;
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    ok = ok && query.exec() && query.next();
    if (!ok) {
        const DbError failure = DbError::fromSql(query.lastError(), connection.backend());
        connection.noteError(failure);
        if (error)
            *error = failure;
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace Salvage
