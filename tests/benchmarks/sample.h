#pragma once

#include <QString>
#include <QtGlobal>

namespace Salvage::Bench {

// One timed run of one side (raw C API or Salvage) of one case.
struct Sample
{
    double ms = -1;          // wall time of the measured part
    qint64 rows = 0;         // rows delivered or changed: both sides must agree
    qint64 idSum = 0;        // sum of the delivered ids: both sides must agree
    double rssGrowthMb = -1; // peak RSS growth, where measured
    QString error;           // the run failed: why
    QString note;            // measured, but with something to know (e.g. not cancelled)

    bool ok() const { return error.isEmpty(); }
    static Sample failed(const QString &why)
    {
        Sample s;
        s.error = why;
        return s;
    }
};

} // namespace Salvage::Bench
