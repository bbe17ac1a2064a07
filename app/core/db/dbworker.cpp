#include "dbworker.h"

#include "querycanceller.h"

#include <QSemaphore>

namespace Salvage {

// Lives in the worker thread; owns the connection, opened there on first use (QtSql
// connections may only be used by the thread that created them).
class DbWorker::Context : public QObject
{
public:
    Context(DbWorker *owner, const ConnectionUrl &url, QueryCanceller *canceller)
        : m_owner(owner), m_url(url), m_canceller(canceller)
    {
    }
    ~Context() override { m_canceller->detach(); }

    void run(const std::function<void(Connection &)> &job)
    {
        // A connection closed after a loss (Connection::noteError) is opened again here.
        if (!m_connection.isOpen()) {
            DbError error;
            m_canceller->detach();
            m_connection = Connection::open(m_url, &error);
            if (m_connection.isOpen())
                m_canceller->attach(m_connection.database());
            else
                emit m_owner->connectionFailed(error);
        }
        m_canceller->setRunning(true);
        job(m_connection); // jobs report a closed connection themselves
        m_canceller->setRunning(false);
    }

private:
    DbWorker *m_owner;
    ConnectionUrl m_url;
    QueryCanceller *m_canceller;
    Connection m_connection;
};

DbWorker::DbWorker(const ConnectionUrl &url, QObject *parent)
    : QObject(parent), m_url(url)
{
    qRegisterMetaType<Salvage::DbError>();
    m_canceller = std::make_unique<QueryCanceller>();
    m_context = new Context(this, url, m_canceller.get());
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("salvage-db"));
    m_thread.start();
}

DbWorker::~DbWorker()
{
    cancelRunning(); // do not wait for a long statement nobody wants any more
    m_thread.quit();
    m_thread.wait();
}

void DbWorker::enqueue(std::function<void(Connection &)> job)
{
    Context *context = m_context;
    QMetaObject::invokeMethod(context, [context, job = std::move(job)]() { context->run(job); },
                              Qt::QueuedConnection);
}

void DbWorker::cancelRunning()
{
    m_canceller->cancel();
}

void DbWorker::drain()
{
    QSemaphore done;
    enqueue([&done](Connection &) { done.release(); });
    done.acquire();
}

} // namespace Salvage
