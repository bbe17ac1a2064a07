#include "tableinfo.h"

#include <QCoreApplication>

namespace Salvage {

ColumnInfo::Kind ColumnInfo::kindFromType(const QString &declaredType)
{
    const QString t = declaredType.toLower();
    if (t.contains(QLatin1String("timestamp")) || t.contains(QLatin1String("datetime")))
        return Kind::Timestamp;
    if (t == QLatin1String("date"))
        return Kind::Date;
    if (t.startsWith(QLatin1String("bool")))
        return Kind::Boolean;
    // Names that hold "int" without being integers: interval, point, int4range, integer[].
    if (t.contains(QLatin1String("interval")) || t.contains(QLatin1String("point"))
        || t.contains(QLatin1String("range"))
        || (t.endsWith(QLatin1String("[]")) && t.contains(QLatin1String("int"))))
        return Kind::Other;
    if (t.contains(QLatin1String("int")) || t == QLatin1String("bigserial")
        || t == QLatin1String("serial"))
        return Kind::Integer;
    if (t.contains(QLatin1String("char")) || t.contains(QLatin1String("text"))
        || t.contains(QLatin1String("clob")) || t == QLatin1String("citext")
        || t == QLatin1String("uuid") || t.isEmpty())
        return Kind::Text;
    if (t.contains(QLatin1String("real")) || t.contains(QLatin1String("floa"))
        || t.contains(QLatin1String("doub")) || t.contains(QLatin1String("numeric"))
        || t.contains(QLatin1String("decimal")))
        return Kind::Real;
    return Kind::Other;
}

QString Convention::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Timestamp:
        return QStringLiteral("timestamp");
    case Kind::Flag:
        return QStringLiteral("flag");
    case Kind::None:
        break;
    }
    return QStringLiteral("none");
}

Convention::Kind Convention::kindFromName(const QString &name)
{
    if (name == QLatin1String("timestamp"))
        return Kind::Timestamp;
    if (name == QLatin1String("flag"))
        return Kind::Flag;
    return Kind::None;
}

int TableInfo::columnIndex(const QString &columnName) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == columnName)
            return i;
    }
    return -1;
}

const ColumnInfo *TableInfo::column(const QString &columnName) const
{
    const int i = columnIndex(columnName);
    return i < 0 ? nullptr : &columns.at(i);
}

QStringList TableInfo::textColumns() const
{
    QStringList result;
    for (const ColumnInfo &c : columns) {
        if (c.kind == ColumnInfo::Kind::Text)
            result << c.name;
    }
    return result;
}

QString TableInfo::readOnlyReason() const
{
    if (primaryKey.isEmpty()) {
        return QCoreApplication::translate(
            "Salvage::TableInfo",
            "Read-only: the table has no primary key, so rows cannot be named safely.");
    }
    if (!convention.isSoftDeletable()) {
        return QCoreApplication::translate("Salvage::TableInfo", "Read-only: %1")
            .arg(convention.whyNone);
    }
    return QString();
}

const ForeignKey *TableInfo::actorForeignKey() const
{
    if (convention.actor.isEmpty())
        return nullptr;
    for (const ForeignKey &fk : references) {
        if (fk.fromColumns.size() == 1 && fk.fromColumns.first() == convention.actor)
            return &fk;
    }
    return nullptr;
}

const QStringList *TableInfo::uniqueKeyOf(const QString &columnName) const
{
    for (const QStringList &key : uniqueKeys) {
        if (key.contains(columnName))
            return &key;
    }
    return nullptr;
}

} // namespace Salvage
