#include "querycanceller.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace Salvage {

QueryCanceller::~QueryCanceller()
{
    detach();
}

void QueryCanceller::attach(const QSqlDatabase &database)
{
    detach();
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    const char *type = handle.typeName();
    if (!type || !handle.data())
        return;
    std::lock_guard<std::mutex> lock(m_mutex);
    // QPSQL names the handle after libpq's struct tag ("pg_conn*") in Qt 6.4.
    if (qstrcmp(type, "PGconn*") == 0 || qstrcmp(type, "pg_conn*") == 0) {
        if (PGconn *conn = *static_cast<PGconn *const *>(handle.data()))
            m_pgCancel = PQgetCancel(conn);
    } else if (qstrcmp(type, "sqlite3*") == 0) {
        m_sqlite = *static_cast<sqlite3 *const *>(handle.data());
    }
}

void QueryCanceller::detach()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_pgCancel)
        PQfreeCancel(m_pgCancel);
    m_pgCancel = nullptr;
    m_sqlite = nullptr;
    m_running = false;
}

void QueryCanceller::setRunning(bool running)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_running = running;
}

bool QueryCanceller::cancel()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_running)
        return false;
    if (m_pgCancel) {
        char message[256];
        return PQcancel(m_pgCancel, message, int(sizeof message)) == 1;
    }
    if (m_sqlite) {
        sqlite3_interrupt(m_sqlite);
        return true;
    }
    return false;
}

} // namespace Salvage
