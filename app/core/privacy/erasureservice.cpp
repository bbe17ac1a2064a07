#include "erasureservice.h"

#include "db/sqldialect.h"
#include "erasurescrubber.h"
#include "erasuresql.h"
#include "erasureverification.h"
#include "rulestore.h"
#include "trash/auditlog.h"
#include "trash/operationsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Salvage {

namespace {

using Action = PlannedRow::Action;

TableOutcome &outcomeFor(ErasureResult &result, const QualifiedName &table)
{
    for (TableOutcome &outcome : result.tables) {
        if (outcome.table == table)
            return outcome;
    }
    result.tables << TableOutcome{table, 0, 0, 0, {}};
    return result.tables.last();
}

QStringList changedColumns(const PlannedRow &row)
{
    QStringList columns;
    for (const PlannedChange &change : row.changes)
        columns << change.column;
    return columns;
}

// Whether `child` (a row the erasure purges) refers to `parent` through one of the parent
// table's referencing foreign keys.
bool refersTo(const PlannedRow &child, const TableInfo &parentTable, const PlannedRow &parent)
{
    for (const ForeignKey &fk : parentTable.referencedBy) {
        if (fk.fromTable != child.row.table)
            continue;
        const QVariantList from = ErasureSql::valuesOf(child.row.values, fk.fromColumns);
        const QVariantList to = ErasureSql::valuesOf(parent.row.values, fk.toColumns);
        if (!ErasureSql::hasNull(from) && sameKey(from, to))
            return true;
    }
    return false;
}

DbError mismatch(const QualifiedName &table, const RowKey &key, const TableInfo &info, int changed)
{
    DbError error = DbError::refused(
        ErasureService::tr("Row %1 of %2 changed %3 rows instead of 1: it changed or "
                           "disappeared since the plan was made, or row-level security or a "
                           "trigger kept it as it was. The whole erasure was undone; nothing "
                           "was changed. Search again and make a new plan.")
            .arg(rowKeyToText(info, key), table.display())
            .arg(changed));
    error.kind = DbError::Conflict;
    return error;
}

// Runs `sql`, which must change exactly the planned row `key` of `info`: any other count
// undoes the whole erasure.
bool changeRow(Connection &connection,
               const TableInfo &info,
               const RowKey &key,
               const QString &sql,
               const QVariantList &values,
               ErasureResult &result)
{
    int changed = 0;
    if (!connection.exec(sql, values, &result.error, &changed))
        return false;
    if (changed != 1) {
        result.error = mismatch(info.name, key, info, changed);
        return false;
    }
    return true;
}

} // namespace

ErasureService::ErasureService(Connection &connection, const QList<TableInfo> &tables)
    : m_connection(connection)
    , m_tables(tables)
{}

const TableInfo *ErasureService::table(const QualifiedName &name, ErasureResult &result) const
{
    const TableInfo *info = ErasureSql::findTable(m_tables, name);
    if (!info || info->primaryKey.isEmpty()) {
        result.error = DbError::refused(tr("The plan names %1, which is not a table with a "
                                           "primary key in this database. Nothing was "
                                           "changed; search again.")
                                            .arg(name.display()));
    }
    return info && !info->primaryKey.isEmpty() ? info : nullptr;
}

void ErasureService::setScrubbing(ScrubMode mode, int waitSeconds)
{
    m_scrubMode = mode;
    m_scrubWaitSeconds = waitSeconds;
}

ErasureResult ErasureService::apply(const ErasurePlan &plan,
                                    const QString &actor,
                                    bool createAuditTable,
                                    DbError *error)
{
    ErasureResult result;
    result.actor = actor;
    if (!plan.refusal.isEmpty())
        result.error = DbError::refused(plan.refusal);
    else if (plan.ticket.trimmed().isEmpty())
        result.error = DbError::refused(tr("An erasure needs a ticket id (the request it "
                                           "answers), for the audit and the report."));
    else if (plan.isEmpty())
        result.error = DbError::refused(tr("The plan has no rows: nothing to erase."));
    if (!result.error.isError())
        result = run(plan, actor, createAuditTable);
    if (error)
        *error = result.error;
    return result;
}

ErasureResult ErasureService::anonymizeRows(const TableInfo &table,
                                            const QList<RowKey> &keys,
                                            const QString &actor,
                                            bool createAuditTable)
{
    ErasureResult result;
    result.actor = actor;
    const auto refuse = [&result](const DbError &why) {
        result.error = why;
        return result;
    };
    if (table.primaryKey.isEmpty())
        return refuse(DbError::refused(table.readOnlyReason()));
    if (keys.isEmpty())
        return refuse(DbError::refused(tr("No rows were given.")));
    RuleStore store(m_connection);
    DbError error;
    const QList<AnonymizationRule> rules = store.rules(&error);
    if (error.isError())
        return refuse(error);
    const QByteArray salt = store.salt(&error);
    if (error.isError())
        return refuse(error);
    const QList<Hold> holds = LegalHolds(m_connection).holds(table.name, &error);
    if (error.isError())
        return refuse(error);

    // The rows as they are now (each once), for the rules and the preview values.
    QList<RowKey> unique;
    for (const RowKey &key : keys) {
        if (key.size() != table.primaryKey.size()) {
            return refuse(DbError::refused(
                tr("A row key does not match the primary key (%1) "
                   "of %2.")
                    .arg(table.primaryKey.join(QLatin1String(", ")), table.name.display())));
        }
        if (std::none_of(unique.cbegin(), unique.cend(), [&key](const RowKey &k) {
                return sameKey(k, key);
            }))
            unique << key;
    }
    QList<SubjectRow> rows;
    for (int start = 0; start < unique.size(); start += 200) {
        QVariantList values;
        const Result<QList<QVariantList>> read
            = m_connection.rows(QLatin1String("SELECT ") + ErasureSql::selectList(table)
                                    + QLatin1String(", CASE WHEN ")
                                    + Sql::scopePredicate(table,
                                                          Scope::Trash,
                                                          m_connection.backend())
                                    + QLatin1String(" THEN 1 ELSE 0 END FROM ")
                                    + table.name.quoted() + QLatin1String(" WHERE ")
                                    + Sql::keyPredicate(table, unique.mid(start, 200), &values),
                                values);
        if (!read)
            return refuse(read.error());
        for (const QVariantList &cells : *read) {
            SubjectRow row;
            row.table = table.name;
            for (int i = 0; i < table.columns.size(); ++i)
                row.values.insert(table.columns.at(i).name, cells.value(i));
            row.key = ErasureSql::valuesOf(row.values, table.primaryKey);
            row.trashed = cells.value(int(table.columns.size())).toInt() != 0;
            row.path = {table.name};
            rows << row;
        }
    }
    if (rows.size() != unique.size()) {
        DbError gone = DbError::refused(tr("%n of the selected row(s) no longer exist. Nothing "
                                           "was changed; refresh and check them.",
                                           nullptr,
                                           int(unique.size() - rows.size())));
        gone.kind = DbError::Conflict;
        return refuse(gone);
    }
    QList<TableInfo> tables = m_tables;
    if (!ErasureSql::findTable(tables, table.name))
        tables << table;
    ErasurePlan plan
        = ErasurePlanner::plan(rows, tables, rules, {}, holds, salt, QString(), ErasureOptions());
    if (!plan.refusal.isEmpty())
        return refuse(DbError::refused(plan.refusal));
    plan.markerValues.clear();
    // A selection names its rows: a held one refuses the whole selection, as a purge does.
    const HeldKeys held = heldAmong(holds, table.name, unique);
    if (!held.isEmpty()) {
        result.error = DbError::refused(
            tr("%n of the selected row(s) of %1 are on legal hold and may not be anonymized: "
               "%2. Nothing was changed. A hold must be released before its row can be "
               "changed.",
               nullptr,
               int(held.keys.size()))
                .arg(table.name.display(), heldRowsText(table, held)));
        return result;
    }
    if (plan.count(Action::Anonymize) == 0) {
        return refuse(DbError::refused(tr("No rule changes any column of these rows (no "
                                          "stored or suggested rule for their columns). "
                                          "Nothing was changed; add rules first.")));
    }
    ErasureService scoped(m_connection, tables);
    scoped.setScrubbing(m_scrubMode, m_scrubWaitSeconds);
    return scoped.run(plan, actor, createAuditTable);
}

ErasureResult ErasureService::run(const ErasurePlan &plan,
                                  const QString &actor,
                                  bool createAuditTable)
{
    ErasureResult result;
    result.actor = actor;
    if (actor.trimmed().isEmpty()) {
        result.error = DbError::refused(
            QCoreApplication::translate("Salvage::TrashService",
                                        "Every change needs an actor: say who is doing it."));
        return result;
    }
    if (!m_connection.isOpen()) {
        result.error.kind = DbError::ConnectionLost;
        result.error.message
            = QCoreApplication::translate("Salvage::TrashService",
                                          "Not connected to the database. Nothing was changed.");
        return result;
    }
    for (const PlannedRow &row : plan.rows) {
        if (!table(row.row.table, result))
            return result;
    }
    if (!preparePersonalKeys(plan, result))
        return result;
    ErasureScrubber scrubber(m_connection, m_scrubMode, m_scrubWaitSeconds);
    result.scrubMode = m_scrubMode;
    if (!scrubber.prepare(&result.error) || !m_connection.begin(&result.error)) {
        scrubber.restore();
        m_connection.noteError(result.error);
        return result;
    }
    OperationResult auditState;
    bool ok = OperationSupport::ensureAudit(m_connection, createAuditTable, auditState);
    if (!ok)
        result.error = auditState.error;
    result.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ok = ok && scrubber.noteTransaction(&result.error) && checkHolds(plan, result)
         && anonymize(plan, result) && purge(plan, result) && hashPersonalKeys(result)
         && audit(plan, result) && verify(plan, result);
    if (ok)
        ok = m_connection.commit(&result.error);
    else
        m_connection.rollback();
    m_connection.noteError(result.error);
    result.finishedAt = QDateTime::currentDateTimeUtc();
    for (const PlannedRow &row : plan.rows) {
        if (row.action == Action::KeepHeld)
            ++outcomeFor(result, row.row.table).held;
    }
    if (ok) {
        QList<QualifiedName> touched;
        for (const TableOutcome &outcome : std::as_const(result.tables)) {
            if (outcome.anonymized + outcome.purged > 0)
                touched << outcome.table;
        }
        scrubber.afterCommit(touched, &result.scrubbing, &result.stillHolds, &result.scrubbedTables);
    } else {
        result.operationId.clear();
        result.auditKeysHashed = 0;
        result.holdKeysHashed = 0;
        for (TableOutcome &outcome : result.tables) {
            outcome.anonymized = 0;
            outcome.purged = 0;
            outcome.columns.clear();
        }
    }
    scrubber.restore();
    result.ok = ok;
    return result;
}

bool ErasureService::checkHolds(const ErasurePlan &plan, ErasureResult &result)
{
    // A hold placed after the plan was made wins: the row must stay as it is.
    const QList<Hold> holds = LegalHolds(m_connection).lockedHolds(QualifiedName(), &result.error);
    if (result.error.isError())
        return false;
    QStringList held;
    for (const PlannedRow &row : plan.rows) {
        if (row.action != Action::Anonymize && row.action != Action::Purge)
            continue;
        for (const Hold &hold : holds) {
            if (hold.table == row.row.table && sameKey(hold.key, row.row.key))
                held << row.row.table.display() + QLatin1Char(' ')
                            + rowKeyToText(*table(row.row.table, result), row.row.key);
        }
    }
    if (held.isEmpty())
        return true;
    result.error = DbError::refused(tr("Rows were put on legal hold after the plan was made: "
                                       "%1. Nothing was changed; make a new plan.")
                                        .arg(held.join(QLatin1String(", "))));
    result.error.kind = DbError::Conflict;
    return false;
}

bool ErasureService::anonymize(const ErasurePlan &plan, ErasureResult &result)
{
    for (const PlannedRow &row : plan.rows) {
        if (row.action != Action::Anonymize || row.changes.isEmpty())
            continue;
        const TableInfo &info = *table(row.row.table, result);
        QStringList assignments;
        QVariantList values;
        for (const PlannedChange &change : row.changes) {
            assignments << quoteIdentifier(change.column) + QLatin1String(" = ?");
            values << change.after;
        }
        const QString sql = QLatin1String("UPDATE ") + info.name.quoted() + QLatin1String(" SET ")
                            + assignments.join(QLatin1String(", ")) + QLatin1String(" WHERE ")
                            + Sql::keyPredicate(info, {row.row.key}, &values);
        if (!changeRow(m_connection, info, row.row.key, sql, values, result))
            return false;
        TableOutcome &outcome = outcomeFor(result, info.name);
        ++outcome.anonymized;
        for (const QString &column : changedColumns(row)) {
            if (!outcome.columns.contains(column))
                outcome.columns << column;
        }
    }
    return true;
}

bool ErasureService::purge(const ErasurePlan &plan, ErasureResult &result)
{
    QList<const PlannedRow *> pending;
    for (const PlannedRow &row : plan.rows) {
        if (row.action == Action::Purge)
            pending << &row;
    }
    // Children first: a row goes once no other row still to be purged refers to it.
    while (!pending.isEmpty()) {
        QList<const PlannedRow *> later;
        for (const PlannedRow *row : std::as_const(pending)) {
            const TableInfo &info = *table(row->row.table, result);
            const bool blocked
                = std::any_of(pending.cbegin(), pending.cend(), [&](const PlannedRow *other) {
                      return other != row && refersTo(*other, info, *row);
                  });
            if (blocked) {
                later << row;
                continue;
            }
            if (!purgeRow(info, *row, result))
                return false;
        }
        if (later.size() == pending.size()) {
            result.error = DbError::refused(tr("The rows to purge refer to each other in a "
                                               "cycle, so none can go first. Nothing was "
                                               "changed; purge them by hand or anonymize "
                                               "them instead."));
            return false;
        }
        pending = later;
    }
    return true;
}

bool ErasureService::purgeRow(const TableInfo &info, const PlannedRow &row, ErasureResult &result)
{
    // Never purge a row that a row the erasure keeps (or one it never saw) still refers to:
    // a cascade or SET NULL would change rows silently.
    QStringList referring;
    for (const ForeignKey &fk : info.referencedBy) {
        QVariantList values;
        const QString parent = Sql::keyPredicate(info, {row.row.key}, &values, QStringLiteral("p"));
        const QString self = fk.fromTable == info.name ? Sql::keyPredicate(info,
                                                                           {row.row.key},
                                                                           &values,
                                                                           QStringLiteral("c"))
                                                       : QString();
        const Result<QVariant> count
            = m_connection.value(OperationSupport::referenceCountSql(info, fk, parent, self),
                                 values);
        if (!count.report(&result.error))
            return false;
        if (count->toLongLong() > 0)
            referring << fk.fromTable.display();
    }
    if (!referring.isEmpty()) {
        result.error = DbError::refused(
            tr("Row %1 of %2 cannot be purged: rows of %3 that the erasure keeps still refer "
               "to it. Nothing was changed; plan again without purging trashed rows, or deal "
               "with the referring rows first.")
                .arg(rowKeyToText(info, row.row.key),
                     info.name.display(),
                     referring.join(QLatin1String(", "))));
        result.error.kind = DbError::Constraint;
        return false;
    }
    // The row must still be in the state the plan saw (trashed or active).
    QVariantList values;
    QString guard;
    if (info.convention.isSoftDeletable())
        guard = row.row.trashed ? Sql::trashedPredicate(info, m_connection.backend())
                                : Sql::activePredicate(info, m_connection.backend());
    const QString sql = QLatin1String("DELETE FROM ") + info.name.quoted()
                        + QLatin1String(" WHERE ")
                        + Sql::joinAnd({Sql::keyPredicate(info, {row.row.key}, &values), guard});
    if (!changeRow(m_connection, info, row.row.key, sql, values, result))
        return false;
    ++outcomeFor(result, info.name).purged;
    return true;
}

bool ErasureService::preparePersonalKeys(const ErasurePlan &plan, ErasureResult &result)
{
    m_personalKeys = PersonalKeys();
    if (!PersonalKeys::anyIn(plan, m_tables))
        return true;
    // Read before the transaction, as RuleStore::salt() asks; the plan was made with it.
    const QByteArray salt = RuleStore(m_connection).salt(&result.error);
    if (salt.isEmpty())
        return false;
    m_personalKeys = PersonalKeys::of(plan, m_tables, salt);
    return true;
}

bool ErasureService::hashPersonalKeys(ErasureResult &result)
{
    return m_personalKeys.rewrite(m_connection,
                                  &result.auditKeysHashed,
                                  &result.holdKeysHashed,
                                  &result.error);
}

bool ErasureService::audit(const ErasurePlan &plan, ErasureResult &result)
{
    // One audit row per changed row; rows of a table with the same action and columns share
    // one INSERT.
    struct Group
    {
        const TableInfo *table;
        QString action;
        QStringList columns;
        QList<RowKey> keys;
    };
    QList<Group> groups;
    for (const PlannedRow &row : plan.rows) {
        QString action;
        if (row.action == Action::Anonymize && !row.changes.isEmpty())
            action = QStringLiteral("anonymize");
        else if (row.action == Action::Purge)
            action = QStringLiteral("purge");
        else
            continue;
        const QStringList columns = action == QLatin1String("purge") ? QStringList()
                                                                     : changedColumns(row);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.table->name == row.row.table && g.action == action && g.columns == columns;
        });
        if (it == groups.end()) {
            groups << Group{table(row.row.table, result), action, columns, {}};
            it = groups.end() - 1;
        }
        it->keys << row.row.key;
    }
    AuditLog log(m_connection);
    for (const Group &group : std::as_const(groups)) {
        QJsonObject details;
        details.insert(QStringLiteral("ticket"), plan.ticket);
        details.insert(QStringLiteral("subject"), plan.subjectHash);
        details.insert(QStringLiteral("columns"), QJsonArray::fromStringList(group.columns));
        const QString json = QString::fromUtf8(
            QJsonDocument(details).toJson(QJsonDocument::Compact));
        QStringList keys;
        for (const RowKey &key : group.keys)
            keys << m_personalKeys.auditKey(*group.table, key);
        if (!log.appendKeys(result.operationId,
                            result.actor,
                            group.action,
                            group.table->name.display(),
                            keys,
                            plan.ticket,
                            json,
                            &result.error))
            return false;
    }
    return true;
}

bool ErasureService::verify(const ErasurePlan &plan, ErasureResult &result)
{
    const QList<ErasureVerification::HeldRows> held = ErasureVerification::rowsOf(plan,
                                                                                  m_tables,
                                                                                  true);
    if (plan.redactMentions && !redact(plan, result))
        return false;
    QStringList notScanned;
    ErasureVerification verification(m_connection);
    if (!verification.scan(plan.markerValues,
                           held,
                           ErasureVerification::maxListed,
                           &result.verification,
                           &result.remaining,
                           &result.unsearched,
                           &notScanned,
                           &result.error))
        return false;
    result.verificationRan = true;
    for (const QString &note : std::as_const(notScanned))
        result.stillHolds << tr("Not searched by the verification: %1").arg(note);
    bool redactable = false; // outside the plan and redactable: --redact-mentions helps
    QStringList fixedByHand;
    for (FoundCopy &copy : result.remaining) {
        copy.inPlan = std::any_of(plan.rows.cbegin(), plan.rows.cend(), [&copy](const PlannedRow &r) {
            return r.row.table == copy.table && !copy.key.isEmpty() && sameKey(r.row.key, copy.key);
        });
        redactable = redactable || (!copy.inPlan && copy.redactable);
        if (!copy.inPlan && !copy.redactable)
            fixedByHand << ErasureVerification::describe(copy);
    }
    result.remainingAt = ErasureVerification::describe(result.remaining);
    if (!result.remaining.isEmpty()) {
        QString message = tr("The erasure was undone: the verification found the subject's "
                             "values still in %1. Nothing was changed.")
                              .arg(result.remainingAt.join(QLatin1String("; ")));
        if (std::any_of(result.remaining.cbegin(), result.remaining.cend(), [](const FoundCopy &c) {
                return c.inPlan;
            }))
            message += QLatin1Char(' ')
                       + tr("Give the columns of the planned rows a rule (or correct the data "
                            "there), then plan and apply the erasure again.");
        if (redactable)
            message += QLatin1Char(' ')
                       + tr("Rows outside the plan mention the subject: let the erasure redact "
                            "those mentions (redact mentions), or correct them, then plan and "
                            "apply again.");
        if (!fixedByHand.isEmpty())
            message += QLatin1Char(' ')
                       + tr("These copies cannot be redacted (a binary column, a key, or rows "
                            "not named by a key) and must be corrected by hand: %1.")
                             .arg(fixedByHand.join(QLatin1String("; ")));
        result.error = DbError::refused(message);
        return false;
    }
    if (plan.requireCompleteVerification && !result.unsearched.isEmpty()) {
        result.error = DbError::refused(
            tr("The erasure was undone (strict): the verification could not search %1, so it "
               "cannot show that the values are gone. Nothing was changed. Erase as a user "
               "who may read those columns, or without strict.")
                .arg(ErasureVerification::unsearchedText(result.unsearched)));
        return false;
    }
    return true;
}

} // namespace Salvage
