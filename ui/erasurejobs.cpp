#include "erasurejobs.h"

#include "databasesession.h"

#include "privacy/erasureinputs.h"

namespace Salvage::ErasureJobs {

Found find(Connection &connection,
           const QList<TableInfo> &tables,
           const SubjectSearch &search,
           const ErasureOptions &options,
           const SubjectFinder::Progress &progress)
{
    Found found;
    if (!connection.isOpen()) {
        found.error = DatabaseSession::notConnected();
        return found;
    }
    const PlannedErasure planned = planErasure(connection, tables, search, options, true, progress);
    found.error = planned.error;
    if (planned.failedAt == PlannedErasure::Step::Rules
        || planned.failedAt == PlannedErasure::Step::Holds) {
        found.error.message
            = tr("The rules and legal holds could not be read: %1").arg(found.error.message);
    }
    if (planned.failedAt != PlannedErasure::Step::None)
        return found;
    if (planned.saltError.isError() || !planned.hasSalt) {
        found.saltProblem = planned.saltError.message.isEmpty()
                                ? tr("The database's erasure salt could not be read.")
                                : planned.saltError.message;
    }
    found.plan = planned.plan;
    found.holds = planned.holds;
    return found;
}

ErasureResult erase(Connection &connection,
                    const QList<TableInfo> &tables,
                    const ErasurePlan &plan,
                    const QString &actor,
                    ScrubMode scrub)
{
    if (!connection.isOpen()) {
        ErasureResult result;
        result.actor = actor;
        result.error = DatabaseSession::notConnected();
        return result;
    }
    ErasureService service(connection, tables);
    service.setScrubbing(scrub);
    return service.apply(plan, actor, true);
}

} // namespace Salvage::ErasureJobs
