#include "rowkey.h"

#include "db/identifier.h"
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

// A name or value inside key text: as it is when it cannot be misread, else in double quotes
// with "" for a quote (a name holding , or =, a value holding a comma, any leading quote).
static QString keyTextPart(const QString &text, bool isName)
{
    const bool plain = !text.contains(QLatin1Char(',')) && !text.startsWith(QLatin1Char('"'))
                       && (!isName || (!text.isEmpty() && !text.contains(QLatin1Char('='))));
    return plain ? text : quoteIdentifier(text);
}

// Whether a one-column key's text starts with its column's name and "=" (which is dropped).
static int namePrefixLength(const QString &column, const QString &text)
{
    for (const QString &name : {column, quoteIdentifier(column)}) {
        if (text.startsWith(name + QLatin1Char('=')))
            return int(name.size()) + 1;
    }
    return 0;
}

QString rowKeyToText(const TableInfo &table, const RowKey &key)
{
    if (table.primaryKey.size() == 1) {
        const QString column = table.primaryKey.first();
        QString value = key.value(0).toString();
        // A value that looks like "column=..." is named with its column, so it reads back whole.
        if (namePrefixLength(column, value) > 0)
            return keyTextPart(column, true) + QLatin1Char('=') + value;
        return value;
    }
    QStringList parts;
    for (int i = 0; i < table.primaryKey.size(); ++i) {
        parts << keyTextPart(table.primaryKey.at(i), true) + QLatin1Char('=')
                     + keyTextPart(key.value(i).toString(), false);
    }
    return parts.join(QLatin1Char(','));
}

// Reads a name or value of key text from *pos up to `stop` (or `otherStop`) outside quotes.
// False for an unbalanced quote or text after a closing quote.
static bool readKeyPart(const QString &text, int *pos, QChar stop, QChar otherStop, QString *out)
{
    const auto stopsAt = [&](int i) {
        return i >= text.size() || text.at(i) == stop || text.at(i) == otherStop;
    };
    if (*pos >= text.size() || text.at(*pos) != QLatin1Char('"')) {
        while (!stopsAt(*pos))
            out->append(text.at((*pos)++));
        return true;
    }
    ++*pos;
    while (*pos < text.size()) {
        const QChar c = text.at((*pos)++);
        if (c != QLatin1Char('"')) {
            out->append(c);
        } else if (*pos < text.size() && text.at(*pos) == QLatin1Char('"')) {
            out->append(c);
            ++*pos;
        } else {
            return stopsAt(*pos);
        }
    }
    return false;
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
        return RowKey{typedValue(table, column, text.mid(namePrefixLength(column, text)))};
    }
    QStringList names;
    for (const QString &column : table.primaryKey)
        names << keyTextPart(column, true) + QLatin1String("=…");
    const auto notAKey = [&] {
        return fail(QCoreApplication::translate(
                        "Salvage::RowKey",
                        "\"%1\" is not a key of %2. Give every key column once: %3.")
                        .arg(text, table.name.display(), names.join(QLatin1Char(','))));
    };
    RowKey key(table.primaryKey.size());
    QList<bool> seen(table.primaryKey.size(), false);
    for (int pos = 0;; ++pos) {
        QString column;
        QString value;
        if (!readKeyPart(text, &pos, QLatin1Char('='), QLatin1Char(','), &column)
            || pos >= text.size() || text.at(pos) != QLatin1Char('='))
            return notAKey();
        ++pos;
        if (!readKeyPart(text, &pos, QLatin1Char(','), QLatin1Char(','), &value))
            return notAKey();
        const int index = int(table.primaryKey.indexOf(column));
        if (index < 0 || seen.at(index))
            return notAKey();
        seen[index] = true;
        key[index] = typedValue(table, column, value);
        if (pos >= text.size())
            break;
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
