#include "commands.h"

#include "output.h"
#include "privacy/legalhold.h"
#include "privacyoutput.h"
#include "session.h"

#include <QJsonObject>
#include <QSet>

namespace Salvage::Cli {

// hold and unhold: rows that erasure and purge must leave alone (litigation, tax retention).
int Commands::hold(Session &session)
{
    const Options &options = session.options();
    const bool holding = options.command == Command::Hold;
    TableInfo table;
    QList<RowKey> keys;
    if (const int code = tableAndKeys(session, &table, &keys); code != ExitOk)
        return code;

    LegalHolds holds(session.connection());
    DbError error;
    const bool auditExisted = session.auditExists();
    const bool ok
        = holding
              ? holds.hold(table, keys, options.reason, options.holdUntil, options.actor, &error)
              : holds.release(table, keys, options.actor, &error);
    session.noteAuditCreated(auditExisted);
    if (!ok) {
        Session::reportError(holding ? tr("cannot put the rows on legal hold")
                                     : tr("cannot release the rows from legal hold"),
                             error);
        return ExitFailed;
    }

    QSet<QString> distinct; // the core holds each row once, however often it was named
    for (const RowKey &key : keys)
        distinct.insert(rowKeyIdentity(key));
    const int rows = int(distinct.size());
    if (options.json) {
        printJson(QJsonObject{
            {QStringLiteral("action"), holding ? QStringLiteral("hold") : QStringLiteral("unhold")},
            {QStringLiteral("table"), table.name.display()},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("until"),
             options.holdUntil.isValid() ? QJsonValue(options.holdUntil.toString(Qt::ISODate))
                                         : QJsonValue(QJsonValue::Null)},
        });
        return ExitOk;
    }
    const QString name = table.name.display();
    QString text;
    if (!holding) {
        text = tr("released %n row(s) of %1 from legal hold", nullptr, rows).arg(name);
    } else if (options.holdUntil.isValid()) {
        text = tr("put %n row(s) of %1 on legal hold until %2", nullptr, rows)
                   .arg(name, options.holdUntil.toString(Qt::ISODate));
    } else {
        text = tr("put %n row(s) of %1 on legal hold until released", nullptr, rows).arg(name);
    }
    printOut(text + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace Salvage::Cli
