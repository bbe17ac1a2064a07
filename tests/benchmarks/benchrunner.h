#pragma once

#include "rawdb.h"
#include "report.h"
#include "sample.h"

#include "db/connectionurl.h"

#include <functional>
#include <memory>

namespace Salvage::Bench {

class SalvagePath;

// Runs every case on one prepared database: per case a warm-up of each side, then raw and
// Salvage alternately, five times each; medians, goal, and a cross-check that both sides
// delivered (or changed) the same rows.
class BenchRunner
{
public:
    // `only`: the names of the cases to run; empty: every case.
    BenchRunner(const ConnectionUrl &url, qint64 rows, const QStringList &only = {});
    ~BenchRunner();

    QList<CaseResult> run(QString *error);

    // Every case's name, in the order they run (what --cases accepts).
    static QStringList caseNames();

    static constexpr int Repeats = 5;
    static constexpr int PageRows = 200;

private:
    struct Case
    {
        QString name;
        QString goal;
        qint64 rows = 0;
        std::function<Sample()> raw;
        std::function<Sample()> salvage;  // empty: the Salvage side cannot run yet
        QString salvageMissing;           // why, when `salvage` is empty
        std::function<QString()> prepare; // untimed, before every run; returns an error
        std::function<bool(const CaseResult &)> met;
        bool compareRows = true;
    };
    CaseResult runCase(const Case &c);
    QList<Case> cases();
    Sample runChild(const QString &caseName, const QString &side);
    QString backendName() const;

    ConnectionUrl m_url;
    qint64 m_rows;
    QStringList m_only;
    std::unique_ptr<RawDb> m_raw;
    std::unique_ptr<RawDb> m_setup; // writes the bulk cases' rows: neither side's session
    std::unique_ptr<SalvagePath> m_salvage;
};

// The raw side for `url`'s backend.
std::unique_ptr<RawDb> makeRawDb(const ConnectionUrl &url);
// What the scroll case streams on the raw side: every active row in key order.
QString scrollAllRawSql();
// The hidden child mode: one run of one side of scroll_all; prints one JSON line.
int runChildCase(const QString &caseName, const QString &side, const ConnectionUrl &url);

} // namespace Salvage::Bench
