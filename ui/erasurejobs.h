#pragma once

#include "privacy/erasureservice.h"

#include <QCoreApplication>

namespace Salvage {

// The erasure window's database work, run on its worker thread. Everything that decides is
// in the core (planErasure(), shared with `salvage-cli erase`, and ErasureService); this only
// adds the window's wording.
namespace ErasureJobs {

// Q_DECLARE_TR_FUNCTIONS cannot stand in a namespace; the same tr() for this one.
inline QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Salvage::ErasureJobs", sourceText, disambiguation, n);
}

struct Found
{
    ErasurePlan plan;
    QList<Hold> holds; // for the "until" of held rows
    // Why the database's erasure salt could not be read or created (a role that may only
    // read): the preview of e-mail and hash values is then not the final one, and erasing
    // is not possible. Empty when the salt is there.
    QString saltProblem;
    DbError error; // Cancelled when the search was stopped
};

// planErasure() with the salt; changes no data.
Found find(Connection &connection,
           const QList<TableInfo> &tables,
           const SubjectSearch &search,
           const ErasureOptions &options,
           const SubjectFinder::Progress &progress);

// Applies the plan (one transaction with the verification scan, see ErasureService).
ErasureResult erase(Connection &connection,
                    const QList<TableInfo> &tables,
                    const ErasurePlan &plan,
                    const QString &actor,
                    ScrubMode scrub);

} // namespace ErasureJobs
} // namespace Salvage
