#include "secrets.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace Salvage {

namespace {

const QLatin1String Mask("****");

// Where the password of a URL-like text lies: [*begin, *end). False when it has none.
bool passwordSpan(const QString &text, qsizetype *begin, qsizetype *end)
{
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const qsizetype authority = schemeEnd < 0 ? 0 : schemeEnd + 3;
    // A password may hold '/', '?', '#' or '@' typed unencoded: the user info ends at the
    // last '@' of the whole text.
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < authority)
        return false;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), authority);
    if (colon < 0 || colon >= at)
        return false;
    *begin = colon + 1;
    *end = at;
    return true;
}

} // namespace

QString urlTextPassword(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = 0;
    return passwordSpan(text, &begin, &end) ? text.mid(begin, end - begin) : QString();
}

QString redactUrlText(const QString &text)
{
    QString result = text;
    qsizetype begin = 0;
    qsizetype end = 0;
    if (passwordSpan(result, &begin, &end) && end > begin)
        result.replace(begin, end - begin, Mask);
    // libpq keyword syntax or a query item: password=value, value quoted or bare.
    static const QRegularExpression
        keyword(QStringLiteral("(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'?|[^\\s&;#]*)"),
                QRegularExpression::CaseInsensitiveOption);
    result.replace(keyword, QStringLiteral("\\1") + Mask);
    return result;
}

QString scrubSecret(const QString &text, const QString &secret)
{
    if (secret.isEmpty())
        return text;
    QStringList forms{secret,
                      QString::fromUtf8(QUrl::toPercentEncoding(secret)),
                      QUrl::fromPercentEncoding(secret.toUtf8())};
    forms.removeAll(QString());
    forms.removeDuplicates();
    // Longest first, so that a shorter form does not leave the rest of a longer one behind.
    std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
    QString result = text;
    for (const QString &form : std::as_const(forms))
        result.replace(form, Mask);
    return result;
}

} // namespace Salvage
