#include "commands.h"

#include "eraseoutput.h"
#include "output.h"
#include "privacy/erasureservice.h"
#include "privacyoutput.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Salvage::Cli {

int Commands::anonymize(Session &session)
{
    const Options &options = session.options();
    TableInfo table;
    QList<RowKey> keys;
    if (const int code = tableAndKeys(session, &table, &keys); code != ExitOk)
        return code;
    QList<TableInfo> tables;
    if (const int code = session.allTables(&tables); code != ExitOk)
        return code;

    const bool auditExisted = session.auditExists();
    ErasureService service(session.connection(), tables);
    const ErasureResult result = service.anonymizeRows(table, keys, options.actor, true);
    session.noteAuditCreated(auditExisted);
    if (!result.ok) {
        const QStringList remaining = remainingText(result);
        QString message = result.error.message;
        if (!remaining.isEmpty()) {
            message = tr("verification failed: a value is still in %1; everything was rolled "
                         "back, nothing was changed")
                          .arg(remaining.join(QLatin1String(", ")));
        } else if (message.isEmpty()) {
            message = tr("anonymizing failed; nothing was changed");
        }
        printError(message);
        return ExitFailed;
    }

    int rows = 0;
    QStringList columns;
    for (const TableOutcome &outcome : result.tables) {
        rows += outcome.anonymized;
        for (const QString &column : outcome.columns) {
            if (!columns.contains(column))
                columns.append(column);
        }
    }
    if (options.json) {
        printJson(QJsonObject{
            {QStringLiteral("operation_id"), result.operationId},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("action"), QStringLiteral("anonymize")},
            {QStringLiteral("table"), table.name.display()},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
        });
        return ExitOk;
    }
    printOut(tr("anonymized %n row(s) of %1", nullptr, rows).arg(table.name.display())
             + (columns.isEmpty() ? QString()
                                  : tr(" (columns %1)").arg(columns.join(QLatin1String(", "))))
             + tr(" (operation %1)").arg(result.operationId) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace Salvage::Cli
