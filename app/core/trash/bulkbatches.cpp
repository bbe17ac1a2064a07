#include "bulkbatches.h"

#include "auditlog.h"
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

// A key column's value as JSON text on PostgreSQL: an integer's text is already JSON; other
// values through to_json(), as text for types JSON has no literal for.
QString pgJsonValue(const TableInfo &table, const QString &name)
{
    const ColumnInfo *column = table.column(name);
    const ColumnInfo::Kind kind = column ? column->kind : ColumnInfo::Kind::Other;
    const QString value = quoteIdentifier(name);
    if (kind == ColumnInfo::Kind::Integer)
        return QLatin1String("CAST(") + value + QLatin1String(" AS text)");
    if (kind == ColumnInfo::Kind::Real || kind == ColumnInfo::Kind::Boolean
        || kind == ColumnInfo::Kind::Text)
        return QLatin1String("to_json(") + value + QLatin1String(")::text");
    return QLatin1String("to_json(CAST(") + value + QLatin1String(" AS text))::text");
}

// The JSON array of the selected rows' keys. PostgreSQL's json functions put spaces after
// colons, so the text is assembled from the quoted names (bound) and each value. With one
// key column the objects differ only in the value: string_agg() joins the values with the
// text between them, one concatenation per row less (100k keys: 45 ms -> 28 ms).
QString pgRowKeysJson(const TableInfo &table, QVariantList *values)
{
    const QString text = QStringLiteral("CAST(? AS text)");
    if (table.primaryKey.size() == 1) {
        const QString name = jsonString(table.primaryKey.first());
        *values << QLatin1String("[{") + name + QLatin1Char(':')
                << QLatin1String("},{") + name + QLatin1Char(':') << QStringLiteral("}]");
        const QString value = pgJsonValue(table, table.primaryKey.first());
        return text + QLatin1String(" || string_agg(") + value + QLatin1String(", ") + text
               + QLatin1String(") || ") + text;
    }
    QStringList parts;
    bool first = true;
    for (int index : jsonKeyOrder(table)) {
        const QString name = table.primaryKey.at(index);
        values->append(QLatin1String(first ? "{" : ",") + jsonString(name) + QLatin1Char(':'));
        parts << text << pgJsonValue(table, name);
        first = false;
    }
    values->append(QStringLiteral("}"));
    parts << text;
    return QLatin1String("'[' || string_agg(") + parts.join(QLatin1String(" || "))
           + QLatin1String(", ',') || ']'");
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

// A key value that is an integer: SQLite's integers, PostgreSQL's integer text.
bool integerKey(const QVariant &value, qint64 *number)
{
    bool ok = false;
    const int type = value.typeId();
    if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::QString)
        *number = value.toLongLong(&ok);
    return ok;
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
    QString auditKeysSql(QVariantList *values) const override
    {
        return pgRowKeysJson(*m_plan.table, values);
    }

    QString textParameter() const override { return QStringLiteral("CAST(? AS text)"); }

    QString integerCountSql(const QString &column) const override
    {
        Q_UNUSED(column)
        return QStringLiteral("count(*)"); // an integer column holds integers
    }

    // Streaming 100k keys through the client costs more than counting them (45 ms / 13 ms).
    bool countsRunFirst() const override { return true; }

    // Not every type named "…int…" (int4range): only those min() and max() count in.
    bool integerType(const QString &type) const override
    {
        return type == QLatin1String("smallint") || type == QLatin1String("integer")
               || type == QLatin1String("bigint");
    }

    // Keys travel as text: bound again as text, the server reads them with the key columns'
    // own input functions, so no value is rounded on its way through the client. Sorted
    // first and cast afterwards (OFFSET 0 keeps the sort inside): cast below the sort, the
    // text made the sorted rows wider (100k keys: 68 ms, the sort spilled to disk; 26 ms).
    QString boundarySql(const QString &sortedSql) const override
    {
        QStringList columns;
        for (int i = 0; i < m_plan.table->primaryKey.size(); ++i)
            columns << QLatin1String("CAST(m.") + batchColumn(i) + QLatin1String(" AS text)");
        return QLatin1String("SELECT ") + columns.join(QLatin1String(", "))
               + QLatin1String(" FROM (") + sortedSql + QLatin1String(" OFFSET 0) m");
    }
};

class SqliteBatches : public Batches
{
public:
    using Batches::Batches;

protected:
    QString auditKeysSql(QVariantList *values) const override
    {
        return QLatin1String("json_group_array(") + sqliteRowKeyJson(*m_plan.table, values)
               + QLatin1Char(')');
    }

    QString textParameter() const override { return QStringLiteral("?"); }

    QString integerCountSql(const QString &column) const override
    {
        return QLatin1String("sum(typeof(") + column + QLatin1String(") = 'integer')");
    }

    // Keys stream from the library in the process: cheaper than a second scan.
    bool countsRunFirst() const override { return false; }

    // A column whose declared type names INT has integer affinity; integerCountSql()
    // checks what it holds.
    bool integerType(const QString &type) const override
    {
        Q_UNUSED(type)
        return true;
    }
};

} // namespace

Batches::Batches(Connection &connection, const Plan &plan)
    : m_connection(connection)
    , m_plan(plan)
{}

bool Batches::mayRun() const
{
    const TableInfo &table = *m_plan.table;
    const ColumnInfo *column = table.primaryKey.size() == 1 ? table.column(table.primaryKey.first())
                                                            : nullptr;
    return column && column->kind == ColumnInfo::Kind::Integer && integerType(column->type);
}

bool Batches::readRun(int chunkRows, DbError *error)
{
    const TableInfo &table = *m_plan.table;
    if (!mayRun())
        return true;
    const QString key = quoteIdentifier(table.primaryKey.first());
    const QString sql = QLatin1String("SELECT count(*), ") + integerCountSql(key)
                        + QLatin1String(", min(") + key + QLatin1String("), max(") + key
                        + QLatin1String(") FROM ") + table.name.quoted() + QLatin1String(" WHERE ")
                        + m_plan.where;
    QVariantList aggregate;
    if (!readRows(m_connection, sql, m_plan.whereValues, 4,
                  [&aggregate](QVariantList &&row) {
                      aggregate = std::move(row);
                      return false;
                  },
                  error))
        return false;
    bool ok[4] = {};
    const qint64 count = aggregate.value(0).toLongLong(&ok[0]);
    const qint64 integers = aggregate.value(1).toLongLong(&ok[1]);
    const qint64 first = aggregate.value(2).toLongLong(&ok[2]);
    const qint64 last = aggregate.value(3).toLongLong(&ok[3]);
    // In unsigned arithmetic: last - first may not fit in a signed 64-bit integer.
    const bool run = ok[0] && ok[1] && ok[2] && ok[3] && count > 0 && integers == count
                     && quint64(last) - quint64(first) == quint64(count) - 1;
    if (!run)
        return true;
    m_run = true;
    m_firstKey = RowKey{first};
    for (qint64 row = chunkRows; row < count; row += chunkRows)
        m_boundaries << Boundary{RowKey{first + (row - 1)}, row};
    m_boundaries << Boundary{RowKey{last}, count};
    return true;
}

// The matching keys are read in key order and every chunkRows-th kept: one scan and one sort,
// the rows streamed (measured on PostgreSQL, 100k keys: 51-60 ms, where row_number() and
// lead() over the same sort, sending only the boundaries, took 125 ms; on SQLite the window
// functions cost more than the sort as well).
bool Batches::readBoundaries(int chunkRows, DbError *error)
{
    const int width = int(m_plan.table->primaryKey.size());
    QStringList order;
    for (int i = 0; i < width; ++i)
        order << batchColumn(i);
    const QString sql = boundarySql(matchingKeysSql() + QLatin1String(" ORDER BY ")
                                    + order.join(QLatin1String(", ")));
    Boundary last;
    // Whether the keys read so far are an unbroken run, from `first`.
    bool run = mayRun();
    qint64 first = 0;
    const bool ok = readRows(m_connection, sql, m_plan.whereValues, width,
                             [&](QVariantList &&key) {
                                 ++last.row;
                                 last.key = std::move(key);
                                 if (last.row == 1)
                                     m_firstKey = last.key;
                                 if (last.row % chunkRows == 0)
                                     m_boundaries << last;
                                 qint64 number = 0;
                                 // Unsigned, as in readRun(): no sum may overflow.
                                 run = run && integerKey(last.key.first(), &number)
                                       && (last.row == 1 ? (first = number, true)
                                                         : quint64(number) - quint64(first)
                                                               == quint64(last.row - 1));
                                 return true;
                             },
                             error);
    if (!ok)
        return false;
    if (last.row % chunkRows != 0)
        m_boundaries << last;
    m_run = run && last.row > 0;
    return true;
}

void Batches::buildStatements()
{
    const Backend backend = m_connection.backend();
    const QString tableSql = m_plan.table->name.quoted();
    const QString p = textParameter();
    m_auditValues = m_plan.auditValues;
    const QString rowKeys = auditKeysSql(&m_auditValues);
    m_auditValues << m_plan.auditTail.at(0) << batchDetailsTail(m_plan)
                  << m_plan.auditTail.mid(2);
    // One audit row for the batch: the keys of the rows about to change, and how many.
    m_auditSql = QLatin1String(auditInsert) + QLatin1String("SELECT ")
                 + QStringList(4, p).join(QLatin1String(", ")) + QLatin1String(", ") + rowKeys
                 + QLatin1String(", ") + p
                 + QLatin1String(", '{\"rows\":' || CAST(count(*) AS text) || ") + p
                 + QLatin1String(", ") + p + QLatin1String(", ") + p + QLatin1String(" FROM ")
                 + tableSql;
    m_changeValues.clear();
    m_changeSql = changeSql(m_plan, backend, tableSql, &m_changeValues);
}

bool Batches::auditRun(qint64 from, qint64 to, DbError *error)
{
    if (!m_runAudit) {
        auto audit = std::make_unique<QSqlQuery>(m_connection.database());
        audit->setForwardOnly(true);
        if (!audit->prepare(QLatin1String(auditInsert) + QLatin1String("VALUES (")
                            + QStringList(9, QStringLiteral("?")).join(QLatin1String(", "))
                            + QLatin1Char(')'))) {
            *error = m_connection.statementError(audit->lastError());
            return false;
        }
        m_runAudit = std::move(audit);
    }
    const QString run = auditRunKey(m_plan.table->primaryKey.first(), from, to);
    const QString details = QLatin1String("{\"rows\":") + QString::number(to - from + 1)
                            + batchDetailsTail(m_plan);
    const QVariantList values = m_plan.auditValues
                                + QVariantList{run, m_plan.auditTail.at(0), details}
                                + m_plan.auditTail.mid(2);
    return execQuery(*m_runAudit, values, m_connection, error)
           && checkCount(m_runAudit->numRowsAffected(), 1, 0, error);
}

Batches::Statements *Batches::statements(const Shape &shape, DbError *error)
{
    Statements &statements = m_statements[(shape.first ? 2 : 0) + (shape.walk ? 1 : 0)];
    if (statements.audit)
        return &statements;
    const QString where = QLatin1String(" WHERE ") + rangeWhere(shape.first, shape.walk);
    auto audit = std::make_unique<QSqlQuery>(m_connection.database());
    auto change = std::make_unique<QSqlQuery>(m_connection.database());
    for (QSqlQuery *query : {audit.get(), change.get()}) {
        query->setForwardOnly(true);
        if (!query->prepare((query == audit.get() ? m_auditSql : m_changeSql) + where)) {
            *error = m_connection.statementError(query->lastError());
            return nullptr;
        }
    }
    statements.audit = std::move(audit);
    statements.change = std::move(change);
    return &statements;
}

bool Batches::walksKey(const Shape &shape, const RowKey &lo, const RowKey &hi, qint64 rows) const
{
    qint64 from = 0;
    qint64 to = 0;
    if (!mayRun() || lo.size() != 1 || hi.size() != 1 || !integerKey(lo.first(), &from)
        || !integerKey(hi.first(), &to))
        return false;
    // In double: the span of two 64-bit keys may not fit in one.
    const double span = double(to) - double(from) + (shape.first ? 1.0 : 0.0);
    return span <= double(WalkSpan) * double(rows);
}

bool Batches::changeRange(const Shape &shape,
                          const RowKey &lo,
                          const RowKey &hi,
                          qint64 expected,
                          qint64 done,
                          DbError *error)
{
    Statements *batch = statements(shape, error);
    if (!batch)
        return false;
    const QVariantList range = rangeValues(lo, hi);
    if (m_run) {
        const qint64 from = lo.first().toLongLong() + (shape.first ? 0 : 1);
        if (!auditRun(from, hi.first().toLongLong(), error))
            return false;
    } else if (!execQuery(*batch->audit, m_auditValues + range, m_connection, error)
               || !checkCount(batch->audit->numRowsAffected(), 1, 0, error)) {
        return false;
    }
    return execQuery(*batch->change, m_changeValues + range, m_connection, error)
           && checkCount(batch->change->numRowsAffected(), expected, done, error);
}

Batches::~Batches() = default;

bool Batches::prepare(int chunkRows, DbError *error)
{
    m_boundaries.clear();
    m_firstKey.clear();
    m_nextBoundary = 0;
    m_run = false;
    buildStatements();
    const int chunk = std::max(1, chunkRows);
    // The statements of the first batch are prepared before the rows are read, so that a
    // statement the server refuses fails before the longest step.
    return statements(Shape{true, false}, error) && (!countsRunFirst() || readRun(chunk, error))
           && (m_run || readBoundaries(chunk, error));
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

// SQLite returns keys as stored (integer, real, text, blob), so they bind again exactly.
QString Batches::boundarySql(const QString &sortedSql) const
{
    return sortedSql;
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
    const RowKey &hi = m_boundaries.at(end).key;
    Shape shape{first, false};
    shape.walk = walksKey(shape, lo, hi, expected);
    if (!changeRange(shape, lo, hi, expected, done, error))
        return -1;
    m_nextBoundary = end + 1;
    return expected;
}

QString Batches::rangeWhere(bool first, bool walk) const
{
    const TableInfo &table = *m_plan.table;
    // Neither backend's planner looks into a CASE for an index condition.
    const QString filter = walk ? QLatin1String("CASE WHEN ") + m_plan.where
                                      + QLatin1String(" THEN 1 ELSE 0 END = 1")
                                : m_plan.where;
    return Sql::joinAnd({filter, keyBound(table, first ? ">=" : ">"), keyBound(table, "<=")});
}

QVariantList Batches::rangeValues(const RowKey &lo, const RowKey &hi) const
{
    return m_plan.whereValues + lo + hi;
}

bool execQuery(QSqlQuery &query,
               const QVariantList &values,
               const Connection &connection,
               DbError *error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    *error = connection.statementError(query.lastError());
    return false;
}

std::unique_ptr<Batches> makeBatches(Connection &connection, const Plan &plan)
{
    if (connection.backend() == Backend::PostgreSQL)
        return std::make_unique<PgBatches>(connection, plan);
    return std::make_unique<SqliteBatches>(connection, plan);
}

} // namespace Salvage
