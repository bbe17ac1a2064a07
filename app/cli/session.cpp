#include "session.h"

#include "commands.h"
#include "demo/demodatabase.h"
#include "output.h"
#include "schema/schemainspector.h"
#include "trash/auditlog.h"

#include <QFileInfo>

namespace Salvage::Cli {

Session::Session(const Options &options)
    : m_options(options)
{}

int Session::open()
{
    QString urlText = m_options.dbUrl;
    if (m_options.demo) {
        const QString path = DemoDatabase::defaultPath();
        QString error;
        if (!DemoDatabase::ensure(path, &error)) {
            printError(tr("cannot create the demo database %1: %2").arg(path, error));
            return ExitFailed;
        }
        urlText = DemoDatabase::url(path);
    }

    QString parseError;
    // A password in --db is refused: ps and the shell history would show it.
    ConnectionUrl url = ConnectionUrl::parseCommandLine(urlText, &parseError);
    if (!url.isValid()) {
        printError(tr("bad database URL: %1").arg(parseError));
        return ExitUsage;
    }
    if (url.backend == Backend::SQLite) {
        // A typo must not leave an empty database behind.
        url.createIfMissing = false;
        if (!QFileInfo(url.path).isFile()) {
            printError(tr("no such database file: %1").arg(url.path));
            return ExitFailed;
        }
    }

    DbError error;
    m_connection = Connection::open(url, &error);
    if (!m_connection.isOpen()) {
        reportError(tr("cannot open %1").arg(url.toString()), error);
        return ExitFailed;
    }
    m_conventions = std::make_unique<ConventionStore>(url.settingsKey());
    return ExitOk;
}

int Session::findTable(const QString &text, TableInfo *table)
{
    QString parseError;
    const QualifiedName name = QualifiedName::parse(text, &parseError);
    if (!name.isValid()) {
        printError(tr("bad table name %1: %2").arg(text, parseError));
        return ExitUsage;
    }
    QString why;
    const int code = lookup(name, table, &why);
    if (code != ExitOk)
        printError(why);
    return code;
}

bool Session::auditExists()
{
    DbError error;
    return AuditLog(m_connection).exists(&error) && !error.isError();
}

void Session::noteAuditCreated(bool existedBefore)
{
    if (!existedBefore && auditExists())
        printError(Commands::tr("created audit table %1").arg(AuditLog::tableName()));
}

int Session::allTables(QList<TableInfo> *tables)
{
    SchemaInspector inspector(m_connection);
    DbError error;
    *tables = inspector.tables(&error, conventions());
    if (error.isError()) {
        reportError(tr("cannot read the list of tables"), error);
        return ExitFailed;
    }
    return ExitOk;
}

QualifiedName Session::resolveName(const QualifiedName &name)
{
    TableInfo table;
    QString why;
    return lookup(name, &table, &why) == ExitOk ? table.name : name;
}

int Session::lookup(const QualifiedName &name, TableInfo *table, QString *why)
{
    SchemaInspector inspector(m_connection);
    DbError error;
    *table = inspector.table(name, &error, conventions());
    if (table->name.isValid())
        return ExitOk;
    if (error.isError() && error.kind != DbError::Refused) {
        *why = describe(tr("cannot read table %1").arg(name.display()), error);
        return ExitFailed;
    }
    if (name.schema.isEmpty() && backend() == Backend::PostgreSQL)
        return lookupUnqualified(name, table, why);
    *why = tr("no such table: %1").arg(name.display());
    return ExitFailed;
}

// PostgreSQL: `users` means the one table of that name in any readable schema.
int Session::lookupUnqualified(const QualifiedName &name, TableInfo *table, QString *why)
{
    SchemaInspector inspector(m_connection);
    DbError error;
    const QList<TableInfo> tables = inspector.tables(&error, conventions());
    if (error.isError()) {
        *why = describe(tr("cannot read the list of tables"), error);
        return ExitFailed;
    }
    QList<TableInfo> matches;
    for (const TableInfo &candidate : tables) {
        if (candidate.name.name == name.name)
            matches.append(candidate);
    }
    if (matches.size() == 1) {
        *table = matches.first();
        return ExitOk;
    }
    if (matches.isEmpty()) {
        *why = tr("no such table: %1").arg(name.display());
        return ExitFailed;
    }
    QStringList names;
    for (const TableInfo &match : matches)
        names.append(match.name.display());
    *why = tr("table name %1 is ambiguous; give one of: %2")
               .arg(name.display(), names.join(QLatin1String(", ")));
    return ExitFailed;
}

QString Session::describe(const QString &what, const DbError &error)
{
    QString message = what;
    const QString why = !error.message.isEmpty() ? error.message : error.driverText;
    if (!why.isEmpty())
        message += QLatin1String(": ") + why;
    return message;
}

void Session::reportError(const QString &what, const DbError &error)
{
    printError(describe(what, error));
}

} // namespace Salvage::Cli
