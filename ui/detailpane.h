#pragma once

#include "schema/tableinfo.h"

#include <QVariantList>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace Salvage {

// Every column of the selected row: long text in full, NULL shown as a grey italic "NULL".
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    // `values` are in the order of table.columns.
    void showRow(const TableInfo &table, const QVariantList &values, bool trashed);
    void showMessage(const QString &message);
    QString plainText() const;

    static QString displayText(const QVariant &value);

private:
    QLabel *m_title;
    QTextBrowser *m_browser;
};

} // namespace Salvage
