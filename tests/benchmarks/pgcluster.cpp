#include "pgcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <csignal>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

namespace Salvage::Bench {

namespace {

// For the signal handler: only async-signal-safe calls from there (fork, execv, waitpid).
char s_stopDir[512];
const char s_script[] = SALVAGE_PG_CLUSTER_SCRIPT;

extern "C" void stopClusterOnSignal(int signal)
{
    if (s_stopDir[0] != '\0') {
        const pid_t child = fork();
        if (child == 0) {
            char bash[] = "/bin/bash";
            char script[sizeof s_script];
            std::memcpy(script, s_script, sizeof s_script);
            char stop[] = "stop";
            char *const argv[] = {bash, script, stop, s_stopDir, nullptr};
            execv(bash, argv);
            _exit(127);
        }
        if (child > 0)
            waitpid(child, nullptr, 0);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

bool readTrimmed(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QCoreApplication::translate("Salvage::Bench", "Cannot read %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    *text = QString::fromUtf8(file.readAll()).trimmed();
    return true;
}

bool readClusterDir(const QString &dir, ConnectionUrl *url, QString *error)
{
    QString text;
    QString password;
    if (!readTrimmed(QDir(dir).filePath(QStringLiteral("url")), &text, error)
        || !readTrimmed(QDir(dir).filePath(QStringLiteral("password")), &password, error)) {
        return false;
    }
    *url = ConnectionUrl::parse(text, error);
    if (!url->isValid())
        return false;
    url->password = password;
    return true;
}

} // namespace

PgCluster::~PgCluster()
{
    stop();
}

bool PgCluster::resolve(const QString &pgUrl, QString *error)
{
    if (!pgUrl.isEmpty()) {
        m_admin = ConnectionUrl::parse(pgUrl, error);
        if (m_admin.backend != Backend::PostgreSQL) {
            if (error->isEmpty())
                *error = QCoreApplication::translate("Salvage::Bench",
                                                     "--pg-url is not a PostgreSQL URL");
            return false;
        }
        m_description = m_admin.toString();
        return true;
    }
    const QString fixtureDir = qEnvironmentVariable("SALVAGE_TEST_PG_DIR");
    if (!fixtureDir.isEmpty()) {
        m_description = QStringLiteral("test cluster in %1").arg(fixtureDir);
        return readClusterDir(fixtureDir, &m_admin, error);
    }
    return start(error);
}

bool PgCluster::start(QString *error)
{
    // Not under a private temporary directory: the server runs as `postgres` when we are
    // root, and must be able to reach its data directory.
    const QString dir = QStringLiteral("%1/salvage-bench-pg-%2")
                            .arg(QDir::tempPath())
                            .arg(QCoreApplication::applicationPid());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"),
                  {QString::fromLatin1(s_script), QStringLiteral("start"), dir});
    const bool finished = process.waitForFinished(180000);
    const QString output = QString::fromUtf8(process.readAll()).trimmed();
    m_ownDir = dir;
    const QByteArray dirBytes = dir.toLocal8Bit();
    if (size_t(dirBytes.size()) < sizeof s_stopDir) {
        std::memcpy(s_stopDir, dirBytes.constData(), size_t(dirBytes.size()) + 1);
        for (int signal : {SIGINT, SIGTERM, SIGHUP})
            std::signal(signal, stopClusterOnSignal);
    }
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QCoreApplication::translate("Salvage::Bench",
                                             "Could not start a PostgreSQL cluster: %1")
                     .arg(output);
        return false;
    }
    m_description = QStringLiteral("throwaway cluster in %1").arg(dir);
    return readClusterDir(dir, &m_admin, error);
}

void PgCluster::stop()
{
    if (m_ownDir.isEmpty())
        return;
    s_stopDir[0] = '\0';
    QProcess::execute(QStringLiteral("bash"),
                      {QString::fromLatin1(s_script), QStringLiteral("stop"), m_ownDir});
    m_ownDir.clear();
}

} // namespace Salvage::Bench
