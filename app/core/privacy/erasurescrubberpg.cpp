#include "erasurescrubber.h"

#include <QElapsedTimer>
#include <QThread>

// The PostgreSQL half of ErasureScrubber: VACUUM as ScrubMode says, then what else holds
// old copies (WAL, archives, replicas, logs, backups).

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

// lock_not_available: VACUUM FULL did not get its lock within lock_timeout.
const char lockNotAvailable[] = "55P03";

QString fullCommand(const QualifiedName &table)
{
    return QLatin1String("VACUUM (FULL, ANALYZE) ") + table.quoted() + QLatin1Char(';');
}

} // namespace

int ErasureScrubber::olderTransactions(DbError *error)
{
    return scalar(QString::fromLatin1(pgOlderTransactions),
                  {m_transactionId, m_transactionId},
                  error)
        .toInt();
}

QList<QualifiedName> ErasureScrubber::vacuumable(const QList<QualifiedName> &touched,
                                                 QList<TableScrub> *tables)
{
    QList<QualifiedName> permitted;
    for (const QualifiedName &table : touched) {
        const Result<QList<QVariantList>> right
            = m_connection.rows(QString::fromLatin1(pgVacuumRight), {table.schema, table.name});
        const QVariantList row = right ? right->value(0) : QVariantList();
        if (row.value(0).toBool()) {
            permitted << table;
            continue;
        }
        tables->append(TableScrub{table,
                                  QStringLiteral("none"),
                                  false,
                                  tr("Your database user may not VACUUM this table, so its "
                                     "files keep the old row versions until its owner or a "
                                     "superuser runs the command (owner: %1).")
                                      .arg(row.value(1).toString()),
                                  fullCommand(table)});
    }
    return permitted;
}

void ErasureScrubber::pgVacuum(const QList<QualifiedName> &tables, QList<TableScrub> *scrubbed)
{
    for (const QualifiedName &table : tables) {
        TableScrub scrub{table, QStringLiteral("vacuum"), false, QString(), fullCommand(table)};
        const Result<int> vacuum = m_connection.execute(QLatin1String("VACUUM (ANALYZE) ")
                                                        + table.quoted());
        scrub.done = vacuum.ok();
        scrub.note = vacuum ? tr("VACUUM (which locks nobody out) marked the space of the old "
                                 "row versions free, and ANALYZE replaced the sampled values in "
                                 "the planner statistics. Their bytes can stay in the files "
                                 "until new rows overwrite them; the command removes them, "
                                 "locking the table while it runs.")
                            : tr("VACUUM failed (%1), so the old row versions stay in the "
                                 "files; the command removes them, locking the table while it "
                                 "runs.")
                                  .arg(vacuum.error().message);
        scrubbed->append(scrub);
    }
}

void ErasureScrubber::pgVacuumFull(const QList<QualifiedName> &tables, QList<TableScrub> *scrubbed)
{
    DbError error;
    // Old snapshots keep old row versions alive through VACUUM FULL: wait a little.
    QElapsedTimer timer;
    timer.start();
    int older = olderTransactions(&error);
    while (older > 0 && timer.elapsed() < m_waitSeconds * 1000) {
        QThread::msleep(250);
        older = olderTransactions(&error);
    }
    const int oldSlots
        = scalar(QString::fromLatin1(pgOlderSlots), {m_transactionId}, &error).toInt();
    if (older > 0 || oldSlots > 0) {
        for (const QualifiedName &table : tables) {
            scrubbed->append(TableScrub{
                table,
                QStringLiteral("vacuum_full"),
                false,
                tr("VACUUM FULL was not run: %n transaction(s) or replication slot(s) older "
                   "than the erasure were still open, and PostgreSQL keeps the old row versions "
                   "for them. Run the command when they have ended.",
                   nullptr,
                   older + oldSlots),
                fullCommand(table)});
        }
        return;
    }
    const QString lockTimeout
        = scalar(QStringLiteral("SELECT current_setting('lock_timeout')"), {}, &error).toString();
    // VACUUM FULL waits for an exclusive lock and queues everyone behind it: bounded.
    m_connection.exec(QStringLiteral("SELECT set_config('lock_timeout', ?, false)"),
                      {QStringLiteral("%1s").arg(m_waitSeconds)},
                      &error);
    for (const QualifiedName &table : tables) {
        TableScrub scrub{table, QStringLiteral("vacuum_full"), false, QString(), QString()};
        const Result<int> vacuum = m_connection.execute(QLatin1String("VACUUM (FULL, ANALYZE) ")
                                                        + table.quoted());
        scrub.done = vacuum.ok();
        if (vacuum) {
            scrub.note = tr("VACUUM FULL rewrote the table: new heap, TOAST and index files "
                            "without the old row versions, and ANALYZE replaced the sampled "
                            "values in the planner statistics.");
        } else if (vacuum.error().sqlState == QLatin1String(lockNotAvailable)) {
            scrub.note = tr("VACUUM FULL did not get the table's exclusive lock within %n "
                            "second(s), because other sessions were using the table, so "
                            "nothing was rewritten and nobody was locked out. The old row "
                            "versions stay in the files: run the command in a maintenance "
                            "window.",
                            nullptr,
                            m_waitSeconds);
            scrub.command = fullCommand(table);
        } else {
            scrub.note = tr("VACUUM FULL failed (%1), so the old row versions stay in the "
                            "files: run the command when the table is not in use.")
                             .arg(vacuum.error().message);
            scrub.command = fullCommand(table);
        }
        scrubbed->append(scrub);
    }
    m_connection.exec(QStringLiteral("SELECT set_config('lock_timeout', ?, false)"),
                      {lockTimeout.isEmpty() ? QStringLiteral("0") : lockTimeout},
                      &error);
}

void ErasureScrubber::pgAfterCommit(const QList<QualifiedName> &touched,
                                    QStringList *done,
                                    QStringList *stillHolds,
                                    QList<TableScrub> *tables)
{
    const QList<QualifiedName> permitted = vacuumable(touched, tables);
    switch (m_mode) {
    case ScrubMode::None:
        for (const QualifiedName &table : permitted) {
            tables->append(TableScrub{table,
                                      QStringLiteral("none"),
                                      false,
                                      tr("Not vacuumed, as chosen: the old row versions stay in "
                                         "the files until VACUUM frees their space and new rows "
                                         "overwrite it; the command removes them, locking the "
                                         "table while it runs."),
                                      fullCommand(table)});
        }
        break;
    case ScrubMode::Vacuum:
        pgVacuum(permitted, tables);
        break;
    case ScrubMode::Full:
        pgVacuumFull(permitted, tables);
        break;
    }
    // In words: one line per outcome, naming its tables (the JSON report has one per table).
    QStringList notes;
    for (const TableScrub &scrub : std::as_const(*tables)) {
        if (!notes.contains(scrub.note))
            notes << scrub.note;
    }
    for (const QString &note : std::as_const(notes)) {
        QList<QualifiedName> named;
        QStringList commands;
        for (const TableScrub &scrub : std::as_const(*tables)) {
            if (scrub.note != note)
                continue;
            named << scrub.table;
            if (!scrub.command.isEmpty())
                commands << scrub.command;
        }
        const QString line = names(named) + QLatin1String(": ") + note;
        if (commands.isEmpty())
            done->append(line);
        else
            stillHolds->append(line + QLatin1Char(' ')
                               + tr("Command: %1").arg(commands.join(QLatin1Char(' '))));
    }
    pgWhatElseHolds(stillHolds);
}

void ErasureScrubber::pgWhatElseHolds(QStringList *stillHolds)
{
    DbError error;
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
