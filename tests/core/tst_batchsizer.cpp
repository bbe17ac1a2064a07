// BatchSizer: how many rows the next batch of a bulk operation takes. Deterministic: the
// elapsed times are given, not measured.

#include "trash/batchsizer.h"

#include <QtTest>

using namespace Salvage;

class TestBatchSizer : public QObject
{
    Q_OBJECT

private slots:
    void fixedSizeNeverChanges();
    void startsWithOneChunk();
    void growsTowardsTheTargetTime_data();
    void growsTowardsTheTargetTime();
    void shrinksWhenABatchTookTooLong();
    void staysWithinBounds();
};

void TestBatchSizer::fixedSizeNeverChanges()
{
    BatchSizer sizer(7);
    QVERIFY(sizer.isFixed());
    QCOMPARE(sizer.chunkRows(), 7);
    QCOMPARE(sizer.nextRows(), qint64(7));
    sizer.record(7, 0.01);
    sizer.record(7, 100000.0);
    QCOMPARE(sizer.nextRows(), qint64(7));
}

void TestBatchSizer::startsWithOneChunk()
{
    const BatchSizer sizer;
    QVERIFY(!sizer.isFixed());
    QCOMPARE(sizer.chunkRows(), BatchSizer::DefaultChunkRows);
    QCOMPARE(sizer.nextRows(), qint64(BatchSizer::DefaultChunkRows));
}

void TestBatchSizer::growsTowardsTheTargetTime_data()
{
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<double>("ms");
    QTest::addColumn<qint64>("next");

    const qint64 target = BatchSizer::TargetMs;
    // 1000 rows in half the target time: twice as many next time.
    QTest::newRow("half the target") << qint64(1000) << target / 2.0 << qint64(2000);
    // Exactly on target: the same size again.
    QTest::newRow("on target") << qint64(8000) << double(target) << qint64(8000);
    // Much faster than the target: at most four times as many (a cold start can be noisy).
    QTest::newRow("at most 4x") << qint64(1000) << 1.0 << qint64(4000);
    // Sub-millisecond clocks are taken as one millisecond.
    QTest::newRow("below a millisecond") << qint64(1000) << 0.001 << qint64(4000);
    // Rounded to whole chunks.
    QTest::newRow("whole chunks") << qint64(3000) << target / 1.4 << qint64(4000);
}

void TestBatchSizer::growsTowardsTheTargetTime()
{
    QFETCH(qint64, rows);
    QFETCH(double, ms);
    QFETCH(qint64, next);
    BatchSizer sizer;
    sizer.record(rows, ms);
    QCOMPARE(sizer.nextRows(), next);
}

void TestBatchSizer::shrinksWhenABatchTookTooLong()
{
    BatchSizer sizer;
    sizer.record(40000, BatchSizer::TargetMs * 4.0);
    QCOMPARE(sizer.nextRows(), qint64(10000));
}

void TestBatchSizer::staysWithinBounds()
{
    BatchSizer sizer;
    // Never below one chunk, however slow.
    sizer.record(1000, 1e9);
    QCOMPARE(sizer.nextRows(), qint64(BatchSizer::DefaultChunkRows));
    // Never above MaxRows, however fast.
    for (int i = 0; i < 20; ++i)
        sizer.record(sizer.nextRows(), 1.0);
    QCOMPARE(sizer.nextRows(), BatchSizer::MaxRows);
    // An empty batch says nothing about the rate.
    sizer.record(0, 1e9);
    QCOMPARE(sizer.nextRows(), BatchSizer::MaxRows);
}

QTEST_MAIN(TestBatchSizer)
#include "tst_batchsizer.moc"
