#pragma once

#include <QStyledItemDelegate>

namespace Salvage {

// Draws NULL values grey and italic, and, in the "All" scope, trashed rows italic and grey
// (the proxy's IsNullRole / TrashedRole hints).
class RecordDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Salvage
