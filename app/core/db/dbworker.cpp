#include "dbworker.h"

#include <QSemaphore>

namespace Salvage {

// Lives in the worker thread; owns the connection, opened there on first use (QtSql
// connections may only be used by the thread that created them).
class DbWorker::Context : public QObject
{
public:
    Context(DbWorker *owner, const ConnectionUrl &url) : m_owner(owner), m_url(url) {}
    ~Context() override = default;

    void run(const std::function<void(Connection &)> &job)
    {
        // A connection closed after a loss (Connection::noteError) is opened again here.
        if (!m_connection.isOpen()) {
            DbError error;
            m_connection = Connection::open(m_url, &error);
            if (!m_connection.isOpen())
                emit m_owner->connectionFailed(error);
        }
        job(m_connection); // jobs report a closed connection themselves
    }

private:
    DbWorker *m_owner;
    ConnectionUrl m_url;
    Connection m_connection;
};

DbWorker::DbWorker(const ConnectionUrl &url, QObject *parent)
    : QObject(parent), m_url(url)
{
    qRegisterMetaType<Salvage::DbError>();
    m_context = new Context(this, url);
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("salvage-db"));
    m_thread.start();
}

DbWorker::~DbWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void DbWorker::enqueue(std::function<void(Connection &)> job)
{
    Context *context = m_context;
    QMetaObject::invokeMethod(context, [context, job = std::move(job)]() { context->run(job); },
                              Qt::QueuedConnection);
}

void DbWorker::drain()
{
    QSemaphore done;
    enqueue([&done](Connection &) { done.release(); });
    done.acquire();
}

} // namespace Salvage
