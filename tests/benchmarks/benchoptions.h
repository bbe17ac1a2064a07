#pragma once

#include <QString>
#include <QStringList>

namespace Salvage::Bench {

struct BenchOptions
{
    qint64 rows = 1000000;
    QStringList backends; // "sqlite", "postgresql"
    QString pgUrl;
    QString jsonPath;
    QStringList cases; // --cases: run only these (by name); empty: every case

    // Hidden: one run of one side of one case in a fresh process (peak RSS of its own).
    QString childCase;    // "scroll_all"
    QString childSide;    // "raw" / "salvage"
    QString childDataUrl; // the prepared database (PostgreSQL password in PGPASSWORD)

    bool isChild() const { return !childCase.isEmpty(); }

    // Parses the command line; on a usage error prints it and returns false.
    static bool parse(const QStringList &arguments, BenchOptions *options, QString *error);
};

} // namespace Salvage::Bench
