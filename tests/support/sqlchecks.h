#pragma once

#include <QStringList>

namespace Salvage::Test {

// The first statement that skips more than RowQuery::MaxOffset rows with OFFSET, or an empty
// string: DESIGN.md allows no deep OFFSET anywhere.
QString deepOffset(const QStringList &statements);

} // namespace Salvage::Test
