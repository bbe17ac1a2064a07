#include "pgcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

namespace Salvage::Bench {

namespace {

// For the signal handler: only async-signal-safe calls from there (fork, execv, waitpid,
// rmdir).
char s_stopDir[512];
char s_stopParent[512];
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
        if (s_stopParent[0] != '\0')
            rmdir(s_stopParent);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

bool copyForSignal(const QString &path, char *buffer, size_t size)
{
    const QByteArray bytes = path.toLocal8Bit();
    if (size_t(bytes.size()) >= size)
        return false;
    std::memcpy(buffer, bytes.constData(), size_t(bytes.size()) + 1);
    return true;
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
    // A fresh directory nobody can have prepared (pg_cluster.sh makes the cluster's own
    // directories 0700 inside it). The server runs as `postgres` when we are root: it may
    // pass through, but not list.
    m_ownParent = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                  + QStringLiteral("/salvage-bench-pg-XXXXXX"));
    if (!m_ownParent->isValid()) {
        *error = QCoreApplication::translate("Salvage::Bench", "Cannot create a directory: %1")
                     .arg(m_ownParent->errorString());
        m_ownParent.reset();
        return false;
    }
    QFile::setPermissions(m_ownParent->path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                              | QFile::ExeOther);
    const QString dir = m_ownParent->filePath(QStringLiteral("cluster"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"),
                  {QString::fromLatin1(s_script), QStringLiteral("start"), dir});
    const bool finished = process.waitForFinished(180000);
    const QString output = QString::fromUtf8(process.readAll()).trimmed();
    m_ownDir = dir;
    if (copyForSignal(dir, s_stopDir, sizeof s_stopDir)
        && copyForSignal(m_ownParent->path(), s_stopParent, sizeof s_stopParent)) {
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
    s_stopParent[0] = '\0';
    QProcess::execute(QStringLiteral("bash"),
                      {QString::fromLatin1(s_script), QStringLiteral("stop"), m_ownDir});
    m_ownDir.clear();
    m_ownParent.reset();
}

} // namespace Salvage::Bench
