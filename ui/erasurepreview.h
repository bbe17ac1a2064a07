#pragma once

#include "privacy/erasureplan.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Salvage {

// What erasing does to one row, column by column: the value now, the value after and the
// rule. The values now are the subject's personal data: they are shown here and nowhere
// else (never logged, audited or reported).
class ErasurePreview : public QWidget
{
    Q_OBJECT
public:
    enum Column { ColumnColumn, BeforeColumn, AfterColumn, RuleColumn, ColumnCount };

    explicit ErasurePreview(QWidget *parent = nullptr);

    // `table` may be null (a table no longer in the schema): then only the changes are shown.
    void showRow(const PlannedRow &row, const TableInfo *table, const QString &title);
    void showMessage(const QString &text);

    QTableWidget *table() const { return m_table; }
    QString title() const;

private:
    void addLine(const QString &column,
                 const QVariant &before,
                 const QVariant &after,
                 const QString &rule,
                 bool matched,
                 bool deleted);
    static QString valueText(const QVariant &value);

    QLabel *m_title;
    QTableWidget *m_table;
};

} // namespace Salvage
