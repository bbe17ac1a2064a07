#pragma once

#include "connectionurl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QMetaType>
#include <QString>

class QSqlQuery;

namespace Salvage {

// What went wrong with a database call, in words a user can act on.
struct DbError
{
    enum Kind { None, Unreachable, AuthFailed, NoDatabase, TlsRequired, PermissionDenied,
                ConnectionLost, Conflict, Constraint, Cancelled, Refused, Other };
    Kind kind = None;
    QString message;     // translated, user facing
    QString driverText;  // raw driver text, shown only as details
    QString sqlState;

    bool isError() const { return kind != None; }
    static DbError fromSql(const QSqlError &error, Backend backend);
    static DbError refused(const QString &message);
    // Removes `secret` (a password) from the message and the driver text (scrubSecret()).
    void scrub(const QString &secret);
};

// The operating-system account running Salvage (for the audit).
QString osUserName();

// One open database connection, bound to the thread that opened it (QtSql rule).
// Move-only; closes and removes its QSqlDatabase on destruction.
class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;

    // Opens `url` under a unique QtSql connection name. On failure returns an invalid
    // Connection and fills *error. Password: url.password, else PGPASSWORD / ~/.pgpass (libpq);
    // neither ever appears in *error.
    static Connection open(const ConnectionUrl &url, DbError *error);

    bool isOpen() const;
    QSqlDatabase database() const;
    const ConnectionUrl &url() const { return m_url; }
    Backend backend() const { return m_url.backend; }
    QString databaseUser() const; // the role / login name the server sees

    // Transactions. SQLite uses BEGIN IMMEDIATE so the write lock is taken up front.
    bool begin(DbError *error);
    bool commit(DbError *error);
    void rollback();
    // Ends an operation's transaction: commits when `ok`, else (or when the commit fails) rolls
    // back and notes a lost connection. Returns whether it committed; *failure says why not.
    bool commitOrRollback(bool ok, DbError *failure);

    // After a lost connection (SQLSTATE class 08, 57P0x) closes it, so that the next use
    // reconnects and re-reads state instead of retrying blindly on a dead session.
    void noteError(const DbError &error);

    // Executes `sql` with positional bound values. Returns false and fills *error on failure.
    bool exec(const QString &sql, const QVariantList &values, DbError *error,
              int *rowsAffected = nullptr);
    // Like exec(), for a statement whose rows the caller reads from `query` (made on
    // database()): runQuery() that also notes a lost connection.
    bool select(QSqlQuery &query, const QString &sql, const QVariantList &values, DbError *error);
    // Whether a table `name` (unqualified: PostgreSQL looks along the search path) exists.
    // Returns false and fills *error when that cannot be told.
    bool tableExists(const QString &name, bool *exists, DbError *error);

private:
    ConnectionUrl m_url;
    QString m_name;
};

// Prepares `sql` on `query` as a forward-only query (QPSQL then streams the rows), binds
// `values` in order and runs it. Returns false and fills *error on failure.
bool runQuery(QSqlQuery &query,
              const QString &sql,
              const QVariantList &values,
              Backend backend,
              DbError *error);

} // namespace Salvage

Q_DECLARE_METATYPE(Salvage::DbError)
