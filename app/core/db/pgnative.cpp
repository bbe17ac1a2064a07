#include "pgnative.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <cstring>

namespace Salvage::Pg {

pg_conn *nativeConnection(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    const char *type = handle.typeName();
    // Qt 6.4 names the handle after libpq's struct tag.
    const bool libpq = type && (qstrcmp(type, "PGconn*") == 0 || qstrcmp(type, "pg_conn*") == 0);
    if (!libpq || !handle.data())
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.data());
}

QSqlError makeError(PGconn *conn, const PGresult *result)
{
    QString state;
    QString message;
    if (result) {
        state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    }
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const bool broken = PQstatus(conn) == CONNECTION_BAD;
    // libpq's own failures carry no SQLSTATE: a broken connection is connection_failure,
    // so that DbError sees it as lost like any class 08 error.
    if (state.isEmpty() && broken)
        state = QStringLiteral("08006");
    return QSqlError(QString(),
                     message,
                     broken ? QSqlError::ConnectionError : QSqlError::StatementError,
                     state);
}

bool connectionBroken(PGconn *conn)
{
    return PQstatus(conn) == CONNECTION_BAD;
}

void discardResults(PGconn *conn)
{
    while (PGresult *result = PQgetResult(conn))
        PQclear(result);
}

bool commit(PGconn *conn, QSqlError *error, bool *rolledBack)
{
    *rolledBack = false;
    discardResults(conn);
    PGresult *result = PQexec(conn, "COMMIT");
    const bool done = result && PQresultStatus(result) == PGRES_COMMAND_OK;
    if (done)
        *rolledBack = std::strcmp(PQcmdStatus(result), "COMMIT") != 0;
    else
        *error = makeError(conn, result);
    PQclear(result);
    return done && !*rolledBack;
}

} // namespace Salvage::Pg
