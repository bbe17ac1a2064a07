#include "identifier.h"

#include <QCoreApplication>
#include <QHash>

namespace Salvage {

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString QualifiedName::quoted() const
{
    if (schema.isEmpty())
        return quoteIdentifier(name);
    return quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(name);
}

static bool needsQuotesForDisplay(const QString &part)
{
    for (const QChar c : part) {
        if (c == QLatin1Char('.') || c == QLatin1Char('"') || c.isSpace())
            return true;
    }
    return part.isEmpty();
}

QString QualifiedName::display() const
{
    const auto show = [](const QString &part) {
        return needsQuotesForDisplay(part) ? quoteIdentifier(part) : part;
    };
    return schema.isEmpty() ? show(name) : show(schema) + QLatin1Char('.') + show(name);
}

QualifiedName QualifiedName::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QualifiedName();
    };
    QStringList parts;
    QString current;
    bool inQuotes = false;
    bool partQuoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!current.isEmpty() || partQuoted)
                return fail(QCoreApplication::translate("Salvage", "Unexpected quote in table name \"%1\".").arg(text));
            inQuotes = true;
            partQuoted = true;
        } else if (c == QLatin1Char('.')) {
            if (current.isEmpty())
                return fail(QCoreApplication::translate("Salvage", "Empty part in table name \"%1\".").arg(text));
            parts << current;
            current.clear();
            partQuoted = false;
        } else {
            if (partQuoted)
                return fail(QCoreApplication::translate("Salvage", "Unexpected text after a quoted name in \"%1\".").arg(text));
            current += c;
        }
    }
    if (inQuotes)
        return fail(QCoreApplication::translate("Salvage", "Unbalanced quotes in table name \"%1\".").arg(text));
    if (current.isEmpty())
        return fail(QCoreApplication::translate("Salvage", "Missing table name in \"%1\".").arg(text));
    parts << current;
    if (parts.size() > 2)
        return fail(QCoreApplication::translate("Salvage", "Too many dots in table name \"%1\"; quote names that contain dots, e.g. \"a.b\".").arg(text));
    QualifiedName result;
    result.name = parts.last();
    if (parts.size() == 2)
        result.schema = parts.first();
    return result;
}

size_t qHash(const QualifiedName &name, size_t seed) noexcept
{
    return qHashMulti(seed, name.schema, name.name);
}

} // namespace Salvage
