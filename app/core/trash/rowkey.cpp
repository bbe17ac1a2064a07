#include "rowkey.h"

#include "schema/tableinfo.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Salvage {

QString rowKeyToJson(const TableInfo &table, const RowKey &key)
{
    QJsonObject object;
    for (int i = 0; i < table.primaryKey.size(); ++i)
        object.insert(table.primaryKey.at(i), QJsonValue::fromVariant(key.value(i)));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString rowKeyToText(const TableInfo &table, const RowKey &key)
{
    if (table.primaryKey.size() == 1)
        return key.value(0).toString();
    QStringList parts;
    for (int i = 0; i < table.primaryKey.size(); ++i)
        parts << table.primaryKey.at(i) + QLatin1Char('=') + key.value(i).toString();
    return parts.join(QLatin1Char(','));
}

static QVariant typedValue(const TableInfo &table, const QString &column, const QString &text)
{
    const ColumnInfo *info = table.column(column);
    if (info && info->kind == ColumnInfo::Kind::Integer) {
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        if (ok)
            return n;
    }
    return text;
}

RowKey parseRowKey(const TableInfo &table, const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return RowKey();
    };
    if (table.primaryKey.isEmpty()) {
        return fail(QCoreApplication::translate("Salvage::RowKey",
                                                "Table %1 has no primary key; its rows cannot "
                                                "be named.").arg(table.name.display()));
    }
    if (table.primaryKey.size() == 1) {
        const QString column = table.primaryKey.first();
        QString value = text;
        if (text.startsWith(column + QLatin1Char('=')))
            value = text.mid(column.size() + 1);
        return RowKey{typedValue(table, column, value)};
    }
    RowKey key(table.primaryKey.size());
    QList<bool> seen(table.primaryKey.size(), false);
    for (const QString &part : text.split(QLatin1Char(','))) {
        const int eq = part.indexOf(QLatin1Char('='));
        const QString column = part.left(eq);
        const int index = eq < 0 ? -1 : table.primaryKey.indexOf(column);
        if (index < 0 || seen.at(index)) {
            return fail(QCoreApplication::translate(
                            "Salvage::RowKey",
                            "\"%1\" is not a key of %2. Give every key column once: %3.")
                            .arg(text, table.name.display(),
                                 table.primaryKey.join(QLatin1String("=…,")) + QLatin1String("=…")));
        }
        seen[index] = true;
        key[index] = typedValue(table, column, part.mid(eq + 1));
    }
    if (seen.contains(false)) {
        return fail(QCoreApplication::translate("Salvage::RowKey",
                                                "\"%1\" does not name every key column of %2 (%3).")
                        .arg(text, table.name.display(), table.primaryKey.join(QLatin1String(", "))));
    }
    return key;
}

QString rowKeyIdentity(const RowKey &key)
{
    QString text;
    for (const QVariant &value : key) {
        // Length-prefixed, so no text can imitate two values; NULL apart from "".
        const QString part = value.toString();
        text += value.isNull() ? QStringLiteral("N;")
                               : QString::number(part.size()) + QLatin1Char(':') + part;
    }
    return text;
}

bool sameKey(const RowKey &a, const RowKey &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).isNull() != b.at(i).isNull() || a.at(i).toString() != b.at(i).toString())
            return false;
    }
    return true;
}

} // namespace Salvage
