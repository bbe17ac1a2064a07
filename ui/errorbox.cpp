#include "errorbox.h"

#include "schema/tableinfo.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Salvage {

namespace {
constexpr int MaxListedRows = 20;
} // namespace

void showDbError(QWidget *parent,
                 const QString &title,
                 const DbError &error,
                 const TableInfo *table,
                 const QList<RowKey> &problemRows)
{
    QMessageBox box(error.kind == DbError::Refused ? QMessageBox::Warning : QMessageBox::Critical,
                    title,
                    QString(),
                    QMessageBox::Ok,
                    parent);
    box.setObjectName(QStringLiteral("dbErrorBox"));
    box.setTextFormat(Qt::PlainText);
    QString text = error.message;
    if (text.isEmpty())
        text = QCoreApplication::translate("Salvage::ErrorBox", "The database reported an error.");
    if (table && !problemRows.isEmpty()) {
        QStringList keys;
        for (const RowKey &key : problemRows.mid(0, MaxListedRows))
            keys << rowKeyToText(*table, key);
        text += QStringLiteral("\n\n")
                + QCoreApplication::translate("Salvage::ErrorBox", "Rows concerned in %1: %2")
                      .arg(table->name.display(), keys.join(QStringLiteral("; ")));
        if (problemRows.size() > MaxListedRows)
            text += QLatin1Char(' ')
                    + QCoreApplication::translate("Salvage::ErrorBox",
                                                  "and %n more",
                                                  nullptr,
                                                  int(problemRows.size() - MaxListedRows));
    }
    box.setText(text);
    QString details = error.driverText;
    if (!error.sqlState.isEmpty())
        details += QStringLiteral("\nSQLSTATE %1").arg(error.sqlState);
    if (!details.trimmed().isEmpty())
        box.setDetailedText(details.trimmed());
    box.exec();
}

} // namespace Salvage
