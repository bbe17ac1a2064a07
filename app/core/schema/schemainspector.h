#pragma once

#include "db/connection.h"
#include "tableinfo.h"

#include <QHash>

namespace Salvage {

class ConventionStore;

// Reads tables, columns, keys, unique keys and foreign keys from the catalog with bound parameters.
// Never uses QSqlDatabase::record()/primaryIndex() (unsafe with hostile names on QPSQL).
class SchemaInspector
{
public:
    explicit SchemaInspector(Connection &connection);

    // Salvage's own bookkeeping tables (salvage_audit, salvage_legal_hold, ...), by their exact
    // names: never listed, trashed or anonymized. An application's "salvage_orders" (or
    // "salvage_audit " with a space) is the application's.
    static bool isInternalTable(const QString &name);

    // Every table the user can read (PostgreSQL: all non-system schemas; SQLite: main),
    // with conventions detected and overrides from `overrides` (may be null) applied.
    QList<TableInfo> tables(DbError *error, const ConventionStore *overrides = nullptr);
    // One table by name; invalid (empty name) TableInfo and *error set when not found.
    TableInfo table(const QualifiedName &name, DbError *error,
                    const ConventionStore *overrides = nullptr);
    // PostgreSQL: the primary-key columns (in key order) of every table that has one, keyed
    // by table, in one catalog query. Returns false and fills *error on failure.
    bool readPgPrimaryKeys(QHash<QualifiedName, QStringList> *keys, DbError *error);

private:
    QList<QualifiedName> tableNames(DbError *error);
    bool readColumns(TableInfo &info, DbError *error);
    bool readUniqueKeys(TableInfo &info, DbError *error);
    bool readForeignKeys(const QualifiedName &table, QList<ForeignKey> &out, DbError *error);
    void finish(QList<TableInfo> &tables, const ConventionStore *overrides);

    Connection &m_connection;
};

} // namespace Salvage
