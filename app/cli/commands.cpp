#include "commands.h"

#include "output.h"
#include "session.h"

namespace Salvage::Cli {

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
    default:
        return ExitUsage;
    }
}

} // namespace Salvage::Cli
