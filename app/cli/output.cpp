#include "output.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Salvage::Cli {

namespace {

constexpr int MaxCellWidth = 40;

QString isoDateTime(const QDateTime &dateTime)
{
    const bool wholeSeconds = dateTime.time().msec() == 0;
    return dateTime.toString(wholeSeconds ? Qt::ISODate : Qt::ISODateWithMs);
}

QVariant normalized(const QVariant &value, const ColumnInfo &column)
{
    const ColumnInfo::Kind kind = column.kind;
    if (value.typeId() == QMetaType::QDateTime) {
        // QPSQL hands timestamptz over in local time; an instant is clearest in UTC.
        const QString type = column.type.toLower();
        if (type.contains(QLatin1String("with time zone"))
            && !type.contains(QLatin1String("without"))) {
            return value.toDateTime().toUTC();
        }
        return value;
    }
    if (kind == ColumnInfo::Kind::Timestamp && value.typeId() == QMetaType::QString) {
        // SQLite keeps timestamps as text such as "2024-05-01 10:00:00": give ISO 8601.
        const QDateTime dateTime = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (dateTime.isValid())
            return dateTime;
    }
    if (kind == ColumnInfo::Kind::Boolean) {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return value.toLongLong() != 0;
        default:
            break;
        }
    }
    return value;
}

// Control characters in data (newlines, terminal escapes) must not break or drive the terminal.
QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        if (ch.category() == QChar::Other_Control)
            ch = QLatin1Char(' ');
    }
    return out;
}

// Where printOut() and printError() write instead of stdout and stderr (setOutputSinks()).
QByteArray *outSink = nullptr;
QByteArray *errorSink = nullptr;

void writeTo(FILE *stream, QByteArray *sink, const QByteArray &bytes)
{
    if (sink) {
        sink->append(bytes);
        return;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
    , m_rightAligned(headers.size(), false)
{}

void TextTable::setRightAligned(int column, bool right)
{
    if (column >= 0 && column < m_rightAligned.size())
        m_rightAligned[column] = right;
}

void TextTable::addRow(const QStringList &cells)
{
    QStringList clean;
    clean.reserve(cells.size());
    for (const QString &cell : cells)
        clean.append(oneLine(cell));
    m_rows.append(clean);
}

QString TextTable::toString() const
{
    QList<int> widths(m_headers.size(), 0);
    auto measure = [&widths](const QStringList &cells) {
        for (int c = 0; c < cells.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], int(cells.at(c).size()));
    };
    measure(m_headers);
    for (const QStringList &row : m_rows)
        measure(row);

    auto line = [&](const QStringList &cells) {
        QString text;
        for (int c = 0; c < widths.size(); ++c) {
            const QString cell = cells.value(c);
            const bool last = c == widths.size() - 1;
            if (c > 0)
                text += QLatin1String("  ");
            if (m_rightAligned.at(c))
                text += cell.rightJustified(widths.at(c));
            else
                text += last ? cell : cell.leftJustified(widths.at(c));
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

QJsonValue jsonValue(const QVariant &raw, const ColumnInfo &column)
{
    if (raw.isNull() || !raw.isValid())
        return QJsonValue::Null;
    const QVariant value = normalized(raw, column);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toLongLong();
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return double(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::QDateTime:
        return isoDateTime(value.toDateTime());
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toBase64());
    default:
        return value.toString();
    }
}

QString displayValue(const QVariant &raw, const ColumnInfo &column)
{
    if (raw.isNull() || !raw.isValid())
        return QStringLiteral("NULL");
    const QVariant value = normalized(raw, column);
    QString text;
    switch (value.typeId()) {
    case QMetaType::Bool:
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QMetaType::QDateTime:
        text = isoDateTime(value.toDateTime());
        break;
    case QMetaType::QDate:
        text = value.toDate().toString(Qt::ISODate);
        break;
    case QMetaType::QByteArray:
        text = QCoreApplication::translate("salvage-cli",
                                           "<%n byte(s)>",
                                           nullptr,
                                           int(value.toByteArray().size()));
        break;
    default:
        text = value.toString();
        break;
    }
    if (text.size() > MaxCellWidth)
        text = text.left(MaxCellWidth - 1) + QChar(0x2026);
    return text;
}

void printOut(const QString &text)
{
    writeTo(stdout, outSink, text.toUtf8());
}

void printJson(const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    writeTo(stdout, outSink, document.toJson(QJsonDocument::Indented));
}

void printError(const QString &message)
{
    QString text = QStringLiteral("salvage-cli: ") + message;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    writeTo(stderr, errorSink, text.toUtf8());
}

void setOutputSinks(QByteArray *out, QByteArray *error)
{
    outSink = out;
    errorSink = error;
}

} // namespace Salvage::Cli
