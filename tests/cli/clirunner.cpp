#include "clirunner.h"

#include <QProcess>

namespace Salvage::Test {

QString CliResult::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SALVAGE_ACTOR"));
    // The messages the tests check are the untranslated ones.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("PGPASSWORD"));
    // No ~/.pgpass of the machine may answer for the test cluster.
    environment.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent/pgpass"));
    return environment;
}

QString cliDbArgument(const TestDatabase &db)
{
    return db.url().toString();
}

CliResult runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SALVAGE_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "salvage-cli did not finish in time";
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

CliResult runCliOn(const TestDatabase &db, const QStringList &arguments, const QString &actor)
{
    QProcessEnvironment environment = cliEnvironment();
    if (db.url().backend == Backend::PostgreSQL)
        environment.insert(QStringLiteral("PGPASSWORD"), db.url().password);
    QStringList all{QStringLiteral("--db"), cliDbArgument(db)};
    if (!actor.isEmpty())
        all << QStringLiteral("--actor") << actor;
    return runCli(all + arguments, environment);
}

} // namespace Salvage::Test
