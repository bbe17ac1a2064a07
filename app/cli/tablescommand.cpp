#include "commands.h"

#include "db/connectionurl.h"
#include "db/sqldialect.h"
#include "output.h"
#include "schema/rowcounts.h"
#include "schema/schemainspector.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Salvage::Cli {

namespace {

struct Counts
{
    std::optional<qint64> active;
    std::optional<qint64> trashed;
};

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject tableJson(const TableInfo &table, const Counts &counts)
{
    const Convention &convention = table.convention;
    QJsonObject conventionObject{
        {QStringLiteral("kind"), Convention::kindName(convention.kind)},
        {QStringLiteral("marker"), textOrNull(convention.marker)},
        {QStringLiteral("actor"), textOrNull(convention.actor)},
        {QStringLiteral("reason"), textOrNull(convention.reason)},
        {QStringLiteral("overridden"), convention.overridden},
    };
    QJsonObject object{
        {QStringLiteral("name"), table.name.display()},
        {QStringLiteral("schema"), textOrNull(table.name.schema)},
        {QStringLiteral("table"), table.name.name},
        {QStringLiteral("primary_key"), QJsonArray::fromStringList(table.primaryKey)},
        {QStringLiteral("convention"), conventionObject},
        {QStringLiteral("active"),
         counts.active ? QJsonValue(*counts.active) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("trashed"),
         counts.trashed ? QJsonValue(*counts.trashed) : QJsonValue(QJsonValue::Null)},
    };
    if (!table.isWritable())
        object.insert(QStringLiteral("read_only_reason"), table.readOnlyReason());
    return object;
}

QString conventionText(const Convention &convention)
{
    if (!convention.isSoftDeletable())
        return Commands::tr("not soft-deletable");
    QString text = Convention::kindName(convention.kind) + QLatin1Char(' ') + convention.marker;
    if (!convention.actor.isEmpty())
        text += Commands::tr(", actor %1").arg(convention.actor);
    if (convention.overridden)
        text += Commands::tr(" (override)");
    return text;
}

QString countText(const std::optional<qint64> &count)
{
    return count ? QString::number(*count) : QStringLiteral("-");
}

} // namespace

int Commands::tables(Session &session)
{
    SchemaInspector inspector(session.connection());
    DbError error;
    const QList<TableInfo> tables = inspector.tables(&error, session.conventions());
    if (error.isError()) {
        Session::reportError(tr("cannot read the list of tables"), error);
        return ExitFailed;
    }

    QList<Counts> counts;
    for (const TableInfo &table : tables) {
        Counts count;
        if (table.convention.isSoftDeletable()) {
            const qint64 active = countRows(session.connection(), table, Scope::Active, &error);
            const qint64 trashed = active < 0
                ? -1
                : countRows(session.connection(), table, Scope::Trash, &error);
            if (active < 0 || trashed < 0) {
                Session::reportError(tr("cannot count the rows of %1").arg(table.name.display()),
                                     error);
                return ExitFailed;
            }
            count.active = active;
            count.trashed = trashed;
        }
        counts.append(count);
    }

    if (session.options().json) {
        QJsonArray array;
        for (int i = 0; i < tables.size(); ++i)
            array.append(tableJson(tables.at(i), counts.at(i)));
        printJson(array);
        return ExitOk;
    }

    TextTable text(
        {tr("TABLE"), tr("PRIMARY KEY"), tr("CONVENTION"), tr("ACTIVE"), tr("TRASHED"), tr("NOTE")});
    text.setRightAligned(3);
    text.setRightAligned(4);
    for (int i = 0; i < tables.size(); ++i) {
        const TableInfo &table = tables.at(i);
        text.addRow({table.name.display(),
                     table.primaryKey.isEmpty() ? QStringLiteral("-")
                                                : table.primaryKey.join(QLatin1String(", ")),
                     conventionText(table.convention),
                     countText(counts.at(i).active),
                     countText(counts.at(i).trashed),
                     table.readOnlyReason()});
    }
    printOut(text.toString());
    return ExitOk;
}

} // namespace Salvage::Cli
