#include "rawsqlite.h"

#include <QElapsedTimer>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <thread>

namespace Salvage::Bench {

namespace {

void decodeRow(sqlite3_stmt *statement, RawRow &row)
{
    const int columns = sqlite3_column_count(statement);
    row.resize(size_t(columns));
    for (int c = 0; c < columns; ++c) {
        RawCell &cell = row[size_t(c)];
        switch (sqlite3_column_type(statement, c)) {
        case SQLITE_NULL:
            cell.kind = RawCell::Null;
            break;
        case SQLITE_INTEGER:
            cell.kind = RawCell::Int;
            cell.i = sqlite3_column_int64(statement, c);
            break;
        case SQLITE_FLOAT:
            cell.kind = RawCell::Real;
            cell.d = sqlite3_column_double(statement, c);
            break;
        default: {
            cell.kind = RawCell::Text;
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, c));
            cell.text.assign(text ? text : "", size_t(sqlite3_column_bytes(statement, c)));
            break;
        }
        }
    }
}

struct Finalizer
{
    sqlite3_stmt *statement;
    ~Finalizer() { sqlite3_finalize(statement); }
};

} // namespace

RawSqlite::~RawSqlite()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

QString RawSqlite::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool RawSqlite::open(QString *error)
{
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        *error = lastError();
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    // As Salvage's connections do: a real application enforces its foreign keys.
    sqlite3_exec(m_db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    return true;
}

sqlite3_stmt *RawSqlite::prepare(const QString &sql, const QVariantList &values, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement, nullptr)
        != SQLITE_OK) {
        *error = lastError();
        return nullptr;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
                rc = sqlite3_bind_int64(statement, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(statement, i + 1, v.toDouble());
                break;
            default: {
                const QByteArray utf8 = v.toString().toUtf8();
                rc = sqlite3_bind_text(statement,
                                       i + 1,
                                       utf8.constData(),
                                       int(utf8.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            *error = lastError();
            sqlite3_finalize(statement);
            return nullptr;
        }
    }
    return statement;
}

Sample RawSqlite::fetchGrid(const QString &sql, const QVariantList &values)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    sqlite3_stmt *statement = prepare(sql, values, &error);
    if (!statement)
        return Sample::failed(error);
    Finalizer finalizer{statement};
    std::vector<RawRow> grid;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        grid.emplace_back();
        decodeRow(statement, grid.back());
    }
    if (rc != SQLITE_DONE)
        return Sample::failed(lastError());
    Sample sample;
    sample.ms = timer.nsecsElapsed() / 1e6;
    sample.rows = qint64(grid.size());
    for (const RawRow &row : grid)
        sample.idSum += rowId(row);
    return sample;
}

Sample RawSqlite::stream(const QString &sql, const QVariantList &values)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    sqlite3_stmt *statement = prepare(sql, values, &error);
    if (!statement)
        return Sample::failed(error);
    Finalizer finalizer{statement};
    Sample sample;
    RawRow row;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        decodeRow(statement, row);
        ++sample.rows;
        sample.idSum += rowId(row);
    }
    if (rc != SQLITE_DONE)
        return Sample::failed(lastError());
    sample.ms = timer.nsecsElapsed() / 1e6;
    return sample;
}

Sample RawSqlite::exec(const QString &sql, const QVariantList &values)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    sqlite3_stmt *statement = prepare(sql, values, &error);
    if (!statement)
        return Sample::failed(error);
    Finalizer finalizer{statement};
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE)
        return Sample::failed(lastError());
    Sample sample;
    sample.ms = timer.nsecsElapsed() / 1e6;
    sample.rows = sqlite3_changes(m_db);
    return sample;
}

Sample RawSqlite::cancelAfter(const QString &sql, const QVariantList &values, int delayMs)
{
    QString error;
    sqlite3_stmt *statement = prepare(sql, values, &error);
    if (!statement)
        return Sample::failed(error);
    Finalizer finalizer{statement};
    std::atomic<qint64> returnedNs{-1};
    std::atomic_int result{SQLITE_OK};
    QElapsedTimer clock;
    clock.start();
    std::thread runner([&]() {
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        }
        result = rc;
        returnedNs = clock.nsecsElapsed();
    });
    QThread::msleep(ulong(delayMs));
    const qint64 cancelNs = clock.nsecsElapsed();
    const bool finishedEarly = returnedNs.load() >= 0;
    sqlite3_interrupt(m_db);
    runner.join();
    Sample sample;
    sample.ms = (returnedNs.load() - cancelNs) / 1e6;
    if (finishedEarly || result.load() != SQLITE_INTERRUPT)
        sample.error = QStringLiteral("the slow query was not cancelled (it finished first)");
    return sample;
}

} // namespace Salvage::Bench
