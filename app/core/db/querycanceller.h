#pragma once

#include <QSqlDatabase>

#include <mutex>

struct pg_cancel;
struct sqlite3;

namespace Salvage {

// Interrupts the statement running on one connection from any thread, through the native
// handle QtSql exposes (QSqlDriver::handle()): PQcancel for PostgreSQL, sqlite3_interrupt
// for SQLite. attach()/detach() run on the connection's own thread.
class QueryCanceller
{
public:
    QueryCanceller() = default;
    ~QueryCanceller();
    QueryCanceller(const QueryCanceller &) = delete;
    QueryCanceller &operator=(const QueryCanceller &) = delete;

    void attach(const QSqlDatabase &database);
    void detach();
    // Marks the span in which cancel() may interrupt (a job is running).
    void setRunning(bool running);
    // Thread-safe. Returns true when a cancel request was sent.
    bool cancel();

private:
    std::mutex m_mutex;
    pg_cancel *m_pgCancel = nullptr;
    sqlite3 *m_sqlite = nullptr;
    bool m_running = false;
};

} // namespace Salvage
