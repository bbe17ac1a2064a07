#pragma once

#include "db/connectionurl.h" // sqldialect.h uses Backend without including it
#include "db/sqldialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Salvage::Cli {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

enum class Command {
    None,
    Help,
    Version,
    Tables,
    List,
    Trash,
    Restore,
    Purge,
    Audit,
    FindSubject,
    Anonymize,
    Erase,
    Hold,
    Unhold,
    Rules,
};

// Everything the command line asked for, checked for usage errors but not yet for whether
// the database agrees (unknown tables and keys are found when the command runs).
struct Options
{
    QString dbUrl;
    bool demo = false;
    QString actor; // --actor, else SALVAGE_ACTOR
    QString reason;
    bool json = false;

    Command command = Command::None;
    QString table;    // list, trash, restore, purge, anonymize, hold, unhold: as typed
    QStringList keys; // trash, restore, purge, anonymize, hold, unhold: as typed
    Scope scope = Scope::Active;
    QString search;
    int limit = 100;
    bool yes = false;
    QString auditTable; // audit --table

    // GDPR erasure (find-subject, erase, hold, rules)
    QString subject; // find-subject VALUE, erase --subject
    bool contains = false;
    QString ticket;
    bool dryRun = false;
    bool strict = false;
    bool purgeTrashed = false;
    bool redactMentions = false;
    QString reportFile;
    QString scrub;        // erase: none, vacuum (default) or full
    QDate holdUntil;      // hold --until; invalid: until released
    QString exportFile;   // rules --export
    QString importFile;   // rules --import
    bool suggest = false; // rules --suggest
};

struct ParsedCommandLine
{
    Options options;
    QString error; // a usage error, translated; empty when the command line is usable
    bool isValid() const { return error.isEmpty(); }
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::Cli::CommandLine)
public:
    // `arguments` without the program name.
    static ParsedCommandLine parse(const QStringList &arguments,
                                   const QProcessEnvironment &environment);
    static QString usage();
    static QString version();
};

} // namespace Salvage::Cli
