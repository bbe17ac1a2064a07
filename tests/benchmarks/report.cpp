#include "report.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Salvage::Bench {

namespace {

QString number(const std::optional<double> &value, int decimals = 1)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("-");
}

QJsonValue json(const std::optional<double> &value, int decimals = 3)
{
    if (!value)
        return QJsonValue::Null;
    // Rounded: sub-microsecond digits are noise.
    return QString::number(*value, 'f', decimals).toDouble();
}

QString status(const CaseResult &r)
{
    if (!r.error.isEmpty())
        return QStringLiteral("FAILED: ") + r.error;
    QString text = !r.met   ? QStringLiteral("not measured")
                   : *r.met ? QStringLiteral("met")
                            : QStringLiteral("MISSED");
    if (!r.note.isEmpty())
        text += QStringLiteral(" (") + r.note + QLatin1Char(')');
    return text;
}

} // namespace

std::optional<double> CaseResult::ratio() const
{
    if (!rawMs || !salvageMs || *rawMs <= 0)
        return std::nullopt;
    return *salvageMs / *rawMs;
}

void printTable(QTextStream &out, const QList<CaseResult> &results)
{
    const QStringList header{QStringLiteral("backend"),
                             QStringLiteral("case"),
                             QStringLiteral("rows"),
                             QStringLiteral("raw ms"),
                             QStringLiteral("salvage ms"),
                             QStringLiteral("ratio"),
                             QStringLiteral("RSS +MB"),
                             QStringLiteral("goal"),
                             QStringLiteral("result")};
    QList<QStringList> lines{header};
    for (const CaseResult &r : results) {
        QString rss = number(r.rssGrowthMb);
        if (r.rawRssGrowthMb)
            rss += QStringLiteral(" (raw %1)").arg(number(r.rawRssGrowthMb));
        lines << QStringList{r.backend,
                             r.name,
                             QString::number(r.rows),
                             number(r.rawMs, 2),
                             number(r.salvageMs, 2),
                             number(r.ratio(), 2),
                             rss,
                             r.goal,
                             status(r)};
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &line : lines) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], int(line.at(i).size()));
    }
    const auto isNumeric = [](int column) { return column >= 2 && column <= 6; };
    for (const QStringList &line : lines) {
        QString text;
        for (int i = 0; i < line.size(); ++i) {
            const bool last = i == line.size() - 1;
            const QString cell = last           ? line.at(i)
                                 : isNumeric(i) ? line.at(i).rightJustified(widths[i])
                                                : line.at(i).leftJustified(widths[i]);
            text += cell + (last ? QString() : QStringLiteral("  "));
        }
        out << text << '\n';
    }
    out.flush();
}

bool writeJson(const QString &path, qint64 rows, const QList<CaseResult> &results, QString *error)
{
    QJsonArray cases;
    for (const CaseResult &r : results) {
        QJsonObject c{{QStringLiteral("backend"), r.backend},
                      {QStringLiteral("case"), r.name},
                      {QStringLiteral("rows"), r.rows},
                      {QStringLiteral("salvage_ms"), json(r.salvageMs)},
                      {QStringLiteral("raw_ms"), json(r.rawMs)},
                      {QStringLiteral("ratio"), json(r.ratio())},
                      {QStringLiteral("goal"), r.goal},
                      {QStringLiteral("met"), r.met ? QJsonValue(*r.met) : QJsonValue()}};
        if (r.rssGrowthMb)
            c.insert(QStringLiteral("peak_rss_growth_mb"), json(r.rssGrowthMb, 1));
        if (r.rawRssGrowthMb)
            c.insert(QStringLiteral("raw_peak_rss_growth_mb"), json(r.rawRssGrowthMb, 1));
        if (!r.note.isEmpty())
            c.insert(QStringLiteral("note"), r.note);
        if (!r.error.isEmpty())
            c.insert(QStringLiteral("error"), r.error);
        cases.append(c);
    }
    const QJsonObject root{{QStringLiteral("rows"), rows}, {QStringLiteral("cases"), cases}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return file.flush();
}

} // namespace Salvage::Bench
