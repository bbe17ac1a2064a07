#pragma once

#include "connection.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace Salvage {

class QueryCanceller;

// A thread with its own database connection. Jobs run there in order; their results come
// back to the caller's thread through a queued call, so the GUI thread never waits on the
// database. Results for a context object that has been destroyed are dropped.
class DbWorker : public QObject
{
    Q_OBJECT
public:
    explicit DbWorker(const ConnectionUrl &url, QObject *parent = nullptr);
    ~DbWorker() override;

    const ConnectionUrl &url() const { return m_url; }

    template<typename R>
    void post(std::function<R(Connection &)> job, QObject *context,
              std::function<void(R)> done)
    {
        QPointer<QObject> guard(context);
        // The result travels to this DbWorker (it lives in the caller's thread and outlives
        // the worker thread); `guard` is only read there, never across threads.
        enqueue([this, job = std::move(job), guard, done = std::move(done)](Connection &c) {
            R result = job(c);
            QMetaObject::invokeMethod(this, [guard, done, result]() {
                if (guard)
                    done(result);
            }, Qt::QueuedConnection);
        });
    }

    // Interrupts the statement running on the worker's connection right now, if any
    // (PQcancel / sqlite3_interrupt); its job sees an error with DbError::Cancelled.
    // Thread-safe; queued jobs are not affected.
    void cancelRunning();

    // Blocks until queued jobs have run. For tests and shutdown only, never the GUI thread.
    void drain();

signals:
    // Emitted (in the worker thread) when the worker's connection could not be opened.
    void connectionFailed(const Salvage::DbError &error);

private:
    void enqueue(std::function<void(Connection &)> job);

    class Context;
    ConnectionUrl m_url;
    std::unique_ptr<QueryCanceller> m_canceller; // outlives the thread
    QThread m_thread;
    Context *m_context = nullptr; // lives in m_thread
};

} // namespace Salvage
