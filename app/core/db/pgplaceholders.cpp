#include "pgplaceholders.h"

namespace Salvage {

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// The length of a dollar-quote opener ($$ or $tag$) starting at `at`, or 0.
qsizetype dollarTagLength(const QString &sql, qsizetype at)
{
    qsizetype i = at + 1;
    if (i < sql.size() && (sql.at(i).isLetter() || sql.at(i) == u'_')) {
        while (i < sql.size() && (sql.at(i).isLetterOrNumber() || sql.at(i) == u'_'))
            ++i;
    }
    return i < sql.size() && sql.at(i) == u'$' ? i + 1 - at : 0;
}

} // namespace

QString numberedPlaceholders(const QString &sql, int *count)
{
    QString out;
    out.reserve(sql.size() + 16);
    int number = 0;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    // Copies sql[i, end) unchanged and continues after it.
    const auto copyTo = [&](qsizetype end) {
        out += QStringView(sql).mid(i, end - i);
        i = end;
    };
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        const bool wordBefore = i > 0 && isIdentifierChar(sql.at(i - 1));
        if (c == u'?') {
            out += u'$' + QString::number(++number);
            ++i;
        } else if (c == u'\'' || c == u'"') {
            // E'...' strings also escape with a backslash (standard strings do not).
            const bool escapeString = c == u'\'' && i > 0
                                      && (sql.at(i - 1) == u'E' || sql.at(i - 1) == u'e')
                                      && !(i > 1 && isIdentifierChar(sql.at(i - 2)));
            qsizetype end = i + 1;
            while (end < n) {
                const QChar d = sql.at(end);
                const bool backslashEscape = escapeString && d == u'\\';
                const bool doubledQuote = d == c && end + 1 < n && sql.at(end + 1) == c;
                if (backslashEscape || doubledQuote) {
                    end += 2; // \x in E'...', or '' / "": an escaped character
                } else if (d == c) {
                    break;
                } else {
                    ++end;
                }
            }
            copyTo(std::min(end + 1, n));
        } else if (c == u'-' && next == u'-') {
            const qsizetype newline = sql.indexOf(u'\n', i);
            copyTo(newline < 0 ? n : newline + 1);
        } else if (c == u'/' && next == u'*') {
            // Block comments nest in PostgreSQL.
            int depth = 0;
            qsizetype end = i;
            do {
                if (QStringView(sql).mid(end, 2) == u"/*") {
                    ++depth;
                    end += 2;
                } else if (QStringView(sql).mid(end, 2) == u"*/") {
                    --depth;
                    end += 2;
                } else {
                    ++end;
                }
            } while (depth > 0 && end < n);
            copyTo(std::min(end, n));
        } else if (c == u'$' && !wordBefore && dollarTagLength(sql, i) > 0) {
            const QString tag = sql.mid(i, dollarTagLength(sql, i));
            const qsizetype close = sql.indexOf(tag, i + tag.size());
            copyTo(close < 0 ? n : close + tag.size());
        } else {
            out += c;
            ++i;
        }
    }
    if (count)
        *count = number;
    return out;
}

} // namespace Salvage
