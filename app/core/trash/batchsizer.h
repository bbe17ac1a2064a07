// How many rows the next batch of a bulk operation takes.
#pragma once

#include <QtGlobal>

namespace Salvage {

// Batches are time-sliced: progress and cancel are answered between batches, so a batch
// should take about TargetMs; larger batches only save per-batch overhead (one round trip,
// one plan), which is small once a batch takes that long. The sizer starts with one chunk,
// measures, and scales the next batch to the rate seen (at most 4× per step, so that one
// fast batch on a cold start does not produce a huge one). With a fixed size every batch
// takes exactly that many rows (tests rely on it).
class BatchSizer
{
public:
    static constexpr int DefaultChunkRows = 1000;
    static constexpr qint64 TargetMs = 200;
    static constexpr qint64 MaxRows = 250000;

    // fixedRows > 0: every batch takes that many rows; otherwise time-sliced.
    explicit BatchSizer(int fixedRows = 0);

    // Batches are whole multiples of this many rows (the last one may be shorter).
    int chunkRows() const { return m_chunkRows; }
    qint64 nextRows() const { return m_nextRows; }
    bool isFixed() const { return m_fixed; }

    // A batch of `rows` rows took `elapsedMs`.
    void record(qint64 rows, double elapsedMs);

private:
    bool m_fixed = false;
    int m_chunkRows = DefaultChunkRows;
    qint64 m_nextRows = DefaultChunkRows;
};

} // namespace Salvage
