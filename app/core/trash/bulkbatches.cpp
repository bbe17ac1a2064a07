#include "bulkbatches.h"

#include "db/sqldialect.h"
#include "operationsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Salvage {

namespace {

using OperationSupport::guardFor;
using OperationSupport::keyColumns;

const char auditInsert[] = "INSERT INTO salvage_audit (operation_id, actor, action, table_name, "
                           "row_key, reason, details, db_user, os_user) ";

// The batch's key columns are renamed so that no name of the table can clash with them.
QString batchColumn(int index)
{
    return QStringLiteral("salvage_k%1").arg(index);
}

QString batchColumns(const TableInfo &table, const QString &alias = QString())
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList columns;
    for (int i = 0; i < table.primaryKey.size(); ++i)
        columns << prefix + batchColumn(i);
    return columns.join(QLatin1String(", "));
}

// "a, b" / "a DESC, b DESC": the keyset order.
QString keyOrder(const QStringList &columns, bool descending)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << (descending ? c + QLatin1String(" DESC") : c);
    return parts.join(QLatin1String(", "));
}

QStringList quotedKey(const TableInfo &table)
{
    QStringList columns;
    for (const QString &c : table.primaryKey)
        columns << quoteIdentifier(c);
    return columns;
}

QStringList batchKey(const TableInfo &table, const QString &alias = QString())
{
    QStringList columns;
    for (int i = 0; i < table.primaryKey.size(); ++i)
        columns << (alias.isEmpty() ? QString() : alias + QLatin1Char('.')) + batchColumn(i);
    return columns;
}

// Rows after `last` in key order: a row-value comparison, which both backends support and
// which an index on the primary key answers directly.
QString afterKey(const TableInfo &table, const RowKey &last, QVariantList *values)
{
    QStringList marks;
    for (const QVariant &v : last) {
        marks << QStringLiteral("?");
        values->append(v);
    }
    if (marks.size() == 1)
        return quoteIdentifier(table.primaryKey.first()) + QLatin1String(" > ?");
    return QLatin1Char('(') + keyColumns(table) + QLatin1String(") > (")
           + marks.join(QLatin1String(", ")) + QLatin1Char(')');
}

// rowKeyToJson() writes a QJsonObject, whose keys come out sorted: the audit rows written
// here must have the same text, so the SQL builds the keys in that order.
QList<int> jsonKeyOrder(const TableInfo &table)
{
    QJsonObject object;
    for (int i = 0; i < table.primaryKey.size(); ++i)
        object.insert(table.primaryKey.at(i), i);
    QList<int> order;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        order << it.value().toInt();
    return order;
}

QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// PostgreSQL's json functions put spaces after colons, so the text is assembled from the
// quoted names (bound) and to_json() of each value.
QString pgRowKeyJson(const TableInfo &table, QVariantList *values)
{
    QStringList parts;
    bool first = true;
    for (int index : jsonKeyOrder(table)) {
        const QString name = table.primaryKey.at(index);
        parts << QStringLiteral("CAST(? AS text)");
        values->append(QLatin1String(first ? "{" : ",") + jsonString(name) + QLatin1Char(':'));
        first = false;
        const ColumnInfo *column = table.column(name);
        const ColumnInfo::Kind kind = column ? column->kind : ColumnInfo::Kind::Other;
        const bool jsonNative = kind == ColumnInfo::Kind::Integer || kind == ColumnInfo::Kind::Real
                                || kind == ColumnInfo::Kind::Boolean
                                || kind == ColumnInfo::Kind::Text;
        const QString value = QLatin1String("c.") + batchColumn(index);
        parts << (jsonNative
                      ? QLatin1String("to_json(") + value + QLatin1String(")::text")
                      : QLatin1String("to_json(CAST(") + value + QLatin1String(" AS text))::text"));
    }
    parts << QStringLiteral("CAST(? AS text)");
    values->append(QStringLiteral("}"));
    return parts.join(QLatin1String(" || "));
}

QString sqliteRowKeyJson(const TableInfo &table, QVariantList *values)
{
    QStringList parts;
    for (int index : jsonKeyOrder(table)) {
        parts << QStringLiteral("?") << batchColumn(index);
        values->append(table.primaryKey.at(index));
    }
    return QLatin1String("json_object(") + parts.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString changeSql(const Plan &plan, Backend backend, const QString &tableSql, QVariantList *values)
{
    if (plan.operation == Operation::Purge)
        return QLatin1String("DELETE FROM ") + tableSql;
    return QLatin1String("UPDATE ") + tableSql + QLatin1String(" SET ")
           + (plan.operation == Operation::Trash
                  ? Sql::trashAssignments(*plan.table, backend, plan.actorValue, plan.reason,
                                          values)
                  : Sql::restoreAssignments(*plan.table, backend));
}

// One batch on PostgreSQL is one statement: data-modifying CTEs take the next keys, change
// those rows and write their audit rows, and the result reports the three counts and the
// batch's last key. The UPDATE / DELETE locks the rows itself; under REPEATABLE READ a row
// another session changed since the snapshot fails the statement (SQLSTATE 40001), and a
// row a policy hides from the change makes `changed` smaller than `batch`. (FOR UPDATE in
// `batch` would add nothing but keep PostgreSQL from using a top-N sort for the LIMIT.)
class PgBatches : public Batches
{
public:
    PgBatches(Connection &connection, const Plan &plan)
        : m_plan(plan)
        , m_first(connection.database())
        , m_next(connection.database())
    {
        m_first.setForwardOnly(true);
        m_next.setForwardOnly(true);
    }

    bool prepare(DbError *error) override
    {
        return prepareOne(m_first, false, error) && prepareOne(m_next, true, error);
    }

    qint64 next(qint64 done, DbError *error) override
    {
        QVariantList values = m_plan.whereValues;
        if (!m_last.isEmpty())
            afterKey(*m_plan.table, m_last, &values);
        values << m_plan.batchRows << m_changeValues << m_auditValues;
        QSqlQuery &query = m_last.isEmpty() ? m_first : m_next;
        if (!execQuery(query, values, Backend::PostgreSQL, error))
            return -1;
        if (!query.next()) {
            query.finish();
            return 0;
        }
        const qint64 batch = query.value(0).toLongLong();
        const qint64 changed = query.value(1).toLongLong();
        const qint64 audited = query.value(2).toLongLong();
        RowKey last;
        for (int i = 0; i < m_plan.table->primaryKey.size(); ++i)
            last << query.value(3 + i);
        query.finish();
        if (changed != batch || audited != batch) {
            *error = OperationSupport::rowCountMismatch(done + std::min(changed, audited),
                                                        done + batch);
            return -1;
        }
        m_last = last;
        return batch;
    }

    bool finish(DbError *) override { return true; }

private:
    bool prepareOne(QSqlQuery &query, bool after, DbError *error)
    {
        const TableInfo &table = *m_plan.table;
        const QString tableSql = table.name.quoted();
        QStringList select;
        const QStringList key = quotedKey(table);
        for (int i = 0; i < key.size(); ++i)
            select << key.at(i) + QLatin1String(" AS ") + batchColumn(i);
        QVariantList ignored;
        QString where = m_plan.where;
        if (after)
            where = Sql::joinAnd({where, afterKey(table, RowKey(key.size()), &ignored)});
        QStringList join;
        for (int i = 0; i < key.size(); ++i)
            join << QLatin1String("t.") + key.at(i) + QLatin1String(" = b.") + batchColumn(i);
        m_changeValues.clear();
        QString change = changeSql(m_plan,
                                   Backend::PostgreSQL,
                                   tableSql + QLatin1String(" AS t"),
                                   &m_changeValues);
        change += m_plan.operation == Operation::Purge ? QLatin1String(" USING batch b WHERE ")
                                                       : QLatin1String(" FROM batch b WHERE ");
        change += Sql::joinAnd({join.join(QLatin1String(" AND ")),
                                guardFor(m_plan.operation, table, Backend::PostgreSQL)});
        QStringList returning;
        for (int i = 0; i < key.size(); ++i)
            returning << QLatin1String("t.") + key.at(i) + QLatin1String(" AS ") + batchColumn(i);
        m_auditValues = m_plan.auditValues;
        const QString rowKey = pgRowKeyJson(table, &m_auditValues);
        m_auditValues << m_plan.auditTail;

        const QString sql
            = QLatin1String("WITH batch AS (SELECT ") + select.join(QLatin1String(", "))
              + QLatin1String(" FROM ") + tableSql + QLatin1String(" WHERE ") + where
              + QLatin1String(" ORDER BY ") + keyOrder(key, false)
              + QLatin1String(" LIMIT ?), changed AS (") + change + QLatin1String(" RETURNING ")
              + returning.join(QLatin1String(", ")) + QLatin1String("), audited AS (")
              + QLatin1String(auditInsert)
              + QLatin1String("SELECT CAST(? AS text), CAST(? AS text), CAST(? AS text), "
                              "CAST(? AS text), ")
              + rowKey
              + QLatin1String(", CAST(? AS text), CAST(? AS text), CAST(? AS text), "
                              "CAST(? AS text) FROM changed c")
              + QLatin1String(" RETURNING 1) SELECT (SELECT count(*) FROM batch), "
                              "(SELECT count(*) FROM changed), (SELECT count(*) FROM audited), ")
              + batchColumns(table, QStringLiteral("b")) + QLatin1String(" FROM batch b ORDER BY ")
              + keyOrder(batchKey(table, QStringLiteral("b")), true) + QLatin1String(" LIMIT 1");
        if (query.prepare(sql))
            return true;
        *error = DbError::fromSql(query.lastError(), Backend::PostgreSQL);
        return false;
    }

    const Plan &m_plan;
    QSqlQuery m_first;
    QSqlQuery m_next;
    QVariantList m_changeValues;
    QVariantList m_auditValues;
    RowKey m_last;
};

// SQLite has no data-modifying CTEs: the batch's keys go to a temporary table, and the
// change and the audit are set-based statements over it, each count checked.
class SqliteBatches : public Batches
{
public:
    SqliteBatches(Connection &connection, const Plan &plan)
        : m_connection(connection)
        , m_plan(plan)
        , m_first(connection.database())
        , m_next(connection.database())
        , m_lastKey(connection.database())
        , m_change(connection.database())
        , m_audit(connection.database())
    {
        for (QSqlQuery *query : {&m_first, &m_next, &m_lastKey, &m_change, &m_audit})
            query->setForwardOnly(true);
    }

    bool prepare(DbError *error) override
    {
        const TableInfo &table = *m_plan.table;
        const QString tableSql = table.name.quoted();
        const QStringList key = quotedKey(table);
        const QString keyList = key.join(QLatin1String(", "));
        const QString batchList = batchColumns(table);
        if (!m_connection.exec(QStringLiteral("DROP TABLE IF EXISTS temp.salvage_bulk_keys"),
                               {},
                               error)
            || !m_connection.exec(QLatin1String("CREATE TEMP TABLE salvage_bulk_keys (") + batchList
                                      + QLatin1Char(')'),
                                  {},
                                  error))
            return false;
        const QString inBatch = (key.size() == 1 ? keyList
                                                 : QLatin1Char('(') + keyList + QLatin1Char(')'))
                                + QLatin1String(" IN (SELECT ") + batchList
                                + QLatin1String(" FROM temp.salvage_bulk_keys)");
        QVariantList ignored;
        const auto fill = [&](bool after) {
            const QString where = after ? Sql::joinAnd(
                                      {m_plan.where, afterKey(table, RowKey(key.size()), &ignored)})
                                        : m_plan.where;
            return QLatin1String("INSERT INTO temp.salvage_bulk_keys (") + batchList
                   + QLatin1String(") SELECT ") + keyList + QLatin1String(" FROM ") + tableSql
                   + QLatin1String(" WHERE ") + where + QLatin1String(" ORDER BY ")
                   + keyOrder(key, false) + QLatin1String(" LIMIT ?");
        };
        // The last key in the table's own order (its collation), read before a purge.
        const QString last = QLatin1String("SELECT ") + keyList + QLatin1String(" FROM ") + tableSql
                             + QLatin1String(" WHERE ") + inBatch + QLatin1String(" ORDER BY ")
                             + keyOrder(key, true) + QLatin1String(" LIMIT 1");
        QString change = changeSql(m_plan, Backend::SQLite, tableSql, &m_changeValues);
        change += QLatin1String(" WHERE ")
                  + Sql::joinAnd({inBatch, guardFor(m_plan.operation, table, Backend::SQLite)});
        m_auditValues = m_plan.auditValues;
        const QString rowKey = sqliteRowKeyJson(table, &m_auditValues);
        m_auditValues << m_plan.auditTail;
        const QString audit = QLatin1String(auditInsert) + QLatin1String("SELECT ?, ?, ?, ?, ")
                              + rowKey
                              + QLatin1String(
                                  ", ?, ?, ?, ? FROM temp.salvage_bulk_keys ORDER BY rowid");
        const QList<std::pair<QSqlQuery *, QString>> statements = {{&m_first, fill(false)},
                                                                   {&m_next, fill(true)},
                                                                   {&m_lastKey, last},
                                                                   {&m_change, change},
                                                                   {&m_audit, audit}};
        for (const auto &[query, sql] : statements) {
            if (!query->prepare(sql)) {
                *error = DbError::fromSql(query->lastError(), Backend::SQLite);
                return false;
            }
        }
        return true;
    }

    qint64 next(qint64 done, DbError *error) override
    {
        if (!m_connection.exec(QStringLiteral("DELETE FROM temp.salvage_bulk_keys"), {}, error))
            return -1;
        QVariantList values = m_plan.whereValues;
        if (!m_last.isEmpty())
            afterKey(*m_plan.table, m_last, &values);
        values << m_plan.batchRows;
        QSqlQuery &fill = m_last.isEmpty() ? m_first : m_next;
        if (!execQuery(fill, values, Backend::SQLite, error))
            return -1;
        const qint64 batch = fill.numRowsAffected();
        if (batch <= 0)
            return 0;
        if (!execQuery(m_lastKey, {}, Backend::SQLite, error))
            return -1;
        RowKey last;
        if (m_lastKey.next()) {
            for (int i = 0; i < m_plan.table->primaryKey.size(); ++i)
                last << m_lastKey.value(i);
        }
        m_lastKey.finish();
        if (last.isEmpty()) {
            *error = OperationSupport::rowCountMismatch(done, done + batch);
            return -1;
        }
        for (QSqlQuery *query : {&m_change, &m_audit}) {
            if (!execQuery(*query,
                           query == &m_change ? m_changeValues : m_auditValues,
                           Backend::SQLite,
                           error))
                return -1;
            const qint64 affected = query->numRowsAffected();
            if (affected != batch) {
                *error = OperationSupport::rowCountMismatch(done + affected, done + batch);
                return -1;
            }
        }
        m_last = last;
        return batch;
    }

    bool finish(DbError *error) override
    {
        for (QSqlQuery *query : {&m_first, &m_next, &m_lastKey, &m_change, &m_audit})
            query->finish();
        return m_connection.exec(QStringLiteral("DROP TABLE temp.salvage_bulk_keys"), {}, error);
    }

private:
    Connection &m_connection;
    const Plan &m_plan;
    QSqlQuery m_first;
    QSqlQuery m_next;
    QSqlQuery m_lastKey;
    QSqlQuery m_change;
    QSqlQuery m_audit;
    QVariantList m_changeValues;
    QVariantList m_auditValues;
    RowKey m_last;
};

} // namespace

bool execQuery(QSqlQuery &query, const QVariantList &values, Backend backend, DbError *error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    *error = DbError::fromSql(query.lastError(), backend);
    return false;
}

std::unique_ptr<Batches> makeBatches(Connection &connection, const Plan &plan)
{
    if (connection.backend() == Backend::PostgreSQL)
        return std::make_unique<PgBatches>(connection, plan);
    return std::make_unique<SqliteBatches>(connection, plan);
}

} // namespace Salvage
