#include "faultrig.h"

#include "db/identifier.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <unistd.h>

namespace Salvage::Test {

namespace {

QStringList pgRig(const StepTables &tables)
{
    QStringList sql{
        QStringLiteral("CREATE TABLE fault_ctl (id integer PRIMARY KEY, kind text NOT NULL, "
                       "at_n integer NOT NULL, seen integer NOT NULL)"),
        QStringLiteral("INSERT INTO fault_ctl VALUES (1, 'off', 0, 0)"),
        QStringLiteral("CREATE TABLE fault_lock (id integer PRIMARY KEY)"),
        QStringLiteral("INSERT INTO fault_lock VALUES (1)"),
        // The armed step waits for the lock another session holds: a timeout, a
        // pg_terminate_backend or a server stop ends the wait.
        QStringLiteral(R"(CREATE FUNCTION fault_step() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE c fault_ctl;
BEGIN
    UPDATE fault_ctl SET seen = seen + 1 WHERE id = 1 RETURNING * INTO c;
    IF c.kind <> 'off' AND c.seen = c.at_n THEN
        PERFORM 1 FROM fault_lock WHERE id = 1 FOR UPDATE;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$)"),
        // At COMMIT, the last counted step's event is step seen + 1.
        QStringLiteral(R"(CREATE FUNCTION fault_commit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE c fault_ctl;
BEGIN
    SELECT * INTO c FROM fault_ctl WHERE id = 1;
    IF NEW.seen = c.seen AND c.kind <> 'off' AND c.at_n = c.seen + 1 THEN
        PERFORM 1 FROM fault_lock WHERE id = 1 FOR UPDATE;
    END IF;
    RETURN NULL;
END $$)"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER fault_commit AFTER UPDATE ON fault_ctl "
                       "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.seen > 0) "
                       "EXECUTE FUNCTION fault_commit()"),
    };
    for (const auto &t : tables) {
        sql << QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW "
                              "EXECUTE FUNCTION fault_step()")
                   .arg(quoteIdentifier(QLatin1String("fault_") + t.first + t.second),
                        t.second,
                        quoteIdentifier(t.first));
    }
    return sql;
}

QStringList sqliteRig(const StepTables &tables)
{
    QStringList sql{
        QStringLiteral("CREATE TABLE fault_ctl (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
                       "at_n INTEGER NOT NULL, seen INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO fault_ctl VALUES (1, 'off', 0, 0)"),
        QStringLiteral("CREATE TABLE fault_filler (b BLOB)"),
        QStringLiteral("CREATE TABLE fault_rows (id INTEGER PRIMARY KEY)"),
        QStringLiteral("INSERT INTO fault_rows VALUES (1), (2), (3)"),
    };
    // SQLite looks at an interrupt only where a statement loops: a one-row statement would
    // finish unharmed, so the hook is called from a scan of fault_rows.
    for (const auto &t : tables) {
        sql << QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN "
                              "UPDATE fault_ctl SET seen = seen + 1 WHERE id = 1; "
                              "INSERT INTO fault_filler SELECT zeroblob(1000000) FROM fault_ctl "
                              "WHERE id = 1 AND kind = 'full' AND seen = at_n; "
                              "SELECT fault_interrupt() FROM fault_rows WHERE (SELECT "
                              "kind = 'interrupt' AND seen = at_n FROM fault_ctl); END")
                   .arg(quoteIdentifier(QLatin1String("fault_") + t.first + t.second),
                        t.second,
                        quoteIdentifier(t.first));
    }
    return sql;
}

void interruptHook(sqlite3_context *context, int, sqlite3_value **)
{
    static_cast<QueryCanceller *>(sqlite3_user_data(context))->cancel();
    sqlite3_result_int(context, 1);
}

} // namespace

QString installFaultRig(Connection &admin, const StepTables &tables)
{
    const QStringList sql = admin.backend() == Backend::PostgreSQL ? pgRig(tables)
                                                                   : sqliteRig(tables);
    for (const QString &statement : sql) {
        const Result<int> done = admin.execute(statement);
        if (!done)
            return statement.left(60) + QLatin1String(": ") + done.error().driverText;
    }
    return QString();
}

bool armFault(Connection &admin, const QString &kind, int n)
{
    return admin
        .execute(QStringLiteral("UPDATE fault_ctl SET kind = ?, at_n = ?, seen = 0 WHERE id = 1"),
                 {n > 0 ? kind : QStringLiteral("off"), n})
        .ok();
}

bool registerSqliteHook(Connection &connection, QueryCanceller *canceller)
{
    const QVariant handle = connection.database().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data());
    canceller->attach(connection.database());
    return sqlite3_create_function_v2(db,
                                      "fault_interrupt",
                                      0,
                                      SQLITE_UTF8,
                                      canceller,
                                      interruptHook,
                                      nullptr,
                                      nullptr,
                                      nullptr)
           == SQLITE_OK;
}

LockWatcher::LockWatcher(const ConnectionUrl &url, int pid, const QStringList &command)
    : m_thread([this, url, pid, command] { run(url, pid, command); })
{}

LockWatcher::~LockWatcher()
{
    stop();
}

bool LockWatcher::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    return m_fired.load();
}

void LockWatcher::run(const ConnectionUrl &url, int pid, const QStringList &command)
{
    DbError error;
    // Its own connection, opened and closed on this thread (QtSql's rule).
    Connection watcher = Connection::open(url, &error);
    if (!watcher.isOpen()) {
        m_problem = QLatin1String("watcher cannot connect: ") + error.message;
        return;
    }
    while (!m_stop) {
        const Result<QVariant> waiting
            = watcher.value(QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                           "WHERE pid = ? AND wait_event_type = 'Lock'"),
                            {pid});
        if (!waiting) {
            m_problem = QLatin1String("watcher query: ") + waiting.error().message;
            return;
        }
        if (waiting->toInt() > 0) {
            if (command.isEmpty()) {
                const Result<QVariant> done
                    = watcher.value(QStringLiteral("SELECT pg_terminate_backend(?, 5000)"), {pid});
                if (!done)
                    m_problem = done.error().driverText;
                m_fired = done && done->toBool();
            } else {
                QString output;
                m_fired = runAsOwner(command, &output);
                if (!m_fired)
                    m_problem = QLatin1String("command failed: ") + output;
            }
            return;
        }
        QThread::msleep(5);
    }
}

bool runAsOwner(const QStringList &command, QString *output)
{
    QProcess process;
    QStringList arguments = command;
    QString program = arguments.takeFirst();
    if (geteuid() == 0) {
        arguments = QStringList{QStringLiteral("-u"),
                                QStringLiteral("postgres"),
                                QStringLiteral("--"),
                                program}
                    + arguments;
        program = QStringLiteral("runuser");
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool ok = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
                    && process.exitCode() == 0;
    *output = QString::fromLocal8Bit(process.readAll());
    return ok;
}

PrivateCluster::PrivateCluster() = default;

PrivateCluster::~PrivateCluster()
{
    if (m_dir.isEmpty())
        return;
    QProcess::execute(QStringLiteral("bash"),
                      {QStringLiteral(SALVAGE_PG_CLUSTER_SCRIPT), QStringLiteral("stop"), m_dir});
    QDir(m_dir).removeRecursively();
    QDir().rmdir(QFileInfo(m_dir).path());
}

bool PrivateCluster::start(QString *problem)
{
    // The server's owner must reach the directory: a world-searchable parent in /tmp.
    QTemporaryDir parent(QDir::tempPath() + QLatin1String("/salvage-faults-XXXXXX"));
    parent.setAutoRemove(false);
    QFile::setPermissions(parent.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                              | QFile::ExeOther);
    m_dir = parent.path() + QLatin1String("/pg");
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SALVAGE_PG_FIRST_PORT"), QStringLiteral("56432"));
    script.setProcessEnvironment(env);
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(SALVAGE_PG_CLUSTER_SCRIPT), QStringLiteral("start"), m_dir});
    if (!script.waitForFinished(120000) || script.exitCode() != 0) {
        *problem = QString::fromLocal8Bit(script.readAll());
        return false;
    }
    QFile urlFile(m_dir + QLatin1String("/url"));
    QFile passwordFile(m_dir + QLatin1String("/password"));
    if (!urlFile.open(QIODevice::ReadOnly) || !passwordFile.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("the private cluster wrote no url or password");
        return false;
    }
    m_url = ConnectionUrl::parse(QString::fromUtf8(urlFile.readAll()).trimmed(), problem);
    m_url.password = QString::fromUtf8(passwordFile.readAll()).trimmed();
    m_port = m_url.port;
    return m_url.isValid();
}

QStringList PrivateCluster::killCommand() const
{
    return {QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
            QStringLiteral("-D"),
            m_dir + QLatin1String("/data"),
            QStringLiteral("stop"),
            QStringLiteral("-m"),
            QStringLiteral("immediate"),
            QStringLiteral("-w")};
}

bool PrivateCluster::restart(QString *problem)
{
    return runAsOwner({QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
                       QStringLiteral("-D"),
                       m_dir + QLatin1String("/data"),
                       QStringLiteral("-l"),
                       m_dir + QLatin1String("/server.log"),
                       QStringLiteral("-o"),
                       QStringLiteral("-p %1").arg(m_port),
                       QStringLiteral("-w"),
                       QStringLiteral("-t"),
                       QStringLiteral("60"),
                       QStringLiteral("start")},
                      problem);
}

} // namespace Salvage::Test
