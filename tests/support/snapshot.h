#pragma once

#include "testdatabase.h"

#include <QMap>
#include <QPair>
#include <QtTest>

namespace Salvage::Test {

// (table, ORDER BY columns) of the tables a test compares before and after.
using SnapshotTables = QList<QPair<QString, QString>>;

bool auditTableExists(const TestDatabase &db);
// Every row of `tables` and of salvage_audit as text: "byte-identical" means equal snapshots.
QMap<QString, QString> snapshot(const TestDatabase &db, const SnapshotTables &tables);
// The tables whose text differs, with both versions, for a failure message.
QString describeDiff(const QMap<QString, QString> &before, const QMap<QString, QString> &after);

} // namespace Salvage::Test

#define COMPARE_SNAPSHOTS(before, after) \
    QVERIFY2((before) == (after), \
             qPrintable(Salvage::Test::describeDiff((before), (after))))
