#include "recorddelegate.h"

#include "models/recordmodel.h"
#include "models/softdeleteproxymodel.h"

namespace Salvage {

void RecordDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto proxy = qobject_cast<const SoftDeleteProxyModel *>(index.model());
    const bool isNull = index.data(SoftDeleteProxyModel::IsNullRole).toBool();
    const bool markTrashed = proxy && proxy->recordModel()
                             && proxy->recordModel()->scope() == Scope::All
                             && index.data(SoftDeleteProxyModel::TrashedRole).toBool();
    if (!isNull && !markTrashed)
        return;
    option->font.setItalic(true);
    const QColor grey = option->palette.color(QPalette::Disabled, QPalette::Text);
    option->palette.setColor(QPalette::Text, grey);
}

} // namespace Salvage
