#pragma once

#include "db/connection.h"
#include "rowkey.h"

#include <QDateTime>

namespace Salvage {

struct TableInfo;

struct AuditEntry
{
    qint64 id = 0;
    QString operationId;
    QDateTime occurredAt; // UTC
    QString actor;
    QString action;       // trash, restore, purge
    QString tableName;
    QString rowKey;       // JSON
    QString reason;
    QString details;      // JSON: names only, never personal values
    QString databaseUser;
    QString osUser;
};

// The salvage_audit table, in the same database as the data it describes.
class AuditLog
{
public:
    static QString tableName();

    explicit AuditLog(Connection &connection);

    bool exists(DbError *error);
    // Creates the table and its index; a clear refusal when the user lacks the right.
    bool create(DbError *error);
    // Appends one entry per key; runs inside the caller's transaction.
    bool append(const QString &operationId, const QString &actor, const QString &action,
                const TableInfo &table, const QList<RowKey> &keys, const QString &reason,
                const QString &details, DbError *error);

    struct Filter
    {
        QString table;
        QString actor;
        QString action;
        int limit = 200;
    };
    QList<AuditEntry> entries(const Filter &filter, DbError *error);

private:
    Connection &m_connection;
};

} // namespace Salvage
