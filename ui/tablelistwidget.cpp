#include "tablelistwidget.h"

#include <QHeaderView>
#include <QLocale>
#include <QMenu>

namespace Salvage {

namespace {
constexpr int SchemaRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;

QString countText(qint64 count)
{
    return count < 0 ? QString() : QLocale().toString(count);
}
} // namespace

TableListWidget::TableListWidget(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("tableList"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Table"), tr("Active"), tr("Trash")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ActiveColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TrashColumn, QHeaderView::ResizeToContents);
    headerItem()->setTextAlignment(ActiveColumn, Qt::AlignRight | Qt::AlignVCenter);
    headerItem()->setTextAlignment(TrashColumn, Qt::AlignRight | Qt::AlignVCenter);

    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            emit tableActivated(nameOf(current));
    });
    connect(this, &QWidget::customContextMenuRequested, this, &TableListWidget::showContextMenu);
}

void TableListWidget::setTables(const QList<TableInfo> &tables)
{
    const QualifiedName previous = currentTable();
    const QSignalBlocker blocker(this);
    clear();
    for (const TableInfo &table : tables) {
        auto item = new QTreeWidgetItem(this);
        item->setText(NameColumn, table.name.display());
        item->setData(NameColumn, SchemaRole, table.name.schema);
        item->setData(NameColumn, NameRole, table.name.name);
        item->setTextAlignment(ActiveColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(TrashColumn, Qt::AlignRight | Qt::AlignVCenter);

        QStringList tips = {table.name.display()};
        if (!table.convention.isSoftDeletable()) {
            tips << tr("Not soft-deletable: %1").arg(table.convention.whyNone);
            QFont font = item->font(NameColumn);
            font.setItalic(true);
            for (int column = 0; column < ColumnCount; ++column) {
                item->setFont(column, font);
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        } else {
            tips << (table.convention.kind == Convention::Kind::Flag
                         ? tr("Soft delete: boolean flag %1")
                         : tr("Soft delete: timestamp %1"))
                        .arg(table.convention.marker);
            if (!table.convention.actor.isEmpty())
                tips << tr("Actor column: %1").arg(table.convention.actor);
            if (table.convention.overridden)
                tips << tr("Convention set by hand");
        }
        if (table.primaryKey.isEmpty())
            tips << table.readOnlyReason();
        item->setToolTip(NameColumn, tips.join(QLatin1Char('\n')));
    }
    if (QTreeWidgetItem *item = itemFor(previous))
        setCurrentItem(item);
}

void TableListWidget::setCounts(const DatabaseSession &session)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const TableCounts counts = session.counts(nameOf(item));
        const TableInfo *table = session.table(nameOf(item));
        if (table && !table->convention.isSoftDeletable()) {
            item->setText(ActiveColumn, countText(counts.total));
            item->setText(TrashColumn, QStringLiteral("–"));
            item->setToolTip(TrashColumn, tr("Not soft-deletable"));
        } else {
            item->setText(ActiveColumn, countText(counts.active));
            item->setText(TrashColumn, countText(counts.trashed));
        }
    }
}

QualifiedName TableListWidget::currentTable() const
{
    return nameOf(currentItem());
}

bool TableListWidget::selectTable(const QualifiedName &name)
{
    QTreeWidgetItem *item = itemFor(name);
    if (!item)
        return false;
    setCurrentItem(item);
    return true;
}

QTreeWidgetItem *TableListWidget::itemFor(const QualifiedName &name) const
{
    if (!name.isValid())
        return nullptr;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (nameOf(topLevelItem(i)) == name)
            return topLevelItem(i);
    }
    return nullptr;
}

QualifiedName TableListWidget::nameOf(const QTreeWidgetItem *item)
{
    if (!item)
        return {};
    return {item->data(NameColumn, SchemaRole).toString(),
            item->data(NameColumn, NameRole).toString()};
}

void TableListWidget::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = itemAt(pos);
    if (!item)
        return;
    const QualifiedName name = nameOf(item);
    QMenu menu(this);
    QAction *convention = menu.addAction(tr("Soft-delete convention..."));
    convention->setObjectName(QStringLiteral("actionConvention"));
    connect(convention, &QAction::triggered, this, [this, name] { emit conventionRequested(name); });
    menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace Salvage
