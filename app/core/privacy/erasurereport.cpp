#include "erasurereport.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Salvage {

namespace {

struct Counts
{
    int anonymize = 0;
    int purge = 0;
    int held = 0;
    int unchanged = 0;
    QJsonArray heldRows;
};

QString outcomeName(const ErasureResult &result)
{
    if (result.ok)
        return QStringLiteral("committed");
    if (!result.finishedAt.isValid() && !result.error.isError())
        return QStringLiteral("dry run");
    return QStringLiteral("not applied");
}

QJsonObject databaseJson(const ConnectionUrl &url)
{
    QJsonObject database;
    switch (url.backend) {
    case Backend::PostgreSQL:
        database.insert(QStringLiteral("backend"), QStringLiteral("postgresql"));
        database.insert(QStringLiteral("name"), url.database);
        database.insert(QStringLiteral("host"), url.host);
        if (url.port > 0)
            database.insert(QStringLiteral("port"), url.port);
        break;
    case Backend::SQLite:
        database.insert(QStringLiteral("backend"), QStringLiteral("sqlite"));
        database.insert(QStringLiteral("name"), QFileInfo(url.path).absoluteFilePath());
        break;
    case Backend::None:
        break;
    }
    return database;
}

// A place by table, key and column; the key is left out (null) where it holds the value.
QJsonArray placesJson(const QList<FoundCopy> &copies)
{
    QJsonArray places;
    for (const FoundCopy &copy : copies) {
        QJsonObject place;
        place.insert(QStringLiteral("table"), copy.table.display());
        place.insert(QStringLiteral("column"), copy.column);
        place.insert(QStringLiteral("key"),
                     copy.keyText.isEmpty()
                         ? QJsonValue(QJsonValue::Null)
                         : QJsonValue(QJsonDocument::fromJson(copy.keyText.toUtf8()).object()));
        if (copy.key.isEmpty())
            place.insert(QStringLiteral("rows"), copy.rows);
        places << place;
    }
    return places;
}

} // namespace

QByteArray ErasureReport::toJson(const ErasurePlan &plan,
                                 const ErasureResult &result,
                                 const ConnectionUrl &database)
{
    // Planned counts per table, in the plan's order.
    QList<QualifiedName> order;
    QHash<QualifiedName, Counts> planned;
    for (const PlannedRow &row : plan.rows) {
        if (!planned.contains(row.row.table))
            order << row.row.table;
        Counts &counts = planned[row.row.table];
        switch (row.action) {
        case PlannedRow::Action::Anonymize:
            ++counts.anonymize;
            break;
        case PlannedRow::Action::Purge:
            ++counts.purge;
            break;
        case PlannedRow::Action::KeepHeld: {
            ++counts.held;
            QJsonObject held;
            held.insert(QStringLiteral("key"), QJsonArray::fromVariantList(row.row.key));
            held.insert(QStringLiteral("reason"), row.holdReason);
            counts.heldRows << held;
            break;
        }
        case PlannedRow::Action::KeepNoRule:
            ++counts.unchanged;
            break;
        }
    }
    QJsonArray tables;
    for (const QualifiedName &name : std::as_const(order)) {
        const Counts &counts = planned.value(name);
        TableOutcome outcome;
        for (const TableOutcome &o : result.tables) {
            if (o.table == name)
                outcome = o;
        }
        QJsonObject table;
        table.insert(QStringLiteral("table"), name.display());
        table.insert(QStringLiteral("rows_anonymized"), outcome.anonymized);
        table.insert(QStringLiteral("rows_purged"), outcome.purged);
        table.insert(QStringLiteral("rows_held"), counts.held);
        table.insert(QStringLiteral("rows_unchanged"), counts.unchanged);
        table.insert(QStringLiteral("columns"), QJsonArray::fromStringList(outcome.columns));
        QJsonObject plannedCounts;
        plannedCounts.insert(QStringLiteral("anonymize"), counts.anonymize);
        plannedCounts.insert(QStringLiteral("purge"), counts.purge);
        plannedCounts.insert(QStringLiteral("held"), counts.held);
        plannedCounts.insert(QStringLiteral("unchanged"), counts.unchanged);
        table.insert(QStringLiteral("planned"), plannedCounts);
        table.insert(QStringLiteral("held_rows"), counts.heldRows);
        tables << table;
    }

    QJsonArray statements;
    QJsonArray columns;
    bool clean = result.remainingAt.isEmpty();
    for (const VerificationQuery &q : result.verification) {
        int statement = int(statements.size());
        for (int i = 0; i < statements.size(); ++i) {
            if (statements.at(i).toString() == q.sql)
                statement = i;
        }
        if (statement == statements.size())
            statements << q.sql;
        QJsonObject column;
        column.insert(QStringLiteral("table"), q.table.display());
        column.insert(QStringLiteral("column"), q.column);
        column.insert(QStringLiteral("values_searched"), q.valuesSearched);
        column.insert(QStringLiteral("hits"), q.hits);
        column.insert(QStringLiteral("statement"), statement);
        columns << column;
        clean = clean && q.hits == 0;
    }
    QJsonObject verification;
    verification.insert(QStringLiteral("values_searched"), int(plan.markerValues.size()));
    verification.insert(QStringLiteral("method"),
                        ErasureService::tr(
                            "Every column that can hold text, in every table (Salvage's own "
                            "included), searched case-insensitively for each value: values of "
                            "5 characters or more as substrings, shorter ones as whole values; "
                            "binary columns for the bytes of each value (UTF-8). Rows on legal "
                            "hold are left out. Run inside the erasure's transaction, before "
                            "commit."));
    // Complete only when every column that can hold text or bytes was searched: a report never
    // says "clean" for more than it searched.
    const bool complete = result.verificationComplete();
    QJsonArray unsearched;
    for (const UnsearchedColumn &u : result.unsearched) {
        unsearched << QJsonObject{{QStringLiteral("table"), u.table.display()},
                                  {QStringLiteral("column"), u.column},
                                  {QStringLiteral("why"), u.why}};
    }
    verification.insert(QStringLiteral("complete"), complete);
    verification.insert(QStringLiteral("unsearched"), unsearched);
    verification.insert(QStringLiteral("clean"), clean && result.ok && complete);
    verification.insert(QStringLiteral("remaining"), placesJson(result.remaining));
    verification.insert(QStringLiteral("statements"), statements);
    verification.insert(QStringLiteral("columns"), columns);
    verification.insert(QStringLiteral("remaining_at"),
                        QJsonArray::fromStringList(result.remainingAt));

    QJsonObject report;
    report.insert(QStringLiteral("report"), QStringLiteral("salvage-erasure"));
    report.insert(QStringLiteral("version"), 1);
    if (database.backend != Backend::None)
        report.insert(QStringLiteral("database"), databaseJson(database));
    report.insert(QStringLiteral("ticket"), plan.ticket);
    report.insert(QStringLiteral("subject_hash"), plan.subjectHash);
    report.insert(QStringLiteral("subject_hash_method"),
                  QStringLiteral("HMAC-SHA256(database erasure salt, lower-cased trimmed "
                                 "value), hex"));
    report.insert(QStringLiteral("actor"), result.actor);
    report.insert(QStringLiteral("operation_id"), result.operationId);
    report.insert(QStringLiteral("finished_at"),
                  result.finishedAt.isValid()
                      ? result.finishedAt.toUTC().toString(Qt::ISODateWithMs)
                      : QString());
    report.insert(QStringLiteral("outcome"), outcomeName(result));
    if (result.error.isError())
        report.insert(QStringLiteral("error"), result.error.message);
    if (!plan.refusal.isEmpty())
        report.insert(QStringLiteral("refusal"), plan.refusal);
    report.insert(QStringLiteral("tables"), tables);
    report.insert(QStringLiteral("audit_keys_hashed"), result.auditKeysHashed);
    report.insert(QStringLiteral("hold_keys_hashed"), result.holdKeysHashed);
    report.insert(QStringLiteral("suggested_rules"),
                  QJsonArray::fromStringList(plan.suggestedRules));
    report.insert(QStringLiteral("verification"), verification);
    report.insert(QStringLiteral("redacted"), placesJson(result.redacted));
    report.insert(QStringLiteral("scrubbing"), result.scrubbing);
    report.insert(QStringLiteral("scrub_mode"), scrubModeName(result.scrubMode));
    QJsonArray scrubbed;
    for (const TableScrub &scrub : result.scrubbedTables) {
        scrubbed.append(QJsonObject{{QStringLiteral("table"), scrub.table.display()},
                                    {QStringLiteral("action"), scrub.action},
                                    {QStringLiteral("done"), scrub.done},
                                    {QStringLiteral("note"), scrub.note},
                                    {QStringLiteral("command"), scrub.command}});
    }
    report.insert(QStringLiteral("scrubbed_tables"), scrubbed);
    report.insert(QStringLiteral("still_holds"), QJsonArray::fromStringList(result.stillHolds));
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace Salvage
