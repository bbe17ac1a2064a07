// salvage-bench: Salvage's own paths against the raw C APIs on the same data (issue 3).
#include "benchoptions.h"
#include "benchrunner.h"
#include "datagen.h"
#include "pgcluster.h"
#include "report.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Salvage;
using namespace Salvage::Bench;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Salvage::Bench", text);
}

void progress(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// Creates the data for one backend, runs every case on it, and removes it again.
bool runBackend(const QString &backend,
                const BenchOptions &options,
                PgCluster &cluster,
                QList<CaseResult> *results,
                QString *error)
{
    QElapsedTimer timer;
    timer.start();
    ConnectionUrl url;
    QTemporaryDir sqliteDir;
    const QString pgDatabase
        = QStringLiteral("salvage_bench_%1").arg(QCoreApplication::applicationPid());
    if (backend == QLatin1String("postgresql")) {
        if (!cluster.adminUrl().isValid() && !cluster.resolve(options.pgUrl, error))
            return false;
        progress(tr("postgresql: %1, generating %2 rows ...")
                     .arg(cluster.description())
                     .arg(options.rows));
        if (!DataGen::createPostgres(cluster.adminUrl(), pgDatabase, options.rows, &url, error)) {
            DataGen::dropPostgres(cluster.adminUrl(), pgDatabase);
            return false;
        }
    } else {
        if (!sqliteDir.isValid()) {
            *error = sqliteDir.errorString();
            return false;
        }
        progress(tr("sqlite: generating %1 rows ...").arg(options.rows));
        if (!DataGen::createSqlite(sqliteDir.filePath(QStringLiteral("bench.sqlite")),
                                   options.rows,
                                   &url,
                                   error)) {
            return false;
        }
    }
    progress(tr("%1: data ready in %2 s, running the cases")
                 .arg(backend)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    bool ok = true;
    {
        BenchRunner runner(url, options.rows, options.cases);
        const QList<CaseResult> backendResults = runner.run(error);
        if (backendResults.isEmpty())
            ok = false;
        *results << backendResults;
    }
    if (backend == QLatin1String("postgresql"))
        DataGen::dropPostgres(cluster.adminUrl(), pgDatabase);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salvage-bench"));

    BenchOptions options;
    QString error;
    if (!BenchOptions::parse(app.arguments(), &options, &error)) {
        std::fprintf(stderr, "salvage-bench: %s\n", qPrintable(error));
        return 2;
    }

    if (options.isChild()) {
        ConnectionUrl url = ConnectionUrl::parse(options.childDataUrl, &error);
        if (url.backend == Backend::PostgreSQL && url.password.isEmpty())
            url.password = qEnvironmentVariable("PGPASSWORD");
        return runChildCase(options.childCase, options.childSide, url);
    }

    PgCluster cluster;
    QList<CaseResult> results;
    bool failed = false;
    for (const QString &backend : options.backends) {
        if (!runBackend(backend, options, cluster, &results, &error)) {
            progress(QStringLiteral("salvage-bench: %1: %2").arg(backend, error));
            failed = true;
        }
    }

    QTextStream out(stdout);
    out << tr("salvage-bench: %1 rows, medians of %2 runs per side after a warm-up")
               .arg(options.rows)
               .arg(BenchRunner::Repeats)
        << '\n';
    printTable(out, results);
    for (const CaseResult &r : results)
        failed = failed || !r.error.isEmpty();
    const bool wantJson = !options.jsonPath.isEmpty();
    if (wantJson && !writeJson(options.jsonPath, options.rows, results, &error)) {
        progress(QStringLiteral("salvage-bench: %1: %2").arg(options.jsonPath, error));
        failed = true;
    }
    return failed ? 1 : 0;
}
