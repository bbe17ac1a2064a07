#pragma once

#include "connection.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace Salvage {

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
        enqueue([job = std::move(job), guard, done = std::move(done)](Connection &c) {
            R result = job(c);
            if (!guard)
                return;
            QMetaObject::invokeMethod(guard.data(), [guard, done, result]() {
                if (guard)
                    done(result);
            }, Qt::QueuedConnection);
        });
    }

    // Blocks until queued jobs have run. For tests and shutdown only, never the GUI thread.
    void drain();

signals:
    // Emitted (in the worker thread) when the worker's connection could not be opened.
    void connectionFailed(const Salvage::DbError &error);

private:
    void enqueue(std::function<void(Connection &)> job);

    class Context;
    ConnectionUrl m_url;
    QThread m_thread;
    Context *m_context = nullptr; // lives in m_thread
};

} // namespace Salvage
