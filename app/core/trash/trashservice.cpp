#include "trashservice.h"

#include "auditlog.h"
#include "constraintrefusal.h"
#include "db/sqldialect.h"
#include "operationsupport.h"
#include "privacy/legalhold.h"
#include "schema/schemainspector.h"

#include <QUuid>

namespace Salvage {

namespace {

// Keys per statement: keeps bound values below both backends' parameter limits.
constexpr int batchKeys = 500;

QList<QList<RowKey>> batches(const QList<RowKey> &keys)
{
    QList<QList<RowKey>> result;
    for (int i = 0; i < keys.size(); i += batchKeys)
        result << keys.mid(i, batchKeys);
    return result;
}

QList<RowKey> uniqueKeys(const QList<RowKey> &keys)
{
    QList<RowKey> result;
    QSet<QString> seen;
    for (const RowKey &key : keys) {
        QStringList parts;
        for (const QVariant &v : key)
            parts << v.toString();
        if (!seen.contains(parts.join(QChar(0x1f)))) {
            seen.insert(parts.join(QChar(0x1f)));
            result << key;
        }
    }
    return result;
}

bool containsKey(const QList<RowKey> &keys, const RowKey &key)
{
    return std::any_of(keys.cbegin(), keys.cend(),
                       [&key](const RowKey &k) { return sameKey(k, key); });
}

using OperationSupport::guardFor;
using OperationSupport::keyColumns;

} // namespace

QString operationName(Operation op)
{
    switch (op) {
    case Operation::Trash:
        return QStringLiteral("trash");
    case Operation::Restore:
        return QStringLiteral("restore");
    case Operation::Purge:
        break;
    }
    return QStringLiteral("purge");
}

QString operationTitle(Operation op)
{
    switch (op) {
    case Operation::Trash:
        return TrashService::tr("Move to trash");
    case Operation::Restore:
        return TrashService::tr("Restore");
    case Operation::Purge:
        break;
    }
    return TrashService::tr("Purge");
}

Operation inverseOperation(Operation op)
{
    return op == Operation::Trash ? Operation::Restore : Operation::Trash;
}

TrashService::TrashService(Connection &connection) : m_connection(connection) {}

OperationResult TrashService::run(const TableInfo &table, const OperationRequest &input)
{
    OperationResult result;
    OperationRequest request = input;
    request.keys = uniqueKeys(input.keys);
    if (!OperationSupport::checkRunnable(m_connection, table, request.actor, &result.error))
        return result;
    if (request.keys.isEmpty()) {
        result.error = DbError::refused(tr("No rows were given."));
        return result;
    }
    for (const RowKey &key : std::as_const(request.keys)) {
        if (key.size() != table.primaryKey.size()) {
            result.error = DbError::refused(tr("A row key does not match the primary key (%1) "
                                               "of %2.")
                                                .arg(table.primaryKey.join(QLatin1String(", ")),
                                                     table.name.display()));
            return result;
        }
    }
    if (!m_connection.begin(&result.error))
        return result;
    QVariant actorValue;
    bool ok = ensureAudit(request, result);
    if (ok && request.operation == Operation::Trash && !table.convention.actor.isEmpty()) {
        actorValue = resolveActor(table, request.actor, &result.error);
        ok = actorValue.isValid();
    }
    if (ok && request.operation == Operation::Purge) {
        const QList<Reference> refs = referencingRows(table, request.keys, &result.error);
        ok = !result.error.isError();
        if (ok && !refs.isEmpty()) {
            result.error = OperationSupport::referencedRefusal(refs);
            ok = false;
        }
    }
    ok = ok && checkState(table, request, result);
    // After checkState: the rows are locked, so a hold can no longer be placed on them unseen.
    if (ok && request.operation == Operation::Purge)
        ok = refuseHeld(table, request, result);
    ok = ok && applyChange(table, request, actorValue, result);
    if (ok) {
        result.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        AuditLog audit(m_connection);
        ok = audit.append(result.operationId, request.actor, operationName(request.operation),
                          table, request.keys, request.reason,
                          OperationSupport::auditDetails(table, request.operation),
                          &result.error);
    }
    if (ok)
        ok = m_connection.commit(&result.error);
    else
        m_connection.rollback();
    result.ok = ok;
    m_connection.noteError(result.error);
    if (!ok)
        explainConstraint(m_connection, table, request.operation, request.keys, &result.error);
    if (!ok) {
        result.rows = 0;
        result.operationId.clear();
        result.auditCreated = false;
    }
    return result;
}

bool TrashService::ensureAudit(const OperationRequest &request, OperationResult &result)
{
    return OperationSupport::ensureAudit(m_connection, request.createAuditTable, result);
}

bool TrashService::checkState(const TableInfo &table, const OperationRequest &request,
                              OperationResult &result)
{
    const Backend backend = m_connection.backend();
    const QString guard = guardFor(request.operation, table, backend);
    QList<RowKey> found;
    for (const QList<RowKey> &batch : batches(request.keys)) {
        QVariantList values;
        QString sql = QLatin1String("SELECT ") + keyColumns(table) + QLatin1String(" FROM ")
            + table.name.quoted() + QLatin1String(" WHERE ")
            + Sql::joinAnd({Sql::keyPredicate(table, batch, &values), guard});
        if (backend == Backend::PostgreSQL)
            sql += QLatin1String(" FOR UPDATE");
        const Result<QList<QVariantList>> rows = m_connection.rows(sql, values);
        if (!rows.report(&result.error))
            return false;
        found << *rows;
    }
    for (const RowKey &key : std::as_const(request.keys)) {
        if (!containsKey(found, key))
            result.problemRows << key;
    }
    if (result.problemRows.isEmpty())
        return true;
    QString state;
    switch (request.operation) {
    case Operation::Trash:
        state = tr("are already in the trash or no longer exist");
        break;
    case Operation::Restore:
        state = tr("are not in the trash (restored by someone else meanwhile?) or no longer "
                   "exist");
        break;
    case Operation::Purge:
        state = tr("are not in the trash or no longer exist; only trashed rows can be purged");
        break;
    }
    QStringList names;
    for (const RowKey &key : std::as_const(result.problemRows).mid(0, 20))
        names << rowKeyToText(table, key);
    result.error = DbError::refused(
        tr("%n of the selected row(s) %1: %2. Nothing was changed; refresh and check them.",
           nullptr, int(result.problemRows.size()))
            .arg(state, names.join(QLatin1String("; "))));
    result.error.kind = DbError::Conflict;
    return false;
}

bool TrashService::refuseHeld(const TableInfo &table,
                              const OperationRequest &request,
                              OperationResult &result)
{
    const QList<Hold> inForce = LegalHolds(m_connection).lockedHolds(table.name, &result.error);
    if (result.error.isError())
        return false;
    const HeldKeys held = heldAmong(inForce, table.name, request.keys);
    if (held.isEmpty())
        return true;
    result.problemRows = held.keys;
    result.error = DbError::refused(
        tr("%n of the selected row(s) of %1 are on legal hold and may not be purged: %2. "
           "Nothing was changed. A hold must be released before its row can be purged.",
           nullptr,
           int(held.keys.size()))
            .arg(table.name.display(), heldRowsText(table, held)));
    return false;
}

bool TrashService::applyChange(const TableInfo &table, const OperationRequest &request,
                               const QVariant &actorValue, OperationResult &result)
{
    const Backend backend = m_connection.backend();
    const QString guard = guardFor(request.operation, table, backend);
    int changed = 0;
    for (const QList<RowKey> &batch : batches(request.keys)) {
        QVariantList values;
        QString sql;
        if (request.operation == Operation::Purge) {
            sql = QLatin1String("DELETE FROM ") + table.name.quoted();
        } else {
            sql = QLatin1String("UPDATE ") + table.name.quoted() + QLatin1String(" SET ")
                + (request.operation == Operation::Trash
                       ? Sql::trashAssignments(table, backend, actorValue, request.reason,
                                               &values)
                       : Sql::restoreAssignments(table, backend));
        }
        sql += QLatin1String(" WHERE ")
            + Sql::joinAnd({Sql::keyPredicate(table, batch, &values), guard});
        int affected = 0;
        if (!m_connection.exec(sql, values, &result.error, &affected))
            return false;
        changed += affected;
    }
    if (changed == request.keys.size()) {
        result.rows = changed;
        return true;
    }
    result.error = OperationSupport::rowCountMismatch(changed, request.keys.size());
    return false;
}

QList<TrashService::Reference> TrashService::referencingRows(const TableInfo &table,
                                                             const QList<RowKey> &keys,
                                                             DbError *error)
{
    QList<Reference> result;
    for (const ForeignKey &fk : table.referencedBy) {
        for (const QList<RowKey> &batch : batches(keys)) {
            QVariantList values;
            const QString parent = Sql::keyPredicate(table, batch, &values, QStringLiteral("p"));
            // A row that refers to itself (or to another row of the batch) does not block.
            const QString self = fk.fromTable == table.name
                ? Sql::keyPredicate(table, batch, &values, QStringLiteral("c"))
                : QString();
            const Result<QVariant> count
                = m_connection.value(OperationSupport::referenceCountSql(table, fk, parent, self),
                                     values);
            if (!count.report(error))
                return {};
            OperationSupport::addReference(result, fk.fromTable, count->toLongLong());
        }
    }
    return result;
}

QVariant TrashService::resolveActor(const TableInfo &table, const QString &actor, DbError *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = DbError::refused(why);
        return QVariant();
    };
    const ColumnInfo *column = table.column(table.convention.actor);
    if (!column)
        return actor;
    const ForeignKey *fk = table.actorForeignKey();
    if (!fk) {
        if (column->kind == ColumnInfo::Kind::Integer) {
            bool isNumber = false;
            const qlonglong n = actor.toLongLong(&isNumber);
            if (!isNumber) {
                return fail(tr("The actor column %1 holds numbers; give the actor as a number.")
                                .arg(column->name));
            }
            return n;
        }
        return actor;
    }
    // deleted_by refers to another table (users.id): find the one row the actor names.
    SchemaInspector inspector(m_connection);
    DbError local;
    const TableInfo target = inspector.table(fk->toTable, &local);
    if (local.isError()) {
        if (error)
            *error = local;
        return QVariant();
    }
    const QString keyColumn = quoteIdentifier(fk->toColumns.value(0));
    QStringList matches{QLatin1String("CAST(") + keyColumn
                        + QLatin1String(" AS TEXT) = CAST(? AS TEXT)")};
    QVariantList values{actor};
    for (const QString &text : target.textColumns()) {
        matches << QLatin1String("lower(CAST(") + quoteIdentifier(text)
                       + QLatin1String(" AS TEXT)) = lower(CAST(? AS TEXT))");
        values << actor;
    }
    const Result<QList<QVariantList>> rows
        = m_connection.rows(QLatin1String("SELECT DISTINCT ") + keyColumn + QLatin1String(" FROM ")
                                + target.name.quoted() + QLatin1String(" WHERE ")
                                + matches.join(QLatin1String(" OR ")) + QLatin1String(" LIMIT 2"),
                            values);
    if (!rows.report(error))
        return QVariant();
    const QList<QVariantList> &found = *rows;
    if (found.size() == 1)
        return found.first().value(0);
    if (found.isEmpty()) {
        return fail(tr("No row of %1 matches the actor \"%2\". %3 must name a row of %1: give "
                       "its %4 or a unique value such as an email address.")
                        .arg(target.name.display(), actor, column->name,
                             fk->toColumns.value(0)));
    }
    return fail(tr("The actor \"%1\" matches several rows of %2; give its %3 instead.")
                    .arg(actor, target.name.display(), fk->toColumns.value(0)));
}

} // namespace Salvage
