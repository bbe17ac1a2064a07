#include "pgrowreader.h"

#include "pgnative.h"
#include "pgplaceholders.h"

#include <QDateTime>

#include <libpq-fe.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace Salvage::Pg {

namespace {

// Type OIDs from PostgreSQL's pg_type.h (the catalog headers are not part of libpq-dev).
constexpr Oid boolOid = 16;
constexpr Oid byteaOid = 17;
constexpr Oid int8Oid = 20;
constexpr Oid int2Oid = 21;
constexpr Oid int4Oid = 23;
constexpr Oid oidOid = 26;
constexpr Oid float4Oid = 700;
constexpr Oid float8Oid = 701;

// How a column's text is turned into a QVariant, chosen once per result from its type.
enum class CellKind : unsigned char { Text, Int, BigInt, UInt, Real, Bool, Bytes };

CellKind cellKind(Oid type)
{
    switch (type) {
    case int2Oid:
    case int4Oid:
        return CellKind::Int;
    case int8Oid:
        return CellKind::BigInt;
    case oidOid:
        return CellKind::UInt;
    case float4Oid:
    case float8Oid:
        return CellKind::Real;
    case boolOid:
        return CellKind::Bool;
    case byteaOid:
        return CellKind::Bytes;
    default:
        // numeric stays exact text (HighPrecision); timestamps keep PostgreSQL's own text
        // (microseconds, offset) rather than a QDateTime parsed per cell.
        return CellKind::Text;
    }
}

template<typename T>
bool parseInteger(const char *text, int length, T *value)
{
    const auto [end, status] = std::from_chars(text, text + length, *value);
    return status == std::errc() && end == text + length;
}

double parseReal(const char *text, int length)
{
    // PostgreSQL prints NaN, Infinity and -Infinity; from_chars is locale-independent
    // (strtod follows LC_NUMERIC, which QCoreApplication sets from the environment).
    if (text[0] == 'N')
        return std::numeric_limits<double>::quiet_NaN();
    if (text[0] == 'I' || (text[0] == '-' && text[1] == 'I'))
        return text[0] == '-' ? -std::numeric_limits<double>::infinity()
                              : std::numeric_limits<double>::infinity();
    double value = 0;
    std::from_chars(text, text + length, value);
    return value;
}

// QString::fromUtf8() drops a leading byte order mark (U+FEFF) as if it began a file; in a
// value (or a name: a CSV import's "\uFEFFid") it is a character and is kept.
QString decodeText(const char *text, int length)
{
    static constexpr char bom[] = "\xEF\xBB\xBF";
    if (length >= 3 && std::memcmp(text, bom, 3) == 0)
        return QChar(0xFEFF) + QString::fromUtf8(text + 3, length - 3);
    return QString::fromUtf8(text, length);
}

QVariant decodeCell(const PGresult *result, int row, int column, CellKind kind)
{
    if (PQgetisnull(result, row, column))
        return QVariant();
    const char *text = PQgetvalue(result, row, column);
    const int length = PQgetlength(result, row, column);
    switch (kind) {
    case CellKind::Int:
        if (int value = 0; parseInteger(text, length, &value))
            return value;
        break;
    case CellKind::BigInt:
        if (qlonglong value = 0; parseInteger(text, length, &value))
            return value;
        break;
    case CellKind::UInt:
        if (uint value = 0; parseInteger(text, length, &value))
            return value;
        break;
    case CellKind::Real:
        return parseReal(text, length);
    case CellKind::Bool:
        return text[0] == 't';
    case CellKind::Bytes: {
        // Either bytea_output (QPSQL sets "escape"; the server default is "hex").
        size_t size = 0;
        const auto *escaped = reinterpret_cast<const unsigned char *>(text);
        unsigned char *bytes = PQunescapeBytea(escaped, &size);
        if (!bytes)
            break;
        QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return data;
    }
    case CellKind::Text:
        break;
    }
    return decodeText(text, length);
}

// Bound values as text parameters; PostgreSQL infers their types from the statement.
class Parameters
{
public:
    explicit Parameters(const QVariantList &values)
    {
        m_storage.reserve(size_t(values.size()));
        for (const QVariant &value : values)
            m_storage.push_back(parameterText(value));
        for (const std::optional<QByteArray> &text : m_storage)
            m_pointers.push_back(text ? text->constData() : nullptr);
    }
    int count() const { return int(m_pointers.size()); }
    const char *const *values() const { return m_pointers.data(); }

private:
    std::vector<std::optional<QByteArray>> m_storage;
    std::vector<const char *> m_pointers;
};

// Asks the server to stop the statement running on `conn` (its rows are not wanted).
void cancelStatement(PGconn *conn)
{
    if (PGcancel *cancel = PQgetCancel(conn)) {
        char message[256];
        PQcancel(cancel, message, int(sizeof message));
        PQfreeCancel(cancel);
    }
}

} // namespace

std::optional<QByteArray> parameterText(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    switch (value.metaType().id()) {
    case QMetaType::QString: {
        const QString text = value.toString();
        if (text.isNull())
            return std::nullopt;
        return text.toUtf8();
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isNull())
            return std::nullopt;
        return QByteArrayLiteral("\\x") + bytes.toHex();
    }
    case QMetaType::Bool:
        return QByteArray(value.toBool() ? "t" : "f");
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::SChar:
    case QMetaType::Char:
        return QByteArray::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UChar:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (std::isnan(number))
            return QByteArray("NaN");
        if (std::isinf(number))
            return QByteArray(number < 0 ? "-Infinity" : "Infinity");
        // The shortest text that reads back as the same double: full precision, and a
        // numeric column gets 0.1, not 0.1000000000000000055511151231257827.
        return QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::QDateTime: {
        const QDateTime when = value.toDateTime();
        if (!when.isValid())
            return std::nullopt;
        // The instant in UTC: right for timestamptz, and a "without time zone" column holds
        // UTC by this project's convention (PostgreSQL ignores the Z there).
        return when.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    }
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return std::nullopt;
        return date.toString(Qt::ISODate).toLatin1();
    }
    case QMetaType::QTime: {
        const QTime time = value.toTime();
        if (!time.isValid())
            return std::nullopt;
        return time.toString(Qt::ISODateWithMs).toLatin1();
    }
    default:
        return value.toString().toUtf8();
    }
}

bool readRows(PGconn *conn,
              const QString &sql,
              const QVariantList &values,
              int width,
              const RowSink &sink,
              QSqlError *error)
{
    int placeholders = 0;
    const QByteArray statement = numberedPlaceholders(sql, &placeholders).toUtf8();
    if (placeholders != values.size()) {
        // A programming error, reported like a driver message (shown as details only).
        // Checked here: the server would call it a protocol violation, class 08 (lost).
        *error = QSqlError(QStringLiteral("Salvage: the statement has %1 placeholders but %2 "
                                          "values were bound")
                               .arg(placeholders)
                               .arg(values.size()),
                           QString(),
                           QSqlError::StatementError);
        return false;
    }
    // Results a QSqlQuery left unread would make libpq refuse a new query (QPSQL does the
    // same before each of its own).
    discardResults(conn);
    // Inside a transaction block a cancel would abort the whole transaction: there an early
    // stop reads the rest and drops it instead.
    const bool inTransaction = PQtransactionStatus(conn) != PQTRANS_IDLE;
    const Parameters parameters(values);
    if (!PQsendQueryParams(conn,
                           statement.constData(),
                           parameters.count(),
                           nullptr,
                           parameters.values(),
                           nullptr,
                           nullptr,
                           0)) {
        *error = makeError(conn, nullptr);
        return false;
    }
    // Rows then arrive one PGresult each instead of the whole result at the end; without
    // single-row mode (it cannot fail right after sending) the loop below still works.
    PQsetSingleRowMode(conn);

    bool stopped = false;
    bool failed = false;
    std::vector<CellKind> kinds;
    int cells = 0;
    // Every result is read until libpq says the statement is over: the connection must be
    // idle again for QPSQL and the next statement.
    while (PGresult *result = PQgetResult(conn)) {
        const ExecStatusType status = PQresultStatus(result);
        if (stopped || failed) {
            // Draining: a cancel after an early stop ends in an error nobody needs to see.
        } else if (status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK) {
            if (kinds.empty()) {
                const int fields = PQnfields(result);
                cells = width < 0 ? fields : width;
                for (int c = 0; c < std::min(cells, fields); ++c)
                    kinds.push_back(cellKind(PQftype(result, c)));
            }
            const int decoded = int(kinds.size());
            const int rows = PQntuples(result);
            for (int r = 0; r < rows && !stopped; ++r) {
                QVariantList row;
                row.reserve(cells);
                for (int c = 0; c < decoded; ++c)
                    row.append(decodeCell(result, r, c, kinds[size_t(c)]));
                for (int c = decoded; c < cells; ++c)
                    row.append(QVariant());
                stopped = !sink(std::move(row));
            }
            if (stopped && status == PGRES_SINGLE_TUPLE && !inTransaction)
                cancelStatement(conn);
        } else if (status != PGRES_COMMAND_OK && status != PGRES_EMPTY_QUERY) {
            failed = true;
            *error = makeError(conn, result);
        }
        PQclear(result);
    }
    if (!failed && PQstatus(conn) == CONNECTION_BAD) {
        failed = true;
        *error = makeError(conn, nullptr);
    }
    return !failed;
}

} // namespace Salvage::Pg
