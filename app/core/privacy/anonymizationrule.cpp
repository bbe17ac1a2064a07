#include "anonymizationrule.h"

#include <QDate>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <limits>

namespace Salvage {

namespace {

// "erased-" + 16 hex + "@erased.invalid"
constexpr int emailLength = 38;
constexpr int emailHexDigits = 16;
// Fewer hex digits than this would make distinct inputs collide too easily.
constexpr int minimumHashLength = 16;

struct KindName
{
    RuleKind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {RuleKind::Keep, "keep"},
    {RuleKind::Null, "null"},
    {RuleKind::Fixed, "fixed"},
    {RuleKind::Email, "email"},
    {RuleKind::Redact, "redact"},
    {RuleKind::GeneralizeDate, "generalize-date"},
    {RuleKind::Random, "random"},
    {RuleKind::Hash, "hash"},
};

// Declared length of a character column (varchar(40), character(2)), or -1 without limit.
int maxLength(const ColumnInfo &column)
{
    static const QRegularExpression
        pattern(QStringLiteral(
                    "^\\s*(?:national\\s+)?(?:character\\s+varying|varchar2?|nvarchar2?|"
                    "varying\\s+character|native\\s+character|nchar|character|char|bpchar)"
                    "\\s*\\(\\s*(\\d+)\\s*\\)"),
                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(column.type);
    if (!match.hasMatch())
        return -1;
    bool ok = false;
    const int length = match.captured(1).toInt(&ok);
    return ok ? length : -1;
}

bool fitsLength(const ColumnInfo &column, int length)
{
    const int limit = maxLength(column);
    return limit < 0 || length <= limit;
}

// Characters counted as the database counts them: code points, not UTF-16 units.
int codePoints(const QString &text)
{
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isHighSurrogate() && i + 1 < text.size()
              && text.at(i + 1).isLowSurrogate()))
            ++count;
    }
    return count;
}

// Free text a generated string can go into (a uuid column takes only uuids, an array column
// only array literals).
bool isFreeText(const ColumnInfo &column)
{
    return column.kind == ColumnInfo::Kind::Text
           && column.type.compare(QLatin1String("uuid"), Qt::CaseInsensitive) != 0
           && !column.type.trimmed().endsWith(QLatin1String("]"));
}

bool isDateLike(const ColumnInfo &column)
{
    return column.kind == ColumnInfo::Kind::Date || column.kind == ColumnInfo::Kind::Timestamp;
}

// Whether `kind` can write a value of the column's type at all (Keep, Null and Fixed are
// checked elsewhere: NOT NULL and the placeholder).
bool kindFits(RuleKind kind, const ColumnInfo &column)
{
    switch (kind) {
    case RuleKind::Email:
    case RuleKind::Redact:
    case RuleKind::Hash:
        return isFreeText(column);
    case RuleKind::GeneralizeDate:
        return isFreeText(column) || isDateLike(column);
    case RuleKind::Random:
        return isFreeText(column) || column.kind == ColumnInfo::Kind::Integer;
    case RuleKind::Keep:
    case RuleKind::Null:
    case RuleKind::Fixed:
        break;
    }
    return true;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(static_cast<char16_t>(c));
    }
}

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// A Fixed placeholder as the column's type, or an invalid QVariant when it is not one.
QVariant fixedValue(const ColumnInfo &column, const QString &text)
{
    bool ok = false;
    switch (column.kind) {
    case ColumnInfo::Kind::Integer: {
        const qlonglong n = text.trimmed().toLongLong(&ok);
        return ok ? QVariant(n) : QVariant();
    }
    case ColumnInfo::Kind::Real: {
        const double d = text.trimmed().toDouble(&ok);
        return ok ? QVariant(d) : QVariant();
    }
    case ColumnInfo::Kind::Boolean: {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("t"))
            return true;
        if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("f"))
            return false;
        return {};
    }
    case ColumnInfo::Kind::Date:
        return QDate::fromString(text.trimmed(), Qt::ISODate).isValid() ? QVariant(text.trimmed())
                                                                        : QVariant();
    case ColumnInfo::Kind::Timestamp: {
        QString t = text.trimmed();
        if (t.size() > 10 && t.at(10) == QLatin1Char(' '))
            t[10] = QLatin1Char('T');
        const bool valid = QDateTime::fromString(t, Qt::ISODateWithMs).isValid()
                           || QDate::fromString(t, Qt::ISODate).isValid();
        return valid ? QVariant(text.trimmed()) : QVariant();
    }
    case ColumnInfo::Kind::Text:
        if (!isFreeText(column))
            return QUuid::fromString(text.trimmed()).isNull() ? QVariant() : QVariant(text);
        return fitsLength(column, codePoints(text)) ? QVariant(text) : QVariant();
    case ColumnInfo::Kind::Other:
        break;
    }
    // Types Salvage does not know (inet, json, ...): the database parses the text.
    return text;
}

// +49 170 1234512 -> +49 *** *****12: only digits and phone punctuation, enough digits.
bool isPhoneLike(const QString &value)
{
    int digits = 0;
    bool seenNonSpace = false;
    for (const QChar c : value) {
        if (c.isDigit()) {
            ++digits;
        } else if (c == QLatin1Char('+')) {
            if (seenNonSpace)
                return false;
        } else if (!c.isSpace() && !QStringLiteral("-().,/").contains(c)) {
            return false;
        }
        if (!c.isSpace())
            seenNonSpace = true;
    }
    return digits >= 5;
}

QString redactPhone(const QString &value)
{
    int digits = 0;
    for (const QChar c : value)
        digits += c.isDigit() ? 1 : 0;
    // The country code: the 1-3 digits right after a leading '+', up to a separator.
    int keepFrom = -1;
    int keepTo = -1;
    const int plus = value.indexOf(QLatin1Char('+'));
    if (plus >= 0) {
        int end = plus + 1;
        while (end < value.size() && value.at(end).isDigit())
            ++end;
        if (end - plus - 1 >= 1 && end - plus - 1 <= 3 && end < value.size()) {
            keepFrom = plus + 1;
            keepTo = end;
        }
    }
    QString out;
    out.reserve(value.size());
    int digit = 0;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!c.isDigit()) {
            out += c;
            continue;
        }
        const bool keep = (i >= keepFrom && i < keepTo) || digit >= digits - 2;
        out += keep ? c : QLatin1Char('*');
        ++digit;
    }
    return out;
}

// J*** D**: the first character of every word, every other letter or digit starred, one
// star per code point; spaces and punctuation stay.
QString redactWords(const QString &value)
{
    QString out;
    out.reserve(value.size());
    bool inWord = false;
    for (const char32_t c : value.toUcs4()) {
        if (!isWordCharacter(c)) {
            inWord = false;
            appendCodePoint(out, c);
        } else if (!inWord) {
            inWord = true;
            appendCodePoint(out, c);
        } else {
            out += QLatin1Char('*');
        }
    }
    return out;
}

QString randomText(const QString &value)
{
    QRandomGenerator *random = QRandomGenerator::system();
    QString out;
    out.reserve(value.size());
    for (const char32_t c : value.toUcs4()) {
        if (QChar::isDigit(c) || QChar::category(c) == QChar::Number_DecimalDigit)
            out += QLatin1Char(char('0' + random->bounded(10)));
        else if (QChar::isUpper(c) || QChar::isTitleCase(c))
            out += QLatin1Char(char('A' + random->bounded(26)));
        else if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
            out += QLatin1Char(char('a' + random->bounded(26)));
        else
            appendCodePoint(out, c);
    }
    return out;
}

// The same number of digits (no leading zero) and sign.
QVariant randomInteger(const QVariant &value)
{
    bool ok = false;
    const qlonglong n = value.toLongLong(&ok);
    if (!ok)
        return {};
    const QString digits = QString::number(n).remove(QLatin1Char('-'));
    QRandomGenerator *random = QRandomGenerator::system();
    for (;;) {
        quint64 result = 0;
        bool overflow = false;
        for (int i = 0; i < digits.size(); ++i) {
            const quint64 digit = (i == 0 && digits.size() > 1) ? 1 + random->bounded(9)
                                                                : random->bounded(10);
            if (result > (std::numeric_limits<quint64>::max() - digit) / 10) {
                overflow = true;
                break;
            }
            result = result * 10 + digit;
        }
        if (!overflow && result <= quint64(std::numeric_limits<qlonglong>::max()))
            return n < 0 ? -qlonglong(result) : qlonglong(result);
    }
}

QByteArray hmac(const QByteArray &data, const QByteArray &salt)
{
    return QMessageAuthenticationCode::hash(data, salt, QCryptographicHash::Sha256).toHex();
}

QVariant generalizeText(const ColumnInfo &column, const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\s*)(\\d{4})-\\d{2}-\\d{2}(.*)$"),
                                        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d{2}(:?\\d{2})?)$"));
    static const QRegularExpression anyYear(QStringLiteral("(?<!\\d)(\\d{4})(?!\\d)"));
    if (isDateLike(column)) {
        const QRegularExpressionMatch match = iso.match(text);
        if (match.hasMatch()) {
            // SQLite keeps dates as text: the same format, January 1st, midnight.
            QString rest = match.captured(3);
            QString suffix;
            const QRegularExpressionMatch z = zone.match(rest);
            if (z.hasMatch() && rest.size() > 10) {
                suffix = z.captured(1);
                rest.chop(suffix.size());
            }
            for (QChar &c : rest) {
                if (c.isDigit())
                    c = QLatin1Char('0');
            }
            return match.captured(1) + match.captured(2) + QLatin1String("-01-01") + rest + suffix;
        }
    }
    const QRegularExpressionMatch match = anyYear.match(text);
    if (match.hasMatch())
        return match.captured(1);
    // No year to keep: nothing of the value may stay.
    return column.nullable || !isFreeText(column) ? QVariant() : QVariant(QString());
}

QVariant generalizeDate(const ColumnInfo &column, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        if (!isDateLike(column))
            return QString::number(date.year()).rightJustified(4, QLatin1Char('0'));
        return QDate(date.year(), 1, 1);
    }
    case QMetaType::QDateTime: {
        // QPSQL reads a timestamp as local time and writes a QDateTime as a UTC instant: that
        // moves a naive timestamp by the client's offset and can put midnight of January 1st
        // into another year. Text without a zone is January 1st, midnight, in the session's
        // time zone, for both kinds. The year: a naive timestamp's wall clock; an instant's in
        // UTC, the usual zone of database servers.
        const QString type = column.type.toLower();
        const bool instant = type.contains(QLatin1String("with time zone"))
                             || type.contains(QLatin1String("timestamptz"));
        const QDateTime when = instant ? value.toDateTime().toUTC() : value.toDateTime();
        const int number = when.date().year();
        const QString year = QString::number(number).rightJustified(4, QLatin1Char('0'));
        if (!isDateLike(column))
            return year;
        if (column.kind == ColumnInfo::Kind::Date)
            return QDate(number, 1, 1);
        return year + QLatin1String("-01-01 00:00:00");
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        if (isDateLike(column)) {
            // Unix seconds, as some SQLite schemas store them.
            const QDateTime when = QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
            return QDateTime(QDate(when.date().year(), 1, 1), QTime(0, 0), Qt::UTC)
                .toSecsSinceEpoch();
        }
        break;
    default:
        break;
    }
    return generalizeText(column, value.toString());
}

} // namespace

namespace Rules {

static QString columnText(const QString &column, const TableInfo &table)
{
    return tr("Column \"%1\" of %2").arg(column, table.name.display());
}

QString kindName(RuleKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QStringLiteral("keep");
}

bool kindFromName(const QString &name, RuleKind *kind)
{
    for (const KindName &k : kindNames) {
        if (name == QLatin1String(k.name)) {
            if (kind)
                *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString kindTitle(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Keep:
        return tr("Keep unchanged");
    case RuleKind::Null:
        return tr("Set to NULL");
    case RuleKind::Fixed:
        return tr("Fixed placeholder");
    case RuleKind::Email:
        return tr("Unique invalid email address");
    case RuleKind::Redact:
        return tr("Redact, keeping the shape");
    case RuleKind::GeneralizeDate:
        return tr("Year only");
    case RuleKind::Random:
        return tr("Random letters and digits");
    case RuleKind::Hash:
        return tr("Salted hash (pseudonymisation, not anonymisation)");
    }
    return QString();
}

bool isPseudonymisation(RuleKind kind)
{
    return kind == RuleKind::Hash;
}

QVariant apply(const AnonymizationRule &rule,
               const ColumnInfo &column,
               const QVariant &value,
               const QString &rowSeed,
               const QByteArray &salt)
{
    if (rule.kind == RuleKind::Keep)
        return value;
    if (rule.kind == RuleKind::Fixed)
        return fixedValue(column, rule.parameter);
    // Whatever the kind cannot turn into a new value becomes NULL: never the old value.
    if (value.isNull() || rule.kind == RuleKind::Null || !kindFits(rule.kind, column))
        return QVariant();
    switch (rule.kind) {
    case RuleKind::Email: {
        const QByteArray seed = rowSeed.toUtf8() + '\x1f' + column.name.toUtf8();
        return QLatin1String("erased-") + QLatin1String(hmac(seed, salt).left(emailHexDigits))
               + QLatin1String("@erased.invalid");
    }
    case RuleKind::Redact: {
        const QString text = value.toString();
        return isPhoneLike(text) ? redactPhone(text) : redactWords(text);
    }
    case RuleKind::GeneralizeDate:
        return generalizeDate(column, value);
    case RuleKind::Random:
        if (column.kind == ColumnInfo::Kind::Integer)
            return randomInteger(value);
        return randomText(value.toString());
    case RuleKind::Hash: {
        QString hex = QString::fromLatin1(hmac(value.toString().toUtf8(), salt));
        const int limit = maxLength(column);
        if (limit >= 0 && limit < hex.size())
            hex.truncate(limit);
        return hex;
    }
    case RuleKind::Keep:
    case RuleKind::Null:
    case RuleKind::Fixed:
        break;
    }
    return QVariant();
}

QString refusal(const AnonymizationRule &rule, const TableInfo &table)
{
    const QString where = columnText(rule.column, table);
    if (rule.table != table.name) {
        return tr("The rule is for table %1, not for %2.")
            .arg(rule.table.display(), table.name.display());
    }
    const ColumnInfo *column = table.column(rule.column);
    if (!column)
        return tr("Table %1 has no column \"%2\".").arg(table.name.display(), rule.column);
    if (rule.kind == RuleKind::Keep)
        return QString();
    const QString kind = kindName(rule.kind);

    // Columns that name rows or their state.
    if (table.primaryKey.contains(rule.column)) {
        return tr("%1 is part of the primary key: rows are named by it, so it cannot be "
                  "anonymized (rule \"%2\").")
            .arg(where, kind);
    }
    if (table.convention.isSoftDeletable() && rule.column == table.convention.marker) {
        return tr("%1 is the soft-delete marker: changing it would move rows in or out of the "
                  "trash (rule \"%2\").")
            .arg(where, kind);
    }
    for (const ForeignKey &fk : table.referencedBy) {
        if (fk.toTable == table.name && fk.toColumns.contains(rule.column)) {
            return tr("%1 is referenced by a foreign key of %2: changing it would break those "
                      "rows' references (rule \"%3\").")
                .arg(where, fk.fromTable.display(), kind);
        }
    }
    if (rule.kind != RuleKind::Null) {
        for (const ForeignKey &fk : table.references) {
            if (fk.fromColumns.contains(rule.column)) {
                return tr("%1 is a foreign key to %2: only \"null\" or \"keep\" leave it "
                          "valid (rule \"%3\").")
                    .arg(where, fk.toTable.display(), kind);
            }
        }
    }

    // The type. (Names go into messages last, in one arg() call: a column called "%2" stays.)
    if (!kindFits(rule.kind, *column)) {
        return tr("%1 has type %2, which the rule \"%3\" cannot write.")
            .arg(where, column->type.isEmpty() ? tr("(none)") : column->type, kind);
    }
    const int limit = maxLength(*column);
    switch (rule.kind) {
    case RuleKind::Null:
        if (!column->nullable) {
            return tr("%1 is NOT NULL, so it cannot be set to NULL; use \"fixed\", \"redact\" "
                      "or \"random\" instead.")
                .arg(where);
        }
        break;
    case RuleKind::Fixed:
        if (!fixedValue(*column, rule.parameter).isValid()) {
            if (isFreeText(*column)) {
                const QString length = QString::number(codePoints(rule.parameter));
                return tr("%1 holds at most %2 characters; the placeholder has %3.")
                    .arg(where, QString::number(limit), length);
            }
            return tr("%1 cannot hold the placeholder \"%2\": its type is %3.")
                .arg(where, rule.parameter, column->type);
        }
        break;
    case RuleKind::Email:
        if (limit >= 0 && limit < emailLength) {
            return tr("%1 holds at most %2 characters; the erased addresses need %3.")
                .arg(where, QString::number(limit), QString::number(emailLength));
        }
        break;
    case RuleKind::Hash:
        if (limit >= 0 && limit < minimumHashLength) {
            return tr("%1 holds at most %2 characters; a hash needs at least %3 to stay "
                      "distinct.")
                .arg(where, QString::number(limit), QString::number(minimumHashLength));
        }
        break;
    case RuleKind::Keep:
    case RuleKind::Redact:
    case RuleKind::GeneralizeDate:
    case RuleKind::Random:
        break;
    }

    // Unique keys: Email and Hash stay distinct, NULLs never collide; the rest may.
    const QStringList *unique = table.uniqueKeyOf(rule.column);
    const bool mayCollide = rule.kind == RuleKind::Fixed || rule.kind == RuleKind::Redact
                            || rule.kind == RuleKind::GeneralizeDate
                            || rule.kind == RuleKind::Random;
    if (unique && mayCollide) {
        return tr("%1 has a UNIQUE constraint (%2): the rule \"%3\" can give two rows the same "
                  "value and break it; use \"email\", \"hash\" or \"null\" instead.")
            .arg(where, unique->join(QLatin1String(", ")), kind);
    }
    return QString();
}

} // namespace Rules
} // namespace Salvage
