#pragma once

#include <QSqlDatabase>
#include <QSqlError>

struct pg_conn;
struct pg_result;

namespace Salvage::Pg {

// QPSQL's libpq connection under `database` (QSqlDriver::handle()), or nullptr.
pg_conn *nativeConnection(const QSqlDatabase &database);

// COMMIT on `conn`, with its outcome read from the command tag: PostgreSQL answers COMMIT in
// a failed transaction with the tag ROLLBACK and no error, and that is no commit. Returns
// false when nothing was committed; *rolledBack tells that case apart from an error, which
// fills *error like QPSQL's (a broken connection as SQLSTATE 08006).
bool commit(pg_conn *conn, QSqlError *error, bool *rolledBack);

// Reads and drops the results a QSqlQuery left unread: libpq refuses a new query before.
void discardResults(pg_conn *conn);

// Whether libpq has given up on `conn` (the server closed it, or it never came back).
bool connectionBroken(pg_conn *conn);

// The failure of the last statement on `conn` (`result` may be null) as QPSQL reports one.
QSqlError makeError(pg_conn *conn, const pg_result *result);

} // namespace Salvage::Pg
