#include "erasurescrubber.h"

#include "db/identifier.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

namespace Salvage {

namespace {

// Sessions whose snapshot or transaction is not newer than the erasure: VACUUM FULL must
// keep the old row versions for them. Every database of the cluster counts, not only this
// one: CI saw VACUUM FULL keep copies while other databases' transactions ran (the horizon
// is not strictly per database), and a report must not claim a clean file that is not.
// Autovacuum workers do not hold back other vacuums.
const char pgOlderTransactions[] = R"(
SELECT count(*) FROM pg_catalog.pg_stat_activity
WHERE pid <> pg_catalog.pg_backend_pid()
  AND backend_type <> 'autovacuum worker'
  AND ((backend_xmin IS NOT NULL
        AND pg_catalog.age(backend_xmin) >= pg_catalog.age(CAST(CAST(? AS text) AS xid)))
    OR (backend_xid IS NOT NULL
        AND pg_catalog.age(backend_xid) >= pg_catalog.age(CAST(CAST(? AS text) AS xid)))))";

const char pgOlderSlots[] = R"(
SELECT count(*) FROM pg_catalog.pg_replication_slots
WHERE xmin IS NOT NULL
  AND pg_catalog.age(xmin) >= pg_catalog.age(CAST(CAST(? AS text) AS xid)))";

// Whether the current user may VACUUM the table (its owner, the database's owner or a
// superuser; PostgreSQL 15 skips other tables with only a warning), and its owner.
const char pgVacuumRight[] = R"(
SELECT pg_catalog.pg_has_role(c.relowner, 'USAGE') OR pg_catalog.pg_has_role(d.datdba, 'USAGE'),
       pg_catalog.pg_get_userbyid(c.relowner)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_database d ON d.datname = pg_catalog.current_database()
WHERE n.nspname = ? AND c.relname = ?)";

QString names(const QList<QualifiedName> &tables)
{
    QStringList list;
    for (const QualifiedName &table : tables)
        list << table.display();
    return list.join(QLatin1String(", "));
}

} // namespace

ErasureScrubber::ErasureScrubber(Connection &connection)
    : m_connection(connection)
{}

QVariant ErasureScrubber::scalar(const QString &sql, const QVariantList &values, DbError *error)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = DbError::fromSql(query.lastError(), m_connection.backend());
        return QVariant();
    }
    return query.value(0);
}

bool ErasureScrubber::prepare(DbError *error)
{
    if (m_connection.backend() != Backend::SQLite)
        return true;
    m_secureDelete = scalar(QStringLiteral("PRAGMA secure_delete"), {}, error);
    if (!m_secureDelete.isValid())
        return false;
    return m_connection.exec(QStringLiteral("PRAGMA secure_delete = ON"), {}, error);
}

bool ErasureScrubber::noteTransaction(DbError *error)
{
    if (m_connection.backend() != Backend::PostgreSQL)
        return true;
    const QVariant id = scalar(QStringLiteral("SELECT txid_current() % 4294967296"), {}, error);
    m_transactionId = id.toString();
    return id.isValid();
}

void ErasureScrubber::restore()
{
    if (m_connection.backend() != Backend::SQLite || !m_secureDelete.isValid())
        return;
    DbError ignored;
    // 0, 1 or 2 (FAST): an integer from our own PRAGMA read, safe to write back.
    m_connection.exec(QStringLiteral("PRAGMA secure_delete = %1").arg(m_secureDelete.toInt()),
                      {},
                      &ignored);
    m_secureDelete = QVariant();
}

void ErasureScrubber::afterCommit(const QList<QualifiedName> &touched,
                                  QString *scrubbing,
                                  QStringList *stillHolds)
{
    QStringList done;
    if (m_connection.backend() == Backend::SQLite)
        sqliteAfterCommit(touched, &done, stillHolds);
    else
        pgAfterCommit(touched, &done, stillHolds);
    *scrubbing = done.join(QLatin1Char(' '));
}

void ErasureScrubber::sqliteAfterCommit(const QList<QualifiedName> &touched,
                                        QStringList *done,
                                        QStringList *stillHolds)
{
    DbError error;
    done->append(tr("SQLite's secure_delete was on during the erasure, so the space the old "
                    "values used in the database file was overwritten with zeros."));
    // SQLITE_ENABLE_STAT4 builds keep sample index entries (emails, names) in sqlite_stat4.
    if (!touched.isEmpty()
        && scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                 "'sqlite_stat4'"),
                  {},
                  &error)
                   .toInt()
               > 0) {
        bool analyzed = true;
        for (const QualifiedName &table : touched) {
            analyzed = m_connection.exec(QLatin1String("ANALYZE ") + table.quoted(), {}, &error)
                       && analyzed;
        }
        if (analyzed) {
            done->append(tr("ANALYZE replaced the sampled values in sqlite_stat4."));
        } else {
            stillHolds->append(tr("sqlite_stat4 may still hold sampled values of %1: ANALYZE "
                                  "failed (%2).")
                                   .arg(names(touched), error.message));
        }
    }
    QSqlQuery query(m_connection.database());
    if (query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next()) {
        const int busy = query.value(0).toInt();
        const int log = query.value(1).toInt();
        const int copied = query.value(2).toInt();
        if (log < 0) {
            done->append(tr("The database does not use a write-ahead log (-wal file)."));
        } else if (busy == 0 && log == copied) {
            done->append(tr("The write-ahead log was checkpointed into the database file and "
                            "the -wal file truncated to 0 bytes (wal_checkpoint(TRUNCATE))."));
        } else {
            stillHolds->append(tr("The -wal file still holds old pages: another connection was "
                                  "reading while Salvage checkpointed (%1 of %2 pages copied). "
                                  "They go with the next complete checkpoint; close other "
                                  "programs using the file and run PRAGMA "
                                  "wal_checkpoint(TRUNCATE).")
                                   .arg(copied)
                                   .arg(log));
        }
    } else {
        stillHolds->append(tr("The write-ahead log could not be checkpointed (%1); the -wal "
                              "file may still hold old pages.")
                               .arg(DbError::fromSql(query.lastError(), Backend::SQLite).message));
    }
    const QString journal
        = scalar(QStringLiteral("PRAGMA journal_mode"), {}, &error).toString().toLower();
    if (journal == QLatin1String("persist")) {
        stillHolds->append(tr("journal_mode is PERSIST: the -journal file keeps the original "
                              "pages of the last transaction until the next one overwrites "
                              "them."));
    }
    const int freePages = scalar(QStringLiteral("PRAGMA freelist_count"), {}, &error).toInt();
    if (freePages > 0) {
        stillHolds->append(tr("%n free page(s) of the file were freed before this erasure, "
                              "possibly without secure_delete, and were not searched; VACUUM "
                              "rebuilds the file without them.",
                              nullptr,
                              freePages));
    }
    stillHolds->append(tr("Copies of the database file made before the erasure (backups, "
                          "synced folders, file-system snapshots) still hold the values until "
                          "they are deleted or expire."));
    stillHolds->append(tr("Disk blocks that the file system freed (the truncated -wal file, a "
                          "deleted -journal file) are not overwritten and may keep fragments "
                          "until they are reused; on SSDs, wear levelling may keep old blocks "
                          "for longer."));
}

int ErasureScrubber::olderTransactions(DbError *error)
{
    return scalar(QString::fromLatin1(pgOlderTransactions),
                  {m_transactionId, m_transactionId},
                  error)
        .toInt();
}

void ErasureScrubber::pgAfterCommit(const QList<QualifiedName> &touched,
                                    QStringList *done,
                                    QStringList *stillHolds)
{
    DbError error;
    QList<QualifiedName> permitted;
    QStringList refused;
    for (const QualifiedName &table : touched) {
        QSqlQuery query(m_connection.database());
        query.prepare(QString::fromLatin1(pgVacuumRight));
        query.addBindValue(table.schema);
        query.addBindValue(table.name);
        if (query.exec() && query.next() && query.value(0).toBool())
            permitted << table;
        else
            refused << tr("%1 (owner: %2)").arg(table.display(), query.value(1).toString());
    }
    if (!refused.isEmpty()) {
        stillHolds->append(tr("Your database user may not VACUUM %1, so their files keep the old "
                              "row versions until the owner (or a superuser) runs VACUUM FULL "
                              "on them.")
                               .arg(refused.join(QLatin1String(", "))));
    }

    QList<QualifiedName> vacuumed;
    if (!permitted.isEmpty()) {
        // Old snapshots keep old row versions alive through VACUUM FULL: wait a little.
        QElapsedTimer timer;
        timer.start();
        int older = olderTransactions(&error);
        while (older > 0 && timer.elapsed() < waitSeconds * 1000) {
            QThread::msleep(250);
            older = olderTransactions(&error);
        }
        const int oldSlots
            = scalar(QString::fromLatin1(pgOlderSlots), {m_transactionId}, &error).toInt();
        if (older > 0 || oldSlots > 0) {
            stillHolds->append(tr("VACUUM FULL was not run: %n transaction(s) or replication "
                                  "slot(s) older than the erasure were still open, and "
                                  "PostgreSQL keeps the old row versions for them. When they "
                                  "have ended, run VACUUM FULL on %1.",
                                  nullptr,
                                  older + oldSlots)
                                   .arg(names(permitted)));
        } else {
            const QString lockTimeout = scalar(QStringLiteral("SELECT "
                                                              "current_setting('lock_timeout')"),
                                               {},
                                               &error)
                                            .toString();
            // VACUUM FULL waits for an exclusive lock and queues everyone behind it: bounded.
            m_connection.exec(QStringLiteral("SELECT set_config('lock_timeout', ?, false)"),
                              {QStringLiteral("%1s").arg(waitSeconds)},
                              &error);
            QStringList failed;
            for (const QualifiedName &table : std::as_const(permitted)) {
                DbError vacuumError;
                if (m_connection.exec(QLatin1String("VACUUM (FULL, ANALYZE) ") + table.quoted(),
                                      {},
                                      &vacuumError))
                    vacuumed << table;
                else
                    failed << tr("%1 (%2)").arg(table.display(), vacuumError.message);
            }
            m_connection.exec(QStringLiteral("SELECT set_config('lock_timeout', ?, false)"),
                              {lockTimeout.isEmpty() ? QStringLiteral("0") : lockTimeout},
                              &error);
            if (!failed.isEmpty()) {
                stillHolds->append(tr("VACUUM FULL failed for %1, so their files keep the old "
                                      "row versions; run it again when the tables are not in "
                                      "use.")
                                       .arg(failed.join(QLatin1String(", "))));
            }
        }
    }
    if (!vacuumed.isEmpty()) {
        done->append(tr("VACUUM FULL rewrote %1: new heap, TOAST and index files without the "
                        "old row versions (plain VACUUM leaves their bytes in the files), and "
                        "ANALYZE replaced the sampled values in the planner statistics.")
                         .arg(names(vacuumed)));
    }

    stillHolds->append(tr("PostgreSQL's write-ahead log (pg_wal) holds the old values until "
                          "its segments are recycled after later checkpoints; WAL archives and "
                          "base backups keep them until their retention ends."));
    const QString archive
        = scalar(QStringLiteral("SELECT current_setting('archive_mode')"), {}, &error).toString();
    if (archive == QLatin1String("on") || archive == QLatin1String("always")) {
        stillHolds->append(tr("WAL archiving is on (archive_mode = %1): archived WAL files "
                              "hold the old values until the archive's retention removes "
                              "them.")
                               .arg(archive));
    }
    const int replicas
        = scalar(QStringLiteral("SELECT count(*) FROM pg_stat_replication"), {}, &error).toInt();
    stillHolds->append(
        tr("Replicas: %n streaming replica(s) connected now. Streaming replicas replay the "
           "erasure and the VACUUM FULL; logical replicas and subscribers apply the changes but "
           "keep old row versions in their own files until they are vacuumed there; a replica "
           "that is disconnected gets the changes when it reconnects.",
           nullptr,
           replicas));
    const QString logStatement = scalar(QStringLiteral("SELECT "
                                                       "current_setting('log_statement')"),
                                        {},
                                        &error)
                                     .toString();
    const int logDuration = scalar(QStringLiteral("SELECT setting::int FROM pg_settings "
                                                  "WHERE name = 'log_min_duration_statement'"),
                                   {},
                                   &error)
                                .toInt();
    if (logStatement == QLatin1String("all") || logDuration >= 0) {
        stillHolds->append(tr("The server log may hold the searched value: log_statement = %1 "
                              "and log_min_duration_statement = %2 log statements with their "
                              "values, including the search. Remove it from the logs by their "
                              "retention.")
                               .arg(logStatement)
                               .arg(logDuration));
    } else {
        stillHolds->append(tr("Server logs: statements are not logged with their values "
                              "(log_statement = %1), but an error or a log setting of the "
                              "past may have written values to the server log.")
                               .arg(logStatement));
    }
    stillHolds->append(tr("Dumps, backups and file-system snapshots made before the erasure "
                          "still hold the values until they are deleted or expire; disk "
                          "blocks freed by VACUUM FULL are not overwritten and may keep "
                          "fragments until the file system reuses them."));
    stillHolds->append(tr("Old versions of planner statistics rows (pg_statistic) stay in "
                          "that catalog's file until it is vacuumed (autovacuum does so)."));
}

} // namespace Salvage
