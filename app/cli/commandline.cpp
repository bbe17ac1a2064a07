#include "commandline.h"

#include "db/secrets.h"

#include <QMap>
#include <QSet>

#include <climits>

namespace Salvage::Cli {

namespace {

struct OptionSpec
{
    const char *name;
    bool takesValue;
};

// Global options first; the rest belong to one command each (checked after parsing).
// One option a line: clang-format would pack them into a grid.
// clang-format off
const OptionSpec optionSpecs[] = {
    {"db", true},
    {"demo", false},
    {"actor", true},
    {"reason", true},
    {"json", false},
    {"help", false},
    {"version", false},
    {"trash", false},
    {"all", false},
    {"limit", true},
    {"search", true},
    {"yes", false},
    {"table", true},
    {"contains", false},
    {"subject", true},
    {"ticket", true},
    {"dry-run", false},
    {"strict", false},
    {"purge-trashed", false},
    {"redact-mentions", false},
    {"report", true},
    {"scrub", true},
    {"until", true},
    {"export", true},
    {"import", true},
    {"suggest", false},
};
// clang-format on

const OptionSpec *findOption(const QString &name)
{
    for (const OptionSpec &spec : optionSpecs) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

bool looksLikeNumber(const QString &token)
{
    bool ok = false;
    token.toDouble(&ok);
    return ok;
}

struct CommandSpec
{
    const char *name;
    Command command;
    QStringList options; // command-specific options it accepts
};

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs = {
        {"tables", Command::Tables, {}},
        {"list", Command::List, {"trash", "all", "limit", "search"}},
        {"trash", Command::Trash, {}},
        {"restore", Command::Restore, {}},
        {"purge", Command::Purge, {"yes"}},
        {"audit", Command::Audit, {"table", "limit"}},
        {"find-subject", Command::FindSubject, {"contains"}},
        {"anonymize", Command::Anonymize, {"yes"}},
        {"erase",
         Command::Erase,
         {"subject",
          "ticket",
          "dry-run",
          "strict",
          "purge-trashed",
          "redact-mentions",
          "report",
          "scrub",
          "yes"}},
        {"hold", Command::Hold, {"until"}},
        {"unhold", Command::Unhold, {}},
        {"rules", Command::Rules, {"export", "import", "suggest"}},
        {"help", Command::Help, {}},
    };
    return specs;
}

using Values = QMap<QString, QString>; // option name -> value ("" for switches)

QString needsActor(const Options &o, const QString &commandName)
{
    if (!o.actor.trimmed().isEmpty())
        return QString();
    return CommandLine::tr("%1 needs an actor: give --actor ACTOR or set SALVAGE_ACTOR")
        .arg(commandName);
}

// TABLE KEY... of anonymize, hold and unhold.
QString takeTableAndKeys(Options &o, const QString &commandName, QStringList positionals)
{
    if (positionals.size() < 2)
        return CommandLine::tr("%1 needs a TABLE and at least one KEY").arg(commandName);
    o.table = positionals.takeFirst();
    o.keys = positionals;
    return QString();
}

QString checkErase(Options &o, const QStringList &positionals, const Values &values)
{
    if (!positionals.isEmpty())
        return CommandLine::tr("erase takes no arguments (give --subject VALUE)");
    o.subject = values.value(QStringLiteral("subject"));
    o.ticket = values.value(QStringLiteral("ticket"));
    o.dryRun = values.contains(QStringLiteral("dry-run"));
    o.strict = values.contains(QStringLiteral("strict"));
    o.purgeTrashed = values.contains(QStringLiteral("purge-trashed"));
    o.redactMentions = values.contains(QStringLiteral("redact-mentions"));
    o.reportFile = values.value(QStringLiteral("report"));
    o.scrub = values.value(QStringLiteral("scrub"), QStringLiteral("vacuum"));
    o.yes = values.contains(QStringLiteral("yes"));
    if (o.subject.trimmed().isEmpty())
        return CommandLine::tr("erase needs the data subject: --subject VALUE");
    if (o.ticket.trimmed().isEmpty())
        return CommandLine::tr("erase needs the ticket of the request: --ticket ID");
    if (o.dryRun && o.yes)
        return CommandLine::tr("give either --dry-run or --yes, not both");
    if (o.scrub != QLatin1String("none") && o.scrub != QLatin1String("vacuum")
        && o.scrub != QLatin1String("full"))
        return CommandLine::tr("--scrub takes none, vacuum or full, not \"%1\"").arg(o.scrub);
    if (o.dryRun && values.contains(QStringLiteral("report")))
        return CommandLine::tr("--report needs an erasure that is carried out, not --dry-run");
    if (values.contains(QStringLiteral("report")) && o.reportFile.isEmpty())
        return CommandLine::tr("--report needs a file name");
    if (!o.reportFile.isEmpty()
        && !o.reportFile.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        && !o.reportFile.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        return CommandLine::tr("--report writes FILE.json or FILE.pdf; the name says which "
                               "(nothing was changed)");
    }
    if (!o.dryRun && !o.yes) {
        return CommandLine::tr("erase changes rows permanently; add --yes to confirm or "
                               "--dry-run to preview (nothing was changed)");
    }
    return o.dryRun ? QString() : needsActor(o, QStringLiteral("erase"));
}

QString checkHold(Options &o,
                  const QString &commandName,
                  const QStringList &positionals,
                  const Values &values)
{
    if (QString error = takeTableAndKeys(o, commandName, positionals); !error.isEmpty())
        return error;
    if (o.command == Command::Hold) {
        if (o.reason.trimmed().isEmpty())
            return CommandLine::tr("hold needs the reason for the hold: --reason TEXT");
        if (values.contains(QStringLiteral("until"))) {
            const QString text = values.value(QStringLiteral("until"));
            o.holdUntil = QDate::fromString(text, Qt::ISODate);
            if (!o.holdUntil.isValid() || text.size() != 10)
                return CommandLine::tr("--until needs a date YYYY-MM-DD, not \"%1\"").arg(text);
            if (o.holdUntil < QDate::currentDate())
                return CommandLine::tr("--until %1 has passed; a hold needs a date from today on")
                    .arg(text);
        }
    }
    return needsActor(o, commandName);
}

QString checkRules(Options &o, const QStringList &positionals, const Values &values)
{
    if (!positionals.isEmpty())
        return CommandLine::tr("rules takes no arguments");
    o.exportFile = values.value(QStringLiteral("export"));
    o.importFile = values.value(QStringLiteral("import"));
    o.suggest = values.contains(QStringLiteral("suggest"));
    const bool exporting = values.contains(QStringLiteral("export"));
    const bool importing = values.contains(QStringLiteral("import"));
    if (exporting && importing)
        return CommandLine::tr("give either --export or --import, not both");
    if (exporting && o.suggest)
        return CommandLine::tr("--suggest lists rules; give it without --export");
    if ((exporting && o.exportFile.isEmpty()) || (importing && o.importFile.isEmpty()))
        return CommandLine::tr("--export and --import need a file name");
    return importing ? needsActor(o, QStringLiteral("rules --import")) : QString();
}

// The commands of a GDPR erasure; an empty string when the command line is usable.
QString checkPrivacyCommand(Options &o,
                            const QString &commandName,
                            const QStringList &positionals,
                            const Values &values)
{
    switch (o.command) {
    case Command::FindSubject:
        if (positionals.size() != 1 || positionals.first().trimmed().isEmpty())
            return CommandLine::tr("find-subject needs exactly one VALUE to search for");
        o.subject = positionals.first();
        o.contains = values.contains(QStringLiteral("contains"));
        return QString();
    case Command::Anonymize:
        if (QString error = takeTableAndKeys(o, commandName, positionals); !error.isEmpty())
            return error;
        o.yes = values.contains(QStringLiteral("yes"));
        if (!o.yes) {
            return CommandLine::tr("anonymize overwrites personal columns for good; add --yes "
                                   "to confirm (nothing was changed)");
        }
        return needsActor(o, commandName);
    case Command::Erase:
        return checkErase(o, positionals, values);
    case Command::Hold:
    case Command::Unhold:
        return checkHold(o, commandName, positionals, values);
    case Command::Rules:
        return checkRules(o, positionals, values);
    default:
        return QString();
    }
}

} // namespace

ParsedCommandLine CommandLine::parse(const QStringList &arguments,
                                     const QProcessEnvironment &environment)
{
    ParsedCommandLine result;
    Options &o = result.options;
    QStringList positionals;
    Values values;
    bool optionsEnded = false;

    auto fail = [&result](const QString &message) {
        result.error = message;
        return result;
    };

    for (int i = 0; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (optionsEnded || !token.startsWith(QLatin1Char('-')) || token == QLatin1String("-")
            || looksLikeNumber(token)) {
            positionals.append(token);
            continue;
        }
        if (token == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (token == QLatin1String("-h")) {
            o.command = Command::Help;
            return result;
        }
        QString name = token.startsWith(QLatin1String("--")) ? token.mid(2) : QString();
        QString value;
        bool hasInlineValue = false;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasInlineValue = true;
        }
        const OptionSpec *spec = findOption(name);
        if (!spec)
            return fail(tr("unknown option: %1").arg(redactUrlText(token))); // e.g. --dbb=URL
        if (name == QLatin1String("help")) {
            o.command = Command::Help;
            return result;
        }
        if (spec->takesValue && !hasInlineValue) {
            if (i + 1 >= arguments.size())
                return fail(tr("option --%1 needs a value").arg(name));
            value = arguments.at(++i);
        } else if (!spec->takesValue && hasInlineValue) {
            return fail(tr("option --%1 takes no value").arg(name));
        }
        if (values.contains(name))
            return fail(tr("option --%1 given more than once").arg(name));
        values.insert(name, value);
    }

    if (values.contains(QStringLiteral("version"))) {
        o.command = Command::Version;
        return result;
    }
    if (positionals.isEmpty())
        return fail(tr("no command given"));

    const QString commandName = positionals.takeFirst();
    const CommandSpec *command = nullptr;
    for (const CommandSpec &spec : commandSpecs()) {
        if (commandName == QLatin1String(spec.name))
            command = &spec;
    }
    if (!command) // perhaps a URL given without --db
        return fail(tr("unknown command: %1").arg(redactUrlText(commandName)));
    o.command = command->command;
    if (o.command == Command::Help)
        return result;

    static const QSet<QString> globals = {QStringLiteral("db"),
                                          QStringLiteral("demo"),
                                          QStringLiteral("actor"),
                                          QStringLiteral("reason"),
                                          QStringLiteral("json")};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!globals.contains(it.key()) && !command->options.contains(it.key())) {
            return fail(
                tr("option --%1 does not apply to the %2 command").arg(it.key(), commandName));
        }
    }

    // The database.
    o.demo = values.contains(QStringLiteral("demo"));
    o.dbUrl = values.value(QStringLiteral("db"));
    if (o.demo && values.contains(QStringLiteral("db")))
        return fail(tr("give either --db or --demo, not both"));
    if (!o.demo && o.dbUrl.isEmpty())
        return fail(tr("no database: give --db URL or --demo"));

    o.json = values.contains(QStringLiteral("json"));
    o.reason = values.value(QStringLiteral("reason"));
    o.actor = values.contains(QStringLiteral("actor"))
                  ? values.value(QStringLiteral("actor"))
                  : environment.value(QStringLiteral("SALVAGE_ACTOR"));

    if (values.contains(QStringLiteral("limit"))) {
        bool ok = false;
        const qlonglong limit = values.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 1 || limit >= INT_MAX) {
            return fail(tr("--limit needs a whole number of at least 1, not \"%1\"")
                            .arg(values.value(QStringLiteral("limit"))));
        }
        o.limit = int(limit);
    }

    switch (o.command) {
    case Command::Tables:
        if (!positionals.isEmpty())
            return fail(tr("tables takes no arguments"));
        break;
    case Command::List:
        if (positionals.size() != 1)
            return fail(tr("list needs exactly one TABLE"));
        o.table = positionals.first();
        if (values.contains(QStringLiteral("trash")) && values.contains(QStringLiteral("all")))
            return fail(tr("give either --trash or --all, not both"));
        if (values.contains(QStringLiteral("trash")))
            o.scope = Scope::Trash;
        else if (values.contains(QStringLiteral("all")))
            o.scope = Scope::All;
        o.search = values.value(QStringLiteral("search"));
        break;
    case Command::Trash:
    case Command::Restore:
    case Command::Purge:
        if (positionals.size() < 2)
            return fail(tr("%1 needs a TABLE and at least one KEY").arg(commandName));
        o.table = positionals.takeFirst();
        o.keys = positionals;
        o.yes = values.contains(QStringLiteral("yes"));
        if (o.command == Command::Purge && !o.yes) {
            return fail(tr("purge deletes rows permanently; add --yes to confirm "
                           "(nothing was changed)"));
        }
        if (const QString error = needsActor(o, commandName); !error.isEmpty())
            return fail(error);
        break;
    case Command::Audit:
        if (!positionals.isEmpty())
            return fail(tr("audit takes no arguments (use --table T to filter)"));
        o.auditTable = values.value(QStringLiteral("table"));
        if (values.contains(QStringLiteral("table")) && o.auditTable.isEmpty())
            return fail(tr("--table needs a table name"));
        break;
    case Command::FindSubject:
    case Command::Anonymize:
    case Command::Erase:
    case Command::Hold:
    case Command::Unhold:
    case Command::Rules:
        if (const QString error = checkPrivacyCommand(o, commandName, positionals, values);
            !error.isEmpty())
            return fail(error);
        break;
    case Command::None:
    case Command::Help:
    case Command::Version:
        break;
    }
    return result;
}

QString CommandLine::usage()
{
    return tr(
        "Usage: salvage-cli [--db URL | --demo] [--actor ACTOR] [--reason TEXT] [--json]\n"
        "                   COMMAND [ARGS]\n"
        "\n"
        "Browse and change the rows of soft-deleting tables, headless.\n"
        "\n"
        "Commands:\n"
        "  tables                          tables, their convention, primary key,\n"
        "                                  active and trashed counts\n"
        "  list TABLE [--trash|--all] [--limit N] [--search TEXT]\n"
        "                                  rows of TABLE (active rows unless --trash or\n"
        "                                  --all; at most N rows, default 100; TEXT is\n"
        "                                  searched in the text columns)\n"
        "  trash   TABLE KEY...            move rows to the trash\n"
        "  restore TABLE KEY...            restore rows from the trash\n"
        "  purge   TABLE KEY... --yes      delete trashed rows permanently; without --yes\n"
        "                                  it is refused as a usage error (exit 2)\n"
        "  audit [--table T] [--limit N]   the audit log, newest first (default 100)\n"
        "\n"
        "Erasure requests (GDPR Art. 17):\n"
        "  find-subject VALUE [--contains] every row holding VALUE in a text column\n"
        "                                  (any case; --contains: as part of the text)\n"
        "                                  and every row that refers to those rows\n"
        "  erase --subject VALUE --ticket ID [--dry-run] [--strict] [--purge-trashed]\n"
        "        [--redact-mentions] [--report FILE.json|FILE.pdf]\n"
        "        [--scrub none|vacuum|full] --yes\n"
        "                                  anonymize the subject's rows by the stored\n"
        "                                  rules (suggested rules where none is stored),\n"
        "                                  purge rows of purge-on-erasure tables, keep\n"
        "                                  rows on legal hold, then verify that the\n"
        "                                  values are gone, else roll everything back.\n"
        "                                  --dry-run shows the plan and changes nothing;\n"
        "                                  --strict refuses personal columns without a\n"
        "                                  stored rule and a verification that could\n"
        "                                  not search every column; --redact-mentions\n"
        "                                  replaces the values inside text columns of\n"
        "                                  rows outside the plan (a colleague's ticket\n"
        "                                  that quotes the e-mail) with [redacted], the\n"
        "                                  rows listed in the plan first;\n"
        "                                  --purge-trashed purges the subject's own\n"
        "                                  trashed rows instead (when nothing refers to\n"
        "                                  them); --report writes the\n"
        "                                  erasure report as JSON or PDF. PostgreSQL,\n"
        "                                  after the commit: --scrub vacuum (default)\n"
        "                                  runs plain VACUUM, which locks nobody out but\n"
        "                                  may leave old bytes in the files; full runs\n"
        "                                  VACUUM FULL, which removes them but locks each\n"
        "                                  table while it is rewritten (it gives up after\n"
        "                                  10 s without the lock and names the command);\n"
        "                                  none runs nothing\n"
        "  anonymize TABLE KEY... --yes    anonymize rows by the same rules\n"
        "  hold TABLE KEY... --reason TEXT [--until YYYY-MM-DD]\n"
        "                                  put rows on legal hold: erase and purge skip\n"
        "                                  them (until the date, else until unhold)\n"
        "  unhold TABLE KEY...             release rows from legal hold\n"
        "  rules [--export FILE | --import FILE] [--suggest]\n"
        "                                  the stored anonymization rules and the tables\n"
        "                                  purged on erasure; --suggest adds the rules\n"
        "                                  proposed from column names and types;\n"
        "                                  --export/--import copy them as JSON\n"
        "\n"
        "Options:\n"
        "  --db URL         sqlite:PATH (an existing file) or\n"
        "                   postgresql://user@host:port/dbname?sslmode=...\n"
        "                   The password comes from PGPASSWORD or ~/.pgpass, never from\n"
        "                   the command line.\n"
        "  --demo           the demo database (created on first use)\n"
        "  --actor ACTOR    who makes the change (else $SALVAGE_ACTOR); required by\n"
        "                   every command that changes data\n"
        "  --reason TEXT    recorded in the audit log with the change; for hold, why\n"
        "                   the rows are held\n"
        "  --json           machine-readable output\n"
        "  -h, --help       this help\n"
        "  --version        the version\n"
        "\n"
        "TABLE may be schema-qualified (schema.table); a name containing dots or quotes is\n"
        "written in SQL double-quote form (\"a.b\", \"s\".\"t\"\"x\"). KEY is the primary-key\n"
        "value; for a composite key col=value,col=value, where a name holding , or = and\n"
        "a value holding a comma or beginning with a quote are written in double quotes\n"
        "(\"a,b\"=\"x,y\", \"\" for a quote). Put -- before a TABLE or KEY that begins with\n"
        "a dash.\n"
        "\n"
        "The first change on a database without the audit table salvage_audit creates it\n"
        "and says so on stderr. Nothing ever prompts.\n"
        "\n"
        "Exit codes: 0 done; 1 refused or failed, nothing changed (reason on stderr);\n"
        "2 usage error.\n");
}

QString CommandLine::version()
{
    return QStringLiteral("salvage-cli %1\n").arg(QCoreApplication::applicationVersion());
}

} // namespace Salvage::Cli
