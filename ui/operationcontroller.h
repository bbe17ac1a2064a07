#pragma once

#include "trash/bulkoperation.h"
#include "trash/trashservice.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QProgressDialog;
class QWidget;

namespace Salvage {

class DatabaseSession;

// Runs one row operation the way a user expects: asks for the actor (first time), a reason
// and the confirmation, checks purge blockers, posts the core's TrashService::run() to the
// worker, offers to create the audit table, and reports the outcome. It decides nothing
// about the data: the core does.
class OperationController : public QObject
{
    Q_OBJECT
public:
    OperationController(DatabaseSession *session, QWidget *window);

    void start(Operation operation, const TableInfo &table, const QList<RowKey> &keys);
    // On every row matching `search` and the filter the user sets (BulkOperationDialog), in
    // batches on the worker, with progress and Cancel (which rolls everything back).
    void startBulk(Operation operation, const TableInfo &table, const QString &search);
    // Runs the inverse of the last move to trash or restore, as a new audited operation.
    void undo();
    bool canUndo() const { return m_undo.has_value() && !m_busy; }
    QString undoText() const;
    void forgetUndo();
    bool isBusy() const { return m_busy; }

    // Asks for the actor (with a lookup when the table's actor column is a foreign key) and
    // remembers it for the connection. Returns false when cancelled.
    bool chooseActor(const TableInfo *table);

signals:
    void busyChanged(bool busy);
    void undoChanged();
    // After a committed operation on chosen rows, just before finished().
    void rowsChanged(const Salvage::QualifiedName &table, Salvage::Operation operation,
                     const QList<Salvage::RowKey> &keys);
    // After every attempt (done or refused): the table's rows and counts may have changed.
    void finished(const Salvage::QualifiedName &table, const QString &summary);

private:
    struct Undo
    {
        TableInfo table;
        Operation operation;
        QList<RowKey> keys;
        QString operationId;
    };

    QString actorFor(const TableInfo &table);
    void checkPurge(const TableInfo &table, const QList<RowKey> &keys, const QString &actor);
    void confirmPurge(const TableInfo &table, const QList<RowKey> &keys, const QString &actor);
    void execute(const TableInfo &table, const OperationRequest &request, bool isUndo);
    void handleResult(const TableInfo &table,
                      OperationRequest request,
                      bool isUndo,
                      const OperationResult &result);
    void executeBulk(const TableInfo &table,
                     const OperationRequest &request,
                     const RowFilter &filter);
    void showBulkProgress(const BulkProgress &progress);
    void handleBulkResult(const TableInfo &table,
                          OperationRequest request,
                          const RowFilter &filter,
                          const OperationResult &result);
    bool askCreateAudit();
    QString summary(const TableInfo &table, Operation operation, int rows) const;
    void setBusy(bool busy);

    DatabaseSession *m_session;
    QWidget *m_window;
    std::optional<Undo> m_undo;
    bool m_busy = false;
    QPointer<QProgressDialog> m_bulkProgress;
    std::shared_ptr<std::atomic_bool> m_bulkCancel;
};

} // namespace Salvage
