#include "auditlog.h"

#include "db/identifier.h"
#include "schema/tableinfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Salvage {

namespace {

const char pgCreate[] = R"(
CREATE TABLE salvage_audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    operation_id text NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    action text NOT NULL,
    table_name text NOT NULL,
    row_key text NOT NULL,
    reason text,
    details text,
    db_user text NOT NULL DEFAULT current_user,
    os_user text
))";

const char sqliteCreate[] = R"(
CREATE TABLE salvage_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    operation_id TEXT NOT NULL,
    occurred_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    reason TEXT,
    details TEXT,
    db_user TEXT,
    os_user TEXT
))";

const char createIndex[] =
    "CREATE INDEX salvage_audit_table_idx ON salvage_audit (table_name, occurred_at)";

// Rows per INSERT: keeps bound values well below both backends' parameter limits.
constexpr int batchRows = 400;

} // namespace

QString AuditLog::tableName()
{
    return QStringLiteral("salvage_audit");
}

AuditLog::AuditLog(Connection &connection) : m_connection(connection) {}

bool AuditLog::exists(DbError *error)
{
    bool exists = false;
    return m_connection.tableExists(tableName(), &exists, error) && exists;
}

bool AuditLog::create(DbError *error)
{
    const bool pg = m_connection.backend() == Backend::PostgreSQL;
    DbError failure;
    if (m_connection.exec(QString::fromLatin1(pg ? pgCreate : sqliteCreate), {}, &failure)
        && m_connection.exec(QString::fromLatin1(createIndex), {}, &failure))
        return true;
    if (failure.kind == DbError::PermissionDenied) {
        failure.message = QCoreApplication::translate(
            "Salvage::AuditLog",
            "Your database user may not create the audit table salvage_audit, and Salvage "
            "changes nothing without an audit. Ask the database owner to create it (or to "
            "grant CREATE on the schema), then try again. Nothing was changed.");
    }
    if (error)
        *error = failure;
    return false;
}

bool AuditLog::append(const QString &operationId, const QString &actor, const QString &action,
                      const TableInfo &table, const QList<RowKey> &keys, const QString &reason,
                      const QString &details, DbError *error)
{
    QStringList rowKeys;
    rowKeys.reserve(keys.size());
    for (const RowKey &key : keys)
        rowKeys << rowKeyToJson(table, key);
    return appendKeys(operationId, actor, action, table.name.display(), rowKeys, reason, details,
                      error);
}

bool AuditLog::appendKeys(const QString &operationId, const QString &actor,
                          const QString &action, const QString &tableName,
                          const QStringList &rowKeys, const QString &reason,
                          const QString &details, DbError *error)
{
    const QString os = osUserName();
    const QString dbUser = m_connection.databaseUser();
    const QVariant reasonValue = reason.isEmpty() ? QVariant() : QVariant(reason);
    for (int start = 0; start < rowKeys.size(); start += batchRows) {
        const int end = std::min<int>(rowKeys.size(), start + batchRows);
        QStringList rows;
        QVariantList values;
        values.reserve((end - start) * 9);
        for (int i = start; i < end; ++i) {
            rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
            values << operationId << actor << action << tableName << rowKeys.at(i)
                   << reasonValue << details << dbUser << os;
        }
        const QString sql = QStringLiteral(
                                "INSERT INTO salvage_audit (operation_id, actor, action, "
                                "table_name, row_key, reason, details, db_user, os_user) VALUES ")
            + rows.join(QLatin1String(", "));
        if (!m_connection.exec(sql, values, error))
            return false;
    }
    return true;
}

QList<AuditEntry> AuditLog::entries(const Filter &filter, DbError *error)
{
    QList<AuditEntry> result;
    if (!exists(error))
        return result;
    QStringList where;
    QVariantList values;
    const auto addFilter = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        where << QLatin1String(column) + QLatin1String(" = ?");
        values << value;
    };
    addFilter("table_name", filter.table);
    addFilter("actor", filter.actor);
    addFilter("action", filter.action);
    const QString rowKey = filter.rowKeyChars > 0
                               ? QStringLiteral("substr(row_key, 1, %1)").arg(filter.rowKeyChars)
                               : QStringLiteral("row_key");
    QString sql = QStringLiteral("SELECT id, operation_id, occurred_at, actor, action, "
                                 "table_name, %1, reason, details, db_user, os_user "
                                 "FROM salvage_audit")
                      .arg(rowKey);
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QLatin1String(" ORDER BY id DESC LIMIT ?");
    values << std::max(0, filter.limit);
    const Result<QList<QVariantList>> rows = m_connection.rows(sql, values);
    if (!rows.report(error))
        return result;
    for (const QVariantList &row : *rows) {
        AuditEntry e;
        e.id = row.value(0).toLongLong();
        e.operationId = row.value(1).toString();
        const QVariant when = row.value(2);
        e.occurredAt = when.metaType().id() == QMetaType::QDateTime
            ? when.toDateTime().toUTC()
            : QDateTime::fromString(when.toString(), Qt::ISODateWithMs).toUTC();
        e.actor = row.value(3).toString();
        e.action = row.value(4).toString();
        e.tableName = row.value(5).toString();
        e.rowKey = row.value(6).toString();
        e.reason = row.value(7).toString();
        e.details = row.value(8).toString();
        const QJsonValue rows = QJsonDocument::fromJson(e.details.toUtf8())
                                    .object()
                                    .value(QLatin1String("rows"));
        e.rows = rows.isDouble() ? qint64(rows.toDouble()) : 1;
        e.rowKeyCut = filter.rowKeyChars > 0 && e.rowKey.size() >= filter.rowKeyChars;
        e.databaseUser = row.value(9).toString();
        e.osUser = row.value(10).toString();
        result << e;
    }
    return result;
}

QString auditRunKey(const QString &column, qint64 from, qint64 to)
{
    const QJsonObject run{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{column, run}}).toJson(QJsonDocument::Compact));
}

QStringList auditRowKeys(const QString &rowKey)
{
    const QJsonDocument document = QJsonDocument::fromJson(rowKey.toUtf8());
    if (document.isObject()) {
        // An unbroken run of an integer key, as auditRunKey() writes it.
        const QJsonObject object = document.object();
        const QJsonObject run = object.size() == 1 ? object.begin()->toObject() : QJsonObject();
        if (run.contains(QLatin1String("from")) && run.contains(QLatin1String("to"))) {
            const QString column = object.begin().key();
            const qint64 to = run.value(QLatin1String("to")).toInteger();
            QStringList keys;
            for (qint64 key = run.value(QLatin1String("from")).toInteger(); key <= to; ++key) {
                keys << QString::fromUtf8(
                    QJsonDocument(QJsonObject{{column, key}}).toJson(QJsonDocument::Compact));
            }
            return keys;
        }
        return {QString::fromUtf8(document.toJson(QJsonDocument::Compact))};
    }
    QStringList keys;
    const QJsonArray array = document.array();
    for (const auto &key : array)
        keys << QString::fromUtf8(QJsonDocument(key.toObject()).toJson(QJsonDocument::Compact));
    return keys;
}

} // namespace Salvage
