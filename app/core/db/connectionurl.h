#pragma once

#include <QMap>
#include <QString>

namespace Salvage {

enum class Backend { None, SQLite, PostgreSQL };

// A parsed database location: `sqlite:PATH` or a libpq URI
// `postgresql://user@host:port/dbname?sslmode=...`. Only allowlisted options survive parsing.
struct ConnectionUrl
{
    Backend backend = Backend::None;
    QString path;      // SQLite file
    QString host;
    int port = 0;      // 0 = default (5432)
    QString database;
    QString user;
    QString password;  // never printed; toString() omits it
    QMap<QString, QString> options; // allowlisted libpq options only
    bool createIfMissing = false;   // SQLite: create the file if it does not exist

    bool isValid() const { return backend != Backend::None; }
    // The URL without the password, safe for logs, settings and titles.
    QString toString() const;
    // A stable key for per-connection settings (no password).
    QString settingsKey() const;
    // libpq connect options string for QPSQL (allowlisted options, values escaped).
    QString pgConnectOptions() const;

    // Never puts the password, or any part of it, into *error.
    static ConnectionUrl parse(const QString &text, QString *error = nullptr);
    // A URL given as a program argument (--db): like parse(), but a password in it is refused,
    // because other users (ps) and the shell history can see it.
    static ConnectionUrl parseCommandLine(const QString &text, QString *error = nullptr);
    static bool isAllowedOption(const QString &key);
};

} // namespace Salvage
