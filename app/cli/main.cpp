#include "commandline.h"
#include "commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Salvage::Cli;

namespace {

// Whether this run writes a PDF report: laying out text needs fonts, which only a
// QGuiApplication has. Decided before the application exists, from a first parse whose
// messages are not shown (the real parse below reports usage errors, translated).
bool writesPdf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const ParsedCommandLine parsed = CommandLine::parse(arguments,
                                                        QProcessEnvironment::systemEnvironment());
    return parsed.isValid() && parsed.options.command == Command::Erase
           && parsed.options.reportFile.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

// Every other command stays a QCoreApplication: no platform plugin, no fonts loaded.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!writesPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // The offscreen platform needs no display (cron, ssh, containers) and still has the
    // system's fonts. Always this one, whatever QT_QPA_PLATFORM says: salvage-cli shows no
    // window, and a desktop's "wayland" or "xcb" would abort it where there is no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
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

    return Commands::runArguments(app->arguments().mid(1),
                                  QProcessEnvironment::systemEnvironment());
}
