#include "conventiondetector.h"

#include <QCoreApplication>

namespace Salvage {

static const ColumnInfo *findColumn(const QList<ColumnInfo> &columns, const QString &name)
{
    for (const ColumnInfo &c : columns) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

static bool isTimestampLike(const ColumnInfo &c)
{
    return c.kind == ColumnInfo::Kind::Timestamp || c.kind == ColumnInfo::Kind::Date;
}

static bool isFlagLike(const ColumnInfo &c)
{
    return c.kind == ColumnInfo::Kind::Boolean || c.kind == ColumnInfo::Kind::Integer;
}

Convention detectConvention(const QList<ColumnInfo> &columns)
{
    static const char *const timestampMarkers[] = {"deleted_at", "discarded_at", "archived_at",
                                                   "removed_at", "deleted"};
    static const char *const flagMarkers[] = {"is_deleted", "deleted", "is_archived"};
    static const char *const actors[] = {"deleted_by", "discarded_by", "archived_by",
                                         "removed_by"};
    static const char *const reasons[] = {"deleted_reason", "delete_reason", "deletion_reason",
                                          "discarded_reason", "archived_reason"};
    Convention result;
    QStringList rejected;
    for (const char *name : timestampMarkers) {
        const ColumnInfo *c = findColumn(columns, QLatin1String(name));
        if (!c || !isTimestampLike(*c))
            continue;
        if (!c->nullable) {
            rejected << QCoreApplication::translate("Salvage::Convention", "\"%1\" is a timestamp but NOT NULL, so it cannot mean "
                           "\"not deleted\"").arg(c->name);
            continue;
        }
        result.kind = Convention::Kind::Timestamp;
        result.marker = c->name;
        break;
    }
    if (!result.isSoftDeletable()) {
        for (const char *name : flagMarkers) {
            const ColumnInfo *c = findColumn(columns, QLatin1String(name));
            if (c && isFlagLike(*c)) {
                result.kind = Convention::Kind::Flag;
                result.marker = c->name;
                break;
            }
        }
    }
    if (!result.isSoftDeletable()) {
        result.whyNone = rejected.isEmpty()
            ? QCoreApplication::translate("Salvage::Convention", "no soft-delete column (deleted_at, discarded_at, archived_at, removed_at, "
                 "deleted, is_deleted, is_archived)")
            : rejected.join(QLatin1String("; "));
        return result;
    }
    for (const char *name : actors) {
        if (const ColumnInfo *c = findColumn(columns, QLatin1String(name))) {
            result.actor = c->name;
            break;
        }
    }
    for (const char *name : reasons) {
        const ColumnInfo *c = findColumn(columns, QLatin1String(name));
        if (c && c->kind == ColumnInfo::Kind::Text) {
            result.reason = c->name;
            break;
        }
    }
    return result;
}

QString validateConvention(const Convention &convention, const QList<ColumnInfo> &columns)
{
    if (!convention.isSoftDeletable())
        return QString();
    const ColumnInfo *marker = findColumn(columns, convention.marker);
    if (!marker || marker->name != convention.marker)
        return QCoreApplication::translate("Salvage::Convention", "The table has no column \"%1\".").arg(convention.marker);
    if (convention.kind == Convention::Kind::Timestamp) {
        if (!isTimestampLike(*marker))
            return QCoreApplication::translate("Salvage::Convention", "\"%1\" is not a date or timestamp column.").arg(marker->name);
        if (!marker->nullable)
            return QCoreApplication::translate("Salvage::Convention", "\"%1\" is NOT NULL; a timestamp marker must be NULL for active rows.")
                .arg(marker->name);
    } else if (!isFlagLike(*marker)) {
        return QCoreApplication::translate("Salvage::Convention", "\"%1\" is not a boolean or integer column.").arg(marker->name);
    }
    for (const QString &extra : {convention.actor, convention.reason}) {
        if (extra.isEmpty())
            continue;
        const ColumnInfo *c = findColumn(columns, extra);
        if (!c || c->name != extra)
            return QCoreApplication::translate("Salvage::Convention", "The table has no column \"%1\".").arg(extra);
        if (extra == convention.marker)
            return QCoreApplication::translate("Salvage::Convention", "\"%1\" cannot be both the marker and another role.").arg(extra);
    }
    return QString();
}

} // namespace Salvage
