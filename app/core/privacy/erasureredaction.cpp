// --redact-mentions: the subject's values inside text columns of rows outside the plan.
#include "erasureservice.h"
#include "erasureverification.h"

#include "db/sqldialect.h"
#include "erasuresql.h"
#include "trash/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Salvage {

namespace {

// Far more mentions than anyone reviews in a plan; more are refused as "not listed".
constexpr int maxMentions = 10000;

bool sameCopy(const FoundCopy &a, const FoundCopy &b)
{
    return a.table == b.table && a.column == b.column && sameKey(a.key, b.key);
}

} // namespace

QList<ErasureVerification::HeldRows> ErasureVerification::rowsOf(const ErasurePlan &plan,
                                                                 const QList<TableInfo> &tables,
                                                                 bool heldOnly)
{
    QList<HeldRows> rows;
    for (const PlannedRow &row : plan.rows) {
        if (heldOnly && row.action != PlannedRow::Action::KeepHeld)
            continue;
        const TableInfo *info = ErasureSql::findTable(tables, row.row.table);
        if (!info || info->primaryKey.isEmpty())
            continue;
        auto it = std::find_if(rows.begin(), rows.end(), [&row](const HeldRows &h) {
            return h.table == row.row.table;
        });
        if (it == rows.end()) {
            rows << HeldRows{row.row.table, info->primaryKey, {}};
            it = rows.end() - 1;
        }
        it->keys << row.row.key;
    }
    return rows;
}

bool ErasureVerification::findMentions(Connection &connection,
                                       const ErasurePlan &plan,
                                       const QList<TableInfo> &tables,
                                       QList<FoundCopy> *found,
                                       DbError *error)
{
    QList<VerificationQuery> queries;
    QList<UnsearchedColumn> unsearched;
    QStringList notes;
    if (!ErasureVerification(connection)
             .scan(plan.markerValues,
                   rowsOf(plan, tables, false),
                   maxMentions,
                   &queries,
                   found,
                   &unsearched,
                   &notes,
                   error))
        return false;
    // The audit and the rules are Salvage's records: never rewritten behind their back.
    for (FoundCopy &copy : *found) {
        if (ErasureSql::isSalvageTable(copy.table))
            copy.redactable = false;
    }
    return true;
}

bool ErasureService::redact(const ErasurePlan &plan, ErasureResult &result)
{
    QList<FoundCopy> found;
    if (!ErasureVerification::findMentions(m_connection, plan, m_tables, &found, &result.error))
        return false;
    QList<FoundCopy> blocked;
    QStringList unplanned;
    for (const FoundCopy &copy : std::as_const(found)) {
        if (!copy.redactable)
            blocked << copy;
        else if (std::none_of(plan.mentions.cbegin(),
                              plan.mentions.cend(),
                              [&copy](const FoundCopy &m) { return sameCopy(m, copy); }))
            unplanned << ErasureVerification::describe(copy);
    }
    if (!blocked.isEmpty()) {
        result.remaining = blocked.mid(0, ErasureVerification::maxListed);
        result.remainingAt = ErasureVerification::describe(result.remaining);
        result.error = DbError::refused(
            tr("The erasure was undone: the subject's values are also in %1, which cannot be "
               "redacted (a binary column, a key, Salvage's own records, or rows not named by a "
               "key). Nothing was changed. Correct them by hand, then plan and apply again.")
                .arg(result.remainingAt.join(QLatin1String("; "))));
        return false;
    }
    if (!unplanned.isEmpty()) {
        result.error = DbError::refused(
            tr("Rows that mention the subject appeared since the plan was made: %1. Nothing "
               "was changed; plan again.")
                .arg(unplanned.mid(0, ErasureVerification::maxListed).join(QLatin1String("; "))));
        result.error.kind = DbError::Conflict;
        return false;
    }
    AuditLog log(m_connection);
    for (const FoundCopy &copy : std::as_const(found)) {
        TableInfo keyed;
        if (const TableInfo *info = ErasureSql::findTable(m_tables, copy.table))
            keyed = *info;
        keyed.name = copy.table;
        keyed.primaryKey = copy.primaryKey;
        const QString text = QLatin1String("CAST(") + quoteIdentifier(copy.column)
                             + QLatin1String(" AS TEXT)");
        QVariantList keyValues;
        const QString where = Sql::keyPredicate(keyed, {copy.key}, &keyValues);
        const Result<QVariant> old = m_connection.value(QLatin1String("SELECT ") + text
                                                            + QLatin1String(" FROM ")
                                                            + copy.table.quoted()
                                                            + QLatin1String(" WHERE ") + where,
                                                        keyValues);
        if (!old.report(&result.error))
            return false;
        const QString before = old->toString();
        const QString after = ErasureVerification::redacted(before, plan.markerValues);
        // Guarded by the value read: a row changed meanwhile changes nothing, and is an error.
        QVariantList values{after};
        values += keyValues;
        values << before;
        int changed = 0;
        if (after == before
            || !m_connection.exec(QLatin1String("UPDATE ") + copy.table.quoted()
                                      + QLatin1String(" SET ") + quoteIdentifier(copy.column)
                                      + QLatin1String(" = ? WHERE ") + where
                                      + QLatin1String(" AND ") + text + QLatin1String(" = ?"),
                                  values,
                                  &result.error,
                                  &changed)
            || changed != 1) {
            if (!result.error.isError()) {
                result.error = DbError::refused(
                    tr("%1 could not be redacted: it changed since it was read, or row-level "
                       "security or a trigger kept it as it was. The whole erasure was undone; "
                       "nothing was changed. Plan again.")
                        .arg(ErasureVerification::describe(copy)));
                result.error.kind = DbError::Conflict;
            }
            return false;
        }
        QJsonObject details;
        details.insert(QStringLiteral("ticket"), plan.ticket);
        details.insert(QStringLiteral("subject"), plan.subjectHash);
        details.insert(QStringLiteral("columns"), QJsonArray{copy.column});
        if (!log.append(result.operationId,
                        result.actor,
                        QStringLiteral("redact"),
                        keyed,
                        {copy.key},
                        plan.ticket,
                        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                        &result.error))
            return false;
        result.redacted << copy;
    }
    return true;
}

} // namespace Salvage
