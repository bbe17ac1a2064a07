#include "constraintrefusal.h"

#include "db/sqldialect.h"
#include "operationsupport.h"

namespace Salvage {

namespace {

// Rows named in a refusal.
constexpr int namedRows = 5;
// Keys looked up: stays below both backends' parameter limits (bound twice).
constexpr int lookedUpKeys = 500;

const char pgIndexColumns[] = R"(
SELECT a.attname
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace
CROSS JOIN LATERAL unnest(CAST(i.indkey AS int2[])) WITH ORDINALITY AS k(attnum, position)
JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
WHERE n.nspname = ? AND ic.relname = ?
ORDER BY k.position)";

const char sqliteUniqueIndex[] = R"(
SELECT il.name FROM pragma_index_list(?) AS il
WHERE il."unique" AND il.origin <> 'pk'
  AND (SELECT group_concat(ii.name, char(10))
       FROM (SELECT name FROM pragma_index_info(il.name) ORDER BY seqno) AS ii) = ?
ORDER BY il.seq)";

// The unique index's columns and its name (empty when unknown).
QStringList uniqueColumns(Connection &connection,
                          const TableInfo &table,
                          const DbError &error,
                          QString *index)
{
    QStringList columns;
    if (connection.backend() == Backend::PostgreSQL) {
        *index = error.constraint;
        const Result<QList<QVariantList>> rows = connection.rows(QString::fromLatin1(pgIndexColumns),
                                                                 {table.name.schema, *index});
        if (rows) {
            for (const QVariantList &row : *rows)
                columns << row.value(0).toString();
        }
        return columns;
    }
    // "t.a, t.b": the columns; the index is the unique one on exactly those.
    const QString prefix = table.name.name + QLatin1Char('.');
    for (const QString &part : error.constraint.split(QLatin1String(", "), Qt::SkipEmptyParts))
        columns << (part.startsWith(prefix) ? part.mid(prefix.size()) : part);
    const Result<QList<QVariantList>> indexes
        = connection.rows(QString::fromLatin1(sqliteUniqueIndex),
                          {table.name.name, columns.join(QLatin1Char('\n'))});
    if (indexes && !indexes->isEmpty())
        *index = indexes->first().value(0).toString();
    return columns;
}

// Rows other than `keys` that hold the unique values the rows `keys` have.
QList<RowKey> holders(Connection &connection,
                      const TableInfo &table,
                      Operation operation,
                      const QStringList &columns,
                      const QList<RowKey> &keys)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted << quoteIdentifier(column);
    const QString list = quoted.join(QLatin1String(", "));
    const QString tuple = columns.size() == 1 ? list : QLatin1Char('(') + list + QLatin1Char(')');
    QVariantList values;
    const QList<RowKey> ours = keys.mid(0, lookedUpKeys);
    const QString inner = Sql::keyPredicate(table, ours, &values);
    const QString outer = Sql::keyPredicate(table, ours, &values);
    QString scope;
    if (table.convention.isSoftDeletable() && operation == Operation::Restore)
        scope = Sql::activePredicate(table, connection.backend());
    else if (table.convention.isSoftDeletable() && operation == Operation::Trash)
        scope = Sql::trashedPredicate(table, connection.backend());
    const QString sql = QLatin1String("SELECT ") + OperationSupport::keyColumns(table)
                        + QLatin1String(" FROM ") + table.name.quoted() + QLatin1String(" WHERE ")
                        + Sql::joinAnd({tuple + QLatin1String(" IN (SELECT ") + list
                                            + QLatin1String(" FROM ") + table.name.quoted()
                                            + QLatin1String(" WHERE ") + inner + QLatin1Char(')'),
                                        QLatin1String("NOT (") + outer + QLatin1Char(')'),
                                        scope})
                        + QLatin1String(" LIMIT ") + QString::number(namedRows);
    const Result<QList<QVariantList>> rows = connection.rows(sql, values);
    return rows ? *rows : QList<RowKey>();
}

QString typeName(DbError::ConstraintType type)
{
    switch (type) {
    case DbError::ConstraintType::Check:
        return TrashService::tr("check constraint");
    case DbError::ConstraintType::ForeignKey:
        return TrashService::tr("foreign key");
    case DbError::ConstraintType::NotNull:
        return TrashService::tr("NOT NULL constraint");
    case DbError::ConstraintType::Unique:
        return TrashService::tr("unique index");
    case DbError::ConstraintType::None:
    case DbError::ConstraintType::Other:
        break;
    }
    return TrashService::tr("constraint");
}

} // namespace

void explainConstraint(Connection &connection,
                       const TableInfo &table,
                       Operation operation,
                       const QList<RowKey> &keys,
                       DbError *error)
{
    if (error->kind != DbError::Constraint || !connection.isOpen())
        return;
    const QString tableName = table.name.display();
    if (error->constraintType == DbError::ConstraintType::Unique) {
        QString index;
        const QStringList columns = uniqueColumns(connection, table, *error, &index);
        if (!columns.isEmpty()) {
            QStringList names;
            for (const RowKey &key : holders(connection, table, operation, columns, keys))
                names << TrashService::tr("row %1").arg(rowKeyToText(table, key));
            const QString what = index.isEmpty()
                                     ? TrashService::tr("a unique index")
                                     : TrashService::tr("the unique index %1").arg(index);
            error->message = names.isEmpty()
                                 ? TrashService::tr(
                                       "The database refused the change: %1 of %2 allows each "
                                       "value of (%3) only once, and another row already holds "
                                       "it. Nothing was changed.")
                                       .arg(what, tableName, columns.join(QLatin1String(", ")))
                                 : TrashService::tr(
                                       "The database refused the change: %1 of %2 allows each "
                                       "value of (%3) only once, and %4 already holds the "
                                       "value. Nothing was changed; change or trash that row "
                                       "first.")
                                       .arg(what,
                                            tableName,
                                            columns.join(QLatin1String(", ")),
                                            names.join(QLatin1String(", ")));
            return;
        }
    }
    if (error->constraint.isEmpty())
        return;
    error->message = TrashService::tr("The database refused the change: it would break the %1 "
                                      "%2 of %3. Nothing was changed.")
                         .arg(typeName(error->constraintType), error->constraint, tableName);
}

} // namespace Salvage
