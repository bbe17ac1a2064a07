#pragma once

#include "db/connectionurl.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>

namespace Salvage::Bench {

// The benchmark's data, the same on both backends:
//   customers(id, name, email)                               max(100, rows / 10) rows
//   items(id, customer_id -> customers, email, name, amount, created_at, deleted_at,
//         deleted_by)                                        `rows` rows
// Every 10th item is trashed (deleted_at set, spread over three years), half of those by
// `batchjob`, the others by `alice`. Indexes as the schema doctor recommends: a partial index
// on active rows' email, one on deleted_at and one on created_at.
namespace DataGen {

// PostgreSQL: creates database `name` through `admin` (dropping a leftover first) and fills
// it with one INSERT ... SELECT generate_series per table. *url: the new database.
bool createPostgres(const ConnectionUrl &admin,
                    const QString &name,
                    qint64 rows,
                    ConnectionUrl *url,
                    QString *error);
void dropPostgres(const ConnectionUrl &admin, const QString &name);

// SQLite: a new file filled by recursive-CTE INSERTs in one transaction.
bool createSqlite(const QString &path, qint64 rows, ConnectionUrl *url, QString *error);

// The untimed steps between runs of the bulk cases. The rows a bulk case works on are
// trashed by `batchjob` at a time no generated row has, so that the case's filter
// (actor and time window) takes exactly them.
struct Statement
{
    QString sql;
    QVariantList values;
};
QString batchActor();
QDateTime restoreWindowFrom(); // the window, a day wider than the marker on each side:
QDateTime restoreWindowTo();   // robust against the text form SQLite keeps timestamps in
QDateTime purgeWindowFrom();
QDateTime purgeWindowTo();
// Trashes the first `count` active rows (by id) by `batchjob` inside the restore window.
Statement trashForRestore(Backend backend, qint64 count);
// Inserts `count` new rows after the generated ones, trashed by `batchjob` inside the purge
// window.
Statement insertForPurge(Backend backend, qint64 rows, qint64 count);
// Removes what insertForPurge() left behind after a failed run (same predicate as purge).
Statement removePurgeLeftovers();
// Both windows' bounds as the raw statements bind them.
QString timestampText(const QDateTime &time);

} // namespace DataGen
} // namespace Salvage::Bench
