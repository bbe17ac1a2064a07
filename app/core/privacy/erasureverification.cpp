#include "erasureverification.h"

#include "db/sqldialect.h"
#include "erasuresql.h"
#include "schema/schemainspector.h"

#include <QHash>

namespace Salvage {

namespace {

// Every column of every table, view-like relations that store rows included (a materialized
// view keeps its own copy of the values). Category S: text, varchar, char, citext, name.
const char pgColumns[] = R"(
SELECT n.nspname, c.relname, a.attname,
       CASE WHEN t.typtype = 'd' THEN bt.typcategory ELSE t.typcategory END,
       CASE WHEN t.typtype = 'd' THEN bt.typname ELSE t.typname END,
       et.typcategory,
       has_table_privilege(c.oid, 'SELECT')
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'm')
  AND NOT c.relispartition
  AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
ORDER BY 1, 2, a.attnum)";

// Markers per statement and bound values per statement: far below both backends' limits.
constexpr int markersPerQuery = 200;
constexpr int valuesPerQuery = 2000;

bool pgScannable(const QString &category, const QString &type, const QString &element)
{
    static const QStringList textLike = {QStringLiteral("uuid"),
                                         QStringLiteral("json"),
                                         QStringLiteral("jsonb"),
                                         QStringLiteral("xml")};
    return category == QLatin1String("S") || textLike.contains(type)
           || (category == QLatin1String("A") && element == QLatin1String("S"));
}

bool containsMarker(const QString &text, const QStringList &markers)
{
    const QString lower = text.toLower();
    return std::any_of(markers.cbegin(), markers.cend(), [&lower](const QString &m) {
        return lower.contains(m.toLower());
    });
}

} // namespace

ErasureVerification::ErasureVerification(Connection &connection)
    : m_connection(connection)
{}

bool ErasureVerification::readCatalog(QList<ScanTable> *tables,
                                      QStringList *notScanned,
                                      DbError *error)
{
    const Backend backend = m_connection.backend();
    if (backend == Backend::PostgreSQL) {
        QHash<QualifiedName, int> index;
        QStringList unreadable;
        int otherColumns = 0;
        const Result<QList<QVariantList>> columns = m_connection.rows(
            QString::fromLatin1(pgColumns));
        if (!columns.report(error))
            return false;
        for (const QVariantList &row : *columns) {
            const QualifiedName name{row.value(0).toString(), row.value(1).toString()};
            if (!row.value(6).toBool()) {
                if (!unreadable.contains(name.display()))
                    unreadable << name.display();
                continue;
            }
            if (!index.contains(name)) {
                index.insert(name, int(tables->size()));
                tables->append(ScanTable{name, {}, {}});
            }
            if (pgScannable(row.value(3).toString(),
                            row.value(4).toString(),
                            row.value(5).toString()))
                (*tables)[index.value(name)].columns << row.value(2).toString();
            else
                ++otherColumns;
        }
        QHash<QualifiedName, QStringList> primaryKeys;
        if (!SchemaInspector(m_connection).readPgPrimaryKeys(&primaryKeys, error))
            return false;
        for (ScanTable &table : *tables)
            table.primaryKey = primaryKeys.value(table.name);
        if (!unreadable.isEmpty()) {
            *notScanned << tr("Tables your database user may not read: %1.")
                               .arg(unreadable.join(QLatin1String(", ")));
        }
        if (otherColumns > 0) {
            *notScanned << tr("%n column(s) of other types (numbers, dates, bytea, enums, "
                              "composite types) were not searched.",
                              nullptr,
                              otherColumns);
        }
        return true;
    }
    QStringList names;
    QStringList virtualTables;
    const Result<QList<QVariantList>> master = m_connection.rows(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!master.report(error))
        return false;
    for (const QVariantList &row : *master) {
        if (row.value(1).toString().trimmed().startsWith(QLatin1String("CREATE VIRTUAL"),
                                                         Qt::CaseInsensitive))
            virtualTables << row.value(0).toString();
        else
            names << row.value(0).toString();
    }
    for (const QString &name : std::as_const(names)) {
        // Any SQLite column can hold text, whatever its declared type: search them all.
        ScanTable table{QualifiedName{QString(), name}, {}, {}};
        QMap<int, QString> key;
        const Result<QList<QVariantList>> info
            = m_connection.rows(QStringLiteral(
                                    "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid"),
                                {name});
        if (!info.report(error))
            return false;
        for (const QVariantList &row : *info) {
            table.columns << row.value(0).toString();
            if (row.value(1).toInt() > 0)
                key.insert(row.value(1).toInt(), row.value(0).toString());
        }
        table.primaryKey = key.values();
        tables->append(table);
    }
    if (!virtualTables.isEmpty()) {
        *notScanned << tr("Virtual tables (full-text indexes and the like) were not searched "
                          "themselves, only the tables that store their content: %1.")
                           .arg(virtualTables.join(QLatin1String(", ")));
    }
    return true;
}

bool ErasureVerification::scan(const QStringList &markers,
                               const QList<HeldRows> &held,
                               QList<VerificationQuery> *queries,
                               QStringList *remainingAt,
                               QStringList *notScanned,
                               DbError *error)
{
    if (markers.isEmpty())
        return true;
    QList<ScanTable> tables;
    if (!readCatalog(&tables, notScanned, error))
        return false;
    for (const ScanTable &table : std::as_const(tables)) {
        const HeldRows *heldRows = nullptr;
        for (const HeldRows &h : held) {
            if (h.table == table.name)
                heldRows = &h;
        }
        if (!scanTable(table, markers, heldRows, queries, remainingAt, error))
            return false;
    }
    return true;
}

bool ErasureVerification::scanTable(const ScanTable &table,
                                    const QStringList &markers,
                                    const HeldRows *held,
                                    QList<VerificationQuery> *queries,
                                    QStringList *remainingAt,
                                    DbError *error)
{
    if (table.columns.isEmpty())
        return true;
    const Backend backend = m_connection.backend();

    // (col matches ? OR col matches ? ...) for one column and some markers.
    const auto columnMatch =
        [backend](const QString &column, const QStringList &values, QVariantList *bound) {
            QStringList parts;
            for (const QString &marker : values) {
                parts << ErasureSql::textMatch(quoteIdentifier(column),
                                               isSubstringMarker(marker),
                                               backend);
                bound->append(marker);
            }
            return QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
        };
    QString notHeld;
    QVariantList heldValues;
    if (held && !held->keys.isEmpty()) {
        TableInfo keyed;
        keyed.primaryKey = held->primaryKey;
        notHeld = QLatin1String("NOT ") + Sql::keyPredicate(keyed, held->keys, &heldValues);
    }

    const int firstQuery = int(queries->size());
    for (const QString &column : table.columns) {
        VerificationQuery q;
        q.table = table.name;
        q.column = column;
        q.valuesSearched = int(markers.size());
        queries->append(q);
    }
    for (int m = 0; m < markers.size(); m += markersPerQuery) {
        const QStringList chunk = markers.mid(m, markersPerQuery);
        const int columnsPerQuery = std::max<int>(1, valuesPerQuery / int(chunk.size()));
        for (int c = 0; c < table.columns.size(); c += columnsPerQuery) {
            const QStringList columns = table.columns.mid(c, columnsPerQuery);
            // One pass over the table counts the hits of several columns.
            QStringList sums;
            QVariantList values;
            for (const QString &column : columns) {
                sums << QLatin1String("sum(CASE WHEN ") + columnMatch(column, chunk, &values)
                            + QLatin1String(" THEN 1 ELSE 0 END)");
            }
            QString sql = QLatin1String("SELECT ") + sums.join(QLatin1String(", "))
                          + QLatin1String(" FROM ") + table.name.quoted();
            if (!notHeld.isEmpty()) {
                sql += QLatin1String(" WHERE ") + notHeld;
                values += heldValues;
            }
            const Result<QList<QVariantList>> sumsRow = m_connection.rows(sql, values);
            if (!sumsRow.report(error))
                return false;
            const QVariantList counts = sumsRow->value(0);
            for (int i = 0; i < columns.size(); ++i) {
                VerificationQuery &q = (*queries)[firstQuery + c + i];
                q.hits += counts.value(i).toLongLong();
                if (q.sql.isEmpty())
                    q.sql = sql;
            }
        }
    }

    // Where the values still are: table, column and row key (never the value itself).
    for (int i = firstQuery; i < queries->size(); ++i) {
        const VerificationQuery &q = queries->at(i);
        if (q.hits == 0)
            continue;
        const QString place = table.name.display() + QLatin1Char('.') + q.column;
        if (table.primaryKey.isEmpty()) {
            *remainingAt << tr("%1, %n row(s) of a table without primary key", nullptr, int(q.hits))
                                .arg(place);
            continue;
        }
        QVariantList values;
        QStringList keyColumns;
        for (const QString &k : table.primaryKey)
            keyColumns << quoteIdentifier(k);
        QString where = columnMatch(q.column, markers.mid(0, markersPerQuery), &values);
        if (!notHeld.isEmpty()) {
            where = Sql::joinAnd({where, notHeld});
            values += heldValues;
        }
        const Result<QList<QVariantList>> keys
            = m_connection.rows(QLatin1String("SELECT ") + keyColumns.join(QLatin1String(", "))
                                    + QLatin1String(" FROM ") + table.name.quoted()
                                    + QLatin1String(" WHERE ") + where + QLatin1String(" LIMIT 10"),
                                values);
        if (!keys.report(error))
            return false;
        TableInfo keyed;
        keyed.primaryKey = table.primaryKey;
        int listed = 0;
        for (const RowKey &key : *keys) {
            const QString json = rowKeyToJson(keyed, key);
            // A key that is itself the value (an email as primary key) is not repeated.
            *remainingAt << (containsMarker(json, markers)
                                 ? tr("%1, a row whose key holds the value").arg(place)
                                 : tr("%1, row %2").arg(place, json));
            ++listed;
        }
        if (q.hits > listed)
            *remainingAt << tr("%1, %n more row(s)", nullptr, int(q.hits - listed)).arg(place);
    }
    return true;
}

} // namespace Salvage
