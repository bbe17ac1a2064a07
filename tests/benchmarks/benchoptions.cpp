#include "benchoptions.h"

#include "benchrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Salvage::Bench {

static QString tr(const char *text)
{
    return QCoreApplication::translate("Salvage::Bench", text);
}

bool BenchOptions::parse(const QStringList &arguments, BenchOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measures Salvage's paths against the raw C APIs (libpq, sqlite3) on generated "
           "data: 10% of the rows trashed, the recommended indexes."));
    parser.addHelpOption();
    const QCommandLineOption rows(QStringLiteral("rows"),
                                  tr("Rows in the items table (default 1000000)."),
                                  QStringLiteral("N"),
                                  QStringLiteral("1000000"));
    const QCommandLineOption backend(QStringLiteral("backend"),
                                     tr("sqlite, postgresql or all (default all)."),
                                     QStringLiteral("name"),
                                     QStringLiteral("all"));
    const QCommandLineOption
        pgUrl(QStringLiteral("pg-url"),
              tr("PostgreSQL server to use (a role that may create databases). Default: the test "
                 "cluster in $SALVAGE_TEST_PG_DIR, else a throwaway cluster started here."),
              QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Also write the results as JSON."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   tr("Run only these cases, comma separated (default: all): "
                                      "%1.")
                                       .arg(BenchRunner::caseNames().join(QLatin1String(", "))),
                                   QStringLiteral("NAME,NAME"));
    QCommandLineOption childCase(QStringLiteral("case"), QString(), QStringLiteral("case"));
    QCommandLineOption childSide(QStringLiteral("side"), QString(), QStringLiteral("side"));
    QCommandLineOption childData(QStringLiteral("data-url"), QString(), QStringLiteral("url"));
    for (QCommandLineOption *hidden : {&childCase, &childSide, &childData})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({rows, backend, pgUrl, json, cases, childCase, childSide, childData});
    parser.process(arguments); // exits for --help and unknown options

    bool ok = false;
    options->rows = parser.value(rows).toLongLong(&ok);
    if (!ok || options->rows < 1000) {
        *error = tr("--rows must be a number of at least 1000.");
        return false;
    }
    const QString name = parser.value(backend);
    if (name == QLatin1String("all")) {
        options->backends = {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    } else if (name == QLatin1String("sqlite") || name == QLatin1String("postgresql")) {
        options->backends = {name};
    } else {
        *error = tr("--backend must be sqlite, postgresql or all.");
        return false;
    }
    options->pgUrl = parser.value(pgUrl);
    options->jsonPath = parser.value(json);
    // Checked here, before the data is generated, so that a typo costs no minutes.
    options->cases.clear();
    for (const QString &name : parser.value(cases).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!BenchRunner::caseNames().contains(trimmed)) {
            *error = tr("--cases: unknown case \"%1\"; the cases are: %2.")
                         .arg(trimmed, BenchRunner::caseNames().join(QLatin1String(", ")));
            return false;
        }
        if (!options->cases.contains(trimmed))
            options->cases << trimmed;
    }
    if (parser.isSet(cases) && options->cases.isEmpty()) {
        *error = tr("--cases needs at least one case name.");
        return false;
    }
    options->childCase = parser.value(childCase);
    options->childSide = parser.value(childSide);
    options->childDataUrl = parser.value(childData);
    if (options->isChild()
        && (options->childCase != QLatin1String("scroll_all") || options->childDataUrl.isEmpty()
            || (options->childSide != QLatin1String("raw")
                && options->childSide != QLatin1String("salvage")))) {
        *error = tr("invalid child invocation");
        return false;
    }
    return true;
}

} // namespace Salvage::Bench
