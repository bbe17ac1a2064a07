#pragma once

#include "db/connection.h"
#include "schema/tableinfo.h"
#include "testdatabase.h"

#include <QList>
#include <QString>

namespace Salvage::Test {

// `name` in the default schema of `backend` ("sqlite" or "postgresql"): public.name on
// PostgreSQL, name on SQLite.
QualifiedName tableName(const QString &backend, const QString &name);

// A soft-delete marker column's type on `backend` (TIMESTAMPTZ / TIMESTAMP), and a literal
// of `utc` ("2026-01-01 10:00:00") for it, quoted, for test scripts.
QString markerType(const QString &backend);
QString markerLiteral(const QString &backend, const QString &utc);

// SchemaInspector::tables() of `connection`; a warning says why when that fails.
QList<TableInfo> inspectTables(Connection &connection);

// The table of that unqualified name among `tables`, or null.
const TableInfo *findTable(const QList<TableInfo> &tables, const QString &name);

// The start of many tests of the core: a test database of `script` on `backend`, a connection
// to it and its tables. `problem` says what failed, empty when nothing did.
struct InspectedDatabase
{
    InspectedDatabase(const QString &backend, const QString &script);

    TestDatabase db;
    Connection connection;
    QList<TableInfo> tables;
    QString problem;
};

} // namespace Salvage::Test
