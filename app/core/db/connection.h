#pragma once

#include "connectionurl.h"
#include "dberror.h"
#include "result.h"
#include "rowsink.h"

#include <QMetaType>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

namespace Salvage {

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
    // Verifies the outcome: PostgreSQL answers COMMIT in a failed transaction with ROLLBACK
    // (no error), which is reported here as a failure. A lost connection during COMMIT says
    // that the outcome is unknown.
    bool commit(DbError *error);
    void rollback();
    // Ends an operation's transaction: commits when `ok`, else (or when the commit fails) rolls
    // back and notes a lost connection. Returns whether it committed; *failure says why not.
    bool commitOrRollback(bool ok, DbError *failure);

    // After a lost connection (SQLSTATE class 08, 57P0x) closes it, so that the next use
    // reconnects and re-reads state instead of retrying blindly on a dead session.
    void noteError(const DbError &error);

    // The one way to run SQL. Values are bound in order to positional `?`; every result is
    // read to its end with the error checked after the last row, so a stream cut short by a
    // timeout, a cancel or a lost connection is an error, never "no more rows"; a lost
    // connection is noted (noteError).
    //
    // A statement without rows: how many rows it changed.
    Result<int> execute(const QString &sql, const QVariantList &values = {});
    // Hands each row (its first `width` cells; every cell when negative) to `sink` as it
    // arrives, without buffering the result; a sink that returns false stops early, which is
    // no error. Rows handed over before a failure belong to a result that did not complete.
    Result<Done> forEachRow(const QString &sql,
                            const QVariantList &values,
                            const RowSink &sink,
                            int width = -1);
    // Every row in memory: for results known to be small (catalog reads, holds, rules).
    Result<QList<QVariantList>> rows(const QString &sql,
                                     const QVariantList &values = {},
                                     int width = -1);
    // The first cell of a statement that returns one row (an aggregate); no row is an error.
    Result<QVariant> value(const QString &sql, const QVariantList &values = {});

    // execute() for callers that report through a DbError out-parameter.
    bool exec(const QString &sql,
              const QVariantList &values,
              DbError *error,
              int *rowsAffected = nullptr);
    // DbError::fromSql() of a statement that failed on this connection (for the few callers
    // that run prepared QSqlQuery objects themselves): a PostgreSQL connection that broke
    // mid-statement reaches QPSQL without an SQLSTATE, and is connection_failure (08006).
    DbError statementError(const QSqlError &error) const;

    // Whether a table `name` (unqualified: PostgreSQL looks along the search path) exists.
    // Returns false and fills *error when that cannot be told.
    bool tableExists(const QString &name, bool *exists, DbError *error);

private:
    Result<Done> run(const QString &sql,
                     const QVariantList &values,
                     int width,
                     const RowSink &sink,
                     int *rowsAffected);
    void releaseParked();

    ConnectionUrl m_url;
    QString m_name;
    // PostgreSQL: the queries of statements that failed, kept until the transaction has
    // ended. QPSQL deallocates a prepared statement when its query goes, which fails inside
    // a failed transaction and prints a driver warning; after ROLLBACK it succeeds.
    std::vector<QSqlQuery> m_parked;
};

} // namespace Salvage
