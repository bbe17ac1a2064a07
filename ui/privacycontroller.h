#pragma once

#include "schema/tableinfo.h"
#include "trash/rowkey.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Salvage {

class DatabaseSession;
class ErasureWindow;
class OperationController;
class RulesEditor;

// The main window's privacy actions: anonymize chosen rows, put them on legal hold or
// release them, and the erasure window and rules editor. Asks and shows; the core's
// ErasureService and LegalHolds decide and do, on the session's worker.
class PrivacyController : public QObject
{
    Q_OBJECT
public:
    PrivacyController(DatabaseSession *session, OperationController *operations, QWidget *window);

    void anonymize(const TableInfo &table, const QList<RowKey> &keys);
    void hold(const TableInfo &table, const QList<RowKey> &keys);
    void release(const TableInfo &table, const QList<RowKey> &keys);
    void showErasureWindow();
    void showRulesEditor();
    // On another connection: the windows belong to the old database.
    void closeWindows();

    ErasureWindow *erasureWindow() const;
    RulesEditor *rulesEditor() const;
    bool isBusy() const { return m_busy; }
    // The main window's actor; asks for it (ActorDialog) when not known yet. Empty: cancelled.
    QString actor(const TableInfo *table = nullptr);

signals:
    void busyChanged(bool busy);
    // After every attempt that may have changed rows of `table`.
    void finished(const Salvage::QualifiedName &table, const QString &summary);

private:
    void runHold(const TableInfo &table,
                 const QList<RowKey> &keys,
                 bool holding,
                 const QString &reason,
                 const QDate &until);
    bool confirmAnonymize(const TableInfo &table, int rows);
    void setBusy(bool busy);

    DatabaseSession *m_session;
    OperationController *m_operations;
    QWidget *m_window;
    QPointer<ErasureWindow> m_erasure;
    QPointer<RulesEditor> m_rules;
    bool m_busy = false;
};

} // namespace Salvage
