#include "erasureverification.h"

#include "db/sqldialect.h"
#include "erasuresql.h"
#include "schema/schemainspector.h"

#include <QHash>

namespace Salvage {

namespace {

// Every column of every table, view-like relations that store rows included (a materialized
// view keeps its own copy of the values), with the types of the column and of an array's
// elements and whether this user may read it.
const char pgColumns[] = R"(
SELECT n.nspname, c.relname, a.attname,
       CASE WHEN t.typtype = 'd' THEN bt.typcategory ELSE t.typcategory END,
       CASE WHEN t.typtype = 'd' THEN bt.typname ELSE t.typname END,
       et.typcategory,
       has_schema_privilege(n.oid, 'USAGE')
           AND has_column_privilege(c.oid, a.attnum, 'SELECT'),
       et.typname
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

const QString redactedText = QStringLiteral("[redacted]");

// Type categories that cannot hold text: numbers, booleans, dates, times, geometry, network
// addresses, bit strings, enums (their labels are the schema's), ranges, pseudo types.
bool cannotHoldText(const QString &category)
{
    static const QStringList none = {QStringLiteral("N"),
                                     QStringLiteral("B"),
                                     QStringLiteral("D"),
                                     QStringLiteral("T"),
                                     QStringLiteral("G"),
                                     QStringLiteral("I"),
                                     QStringLiteral("V"),
                                     QStringLiteral("E"),
                                     QStringLiteral("R"),
                                     QStringLiteral("P"),
                                     QStringLiteral("X"),
                                     QStringLiteral("Z")};
    return category.isEmpty() || none.contains(category);
}

enum class PgKind { Skip, Text, TextForm, Binary, Unsearchable };

PgKind pgKind(const QString &category,
              const QString &type,
              const QString &elementCategory,
              const QString &elementType)
{
    if (type == QLatin1String("bytea"))
        return PgKind::Binary;
    if (category == QLatin1String("S") || type == QLatin1String("json")
        || type == QLatin1String("jsonb") || type == QLatin1String("xml"))
        return PgKind::Text;
    if (category == QLatin1String("A")) {
        if (elementType == QLatin1String("bytea"))
            return PgKind::Unsearchable;
        return cannotHoldText(elementCategory) ? PgKind::Skip : PgKind::TextForm;
    }
    // uuid, composite and user-defined types (tsvector, hstore, ...): their text form.
    return cannotHoldText(category) ? PgKind::Skip : PgKind::TextForm;
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

bool ErasureVerification::readPgCatalog(QList<ScanTable> *tables,
                                        QList<UnsearchedColumn> *unsearched,
                                        DbError *error)
{
    QHash<QualifiedName, int> index;
    QHash<QualifiedName, QStringList> unreadable;
    const Result<QList<QVariantList>> columns = m_connection.rows(QString::fromLatin1(pgColumns));
    if (!columns.report(error))
        return false;
    for (const QVariantList &row : *columns) {
        const QualifiedName name{row.value(0).toString(), row.value(1).toString()};
        const QString column = row.value(2).toString();
        const PgKind kind = pgKind(row.value(3).toString(),
                                   row.value(4).toString(),
                                   row.value(5).toString(),
                                   row.value(7).toString());
        if (!index.contains(name)) {
            index.insert(name, int(tables->size()));
            tables->append(ScanTable{name, {}, {}});
        }
        if (!row.value(6).toBool()) {
            unreadable[name] << column;
            if (kind != PgKind::Skip)
                unsearched->append({name, column, tr("no SELECT permission")});
            continue;
        }
        if (kind == PgKind::Unsearchable) {
            unsearched->append({name, column, tr("arrays of bytea are not searched")});
            continue;
        }
        if (kind == PgKind::Skip)
            continue;
        ScanColumn scan;
        scan.name = column;
        scan.binary = kind == PgKind::Binary;
        scan.redactable = kind == PgKind::Text;
        (*tables)[index.value(name)].columns << scan;
    }
    QHash<QualifiedName, QStringList> primaryKeys;
    if (!SchemaInspector(m_connection).readPgPrimaryKeys(&primaryKeys, error))
        return false;
    for (ScanTable &table : *tables) {
        table.primaryKey = primaryKeys.value(table.name);
        // A key this user may not read cannot name rows: they are counted instead.
        const QStringList hidden = unreadable.value(table.name);
        if (std::any_of(table.primaryKey.cbegin(),
                        table.primaryKey.cend(),
                        [&hidden](const QString &k) { return hidden.contains(k); }))
            table.primaryKey.clear();
    }
    return true;
}

bool ErasureVerification::readCatalog(QList<ScanTable> *tables,
                                      QList<UnsearchedColumn> *unsearched,
                                      QStringList *notScanned,
                                      DbError *error)
{
    if (m_connection.backend() == Backend::PostgreSQL)
        return readPgCatalog(tables, unsearched, error);
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
        // Any SQLite column can hold text or bytes, whatever its declared type: search them all.
        ScanTable table{QualifiedName{QString(), name}, {}, {}};
        QMap<int, QString> key;
        const Result<QList<QVariantList>> info
            = m_connection.rows(QStringLiteral(
                                    "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid"),
                                {name});
        if (!info.report(error))
            return false;
        for (const QVariantList &row : *info) {
            ScanColumn column;
            column.name = row.value(0).toString();
            column.redactable = true; // a text value; a blob one is found by typeof()
            table.columns << column;
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

QString ErasureVerification::columnMatch(const ScanColumn &column,
                                         const QStringList &markers,
                                         QVariantList *bound) const
{
    const Backend backend = m_connection.backend();
    const QString quoted = quoteIdentifier(column.name);
    QStringList parts;
    for (const QString &marker : markers) {
        const bool contains = isSubstringMarker(marker);
        if (column.binary) {
            // The UTF-8 bytes of the value, as they are (bytes have no case).
            parts << (contains ? QLatin1String("position(convert_to(?, 'UTF8') in ") + quoted
                                     + QLatin1String(") > 0")
                               : quoted + QLatin1String(" = convert_to(?, 'UTF8')"));
            bound->append(marker);
            continue;
        }
        const QString text = ErasureSql::textMatch(quoted, contains, backend);
        if (backend == Backend::SQLite) {
            // A blob is searched for the value's bytes; lower() and CAST would stop at a NUL.
            parts << QLatin1String("(CASE WHEN typeof(") + quoted
                         + QLatin1String(") = 'blob' THEN ")
                         + (contains ? QLatin1String("instr(") + quoted
                                           + QLatin1String(", CAST(? AS BLOB)) > 0")
                                     : quoted + QLatin1String(" = CAST(? AS BLOB)"))
                         + QLatin1String(" ELSE ") + text + QLatin1String(" END)");
            bound->append(marker);
        } else {
            parts << text;
        }
        bound->append(marker);
    }
    return QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

bool ErasureVerification::scan(const QStringList &markers,
                               const QList<HeldRows> &leftOut,
                               int listLimit,
                               QList<VerificationQuery> *queries,
                               QList<FoundCopy> *found,
                               QList<UnsearchedColumn> *unsearched,
                               QStringList *notScanned,
                               DbError *error)
{
    if (markers.isEmpty())
        return true;
    QList<ScanTable> tables;
    if (!readCatalog(&tables, unsearched, notScanned, error))
        return false;
    int listLeft = listLimit;
    for (const ScanTable &table : std::as_const(tables)) {
        const HeldRows *rows = nullptr;
        for (const HeldRows &h : leftOut) {
            if (h.table == table.name)
                rows = &h;
        }
        if (!scanTable(table, markers, rows, &listLeft, queries, found, error))
            return false;
    }
    return true;
}

bool ErasureVerification::scanTable(const ScanTable &table,
                                    const QStringList &markers,
                                    const HeldRows *leftOut,
                                    int *listLeft,
                                    QList<VerificationQuery> *queries,
                                    QList<FoundCopy> *found,
                                    DbError *error)
{
    if (table.columns.isEmpty())
        return true;
    const bool sqlite = m_connection.backend() == Backend::SQLite;
    QString notLeftOut;
    QVariantList leftOutValues;
    if (leftOut && !leftOut->keys.isEmpty()) {
        TableInfo keyed;
        keyed.primaryKey = leftOut->primaryKey;
        notLeftOut = QLatin1String("NOT ")
                     + Sql::keyPredicate(keyed, leftOut->keys, &leftOutValues);
    }

    const int firstQuery = int(queries->size());
    for (const ScanColumn &column : table.columns) {
        VerificationQuery q;
        q.table = table.name;
        q.column = column.name;
        q.valuesSearched = int(markers.size());
        queries->append(q);
    }
    const int valuesPerMarker = sqlite ? 2 : 1;
    for (int m = 0; m < markers.size(); m += markersPerQuery) {
        const QStringList chunk = markers.mid(m, markersPerQuery);
        const int columnsPerQuery
            = std::max<int>(1, valuesPerQuery / int(chunk.size() * valuesPerMarker));
        for (int c = 0; c < table.columns.size(); c += columnsPerQuery) {
            const QList<ScanColumn> columns = table.columns.mid(c, columnsPerQuery);
            // One pass over the table counts the hits of several columns.
            QStringList sums;
            QVariantList values;
            for (const ScanColumn &column : columns) {
                sums << QLatin1String("sum(CASE WHEN ") + columnMatch(column, chunk, &values)
                            + QLatin1String(" THEN 1 ELSE 0 END)");
            }
            QString sql = QLatin1String("SELECT ") + sums.join(QLatin1String(", "))
                          + QLatin1String(" FROM ") + table.name.quoted();
            if (!notLeftOut.isEmpty()) {
                sql += QLatin1String(" WHERE ") + notLeftOut;
                values += leftOutValues;
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
    TableInfo keyed;
    keyed.primaryKey = table.primaryKey;
    for (int i = 0; i < table.columns.size(); ++i) {
        const ScanColumn &column = table.columns.at(i);
        const qint64 hits = queries->at(firstQuery + i).hits;
        if (hits == 0)
            continue;
        FoundCopy counted{table.name, column.name, table.primaryKey, {}, {}, hits, false, false};
        if (table.primaryKey.isEmpty() || *listLeft <= 0) {
            found->append(counted);
            continue;
        }
        QVariantList values;
        QStringList select;
        for (const QString &k : table.primaryKey)
            select << quoteIdentifier(k);
        if (sqlite)
            select << QLatin1String("typeof(") + quoteIdentifier(column.name) + QLatin1Char(')');
        QString where = columnMatch(column, markers.mid(0, markersPerQuery), &values);
        if (!notLeftOut.isEmpty()) {
            where = Sql::joinAnd({where, notLeftOut});
            values += leftOutValues;
        }
        const Result<QList<QVariantList>> keys
            = m_connection.rows(QLatin1String("SELECT ") + select.join(QLatin1String(", "))
                                    + QLatin1String(" FROM ") + table.name.quoted()
                                    + QLatin1String(" WHERE ") + where + QLatin1String(" LIMIT ")
                                    + QString::number(*listLeft),
                                values);
        if (!keys.report(error))
            return false;
        const bool keyColumn = table.primaryKey.contains(column.name);
        qint64 listed = 0;
        for (const QVariantList &cells : *keys) {
            FoundCopy copy = counted;
            copy.rows = 1;
            copy.key = cells.mid(0, table.primaryKey.size());
            const QString json = rowKeyToJson(keyed, copy.key);
            // A key that is itself the value (an email as primary key) is not repeated.
            if (!containsMarker(json, markers))
                copy.keyText = json;
            const bool blob = sqlite
                              && cells.value(table.primaryKey.size()).toString()
                                     == QLatin1String("blob");
            copy.redactable = column.redactable && !blob && !keyColumn;
            found->append(copy);
            ++listed;
            --*listLeft;
        }
        if (hits > listed) {
            counted.rows = hits - listed;
            found->append(counted);
        }
    }
    return true;
}

QString ErasureVerification::describe(const FoundCopy &copy)
{
    const QString place = copy.table.display() + QLatin1Char('.') + copy.column;
    if (copy.key.isEmpty() && copy.primaryKey.isEmpty())
        return tr("%1, %n row(s) of a table without primary key", nullptr, int(copy.rows)).arg(place);
    if (copy.key.isEmpty())
        return tr("%1, %n more row(s)", nullptr, int(copy.rows)).arg(place);
    if (copy.keyText.isEmpty())
        return tr("%1, a row whose key holds the value").arg(place);
    return tr("%1, row %2").arg(place, copy.keyText);
}

QStringList ErasureVerification::describe(const QList<FoundCopy> &found)
{
    QStringList places;
    for (const FoundCopy &copy : found)
        places << describe(copy);
    return places;
}

QString ErasureVerification::unsearchedText(const QList<UnsearchedColumn> &unsearched)
{
    QStringList parts;
    for (const UnsearchedColumn &u : unsearched) {
        const QString place = u.column.isEmpty() ? u.table.display()
                                                 : u.table.display() + QLatin1Char('.') + u.column;
        parts << tr("%1 (%2)").arg(place, u.why);
    }
    return parts.join(QLatin1String(", "));
}

QString ErasureVerification::redacted(const QString &text, const QStringList &markers)
{
    QString out = text;
    for (const QString &marker : markers) {
        if (marker.isEmpty())
            continue;
        if (isSubstringMarker(marker))
            out.replace(marker, redactedText, Qt::CaseInsensitive);
        else if (out.compare(marker, Qt::CaseInsensitive) == 0)
            out = redactedText;
    }
    return out;
}

} // namespace Salvage
