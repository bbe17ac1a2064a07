#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;
class QMainWindow;

namespace Salvage {

// The main window's actions (with object names, icons and shortcuts), its menus and toolbar.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QMainWindow *window);

    QAction *trash;
    QAction *restore;
    QAction *purge;
    // On every row matching the view's search and a filter, not only the selection.
    QAction *trashAll;
    QAction *restoreAll;
    QAction *purgeAll;
    QAction *undo;
    // Privacy: on the selected rows, and the erasure and rules windows.
    QAction *anonymize;
    QAction *hold;
    QAction *releaseHold;
    QAction *erasure;
    QAction *rules;
    QAction *refresh;
    QAction *audit;
    QAction *connectDatabase;
    QAction *demo;
    QAction *actor;
    QAction *quit;

private:
    QAction *make(const char *name,
                  const QString &text,
                  const QString &icon = QString(),
                  const QKeySequence &shortcut = QKeySequence());
    void createMenusAndToolBar(QMainWindow *window);
};

} // namespace Salvage
