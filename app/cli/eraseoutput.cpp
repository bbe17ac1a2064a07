#include "eraseoutput.h"

#include "commands.h"
#include "output.h"
#include "privacy/erasureverification.h"
#include "privacyoutput.h"

#include <QJsonArray>

namespace Salvage::Cli {

namespace {

using Action = PlannedRow::Action;

QString actionName(Action action)
{
    switch (action) {
    case Action::Anonymize:
        return QStringLiteral("anonymize");
    case Action::Purge:
        return QStringLiteral("purge");
    case Action::KeepHeld:
        return QStringLiteral("keep_held");
    case Action::KeepNoRule:
        return QStringLiteral("keep_no_rule");
    }
    return QString();
}

QString actionTitle(Action action)
{
    switch (action) {
    case Action::Anonymize:
        return Commands::tr("anonymize");
    case Action::Purge:
        return Commands::tr("purge");
    case Action::KeepHeld:
        return Commands::tr("keep (hold)");
    case Action::KeepNoRule:
        return Commands::tr("keep");
    }
    return QString();
}

const Hold *holdOf(const QList<Hold> &holds, const SubjectRow &row)
{
    for (const Hold &hold : holds) {
        if (hold.table == row.table && sameKey(hold.key, row.key))
            return &hold;
    }
    return nullptr;
}

QString changesText(const QList<PlannedChange> &changes)
{
    QStringList parts;
    for (const PlannedChange &change : changes)
        parts.append(change.column + QLatin1String(": ") + ruleText(change.rule, change.suggested));
    return parts.join(QLatin1String(", "));
}

QString detailsText(const PlannedRow &planned, const QList<Hold> &holds)
{
    switch (planned.action) {
    case Action::Anonymize:
        return changesText(planned.changes);
    case Action::Purge:
        return planned.row.trashed ? Commands::tr("deleted for good (trashed row)")
                                   : Commands::tr("deleted for good");
    case Action::KeepHeld: {
        const Hold *hold = holdOf(holds, planned.row);
        QString text = Commands::tr("on legal hold: %1").arg(planned.holdReason);
        if (hold && hold->until.isValid())
            text += Commands::tr(" (until %1)").arg(hold->until.toString(Qt::ISODate));
        return text;
    }
    case Action::KeepNoRule:
        return Commands::tr("no personal column with a rule");
    }
    return QString();
}

QString mentionText(const FoundCopy &copy)
{
    QString text = ErasureVerification::describe(copy);
    if (!copy.redactable)
        text += Commands::tr(" (cannot be redacted)");
    return text;
}

QString indented(const QString &text)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out += QLatin1String("  ") + line + QLatin1Char('\n');
    return out;
}

// Empty when no primary key held a personal value.
QString personalKeysText(const ErasureResult &result)
{
    if (result.auditKeysHashed + result.holdKeysHashed == 0)
        return QString();
    return Commands::tr("Personal primary keys now appear as their keyed hash in %n audit "
                        "row(s)",
                        nullptr,
                        result.auditKeysHashed)
           + Commands::tr(" and %n legal hold(s).", nullptr, result.holdKeysHashed)
           + QLatin1Char('\n');
}

} // namespace

QString planText(const ErasurePlan &plan, const QList<TableInfo> &tables, const QList<Hold> &holds)
{
    if (plan.isEmpty()) {
        return Commands::tr("Ticket %1: no row holds or refers to the subject; nothing to erase.")
                   .arg(plan.ticket)
               + QLatin1Char('\n');
    }
    QList<QualifiedName> names;
    for (const PlannedRow &planned : plan.rows)
        names.append(planned.row.table);
    const QList<QualifiedName> order = tablesInOrder(names);

    QString out = Commands::tr("Erasure plan for ticket %1").arg(plan.ticket)
                  + Commands::tr(": %n row(s)", nullptr, int(plan.rows.size()))
                  + Commands::tr(" in %n table(s)", nullptr, int(order.size())) + QLatin1Char('\n');
    for (const QualifiedName &name : order) {
        TextTable text({Commands::tr("ACTION"),
                        Commands::tr("KEY"),
                        Commands::tr("STATE"),
                        Commands::tr("DETAILS")});
        for (const PlannedRow &planned : plan.rows) {
            if (planned.row.table != name)
                continue;
            text.addRow({actionTitle(planned.action),
                         keyText(tables, name, planned.row.key),
                         planned.row.trashed ? Commands::tr("trashed") : Commands::tr("active"),
                         detailsText(planned, holds)});
        }
        out += name.display() + QLatin1Char('\n') + indented(text.toString());
    }
    out += Commands::tr("%n row(s) to anonymize", nullptr, plan.count(Action::Anonymize))
           + Commands::tr(", %n to purge", nullptr, plan.count(Action::Purge))
           + Commands::tr(", %n kept on legal hold", nullptr, plan.count(Action::KeepHeld))
           + Commands::tr(", %n kept without a rule", nullptr, plan.count(Action::KeepNoRule))
           + QLatin1Char('\n');
    if (!plan.suggestedRules.isEmpty()) {
        out += Commands::tr("Suggested rules, used where no rule is stored (store them with "
                            "rules --import or in the Salvage window):")
               + QLatin1Char('\n');
        for (const QString &rule : plan.suggestedRules)
            out += QLatin1String("  ") + rule + QLatin1Char('\n');
    }
    if (plan.redactMentions) {
        out += Commands::tr("%n row(s) outside the plan mention the subject; --redact-mentions "
                            "replaces the values in them with [redacted]",
                            nullptr,
                            int(plan.mentions.size()))
               + (plan.mentions.isEmpty() ? QString() : QStringLiteral(":")) + QLatin1Char('\n');
        for (const FoundCopy &copy : plan.mentions)
            out += QLatin1String("  ") + mentionText(copy) + QLatin1Char('\n');
    }
    return out;
}

QJsonObject planJson(const ErasurePlan &plan, const QList<TableInfo> &tables, bool dryRun)
{
    QJsonArray rows;
    for (const PlannedRow &planned : plan.rows) {
        QJsonObject row{
            {QStringLiteral("table"), planned.row.table.display()},
            {QStringLiteral("key"), keyJson(tables, planned.row.table, planned.row.key)},
            {QStringLiteral("action"), actionName(planned.action)},
            {QStringLiteral("path"), QJsonArray::fromStringList(displayNames(planned.row.path))},
            {QStringLiteral("trashed"), planned.row.trashed},
        };
        if (planned.action == Action::Anonymize) {
            QJsonArray changes;
            for (const PlannedChange &change : planned.changes) {
                changes.append(QJsonObject{
                    {QStringLiteral("column"), change.column},
                    {QStringLiteral("rule"), Rules::kindName(change.rule.kind)},
                    {QStringLiteral("parameter"), change.rule.parameter},
                    {QStringLiteral("suggested"), change.suggested},
                });
            }
            row.insert(QStringLiteral("changes"), changes);
        }
        if (planned.action == Action::KeepHeld)
            row.insert(QStringLiteral("hold_reason"), planned.holdReason);
        rows.append(row);
    }
    QJsonArray mentions;
    for (const FoundCopy &copy : plan.mentions) {
        mentions.append(QJsonObject{
            {QStringLiteral("table"), copy.table.display()},
            {QStringLiteral("key"), keyJson(tables, copy.table, copy.key)},
            {QStringLiteral("column"), copy.column},
            {QStringLiteral("redactable"), copy.redactable},
        });
    }
    return QJsonObject{
        {QStringLiteral("ticket"), plan.ticket},
        {QStringLiteral("redact_mentions"), plan.redactMentions},
        {QStringLiteral("mentions"), mentions},
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("anonymize"), plan.count(Action::Anonymize)},
        {QStringLiteral("purge"), plan.count(Action::Purge)},
        {QStringLiteral("held"), plan.count(Action::KeepHeld)},
        {QStringLiteral("kept_without_rule"), plan.count(Action::KeepNoRule)},
        {QStringLiteral("suggested_rules"), QJsonArray::fromStringList(plan.suggestedRules)},
        {QStringLiteral("refusal"),
         plan.refusal.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(plan.refusal)},
    };
}

QString resultText(const ErasurePlan &plan, const ErasureResult &result)
{
    QString out
        = Commands::tr("Erased for ticket %1 (operation %2):").arg(plan.ticket, result.operationId)
          + QLatin1Char('\n');
    TextTable text({Commands::tr("TABLE"),
                    Commands::tr("ANONYMIZED"),
                    Commands::tr("PURGED"),
                    Commands::tr("HELD"),
                    Commands::tr("COLUMNS")});
    for (int c = 1; c <= 3; ++c)
        text.setRightAligned(c);
    for (const TableOutcome &table : result.tables) {
        text.addRow({table.table.display(),
                     QString::number(table.anonymized),
                     QString::number(table.purged),
                     QString::number(table.held),
                     table.columns.join(QLatin1String(", "))});
    }
    if (text.rowCount() > 0)
        out += indented(text.toString());

    if (!result.redacted.isEmpty()) {
        out += Commands::tr("Redacted mentions outside the plan:") + QLatin1Char('\n');
        for (const FoundCopy &copy : result.redacted)
            out += QLatin1String("  ") + ErasureVerification::describe(copy) + QLatin1Char('\n');
    }
    if (result.verificationComplete()) {
        out += Commands::tr("Verified: none of the %n value(s) removed",
                            nullptr,
                            int(plan.markerValues.size()))
               + Commands::tr(" is left in the %n text column(s) searched.",
                              nullptr,
                              int(result.verification.size()))
               + QLatin1Char('\n');
    } else {
        out += Commands::tr("Not verified: the verification could not search %1. None of the "
                            "values is left in the %n column(s) it searched.",
                            nullptr,
                            int(result.verification.size()))
                   .arg(ErasureVerification::unsearchedText(result.unsearched))
               + QLatin1Char('\n');
    }
    if (!result.scrubbing.isEmpty())
        out += Commands::tr("Old copies in the database files: %1").arg(result.scrubbing)
               + QLatin1Char('\n');
    if (!result.stillHolds.isEmpty()) {
        out += Commands::tr("Old copies outside this database's reach:") + QLatin1Char('\n');
        for (const QString &where : result.stillHolds)
            out += QLatin1String("  - ") + where + QLatin1Char('\n');
    }
    out += personalKeysText(result);
    return out;
}

QStringList remainingText(const ErasureResult &result)
{
    if (!result.remainingAt.isEmpty())
        return result.remainingAt; // table.column and the row's key, up to 20
    QStringList places;
    for (const VerificationQuery &query : result.verification) {
        if (query.hits > 0)
            places.append(query.table.display() + QLatin1Char('.') + query.column);
    }
    return places.isEmpty() ? result.remainingAt : places;
}

} // namespace Salvage::Cli
