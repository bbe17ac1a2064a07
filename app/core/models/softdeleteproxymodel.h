#pragma once

#include "db/sqldialect.h"
#include "trash/trashservice.h"

#include <QAbstractProxyModel>

namespace Salvage {

class RecordModel;

// The soft-delete aware layer the views see. Rows map 1:1 (O(1), no mapping tables);
// columns are rearranged by convention: among active rows the marker and actor columns are
// hidden; in the trash and in "all" they are shown first as "Deleted" and "Deleted by", and
// trashed rows carry TrashedRole and a tooltip "deleted 3 days ago by alice" (delegates in ui/
// draw them italic and grey).
class SoftDeleteProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    // Presentation hints for delegates (the core stays free of QtGui types).
    enum Role {
        TrashedRole = Qt::UserRole + 1, // bool: the row is in the trash
        IsNullRole,                     // bool: the value is SQL NULL
        RawValueRole,                   // the value as the database returned it
    };

    explicit SoftDeleteProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    RecordModel *recordModel() const;

    // Which operations apply to these (proxy) rows: purge only if all are trashed, etc.
    bool allows(Operation op, const QList<int> &rows) const;
    QList<RowKey> keys(const QList<int> &rows) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

    int sourceColumn(int proxyColumn) const;

private:
    void rebuildColumns();
    QString trashedTooltip(int sourceRow) const;
    QString displayText(const QVariant &value) const;

    QList<int> m_columns; // proxy column -> source column
    QList<int> m_sourceToProxy;
    int m_markerColumn = -1;
    int m_actorColumn = -1;
};

} // namespace Salvage
