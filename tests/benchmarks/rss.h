#pragma once

#include <QtGlobal>

namespace Salvage::Bench {

// Resident set size of this process from /proc/self/status, in KiB; -1 when unavailable.
qint64 peakRssKb();    // VmHWM: the high-water mark since the process started
qint64 currentRssKb(); // VmRSS

} // namespace Salvage::Bench
