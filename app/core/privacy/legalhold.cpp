#include "legalhold.h"

#include "db/sqldialect.h"
#include "trash/auditlog.h"
#include "trash/operationsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace Salvage {

namespace {

const char pgCreate[] = R"(
CREATE TABLE salvage_legal_hold (
    table_name text NOT NULL,
    row_key text NOT NULL,
    key_values text NOT NULL,
    reason text NOT NULL,
    held_until date,
    actor text NOT NULL,
    placed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (table_name, row_key)
))";

const char sqliteCreate[] = R"(
CREATE TABLE salvage_legal_hold (
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    key_values TEXT NOT NULL,
    reason TEXT NOT NULL,
    held_until TEXT,
    actor TEXT NOT NULL,
    placed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (table_name, row_key)
))";

// Keys per existence check: keeps bound values below both backends' parameter limits.
constexpr int batchKeys = 500;
// Rows named in a refusal.
constexpr int namedRows = 20;

const char holdTable[] = "salvage_legal_hold";

void setError(DbError *error, const DbError &value)
{
    if (error)
        *error = value;
}

bool refuse(DbError *error, const QString &why)
{
    setError(error, DbError::refused(why));
    return false;
}

// Why the rows named by `keys` cannot be held or released; empty when they can be.
QString keysRefusal(const TableInfo &table, const QList<RowKey> &keys)
{
    if (keys.isEmpty())
        return LegalHolds::tr("No rows were given.");
    for (const RowKey &key : keys) {
        if (key.size() != table.primaryKey.size()) {
            return LegalHolds::tr("A row key does not match the primary key (%1) of %2.")
                .arg(table.primaryKey.join(QLatin1String(", ")), table.name.display());
        }
    }
    return QString();
}

// Inside the operation's transaction: salvage_audit, created when missing.
bool ensureAudit(Connection &connection, DbError *failure)
{
    OperationResult audit;
    if (OperationSupport::ensureAudit(connection, true, audit))
        return true;
    *failure = audit.error;
    return false;
}

// The operation's audit rows, under one new operation id.
bool appendAudit(Connection &connection,
                 const QString &action,
                 const TableInfo &table,
                 const QList<RowKey> &keys,
                 const QString &actor,
                 const QString &reason,
                 const QJsonObject &details,
                 DbError *failure)
{
    const QString operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return AuditLog(connection)
        .append(operationId,
                actor,
                action,
                table,
                keys,
                reason,
                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                failure);
}

// Integer key columns as integers, whatever the caller parsed: {"id":3}, never {"id":"3"},
// so that the same row always has the same row_key.
RowKey normalized(const TableInfo &table, const RowKey &key)
{
    RowKey result = key;
    for (int i = 0; i < result.size() && i < table.primaryKey.size(); ++i) {
        const ColumnInfo *column = table.column(table.primaryKey.at(i));
        bool ok = false;
        const qlonglong n = result.at(i).toLongLong(&ok);
        if (column && column->kind == ColumnInfo::Kind::Integer && ok && !result.at(i).isNull())
            result[i] = n;
    }
    return result;
}

QList<RowKey> distinctKeys(const TableInfo &table, const QList<RowKey> &keys)
{
    QList<RowKey> result;
    QSet<QString> seen;
    for (const RowKey &key : keys) {
        const RowKey n = normalized(table, key);
        const QString identity = rowKeyIdentity(n);
        if (!seen.contains(identity)) {
            seen.insert(identity);
            result << n;
        }
    }
    return result;
}

QString keyValuesJson(const RowKey &key)
{
    QJsonArray array;
    for (const QVariant &value : key)
        array.append(QJsonValue::fromVariant(value));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

RowKey keyFromJson(const QString &json)
{
    RowKey key;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array)
        key << value.toVariant();
    return key;
}

QString namesOf(const TableInfo &table, const QList<RowKey> &keys)
{
    QStringList names;
    for (const RowKey &key : keys.mid(0, namedRows))
        names << rowKeyToText(table, key);
    if (keys.size() > namedRows)
        names << QStringLiteral("…");
    return names.join(QLatin1String(", "));
}

QDateTime timestampFrom(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

LegalHolds::LegalHolds(Connection &connection)
    : m_connection(connection)
{}

bool LegalHolds::ensureTable(DbError *error)
{
    bool exists = false;
    if (!m_connection.tableExists(QLatin1String(holdTable), &exists, error))
        return false;
    if (exists)
        return true;
    DbError failure;
    const bool pg = m_connection.backend() == Backend::PostgreSQL;
    if (m_connection.exec(QString::fromLatin1(pg ? pgCreate : sqliteCreate), {}, &failure))
        return true;
    if (failure.kind == DbError::PermissionDenied) {
        failure.message = tr("Your database user may not create the table salvage_legal_hold, "
                             "where Salvage keeps legal holds. Ask the database owner to create "
                             "it (or to grant CREATE on the schema), then try again. Nothing "
                             "was changed.");
    }
    setError(error, failure);
    return false;
}

bool LegalHolds::hold(const TableInfo &table,
                      const QList<RowKey> &input,
                      const QString &reason,
                      const QDate &until,
                      const QString &actor,
                      DbError *error)
{
    if (table.primaryKey.isEmpty()) {
        return refuse(error,
                      tr("Table %1 has no primary key, so its rows cannot be named or held.")
                          .arg(table.name.display()));
    }
    if (actor.trimmed().isEmpty())
        return refuse(error, tr("Every change needs an actor: say who places the hold."));
    if (reason.trimmed().isEmpty())
        return refuse(error, tr("A legal hold needs a reason: the case or request it serves."));
    if (until.isValid() && until < QDate::currentDate()) {
        return refuse(error,
                      tr("The hold would end on %1, which has already passed.")
                          .arg(until.toString(Qt::ISODate)));
    }
    if (const QString why = keysRefusal(table, input); !why.isEmpty())
        return refuse(error, why);
    const QList<RowKey> keys = distinctKeys(table, input);

    DbError failure;
    bool ok = m_connection.begin(&failure) && ensureTable(&failure) && lockForPlacing(&failure)
              && ensureAudit(m_connection, &failure);
    // Only rows that exist can be held: a typo must not look like a hold.
    QList<RowKey> found;
    for (int start = 0; ok && start < keys.size(); start += batchKeys) {
        const QList<RowKey> batch = keys.mid(start, batchKeys);
        QVariantList values;
        const QString sql = QLatin1String("SELECT ") + OperationSupport::keyColumns(table)
                            + QLatin1String(" FROM ") + table.name.quoted()
                            + QLatin1String(" WHERE ") + Sql::keyPredicate(table, batch, &values);
        const Result<QList<QVariantList>> rows = m_connection.rows(sql, values);
        ok = rows.report(&failure);
        if (ok)
            found << *rows;
    }
    QList<RowKey> missing;
    for (const RowKey &key : keys) {
        const bool exists = std::any_of(found.cbegin(), found.cend(), [&key](const RowKey &f) {
            return sameKey(f, key);
        });
        if (!exists)
            missing << key;
    }
    if (ok && !missing.isEmpty()) {
        failure = DbError::refused(tr("These rows of %1 do not exist, so nothing was held: %2.")
                                       .arg(table.name.display(), namesOf(table, missing)));
        ok = false;
    }
    const QString tableName = table.name.display();
    const QVariant untilValue = until.isValid() ? QVariant(until.toString(Qt::ISODate))
                                                : QVariant();
    for (const RowKey &key : keys) {
        int inserted = 0;
        const QString rowKey = rowKeyToJson(table, key);
        const QVariantList row{tableName, rowKey, keyValuesJson(key), reason, untilValue, actor};
        ok = ok
             && m_connection.exec(QStringLiteral("DELETE FROM salvage_legal_hold "
                                                 "WHERE table_name = ? AND row_key = ?"),
                                  {tableName, rowKey},
                                  &failure)
             && m_connection.exec(QStringLiteral("INSERT INTO salvage_legal_hold (table_name, "
                                                 "row_key, key_values, reason, held_until, actor) "
                                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                                  row,
                                  &failure,
                                  &inserted);
        if (ok && inserted != 1) {
            failure = OperationSupport::rowCountMismatch(inserted, 1);
            ok = false;
        }
    }
    if (ok) {
        QJsonObject details;
        details.insert(QStringLiteral("held_until"),
                       until.isValid() ? QJsonValue(until.toString(Qt::ISODate)) : QJsonValue());
        ok = appendAudit(m_connection,
                         QStringLiteral("hold"),
                         table,
                         keys,
                         actor,
                         reason,
                         details,
                         &failure);
    }
    if (m_connection.commitOrRollback(ok, &failure))
        return true;
    setError(error, failure);
    return false;
}

bool LegalHolds::release(const TableInfo &table,
                         const QList<RowKey> &input,
                         const QString &actor,
                         DbError *error)
{
    if (actor.trimmed().isEmpty())
        return refuse(error, tr("Every change needs an actor: say who releases the hold."));
    if (const QString why = keysRefusal(table, input); !why.isEmpty())
        return refuse(error, why);
    const QList<RowKey> keys = distinctKeys(table, input);
    const auto notHeld = [&](const QList<RowKey> &rows) {
        return DbError::refused(tr("These rows of %1 are not on legal hold, so nothing was "
                                   "released: %2.")
                                    .arg(table.name.display(), namesOf(table, rows)));
    };
    bool exists = false;
    if (!m_connection.tableExists(QLatin1String(holdTable), &exists, error))
        return false;
    if (!exists) {
        setError(error, notHeld(keys));
        return false;
    }

    DbError failure;
    bool ok = m_connection.begin(&failure) && lockForPlacing(&failure)
              && ensureAudit(m_connection, &failure);
    QList<RowKey> missing;
    for (const RowKey &key : keys) {
        int removed = 0;
        ok = ok
             && m_connection.exec(QStringLiteral("DELETE FROM salvage_legal_hold "
                                                 "WHERE table_name = ? AND row_key = ?"),
                                  {table.name.display(), rowKeyToJson(table, key)},
                                  &failure,
                                  &removed);
        if (ok && removed != 1)
            missing << key;
    }
    if (ok && !missing.isEmpty()) {
        failure = notHeld(missing);
        ok = false;
    }
    if (ok) {
        ok = appendAudit(m_connection,
                         QStringLiteral("unhold"),
                         table,
                         keys,
                         actor,
                         QString(),
                         QJsonObject(),
                         &failure);
    }
    if (m_connection.commitOrRollback(ok, &failure))
        return true;
    setError(error, failure);
    return false;
}

QList<Hold> LegalHolds::holds(const QualifiedName &table, DbError *error)
{
    QList<Hold> result;
    bool exists = false;
    if (!m_connection.tableExists(QLatin1String(holdTable), &exists, error) || !exists)
        return result;
    // A hold lasts through its `until` day.
    QString sql = QStringLiteral("SELECT table_name, key_values, reason, held_until, actor, "
                                 "placed_at FROM salvage_legal_hold "
                                 "WHERE (held_until IS NULL OR held_until >= ?)");
    QVariantList values{QDate::currentDate().toString(Qt::ISODate)};
    if (table.isValid()) {
        sql += QLatin1String(" AND table_name = ?");
        values << table.display();
    }
    sql += QLatin1String(" ORDER BY table_name, placed_at, row_key");
    const Result<QList<QVariantList>> rows = m_connection.rows(sql, values);
    if (!rows.report(error))
        return result;
    for (const QVariantList &row : *rows) {
        Hold hold;
        hold.table = QualifiedName::parse(row.value(0).toString());
        hold.key = keyFromJson(row.value(1).toString());
        hold.reason = row.value(2).toString();
        hold.until = row.value(3).isNull() ? QDate() : row.value(3).toDate();
        hold.actor = row.value(4).toString();
        hold.placedAt = timestampFrom(row.value(5));
        if (hold.table.isValid())
            result << hold;
    }
    return result;
}

bool LegalHolds::lockForPlacing(DbError *error)
{
    // Waits for the destructive changes that hold a SHARE lock (lockForChange) and keeps new
    // ones waiting until this hold is committed, so none of them acts on a stale list.
    if (m_connection.backend() != Backend::PostgreSQL)
        return true;
    return m_connection.exec(QStringLiteral("LOCK TABLE salvage_legal_hold "
                                            "IN SHARE ROW EXCLUSIVE MODE"),
                             {},
                             error);
}

bool LegalHolds::lockForChange(DbError *error)
{
    if (m_connection.backend() != Backend::PostgreSQL)
        return true;
    // A missing table makes LOCK fail, which would abort the transaction: a savepoint keeps
    // it usable. Neither takes a snapshot, so REPEATABLE READ callers can lock first.
    DbError failure;
    if (!m_connection.exec(QStringLiteral("SAVEPOINT salvage_hold_lock"), {}, &failure)) {
        setError(error, failure);
        return false;
    }
    const bool locked = m_connection.exec(QStringLiteral("LOCK TABLE salvage_legal_hold "
                                                         "IN SHARE MODE"),
                                          {},
                                          &failure);
    const bool missing = !locked && failure.sqlState == QLatin1String("42P01");
    if (!locked && !missing) {
        setError(error, failure);
        return false;
    }
    const bool ok = (locked
                     || m_connection.exec(QStringLiteral("ROLLBACK TO SAVEPOINT salvage_hold_lock"),
                                          {},
                                          &failure))
                    && m_connection.exec(QStringLiteral("RELEASE SAVEPOINT salvage_hold_lock"),
                                         {},
                                         &failure);
    if (!ok)
        setError(error, failure);
    return ok;
}

QList<Hold> LegalHolds::lockedHolds(const QualifiedName &table, DbError *error)
{
    if (!lockForChange(error))
        return {};
    return holds(table, error);
}

HeldKeys heldAmong(const QList<Hold> &holds, const QualifiedName &table, const QList<RowKey> &keys)
{
    QHash<QString, QString> reasons;
    for (const Hold &hold : holds) {
        if (hold.table == table)
            reasons.insert(rowKeyIdentity(hold.key), hold.reason);
    }
    HeldKeys result;
    if (reasons.isEmpty())
        return result;
    for (const RowKey &key : keys) {
        const auto found = reasons.constFind(rowKeyIdentity(key));
        if (found != reasons.cend()) {
            result.keys << key;
            result.reasons << found.value();
        }
    }
    return result;
}

QString heldRowsText(const TableInfo &table, const HeldKeys &held)
{
    QStringList names;
    for (int i = 0; i < held.keys.size() && i < namedRows; ++i) {
        names << LegalHolds::tr("%1 (%2)").arg(rowKeyToText(table, held.keys.at(i)),
                                               held.reasons.at(i));
    }
    if (held.keys.size() > namedRows)
        names << QStringLiteral("\u2026");
    return names.join(QLatin1String(", "));
}

} // namespace Salvage
