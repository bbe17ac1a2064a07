#pragma once

#include "testdatabase.h"

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

namespace Salvage::Test {

// What one run of the built salvage-cli printed and returned.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QString describe() const;
};

// The environment every run starts from: no SALVAGE_ACTOR, no password, untranslated
// messages, no ~/.pgpass of the machine.
QProcessEnvironment cliEnvironment();
// The --db argument for `db` (never contains the password).
QString cliDbArgument(const TestDatabase &db);
// Runs salvage-cli with `arguments` (stdin closed: nothing may prompt).
CliResult runCli(const QStringList &arguments,
                 const QProcessEnvironment &environment = cliEnvironment());
// salvage-cli --db <db> [--actor ACTOR] ARGS with the password (PostgreSQL) in PGPASSWORD.
CliResult runCliOn(const TestDatabase &db,
                   const QStringList &arguments,
                   const QString &actor = QString());

} // namespace Salvage::Test
