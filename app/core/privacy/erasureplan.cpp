#include "erasureplan.h"

#include "erasuresql.h"
#include "rulesuggester.h"

#include <QDate>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QSet>

namespace Salvage {

namespace {

using Action = PlannedRow::Action;

// What the planner knows about one found row while it decides.
struct Draft
{
    PlannedRow planned;
    const TableInfo *table = nullptr;
    QList<PlannedChange> changes; // what anonymizing would change
    QStringList strictColumns;    // personal columns without a stored rule (strict)
    QStringList badRules;         // stored rules that no longer fit
    QStringList personalKey;      // key columns that hold the searched value
    QStringList keptBy;           // tables of kept rows that refer to it (personal key)
};

QString columnName(const QualifiedName &table, const QString &column)
{
    return table.display() + QLatin1Char('.') + column;
}

bool isHeld(const QList<Hold> &holds, const SubjectRow &row, QString *reason)
{
    const QDate today = QDate::currentDate();
    for (const Hold &hold : holds) {
        if (hold.table != row.table || !sameKey(hold.key, row.key))
            continue;
        if (hold.until.isValid() && hold.until < today)
            continue;
        *reason = hold.reason;
        return true;
    }
    return false;
}

// Key, foreign-key and convention columns are what keeps the row a row: never anonymized.
// Neither is a column other rows refer to (orders.user_email -> users.email): changing it
// would break or cascade into those rows.
bool isStructural(const TableInfo &table, const QString &column)
{
    if (table.primaryKey.contains(column))
        return true;
    const Convention &c = table.convention;
    if (column == c.marker || column == c.actor || column == c.reason)
        return true;
    const auto refersFrom = [&column](const ForeignKey &fk) {
        return fk.fromColumns.contains(column);
    };
    const auto referredTo = [&table, &column](const ForeignKey &fk) {
        return fk.toTable == table.name && fk.toColumns.contains(column);
    };
    return std::any_of(table.references.cbegin(), table.references.cend(), refersFrom)
           || std::any_of(table.referencedBy.cbegin(), table.referencedBy.cend(), referredTo);
}

const AnonymizationRule *storedRule(const QList<AnonymizationRule> &rules,
                                    const QualifiedName &table,
                                    const QString &column)
{
    for (const AnonymizationRule &rule : rules) {
        if (rule.table == table && rule.column == column)
            return &rule;
    }
    return nullptr;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

// A marker identifies the subject: the values of these rules are emails, names, phone
// numbers and identifiers (the suggester's choices for them).
bool identifies(RuleKind kind)
{
    return kind == RuleKind::Email || kind == RuleKind::Redact || kind == RuleKind::Random
           || kind == RuleKind::Hash;
}

// The referred row of a foreign key, as a set entry: table, referred columns and values.
QString referenceIdentity(const QualifiedName &table,
                          const QStringList &columns,
                          const QVariantList &values)
{
    return table.display() + QChar(0x1f) + columns.join(QChar(0x1f)) + QChar(0x1e)
           + rowKeyIdentity(values);
}

void addMarker(QStringList &markers, QSet<QString> &seen, const QVariant &value)
{
    if (value.isNull())
        return;
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || seen.contains(text.toLower()))
        return;
    seen.insert(text.toLower());
    markers << text;
}

} // namespace

int ErasurePlan::count(PlannedRow::Action action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [action](const PlannedRow &row) {
        return row.action == action;
    }));
}

QString ErasurePlanner::subjectHash(const QByteArray &salt, const QString &value)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(value.trimmed().toLower().toUtf8(),
                                                                salt,
                                                                QCryptographicHash::Sha256)
                                   .toHex());
}

ErasurePlan ErasurePlanner::plan(const QList<SubjectRow> &rows,
                                 const QList<TableInfo> &tables,
                                 const QList<AnonymizationRule> &rules,
                                 const QList<QualifiedName> &purgeOnErasure,
                                 const QList<Hold> &holds,
                                 const QByteArray &salt,
                                 const QString &subjectValue,
                                 const ErasureOptions &options)
{
    ErasurePlan plan;
    plan.ticket = options.ticket.trimmed();
    plan.requireCompleteVerification = options.strict;
    plan.redactMentions = options.redactMentions;
    QStringList missingTables;
    QStringList keyless;
    QHash<QualifiedName, QList<RuleSuggester::Suggestion>> suggestions;
    QList<Draft> drafts;

    for (const SubjectRow &row : rows) {
        const TableInfo *table = ErasureSql::findTable(tables, row.table);
        if (!table) {
            if (!missingTables.contains(row.table.display()))
                missingTables << row.table.display();
            continue;
        }
        if (table->primaryKey.isEmpty()) {
            if (!keyless.contains(table->name.display()))
                keyless << table->name.display();
            continue;
        }
        Draft draft;
        draft.table = table;
        draft.planned.row = row;
        if (isHeld(holds, row, &draft.planned.holdReason)) {
            draft.planned.action = Action::KeepHeld;
            drafts << draft;
            continue;
        }
        // A key that holds the searched value cannot be anonymized (rows are named by it):
        // the row is purged, unless a row the plan keeps refers to it (refused below).
        for (const QString &column : row.matchedColumns) {
            if (table->primaryKey.contains(column))
                draft.personalKey << column;
        }
        const bool purge = purgeOnErasure.contains(table->name)
                           || (options.purgeUnreferencedTrashed && row.trashed
                               && row.path.size() == 1)
                           || !draft.personalKey.isEmpty();
        draft.planned.action = purge ? Action::Purge : Action::Anonymize;
        if (!suggestions.contains(table->name))
            suggestions.insert(table->name, RuleSuggester::suggest(*table));
        const QString seed = table->name.display() + QChar(0x1f) + rowKeyIdentity(row.key);
        for (const ColumnInfo &column : table->columns) {
            if (isStructural(*table, column.name))
                continue;
            AnonymizationRule rule;
            bool suggested = false;
            if (const AnonymizationRule *stored = storedRule(rules, table->name, column.name)) {
                rule = *stored;
                const QString why = Rules::refusal(rule, *table);
                if (!why.isEmpty()) {
                    draft.badRules
                        << columnName(table->name, column.name) + QLatin1String(": ") + why;
                    continue;
                }
            } else {
                for (const RuleSuggester::Suggestion &s : suggestions.value(table->name)) {
                    if (s.rule.column == column.name) {
                        rule = s.rule;
                        suggested = true;
                    }
                }
                // A suggestion the rules would refuse is no suggestion.
                if (suggested && !Rules::refusal(rule, *table).isEmpty()) {
                    suggested = false;
                    rule.kind = RuleKind::Keep;
                }
            }
            if (rule.kind == RuleKind::Keep)
                continue;
            if (suggested && options.strict) {
                draft.strictColumns << columnName(table->name, column.name);
                continue;
            }
            const QVariant before = row.values.value(column.name);
            const QVariant after = Rules::apply(rule, column, before, seed, salt);
            if (sameValue(before, after))
                continue;
            draft.changes << PlannedChange{column.name, before, after, rule, suggested};
        }
        drafts << draft;
    }

    // No row is purged while a row the plan keeps refers to it; keeping one row can keep its
    // parents, so repeat until nothing changes.
    for (bool demoted = true; demoted;) {
        demoted = false;
        QHash<QString, QList<int>> keptReferences; // fk + referring values -> drafts
        for (int i = 0; i < drafts.size(); ++i) {
            const Draft &d = drafts.at(i);
            if (d.planned.action == Action::Purge)
                continue;
            for (const ForeignKey &fk : d.table->references) {
                const QVariantList values = ErasureSql::valuesOf(d.planned.row.values,
                                                                 fk.fromColumns);
                if (!ErasureSql::hasNull(values)) {
                    keptReferences[referenceIdentity(fk.toTable, fk.toColumns, values)] << i;
                }
            }
        }
        for (int i = 0; i < drafts.size(); ++i) {
            Draft &d = drafts[i];
            if (d.planned.action != Action::Purge)
                continue;
            for (const ForeignKey &fk : d.table->referencedBy) {
                const QList<int> referring = keptReferences.value(
                    referenceIdentity(d.table->name,
                                      fk.toColumns,
                                      ErasureSql::valuesOf(d.planned.row.values, fk.toColumns)));
                if (std::any_of(referring.cbegin(), referring.cend(), [i](int j) {
                        return j != i;
                    })) {
                    for (int j : referring) {
                        const QString name = drafts.at(j).table->name.display();
                        if (j != i && !d.keptBy.contains(name))
                            d.keptBy << name;
                    }
                    d.planned.action = Action::Anonymize;
                    demoted = true;
                    break;
                }
            }
        }
    }

    QSet<QString> seenMarkers;
    if (!subjectValue.trimmed().isEmpty())
        addMarker(plan.markerValues, seenMarkers, subjectValue);
    QStringList strictColumns;
    QStringList badRules;
    QStringList keptValues;
    QStringList keyValues; // key or foreign-key columns that hold the value and must stay
    QStringList keyRows;   // personal keys that kept rows refer to
    for (Draft &d : drafts) {
        PlannedRow &planned = d.planned;
        const bool direct = planned.row.path.size() <= 1;
        if (planned.action == Action::KeepHeld) {
            plan.rows << planned;
            continue;
        }
        if (direct) {
            for (const QString &column : std::as_const(planned.row.matchedColumns))
                addMarker(plan.markerValues, seenMarkers, planned.row.values.value(column));
            for (const PlannedChange &change : std::as_const(d.changes)) {
                const ColumnInfo *info = d.table->column(change.column);
                if (identifies(change.rule.kind) && info && info->kind == ColumnInfo::Kind::Text)
                    addMarker(plan.markerValues, seenMarkers, change.before);
            }
        }
        if (planned.action == Action::Anonymize) {
            planned.changes = d.changes;
            for (const QString &c : std::as_const(d.strictColumns)) {
                if (!strictColumns.contains(c))
                    strictColumns << c;
            }
            for (const QString &b : std::as_const(d.badRules)) {
                if (!badRules.contains(b))
                    badRules << b;
            }
            if (!d.personalKey.isEmpty()) {
                const QString text = tr("%1 (key %2; kept rows of %3 refer to it)")
                                         .arg(d.table->name.display(),
                                              d.personalKey.join(QLatin1String(", ")),
                                              d.keptBy.join(QLatin1String(", ")));
                if (!keyRows.contains(text))
                    keyRows << text;
            }
            for (const QString &column : std::as_const(planned.row.matchedColumns)) {
                const bool changed = std::any_of(d.changes.cbegin(),
                                                 d.changes.cend(),
                                                 [&column](const PlannedChange &c) {
                                                     return c.column == column;
                                                 });
                const QString name = columnName(d.table->name, column);
                const Convention &c = d.table->convention;
                const bool keyLike = isStructural(*d.table, column) && column != c.marker
                                     && column != c.actor && column != c.reason;
                QStringList &list = keyLike ? keyValues : keptValues;
                if (!changed && !d.personalKey.contains(column) && !list.contains(name))
                    list << name;
            }
            if (planned.changes.isEmpty())
                planned.action = Action::KeepNoRule;
            for (const PlannedChange &change : std::as_const(planned.changes)) {
                const QString text = tr("%1: %2 (suggested)")
                                         .arg(columnName(d.table->name, change.column),
                                              Rules::kindName(change.rule.kind));
                if (change.suggested && !plan.suggestedRules.contains(text))
                    plan.suggestedRules << text;
            }
        }
        plan.rows << planned;
    }

    const QString subject = subjectValue.trimmed();
    if (!subject.isEmpty()) {
        plan.subjectHash = subjectHash(salt, subject);
    } else {
        // Found by row: the subject is that row.
        for (const SubjectRow &row : rows) {
            if (row.path.size() <= 1) {
                plan.subjectHash = subjectHash(salt,
                                               row.table.display() + QChar(0x1f)
                                                   + rowKeyIdentity(row.key));
                break;
            }
        }
    }

    QStringList refusals;
    if (!missingTables.isEmpty()) {
        refusals << tr("These tables are no longer in the database: %1. Search again.")
                        .arg(missingTables.join(QLatin1String(", ")));
    }
    if (!keyless.isEmpty()) {
        refusals << tr("Rows of %1 belong to the subject, but the table has no primary key, so "
                       "Salvage cannot change those rows one by one safely. Add a primary key "
                       "(or change the rows by hand), then plan again.")
                        .arg(keyless.join(QLatin1String(", ")));
    }
    if (!keptValues.isEmpty()) {
        refusals << tr("The searched value is in %1, but no rule changes that column, so the "
                       "erasure could not remove it. Give the column a rule, then plan again.")
                        .arg(keptValues.join(QLatin1String(", ")));
    }
    if (!keyRows.isEmpty()) {
        refusals << tr("The searched value is the primary key of rows of %1. A key cannot be "
                       "anonymized, so such a row must be purged, but rows the erasure keeps "
                       "still refer to it. Mark the referring tables \"purge on erasure\" (or "
                       "change those rows by hand), then plan again.")
                        .arg(keyRows.join(QLatin1String("; ")));
    }
    if (!keyValues.isEmpty()) {
        refusals << tr("The searched value is in %1, a key or foreign-key column, which no "
                       "rule may change (rows are named and linked by it). Mark the table "
                       "\"purge on erasure\" (or change those rows by hand), then plan again.")
                        .arg(keyValues.join(QLatin1String(", ")));
    }
    if (!badRules.isEmpty()) {
        refusals << tr("Stored rules no longer fit their columns: %1. Fix the rules, then plan "
                       "again.")
                        .arg(badRules.join(QLatin1String("; ")));
    }
    if (!strictColumns.isEmpty()) {
        refusals << tr("These columns look personal but have no stored rule (strict mode): %1. "
                       "Store a rule for each (\"keep\" if it must stay), then plan again.")
                        .arg(strictColumns.join(QLatin1String(", ")));
    }
    plan.refusal = refusals.join(QLatin1Char('\n'));
    return plan;
}

} // namespace Salvage
