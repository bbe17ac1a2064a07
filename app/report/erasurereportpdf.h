#pragma once

#include <QByteArray>
#include <QString>

namespace Salvage {

struct ConnectionUrl;

// Renders an erasure report (the JSON of ErasureReport::toJson) as a PDF document: ticket,
// subject hash, actor and time, per-table counts and columns, the verification queries with
// their results, suggested rules used, and what still holds old copies. Needs a
// QGuiApplication (the CLI creates one on the offscreen platform for this). Returns false and
// sets *error (translated) when the JSON is not a report or the file cannot be written.
bool writeErasureReportPdf(const QByteArray &reportJson, const QString &fileName, QString *error);

// The same PDF as bytes, for a caller that opened the file itself (salvage-cli opens it
// before the erasure, so that a path it cannot write stops the erasure before it starts).
// Empty, with *error set, when the JSON is not a report.
QByteArray erasureReportPdf(const QByteArray &reportJson, QString *error);


} // namespace Salvage
