#include "connectionsecurity.h"

#include "connection.h"
#include "pgnative.h"

#include <QStringList>

#include <libpq-fe.h>

namespace Salvage {

namespace {

bool isLoopbackIpv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok, 10);
        if (!ok || value < 0 || value > 255 || part.isEmpty() || part.size() > 3)
            return false;
    }
    return parts.constFirst().toInt() == 127;
}

bool isLoopbackIpv6(QString text)
{
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    text = text.toLower();
    if (text.startsWith(QLatin1String("::ffff:")))
        return isLoopbackIpv4(text.mid(7));
    // ::1 however its zero groups are written.
    const qsizetype gap = text.indexOf(QLatin1String("::"));
    QStringList groups;
    if (gap >= 0) {
        const QStringList head = text.left(gap).split(QLatin1Char(':'), Qt::SkipEmptyParts);
        const QStringList tail = text.mid(gap + 2).split(QLatin1Char(':'), Qt::SkipEmptyParts);
        if (head.size() + tail.size() > 7)
            return false;
        groups = head;
        for (qsizetype i = head.size() + tail.size(); i < 8; ++i)
            groups << QStringLiteral("0");
        groups += tail;
    } else {
        groups = text.split(QLatin1Char(':'));
    }
    if (groups.size() != 8)
        return false;
    for (int i = 0; i < 8; ++i) {
        bool ok = false;
        const uint value = groups.at(i).toUInt(&ok, 16);
        if (!ok || groups.at(i).size() > 4 || value != (i == 7 ? 1u : 0u))
            return false;
    }
    return true;
}

bool isLocalHostName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('@')))
        return true; // unix socket directory, or Linux's abstract socket namespace
    const QString host = name.endsWith(QLatin1Char('.')) ? name.chopped(1) : name;
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
           || isLoopbackIpv4(host) || isLoopbackIpv6(host);
}

} // namespace

Transport transportOf(const Connection &connection)
{
    if (!connection.isOpen())
        return Transport::None;
    if (connection.backend() == Backend::SQLite)
        return Transport::LocalFile;
    pg_conn *conn = Pg::nativeConnection(connection.database());
    if (!conn)
        return Transport::None;
    return PQsslInUse(conn) ? Transport::Encrypted : Transport::Unencrypted;
}

bool isLocalHost(const QString &host)
{
    // libpq tries each host of a list in turn: local only when every one of them is.
    const QStringList hosts = host.split(QLatin1Char(','));
    for (const QString &name : hosts) {
        if (!isLocalHostName(name.trimmed()))
            return false;
    }
    return true;
}

bool needsUnencryptedConsent(const ConnectionUrl &url, Transport transport)
{
    return url.backend == Backend::PostgreSQL && transport == Transport::Unencrypted
           && !isLocalHost(url.host);
}

} // namespace Salvage
