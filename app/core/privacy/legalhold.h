#pragma once

#include "db/connection.h"
#include "schema/tableinfo.h"
#include "trash/rowkey.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace Salvage {

struct Hold
{
    QualifiedName table;
    RowKey key;
    QString reason;
    QDate until; // invalid: until released
    QString actor;
    QDateTime placedAt; // UTC
};

// Rows on legal hold (salvage_legal_hold: table_name as QualifiedName::display(), row_key as
// rowKeyToJson, key_values (the key as a JSON array in primary-key order, so that Hold::key
// can be rebuilt without the TableInfo), reason, held_until, actor, placed_at). Erasure and
// purge skip held rows and say so. A hold lasts through its `until` day and no longer holds
// after it. One hold per row: holding a held row again replaces its reason and date.
class LegalHolds
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::LegalHolds)
public:
    explicit LegalHolds(Connection &connection);

    bool ensureTable(DbError *error);
    // Each in one transaction with an audit row per key (action "hold" / "unhold"; the hold's
    // reason as the audit reason, details {"held_until": date or null}); salvage_legal_hold and
    // salvage_audit are created when missing. Refused, changing nothing: no primary key, no
    // actor, no reason (hold), `until` already passed, a key that names no row (hold) or a row
    // that is not held (release).
    bool hold(const TableInfo &table,
              const QList<RowKey> &keys,
              const QString &reason,
              const QDate &until,
              const QString &actor,
              DbError *error);
    bool release(const TableInfo &table,
                 const QList<RowKey> &keys,
                 const QString &actor,
                 DbError *error);
    // Holds in force today on `table` (all tables when the name is invalid). Integer key
    // values come back as integers. Reading creates nothing.
    QList<Hold> holds(const QualifiedName &table, DbError *error);

    // For a change that may destroy held rows (purge, anonymize, erasure), inside its
    // transaction and before its first read, since a PostgreSQL REPEATABLE READ snapshot must
    // see every hold committed before it: no hold can be placed or released until that
    // transaction ends, so holds() read afterwards stays true until the commit. PostgreSQL:
    // a SHARE lock on salvage_legal_hold (hold() and release() take SHARE ROW EXCLUSIVE);
    // SQLite: the write lock of BEGIN IMMEDIATE already serializes them. Without the table
    // there is nothing to lock and no hold (only the very first hold, whose transaction
    // creates the table, can then be missed by a change running at the same moment).
    bool lockForChange(DbError *error);
    // lockForChange(), then holds(table): the holds that stay in force until the transaction
    // ends. On failure *error is set and the list is empty.
    QList<Hold> lockedHolds(const QualifiedName &table, DbError *error);

private:
    bool lockForPlacing(DbError *error);

    Connection &m_connection;
};

// The keys among `keys` of `table` that `holds` keep, each with its hold's reason.
struct HeldKeys
{
    QList<RowKey> keys;
    QStringList reasons;
    bool isEmpty() const { return keys.isEmpty(); }
};
HeldKeys heldAmong(const QList<Hold> &holds, const QualifiedName &table, const QList<RowKey> &keys);
// "5 (litigation), 7 (audit 2026)": up to 20 held rows as messages name them.
QString heldRowsText(const TableInfo &table, const HeldKeys &held);

} // namespace Salvage
