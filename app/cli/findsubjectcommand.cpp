#include "commands.h"

#include "output.h"
#include "privacy/subjectfinder.h"
#include "privacyoutput.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Salvage::Cli {

namespace {

QJsonObject rowJson(const QList<TableInfo> &tables, const SubjectRow &row)
{
    // Only the key: the other values are the subject's personal data.
    return QJsonObject{
        {QStringLiteral("table"), row.table.display()},
        {QStringLiteral("key"), keyJson(tables, row.table, row.key)},
        {QStringLiteral("matched_columns"), QJsonArray::fromStringList(row.matchedColumns)},
        {QStringLiteral("path"), QJsonArray::fromStringList(displayNames(row.path))},
        {QStringLiteral("trashed"), row.trashed},
    };
}

QString rowsText(const QList<TableInfo> &tables, const QList<SubjectRow> &rows)
{
    QList<QualifiedName> names;
    for (const SubjectRow &row : rows)
        names.append(row.table);
    const QList<QualifiedName> order = tablesInOrder(names);

    QString out;
    for (const QualifiedName &name : order) {
        TextTable text({Commands::tr("KEY"),
                        Commands::tr("MATCHED"),
                        Commands::tr("PATH"),
                        Commands::tr("STATE")});
        for (const SubjectRow &row : rows) {
            if (row.table != name)
                continue;
            text.addRow({keyText(tables, row.table, row.key),
                         row.matchedColumns.isEmpty()
                             ? Commands::tr("(refers to the subject's rows)")
                             : row.matchedColumns.join(QLatin1String(", ")),
                         pathText(row.path),
                         row.trashed ? Commands::tr("trashed") : Commands::tr("active")});
        }
        out += Commands::tr("%1: %n row(s)", nullptr, text.rowCount()).arg(name.display())
               + QLatin1Char('\n');
        for (const QString &line : text.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out += QLatin1String("  ") + line + QLatin1Char('\n');
    }
    out += Commands::tr("%n row(s) found", nullptr, int(rows.size()))
           + Commands::tr(" in %n table(s)", nullptr, int(order.size())) + QLatin1Char('\n');
    return out;
}

} // namespace

int Commands::findSubject(Session &session)
{
    const Options &options = session.options();
    QList<TableInfo> tables;
    if (const int code = session.allTables(&tables); code != ExitOk)
        return code;

    SubjectSearch search;
    search.value = options.subject;
    search.contains = options.contains;
    SubjectFinder finder(session.connection(), tables);
    DbError error;
    const QList<SubjectRow> rows = finder.find(search, &error);
    if (error.isError()) {
        Session::reportError(tr("cannot search for the data subject"), error);
        return ExitFailed;
    }

    if (options.json) {
        QJsonArray array;
        for (const SubjectRow &row : rows)
            array.append(rowJson(tables, row));
        printJson(array);
    } else {
        printOut(rowsText(tables, rows));
    }
    return ExitOk;
}

} // namespace Salvage::Cli
