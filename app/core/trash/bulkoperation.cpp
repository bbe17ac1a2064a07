#include "bulkoperation.h"

#include "batchsizer.h"
#include "bulkbatches.h"
#include "constraintrefusal.h"
#include "db/sqldialect.h"
#include "operationsupport.h"
#include "privacy/legalhold.h"

#include <QElapsedTimer>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <memory>

namespace Salvage {

namespace {

using OperationSupport::guardFor;

QString utcText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// `marker <op> ?` for a time bound. SQLite markers are 'YYYY-MM-DD HH:MM:SS' text in UTC;
// PostgreSQL's timestamptz takes the QDateTime; a column "without time zone" holds UTC, so
// it is compared with the UTC wall time instead of the session's time zone.
QString timeBound(const TableInfo &table,
                  Backend backend,
                  const char *op,
                  const QDateTime &when,
                  QVariantList *values)
{
    const QString marker = quoteIdentifier(table.convention.marker) + QLatin1Char(' ')
                           + QLatin1String(op) + QLatin1Char(' ');
    const ColumnInfo *column = table.column(table.convention.marker);
    if (backend == Backend::PostgreSQL && column) {
        if (column->kind == ColumnInfo::Kind::Timestamp
            && !column->type.contains(QLatin1String("without time zone"))) {
            values->append(when.toUTC());
            return marker + QLatin1Char('?');
        }
        if (column->kind == ColumnInfo::Kind::Timestamp || column->kind == ColumnInfo::Kind::Date) {
            values->append(utcText(when));
            return marker + QLatin1String("CAST(? AS timestamp)");
        }
    }
    values->append(utcText(when));
    return marker + QLatin1Char('?');
}

// Bound values a bulk purge may spend on the keys of held rows.
constexpr qsizetype maxHeldValues = 10000;

DbError cancelledError()
{
    DbError error;
    error.kind = DbError::Cancelled;
    error.message = BulkOperation::tr("Cancelled; nothing was changed.");
    return error;
}

} // namespace

BulkOperation::BulkOperation(Connection &connection)
    : m_connection(connection)
{}

QString BulkOperation::predicate(const TableInfo &table,
                                 Operation op,
                                 const RowFilter &filter,
                                 QVariantList *values,
                                 DbError *error) const
{
    const Backend backend = m_connection.backend();
    const bool byWho = !filter.deletedBy.isEmpty();
    const bool byWhen = filter.deletedFrom.isValid() || filter.deletedTo.isValid();
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = DbError::refused(why);
        return QString();
    };
    if (!table.isWritable())
        return refuse(table.readOnlyReason());
    if (op == Operation::Trash && (byWho || byWhen)) {
        return refuse(tr("Active rows have not been deleted by anyone: \"deleted by\" and the "
                         "time range apply to rows in the trash only."));
    }
    if (byWho && table.convention.actor.isEmpty()) {
        return refuse(tr("%1 does not record who deleted a row, so its rows cannot be "
                         "chosen by \"deleted by\".")
                          .arg(table.name.display()));
    }
    if (byWhen && table.convention.kind != Convention::Kind::Timestamp) {
        return refuse(tr("%1 marks deleted rows with the flag %2, which does not record when "
                         "they were deleted, so its rows cannot be chosen by time.")
                          .arg(table.name.display(), table.convention.marker));
    }
    if (filter.deletedFrom.isValid() && filter.deletedTo.isValid()
        && filter.deletedFrom >= filter.deletedTo) {
        return refuse(tr("The time range is empty: \"from\" must be before \"to\"."));
    }
    QStringList parts{guardFor(op, table, backend)};
    if (byWho) {
        parts << QLatin1String("CAST(") + quoteIdentifier(table.convention.actor)
                     + QLatin1String(" AS TEXT) = ?");
        values->append(filter.deletedBy);
    }
    if (filter.deletedFrom.isValid())
        parts << timeBound(table, backend, ">=", filter.deletedFrom, values);
    if (filter.deletedTo.isValid())
        parts << timeBound(table, backend, "<", filter.deletedTo, values);
    parts << Sql::searchPredicate(table, backend, filter.search, values);
    return Sql::joinAnd(parts);
}

bool BulkOperation::countMatching(const TableInfo &table,
                                  const QString &where,
                                  const QVariantList &values,
                                  qint64 *rows,
                                  DbError *error)
{
    const Result<QVariant> count = m_connection.value(QLatin1String("SELECT count(*) FROM ")
                                                          + table.name.quoted()
                                                          + QLatin1String(" WHERE ") + where,
                                                      values);
    if (count)
        *rows = count->toLongLong();
    return count.report(error);
}

qint64 BulkOperation::count(const TableInfo &table,
                            Operation op,
                            const RowFilter &filter,
                            DbError *error)
{
    DbError local;
    DbError *target = error ? error : &local;
    if (!m_connection.isOpen()) {
        target->kind = DbError::ConnectionLost;
        target->message = tr("Not connected to the database.");
        return -1;
    }
    QVariantList values;
    const QString where = predicate(table, op, filter, &values, target);
    if (target->isError())
        return -1;
    qint64 rows = 0;
    if (!countMatching(table, where, values, &rows, target)) {
        m_connection.noteError(*target);
        return -1;
    }
    return rows;
}

QList<TrashService::Reference> BulkOperation::referencingRows(const TableInfo &table,
                                                              const QString &where,
                                                              const QVariantList &values,
                                                              DbError *error)
{
    QList<TrashService::Reference> result;
    for (const ForeignKey &fk : table.referencedBy) {
        // Unqualified names in `where` resolve to the nearest table: p inside EXISTS, c
        // outside. A row that refers to another row being purged (or to itself) does not
        // block; CASE keeps a row whose match is NULL counted.
        const bool self = fk.fromTable == table.name;
        const QString sql = OperationSupport::referenceCountSql(
            table, fk, where,
            self ? QLatin1String("CASE WHEN ") + where + QLatin1String(" THEN 1 ELSE 0 END = 1")
                 : QString());
        const QVariantList bound = self ? values + values : values;
        const Result<QVariant> count = m_connection.value(sql, bound);
        if (!count.report(error))
            return {};
        OperationSupport::addReference(result, fk.fromTable, count->toLongLong());
    }
    return result;
}

bool BulkOperation::excludeHeld(const TableInfo &table, Plan *plan, OperationResult &result)
{
    const QList<Hold> inForce = LegalHolds(m_connection).lockedHolds(table.name, &result.error);
    if (result.error.isError())
        return false;
    QList<RowKey> held;
    for (const Hold &hold : inForce)
        held << hold.key;
    if (held.isEmpty())
        return true;
    // Bound values stay below SQLite's 32766 per statement, also where a statement binds the
    // filter twice (referencingRows).
    const qsizetype values = held.size() * table.primaryKey.size() + plan->whereValues.size();
    if (values > maxHeldValues) {
        result.error = DbError::refused(
            tr("%n row(s) of %1 are on legal hold, too many to leave out of one bulk purge. "
               "Nothing was changed; purge a narrower selection.",
               nullptr,
               int(held.size()))
                .arg(table.name.display()));
        return false;
    }
    QVariantList heldValues;
    const QString isHeld = Sql::keyPredicate(table, held, &heldValues);
    if (!countMatching(table,
                       Sql::joinAnd({plan->where, isHeld}),
                       plan->whereValues + heldValues,
                       &result.heldRows,
                       &result.error))
        return false;
    plan->where = Sql::joinAnd({plan->where, QLatin1String("NOT (") + isHeld + QLatin1Char(')')});
    plan->whereValues += heldValues;
    return true;
}

OperationResult BulkOperation::run(const TableInfo &table,
                                   const OperationRequest &request,
                                   const RowFilter &filter,
                                   const std::function<void(const BulkProgress &)> &progress,
                                   const std::atomic_bool *cancel)
{
    OperationResult result;
    if (!OperationSupport::checkRunnable(m_connection, table, request.actor, &result.error))
        return result;
    const Backend backend = m_connection.backend();
    Plan plan;
    plan.table = &table;
    plan.operation = request.operation;
    plan.reason = request.reason;
    plan.where = predicate(table, request.operation, filter, &plan.whereValues, &result.error);
    if (result.error.isError())
        return result;
    if (!m_connection.begin(&result.error)) {
        m_connection.noteError(result.error);
        return result;
    }
    const auto cancelled = [cancel] { return cancel && cancel->load(); };

    // One snapshot for the chunk boundaries and every batch: a row another session changes
    // meanwhile fails the operation instead of being skipped silently (SQLite's write lock
    // is taken).
    // Every batch is planned with its own key range: after five executions PostgreSQL may
    // switch a prepared statement to a generic plan, which cannot tell a narrow key range
    // from the filter's whole time window and may scan the window once per batch.
    bool ok = backend != Backend::PostgreSQL
              || (m_connection.exec(QStringLiteral(
                                        "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"),
                                    {},
                                    &result.error)
                  && m_connection.exec(QStringLiteral("SET LOCAL plan_cache_mode = force_custom_plan"),
                                       {},
                                       &result.error));
    // Before the first read, which takes the REPEATABLE READ snapshot.
    if (ok && request.operation == Operation::Purge)
        ok = excludeHeld(table, &plan, result);
    ok = ok && OperationSupport::ensureAudit(m_connection, request.createAuditTable, result);
    if (ok && request.operation == Operation::Trash && !table.convention.actor.isEmpty()) {
        plan.actorValue
            = TrashService(m_connection).resolveActor(table, request.actor, &result.error);
        ok = plan.actorValue.isValid();
    }
    if (ok) {
        result.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        plan.auditValues << result.operationId << request.actor << operationName(request.operation)
                         << table.name.display();
        plan.auditTail << (request.reason.isEmpty() ? QVariant() : QVariant(request.reason))
                       << OperationSupport::auditDetails(table, request.operation)
                       << m_connection.databaseUser() << osUserName();
    }
    BatchSizer sizer(m_batchRows);
    // Destroyed after the transaction ends: PostgreSQL deallocates prepared statements then.
    std::unique_ptr<Batches> batches;
    if (ok) {
        // Reading the chunk boundaries also counts the matching rows.
        batches = makeBatches(m_connection, plan);
        ok = batches->prepare(sizer.chunkRows(), &result.error);
    }
    const qint64 total = ok ? batches->total() : 0;
    if (ok && total == 0) {
        result.error = DbError::refused(
            result.heldRows > 0
                ? tr("All %n matching row(s) of %1 are on legal hold. Nothing was changed.",
                     nullptr,
                     int(std::min<qint64>(result.heldRows, std::numeric_limits<int>::max())))
                      .arg(table.name.display())
                : tr("No rows of %1 match. Nothing was changed.").arg(table.name.display()));
        ok = false;
    }
    if (ok && request.operation == Operation::Purge && !table.referencedBy.isEmpty()) {
        const QList<TrashService::Reference> refs
            = referencingRows(table, plan.where, plan.whereValues, &result.error);
        ok = !result.error.isError();
        if (ok && !refs.isEmpty()) {
            result.error = OperationSupport::referencedRefusal(refs);
            ok = false;
        }
    }
    qint64 done = 0;
    while (ok && done < total) {
        if (cancelled()) {
            result.error = cancelledError();
            ok = false;
            break;
        }
        QElapsedTimer timer;
        timer.start();
        const qint64 rows = batches->next(sizer.nextRows(), done, &result.error);
        ok = rows > 0;
        if (!ok) {
            // No rows left before the counted total: cannot happen with the boundaries read
            // in the same transaction, but never report success for rows not changed.
            if (rows == 0)
                result.error = OperationSupport::rowCountMismatch(done, total);
            break;
        }
        sizer.record(rows, timer.nsecsElapsed() / 1e6);
        done += rows;
        if (progress)
            progress(BulkProgress{done, total});
    }
    if (ok && cancelled()) {
        result.error = cancelledError();
        ok = false;
    }
    if (ok)
        ok = m_connection.commit(&result.error);
    else
        m_connection.rollback();
    if (result.error.kind == DbError::Cancelled) {
        result.error.message = cancelledError().message;
    } else if (result.error.sqlState == QLatin1String("40001")) {
        result.error.kind = DbError::Conflict;
        result.error.message = tr("Another session changed some of these rows meanwhile. "
                                  "Nothing was changed; try again.");
    }
    result.ok = ok;
    m_connection.noteError(result.error);
    if (!ok)
        explainConstraint(m_connection, table, request.operation, {}, &result.error);
    if (ok) {
        result.rows = int(std::min<qint64>(done, std::numeric_limits<int>::max()));
    } else {
        result.rows = 0;
        result.operationId.clear();
        result.auditCreated = false;
    }
    return result;
}

} // namespace Salvage
