#pragma once

#include "db/connection.h"
#include "db/identifier.h"

#include <QCoreApplication>
#include <QVariant>

namespace Salvage {

// Removes the old values from the database files after an erasure, and says honestly what
// still holds copies.
//
// SQLite: secure_delete is on for the erasure's connection while it runs (freed cells and
// pages are overwritten with zeros), then wal_checkpoint(TRUNCATE) copies the WAL into the
// file and truncates the -wal file to 0 bytes. Measured (tst_erasure, raw file bytes): with
// secure_delete off every anonymized or purged value kept 1-2 copies in the file; in WAL mode
// without the checkpoint the old pages stay in the main file (1-3 copies); with both, 0.
//
// PostgreSQL: what ScrubMode says; by default plain VACUUM, which locks nobody out, and
// VACUUM FULL only when chosen, because only it removes the bytes. Measured on
// PostgreSQL 15 (a 200-row table with a unique text index and a second text index; the marker
// row inserted first, in the middle or last; then UPDATEd to anonymized values or DELETEd;
// then the VACUUM variant and a CHECKPOINT; marker bytes counted in the relation files):
// - plain VACUUM and VACUUM (INDEX_CLEANUP ON) alike: pruning compacts the page but never
//   zeroes the space it frees, so a dead tuple next to the free space (the last one written
//   to its page) stays: UPDATE left 1 copy in the heap, DELETE left the whole tuple in the
//   heap and its entries in both index files; rows inside a page happened to be overwritten.
//   In tst_erasure's schema plain VACUUM left the purged sessions' and session events'
//   values in their heap files.
// - VACUUM FULL writes new heap, TOAST and index files (the old ones are truncated and
//   unlinked): 0 copies in every case.
// - VACUUM FULL while another session held an older REPEATABLE READ snapshot: 1 copy in the
//   heap and 1 in the index (the old version is "recently dead" and copied). So it waits
//   briefly for such transactions and, if they stay, does not run and says so.
// VACUUM FULL locks the table exclusively (ACCESS EXCLUSIVE) for the whole rewrite, an
// outage on a busy table; lock_timeout bounds only the wait for the lock, so it runs only
// when chosen, and gives up (saying so) when the lock is not had within the wait.
enum class ScrubMode {
    None,   // nothing; the report names the command to run
    Vacuum, // plain VACUUM (ANALYZE): no exclusive lock, the old bytes may stay in the files
    Full,   // VACUUM (FULL, ANALYZE): new files without them; exclusive lock, bounded wait
};
QString scrubModeName(ScrubMode mode); // "none", "vacuum", "full"
// Returns false for a name that is none of those.
bool scrubModeFromName(const QString &name, ScrubMode *mode);

// What was done to one touched table after the commit.
struct TableScrub
{
    QualifiedName table;
    QString action; // "secure_delete", "none", "vacuum", "vacuum_full"
    bool done = false;
    QString note;    // translated: what happened, what still holds old copies
    QString command; // PostgreSQL: what removes the old versions from the files, when needed
};

class ErasureScrubber
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::ErasureScrubber)
public:
    // `waitSeconds`: how long afterCommit waits for older transactions, and for VACUUM
    // FULL's lock (ScrubMode::Full only).
    ErasureScrubber(Connection &connection, ScrubMode mode, int waitSeconds = defaultWaitSeconds);

    // Before the erasure's transaction (SQLite: secure_delete on, the old setting kept).
    bool prepare(DbError *error);
    // Inside the transaction (PostgreSQL: its id, to recognise older snapshots later).
    bool noteTransaction(DbError *error);
    // After commit: scrubs `touched`; fills what was done and what still holds copies, in
    // words and per table.
    void afterCommit(const QList<QualifiedName> &touched,
                     QString *scrubbing,
                     QStringList *stillHolds,
                     QList<TableScrub> *tables);
    // After commit or rollback: the connection's settings as they were.
    void restore();

    static constexpr int defaultWaitSeconds = 10;

private:
    void sqliteAfterCommit(const QList<QualifiedName> &touched,
                           QStringList *done,
                           QStringList *stillHolds,
                           QList<TableScrub> *tables);
    void pgAfterCommit(const QList<QualifiedName> &touched,
                       QStringList *done,
                       QStringList *stillHolds,
                       QList<TableScrub> *tables);
    // The tables this user may VACUUM; the others are reported in *tables.
    QList<QualifiedName> vacuumable(const QList<QualifiedName> &touched, QList<TableScrub> *tables);
    void pgVacuum(const QList<QualifiedName> &tables, QList<TableScrub> *scrubbed);
    void pgVacuumFull(const QList<QualifiedName> &tables, QList<TableScrub> *scrubbed);
    void pgWhatElseHolds(QStringList *stillHolds);
    int olderTransactions(DbError *error);
    QVariant scalar(const QString &sql, const QVariantList &values, DbError *error);
    static QString names(const QList<QualifiedName> &tables);

    Connection &m_connection;
    ScrubMode m_mode;
    int m_waitSeconds;
    QVariant m_secureDelete; // SQLite: the setting before prepare()
    QString m_transactionId; // PostgreSQL: the erasure's xid (32 bits, as text)
};

} // namespace Salvage

Q_DECLARE_METATYPE(Salvage::ScrubMode)
