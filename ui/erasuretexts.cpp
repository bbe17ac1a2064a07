#include "erasuretexts.h"

#include "privacy/erasureverification.h"

namespace Salvage {

namespace {

using Action = PlannedRow::Action;

constexpr int MaxListedRules = 4;

} // namespace

QString ErasureTexts::planSummary(const ErasurePlan &plan,
                                  const QString &subject,
                                  const QString &saltProblem)
{
    if (plan.isEmpty()) {
        return tr("No row holds \u201c%1\u201d or refers to a row that does: nothing to erase.")
            .arg(subject);
    }
    QList<QualifiedName> tables;
    for (const PlannedRow &row : plan.rows) {
        if (!tables.contains(row.row.table))
            tables.append(row.row.table);
    }
    QString text = tr("%n row(s)", nullptr, int(plan.rows.size()))
                   + tr(" in %n table(s): ", nullptr, int(tables.size()))
                   + tr("%n to anonymize", nullptr, plan.count(Action::Anonymize))
                   + tr(", %n to purge", nullptr, plan.count(Action::Purge))
                   + tr(", %n kept on legal hold", nullptr, plan.count(Action::KeepHeld))
                   + tr(", %n kept without a rule.", nullptr, plan.count(Action::KeepNoRule));
    if (!plan.suggestedRules.isEmpty()) {
        QStringList listed = plan.suggestedRules.mid(0, MaxListedRules);
        if (plan.suggestedRules.size() > MaxListedRules)
            listed << tr("%n more", nullptr, int(plan.suggestedRules.size() - MaxListedRules));
        text += QLatin1Char('\n')
                + tr("%n column(s) have no stored rule and use the suggested one, marked "
                     "\u201c(suggested)\u201d: %1. Store rules with Rules... to make them "
                     "yours.",
                     nullptr,
                     int(plan.suggestedRules.size()))
                      .arg(listed.join(QLatin1String("; ")));
    }
    if (plan.redactMentions) {
        text += QLatin1Char('\n')
                + tr("%n row(s) outside the plan mention the subject; erasing replaces the "
                     "values in them with [redacted]",
                     nullptr,
                     int(plan.mentions.size()));
        for (const FoundCopy &copy : plan.mentions) {
            text += QStringLiteral("\n  \u2022 ") + ErasureVerification::describe(copy)
                    + (copy.redactable ? QString() : tr(" (cannot be redacted)"));
        }
    }
    if (!saltProblem.isEmpty()) {
        text += QLatin1Char('\n')
                + tr("Generated e-mail addresses and hashes are shown approximately: %1")
                      .arg(saltProblem);
    }
    return text;
}

QString ErasureTexts::failure(const ErasureResult &result)
{
    if (!result.remainingAt.isEmpty()) {
        QString text = tr("Verification failed: a value of the subject is still in %1. "
                          "Everything was rolled back; nothing was changed.")
                           .arg(result.remainingAt.join(QLatin1String("; ")));
        const auto any = [&result](bool inPlan, bool redactable) {
            return std::any_of(result.remaining.cbegin(),
                               result.remaining.cend(),
                               [=](const FoundCopy &c) {
                                   return c.inPlan == inPlan
                                          && (inPlan || c.redactable == redactable);
                               });
        };
        if (any(true, false))
            text += QLatin1Char('\n')
                    + tr("Store a rule for those columns (Rules...) or correct the data there, "
                         "then Find and erase again.");
        if (any(false, true))
            text += QLatin1Char('\n')
                    + tr("Rows outside the plan mention the subject: check \u201cRedact "
                         "mentions\u201d, Find and erase again, or correct those rows.");
        if (any(false, false))
            text += QLatin1Char('\n')
                    + tr("Some copies cannot be redacted (a binary column, a key, or rows not "
                         "named by a key): correct them by hand.");
        return text;
    }
    if (result.error.kind == DbError::Cancelled)
        return tr("The erasure was cancelled and rolled back; nothing was changed.");
    return result.error.message.isEmpty() ? tr("The erasure failed; nothing was changed.")
                                          : result.error.message;
}

QString ErasureTexts::doneCounts(const ErasureResult &result)
{
    int anonymized = 0;
    int purged = 0;
    int held = 0;
    for (const TableOutcome &outcome : result.tables) {
        anonymized += outcome.anonymized;
        purged += outcome.purged;
        held += outcome.held;
    }
    return tr("%n row(s) anonymized", nullptr, anonymized) + tr(", %n purged", nullptr, purged)
           + tr(", %n kept on legal hold.", nullptr, held);
}

QString ErasureTexts::success(const ErasurePlan &plan, const ErasureResult &result)
{
    QString text;
    if (result.verificationComplete()) {
        text = tr("Erased and verified (operation %1): ").arg(result.operationId)
               + doneCounts(result) + QLatin1Char('\n')
               + tr("None of the %n value(s) removed", nullptr, int(plan.markerValues.size()))
               + tr(" is left in the %n text column(s) searched.",
                    nullptr,
                    int(result.verification.size()));
    } else {
        text = tr("Erased, not verified (operation %1): ").arg(result.operationId)
               + doneCounts(result) + QLatin1Char('\n')
               + tr("The verification could not search %1. None of the values is left in the "
                    "%n column(s) it searched.",
                    nullptr,
                    int(result.verification.size()))
                     .arg(ErasureVerification::unsearchedText(result.unsearched));
    }
    if (!result.redacted.isEmpty()) {
        text += QLatin1Char('\n') + tr("Mentions redacted outside the plan:");
        for (const FoundCopy &copy : result.redacted)
            text += QStringLiteral("\n  \u2022 ") + ErasureVerification::describe(copy);
    }
    if (!result.scrubbing.isEmpty())
        text += QLatin1Char('\n') + tr("Old copies in the database files: %1").arg(result.scrubbing);
    if (!result.stillHolds.isEmpty()) {
        text += QLatin1Char('\n') + tr("Old copies outside this database's reach:");
        for (const QString &where : result.stillHolds)
            text += QStringLiteral("\n  \u2022 ") + where;
    }
    return text;
}

} // namespace Salvage
