#pragma once

#include "erasureplan.h"
#include "erasurescrubber.h"
#include "personalkeys.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Salvage {

// One column the verification scan searched. Values of 5 characters or more are searched
// for as substrings, shorter ones only as the whole value (case-insensitive both): "Ann" must
// not hit "Annabel", but "jane@example.com" inside a free-text note must be found.
struct VerificationQuery
{
    QualifiedName table;
    QString column;
    int valuesSearched = 0;
    qint64 hits = 0; // 0 for a clean scan
    QString sql;     // the statement that searched the column, values as `?`
};

// A column that can hold text or bytes but was not searched (column empty: the whole table).
struct UnsearchedColumn
{
    QualifiedName table;
    QString column;
    QString why; // translated: "no SELECT permission", ...
};

struct TableOutcome
{
    QualifiedName table;
    int anonymized = 0;
    int purged = 0;
    int held = 0;
    QStringList columns; // columns changed
};

struct ErasureResult
{
    bool ok = false;
    QString operationId;
    QDateTime finishedAt; // UTC
    QString actor;
    QList<TableOutcome> tables;
    QList<VerificationQuery> verification;
    // Where a value was still found (table, column, key) when the scan failed; the erasure
    // was rolled back.
    QStringList remainingAt;
    QList<FoundCopy> remaining; // the same places, up to 20 listed row by row
    // Set once the verification scan ran; complete only when nothing was left unsearched.
    bool verificationRan = false;
    QList<UnsearchedColumn> unsearched;
    QList<FoundCopy> redacted; // --redact-mentions: the cells rewritten outside the plan
    QString scrubbing;         // what was done after commit (secure_delete + checkpoint,
                               // VACUUM) or who must do it (translated)
    QStringList stillHolds;    // honest list of what still holds old copies (translated)
    ScrubMode scrubMode = ScrubMode::Vacuum;
    QList<TableScrub> scrubbedTables; // per touched table: what was done after commit
    // Rows whose references to a personal primary key were rewritten to its keyed hash
    // (PersonalKeys): salvage_audit rows, salvage_legal_hold rows.
    int auditKeysHashed = 0;
    int holdKeysHashed = 0;
    DbError error;

    bool verificationComplete() const { return verificationRan && unsearched.isEmpty(); }
};

// Applies an ErasurePlan in one transaction: anonymize, purge, audit (one row per changed
// row, action "anonymize"/"purge", reason the ticket, details {"ticket","subject" (the
// salted hash),"columns"} - never values; a personal primary key (PersonalKeys) is written
// as its keyed hash, and the audit's and legal holds' older references to it are rewritten
// the same way), then the
// verification scan over every text column of every table for each marker value; any hit
// rolls everything back. After commit removes old values from the files: SQLite
// secure_delete during the erasure and wal_checkpoint(TRUNCATE) after; PostgreSQL VACUUM of
// the touched tables when permitted.
class ErasureService
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::ErasureService)
public:
    ErasureService(Connection &connection, const QList<TableInfo> &tables);

    // What to do about old row versions after the commit (PostgreSQL; SQLite always
    // overwrites and checkpoints). Default: plain VACUUM, which locks nobody out.
    // `waitSeconds`: the longest wait for older transactions and for VACUUM FULL's lock.
    void setScrubbing(ScrubMode mode, int waitSeconds = ErasureScrubber::defaultWaitSeconds);

    ErasureResult apply(const ErasurePlan &plan,
                        const QString &actor,
                        bool createAuditTable,
                        DbError *error = nullptr);

    // Single-row anonymize (trash view, `salvage-cli anonymize`): the same rules (stored, else
    // suggested), the same audit and scrubbing, never a purge; held rows are skipped. No
    // verification scan: the row is not a data subject, and its values may rightly live on
    // elsewhere (an active account with the same email).
    ErasureResult anonymizeRows(const TableInfo &table,
                                const QList<RowKey> &keys,
                                const QString &actor,
                                bool createAuditTable);

private:
    ErasureResult run(const ErasurePlan &plan, const QString &actor, bool createAuditTable);
    bool checkHolds(const ErasurePlan &plan, ErasureResult &result);
    bool anonymize(const ErasurePlan &plan, ErasureResult &result);
    bool purge(const ErasurePlan &plan, ErasureResult &result);
    bool purgeRow(const TableInfo &table, const PlannedRow &row, ErasureResult &result);
    bool preparePersonalKeys(const ErasurePlan &plan, ErasureResult &result);
    bool hashPersonalKeys(ErasureResult &result);
    bool audit(const ErasurePlan &plan, ErasureResult &result);
    bool verify(const ErasurePlan &plan, ErasureResult &result);
    bool redact(const ErasurePlan &plan, ErasureResult &result);
    const TableInfo *table(const QualifiedName &name, ErasureResult &result) const;

    Connection &m_connection;
    QList<TableInfo> m_tables;
    ScrubMode m_scrubMode = ScrubMode::Vacuum;
    int m_scrubWaitSeconds = ErasureScrubber::defaultWaitSeconds;
    PersonalKeys m_personalKeys; // of the plan being applied
};

} // namespace Salvage
