#include "commands.h"

#include "output.h"
#include "session.h"
#include "trash/auditlog.h"
#include "trash/trashservice.h"

#include <QJsonObject>

namespace Salvage::Cli {

namespace {

Operation operationOf(Command command)
{
    switch (command) {
    case Command::Restore:
        return Operation::Restore;
    case Command::Purge:
        return Operation::Purge;
    default:
        return Operation::Trash;
    }
}

QString doneText(Operation operation, int rows, const QString &table)
{
    switch (operation) {
    case Operation::Trash:
        return Commands::tr("moved %n row(s) of %1 to the trash", nullptr, rows).arg(table);
    case Operation::Restore:
        return Commands::tr("restored %n row(s) of %1", nullptr, rows).arg(table);
    case Operation::Purge:
        return Commands::tr("purged %n row(s) of %1 permanently", nullptr, rows).arg(table);
    }
    return QString();
}

} // namespace

int Commands::changeRows(Session &session)
{
    const Options &options = session.options();
    TableInfo table;
    if (const int code = session.findTable(options.table, &table); code != ExitOk)
        return code;
    if (!table.isWritable()) {
        printError(tr("cannot change %1: %2 (nothing was changed)")
                       .arg(table.name.display(), table.readOnlyReason()));
        return ExitFailed;
    }

    QList<RowKey> keys; // TrashService drops repeated keys
    if (const int code = parseKeys(table, options.keys, &keys); code != ExitOk)
        return code;

    OperationRequest request;
    request.operation = operationOf(options.command);
    request.keys = keys;
    request.actor = options.actor;
    request.reason = options.reason;
    request.createAuditTable = true; // nobody answers a prompt in a script

    TrashService service(session.connection());
    const OperationResult result = service.run(table, request);
    if (result.auditCreated)
        printError(tr("created audit table %1").arg(AuditLog::tableName()));

    if (!result.ok) {
        // The core's message is in words and names up to 20 problem rows; scripts get all.
        QString message = result.error.message;
        if (message.isEmpty())
            message = tr("the operation failed; nothing was changed");
        if (result.problemRows.size() > 20) {
            QStringList rows;
            for (const RowKey &key : result.problemRows)
                rows.append(rowKeyToText(table, key));
            message += QLatin1Char('\n')
                       + tr("all %n row(s): %1", nullptr, int(rows.size()))
                             .arg(rows.join(QLatin1String("; ")));
        }
        printError(message);
        return ExitFailed;
    }

    if (options.json) {
        printJson(QJsonObject{
            {QStringLiteral("operation_id"), result.operationId},
            {QStringLiteral("rows"), result.rows},
            {QStringLiteral("action"), operationName(request.operation)},
            {QStringLiteral("table"), table.name.display()},
        });
    } else {
        printOut(doneText(request.operation, result.rows, table.name.display())
                 + tr(" (operation %1)").arg(result.operationId) + QLatin1Char('\n'));
    }
    return ExitOk;
}

} // namespace Salvage::Cli
