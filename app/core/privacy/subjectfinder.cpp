#include "subjectfinder.h"

#include "db/sqldialect.h"
#include "erasuresql.h"

#include <QHash>
#include <QSet>

namespace Salvage {

namespace {

// Parent rows per statement when following a foreign key: keeps bound values well below both
// backends' parameter limits.
constexpr int parentsPerQuery = 200;

QString rowIdentity(const QualifiedName &table, const QVariantList &identity)
{
    return table.display() + QChar(0x1f) + rowKeyIdentity(identity);
}

// Rows of a table without a primary key are told apart by all their values.
QVariantList identityOf(const TableInfo &table, const QVariantMap &values)
{
    if (!table.primaryKey.isEmpty())
        return ErasureSql::valuesOf(values, table.primaryKey);
    QVariantList all;
    for (const ColumnInfo &column : table.columns)
        all << values.value(column.name);
    return all;
}

// SELECT <every column>, <trashed flag> [, <one match flag per extra column>] FROM table
QString selectRows(const TableInfo &table, Backend backend, const QStringList &extra)
{
    QString sql = QLatin1String("SELECT ") + ErasureSql::selectList(table)
                  + QLatin1String(", CASE WHEN ")
                  + Sql::scopePredicate(table, Scope::Trash, backend)
                  + QLatin1String(" THEN 1 ELSE 0 END");
    for (const QString &flag : extra)
        sql += QLatin1String(", CASE WHEN ") + flag + QLatin1String(" THEN 1 ELSE 0 END");
    return sql + QLatin1String(" FROM ") + table.name.quoted();
}

} // namespace

SubjectFinder::SubjectFinder(Connection &connection, const QList<TableInfo> &tables)
    : m_connection(connection)
    , m_tables(tables)
{}

QList<SubjectRow> SubjectFinder::find(const SubjectSearch &search,
                                      DbError *error,
                                      const Progress &progress)
{
    QList<SubjectRow> rows;
    QSet<QString> seen;
    DbError failure;
    const Backend backend = m_connection.backend();

    const auto fail = [&](const DbError &why) {
        failure = why;
        m_connection.noteError(failure);
        if (error)
            *error = failure;
        return QList<SubjectRow>();
    };
    const auto cancelled = [&]() {
        DbError why;
        why.kind = DbError::Cancelled;
        why.message = tr("The search was cancelled. Nothing was changed.");
        return why;
    };
    // Runs `sql`; adds each row not seen before and returns the new rows' indexes.
    const auto collect = [&](const TableInfo &table,
                             const QString &sql,
                             const QVariantList &values,
                             const QStringList &flagColumns,
                             const std::function<QList<QualifiedName>(const QVariantMap &)> &pathOf,
                             QList<int> *added) {
        const int n = int(table.columns.size());
        const auto take = [&](QVariantList &&cells) {
            SubjectRow row;
            row.table = table.name;
            for (int i = 0; i < n; ++i)
                row.values.insert(table.columns.at(i).name, cells.value(i));
            row.trashed = cells.value(n).toInt() != 0;
            for (int i = 0; i < flagColumns.size(); ++i) {
                if (cells.value(n + 1 + i).toInt() != 0)
                    row.matchedColumns << flagColumns.at(i);
            }
            const QVariantList identity = identityOf(table, row.values);
            const QString id = rowIdentity(table.name, identity);
            if (seen.contains(id))
                return true;
            seen.insert(id);
            if (!table.primaryKey.isEmpty())
                row.key = identity;
            row.path = pathOf(row.values);
            added->append(int(rows.size()));
            rows << row;
            return true;
        };
        // Only complete results count: a search cut short would miss rows of the subject.
        const Result<Done> read = m_connection.forEachRow(sql, values, take);
        if (!read)
            failure = read.error();
        return read.ok();
    };

    if (!m_connection.isOpen()) {
        DbError why;
        why.kind = DbError::ConnectionLost;
        why.message = tr("Not connected to the database.");
        return fail(why);
    }

    // 1. Direct matches: the row asked for, or every text column equal to (containing) the
    //    value, in every table but Salvage's own.
    QList<const TableInfo *> searched;
    if (search.table.isValid()) {
        const TableInfo *table = ErasureSql::findTable(m_tables, search.table);
        if (!table)
            return fail(DbError::refused(tr("There is no table %1.").arg(search.table.display())));
        if (table->primaryKey.isEmpty() || search.key.size() != table->primaryKey.size()) {
            return fail(DbError::refused(
                tr("A row of %1 can only be named by its primary key (%2).")
                    .arg(table->name.display(), table->primaryKey.join(QLatin1String(", ")))));
        }
        searched << table;
    } else {
        if (search.value.trimmed().isEmpty())
            return fail(DbError::refused(tr("Give a value to search for.")));
        for (const TableInfo &table : m_tables) {
            if (!ErasureSql::isSalvageTable(table.name) && !table.textColumns().isEmpty())
                searched << &table;
        }
    }
    QList<int> frontier;
    const QString value = search.value.trimmed();
    for (int t = 0; t < searched.size(); ++t) {
        if (progress && !progress(t, int(searched.size())))
            return fail(cancelled());
        const TableInfo &table = *searched.at(t);
        const auto direct = [&table](const QVariantMap &) {
            return QList<QualifiedName>{table.name};
        };
        QVariantList values;
        QString sql;
        QStringList flagColumns;
        if (search.table.isValid()) {
            sql = selectRows(table, backend, {}) + QLatin1String(" WHERE ")
                  + Sql::keyPredicate(table, {search.key}, &values);
        } else {
            QStringList flags;
            flagColumns = table.textColumns();
            for (const QString &column : std::as_const(flagColumns)) {
                flags << ErasureSql::textMatch(quoteIdentifier(column), search.contains, backend);
                values << value;
            }
            sql = selectRows(table, backend, flags) + QLatin1String(" WHERE ")
                  + flags.join(QLatin1String(" OR "));
            for (int i = 0; i < flagColumns.size(); ++i)
                values << value;
        }
        if (!collect(table, sql, values, flagColumns, direct, &frontier))
            return fail(failure);
    }
    if (search.table.isValid() && rows.isEmpty()) {
        return fail(DbError::refused(
            tr("There is no row %1 in %2.")
                .arg(rowKeyToText(*searched.first(), search.key), search.table.display())));
    }

    // 2. Every row that refers to a found row, level by level (breadth first, so each row's
    //    path is a shortest one). Each row is taken once, so cycles and self-references end.
    while (!frontier.isEmpty()) {
        if (progress && !progress(int(searched.size()), int(searched.size())))
            return fail(cancelled());
        QList<QualifiedName> order;
        QHash<QualifiedName, QList<int>> byTable;
        for (int index : std::as_const(frontier)) {
            if (!byTable.contains(rows.at(index).table))
                order << rows.at(index).table;
            byTable[rows.at(index).table] << index;
        }
        QList<int> next;
        for (const QualifiedName &name : std::as_const(order)) {
            const TableInfo *parent = ErasureSql::findTable(m_tables, name);
            if (!parent)
                continue;
            for (const ForeignKey &fk : parent->referencedBy) {
                const TableInfo *child = ErasureSql::findTable(m_tables, fk.fromTable);
                if (!child || ErasureSql::isSalvageTable(child->name))
                    continue;
                // deleted_by -> users.id names who moved a row to the trash: those rows are
                // someone else's data that the subject acted on, not the subject's.
                const ForeignKey *actor = child->actorForeignKey();
                if (actor && actor->fromColumns == fk.fromColumns && actor->toTable == name)
                    continue;
                QHash<QString, QList<QualifiedName>> pathByValues;
                QList<QVariantList> tuples;
                for (int index : byTable.value(name)) {
                    const QVariantList values = ErasureSql::valuesOf(rows.at(index).values,
                                                                     fk.toColumns);
                    if (ErasureSql::hasNull(values))
                        continue;
                    const QString id = rowKeyIdentity(values);
                    if (pathByValues.contains(id))
                        continue;
                    QList<QualifiedName> path = rows.at(index).path;
                    path << child->name;
                    pathByValues.insert(id, path);
                    tuples << values;
                }
                const QList<QualifiedName> fallback = rows.at(byTable.value(name).first()).path
                                                      + QList<QualifiedName>{child->name};
                const auto pathOf = [&](const QVariantMap &values) {
                    const QString id = rowKeyIdentity(ErasureSql::valuesOf(values, fk.fromColumns));
                    return pathByValues.value(id, fallback);
                };
                for (int start = 0; start < tuples.size(); start += parentsPerQuery) {
                    QVariantList values;
                    const QString sql = selectRows(*child, backend, {}) + QLatin1String(" WHERE ")
                                        + ErasureSql::tuplesPredicate(fk.fromColumns,
                                                                      tuples.mid(start,
                                                                                 parentsPerQuery),
                                                                      &values);
                    if (!collect(*child, sql, values, {}, pathOf, &next))
                        return fail(failure);
                }
            }
        }
        frontier = next;
    }
    if (progress)
        progress(int(searched.size()), int(searched.size()));
    if (error)
        *error = DbError();
    return rows;
}

} // namespace Salvage
