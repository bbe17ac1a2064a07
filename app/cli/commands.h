#pragma once

#include "commandline.h"

#include <QCoreApplication>

namespace Salvage::Cli {

class Session;

// One function per command; each returns the process exit code. Reading commands build
// their SQL from the core's fragments (Sql::...), changes go through TrashService.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::Cli::Commands)
public:
    static int run(const Options &options);

    static int tables(Session &session);     // tablescommand.cpp
    static int list(Session &session);       // listcommand.cpp
    static int changeRows(Session &session); // rowcommand.cpp
    static int audit(Session &session);      // auditcommand.cpp
};

} // namespace Salvage::Cli
