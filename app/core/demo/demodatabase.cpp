#include "demodatabase.h"

#include "db/connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Salvage::DemoDatabase {

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/salvage/demo.sqlite");
}

QString url(const QString &path)
{
    return QStringLiteral("sqlite:") + path;
}

// Statements end with ';' at the end of a line (the demo script keeps to that).
static QStringList statements(const QString &script)
{
    QStringList result;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            result << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

bool ensure(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QCoreApplication::translate("Salvage::DemoDatabase",
                                                "Cannot create the folder for %1.").arg(path));
    QFile file(QStringLiteral(":/demo/demo.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Salvage::DemoDatabase",
                                                "The demo data is missing from this build."));
    const QString script = QString::fromUtf8(file.readAll());
    // Build into a temporary file and rename, so a failure never leaves half a demo behind.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        ConnectionUrl target;
        target.backend = Backend::SQLite;
        target.path = partial;
        target.createIfMissing = true;
        DbError dbError;
        Connection connection = Connection::open(target, &dbError);
        bool ok = connection.isOpen() && connection.begin(&dbError);
        for (const QString &statement : statements(script)) {
            if (!ok)
                break;
            ok = connection.exec(statement, {}, &dbError);
        }
        ok = ok && connection.commit(&dbError);
        if (!ok) {
            QFile::remove(partial);
            return fail(QCoreApplication::translate("Salvage::DemoDatabase",
                                                    "Could not create the demo database: %1")
                            .arg(dbError.message + QLatin1Char(' ') + dbError.driverText));
        }
    }
    if (!QFile::rename(partial, path))
        return fail(QCoreApplication::translate("Salvage::DemoDatabase",
                                                "Cannot write the demo database to %1.").arg(path));
    return true;
}

} // namespace Salvage::DemoDatabase
