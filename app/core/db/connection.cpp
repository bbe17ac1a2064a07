#include "connection.h"

#include "pgnative.h"
#include "rowreader.h"
#include "secrets.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Salvage {

// A NUL would end the conninfo string QPSQL hands to libpq early, silently dropping what
// follows it (such as sslmode=require); other control characters have no business there.
static bool hasControlCharacter(const ConnectionUrl &url)
{
    for (const QString *field : {&url.host, &url.user, &url.password, &url.database, &url.path}) {
        for (const QChar c : *field) {
            if (c.category() == QChar::Other_Control)
                return true;
        }
    }
    return false;
}

QString osUserName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

static QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("salvage_%1").arg(++counter);
}

Connection::~Connection()
{
    m_parked.clear();
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Connection::Connection(Connection &&other) noexcept
    : m_url(std::move(other.m_url))
    , m_name(std::move(other.m_name))
    , m_parked(std::move(other.m_parked))
{
    other.m_name.clear();
    other.m_parked.clear();
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        Connection old(std::move(*this));
        m_url = std::move(other.m_url);
        m_name = std::move(other.m_name);
        m_parked = std::move(other.m_parked);
        other.m_name.clear();
        other.m_parked.clear();
    }
    return *this;
}

Connection Connection::open(const ConnectionUrl &url, DbError *error)
{
    Connection result;
    DbError failure;
    if (url.backend == Backend::None) {
        failure = DbError::refused(QCoreApplication::translate("Salvage::Connection", "No database was named."));
    } else if (url.backend == Backend::SQLite && !url.createIfMissing
               && !QFileInfo::exists(url.path)) {
        failure.kind = DbError::NoDatabase;
        failure.message = QCoreApplication::translate("Salvage::Connection", "The SQLite file \"%1\" does not exist.").arg(url.path);
    } else if (hasControlCharacter(url)) {
        failure = DbError::refused(QCoreApplication::translate(
            "Salvage::Connection",
            "The connection details contain a control character (such as a line break); "
            "nothing was sent to the server."));
    }
    if (failure.isError()) {
        if (error)
            *error = failure;
        return result;
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase db;
        if (url.backend == Backend::SQLite) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(url.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host);
            if (url.port > 0)
                db.setPort(url.port);
            db.setDatabaseName(url.database);
            db.setUserName(url.user);
            db.setPassword(url.password);
            db.setConnectOptions(url.pgConnectOptions());
        }
        // numeric / bigint keys must survive the round trip exactly, not as doubles.
        db.setNumericalPrecisionPolicy(QSql::HighPrecision);
        if (!db.isValid()) {
            failure = DbError::refused(QCoreApplication::translate("Salvage::Connection", "The Qt SQL driver for this database is not installed."));
        } else if (!db.open()) {
            failure = DbError::fromSql(db.lastError(), url.backend);
            if (failure.kind == DbError::Other && url.backend == Backend::SQLite)
                failure.message = QCoreApplication::translate("Salvage::Connection", "The file could not be opened as an SQLite database.");
        }
    }
    if (failure.isError()) {
        QSqlDatabase::removeDatabase(name);
        // libpq may quote what it was given; no password it was given may come back.
        failure.scrub(url.password);
        failure.scrub(qEnvironmentVariable("PGPASSWORD"));
        if (error)
            *error = failure;
        return result;
    }
    result.m_url = url;
    result.m_name = name;
    if (url.backend == Backend::SQLite) {
        // Foreign keys are off by default in SQLite; a purge must not orphan rows.
        DbError ignored;
        result.exec(QStringLiteral("PRAGMA foreign_keys = ON"), {}, &ignored);
        // Probe that this really is an SQLite database (open() succeeds on any file).
        if (!result.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, &failure)) {
            failure.message = QCoreApplication::translate("Salvage::Connection", "\"%1\" is not an SQLite database or is damaged.").arg(url.path);
            if (error)
                *error = failure;
            return Connection();
        }
    }
    return result;
}

bool Connection::isOpen() const
{
    return !m_name.isEmpty() && database().isOpen();
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString Connection::databaseUser() const
{
    if (m_url.backend == Backend::PostgreSQL) {
        // const: a probe that changes nothing, so a lost connection is left to the next call.
        QVariantList row;
        const QSqlError error = queryRows(database(),
                                          QStringLiteral("SELECT current_user"),
                                          {},
                                          1,
                                          [&row](QVariantList &&r) {
                                              row = std::move(r);
                                              return true;
                                          });
        return error.isValid() || row.isEmpty() ? m_url.user : row.first().toString();
    }
    // SQLite has no users: the OS account's file permissions decide.
    return osUserName();
}

bool Connection::begin(DbError *error)
{
    releaseParked();
    return exec(m_url.backend == Backend::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                 : QStringLiteral("BEGIN"),
                {}, error);
}

bool Connection::commit(DbError *error)
{
    DbError failure;
    bool rolledBack = false;
    pg_conn *pg = m_url.backend == Backend::PostgreSQL && isOpen()
                      ? Pg::nativeConnection(database())
                      : nullptr;
    if (pg) {
        QSqlError sqlError;
        if (!Pg::commit(pg, &sqlError, &rolledBack) && !rolledBack)
            failure = DbError::fromSql(sqlError, m_url.backend);
    } else if (const Result<int> done = execute(QStringLiteral("COMMIT")); !done) {
        failure = done.error();
    }
    if (rolledBack) {
        failure.kind = DbError::Other;
        failure.message = QCoreApplication::translate(
            "Salvage::Connection",
            "The database rolled the transaction back instead of committing it, because a "
            "statement in it had failed. Nothing was changed.");
    } else if (failure.kind == DbError::ConnectionLost) {
        failure.message = QCoreApplication::translate(
            "Salvage::Connection",
            "The connection was lost while saving. The change may or may not have been "
            "applied: reconnect and check the rows before retrying.");
    }
    if (!failure.isError()) {
        releaseParked();
        return true;
    }
    noteError(failure);
    rollback();
    if (error)
        *error = failure;
    return false;
}

void Connection::rollback()
{
    // Also ends a failed transaction; on a lost connection there is nothing left to end.
    if (isOpen())
        queryRows(database(), QStringLiteral("ROLLBACK"), {}, 0, {});
    releaseParked();
}

void Connection::releaseParked()
{
    m_parked.clear();
}

bool Connection::commitOrRollback(bool ok, DbError *failure)
{
    if (ok && commit(failure))
        return true;
    rollback();
    noteError(*failure);
    return false;
}

void Connection::noteError(const DbError &error)
{
    if (error.kind == DbError::ConnectionLost && !m_name.isEmpty())
        database().close();
}

namespace {

DbError notConnected()
{
    DbError error;
    error.kind = DbError::ConnectionLost;
    error.message = QCoreApplication::translate("Salvage::Connection",
                                                "Not connected to the database.");
    return error;
}

} // namespace

// A connection that broke during a statement (terminated backend, server stopped) reaches
// QPSQL as libpq's own text without an SQLSTATE: the native handle tells that it is lost,
// so that noteError() closes it and the caller says so.
DbError Connection::statementError(const QSqlError &error) const
{
    if (m_url.backend == Backend::PostgreSQL && error.isValid()
        && error.nativeErrorCode().isEmpty()) {
        pg_conn *pg = Pg::nativeConnection(database());
        if (pg && Pg::connectionBroken(pg)) {
            return DbError::fromSql(QSqlError(error.driverText(),
                                              error.databaseText(),
                                              QSqlError::ConnectionError,
                                              QStringLiteral("08006")),
                                    m_url.backend);
        }
    }
    return DbError::fromSql(error, m_url.backend);
}

Result<Done> Connection::run(const QString &sql,
                             const QVariantList &values,
                             int width,
                             const RowSink &sink,
                             int *rowsAffected)
{
    if (!isOpen())
        return notConnected();
    std::optional<QSqlQuery> failed;
    const DbError failure
        = statementError(queryRows(database(), sql, values, width, sink, rowsAffected, &failed));
    if (!failure.isError())
        return Done();
    if (failed && m_url.backend == Backend::PostgreSQL)
        m_parked.push_back(std::move(*failed));
    noteError(failure);
    return failure;
}

Result<int> Connection::execute(const QString &sql, const QVariantList &values)
{
    int affected = 0;
    const Result<Done> done = run(sql, values, 0, {}, &affected);
    if (!done)
        return done.error();
    return affected;
}

Result<Done> Connection::forEachRow(const QString &sql,
                                    const QVariantList &values,
                                    const RowSink &sink,
                                    int width)
{
    return run(sql, values, width, sink, nullptr);
}

Result<QList<QVariantList>> Connection::rows(const QString &sql,
                                             const QVariantList &values,
                                             int width)
{
    QList<QVariantList> result;
    const Result<Done> done = forEachRow(
        sql,
        values,
        [&result](QVariantList &&row) {
            result.append(std::move(row));
            return true;
        },
        width);
    if (!done)
        return done.error();
    return result;
}

Result<QVariant> Connection::value(const QString &sql, const QVariantList &values)
{
    // Every row is read (an early stop on PostgreSQL would cost a cancel request).
    const Result<QList<QVariantList>> all = rows(sql, values, 1);
    if (!all)
        return all.error();
    if (all->isEmpty()) {
        DbError none;
        none.kind = DbError::Other;
        none.message = QCoreApplication::translate("Salvage::Connection",
                                                   "The database returned no result. Nothing "
                                                   "was changed.");
        return none;
    }
    return all->first().value(0);
}

bool Connection::exec(const QString &sql,
                      const QVariantList &values,
                      DbError *error,
                      int *rowsAffected)
{
    const Result<int> done = execute(sql, values);
    if (done && rowsAffected)
        *rowsAffected = *done;
    return done.report(error);
}

bool Connection::tableExists(const QString &name, bool *exists, DbError *error)
{
    const QString sql = m_url.backend == Backend::PostgreSQL
                            ? QStringLiteral("SELECT to_regclass(?) IS NOT NULL")
                            : QStringLiteral("SELECT count(*) > 0 FROM sqlite_master "
                                             "WHERE type = 'table' AND name = ?");
    const Result<QVariant> found = value(sql, {name});
    if (found)
        *exists = found->toBool();
    return found.report(error);
}

} // namespace Salvage
