#pragma once

#include "databasesession.h"

#include <QTreeWidget>

namespace Salvage {

// The tables of the open database with their active and trashed row counts. Tables that
// are not soft-deletable or are read-only are marked, with the reason in the tooltip.
class TableListWidget : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, ActiveColumn, TrashColumn, ColumnCount };

    explicit TableListWidget(QWidget *parent = nullptr);

    // Rebuilds the list, keeping the current table selected when it still exists.
    void setTables(const QList<TableInfo> &tables);
    void setCounts(const DatabaseSession &session);
    QualifiedName currentTable() const;
    bool selectTable(const QualifiedName &name);

signals:
    void tableActivated(const Salvage::QualifiedName &name);
    void conventionRequested(const Salvage::QualifiedName &name);

private:
    void showContextMenu(const QPoint &pos);
    QTreeWidgetItem *itemFor(const QualifiedName &name) const;
    static QualifiedName nameOf(const QTreeWidgetItem *item);
};

} // namespace Salvage
