#pragma once

#include "privacy/erasureplan.h"

#include <QAbstractItemModel>

namespace Salvage {

// The erasure plan as a tree: one item per table (its row count and actions), under it the
// table's rows with their state, the planned action, the columns that matched and the path
// of foreign keys that reached them. Shows no value of a row but its key: values belong in
// the preview beside it.
class ErasurePlanModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { RowColumn, StateColumn, ActionColumn, MatchedColumn, PathColumn, ColumnCount };
    enum Role {
        ActionRole = Qt::UserRole + 1, // int(PlannedRow::Action) of a row; -1 for a table
        PlanRowRole,                   // the row's index in plan().rows; -1 for a table
    };

    explicit ErasurePlanModel(QObject *parent = nullptr);

    void setPlan(const ErasurePlan &plan, const QList<TableInfo> &tables, const QList<Hold> &holds);
    void clear();
    // Drops the rows' values (kept for the preview) once they are erased; the tree stays.
    void forgetValues();
    const ErasurePlan &plan() const { return m_plan; }
    // The planned row of a row item; null for a table item or an invalid index.
    const PlannedRow *plannedRow(const QModelIndex &index) const;
    const TableInfo *tableInfo(const QualifiedName &name) const;
    QModelIndex tableIndex(const QualifiedName &name) const;

    // "email: email, phone: redact (suggested)", "purge", "keep (on legal hold: ...)".
    QString actionText(const PlannedRow &row) const;
    static QString ruleText(const AnonymizationRule &rule, bool suggested);
    // "users → orders"; schemas only where the path leaves its first table's schema.
    static QString pathText(const QList<QualifiedName> &path);
    static QString fullPathText(const QList<QualifiedName> &path); // every schema named

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QualifiedName table;
        QList<int> rows; // indexes into m_plan.rows
    };
    QVariant tableData(const Group &group, int column, int role) const;
    QVariant rowData(const PlannedRow &row, int planRow, int column, int role) const;
    QString keyText(const PlannedRow &row) const;

    ErasurePlan m_plan;
    QList<TableInfo> m_tables;
    QList<Hold> m_holds;
    QList<Group> m_groups;
};

} // namespace Salvage
