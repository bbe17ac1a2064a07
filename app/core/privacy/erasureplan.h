#pragma once

#include "anonymizationrule.h"
#include "legalhold.h"
#include "subjectfinder.h"

#include <QCoreApplication>

namespace Salvage {

struct PlannedChange
{
    QString column;
    QVariant before; // shown in the preview only; never logged, audited or reported
    QVariant after;
    AnonymizationRule rule;
    bool suggested = false; // no stored rule: the suggester's rule was used
};

struct PlannedRow
{
    enum class Action { Anonymize, Purge, KeepHeld, KeepNoRule };
    SubjectRow row;
    Action action = Action::Anonymize;
    QList<PlannedChange> changes; // Anonymize
    QString holdReason;           // KeepHeld
};

// A place where the verification scan found one of the subject's values: table, column and
// row key, never the value itself.
struct FoundCopy
{
    QualifiedName table;
    QString column;
    QStringList primaryKey;  // of `table`; empty for a table without one
    RowKey key;              // empty when the rows are only counted (see `rows`)
    QString keyText;         // the key as JSON ({"id":3}); empty when the key holds the value
    qint64 rows = 1;         // more than one, or no key: rows counted, not listed one by one
    bool redactable = false; // a text column outside the key, in a row named by its key
    bool inPlan = false;     // a row of the plan (a column without a rule), else a mention
};

struct ErasurePlan
{
    QString ticket;
    // hex of HMAC-SHA256(salt, normalized subject value); found by row: of the table and key
    QString subjectHash;
    QList<PlannedRow> rows;
    // What the verification scan searches for (see ErasurePlanner), one entry per value
    // case-insensitively. Never logged, audited or reported; the report gives their count.
    QStringList markerValues;
    QStringList suggestedRules; // "table.column: email (suggested)" for the report
    QString refusal;            // --strict and a personal column without a rule, etc.
    // --strict: refuse to commit when the verification could not search everything.
    bool requireCompleteVerification = false;
    // --redact-mentions: replace the values inside text columns of rows outside the plan
    // with "[redacted]"; `mentions` lists those rows (found while planning, see planErasure).
    bool redactMentions = false;
    QList<FoundCopy> mentions;

    bool isEmpty() const { return rows.isEmpty(); }
    int count(PlannedRow::Action action) const;
};

struct ErasureOptions
{
    QString ticket;
    bool purgeUnreferencedTrashed = false; // purge trashed rows nothing references
    bool strict = false;                   // refuse personal columns without a stored rule and an
                                           // incomplete verification
    bool redactMentions = false;           // see ErasurePlan::redactMentions
};

// Turns found rows into actions: held rows are kept; rows of "purge on erasure" tables are
// purged, and, when chosen, trashed rows that matched the value directly; every other row
// gets its columns' rules (stored, else suggested, else kept). Rows reached only through a
// foreign key (an order of the subject) are anonymized, never purged, unless their table is
// purged on erasure. No row is purged while a row the plan keeps refers to it: such a row is
// anonymized instead. A row whose primary key holds the searched value (a key column among
// its matched columns) is purged, since no rule may change a key; when a row the plan keeps
// refers to it, the plan is refused and says to mark the referring tables "purge on
// erasure" (ErasureService then hashes that key in the audit, see PersonalKeys). Refuses (ErasurePlan::refusal) when a matching row is in a table
// without a primary key, when a column that holds the searched value keeps it (no rule, or
// "keep"), when a stored rule no longer fits its column, and with `strict` when a personal
// column has no stored rule.
//
// Marker values (what the verification scan looks for): the searched value, and from rows
// that matched directly the values of their matched columns and of the columns whose rule is
// email, redact, random or hash (emails, names, phones, identifiers). Values removed by null
// or fixed (addresses, notes, cities) are not markers: "Berlin" is not the subject's alone.
class ErasurePlanner
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::ErasurePlanner)
public:
    static ErasurePlan plan(const QList<SubjectRow> &rows,
                            const QList<TableInfo> &tables,
                            const QList<AnonymizationRule> &rules,
                            const QList<QualifiedName> &purgeOnErasure,
                            const QList<Hold> &holds,
                            const QByteArray &salt,
                            const QString &subjectValue,
                            const ErasureOptions &options);

    // hex HMAC-SHA256(salt, value trimmed and lower-cased)
    static QString subjectHash(const QByteArray &salt, const QString &value);
};

} // namespace Salvage
