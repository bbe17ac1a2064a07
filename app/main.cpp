#include "mainwindow.h"

#include "models/softdeleteproxymodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

using namespace Salvage;

namespace {

// --lang must be known before the parser's own texts are translated.
QLocale requestedLocale(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(QLatin1String("--lang=")))
            return QLocale(arg.mid(7));
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return QLocale(arguments.at(i + 1));
    }
    return QLocale();
}

// Hidden --screenshot: the Trash of the chosen table with its first row selected.
void takeScreenshot(MainWindow *window, const QString &file)
{
    QTimer::singleShot(1200, window, [window] {
        window->setScope(Scope::Trash);
        QTimer::singleShot(400, window, [window] {
            window->selectRows({0});
            window->tableView()->setFocus();
        });
    });
    QTimer::singleShot(2000, window, [window, file] {
        const bool saved = window->grab().save(file);
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Salvage"));
    QApplication::setApplicationName(QStringLiteral("salvage"));
    QApplication::setApplicationDisplayName(QStringLiteral("Salvage"));
    QApplication::setApplicationVersion(QStringLiteral(SALVAGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("salvage"));

    const QLocale locale = requestedLocale(QApplication::arguments());
    QTranslator qtTranslator;
    if (qtTranslator.load(locale,
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English only carries the plural forms; it is the fallback for untranslated locales.
    QTranslator translator;
    if (translator.load(locale,
                        QStringLiteral("salvage"),
                        QStringLiteral("_"),
                        QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/salvage_en.qm")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse, restore and purge soft-deleted rows."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption
        db(QStringLiteral("db"),
           QCoreApplication::translate("main",
                                       "Open the database at <url> (sqlite:PATH or "
                                       "postgresql://user@host:port/dbname)."),
           QStringLiteral("url"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main",
                                                              "Open the bundled demo database."));
    const QCommandLineOption
        table(QStringLiteral("table"),
              QCoreApplication::translate("main", "Select <table> once the database is open."),
              QStringLiteral("table"));
    const QCommandLineOption
        lang(QStringLiteral("lang"),
             QCoreApplication::translate("main", "Use the language <code> (e.g. de, en)."),
             QStringLiteral("code"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, demo, table, lang, screenshot});
    parser.process(app);

    MainWindow window;
    if (parser.isSet(table))
        window.setInitialTable(QualifiedName::parse(parser.value(table)));
    if (parser.isSet(screenshot)) {
        window.resize(1280, 800);
        takeScreenshot(&window, parser.value(screenshot));
    }
    window.show();
    if (parser.isSet(demo))
        window.openDemo();
    else if (parser.isSet(db))
        window.openUrlText(parser.value(db));
    return app.exec();
}
