#pragma once

class QObject;

namespace Salvage::Test {

// Proves that `owner`'s background database work has come back: a marker job goes through
// every DbWorker that `owner` owns (its direct children) and returns to this thread behind
// every result those workers queued before it. Anything those results set off has been
// started by then, so a test can check that nothing more happened without sleeping.
// False if `owner` has no worker or a marker did not return within `timeoutMs`.
bool roundTripWorkers(QObject &owner, int timeoutMs);

} // namespace Salvage::Test
