#include "rss.h"

#include <QByteArray>
#include <QFile>
#include <QList>

namespace Salvage::Bench {

static qint64 statusFieldKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0, so QFile::atEnd() is true at once: read until EOF instead.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(field))
            continue;
        // "VmHWM:\t  123456 kB"
        const QByteArray number = line.mid(field.size()).trimmed().split(' ').value(0);
        bool ok = false;
        const qint64 kb = number.toLongLong(&ok);
        return ok ? kb : -1;
    }
    return -1;
}

qint64 peakRssKb()
{
    return statusFieldKb(QByteArrayLiteral("VmHWM:"));
}

qint64 currentRssKb()
{
    return statusFieldKb(QByteArrayLiteral("VmRSS:"));
}

} // namespace Salvage::Bench
