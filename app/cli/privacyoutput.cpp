#include "privacyoutput.h"

#include "commands.h"
#include "session.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Salvage::Cli {

int tableAndKeys(Session &session, TableInfo *table, QList<RowKey> *keys)
{
    const Options &options = session.options();
    if (const int code = session.findTable(options.table, table); code != ExitOk)
        return code;
    return Commands::parseKeys(*table, options.keys, keys);
}

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

QStringList displayNames(const QList<QualifiedName> &names)
{
    QStringList texts;
    for (const QualifiedName &name : names)
        texts.append(name.display());
    return texts;
}

QString pathText(const QList<QualifiedName> &path)
{
    return displayNames(path).join(QStringLiteral(" \u2192 "));
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
