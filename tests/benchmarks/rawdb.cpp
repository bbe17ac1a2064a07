#include "rawdb.h"

namespace Salvage::Bench {

QByteArray toDollarPlaceholders(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int number = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++number);
        } else {
            out += c;
        }
    }
    return out.toUtf8();
}

} // namespace Salvage::Bench
