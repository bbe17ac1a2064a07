#include "tablelookup.h"

#include "schema/schemainspector.h"

#include <QDebug>

namespace Salvage::Test {

QualifiedName tableName(const QString &backend, const QString &name)
{
    return {backend == QLatin1String("postgresql") ? QStringLiteral("public") : QString(), name};
}

QString markerType(const QString &backend)
{
    return backend == QLatin1String("postgresql") ? QStringLiteral("TIMESTAMPTZ")
                                                  : QStringLiteral("TIMESTAMP");
}

QString markerLiteral(const QString &backend, const QString &utc)
{
    const QString zone = backend == QLatin1String("postgresql") ? QStringLiteral("+00") : QString();
    return QLatin1Char('\'') + utc + zone + QLatin1Char('\'');
}

QList<TableInfo> inspectTables(Connection &connection)
{
    DbError error;
    QList<TableInfo> tables = SchemaInspector(connection).tables(&error);
    if (error.isError())
        qWarning().noquote() << "SchemaInspector::tables:" << error.message << error.driverText;
    return tables;
}

const TableInfo *findTable(const QList<TableInfo> &tables, const QString &name)
{
    for (const TableInfo &table : tables) {
        if (table.name.name == name)
            return &table;
    }
    return nullptr;
}

InspectedDatabase::InspectedDatabase(const QString &backend, const QString &script)
    : db(TestDatabase::create(backend, script))
{
    if (!db.isValid()) {
        problem = db.errorString();
        return;
    }
    connection = db.connect();
    tables = inspectTables(connection);
    if (tables.isEmpty())
        problem = QStringLiteral("no tables read (see the warnings)");
}

} // namespace Salvage::Test
