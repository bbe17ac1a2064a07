#include "schemainspector.h"

#include "conventiondetector.h"
#include "conventionstore.h"

#include <QCoreApplication>
#include <QHash>

namespace Salvage {

namespace {

const char pgTables[] = R"(
SELECT n.nspname, c.relname
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
  AND has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT')
ORDER BY 1, 2)";

const char pgColumns[] = R"(
SELECT n.nspname, c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),
       NOT a.attnotnull
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
  AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
ORDER BY 1, 2, a.attnum)";

const char pgPrimaryKeys[] = R"(
SELECT n.nspname, c.relname, a.attname
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE i.indisprimary
ORDER BY 1, 2, k.ord)";

// Unique indexes (UNIQUE constraints have one too) other than the primary key: their key
// columns (not INCLUDE columns), then the columns their expressions read, found in the
// stored expression tree (varattno), so that UNIQUE (lower(email)) protects email as well.
const char pgUniqueKeys[] = R"(
SELECT n.nspname, c.relname, i.indexrelid, a.attname
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL (
    SELECT k.attnum, k.ord
    FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
    WHERE k.attnum > 0 AND k.ord <= i.indnkeyatts
    UNION ALL
    SELECT m.v[1]::int2, 100000
    FROM regexp_matches(i.indexprs::text, 'varattno ([0-9]+)', 'g') AS m(v)
) AS k
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE i.indisunique AND NOT i.indisprimary
  AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
ORDER BY i.indexrelid, k.ord)";

const char pgForeignKeys[] = R"(
SELECT con.oid, sn.nspname, sc.relname, sa.attname, tn.nspname, tc.relname, ta.attname
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class sc ON sc.oid = con.conrelid
JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
JOIN pg_catalog.pg_class tc ON tc.oid = con.confrelid
JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(src, dst, ord)
JOIN pg_catalog.pg_attribute sa ON sa.attrelid = con.conrelid AND sa.attnum = k.src
JOIN pg_catalog.pg_attribute ta ON ta.attrelid = con.confrelid AND ta.attnum = k.dst
WHERE con.contype = 'f' AND con.conparentid = 0
ORDER BY con.oid, k.ord)";

void addUniqueKey(TableInfo &info, const QStringList &columns)
{
    if (!columns.isEmpty() && !info.uniqueKeys.contains(columns))
        info.uniqueKeys << columns;
}

} // namespace

SchemaInspector::SchemaInspector(Connection &connection) : m_connection(connection) {}

bool SchemaInspector::isInternalTable(const QString &name)
{
    return name == QLatin1String("salvage_audit")
        || name == QLatin1String("salvage_anonymization_rule")
        || name == QLatin1String("salvage_erasure_salt")
        || name == QLatin1String("salvage_legal_hold");
}

QList<TableInfo> SchemaInspector::tables(DbError *error, const ConventionStore *overrides)
{
    QList<TableInfo> result;
    const Backend backend = m_connection.backend();
    if (backend == Backend::PostgreSQL) {
        QHash<QualifiedName, int> index;
        const Result<QList<QVariantList>> tableRows
            = m_connection.rows(QString::fromLatin1(pgTables), {});
        if (!tableRows.report(error))
            return {};
        for (const QVariantList &row : *tableRows) {
            TableInfo info;
            info.name = {row.value(0).toString(), row.value(1).toString()};
            if (isInternalTable(info.name.name))
                continue;
            index.insert(info.name, result.size());
            result << info;
        }
        const Result<QList<QVariantList>> columnRows
            = m_connection.rows(QString::fromLatin1(pgColumns), {});
        if (!columnRows.report(error))
            return {};
        for (const QVariantList &row : *columnRows) {
            const auto it = index.constFind({row.value(0).toString(), row.value(1).toString()});
            if (it == index.constEnd())
                continue;
            ColumnInfo column;
            column.name = row.value(2).toString();
            column.type = row.value(3).toString();
            column.kind = ColumnInfo::kindFromType(column.type);
            column.nullable = row.value(4).toBool();
            result[*it].columns << column;
        }
        QHash<QualifiedName, QStringList> primaryKeys;
        if (!readPgPrimaryKeys(&primaryKeys, error))
            return {};
        for (TableInfo &info : result)
            info.primaryKey = primaryKeys.value(info.name);
        const Result<QList<QVariantList>> uniqueRows
            = m_connection.rows(QString::fromLatin1(pgUniqueKeys), {});
        if (!uniqueRows.report(error))
            return {};
        QualifiedName uniqueTable;
        QStringList uniqueColumns;
        qint64 uniqueIndex = -1;
        const auto flushUnique = [&] {
            const auto it = index.constFind(uniqueTable);
            if (it != index.constEnd())
                addUniqueKey(result[*it], uniqueColumns);
            uniqueColumns.clear();
        };
        for (const QVariantList &row : *uniqueRows) {
            const qint64 oid = row.value(2).toLongLong();
            if (oid != uniqueIndex) {
                flushUnique();
                uniqueIndex = oid;
                uniqueTable = {row.value(0).toString(), row.value(1).toString()};
            }
            const QString column = row.value(3).toString();
            if (!uniqueColumns.contains(column))
                uniqueColumns << column;
        }
        flushUnique();
        const Result<QList<QVariantList>> keyRows
            = m_connection.rows(QString::fromLatin1(pgForeignKeys), {});
        if (!keyRows.report(error))
            return {};
        QList<ForeignKey> keys;
        qint64 lastOid = -1;
        for (const QVariantList &row : *keyRows) {
            const qint64 oid = row.value(0).toLongLong();
            if (oid != lastOid) {
                ForeignKey fk;
                fk.fromTable = {row.value(1).toString(), row.value(2).toString()};
                fk.toTable = {row.value(4).toString(), row.value(5).toString()};
                keys << fk;
                lastOid = oid;
            }
            keys.last().fromColumns << row.value(3).toString();
            keys.last().toColumns << row.value(6).toString();
        }
        for (const ForeignKey &fk : std::as_const(keys)) {
            const auto from = index.constFind(fk.fromTable);
            const auto to = index.constFind(fk.toTable);
            if (from != index.constEnd())
                result[*from].references << fk;
            if (to != index.constEnd())
                result[*to].referencedBy << fk;
        }
    } else {
        const QList<QualifiedName> names = tableNames(error);
        if (error && error->isError())
            return {};
        for (const QualifiedName &name : names) {
            TableInfo info;
            info.name = name;
            if (!readColumns(info, error) || !readUniqueKeys(info, error)
                || !readForeignKeys(name, info.references, error))
                return {};
            result << info;
        }
        // SQLite compares table names case-insensitively (REFERENCES Users means users), and
        // foreign keys may omit the parent columns: they then mean its primary key.
        QHash<QualifiedName, int> index;
        for (int i = 0; i < result.size(); ++i)
            index.insert({QString(), result.at(i).name.name.toLower()}, i);
        for (TableInfo &info : result) {
            for (ForeignKey &fk : info.references) {
                const auto to = index.constFind({QString(), fk.toTable.name.toLower()});
                if (to == index.constEnd())
                    continue;
                fk.toTable = result.at(*to).name;
                if (fk.toColumns.contains(QString()))
                    fk.toColumns = result.at(*to).primaryKey;
            }
        }
        for (const TableInfo &info : std::as_const(result)) {
            for (const ForeignKey &fk : info.references) {
                const auto to = index.constFind({QString(), fk.toTable.name.toLower()});
                if (to != index.constEnd())
                    result[*to].referencedBy << fk;
            }
        }
    }
    finish(result, overrides);
    return result;
}

TableInfo SchemaInspector::table(const QualifiedName &name, DbError *error,
                                 const ConventionStore *overrides)
{
    QualifiedName wanted = name;
    if (m_connection.backend() == Backend::PostgreSQL && wanted.schema.isEmpty())
        wanted.schema = QStringLiteral("public");
    if (m_connection.backend() == Backend::SQLite && wanted.schema == QLatin1String("main"))
        wanted.schema.clear();
    DbError local;
    const QList<TableInfo> all = tables(&local, overrides);
    if (local.isError()) {
        if (error)
            *error = local;
        return {};
    }
    for (const TableInfo &info : all) {
        if (info.name == wanted)
            return info;
    }
    if (error) {
        *error = DbError::refused(QCoreApplication::translate(
            "Salvage::SchemaInspector", "There is no table %1 that you may read.")
                                      .arg(name.display()));
    }
    return {};
}

bool SchemaInspector::readPgPrimaryKeys(QHash<QualifiedName, QStringList> *keys, DbError *error)
{
    const Result<QList<QVariantList>> rows = m_connection.rows(QString::fromLatin1(pgPrimaryKeys),
                                                               {});
    if (!rows.report(error))
        return false;
    for (const QVariantList &row : *rows)
        (*keys)[{row.value(0).toString(), row.value(1).toString()}] << row.value(2).toString();
    return true;
}

QList<QualifiedName> SchemaInspector::tableNames(DbError *error)
{
    QList<QualifiedName> names;
    const Result<QList<QVariantList>> rows
        = m_connection.rows(QStringLiteral(
                                "SELECT name FROM sqlite_master WHERE type = 'table' "
                                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
                            {});
    if (!rows.report(error))
        return {};
    for (const QVariantList &row : *rows) {
        const QString name = row.value(0).toString();
        if (!isInternalTable(name))
            names << QualifiedName{QString(), name};
    }
    return names;
}

bool SchemaInspector::readColumns(TableInfo &info, DbError *error)
{
    const Result<QList<QVariantList>> rows
        = m_connection.rows(QStringLiteral(
                                "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) "
                                "ORDER BY cid"),
                            {info.name.name});
    if (!rows.report(error))
        return false;
    QMap<int, QString> keyColumns;
    for (const QVariantList &row : *rows) {
        ColumnInfo column;
        column.name = row.value(0).toString();
        column.type = row.value(1).toString();
        column.kind = ColumnInfo::kindFromType(column.type);
        column.nullable = row.value(2).toInt() == 0;
        const int pkPosition = row.value(3).toInt();
        if (pkPosition > 0)
            keyColumns.insert(pkPosition, column.name);
        info.columns << column;
    }
    info.primaryKey = keyColumns.values();
    return true;
}

bool SchemaInspector::readUniqueKeys(TableInfo &info, DbError *error)
{
    // origin 'pk' is the primary key's own index; expression parts have no column name.
    const Result<QList<QVariantList>> rows
        = m_connection.rows(QStringLiteral("SELECT il.seq, ii.name "
                                           "FROM pragma_index_list(?) AS il "
                                           "JOIN pragma_index_info(il.name) AS ii "
                                           "WHERE il.\"unique\" AND il.origin <> 'pk' "
                                           "ORDER BY il.seq, ii.seqno"),
                            {info.name.name});
    if (!rows.report(error))
        return false;
    int lastSeq = -1;
    QStringList columns;
    for (const QVariantList &row : *rows) {
        const int seq = row.value(0).toInt();
        if (seq != lastSeq) {
            addUniqueKey(info, columns);
            columns.clear();
            lastSeq = seq;
        }
        if (!row.value(1).isNull())
            columns << row.value(1).toString();
    }
    addUniqueKey(info, columns);
    return true;
}

bool SchemaInspector::readForeignKeys(const QualifiedName &table, QList<ForeignKey> &out,
                                      DbError *error)
{
    const Result<QList<QVariantList>> rows
        = m_connection.rows(QStringLiteral("SELECT id, \"table\", \"from\", \"to\" "
                                           "FROM pragma_foreign_key_list(?) ORDER BY id, seq"),
                            {table.name});
    if (!rows.report(error))
        return false;
    int lastId = -1;
    for (const QVariantList &row : *rows) {
        const int id = row.value(0).toInt();
        if (id != lastId) {
            ForeignKey fk;
            fk.fromTable = table;
            fk.toTable = {QString(), row.value(1).toString()};
            out << fk;
            lastId = id;
        }
        out.last().fromColumns << row.value(2).toString();
        out.last().toColumns << row.value(3).toString(); // NULL -> "" -> parent's key
    }
    return true;
}

void SchemaInspector::finish(QList<TableInfo> &tables, const ConventionStore *overrides)
{
    for (TableInfo &info : tables) {
        info.convention = detectConvention(info.columns);
        if (!overrides)
            continue;
        const std::optional<Convention> stored = overrides->load(info.name);
        if (!stored)
            continue;
        const QString problem = validateConvention(*stored, info.columns);
        info.convention = *stored;
        if (!problem.isEmpty()) {
            // Never fall back silently to a guess the user had overruled.
            info.convention = Convention();
            info.convention.overridden = true;
            info.convention.whyNone = QCoreApplication::translate(
                "Salvage::SchemaInspector", "the stored soft-delete convention no longer fits "
                "the table (%1); edit it").arg(problem);
        } else if (!stored->isSoftDeletable()) {
            info.convention.whyNone = QCoreApplication::translate(
                "Salvage::SchemaInspector", "marked as not soft-deletable for this connection");
        }
    }
}

} // namespace Salvage
