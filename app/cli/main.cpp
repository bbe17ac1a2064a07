#include "commandline.h"
#include "commands.h"
#include "output.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Salvage::Cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI: the demo database and per-connection settings are shared.
    QCoreApplication::setOrganizationName(QStringLiteral("Salvage"));
    QCoreApplication::setApplicationName(QStringLiteral("salvage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALVAGE_VERSION));

    // The system locale decides; English only carries the plural forms and is the fallback.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(),
                        QStringLiteral("salvage"),
                        QStringLiteral("_"),
                        QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/salvage_en.qm")))
        QCoreApplication::installTranslator(&translator);

    const ParsedCommandLine parsed = CommandLine::parse(app.arguments().mid(1),
                                                        QProcessEnvironment::systemEnvironment());
    if (!parsed.isValid()) {
        printError(parsed.error);
        printError(
            QCoreApplication::translate("salvage-cli", "run salvage-cli --help for the usage"));
        return ExitUsage;
    }
    return Commands::run(parsed.options);
}
