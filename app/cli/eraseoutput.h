#pragma once

#include "privacy/erasureservice.h"

#include <QJsonObject>

namespace Salvage::Cli {

// What `erase` shows: the plan before anything changes, the outcome after. Never a personal
// value: rows are named by their keys, changes by column and rule.
QString planText(const ErasurePlan &plan, const QList<TableInfo> &tables, const QList<Hold> &holds);
QJsonObject planJson(const ErasurePlan &plan, const QList<TableInfo> &tables, bool dryRun);
QString resultText(const ErasurePlan &plan, const ErasureResult &result);
// Where the verification still found a value ("users.email"), for a failed erasure.
QStringList remainingText(const ErasureResult &result);

} // namespace Salvage::Cli
