#include "softdeleteproxymodel.h"

#include "recordmodel.h"

#include <QDateTime>

namespace Salvage {

namespace {

constexpr int maxCellText = 200;

QDateTime toDateTime(const QVariant &value, bool storedAsUtc)
{
    if (value.metaType().id() == QMetaType::QDateTime) {
        QDateTime when = value.toDateTime();
        if (storedAsUtc && when.timeSpec() == Qt::LocalTime)
            when = QDateTime(when.date(), when.time(), Qt::UTC);
        return when;
    }
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC); // SQLite text timestamps are UTC by convention
    return parsed;
}

QString ago(const QDateTime &when)
{
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 90)
        return SoftDeleteProxyModel::tr("just now");
    if (seconds < 90 * 60)
        return SoftDeleteProxyModel::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 36 * 3600)
        return SoftDeleteProxyModel::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return SoftDeleteProxyModel::tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

} // namespace

SoftDeleteProxyModel::SoftDeleteProxyModel(QObject *parent) : QAbstractProxyModel(parent) {}

RecordModel *SoftDeleteProxyModel::recordModel() const
{
    return qobject_cast<RecordModel *>(sourceModel());
}

void SoftDeleteProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    rebuildColumns();
    if (source) {
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                &SoftDeleteProxyModel::beginResetModel);
        connect(source, &QAbstractItemModel::modelReset, this, [this]() {
            rebuildColumns();
            endResetModel();
        });
        connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    beginInsertRows(QModelIndex(), first, last);
                });
        connect(source, &QAbstractItemModel::rowsInserted, this,
                &SoftDeleteProxyModel::endInsertRows);
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    beginRemoveRows(QModelIndex(), first, last);
                });
        connect(source, &QAbstractItemModel::rowsRemoved, this,
                &SoftDeleteProxyModel::endRemoveRows);
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles) {
                    if (m_columns.isEmpty())
                        return;
                    emit dataChanged(index(topLeft.row(), 0),
                                     index(bottomRight.row(), int(m_columns.size()) - 1), roles);
                });
        connect(source, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int, int) {
                    const int count = orientation == Qt::Horizontal ? columnCount() : rowCount();
                    if (count > 0)
                        emit headerDataChanged(orientation, 0, count - 1);
                });
    }
    endResetModel();
}

void SoftDeleteProxyModel::rebuildColumns()
{
    m_columns.clear();
    m_sourceToProxy.clear();
    m_markerColumn = m_actorColumn = -1;
    const RecordModel *source = recordModel();
    if (!source)
        return;
    const TableInfo &table = source->tableInfo();
    const Convention &c = table.convention;
    const int marker = c.isSoftDeletable() ? table.columnIndex(c.marker) : -1;
    const int actor = c.isSoftDeletable() ? table.columnIndex(c.actor) : -1;
    const int reason = c.isSoftDeletable() ? table.columnIndex(c.reason) : -1;
    const bool activeOnly = source->scope() == Scope::Active;
    if (!activeOnly) {
        for (int column : {marker, actor, reason}) {
            if (column >= 0)
                m_columns << column;
        }
    }
    for (int column = 0; column < table.columns.size(); ++column) {
        if (column != marker && column != actor && column != reason)
            m_columns << column;
    }
    m_sourceToProxy = QList<int>(table.columns.size(), -1);
    for (int i = 0; i < m_columns.size(); ++i)
        m_sourceToProxy[m_columns.at(i)] = i;
    m_markerColumn = marker;
    m_actorColumn = actor;
}

int SoftDeleteProxyModel::sourceColumn(int proxyColumn) const
{
    return proxyColumn >= 0 && proxyColumn < m_columns.size() ? m_columns.at(proxyColumn) : -1;
}

QModelIndex SoftDeleteProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex SoftDeleteProxyModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

bool SoftDeleteProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

int SoftDeleteProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->rowCount();
}

int SoftDeleteProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QModelIndex SoftDeleteProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return QModelIndex();
    return sourceModel()->index(proxyIndex.row(), sourceColumn(proxyIndex.column()));
}

QModelIndex SoftDeleteProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.column() >= m_sourceToProxy.size())
        return QModelIndex();
    const int column = m_sourceToProxy.at(sourceIndex.column());
    return column < 0 ? QModelIndex() : index(sourceIndex.row(), column);
}

QString SoftDeleteProxyModel::displayText(const QVariant &value) const
{
    if (value.isNull())
        return tr("NULL");
    if (value.metaType().id() == QMetaType::QDateTime) {
        const QDateTime when = value.toDateTime();
        return when.toString(when.time().msec() ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                                : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    QString text = value.toString();
    const int newline = text.indexOf(QLatin1Char('\n'));
    if (newline >= 0 || text.size() > maxCellText)
        text = text.left(std::min<int>(newline < 0 ? maxCellText : newline, maxCellText))
            + QChar(0x2026);
    return text;
}

QVariant SoftDeleteProxyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RecordModel *source = recordModel();
    if (!source)
        return QVariant();
    const int column = sourceColumn(index.column());
    if (!source->isRowLoaded(index.row())) {
        // Not loaded yet: asking the source for it starts the load; show an empty cell.
        source->data(mapToSource(index), Qt::DisplayRole);
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
    }
    QVariant value = source->value(index.row(), column); // not const: `return value` moves
    switch (role) {
    case Qt::DisplayRole:
        if (column == m_markerColumn
            && source->tableInfo().convention.kind == Convention::Kind::Flag)
            return source->isTrashed(index.row()) ? tr("yes") : tr("no");
        return displayText(value);
    case Qt::EditRole:
    case RawValueRole:
        return value;
    case Qt::ToolTipRole:
        // Rich text, escaped: data that looks like HTML must not render as HTML.
        if (source->isTrashed(index.row()))
            return QString(QLatin1String("<p>") + trashedTooltip(index.row()).toHtmlEscaped()
                           + QLatin1String("</p>"));
        if (value.isNull())
            return QVariant();
        return QString(QLatin1String("<p style='white-space:pre-wrap'>")
                       + value.toString().left(2000).toHtmlEscaped() + QLatin1String("</p>"));
    case TrashedRole:
        return source->isTrashed(index.row());
    case IsNullRole:
        return value.isNull();
    default:
        return QVariant();
    }
}

QString SoftDeleteProxyModel::trashedTooltip(int row) const
{
    const RecordModel *source = recordModel();
    const QVariant actor = m_actorColumn >= 0 ? source->value(row, m_actorColumn) : QVariant();
    const TableInfo &table = source->tableInfo();
    const ColumnInfo *marker = table.column(table.convention.marker);
    // Rails-style "timestamp without time zone" markers hold UTC (as Salvage writes them).
    const bool utc = marker && marker->type.contains(QLatin1String("without time zone"));
    const QDateTime when = table.convention.kind == Convention::Kind::Timestamp
        ? toDateTime(source->value(row, m_markerColumn), utc)
        : QDateTime();
    if (when.isValid() && !actor.isNull())
        return tr("Deleted %1 by %2").arg(ago(when), actor.toString());
    if (when.isValid())
        return tr("Deleted %1").arg(ago(when));
    if (!actor.isNull())
        return tr("Deleted by %1").arg(actor.toString());
    return tr("Deleted");
}

QVariant SoftDeleteProxyModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const
{
    if (orientation != Qt::Horizontal || !sourceModel())
        return QAbstractProxyModel::headerData(section, orientation, role);
    const int column = sourceColumn(section);
    if (column < 0)
        return QVariant();
    if (role == Qt::DisplayRole) {
        if (column == m_markerColumn)
            return tr("Deleted");
        if (column == m_actorColumn)
            return tr("Deleted by");
    }
    if (role == Qt::ToolTipRole && (column == m_markerColumn || column == m_actorColumn)) {
        return tr("Column %1 (%2)")
            .arg(sourceModel()->headerData(column, orientation, Qt::DisplayRole).toString(),
                 sourceModel()->headerData(column, orientation, Qt::ToolTipRole).toString());
    }
    return sourceModel()->headerData(column, orientation, role);
}

bool SoftDeleteProxyModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && sourceModel() && sourceModel()->canFetchMore(QModelIndex());
}

void SoftDeleteProxyModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && sourceModel())
        sourceModel()->fetchMore(QModelIndex());
}

void SoftDeleteProxyModel::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(sourceColumn(column), order);
}

bool SoftDeleteProxyModel::allows(Operation op, const QList<int> &rows) const
{
    const RecordModel *source = recordModel();
    if (!source || rows.isEmpty() || !source->tableInfo().isWritable())
        return false;
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            return false;
        const bool trashed = source->isTrashed(row);
        if (op == Operation::Trash ? trashed : !trashed)
            return false; // never purge or restore an active row, never re-trash
    }
    return true;
}

QList<RowKey> SoftDeleteProxyModel::keys(const QList<int> &rows) const
{
    QList<RowKey> result;
    if (const RecordModel *source = recordModel()) {
        for (int row : rows)
            result << source->rowKey(row);
    }
    return result;
}

} // namespace Salvage
