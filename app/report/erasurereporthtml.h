#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Salvage {

// The erasure report (ErasureReport::toJson) as HTML for QTextDocument. Every value of the
// JSON is escaped; the JSON holds no personal value, and none is added here (text keys of
// held rows are left out: they may be an email).
class ErasureReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::ErasureReportPdf)
public:
    // The report object of `json`; false and *error (translated) when it is not a report
    // this version of Salvage can read.
    static bool parse(const QByteArray &json, QJsonObject *report, QString *error);
    static QString title(const QJsonObject &report);
    static QString html(const QJsonObject &report);
    // "Erasure report T-1 · page 2 of 3"
    static QString footer(const QJsonObject &report, int page, int pageCount);
};

} // namespace Salvage
