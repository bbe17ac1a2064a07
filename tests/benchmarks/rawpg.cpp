#include "rawpg.h"

#include <QElapsedTimer>
#include <QThread>

#include <libpq-fe.h>

#include <cstdlib>
#include <memory>

namespace Salvage::Bench {

namespace {

// Type OIDs from pg_type.h (catalog headers are not part of libpq-dev).
constexpr Oid int8Oid = 20;
constexpr Oid int2Oid = 21;
constexpr Oid int4Oid = 23;
constexpr Oid float4Oid = 700;
constexpr Oid float8Oid = 701;
constexpr Oid numericOid = 1700;

RawCell::Kind kindOf(Oid type)
{
    switch (type) {
    case int8Oid:
    case int2Oid:
    case int4Oid:
        return RawCell::Int;
    case float4Oid:
    case float8Oid:
    case numericOid:
        return RawCell::Real;
    default:
        return RawCell::Text;
    }
}

// Bound values as text parameters; the server infers their types from the statement.
struct Params
{
    explicit Params(const QVariantList &values)
    {
        for (const QVariant &v : values)
            storage.push_back(v.isNull() ? QByteArray() : v.toString().toUtf8());
        for (int i = 0; i < values.size(); ++i)
            pointers.push_back(values.at(i).isNull() ? nullptr : storage.at(i).constData());
    }
    int count() const { return int(pointers.size()); }
    const char *const *data() const { return pointers.data(); }

    std::vector<QByteArray> storage;
    std::vector<const char *> pointers;
};

void decodeCell(const PGresult *result, int row, int column, RawCell::Kind kind, RawCell &cell)
{
    if (PQgetisnull(result, row, column)) {
        cell.kind = RawCell::Null;
        return;
    }
    const char *text = PQgetvalue(result, row, column);
    cell.kind = kind;
    switch (kind) {
    case RawCell::Int:
        cell.i = std::strtoll(text, nullptr, 10);
        break;
    case RawCell::Real:
        cell.d = std::strtod(text, nullptr);
        break;
    default:
        cell.text.assign(text, size_t(PQgetlength(result, row, column)));
        break;
    }
}

std::vector<RawCell::Kind> columnKinds(const PGresult *result)
{
    std::vector<RawCell::Kind> kinds(size_t(PQnfields(result)));
    for (int c = 0; c < PQnfields(result); ++c)
        kinds[size_t(c)] = kindOf(PQftype(result, c));
    return kinds;
}

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

QString resultError(const PGresult *result)
{
    return QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
}

} // namespace

RawPg::~RawPg()
{
    if (m_conn)
        PQfinish(m_conn);
}

QString RawPg::lastError() const
{
    return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
}

bool RawPg::open(QString *error)
{
    const QByteArray host = m_url.host.toUtf8();
    const QByteArray port = QByteArray::number(m_url.port > 0 ? m_url.port : 5432);
    const QByteArray database = m_url.database.toUtf8();
    const QByteArray user = m_url.user.toUtf8();
    const QByteArray password = m_url.password.toUtf8();
    std::vector<const char *> keys{"host", "port", "dbname", "user", "application_name"};
    std::vector<const char *> values{host.constData(),
                                     port.constData(),
                                     database.constData(),
                                     user.constData(),
                                     "salvage-bench-raw"};
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(password.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 0);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        *error = lastError();
        return false;
    }
    return true;
}

Sample RawPg::fetchGrid(const QString &sql, const QVariantList &values)
{
    const QByteArray statement = toDollarPlaceholders(sql);
    const Params params(values);
    QElapsedTimer timer;
    timer.start();
    ResultPtr result(PQexecParams(m_conn,
                                  statement.constData(),
                                  params.count(),
                                  nullptr,
                                  params.data(),
                                  nullptr,
                                  nullptr,
                                  0),
                     &PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return Sample::failed(resultError(result.get()));
    const int rows = PQntuples(result.get());
    const std::vector<RawCell::Kind> kinds = columnKinds(result.get());
    std::vector<RawRow> grid(size_t(rows), RawRow(kinds.size()));
    for (int r = 0; r < rows; ++r) {
        for (size_t c = 0; c < kinds.size(); ++c)
            decodeCell(result.get(), r, int(c), kinds[c], grid[size_t(r)][c]);
    }
    Sample sample;
    sample.ms = timer.nsecsElapsed() / 1e6;
    sample.rows = rows;
    for (const RawRow &row : grid)
        sample.idSum += rowId(row);
    return sample;
}

Sample RawPg::stream(const QString &sql, const QVariantList &values)
{
    const QByteArray statement = toDollarPlaceholders(sql);
    const Params params(values);
    QElapsedTimer timer;
    timer.start();
    if (!PQsendQueryParams(m_conn,
                           statement.constData(),
                           params.count(),
                           nullptr,
                           params.data(),
                           nullptr,
                           nullptr,
                           0)) {
        return Sample::failed(lastError());
    }
    if (!PQsetSingleRowMode(m_conn))
        return Sample::failed(QStringLiteral("PQsetSingleRowMode failed"));
    Sample sample;
    RawRow row;
    std::vector<RawCell::Kind> kinds;
    while (PGresult *raw = PQgetResult(m_conn)) {
        ResultPtr result(raw, &PQclear);
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_SINGLE_TUPLE) {
            if (kinds.empty()) {
                kinds = columnKinds(raw);
                row.resize(kinds.size());
            }
            for (size_t c = 0; c < kinds.size(); ++c)
                decodeCell(raw, 0, int(c), kinds[c], row[c]);
            ++sample.rows;
            sample.idSum += rowId(row);
        } else if (status != PGRES_TUPLES_OK && sample.ok()) {
            sample.error = resultError(raw); // keep reading until libpq is idle again
        }
    }
    sample.ms = timer.nsecsElapsed() / 1e6;
    return sample;
}

Sample RawPg::exec(const QString &sql, const QVariantList &values)
{
    const QByteArray statement = toDollarPlaceholders(sql);
    const Params params(values);
    QElapsedTimer timer;
    timer.start();
    ResultPtr result(PQexecParams(m_conn,
                                  statement.constData(),
                                  params.count(),
                                  nullptr,
                                  params.data(),
                                  nullptr,
                                  nullptr,
                                  0),
                     &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return Sample::failed(resultError(result.get()));
    Sample sample;
    sample.ms = timer.nsecsElapsed() / 1e6;
    sample.rows = std::atoll(PQcmdTuples(result.get()));
    return sample;
}

Sample RawPg::cancelAfter(const QString &sql, const QVariantList &values, int delayMs)
{
    const QByteArray statement = toDollarPlaceholders(sql);
    const Params params(values);
    if (!PQsendQueryParams(m_conn,
                           statement.constData(),
                           params.count(),
                           nullptr,
                           params.data(),
                           nullptr,
                           nullptr,
                           0)) {
        return Sample::failed(lastError());
    }
    QThread::msleep(ulong(delayMs));
    PQconsumeInput(m_conn);
    const bool finishedEarly = !PQisBusy(m_conn);

    QElapsedTimer timer;
    timer.start();
    char message[256] = {};
    std::unique_ptr<PGcancel, decltype(&PQfreeCancel)> cancel(PQgetCancel(m_conn), &PQfreeCancel);
    const bool sent = cancel && PQcancel(cancel.get(), message, int(sizeof message));
    QString sqlState;
    QString serverError;
    while (PGresult *raw = PQgetResult(m_conn)) {
        if (PQresultStatus(raw) == PGRES_FATAL_ERROR) {
            sqlState = QString::fromLatin1(PQresultErrorField(raw, PG_DIAG_SQLSTATE));
            serverError = QString::fromUtf8(PQresultErrorMessage(raw)).trimmed();
        }
        PQclear(raw);
    }
    Sample sample;
    sample.ms = timer.nsecsElapsed() / 1e6;
    if (!sent)
        sample.error = QStringLiteral("PQcancel failed: %1").arg(QString::fromUtf8(message));
    else if (!serverError.isEmpty() && sqlState != QLatin1String("57014"))
        sample.error = QStringLiteral("the slow query failed: %1").arg(serverError);
    else if (finishedEarly || sqlState != QLatin1String("57014"))
        sample.error = QStringLiteral("the slow query was not cancelled (it finished first)");
    return sample;
}

} // namespace Salvage::Bench
