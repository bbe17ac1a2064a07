#include "commands.h"

#include "output.h"
#include "session.h"
#include "trash/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Salvage::Cli {

namespace {

// row_key and details are JSON text in the table; scripts get them as JSON, not as strings.
QJsonValue embeddedJson(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return text;
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject entryJson(const AuditEntry &entry)
{
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("operation_id"), entry.operationId},
        {QStringLiteral("occurred_at"), entry.occurredAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("actor"), entry.actor},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("table_name"), entry.tableName},
        {QStringLiteral("row_key"), embeddedJson(entry.rowKey)},
        {QStringLiteral("rows"), entry.rows},
        {QStringLiteral("reason"), textOrNull(entry.reason)},
        {QStringLiteral("details"), embeddedJson(entry.details)},
        {QStringLiteral("database_user"), textOrNull(entry.databaseUser)},
        {QStringLiteral("os_user"), textOrNull(entry.osUser)},
    };
}

} // namespace

int Commands::audit(Session &session)
{
    const Options &options = session.options();
    AuditLog log(session.connection());
    DbError error;
    if (!log.exists(&error)) {
        if (error.isError()) {
            Session::reportError(tr("cannot read the audit log"), error);
            return ExitFailed;
        }
        printError(
            tr("no audit log yet: %1 is created by the first change").arg(AuditLog::tableName()));
        if (options.json)
            printJson(QJsonArray());
        return ExitOk;
    }

    AuditLog::Filter filter;
    filter.limit = options.limit;
    if (!options.auditTable.isEmpty()) {
        QString parseError;
        const QualifiedName name = QualifiedName::parse(options.auditTable, &parseError);
        if (!name.isValid()) {
            printError(tr("bad table name %1: %2").arg(options.auditTable, parseError));
            return ExitUsage;
        }
        filter.table = session.resolveName(name).display();
    }
    const QList<AuditEntry> entries = log.entries(filter, &error);
    if (error.isError()) {
        Session::reportError(tr("cannot read the audit log"), error);
        return ExitFailed;
    }

    if (options.json) {
        QJsonArray array;
        for (const AuditEntry &entry : entries)
            array.append(entryJson(entry));
        printJson(array);
        return ExitOk;
    }
    TextTable text({tr("ID"),
                    tr("OCCURRED (UTC)"),
                    tr("ACTOR"),
                    tr("ACTION"),
                    tr("TABLE"),
                    tr("ROW KEY"),
                    tr("REASON"),
                    tr("OPERATION")});
    text.setRightAligned(0);
    for (const AuditEntry &entry : entries) {
        text.addRow({QString::number(entry.id),
                     entry.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     entry.actor,
                     entry.action,
                     entry.tableName,
                     entry.rows > 1 ? tr("%n rows (keys: --json)", nullptr, int(entry.rows))
                                    : entry.rowKey,
                     entry.reason,
                     entry.operationId});
    }
    printOut(text.toString());
    return ExitOk;
}

} // namespace Salvage::Cli
