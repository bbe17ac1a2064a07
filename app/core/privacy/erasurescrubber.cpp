#include "erasurescrubber.h"

#include "db/identifier.h"

namespace Salvage {

QString scrubModeName(ScrubMode mode)
{
    switch (mode) {
    case ScrubMode::None:
        return QStringLiteral("none");
    case ScrubMode::Vacuum:
        break;
    case ScrubMode::Full:
        return QStringLiteral("full");
    }
    return QStringLiteral("vacuum");
}

bool scrubModeFromName(const QString &name, ScrubMode *mode)
{
    for (const ScrubMode m : {ScrubMode::None, ScrubMode::Vacuum, ScrubMode::Full}) {
        if (name == scrubModeName(m)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString ErasureScrubber::names(const QList<QualifiedName> &tables)
{
    QStringList list;
    for (const QualifiedName &table : tables)
        list << table.display();
    return list.join(QLatin1String(", "));
}

ErasureScrubber::ErasureScrubber(Connection &connection, ScrubMode mode, int waitSeconds)
    : m_connection(connection)
    , m_mode(mode)
    , m_waitSeconds(waitSeconds)
{}

QVariant ErasureScrubber::scalar(const QString &sql, const QVariantList &values, DbError *error)
{
    const Result<QVariant> value = m_connection.value(sql, values);
    return value.report(error) ? *value : QVariant();
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
                                  QStringList *stillHolds,
                                  QList<TableScrub> *tables)
{
    QStringList done;
    if (m_connection.backend() == Backend::SQLite)
        sqliteAfterCommit(touched, &done, stillHolds, tables);
    else
        pgAfterCommit(touched, &done, stillHolds, tables);
    *scrubbing = done.join(QLatin1Char(' '));
}

void ErasureScrubber::sqliteAfterCommit(const QList<QualifiedName> &touched,
                                        QStringList *done,
                                        QStringList *stillHolds,
                                        QList<TableScrub> *tables)
{
    DbError error;
    // Whatever the mode: overwriting freed space and checkpointing lock nobody out.
    done->append(tr("SQLite's secure_delete was on during the erasure, so the space the old "
                    "values used in the database file was overwritten with zeros."));
    for (const QualifiedName &table : touched) {
        tables->append(TableScrub{table,
                                  QStringLiteral("secure_delete"),
                                  true,
                                  tr("The space of the old values was overwritten with zeros "
                                     "(secure_delete)."),
                                  QString()});
    }
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
    const Result<QList<QVariantList>> checkpoint = m_connection.rows(
        QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (checkpoint && !checkpoint->isEmpty()) {
        const QVariantList row = checkpoint->first();
        const int busy = row.value(0).toInt();
        const int log = row.value(1).toInt();
        const int copied = row.value(2).toInt();
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
                               .arg(checkpoint ? tr("no result") : checkpoint.error().message));
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

} // namespace Salvage
