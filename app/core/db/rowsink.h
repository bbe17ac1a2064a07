#pragma once

#include <QVariantList>

#include <functional>

namespace Salvage {

// Receives one row of a result; returns false to stop reading (the rest is skipped).
using RowSink = std::function<bool(QVariantList &&row)>;

} // namespace Salvage
