#include "batchsizer.h"

#include <algorithm>
#include <cmath>

namespace Salvage {

BatchSizer::BatchSizer(int fixedRows)
    : m_fixed(fixedRows > 0)
    , m_chunkRows(fixedRows > 0 ? fixedRows : DefaultChunkRows)
    , m_nextRows(m_chunkRows)
{}

void BatchSizer::record(qint64 rows, double elapsedMs)
{
    if (m_fixed || rows <= 0)
        return;
    // Below a millisecond the clock says little about the rate: just grow.
    const double ms = std::max(elapsedMs, 1.0);
    const double wanted = double(rows) * double(TargetMs) / ms;
    const double grown = std::min(wanted, 4.0 * double(rows));
    const qint64 chunks = std::max<qint64>(1, qint64(std::llround(grown / m_chunkRows)));
    m_nextRows = std::min(chunks * m_chunkRows, std::max<qint64>(MaxRows, m_chunkRows));
}

} // namespace Salvage
