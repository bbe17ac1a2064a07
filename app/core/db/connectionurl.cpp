#include "connectionurl.h"

#include "secrets.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Salvage {

bool ConnectionUrl::isAllowedOption(const QString &key)
{
    static const QStringList allowed = {
        QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"), QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("options")};
    return allowed.contains(key);
}

// `options` may only carry -c statement_timeout=... / -c lock_timeout=... settings.
static bool isAllowedServerOptions(const QString &value)
{
    // The server splits on any whitespace; backslashes escape. Allow neither trick.
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || (c.isSpace() && c != QLatin1Char(' ')) || c.category() == QChar::Other_Control)
            return false;
    }
    const QStringList tokens = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < tokens.size(); ++i) {
        QString setting = tokens.at(i);
        if (setting == QLatin1String("-c")) {
            if (++i >= tokens.size())
                return false;
            setting = tokens.at(i);
        } else if (setting.startsWith(QLatin1String("-c"))) {
            setting = setting.mid(2);
        } else {
            return false;
        }
        const QString name = setting.section(QLatin1Char('='), 0, 0);
        if (name != QLatin1String("statement_timeout") && name != QLatin1String("lock_timeout"))
            return false;
    }
    return true;
}

static bool isValidOptionValue(const QString &key, const QString &value)
{
    // QPSQL turns ';' into a separator, so it can never be part of a value.
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\0')))
        return false;
    if (key == QLatin1String("options"))
        return isAllowedServerOptions(value);
    if (key == QLatin1String("sslmode")) {
        static const QStringList modes = {
            QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        return modes.contains(value);
    }
    if (key == QLatin1String("connect_timeout")) {
        bool ok = false;
        value.toInt(&ok);
        return ok;
    }
    return true;
}

// Why a PostgreSQL URL that QUrl refused is malformed, without its password: QUrl's own
// error text quotes the URL and the offending character, so it only ever sees the URL with
// the password masked; when that parses, the password itself was the problem.
static QString malformedReason(const QString &text)
{
    const QUrl masked(redactUrlText(text), QUrl::StrictMode);
    if (masked.isValid()) {
        return QCoreApplication::translate("Salvage::ConnectionUrl",
                                           "the password is not properly percent-encoded "
                                           "(characters such as '%', '@' and '/' must be).");
    }
    // "Invalid port ...; source was ..."; the rest only repeats the URL.
    return masked.errorString().section(QLatin1String("; source was"), 0, 0);
}

ConnectionUrl ConnectionUrl::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    // Every message below passes through scrubSecret(): none may show the password, however
    // the text went wrong.
    const auto fail = [error, trimmed](const QString &why) {
        if (error)
            *error = scrubSecret(why, urlTextPassword(trimmed));
        return ConnectionUrl();
    };
    ConnectionUrl result;
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        QString path = trimmed.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return fail(QCoreApplication::translate("Salvage::ConnectionUrl", "The SQLite URL names no file. Use sqlite:/path/to/file.db."));
        result.backend = Backend::SQLite;
        result.path = path;
        return result;
    }
    if (!trimmed.startsWith(QLatin1String("postgresql://"))
        && !trimmed.startsWith(QLatin1String("postgres://"))) {
        return fail(QCoreApplication::translate("Salvage::ConnectionUrl",
                                                "Unknown database URL \"%1\". Use sqlite:PATH or "
                                                "postgresql://user@host:port/database.")
                        .arg(redactUrlText(trimmed)));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        return fail(QCoreApplication::translate("Salvage::ConnectionUrl",
                                                "The PostgreSQL URL %1 is malformed: %2")
                        .arg(redactUrlText(trimmed), malformedReason(trimmed)));
    }
    result.backend = Backend::PostgreSQL;
    result.host = url.host(QUrl::FullyDecoded);
    result.port = url.port(0);
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    result.database = url.path(QUrl::FullyDecoded).mid(1);
    if (result.database.contains(QLatin1Char('/')))
        return fail(QCoreApplication::translate("Salvage::ConnectionUrl", "The database name in the URL must not contain '/'."));
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!isAllowedOption(item.first)) {
            return fail(QCoreApplication::translate("Salvage::ConnectionUrl", "The connection option \"%1\" is not allowed. Allowed: sslmode, "
                           "sslrootcert, sslcert, sslkey, connect_timeout, application_name, "
                           "options (statement_timeout, lock_timeout).").arg(item.first));
        }
        if (!isValidOptionValue(item.first, item.second))
            return fail(QCoreApplication::translate("Salvage::ConnectionUrl", "The value of connection option \"%1\" is not allowed.").arg(item.first));
        result.options.insert(item.first, item.second);
    }
    return result; // an empty host means libpq's default (the local socket)
}

ConnectionUrl ConnectionUrl::parseCommandLine(const QString &text, QString *error)
{
    ConnectionUrl url = parse(text, error);
    if (url.isValid() && !url.password.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("Salvage::ConnectionUrl",
                                                 "The URL contains a password, which other users "
                                                 "and the shell history can see. Leave it out and "
                                                 "use PGPASSWORD or ~/.pgpass.");
        }
        return ConnectionUrl();
    }
    return url;
}

QString ConnectionUrl::toString() const
{
    switch (backend) {
    case Backend::None:
        return QString();
    case Backend::SQLite:
        return QStringLiteral("sqlite:") + path;
    case Backend::PostgreSQL:
        break;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionUrl::settingsKey() const
{
    // The same database however its URL was written: no options, default port filled in,
    // SQLite files by canonical path.
    QString key;
    if (backend == Backend::SQLite) {
        const QFileInfo file(path);
        key = QStringLiteral("sqlite:")
            + (file.exists() ? file.canonicalFilePath() : file.absoluteFilePath());
    } else if (backend == Backend::PostgreSQL) {
        key = QStringLiteral("postgresql:%1@%2:%3/%4")
                  .arg(user, host.isEmpty() ? QStringLiteral("localhost") : host)
                  .arg(port > 0 ? port : 5432)
                  .arg(database);
    }
    key.replace(QLatin1Char('/'), QLatin1Char('|'));
    key.replace(QLatin1Char('\\'), QLatin1Char('|'));
    return key;
}

QString ConnectionUrl::pgConnectOptions() const
{
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        QString value = it.value();
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        value.replace(QLatin1Char('\''), QLatin1String("\\'"));
        parts << it.key() + QLatin1String("='") + value + QLatin1Char('\'');
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace Salvage
