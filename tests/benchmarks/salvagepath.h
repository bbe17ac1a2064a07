#pragma once

#include "sample.h"

#include "db/connection.h"
#include "db/dbworker.h"
#include "models/recordmodel.h"
#include "schema/tableinfo.h"
#include "trash/trashservice.h"

#include <QElapsedTimer>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

namespace Salvage {
struct RowFilter;
}

namespace Salvage::Bench {

// Salvage's own side of each case: the core's classes as the GUI and the CLI use them
// (SchemaInspector, RecordModel on its worker thread, DbWorker, BulkOperation, readRows()
// on a Connection). Runs on the main thread with an event loop, as the GUI does.
class SalvagePath
{
public:
    explicit SalvagePath(const ConnectionUrl &url);
    ~SalvagePath();

    // Opens a Connection, reads `items` with SchemaInspector, creates the RecordModel
    // (as MainWindow does once per database) and loads its first page once.
    bool open(QString *error);
    const TableInfo &table() const { return m_table; }
    Connection &connection() { return m_connection; }

    // SchemaInspector::table() + RecordModel::setTableInfo() until `rows` rows are in.
    Sample openFirstPage(int rows);
    // From the first page: RecordModel::setSearch(text) / sort(column) until the first
    // page of the new result is in.
    Sample filterFirstPage(const QString &text, int rows);
    Sample sortFirstPage(const QString &column, int rows);
    // From a freshly loaded model: make row count/2 (middle) or the last row (end) present.
    Sample jump(bool toEnd);
    // Every active row through the model, page after page; Sample::rssGrowthMb is the
    // growth of this process's peak RSS while doing it.
    Sample scrollAll();
    // Posts `sql` to a DbWorker, calls DbWorker::cancelRunning() after `delayMs`; Sample::ms
    // is the time from that call until the job's result is back on this thread.
    Sample cancelSlowQuery(const QString &sql, const QVariantList &values, int delayMs);
    // BulkOperation::run() on the trashed rows matching `filter`.
    Sample bulk(Operation operation, const RowFilter &filter);
    // readRows() as RecordModel's page job reads: one QVariantList per row, decoded by the
    // core (libpq single-row mode on PostgreSQL). `width`: the number of columns `sql` selects.
    Sample decode(const QString &sql, int width);


private:
    bool waitForFirstRows(int rows, QString *error);
    bool firstRowsReady(int rows) const;
    void settle();
    Sample modelSample(const QElapsedTimer &timer, int rows) const;

    ConnectionUrl m_url;
    Connection m_connection;
    TableInfo m_table;
    std::unique_ptr<RecordModel> m_model;
    std::unique_ptr<DbWorker> m_worker; // for the cancel case, opened on first use
    QString m_loadError;
};

// Processes events until `done()` or the timeout; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace Salvage::Bench
