#pragma once

#include "db/connectionurl.h"
#include "erasureservice.h"

#include <QByteArray>

namespace Salvage {

// The erasure report as JSON: ticket, subject hash, actor, time, per table the rows
// anonymized / purged / held and the columns affected, the verification queries and their
// results, suggested rules used, and what still holds old copies. Never a personal value.
// "verification": {"clean", "complete" (every column that can hold text or bytes was
// searched), "unsearched": [{"table","column","why"}], "remaining": [{"table","key","column"}],
// "remaining_at" (the same, as text), "columns", "statements", ...}; "redacted":
// [{"table","key","column"}] the mentions rewritten outside the plan (--redact-mentions).
// The PDF is rendered from this JSON by the front ends. `database` names where the erasure
// ran: "database": {"backend", "name" (PostgreSQL: the database; SQLite: the absolute file
// path), "host", "port"}, never the user or the password; left out for Backend::None.
namespace ErasureReport {
QByteArray toJson(const ErasurePlan &plan,
                  const ErasureResult &result,
                  const ConnectionUrl &database);
}

} // namespace Salvage
