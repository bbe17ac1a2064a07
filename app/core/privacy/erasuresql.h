#pragma once

#include "db/connectionurl.h"
#include "schema/tableinfo.h"

#include <QVariantList>
#include <QVariantMap>

namespace Salvage {

// SQL fragments the subject finder, the planner and the erasure service share. Every name is
// quoted, every value is a `?` appended to *values.
namespace ErasureSql {

// Salvage's own tables (SchemaInspector::isInternalTable(): exact names, so an application's
// salvage_orders is searched): never searched for a subject, but scanned by the verification.
bool isSalvageTable(const QualifiedName &name);

// Whether the text of `quotedColumn` equals (case-insensitively) or contains the bound value.
// lower() is ASCII-only on SQLite; PostgreSQL folds by the database's locale.
QString textMatch(const QString &quotedColumn, bool contains, Backend backend);

// ((a = ? AND b = ?) OR ...) for composite tuples, a IN (?, ...) for one column.
QString tuplesPredicate(const QStringList &columns,
                        const QList<QVariantList> &tuples,
                        QVariantList *values,
                        const QString &alias = QString());

// Every column of `table`, quoted, comma separated (in TableInfo order).
QString selectList(const TableInfo &table);

QVariantList valuesOf(const QVariantMap &row, const QStringList &columns);
bool hasNull(const QVariantList &values);

const TableInfo *findTable(const QList<TableInfo> &tables, const QualifiedName &name);

} // namespace ErasureSql
} // namespace Salvage
