#include "inprocesscli.h"

#include "commands.h"
#include "output.h"

namespace Salvage::Test {

CliResult runCliInProcessOn(const TestDatabase &db,
                            const QStringList &arguments,
                            const QString &actor)
{
    const QProcessEnvironment environment = cliEnvironment();
    qputenv("PGPASSFILE", environment.value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
    if (db.url().backend == Backend::PostgreSQL)
        qputenv("PGPASSWORD", db.url().password.toUtf8());
    else
        qunsetenv("PGPASSWORD");
    QStringList all{QStringLiteral("--db"), cliDbArgument(db)};
    if (!actor.isEmpty())
        all << QStringLiteral("--actor") << actor;

    CliResult result;
    Cli::setOutputSinks(&result.out, &result.err);
    result.exitCode = Cli::Commands::runArguments(all + arguments, environment);
    Cli::setOutputSinks(nullptr, nullptr);
    qunsetenv("PGPASSWORD");
    return result;
}

} // namespace Salvage::Test
