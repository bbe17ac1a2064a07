#include "rowcounts.h"

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
    const Result<QVariant> count = connection.value(sql, values);
    return count.report(error) ? count->toLongLong() : -1;
}

} // namespace Salvage
