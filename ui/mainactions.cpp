#include "mainactions.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace Salvage {

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
{
    trash = make("actionTrash",
                 tr("Move to &Trash"),
                 QStringLiteral(":/icons/trash.svg"),
                 QKeySequence::Delete);
    trash->setIconText(tr("Trash"));
    restore = make("actionRestore",
                   tr("&Restore"),
                   QStringLiteral(":/icons/restore.svg"),
                   QKeySequence(tr("Ctrl+R")));
    purge = make("actionPurge",
                 tr("&Purge..."),
                 QStringLiteral(":/icons/purge.svg"),
                 QKeySequence(tr("Shift+Del")));
    purge->setIconText(tr("Purge"));
    trashAll = make("actionTrashAll", tr("Move &All Matching to Trash..."));
    restoreAll = make("actionRestoreAll", tr("Restore All &Matching..."));
    purgeAll = make("actionPurgeAll", tr("Purge All Matchin&g..."));
    anonymize = make("actionAnonymize", tr("A&nonymize..."));
    anonymize->setToolTip(tr("Overwrite the personal columns of the selected trashed rows by "
                             "their anonymization rules"));
    hold = make("actionHold", tr("Legal &Hold..."));
    releaseHold = make("actionReleaseHold", tr("Re&lease Hold..."));
    erasure = make("actionErasure", tr("&Erasure Request..."));
    rules = make("actionRules", tr("Anonymization &Rules..."));
    undo = make("actionUndo", tr("&Undo"), QStringLiteral(":/icons/undo.svg"), QKeySequence::Undo);
    undo->setIconText(tr("Undo"));
    refresh = make("actionRefresh",
                   tr("Re&fresh"),
                   QStringLiteral(":/icons/refresh.svg"),
                   QKeySequence(Qt::Key_F5));
    audit = make("actionAudit", tr("&Audit Log"), QString(), QKeySequence(tr("Ctrl+L")));
    audit->setIcon(window->style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    connectDatabase = make("actionConnect", tr("&Connect..."), QString(), QKeySequence::Open);
    connectDatabase->setIcon(window->style()->standardIcon(QStyle::SP_DriveNetIcon));
    connectDatabase->setIconText(tr("Connect"));
    demo = make("actionDemo", tr("Open &Demo Database"), QStringLiteral(":/icons/salvage.svg"));
    actor = make("actionActor", tr("Set &Actor..."));
    quit = make("actionQuit", tr("&Quit"), QString(), QKeySequence::Quit);
    createMenusAndToolBar(window);
}

QAction *MainActions::make(const char *name,
                           const QString &text,
                           const QString &icon,
                           const QKeySequence &shortcut)
{
    auto action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    if (!icon.isEmpty())
        action->setIcon(QIcon(icon));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)")
                .arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("...")),
                     shortcut.toString(QKeySequence::NativeText)));
    }
    return action;
}

void MainActions::createMenusAndToolBar(QMainWindow *window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addActions({connectDatabase, demo});
    file->addSeparator();
    file->addAction(actor);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = window->menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addSeparator();
    edit->addActions({trash, restore, purge});
    edit->addSeparator();
    edit->addActions({trashAll, restoreAll, purgeAll});
    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    view->addActions({refresh, audit});
    QMenu *privacy = window->menuBar()->addMenu(tr("&Privacy"));
    privacy->addActions({erasure, rules});
    privacy->addSeparator();
    privacy->addActions({anonymize, hold, releaseHold});

    QToolBar *toolBar = window->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addActions({connectDatabase, refresh});
    toolBar->addSeparator();
    toolBar->addActions({trash, restore, purge});
    toolBar->addSeparator();
    toolBar->addActions({undo, audit});
}

} // namespace Salvage
