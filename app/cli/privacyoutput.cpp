#include "privacyoutput.h"

#include "commands.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Salvage::Cli {

const TableInfo *tableNamed(const QList<TableInfo> &tables, const QualifiedName &name)
{
    for (const TableInfo &table : tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

QString keyText(const QList<TableInfo> &tables, const QualifiedName &table, const RowKey &key)
{
    if (const TableInfo *info = tableNamed(tables, table))
        return rowKeyToText(*info, key);
    QStringList parts;
    for (const QVariant &value : key)
        parts.append(value.toString());
    return parts.join(QLatin1Char(','));
}

QJsonValue keyJson(const QList<TableInfo> &tables, const QualifiedName &table, const RowKey &key)
{
    const TableInfo *info = tableNamed(tables, table);
    if (!info)
        return QJsonValue::fromVariant(key);
    return QJsonDocument::fromJson(rowKeyToJson(*info, key).toUtf8()).object();
}

QStringList pathNames(const QList<QualifiedName> &path)
{
    QStringList names;
    for (const QualifiedName &name : path)
        names.append(name.display());
    return names;
}

QString pathText(const QList<QualifiedName> &path)
{
    return pathNames(path).join(QStringLiteral(" \u2192 "));
}

QString ruleText(const AnonymizationRule &rule, bool suggested)
{
    QString text = Rules::kindName(rule.kind);
    if (rule.kind == RuleKind::Fixed)
        text += QStringLiteral(" \"%1\"").arg(rule.parameter);
    if (Rules::isPseudonymisation(rule.kind))
        text += Commands::tr(" (pseudonymisation: still linkable)");
    if (suggested)
        text += Commands::tr(" (suggested)");
    return text;
}

QList<QualifiedName> tablesInOrder(const QList<QualifiedName> &names)
{
    QList<QualifiedName> order;
    for (const QualifiedName &name : names) {
        if (!order.contains(name))
            order.append(name);
    }
    return order;
}

} // namespace Salvage::Cli
