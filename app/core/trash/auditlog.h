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
    QString rowKey;       // JSON: one key object, an array of them or a run (auditRowKeys())
    qint64 rows = 1;      // how many rows the entry covers
    bool rowKeyCut = false; // rowKey was shortened to Filter::rowKeyChars
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
    // Appends one entry per key; runs inside the caller's transaction. Set-based batches
    // (BulkOperation) write one entry per batch instead: its row_key is the array of the
    // batch's keys and its details say how many ("rows").
    bool append(const QString &operationId, const QString &actor, const QString &action,
                const TableInfo &table, const QList<RowKey> &keys, const QString &reason,
                const QString &details, DbError *error);
    // The same with each entry's row_key given as JSON text, under `tableName`
    // (QualifiedName::display()): hashed personal keys, or what a governance change names
    // (an anonymization rule's column).
    bool appendKeys(const QString &operationId, const QString &actor, const QString &action,
                    const QString &tableName, const QStringList &rowKeys,
                    const QString &reason, const QString &details, DbError *error);

    struct Filter
    {
        QString table;
        QString actor;
        QString action;
        int limit = 200;
        // > 0: read at most this many characters of row_key (a batch lists up to 250,000
        // keys; a view shows the first few).
        int rowKeyChars = 0;
    };
    QList<AuditEntry> entries(const Filter &filter, DbError *error);

private:
    Connection &m_connection;
};

// Each key's compact JSON text in an entry's row_key: one key object, an array of them, or
// an unbroken run of an integer key, {"id":{"from":a,"to":b}}, for each of a..b.
QStringList auditRowKeys(const QString &rowKey);

// The row_key of an unbroken run of the integer key `column` from `from` to `to`.
QString auditRunKey(const QString &column, qint64 from, qint64 to);

} // namespace Salvage
