#include "commands.h"

#include "output.h"
#include "session.h"

namespace Salvage::Cli {

int Commands::runArguments(const QStringList &arguments, const QProcessEnvironment &environment)
{
    const ParsedCommandLine parsed = CommandLine::parse(arguments, environment);
    if (!parsed.isValid()) {
        printError(parsed.error);
        printError(
            QCoreApplication::translate("salvage-cli", "run salvage-cli --help for the usage"));
        return ExitUsage;
    }
    return run(parsed.options);
}

int Commands::run(const Options &options)
{
    switch (options.command) {
    case Command::None:
    case Command::Help:
        printOut(CommandLine::usage());
        return ExitOk;
    case Command::Version:
        printOut(CommandLine::version());
        return ExitOk;
    default:
        break;
    }

    Session session(options);
    if (const int code = session.open(); code != ExitOk)
        return code;

    switch (options.command) {
    case Command::Tables:
        return tables(session);
    case Command::List:
        return list(session);
    case Command::Trash:
    case Command::Restore:
    case Command::Purge:
        return changeRows(session);
    case Command::Audit:
        return audit(session);
    case Command::FindSubject:
        return findSubject(session);
    case Command::Erase:
        return erase(session);
    case Command::Anonymize:
        return anonymize(session);
    case Command::Hold:
    case Command::Unhold:
        return hold(session);
    case Command::Rules:
        return rules(session);
    default:
        return ExitUsage;
    }
}

int Commands::parseKeys(const TableInfo &table, const QStringList &texts, QList<RowKey> *keys)
{
    keys->clear();
    for (const QString &text : texts) {
        QString error;
        const RowKey key = parseRowKey(table, text, &error);
        if (key.isEmpty()) {
            printError(tr("bad key: %1").arg(error));
            return ExitUsage;
        }
        keys->append(key);
    }
    return ExitOk;
}

} // namespace Salvage::Cli
