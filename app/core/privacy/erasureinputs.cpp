#include "erasureinputs.h"

#include "erasureverification.h"
#include "rulestore.h"

namespace Salvage {

PlannedErasure planErasure(Connection &connection,
                           const QList<TableInfo> &tables,
                           const SubjectSearch &search,
                           const ErasureOptions &options,
                           bool readSalt,
                           const SubjectFinder::Progress &progress)
{
    PlannedErasure result;
    const auto failed = [&result](PlannedErasure::Step step) {
        result.failedAt = step;
        return result;
    };
    const QList<SubjectRow> rows
        = SubjectFinder(connection, tables).find(search, &result.error, progress);
    if (result.error.isError())
        return failed(PlannedErasure::Step::Search);
    RuleStore store(connection);
    const QList<AnonymizationRule> rules = store.rules(&result.error);
    if (result.error.isError())
        return failed(PlannedErasure::Step::Rules);
    const QList<QualifiedName> purge = store.purgeOnErasure(&result.error);
    if (result.error.isError())
        return failed(PlannedErasure::Step::Rules);
    result.holds = LegalHolds(connection).holds(QualifiedName(), &result.error);
    if (result.error.isError())
        return failed(PlannedErasure::Step::Holds);
    QByteArray salt;
    if (readSalt)
        salt = store.salt(&result.saltError);
    result.hasSalt = !salt.isEmpty();
    result.plan = ErasurePlanner::plan(
        rows, tables, rules, purge, result.holds, salt, search.value, options);
    // The rows --redact-mentions would change, listed before anything changes.
    if (options.redactMentions && result.plan.refusal.isEmpty()
        && !ErasureVerification::findMentions(connection,
                                              result.plan,
                                              tables,
                                              &result.plan.mentions,
                                              &result.error))
        return failed(PlannedErasure::Step::Search);
    return result;
}

} // namespace Salvage
