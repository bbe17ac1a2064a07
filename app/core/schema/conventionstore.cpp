#include "conventionstore.h"

#include <QSettings>

namespace Salvage {

ConventionStore::ConventionStore(const QString &connectionKey) : m_connectionKey(connectionKey) {}

QString ConventionStore::groupFor(const QualifiedName &table) const
{
    // QSettings keys treat '/' and '\' specially; percent-encode the names.
    const auto encode = [](const QString &s) {
        return QString::fromLatin1(s.toUtf8().toPercentEncoding());
    };
    return QStringLiteral("conventions/%1/%2.%3")
        .arg(encode(m_connectionKey), encode(table.schema), encode(table.name));
}

std::optional<Convention> ConventionStore::load(const QualifiedName &table) const
{
    QSettings settings;
    settings.beginGroup(groupFor(table));
    if (!settings.contains(QStringLiteral("kind")))
        return std::nullopt;
    Convention c;
    c.kind = Convention::kindFromName(settings.value(QStringLiteral("kind")).toString());
    c.marker = settings.value(QStringLiteral("marker")).toString();
    c.actor = settings.value(QStringLiteral("actor")).toString();
    c.reason = settings.value(QStringLiteral("reason")).toString();
    c.overridden = true;
    return c;
}

void ConventionStore::save(const QualifiedName &table, const Convention &convention)
{
    QSettings settings;
    settings.beginGroup(groupFor(table));
    settings.setValue(QStringLiteral("kind"), Convention::kindName(convention.kind));
    settings.setValue(QStringLiteral("marker"), convention.marker);
    settings.setValue(QStringLiteral("actor"), convention.actor);
    settings.setValue(QStringLiteral("reason"), convention.reason);
}

void ConventionStore::clear(const QualifiedName &table)
{
    QSettings settings;
    settings.remove(groupFor(table));
}

} // namespace Salvage
