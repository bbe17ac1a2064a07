// What the erasure window says about a plan and about an erasure's outcome.
#pragma once

#include "privacy/erasureservice.h"

#include <QCoreApplication>
#include <QString>

namespace Salvage {

class ErasureTexts
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::ErasureTexts)

public:
    // "15 row(s) in 8 table(s): 9 to anonymize, ..." and the suggested rules in use.
    // `saltProblem`: why generated values are shown approximately, if they are.
    static QString planSummary(const ErasurePlan &plan,
                               const QString &subject,
                               const QString &saltProblem);
    // Why an erasure changed nothing: where a value was still found, or the error.
    static QString failure(const ErasureResult &result);
    // "9 row(s) anonymized, 4 purged, 1 kept on legal hold."
    static QString doneCounts(const ErasureResult &result);
    // What a committed erasure did, what was verified, and where old copies remain.
    static QString success(const ErasurePlan &plan, const ErasureResult &result);
};

} // namespace Salvage
