#include "sqlchecks.h"

#include "models/rowquery.h"

#include <QRegularExpression>

namespace Salvage::Test {

QString deepOffset(const QStringList &statements)
{
    static const QRegularExpression offset(QStringLiteral("\\bOFFSET\\s+(\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QString &sql : statements) {
        auto it = offset.globalMatch(sql);
        while (it.hasNext()) {
            if (it.next().captured(1).toLongLong() > RowQuery::MaxOffset)
                return sql;
        }
    }
    return QString();
}

} // namespace Salvage::Test
