#pragma once

#include "schema/tableinfo.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace Salvage::Cli {

// A plain-text table: a header line and rows, columns padded to their widest cell.
class TextTable
{
public:
    explicit TextTable(const QStringList &headers);

    void setRightAligned(int column, bool right = true);
    void addRow(const QStringList &cells);
    int rowCount() const { return int(m_rows.size()); }
    QString toString() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<bool> m_rightAligned;
};

// A database value as JSON: NULL -> null, numbers as numbers, booleans (also SQLite's 0/1
// in a boolean column) as booleans, timestamps as ISO 8601 text (UTC with Z for columns
// "with time zone"), bytes as base64.
QJsonValue jsonValue(const QVariant &value, const ColumnInfo &column);
// A database value on one line of a text table: NULL as NULL, long text shortened.
QString displayValue(const QVariant &value, const ColumnInfo &column);

// Output goes to stdout; messages for people (errors, notes) go to stderr. UTF-8 both.
void printOut(const QString &text);
void printJson(const QJsonValue &value);
void printError(const QString &message);
// Collects what printOut(), printJson() and printError() write in the buffers instead (for
// salvage-cli run inside another program, e.g. a test); nullptr: stdout and stderr again.
void setOutputSinks(QByteArray *out, QByteArray *error);

} // namespace Salvage::Cli
