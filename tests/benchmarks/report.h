#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

namespace Salvage::Bench {

// The medians of one case on one backend, and whether its goal was met.
struct CaseResult
{
    QString backend; // "sqlite" / "postgresql"
    QString name;    // "open_first_200" ...
    QString goal;    // in words: "≤ 100 ms"
    qint64 rows = 0; // rows the case reads or changes
    std::optional<double> rawMs;
    std::optional<double> salvageMs;
    std::optional<double> rssGrowthMb;    // Salvage side, where measured
    std::optional<double> rawRssGrowthMb; // raw side, where measured
    std::optional<bool> met;              // empty: not measured
    QString note;                         // why not measured, or what else to know
    QString error;                        // a run failed or the two sides disagreed

    std::optional<double> ratio() const;
};

void printTable(QTextStream &out, const QList<CaseResult> &results);
// {"rows": N, "cases": [{"backend", "case", "salvage_ms", "raw_ms", "ratio",
//  "peak_rss_growth_mb" (where measured), "goal", "met", ...}]}
bool writeJson(const QString &path, qint64 rows, const QList<CaseResult> &results, QString *error);

} // namespace Salvage::Bench
