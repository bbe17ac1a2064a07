#pragma once

#include "commandline.h"
#include "trash/rowkey.h"

#include <QCoreApplication>

namespace Salvage::Cli {

class Session;

// One function per command; each returns the process exit code. Reading commands build
// their SQL from the core's fragments (Sql::...), changes go through the core's services.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::Cli::Commands)
public:
    // A whole salvage-cli run after the application exists: parses the arguments (without
    // the program name), says what is wrong with them, runs the command. The exit code.
    static int runArguments(const QStringList &arguments, const QProcessEnvironment &environment);
    static int run(const Options &options);

    static int tables(Session &session);      // tablescommand.cpp
    static int list(Session &session);        // listcommand.cpp
    static int changeRows(Session &session);  // rowcommand.cpp
    static int audit(Session &session);       // auditcommand.cpp
    static int findSubject(Session &session); // findsubjectcommand.cpp
    static int erase(Session &session);       // erasecommand.cpp
    static int anonymize(Session &session);   // anonymizecommand.cpp
    static int hold(Session &session);        // holdcommand.cpp (hold and unhold)
    static int rules(Session &session);       // rulescommand.cpp

    // KEY arguments as typed, for `table`. Returns ExitOk, or ExitUsage after saying why.
    static int parseKeys(const TableInfo &table, const QStringList &texts, QList<RowKey> *keys);
};

} // namespace Salvage::Cli
