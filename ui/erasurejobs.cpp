#include "erasurejobs.h"

#include "databasesession.h"

#include "privacy/rulestore.h"

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
    const QList<SubjectRow> rows
        = SubjectFinder(connection, tables).find(search, &found.error, progress);
    if (found.error.isError())
        return found;

    RuleStore store(connection);
    const QList<AnonymizationRule> rules = store.rules(&found.error);
    const QList<QualifiedName> purge = found.error.isError() ? QList<QualifiedName>()
                                                             : store.purgeOnErasure(&found.error);
    if (!found.error.isError())
        found.holds = LegalHolds(connection).holds(QualifiedName(), &found.error);
    if (found.error.isError()) {
        found.error.message
            = tr("The rules and legal holds could not be read: %1").arg(found.error.message);
        return found;
    }
    DbError saltError;
    const QByteArray salt = store.salt(&saltError);
    if (saltError.isError() || salt.isEmpty()) {
        found.saltProblem = saltError.message.isEmpty()
                                ? tr("The database's erasure salt could not be read.")
                                : saltError.message;
    }
    found.plan
        = ErasurePlanner::plan(rows, tables, rules, purge, found.holds, salt, search.value, options);
    return found;
}

ErasureResult erase(Connection &connection,
                    const QList<TableInfo> &tables,
                    const ErasurePlan &plan,
                    const QString &actor)
{
    if (!connection.isOpen()) {
        ErasureResult result;
        result.actor = actor;
        result.error = DatabaseSession::notConnected();
        return result;
    }
    return ErasureService(connection, tables).apply(plan, actor, true);
}

} // namespace Salvage::ErasureJobs
