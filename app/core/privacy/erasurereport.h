#pragma once

#include "erasureservice.h"

#include <QByteArray>

namespace Salvage {

// The erasure report as JSON: ticket, subject hash, actor, time, per table the rows
// anonymized / purged / held and the columns affected, the verification queries and their
// results, suggested rules used, and what still holds old copies. Never a personal value.
// The PDF is rendered from this JSON by the front ends.
namespace ErasureReport {
QByteArray toJson(const ErasurePlan &plan, const ErasureResult &result);
}

} // namespace Salvage
