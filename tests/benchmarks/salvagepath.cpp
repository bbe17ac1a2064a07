#include "salvagepath.h"

#include "rss.h"

#include "db/rowreader.h"
#include "schema/schemainspector.h"
#include "trash/bulkoperation.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <optional>
#include <utility>

namespace Salvage::Bench {

namespace {

constexpr int loadTimeoutMs = 300000;

QString errorText(const DbError &error)
{
    return error.driverText.isEmpty()
               ? error.message
               : error.message + QLatin1String(" (") + error.driverText + QLatin1Char(')');
}

QualifiedName itemsTable(Backend backend)
{
    return {backend == Backend::PostgreSQL ? QStringLiteral("public") : QString(),
            QStringLiteral("items")};
}

} // namespace

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    // Results arrive as queued calls, which wake the loop; the heartbeat only bounds the
    // wait for the deadline.
    QTimer heartbeat;
    heartbeat.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

SalvagePath::SalvagePath(const ConnectionUrl &url)
    : m_url(url)
{}

SalvagePath::~SalvagePath() = default;

bool SalvagePath::open(QString *error)
{
    DbError failure;
    m_connection = Connection::open(m_url, &failure);
    if (!m_connection.isOpen()) {
        *error = errorText(failure);
        return false;
    }
    SchemaInspector inspector(m_connection);
    m_table = inspector.table(itemsTable(m_url.backend), &failure);
    if (!m_table.name.isValid()) {
        *error = errorText(failure);
        return false;
    }
    if (m_table.convention.marker != QLatin1String("deleted_at")
        || m_table.convention.actor != QLatin1String("deleted_by")) {
        *error = QStringLiteral("items: soft-delete convention not detected (%1)")
                     .arg(m_table.convention.whyNone);
        return false;
    }
    m_model = std::make_unique<RecordModel>(m_url);
    QObject::connect(m_model.get(), &RecordModel::loadFailed, [this](const QString &message) {
        m_loadError = message;
    });
    m_model->setTableInfo(m_table);
    if (!waitForFirstRows(RecordModel::DefaultPageSize, error))
        return false;
    settle();
    return true;
}

bool SalvagePath::firstRowsReady(int rows) const
{
    if (!m_loadError.isEmpty())
        return true;
    // The count and key directory may still be loading in the background: only the first
    // rows matter here.
    const int last = std::min(rows, m_model->rowCount()) - 1;
    return last < 0 ? m_model->isComplete() : m_model->isRowLoaded(last);
}

void SalvagePath::settle()
{
    // Background work of a Salvage run (the windowed model's count and key directory) must
    // not run into the next raw run: wait for it, untimed.
    spinUntil([&]() { return !m_loadError.isEmpty() || !m_model->isLoading(); }, loadTimeoutMs);
    m_loadError.clear();
}

bool SalvagePath::waitForFirstRows(int rows, QString *error)
{
    if (!spinUntil([&]() { return firstRowsReady(rows); }, loadTimeoutMs)) {
        *error = QStringLiteral("timed out waiting for the model");
        return false;
    }
    if (!m_loadError.isEmpty()) {
        *error = m_loadError;
        m_loadError.clear();
        return false;
    }
    return true;
}

Sample SalvagePath::modelSample(const QElapsedTimer &timer, int rows) const
{
    Sample sample;
    sample.ms = timer.nsecsElapsed() / 1e6;
    sample.rows = std::min(rows, m_model->rowCount());
    for (int row = 0; row < sample.rows; ++row)
        sample.idSum += m_model->value(row, 0).toLongLong();
    return sample;
}

Sample SalvagePath::openFirstPage(int rows)
{
    // A click in the table list: the GUI read the catalog once when it connected (open()
    // did the same here), so opening a table is the model's work alone.
    QElapsedTimer timer;
    timer.start();
    m_model->setTableInfo(m_table);
    QString error;
    if (!waitForFirstRows(rows, &error))
        return Sample::failed(error);
    Sample sample = modelSample(timer, rows);
    settle();
    return sample;
}

Sample SalvagePath::filterFirstPage(const QString &text, int rows)
{
    QString error;
    m_model->setSearch(QString()); // untimed: back to the unfiltered first page
    if (!waitForFirstRows(rows, &error))
        return Sample::failed(error);
    settle();
    QElapsedTimer timer;
    timer.start();
    m_model->setSearch(text);
    if (!waitForFirstRows(rows, &error))
        return Sample::failed(error);
    Sample sample = modelSample(timer, rows);
    settle();
    m_model->setSearch(QString());
    waitForFirstRows(rows, &error);
    settle();
    return sample;
}

Sample SalvagePath::sortFirstPage(const QString &column, int rows)
{
    QString error;
    m_model->sort(-1); // untimed: back to key order
    if (!waitForFirstRows(rows, &error))
        return Sample::failed(error);
    settle();
    QElapsedTimer timer;
    timer.start();
    m_model->sort(m_table.columnIndex(column), Qt::AscendingOrder);
    if (!waitForFirstRows(rows, &error))
        return Sample::failed(error);
    Sample sample = modelSample(timer, rows);
    settle();
    m_model->sort(-1);
    waitForFirstRows(rows, &error);
    settle();
    return sample;
}

Sample SalvagePath::jump(bool toEnd)
{
    // Untimed: the table freshly opened, its first rows shown, nothing else cached.
    QString error;
    m_model->setTableInfo(m_table);
    if (!waitForFirstRows(RecordModel::DefaultPageSize, &error))
        return Sample::failed(error);
    // The scrollbar dragged to the middle / the end of what the model says now (perhaps
    // still an estimate). Like a view, keep asking for the row shown there until it is in;
    // at the end, the view follows the count when it becomes exact.
    int target = toEnd ? m_model->rowCount() - 1 : m_model->rowCount() / 2;
    if (target < 0)
        return Sample::failed(QStringLiteral("the model is empty"));
    QElapsedTimer timer;
    timer.start();
    const bool loaded = spinUntil(
        [&]() {
            if (!m_loadError.isEmpty())
                return true;
            const int rows = m_model->rowCount();
            if (toEnd || target >= rows)
                target = rows - 1;
            if (target < 0)
                return m_model->isComplete();
            if (m_model->isRowLoaded(target))
                return true;
            m_model->prefetch(target);
            return false;
        },
        loadTimeoutMs);
    Sample sample;
    sample.ms = timer.nsecsElapsed() / 1e6;
    if (!loaded)
        return Sample::failed(QStringLiteral("timed out waiting for row %1").arg(target));
    if (!m_loadError.isEmpty())
        return Sample::failed(std::exchange(m_loadError, QString()));
    sample.rows = 1;
    sample.idSum = m_model->value(target, 0).toLongLong();
    settle();
    return sample;
}

Sample SalvagePath::scrollAll()
{
    const qint64 peakBefore = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    Sample sample;
    m_model->setTableInfo(m_table);
    // A view scrolled down block by block: ask for the next row until it is in; the end is
    // where the (then exact) count says.
    int row = 0;
    while (m_loadError.isEmpty()) {
        if (row >= m_model->rowCount() && m_model->isComplete())
            break;
        const bool ready = spinUntil(
            [&]() {
                if (!m_loadError.isEmpty() || m_model->isRowLoaded(row))
                    return true;
                if (row >= m_model->rowCount())
                    return m_model->isComplete();
                m_model->prefetch(row);
                return false;
            },
            loadTimeoutMs);
        if (!ready)
            return Sample::failed(QStringLiteral("timed out waiting for row %1").arg(row));
        for (; m_model->isRowLoaded(row); ++row)
            sample.idSum += m_model->value(row, 0).toLongLong();
    }
    sample.rows = row;
    sample.ms = timer.nsecsElapsed() / 1e6;
    if (!m_loadError.isEmpty())
        return Sample::failed(m_loadError);
    sample.rssGrowthMb = (peakRssKb() - peakBefore) / 1024.0;
    return sample;
}

Sample SalvagePath::cancelSlowQuery(const QString &sql, const QVariantList &values, int delayMs)
{
    struct Outcome
    {
        bool cancelled = false;
        QString error;
    };
    if (!m_worker) {
        m_worker = std::make_unique<DbWorker>(m_url);
        m_worker->drain(); // opens the worker's connection: not part of the measurement
    }
    std::optional<Outcome> outcome;
    QObject context;
    m_worker->post<Outcome>(
        [sql, values](Connection &connection) {
            Outcome result;
            QSqlQuery query(connection.database());
            query.setForwardOnly(true);
            bool ok = query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = ok && query.exec();
            while (ok && query.next()) {
            }
            if (query.lastError().isValid()) {
                const DbError error = DbError::fromSql(query.lastError(), connection.backend());
                result.cancelled = error.kind == DbError::Cancelled;
                result.error = errorText(error);
            }
            return result;
        },
        &context,
        [&outcome](const Outcome &result) { outcome = result; });
    // The GUI keeps processing events while the old query runs.
    spinUntil([&]() { return outcome.has_value(); }, delayMs);
    if (outcome)
        return Sample::failed(QStringLiteral("the slow query was not cancelled (it finished "
                                             "first)"));
    QElapsedTimer timer;
    timer.start();
    m_worker->cancelRunning();
    const bool returned = spinUntil([&]() { return outcome.has_value(); }, loadTimeoutMs);
    Sample sample;
    sample.ms = timer.nsecsElapsed() / 1e6;
    if (!returned)
        return Sample::failed(QStringLiteral("the cancelled job did not return"));
    // Not cancelled: what was measured is how long the superseded query went on anyway.
    if (!outcome->cancelled) {
        sample.note = outcome->error.isEmpty()
                          ? QStringLiteral("Salvage's query was not cancelled, it ran to its end")
                          : QStringLiteral("Salvage's query failed instead of being cancelled: %1")
                                .arg(outcome->error);
    }
    return sample;
}

Sample SalvagePath::bulk(Operation operation, const RowFilter &filter)
{
    BulkOperation bulk(m_connection);
    OperationRequest request;
    request.operation = operation;
    request.actor = QStringLiteral("salvage-bench");
    request.reason = QStringLiteral("benchmark");
    request.createAuditTable = true;
    QElapsedTimer timer;
    timer.start();
    const OperationResult result = bulk.run(m_table, request, filter);
    Sample sample;
    sample.ms = timer.nsecsElapsed() / 1e6;
    sample.rows = result.rows;
    if (!result.ok)
        sample.error = errorText(result.error);
    return sample;
}

Sample SalvagePath::decode(const QString &sql, int width)
{
    QElapsedTimer timer;
    timer.start();
    Sample sample;
    DbError failure;
    const bool ok = readRows(
        m_connection, sql, {}, width,
        [&sample](QVariantList &&row) {
            ++sample.rows;
            sample.idSum += row.at(0).toLongLong();
            return true;
        },
        &failure);
    if (!ok)
        return Sample::failed(errorText(failure));
    sample.ms = timer.nsecsElapsed() / 1e6;
    return sample;
}

} // namespace Salvage::Bench
