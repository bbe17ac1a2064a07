#include "bulkbatches.h"

#include "db/rowreader.h"
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

// The key columns are renamed in our own queries so that no name of the table can clash.
QString batchColumn(int index)
{
    return QStringLiteral("salvage_k%1").arg(index);
}

QStringList quotedKey(const TableInfo &table, const QString &alias = QString())
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList columns;
    for (const QString &c : table.primaryKey)
        columns << prefix + quoteIdentifier(c);
    return columns;
}

// `key <op> ?`: a row-value comparison for composite keys, which both backends support and
// which an index on the primary key answers directly.
QString keyBound(const TableInfo &table, const char *op)
{
    const QString compare = QLatin1Char(' ') + QLatin1String(op) + QLatin1Char(' ');
    if (table.primaryKey.size() == 1)
        return quoteIdentifier(table.primaryKey.first()) + compare + QLatin1Char('?');
    QStringList marks;
    for (int i = 0; i < table.primaryKey.size(); ++i)
        marks << QStringLiteral("?");
    return QLatin1Char('(') + keyColumns(table) + QLatin1Char(')') + compare + QLatin1Char('(')
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
// quoted names (bound) and each value: an integer's text is already JSON; other values
// through to_json(), text of types JSON has no literal for.
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
        const QString value = quoteIdentifier(name);
        if (kind == ColumnInfo::Kind::Integer)
            parts << QLatin1String("CAST(") + value + QLatin1String(" AS text)");
        else if (kind == ColumnInfo::Kind::Real || kind == ColumnInfo::Kind::Boolean
                 || kind == ColumnInfo::Kind::Text)
            parts << QLatin1String("to_json(") + value + QLatin1String(")::text");
        else
            parts << QLatin1String("to_json(CAST(") + value + QLatin1String(" AS text))::text");
    }
    parts << QStringLiteral("CAST(? AS text)");
    values->append(QStringLiteral("}"));
    return parts.join(QLatin1String(" || "));
}

// json_object() over the table's own key columns.
QString sqliteRowKeyJson(const TableInfo &table, QVariantList *values)
{
    QStringList parts;
    for (int index : jsonKeyOrder(table)) {
        parts << QStringLiteral("?") << quoteIdentifier(table.primaryKey.at(index));
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
                  ? Sql::trashAssignments(*plan.table, backend, plan.actorValue, plan.reason, values)
                  : Sql::restoreAssignments(*plan.table, backend));
}

// A batch's details are the operation's with the batch's row count in front: `{"rows":`
// and the count come from the SQL, this is the rest (",\"columns\":…}").
QString batchDetailsTail(const Plan &plan)
{
    const QString details = plan.auditTail.value(1).toString();
    return details.size() > 2 ? QLatin1Char(',') + details.mid(1) : QStringLiteral("}");
}

bool checkCount(qint64 affected, qint64 expected, qint64 done, DbError *error)
{
    if (affected == expected)
        return true;
    *error = OperationSupport::rowCountMismatch(done + affected, done + expected);
    return false;
}

class PgBatches : public Batches
{
public:
    using Batches::Batches;

protected:
    // Keys travel as text: bound again as text, the server reads them with the key columns'
    // own input functions, so no value is rounded on its way through the client.
    QString boundaryKey(const QString &column) const override
    {
        return QLatin1String("CAST(") + column + QLatin1String(" AS text)");
    }

    QString auditKeysSql(QVariantList *values) const override
    {
        return QLatin1String("'[' || string_agg(") + pgRowKeyJson(*m_plan.table, values)
               + QLatin1String(", ',') || ']'");
    }

    QString textParameter() const override { return QStringLiteral("CAST(? AS text)"); }
};

class SqliteBatches : public Batches
{
public:
    using Batches::Batches;

protected:
    // SQLite returns keys as stored (integer, real, text, blob), so they bind again exactly.
    QString boundaryKey(const QString &column) const override { return column; }

    QString auditKeysSql(QVariantList *values) const override
    {
        return QLatin1String("json_group_array(") + sqliteRowKeyJson(*m_plan.table, values)
               + QLatin1Char(')');
    }

    QString textParameter() const override { return QStringLiteral("?"); }
};

} // namespace

Batches::Batches(Connection &connection, const Plan &plan)
    : m_connection(connection)
    , m_plan(plan)
    , m_auditFirst(connection.database())
    , m_auditNext(connection.database())
    , m_changeFirst(connection.database())
    , m_changeNext(connection.database())
{
    for (QSqlQuery *query : {&m_auditFirst, &m_auditNext, &m_changeFirst, &m_changeNext})
        query->setForwardOnly(true);
}

// The matching keys are read in key order and every chunkRows-th kept: one scan and one sort,
// the rows streamed (measured on PostgreSQL, 100k keys: 51-60 ms, where row_number() and
// lead() over the same sort, sending only the boundaries, took 125 ms; on SQLite the window
// functions cost more than the sort as well).
bool Batches::readBoundaries(int chunkRows, DbError *error)
{
    const int width = int(m_plan.table->primaryKey.size());
    // Qualified in ORDER BY: unqualified, a name would mean the output column, which
    // PostgreSQL names after the column inside CAST() and which sorts as text.
    QStringList columns;
    QStringList order;
    for (int i = 0; i < width; ++i) {
        order << QLatin1String("m.") + batchColumn(i);
        columns << boundaryKey(order.constLast());
    }
    const QString sql = QLatin1String("SELECT ") + columns.join(QLatin1String(", "))
                        + QLatin1String(" FROM (") + matchingKeysSql()
                        + QLatin1String(") m ORDER BY ") + order.join(QLatin1String(", "));
    Boundary last;
    const bool ok = readRows(m_connection, sql, m_plan.whereValues, width,
                             [&](QVariantList &&key) {
                                 ++last.row;
                                 last.key = std::move(key);
                                 if (last.row == 1)
                                     m_firstKey = last.key;
                                 if (last.row % chunkRows == 0)
                                     m_boundaries << last;
                                 return true;
                             },
                             error);
    if (!ok)
        return false;
    if (last.row % chunkRows != 0)
        m_boundaries << last;
    return true;
}

bool Batches::prepareChange(DbError *error)
{
    const Backend backend = m_connection.backend();
    const QString tableSql = m_plan.table->name.quoted();
    const QString p = textParameter();
    m_auditValues = m_plan.auditValues;
    const QString rowKeys = auditKeysSql(&m_auditValues);
    m_auditValues << m_plan.auditTail.at(0) << batchDetailsTail(m_plan)
                  << m_plan.auditTail.mid(2);
    m_changeValues.clear();
    const QString change = changeSql(m_plan, backend, tableSql, &m_changeValues);
    for (const bool first : {true, false}) {
        // One audit row for the batch: the keys of the rows about to change, and how many.
        const QString audit = QLatin1String(auditInsert) + QLatin1String("SELECT ")
                              + QStringList(4, p).join(QLatin1String(", ")) + QLatin1String(", ")
                              + rowKeys + QLatin1String(", ") + p
                              + QLatin1String(", '{\"rows\":' || CAST(count(*) AS text) || ") + p
                              + QLatin1String(", ") + p + QLatin1String(", ") + p
                              + QLatin1String(" FROM ") + tableSql + QLatin1String(" WHERE ")
                              + rangeWhere(first);
        QSqlQuery &auditQuery = first ? m_auditFirst : m_auditNext;
        QSqlQuery &changeQuery = first ? m_changeFirst : m_changeNext;
        if (!auditQuery.prepare(audit)) {
            *error = DbError::fromSql(auditQuery.lastError(), backend);
            return false;
        }
        if (!changeQuery.prepare(change + QLatin1String(" WHERE ") + rangeWhere(first))) {
            *error = DbError::fromSql(changeQuery.lastError(), backend);
            return false;
        }
    }
    return true;
}

bool Batches::changeRange(
    bool first, const RowKey &lo, const RowKey &hi, qint64 expected, qint64 done, DbError *error)
{
    const Backend backend = m_connection.backend();
    const QVariantList range = rangeValues(lo, hi);
    QSqlQuery &audit = first ? m_auditFirst : m_auditNext;
    QSqlQuery &change = first ? m_changeFirst : m_changeNext;
    if (!execQuery(audit, m_auditValues + range, backend, error)
        || !checkCount(audit.numRowsAffected(), 1, 0, error))
        return false;
    return execQuery(change, m_changeValues + range, backend, error)
           && checkCount(change.numRowsAffected(), expected, done, error);
}

Batches::~Batches() = default;

bool Batches::prepare(int chunkRows, DbError *error)
{
    m_boundaries.clear();
    m_firstKey.clear();
    m_nextBoundary = 0;
    return prepareChange(error) && readBoundaries(std::max(1, chunkRows), error);
}

QString Batches::matchingKeysSql() const
{
    const TableInfo &table = *m_plan.table;
    const QStringList key = quotedKey(table);
    QStringList columns;
    for (int i = 0; i < key.size(); ++i)
        columns << key.at(i) + QLatin1String(" AS ") + batchColumn(i);
    return QLatin1String("SELECT ") + columns.join(QLatin1String(", ")) + QLatin1String(" FROM ")
           + table.name.quoted() + QLatin1String(" WHERE ") + m_plan.where;
}

qint64 Batches::total() const
{
    return m_boundaries.isEmpty() ? 0 : m_boundaries.constLast().row;
}

qint64 Batches::next(qint64 rows, qint64 done, DbError *error)
{
    if (m_nextBoundary >= m_boundaries.size())
        return 0;
    const bool first = m_nextBoundary == 0;
    const qint64 start = first ? 0 : m_boundaries.at(m_nextBoundary - 1).row;
    int end = m_nextBoundary;
    while (end + 1 < m_boundaries.size() && m_boundaries.at(end).row - start < rows)
        ++end;
    const qint64 expected = m_boundaries.at(end).row - start;
    const RowKey lo = first ? m_firstKey : m_boundaries.at(m_nextBoundary - 1).key;
    if (!changeRange(first, lo, m_boundaries.at(end).key, expected, done, error))
        return -1;
    m_nextBoundary = end + 1;
    return expected;
}

QString Batches::rangeWhere(bool first) const
{
    const TableInfo &table = *m_plan.table;
    return Sql::joinAnd({m_plan.where, keyBound(table, first ? ">=" : ">"), keyBound(table, "<=")});
}

QVariantList Batches::rangeValues(const RowKey &lo, const RowKey &hi) const
{
    return m_plan.whereValues + lo + hi;
}

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
