#include "roundtrip.h"

#include "db/dbworker.h"

#include <QTest>

#include <memory>

namespace Salvage::Test {

bool roundTripWorkers(QObject &owner, int timeoutMs)
{
    const QList<DbWorker *> workers = owner.findChildren<DbWorker *>(Qt::FindDirectChildrenOnly);
    if (workers.isEmpty())
        return false;
    // Shared: a marker may still come back after a timeout, when this frame is gone.
    auto pending = std::make_shared<int>(int(workers.size()));
    for (DbWorker *worker : workers) {
        worker->post<bool>([](Connection &) { return true; },
                           &owner,
                           [pending](bool) { --*pending; });
    }
    return QTest::qWaitFor([&pending]() { return *pending == 0; }, timeoutMs);
}

} // namespace Salvage::Test
