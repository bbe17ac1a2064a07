#include "erasuresql.h"

#include "schema/schemainspector.h"

namespace Salvage::ErasureSql {

bool isSalvageTable(const QualifiedName &name)
{
    return SchemaInspector::isInternalTable(name.name);
}

QString textMatch(const QString &quotedColumn, bool contains, Backend backend)
{
    // CAST: PostgreSQL "text" columns include uuid and citext, which lower() does not take
    // as they are; the bound value is cast too, so that it is never an untyped literal.
    const QString column = QLatin1String("lower(CAST(") + quotedColumn
                           + QLatin1String(" AS TEXT))");
    const QString value = QStringLiteral("lower(CAST(? AS TEXT))");
    if (!contains)
        return column + QLatin1String(" = ") + value;
    const QString function = backend == Backend::PostgreSQL ? QStringLiteral("strpos")
                                                            : QStringLiteral("instr");
    return function + QLatin1Char('(') + column + QLatin1String(", ") + value
           + QLatin1String(") > 0");
}

QString tuplesPredicate(const QStringList &columns,
                        const QList<QVariantList> &tuples,
                        QVariantList *values,
                        const QString &alias)
{
    if (columns.isEmpty() || tuples.isEmpty())
        return QStringLiteral("1 = 0");
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    if (columns.size() == 1) {
        QStringList marks;
        for (const QVariantList &tuple : tuples) {
            marks << QStringLiteral("?");
            values->append(tuple.value(0));
        }
        return prefix + quoteIdentifier(columns.first()) + QLatin1String(" IN (")
               + marks.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    QStringList rows;
    for (const QVariantList &tuple : tuples) {
        QStringList parts;
        for (int i = 0; i < columns.size(); ++i) {
            parts << prefix + quoteIdentifier(columns.at(i)) + QLatin1String(" = ?");
            values->append(tuple.value(i));
        }
        rows << QLatin1Char('(') + parts.join(QLatin1String(" AND ")) + QLatin1Char(')');
    }
    return QLatin1Char('(') + rows.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

QString selectList(const TableInfo &table)
{
    QStringList columns;
    for (const ColumnInfo &column : table.columns)
        columns << quoteIdentifier(column.name);
    return columns.join(QLatin1String(", "));
}

QVariantList valuesOf(const QVariantMap &row, const QStringList &columns)
{
    QVariantList values;
    for (const QString &column : columns)
        values << row.value(column);
    return values;
}

bool hasNull(const QVariantList &values)
{
    const auto isNull = [](const QVariant &v) { return v.isNull(); };
    return std::any_of(values.cbegin(), values.cend(), isNull);
}

const TableInfo *findTable(const QList<TableInfo> &tables, const QualifiedName &name)
{
    for (const TableInfo &table : tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

} // namespace Salvage::ErasureSql
