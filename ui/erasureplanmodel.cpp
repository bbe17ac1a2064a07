#include "erasureplanmodel.h"

#include <QFont>

namespace Salvage {

namespace {

using Action = PlannedRow::Action;

constexpr quintptr TableItem = 0; // internalId of table items; row items: group + 1

} // namespace

ErasurePlanModel::ErasurePlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ErasurePlanModel::setPlan(const ErasurePlan &plan,
                               const QList<TableInfo> &tables,
                               const QList<Hold> &holds)
{
    beginResetModel();
    m_plan = plan;
    m_tables = tables;
    m_holds = holds;
    m_groups.clear();
    // Tables in the order the search reached them: the direct matches first.
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const QualifiedName &table = m_plan.rows.at(i).row.table;
        auto group = std::find_if(m_groups.begin(), m_groups.end(), [&table](const Group &g) {
            return g.table == table;
        });
        if (group == m_groups.end()) {
            m_groups.append(Group{table, {}});
            group = m_groups.end() - 1;
        }
        group->rows.append(i);
    }
    endResetModel();
}

void ErasurePlanModel::clear()
{
    setPlan(ErasurePlan(), {}, {});
}

void ErasurePlanModel::forgetValues()
{
    for (PlannedRow &row : m_plan.rows) {
        row.row.values.clear();
        for (PlannedChange &change : row.changes)
            change.before = QVariant();
    }
    m_plan.markerValues.clear();
}

const PlannedRow *ErasurePlanModel::plannedRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == TableItem)
        return nullptr;
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return &m_plan.rows.at(group.rows.at(index.row()));
}

const TableInfo *ErasurePlanModel::tableInfo(const QualifiedName &name) const
{
    for (const TableInfo &table : m_tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

QModelIndex ErasurePlanModel::tableIndex(const QualifiedName &name) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).table == name)
            return createIndex(i, 0, TableItem);
    }
    return {};
}

QString ErasurePlanModel::ruleText(const AnonymizationRule &rule, bool suggested)
{
    QString text = Rules::kindName(rule.kind);
    if (rule.kind == RuleKind::Fixed)
        text += QStringLiteral(" \u201c%1\u201d").arg(rule.parameter);
    if (Rules::isPseudonymisation(rule.kind))
        text += tr(" (pseudonymisation: still linkable)");
    if (suggested)
        text += tr(" (suggested)");
    return text;
}

QString ErasurePlanModel::pathText(const QList<QualifiedName> &path)
{
    const bool oneSchema = std::all_of(path.cbegin(), path.cend(), [&path](const QualifiedName &n) {
        return n.schema == path.constFirst().schema;
    });
    QStringList names;
    for (const QualifiedName &name : path)
        names.append(oneSchema ? QualifiedName{QString(), name.name}.display() : name.display());
    return names.join(QStringLiteral(" \u2192 "));
}

QString ErasurePlanModel::fullPathText(const QList<QualifiedName> &path)
{
    QStringList names;
    for (const QualifiedName &name : path)
        names.append(name.display());
    return names.join(QStringLiteral(" \u2192 "));
}

QString ErasurePlanModel::actionText(const PlannedRow &row) const
{
    switch (row.action) {
    case Action::Anonymize: {
        QStringList changes;
        for (const PlannedChange &change : row.changes)
            changes.append(change.column + QLatin1String(": ")
                           + ruleText(change.rule, change.suggested));
        return tr("anonymize %1").arg(changes.join(QLatin1String(", ")));
    }
    case Action::Purge:
        return tr("purge (deleted for good)");
    case Action::KeepHeld: {
        for (const Hold &hold : m_holds) {
            if (hold.table == row.row.table && sameKey(hold.key, row.row.key)
                && hold.until.isValid()) {
                return tr("keep (on legal hold until %1: %2)")
                    .arg(hold.until.toString(Qt::ISODate), row.holdReason);
            }
        }
        return tr("keep (on legal hold: %1)").arg(row.holdReason);
    }
    case Action::KeepNoRule:
        return tr("keep (no personal column with a rule)");
    }
    return QString();
}

QString ErasurePlanModel::keyText(const PlannedRow &row) const
{
    if (row.row.key.isEmpty())
        return tr("(no primary key)");
    if (const TableInfo *table = tableInfo(row.row.table))
        return rowKeyToText(*table, row.row.key);
    QStringList parts;
    for (const QVariant &value : row.row.key)
        parts.append(value.toString());
    return parts.join(QLatin1Char(','));
}

QModelIndex ErasurePlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TableItem);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ErasurePlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TableItem)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TableItem);
}

int ErasurePlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != TableItem)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int ErasurePlanModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant ErasurePlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == TableItem)
        return tableData(m_groups.at(index.row()), index.column(), role);
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const int planRow = group.rows.at(index.row());
    return rowData(m_plan.rows.at(planRow), planRow, index.column(), role);
}

QVariant ErasurePlanModel::tableData(const Group &group, int column, int role) const
{
    if (role == ActionRole || role == PlanRowRole)
        return -1;
    if (role == Qt::FontRole && column == RowColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case RowColumn:
        return group.table.display();
    case StateColumn:
        return tr("%n row(s)", nullptr, int(group.rows.size()));
    case ActionColumn: {
        int counts[4] = {0, 0, 0, 0};
        for (int row : group.rows)
            ++counts[int(m_plan.rows.at(row).action)];
        QStringList parts;
        if (counts[int(Action::Anonymize)])
            parts << tr("%n to anonymize", nullptr, counts[int(Action::Anonymize)]);
        if (counts[int(Action::Purge)])
            parts << tr("%n to purge", nullptr, counts[int(Action::Purge)]);
        if (counts[int(Action::KeepHeld)])
            parts << tr("%n on legal hold", nullptr, counts[int(Action::KeepHeld)]);
        if (counts[int(Action::KeepNoRule)])
            parts << tr("%n kept", nullptr, counts[int(Action::KeepNoRule)]);
        return parts.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

QVariant ErasurePlanModel::rowData(const PlannedRow &row, int planRow, int column, int role) const
{
    switch (role) {
    case ActionRole:
        return int(row.action);
    case PlanRowRole:
        return planRow;
    case Qt::FontRole:
        if (row.row.trashed && column == StateColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case RowColumn:
        return keyText(row);
    case StateColumn:
        return row.row.trashed ? tr("trashed") : tr("active");
    case ActionColumn:
        return actionText(row);
    case MatchedColumn:
        // Rows found through a foreign key match nothing themselves: the path says why.
        if (row.row.matchedColumns.isEmpty())
            return role == Qt::ToolTipRole ? tr("Refers to the subject's rows") : QString();
        return row.row.matchedColumns.join(QLatin1String(", "));
    case PathColumn:
        return role == Qt::ToolTipRole ? fullPathText(row.row.path) : pathText(row.row.path);
    default:
        return {};
    }
}

QVariant ErasurePlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Table / Row");
    case StateColumn:
        return tr("State");
    case ActionColumn:
        return tr("Planned Action");
    case MatchedColumn:
        return tr("Matched");
    case PathColumn:
        return tr("Reached Through");
    default:
        return {};
    }
}

} // namespace Salvage
