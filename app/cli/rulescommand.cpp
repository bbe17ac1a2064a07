#include "commands.h"

#include "output.h"
#include "privacy/rulestore.h"
#include "privacy/rulesuggester.h"
#include "privacyoutput.h"
#include "session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Salvage::Cli {

namespace {

struct Suggestions
{
    QList<RuleSuggester::Suggestion> rules; // for columns without a stored rule
    QList<QualifiedName> purgeOnErasure;    // transient tables not marked yet
};

bool hasRule(const QList<AnonymizationRule> &rules,
             const QualifiedName &table,
             const QString &column)
{
    for (const AnonymizationRule &rule : rules) {
        if (rule.table == table && rule.column == column)
            return true;
    }
    return false;
}

Suggestions suggestionsFor(const QList<TableInfo> &tables,
                           const QList<AnonymizationRule> &stored,
                           const QList<QualifiedName> &purged)
{
    Suggestions result;
    for (const TableInfo &table : tables) {
        // Salvage's own tables (audit, rules, holds) are never erased.
        if (table.name.name.startsWith(QLatin1String("salvage_")))
            continue;
        for (const RuleSuggester::Suggestion &suggestion : RuleSuggester::suggest(table)) {
            if (!hasRule(stored, table.name, suggestion.rule.column))
                result.rules.append(suggestion);
        }
        if (RuleSuggester::looksTransient(table) && !purged.contains(table.name))
            result.purgeOnErasure.append(table.name);
    }
    return result;
}

QJsonObject ruleJson(const AnonymizationRule &rule)
{
    return QJsonObject{
        {QStringLiteral("table"), rule.table.display()},
        {QStringLiteral("column"), rule.column},
        {QStringLiteral("rule"), Rules::kindName(rule.kind)},
        {QStringLiteral("parameter"), rule.parameter},
    };
}

void printRules(const QList<AnonymizationRule> &rules,
                const QList<QualifiedName> &purged,
                const Suggestions *suggestions)
{
    if (rules.isEmpty() && purged.isEmpty()) {
        printOut(Commands::tr("No anonymization rules are stored; erase uses the suggested "
                              "rules (rules --suggest lists them).")
                 + QLatin1Char('\n'));
    }
    TextTable text({Commands::tr("TABLE"),
                    Commands::tr("COLUMN"),
                    Commands::tr("RULE"),
                    Commands::tr("PARAMETER"),
                    Commands::tr("SOURCE")});
    for (const AnonymizationRule &rule : rules) {
        text.addRow({rule.table.display(),
                     rule.column,
                     Rules::kindName(rule.kind),
                     rule.parameter,
                     Commands::tr("stored")});
    }
    if (suggestions) {
        for (const RuleSuggester::Suggestion &suggestion : suggestions->rules) {
            const AnonymizationRule &rule = suggestion.rule;
            text.addRow({rule.table.display(),
                         rule.column,
                         Rules::kindName(rule.kind),
                         rule.parameter,
                         Commands::tr("suggested: %1").arg(suggestion.why)});
        }
    }
    if (text.rowCount() > 0)
        printOut(text.toString());
    if (!purged.isEmpty()) {
        printOut(
            Commands::tr("Purged on erasure: %1").arg(displayNames(purged).join(QLatin1String(", ")))
            + QLatin1Char('\n'));
    }
    if (suggestions && !suggestions->purgeOnErasure.isEmpty()) {
        printOut(Commands::tr("Suggested for purge on erasure (transient data): %1")
                     .arg(displayNames(suggestions->purgeOnErasure).join(QLatin1String(", ")))
                 + QLatin1Char('\n'));
    }
}

void printRulesJson(const QList<AnonymizationRule> &rules,
                    const QList<QualifiedName> &purged,
                    const Suggestions *suggestions)
{
    QJsonArray ruleArray;
    for (const AnonymizationRule &rule : rules)
        ruleArray.append(ruleJson(rule));
    QJsonObject object{
        {QStringLiteral("rules"), ruleArray},
        {QStringLiteral("purge_on_erasure"), QJsonArray::fromStringList(displayNames(purged))},
    };
    if (suggestions) {
        QJsonArray suggested;
        for (const RuleSuggester::Suggestion &suggestion : suggestions->rules) {
            QJsonObject rule = ruleJson(suggestion.rule);
            rule.insert(QStringLiteral("why"), suggestion.why);
            suggested.append(rule);
        }
        object.insert(QStringLiteral("suggestions"), suggested);
        object.insert(QStringLiteral("suggested_purge_on_erasure"),
                      QJsonArray::fromStringList(displayNames(suggestions->purgeOnErasure)));
    }
    printJson(object);
}

int exportRules(RuleStore &store, const QString &path)
{
    DbError error;
    const QByteArray json = store.exportJson(&error);
    if (error.isError()) {
        Session::reportError(Commands::tr("cannot read the anonymization rules"), error);
        return ExitFailed;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        printError(Commands::tr("cannot write %1: %2").arg(path, file.errorString()));
        return ExitFailed;
    }
    printError(Commands::tr("rules exported to %1").arg(path));
    return ExitOk;
}

int importRules(Session &session, RuleStore &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(Commands::tr("cannot read %1: %2").arg(path, file.errorString()));
        return ExitFailed;
    }
    const QByteArray json = file.readAll();
    QList<TableInfo> tables;
    if (const int code = session.allTables(&tables); code != ExitOk)
        return code;
    DbError error;
    if (!store.importJson(json, tables, session.options().actor, &error)) {
        Session::reportError(Commands::tr("cannot import the rules of %1 (nothing was changed)")
                                 .arg(path),
                             error);
        return ExitFailed;
    }
    printError(Commands::tr("rules imported from %1").arg(path));
    return ExitOk;
}

} // namespace

int Commands::rules(Session &session)
{
    const Options &options = session.options();
    RuleStore store(session.connection());
    if (!options.exportFile.isEmpty())
        return exportRules(store, options.exportFile);
    if (!options.importFile.isEmpty()) {
        if (const int code = importRules(session, store, options.importFile); code != ExitOk)
            return code;
    }

    DbError error;
    const QList<AnonymizationRule> stored = store.rules(&error);
    const QList<QualifiedName> purged = error.isError() ? QList<QualifiedName>()
                                                        : store.purgeOnErasure(&error);
    if (error.isError()) {
        Session::reportError(tr("cannot read the anonymization rules"), error);
        return ExitFailed;
    }
    Suggestions suggestions;
    if (options.suggest) {
        QList<TableInfo> tables;
        if (const int code = session.allTables(&tables); code != ExitOk)
            return code;
        suggestions = suggestionsFor(tables, stored, purged);
    }
    const Suggestions *shown = options.suggest ? &suggestions : nullptr;
    if (options.json)
        printRulesJson(stored, purged, shown);
    else
        printRules(stored, purged, shown);
    return ExitOk;
}

} // namespace Salvage::Cli
