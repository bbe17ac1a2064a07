// Everything an erasure plan is made from, read from the database, and the plan: the one
// sequence both front ends run before they show a plan or erase.
#pragma once

#include "erasureplan.h"

namespace Salvage {

struct PlannedErasure
{
    enum class Step { None, Search, Rules, Holds };

    ErasurePlan plan;
    QList<Hold> holds; // for the "until" of held rows
    DbError error;     // the step that failed, Cancelled when the search was stopped
    Step failedAt = Step::None;
    // The database's erasure salt could not be read or created (a role that may only read):
    // hashes and generated e-mail addresses are then not the final ones and erasing fails.
    // Not read at all for a dry run.
    DbError saltError;
    bool hasSalt = false;
};

// Finds the subject's rows, reads the stored rules, the "purge on erasure" tables and the
// legal holds, then the salt (created on first use, before any transaction, so that no
// rollback can lose it; `readSalt` false for a dry run, which must leave no trace), and
// plans. Changes no data rows.
PlannedErasure planErasure(Connection &connection,
                           const QList<TableInfo> &tables,
                           const SubjectSearch &search,
                           const ErasureOptions &options,
                           bool readSalt,
                           const SubjectFinder::Progress &progress = {});

} // namespace Salvage
