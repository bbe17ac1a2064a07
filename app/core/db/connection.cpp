#include "connection.h"

#include "secrets.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Salvage {

static DbError::Kind kindForSqlState(const QString &state)
{
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P0")))
        return DbError::ConnectionLost;
    if (state == QLatin1String("57014"))
        return DbError::Cancelled;
    if (state == QLatin1String("42501"))
        return DbError::PermissionDenied;
    if (state == QLatin1String("28P01") || state == QLatin1String("28000"))
        return DbError::AuthFailed;
    if (state == QLatin1String("3D000"))
        return DbError::NoDatabase;
    if (state.startsWith(QLatin1String("23")))
        return DbError::Constraint;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")
        || state == QLatin1String("55P03"))
        return DbError::Conflict;
    return DbError::Other;
}

static DbError::Kind kindForConnectText(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("password authentication failed"))
        || t.contains(QLatin1String("no password supplied"))
        || t.contains(QLatin1String("authentication failed")))
        return DbError::AuthFailed;
    if (t.contains(QLatin1String("does not exist")) && t.contains(QLatin1String("database")))
        return DbError::NoDatabase;
    if (t.contains(QLatin1String("no encryption")) || t.contains(QLatin1String("ssl is required"))
        || t.contains(QLatin1String("server does not support ssl")))
        return DbError::TlsRequired;
    if (t.contains(QLatin1String("could not connect")) || t.contains(QLatin1String("connection refused"))
        || t.contains(QLatin1String("could not translate host name"))
        || t.contains(QLatin1String("timeout expired"))
        || t.contains(QLatin1String("no route to host")))
        return DbError::Unreachable;
    return DbError::Other;
}

static DbError::Kind kindForSqliteCode(int code)
{
    switch (code & 0xff) {
    case 9: // SQLITE_INTERRUPT
        return DbError::Cancelled;
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        return DbError::Conflict;
    case 3:  // SQLITE_PERM
    case 8:  // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return DbError::PermissionDenied;
    case 14: // SQLITE_CANTOPEN
        return DbError::NoDatabase;
    case 19: // SQLITE_CONSTRAINT
        return DbError::Constraint;
    default:
        return DbError::Other;
    }
}

static QString messageFor(DbError::Kind kind)
{
    switch (kind) {
    case DbError::None:
        return QString();
    case DbError::Unreachable:
        return QCoreApplication::translate("Salvage::Connection", "The database server could not be reached. Check the host name and port, and "
                  "that the server is running and accepts connections.");
    case DbError::AuthFailed:
        return QCoreApplication::translate("Salvage::Connection", "The server refused the login: the user name or password is wrong, or this "
                  "user may not connect from here.");
    case DbError::NoDatabase:
        return QCoreApplication::translate("Salvage::Connection", "The database does not exist. Check its name (or the file path).");
    case DbError::TlsRequired:
        return QCoreApplication::translate("Salvage::Connection", "The server requires an encrypted (TLS) connection. Set SSL mode to "
                  "\"require\" or stricter.");
    case DbError::PermissionDenied:
        return QCoreApplication::translate("Salvage::Connection", "Permission denied: your database user may not do this. Nothing was changed. "
                  "Ask the database owner for the right, or use another account.");
    case DbError::ConnectionLost:
        return QCoreApplication::translate("Salvage::Connection", "The connection to the database was lost. Reconnect and check the data "
                  "before trying again.");
    case DbError::Conflict:
        return QCoreApplication::translate("Salvage::Connection", "The rows are locked or were changed by someone else at the same time. "
                  "Nothing was changed; refresh and try again.");
    case DbError::Constraint:
        return QCoreApplication::translate("Salvage::Connection", "The database refused the change because it would break a constraint "
                  "(a foreign key, unique value or check). Nothing was changed.");
    case DbError::Cancelled:
        return QCoreApplication::translate("Salvage::Connection",
                                           "The statement was cancelled. Nothing was changed.");
    case DbError::Refused:
    case DbError::Other:
        break;
    }
    return QCoreApplication::translate("Salvage::Connection", "The database reported an error. Nothing was changed.");
}

DbError DbError::fromSql(const QSqlError &error, Backend backend)
{
    DbError result;
    if (error.type() == QSqlError::NoError)
        return result;
    result.driverText = error.text();
    const QString code = error.nativeErrorCode();
    if (backend == Backend::PostgreSQL) {
        result.sqlState = code;
        result.kind = code.isEmpty() ? kindForConnectText(error.text()) : kindForSqlState(code);
        if (result.kind == DbError::Other && error.type() == QSqlError::ConnectionError)
            result.kind = kindForConnectText(error.text());
    } else {
        bool ok = false;
        const int n = code.toInt(&ok);
        result.kind = ok ? kindForSqliteCode(n) : DbError::Other;
    }
    result.message = messageFor(result.kind);
    return result;
}

DbError DbError::refused(const QString &message)
{
    DbError result;
    result.kind = Refused;
    result.message = message;
    return result;
}

void DbError::scrub(const QString &secret)
{
    message = scrubSecret(message, secret);
    driverText = scrubSecret(driverText, secret);
}

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
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Connection::Connection(Connection &&other) noexcept
    : m_url(std::move(other.m_url)), m_name(std::move(other.m_name))
{
    other.m_name.clear();
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        Connection old(std::move(*this));
        m_url = std::move(other.m_url);
        m_name = std::move(other.m_name);
        other.m_name.clear();
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
        QSqlQuery query(database());
        if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
            return query.value(0).toString();
        return m_url.user;
    }
    // SQLite has no users: the OS account's file permissions decide.
    return osUserName();
}

bool Connection::begin(DbError *error)
{
    return exec(m_url.backend == Backend::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                 : QStringLiteral("BEGIN"),
                {}, error);
}

bool Connection::commit(DbError *error)
{
    if (exec(QStringLiteral("COMMIT"), {}, error))
        return true;
    if (error && error->kind == DbError::ConnectionLost) {
        error->message = QCoreApplication::translate("Salvage::Connection", "The connection was lost while saving. The change may or may not "
                            "have been applied: reconnect and check the rows before retrying.");
    }
    rollback();
    return false;
}

void Connection::rollback()
{
    QSqlQuery query(database());
    query.exec(QStringLiteral("ROLLBACK"));
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

bool Connection::exec(const QString &sql, const QVariantList &values, DbError *error,
                      int *rowsAffected)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        const DbError failure = DbError::fromSql(query.lastError(), m_url.backend);
        noteError(failure);
        if (error)
            *error = failure;
        return false;
    }
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
    return true;
}

bool Connection::select(QSqlQuery &query,
                        const QString &sql,
                        const QVariantList &values,
                        DbError *error)
{
    DbError failure;
    if (runQuery(query, sql, values, m_url.backend, &failure))
        return true;
    noteError(failure);
    if (error)
        *error = failure;
    return false;
}

bool Connection::tableExists(const QString &name, bool *exists, DbError *error)
{
    QSqlQuery query(database());
    const QString sql = m_url.backend == Backend::PostgreSQL
                            ? QStringLiteral("SELECT to_regclass(?) IS NOT NULL")
                            : QStringLiteral("SELECT count(*) > 0 FROM sqlite_master "
                                             "WHERE type = 'table' AND name = ?");
    if (!select(query, sql, {name}, error))
        return false;
    *exists = query.next() && query.value(0).toBool();
    return true;
}

bool runQuery(QSqlQuery &query,
              const QString &sql,
              const QVariantList &values,
              Backend backend,
              DbError *error)
{
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok && error)
        *error = DbError::fromSql(query.lastError(), backend);
    return ok;
}

} // namespace Salvage
